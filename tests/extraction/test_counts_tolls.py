"""Tolls and people on board as wire copy states them: "put the toll at", "the toll from X
stands at", "N people aboard", "all N crew members" give a count with a death-toll or an
aboard frame; toll roads, bare "at N" and "all three countries" give none."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck as cc
from claimcheck.extraction import extract_source
from claimcheck.extraction.frames import attach_frames, topic
from claimcheck.model import Quantity, Source

DAY = dt.date(2025, 3, 9)


def _counts(text: str) -> list[tuple[str, float, str]]:
    """(subject, value, topic) of each count claim of ``text``."""
    src = Source(id="t", text=text)
    claims = attach_frames(src, extract_source(src, kinds=("count",)))
    out = []
    for c in claims:
        assert isinstance(c.value, Quantity)
        out.append((c.subject, c.value.value, topic(c.frame, c.subject)))
    return out


@pytest.mark.parametrize(
    "text, exp",
    [
        # a verb that sets a tally at a figure, with or without a complement after the tally
        ("Rescue teams put the toll at 61 by nightfall.", [("toll", 61, "killed")]),
        ("Local officials put the death toll from the landslide at 212.", [("toll", 212, "killed")]),
        ("The governor's office placed the number of dead at 19.", [("dead", 19, "killed")]),
        ("Authorities estimated the death toll in the two villages at about 75.", [("toll", 75, "killed")]),
        # a reaching verb after a tally and its complement
        ("The toll from the hotel fire now stands at 27.", [("toll", 27, "killed")]),
        ("The death toll in the flooded valley climbed to 33 overnight.", [("toll", 33, "killed")]),
        ("The number of dead after the typhoon rose to 148 on Friday.", [("dead", 148, "killed")]),
        # people on board
        ("Officials said 96 people were aboard the train.", [("people", 96, "aboard")]),
        ("There were 71 people on board the coach when it overturned.", [("people", 71, "aboard")]),
        ("The trawler was carrying 14 fishermen.", [("fishermen", 14, "aboard")]),
        # all of a group of people
        ("The blast killed all 7 crew members of the tug.", [("members", 7, "killed")]),
        ("All four passengers were treated for shock.", [("passengers", 4, "passenger")]),
    ],
)
def test_toll_and_aboard_forms_give_a_count(text: str, exp: list[tuple[str, float, str]]) -> None:
    assert _counts(text) == exp


@pytest.mark.parametrize(
    "text",
    [
        "The toll road at 140 was closed for repairs.",  # a road, no tally
        "The coach was travelling at 90 when it left the road.",  # "at 90" alone
        "They put the toll booths at 3 exits.",  # a toll booth is no tally
        "The death toll, officials said, rose to 9.",  # a clause between the tally and the verb
        "The summit brought together all three countries.",  # "all three" points back
        "The army carried out 45 raids on the camps.",  # another verb: no one aboard
        "The senator had 120 donors on board her campaign.",  # no craft: a figure of speech
        "The governor carried 41 counties in the primary.",  # winning, no craft
    ],
)
def test_no_toll_count(text: str) -> None:
    assert [c for c in _counts(text) if c[2] in ("killed", "aboard")] == []


def test_a_toll_road_speed_is_no_death_toll() -> None:
    src = Source(id="t", text="Drivers took the toll road at 130 km/h.")
    claims = attach_frames(src, extract_source(src))
    assert claims
    assert all(c.frame is None or c.frame.measure != "killed" for c in claims)


def test_passengers_and_crew_count_everyone_aboard() -> None:
    (found,) = _counts("The jet carried 188 passengers and crew.")
    assert found[1:] == (188, "aboard")
    src = Source(id="t", text="The jet carried 188 passengers and crew.")
    (claim,) = attach_frames(src, extract_source(src, kinds=("count",)))
    assert claim.frame is not None and claim.frame.noun == ""  # no one group


def _conflicts(a: str, b: str) -> list[str]:
    sources = [Source("a", a, outlet="A", published=DAY), Source("b", b, outlet="B", published=DAY)]
    return [lk.reason for lk in cc.check(sources, workers=0).links if lk.relation == "conflicts"]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        (
            "The avalanche near Tarvel killed 18 skiers, the regional police said.",
            "Mountain rescuers put the death toll from the avalanche near Tarvel at 23.",
            True,
        ),
        (
            "The toll from the refinery blast in Oskarn stands at 11, the company said.",
            "Nine people died in the refinery blast in Oskarn, the fire service said.",
            True,
        ),
        (
            "The barge sank on the Velda river with 64 people aboard.",
            "The barge that sank on the Velda river carried 58 people.",
            True,
        ),
        # killed and aboard are two facts of one sinking
        (
            "The barge sank on the Velda river with 64 people aboard.",
            "The barge sinking on the Velda river killed 12 people.",
            False,
        ),
    ],
)
def test_tolls_and_people_aboard_conflict(a: str, b: str, conflict: bool) -> None:
    reasons = _conflicts(a, b)
    assert bool(reasons) == conflict, reasons


def test_crew_members_are_crew_not_anyone() -> None:
    src = Source(id="t", text="Five crew members were hurt when the ferry hit the pier.")
    (claim,) = attach_frames(src, extract_source(src, kinds=("count",)))
    assert claim.frame is not None and claim.frame.noun == "crew"
    src = Source(id="t", text="Five board members resigned on Friday.")
    (claim,) = attach_frames(src, extract_source(src, kinds=("count",)))
    assert claim.frame is not None and claim.frame.noun == ""


def test_a_crew_figure_is_no_rival_of_everyone_aboard() -> None:
    a = "The freighter sank off Kesh with 23 people aboard, the coast guard said."
    b = "The freighter that sank off Kesh had 9 crew members on board, its owner said."
    assert _conflicts(a, b) == []
