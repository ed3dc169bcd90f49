"""Conflicts: two differing figures disagree only when nothing says they are two things.

Each rule of :func:`claimcheck.linking.relate.may_conflict` is pinned by a pair of sentences
we wrote that must not conflict, beside a pair differing only where the rule looks that
must (so no rule passes by refusing every conflict).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.extraction._names import person_before, person_names
from claimcheck.linking.figures import (
    another,
    capacity,
    converted,
    gap,
    in_name,
    listed,
    moment,
    named_after,
    nearness,
    per_unit,
    rate,
    score_part,
)
from claimcheck.linking.relate import frame_conflict, may_conflict
from claimcheck.model import Claim, Frame, Source

DAY = dt.date(2022, 3, 1)


def _conflicts(*texts: str) -> list[str]:
    sources = [Source(f"s{i}", t, outlet=f"Outlet {i}", published=DAY) for i, t in enumerate(texts)]
    report = cc.check(sources, workers=0)
    return [lk.reason for lk in report.links if lk.relation == "conflicts"]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # conversions in brackets restate the figures before them: 40 km and 20 km are both
        # bounds ("less than"), their conversions lost the bound
        (
            "The camp lies less than 40 km (25 miles) from the border, the agency said.",
            "The camp lies less than 20 km (12 miles) from the border, the agency said.",
            False,
        ),
        (
            "The camp lies 40 km from the border, the agency said.",
            "The camp lies 20 km from the border, the agency said.",
            True,
        ),
        # a rate's base is not a count
        (
            "The worm has reached more than 3 million tablet users, the lab said.",
            "The worm has reached one in every 400 tablet users, the lab said.",
            False,
        ),
        (
            "The worm has reached more than 3 million tablet users, the lab said.",
            "The worm has reached some 400 tablet users, the lab said.",
            True,
        ),
        # one day's figure against the total of several days
        (
            "Police made 61 arrests during Friday's marches in the port city.",
            "More than 300 people have been arrested in the port city since the marches began.",
            False,
        ),
        (
            "Police made 61 arrests during the marches in the port city.",
            "Police made 90 arrests during the marches in the port city.",
            True,
        ),
        # one side of a score against a count of games (a score is no claim of its own now)
        (
            "Lagos made it a 45 - 42 game when Okafor buried a three.",
            "Okafor has played 105 games for Lagos.",
            False,
        ),
    ],
)
def test_figures_of_two_things_do_not_conflict(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


def _claim(text: str, words: str, sid: str) -> tuple[Claim, str]:
    source = Source(sid, text, published=DAY)
    found = [c for c in cc.extract([source]).claims if text[c.span.start : c.span.end] == words]
    assert found, words
    return found[0], text[found[0].sentence.start : found[0].sentence.end]


@pytest.mark.parametrize(
    "a, wa, b, wb, exp",
    [
        # a conversion in brackets against the figure it converts, in another outlet
        (
            "Damage to the hall was put at US$2 million ($3.1 million), the council said.",
            "$3.1 million",
            "Damage to the hall was put at $2 million, officials said.",
            "$2 million",
            False,
        ),
        # two figures listed side by side name two things
        (
            "The tremor followed the 6.8 and 6.2 magnitude quakes that shook the coast.",
            "6.2",
            "A magnitude 6.8 quake shook the coast at dawn.",
            "6.8",
            False,
        ),
        (
            "The tremor followed a magnitude 6.2 quake that shook the coast.",
            "6.2",
            "A magnitude 6.8 quake shook the coast at dawn.",
            "6.8",
            True,
        ),
        # what is counted: people against things under one role
        (
            "Two men were charged with killing Ana Ruiz in Darwen.",
            "Two",
            "The gunman let off 13 shots in killing Ana Ruiz in Darwen.",
            "13",
            False,
        ),
        (
            "Two men were charged with killing Ana Ruiz in Darwen.",
            "Two",
            "Three protesters were charged with killing Ana Ruiz in Darwen.",
            "Three",
            True,
        ),
        # names right after the figures: two leagues' counts
        (
            "Ruiz is the sixth Premier League manager to lose his job this season.",
            "sixth",
            "Ruiz is the third Championship manager to lose his job this season.",
            "third",
            False,
        ),
        (
            "Ruiz is the sixth Premier League manager to lose his job this season.",
            "sixth",
            "Ruiz is the fifth Premier League manager to lose his job this season.",
            "fifth",
            True,
        ),
    ],
)
def test_the_words_around_two_figures(a: str, wa: str, b: str, wb: str, exp: bool) -> None:
    ca, ta = _claim(a, wa, "s1")
    cb, tb = _claim(b, wb, "s2")
    assert may_conflict(ca, cb, None, {ca.id: ta, cb.id: tb}) is exp


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # "He" is the player the sentence before named: two players' figures
        (
            "Okafor missed the derby with a knee injury. He has 41 catches this season.",
            "Mensah starred again on Sunday. He has 52 catches this season.",
            False,
        ),
        # the same player named before the pronoun: a disagreement
        (
            "Okafor missed the derby with a knee injury. He has 41 catches this season.",
            "Okafor is out for the derby. He has 52 catches this season.",
            True,
        ),
        # a pronoun with no name before it stays unknown
        ("He has 41 catches this season.", "Okafor has 52 catches this season.", True),
    ],
)
def test_a_pronouns_figure_belongs_to_the_person_named_before(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "text, figure, exp",
    [
        ("Damage was put at US$2 million (A$3.1 million) by the council.", "A$3.1 million", True),
        ("The camp lies less than 40 km (25 miles) from the border.", "25 miles", True),
        ("The camp lies about 25 miles from the border (near Tilo).", "25 miles", False),
        ("Okafor (14 points) led the side.", "14 points", False),
        ("The fund (worth $5 million) opened.", "$5 million", False),
    ],
)
def test_converted(text: str, figure: str, exp: bool) -> None:
    start = text.index(figure)
    assert converted(text, start, start + len(figure)) is exp


@pytest.mark.parametrize(
    "text, figure, exp",
    [
        ("One in every 500 users was exposed.", "500", True),
        ("About 1 in 20 voters said so.", "20", True),
        ("One out of 10 homes flooded.", "10", True),
        ("In 500 homes the power failed.", "500", False),
        ("Some 500 users were exposed.", "500", False),
    ],
)
def test_rate(text: str, figure: str, exp: bool) -> None:
    start = text.index(figure)
    assert rate(text, start, start + len(figure)) is exp


@pytest.mark.parametrize(
    "text, figure, exp",
    [
        ("It followed the 6.8 and 6.2 magnitude quakes.", "6.2", {6.8}),
        ("It followed the 6.8 and 6.2 magnitude quakes.", "6.8", {6.2}),
        ("Teams of 12, 14 or 16 players took part.", "14", {12.0, 16.0}),
        ("The 6.8 magnitude quake hit at 5 a.m.", "6.8", set()),
    ],
)
def test_listed(text: str, figure: str, exp: set[float]) -> None:
    start = text.index(figure)
    assert listed(text, start, start + len(figure)) == exp


@pytest.mark.parametrize(
    "text, figure, exp",
    [
        ("He is the fifth Premier League manager sacked.", "fifth", ("premier league",)),
        ("Seven Israeli soldiers were hurt.", "Seven", ("israeli",)),
        ("Seven soldiers were hurt.", "Seven", ()),
        ("Police arrested 12 Tuesday night.", "12", ()),  # a day names no one
        ("Some 300 of the players left.", "300", ()),
    ],
)
def test_named_after(text: str, figure: str, exp: tuple[str, ...]) -> None:
    start = text.index(figure)
    assert named_after(text, start, start + len(figure)) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Police said that Mr Quint's group was poorly equipped.", ("quint",)),
        ("In Lagos's first game, Okafor scored twice.", ("okafor",)),
        ("Okafor, who had not missed a game, sat out.", ("okafor",)),
        ("Meanwhile the rain kept falling.", ()),
        ("Rivers Sign 41 Accords With Coastal Partners", ()),  # a headline
    ],
)
def test_person_names(text: str, exp: tuple[str, ...]) -> None:
    assert person_names(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Okafor joined Lagos in 2019. He has 53 catches.", "okafor"),
        # the nearest sentence that names someone, three at most
        ("Mensah left. Okafor stayed. It rained. The crowd sang. He has 53 catches.", "okafor"),
        ("Okafor left. It rained. The crowd sang. The wind rose. He has 53 catches.", ""),
        ("He has 53 catches.", ""),
    ],
)
def test_person_before(text: str, exp: str) -> None:
    assert person_before(text, text.index("He has")) == exp


@given(st.text(alphabet="ab (),.0123456789$", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_the_figure_readers_never_fail(text: str, i: int, j: int) -> None:
    start, end = min(i, j, len(text)), min(max(i, j), len(text))
    assert isinstance(converted(text, start, end), bool)
    assert isinstance(rate(text, start, end), bool)
    assert all(isinstance(x, float) for x in listed(text, start, end))
    assert isinstance(named_after(text, start, end), tuple)


@given(st.sampled_from(["monday", "friday", "last week"]), st.integers(10, 90), st.integers(10, 90))
def test_a_days_figure_never_conflicts_with_a_total(day: str, x: int, y: int) -> None:
    when = {"monday": "on Monday", "friday": "during Friday's marches", "last week": "last week"}[day]
    a = f"Police made {x} arrests {when} in the port city."
    b = f"Police have made {y} arrests in the port city."
    assert not _conflicts(a, b)


@pytest.mark.parametrize(
    "reader, text, figure, exp",
    [
        # other instances, or more of them
        (another, "Quint has four prior arrests for theft.", "four", True),
        (another, "The agency dropped two other rule changes.", "two", True),
        (another, "Rescuers found two more bodies on Sunday.", "two", True),
        (another, "Rescuers found two bodies on Sunday.", "two", False),
        # one side of a score
        (score_part, "It gave Lagos a 20 - 13 lead.", "13", True),
        (score_part, "It gave Lagos a 20-13 lead.", "20", True),
        (score_part, "A 16 - year - old boy was hurt.", "16", False),
        (score_part, "Lagos scored 13 points.", "13", False),
        # a rate per game or head
        (per_unit, "He averages 20.2 points in 31 minutes an outing.", "20.2", True),
        (per_unit, "The club pays $40 per head for the trip.", "$40", True),
        (per_unit, "He averages 19.4 points and 7.1 rebounds in 30 minutes an outing.", "19.4", True),
        (per_unit, "He scored 22 points a day after the draw.", "22", False),
        (per_unit, "He scored 22 points. A day later he left.", "22", False),
        (per_unit, "He scored 22 points, a season high.", "22", False),
        # a role
        (capacity, "Ruiz spent four seasons as the club's director.", "four", True),
        (capacity, "Ruiz spent four years as mayor.", "four years", True),
        (capacity, "Ruiz spent four seasons in Lyon as well.", "four", False),
        (capacity, "Ruiz spent four seasons in Lyon as it turned out.", "four", False),
        # the time between two events
        (gap, "The vote comes two years after his death.", "two years", True),
        (gap, "The talks ended three days later.", "three days", True),
        (gap, "The talks lasted three days.", "three days", False),
        # a number in a name
        (in_name, "It hit Windows XP and Windows 2000 users.", "2000", True),
        (in_name, "The airline flies a Boeing 747 on the route.", "747", True),
        (in_name, "Talks began on May 9 in Oslo.", "9", False),
        (in_name, "Talks began on Sept 9 in Oslo.", "9", False),
        (in_name, "Lagos fans number 2000 at most.", "2000", False),
        (in_name, "Police said 2000 people marched.", "2000", False),
        # a bound of nearness
        (nearness, "They got within 80 metres of the hut.", "80 metres", True),
        (nearness, "They fell 80 metres from the hut.", "80 metres", False),
        # a moment of a game
        (moment, "Okafor scored in the third quarter.", "third", True),
        (moment, "Lagos led during the second half.", "second", True),
        (moment, "Okafor is in his third season.", "third", False),
    ],
)
def test_what_the_words_around_a_figure_say(reader: object, text: str, figure: str, exp: bool) -> None:
    start = text.index(figure)
    assert reader(text, start, start + len(figure)) is exp  # type: ignore[operator]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # another instance against the story's figure
        (
            "Quint, 19, has four prior arrests, police in Harlow said.",
            "Police in Harlow said 46 people were arrested overnight.",
            False,
        ),
        # a per-game average against one game's points
        (
            "Okafor has logged 20.2 points in 31 minutes an outing for Lagos.",
            "Okafor logged 22 points for Lagos.",
            False,
        ),
        # a role's seasons against a career's
        (
            "Ruiz spent four seasons as the club's director of scouting at Harlow Town.",
            "Ruiz has spent 19 seasons at Harlow Town.",
            False,
        ),
        (
            "Ruiz has spent four seasons at Harlow Town.",
            "Ruiz has spent 19 seasons at Harlow Town.",
            True,
        ),
        # the time between two events against how long something lasted
        (
            "The ruling came one day after the agency dropped its plan for the river.",
            "The ruling came within 60 days.",
            False,
        ),
        (
            "The ruling came one day after the agency dropped its plan for the river.",
            "The ruling came 60 days after the agency dropped its plan for the river.",
            True,
        ),
    ],
)
def test_words_around_the_figures_refuse_a_conflict(a: str, b: str, conflict: bool) -> None:
    ca, cb = _pair(a, b)
    sentences = {c.id: t for c, t in (ca, cb)}
    assert may_conflict(ca[0], cb[0], None, sentences) is conflict


def _pair(a: str, b: str) -> tuple[tuple[Claim, str], tuple[Claim, str]]:
    """The first claims of ``a`` and ``b`` that share a block (one fact's candidates)."""
    from claimcheck.linking.blocking import block_key

    ca = [
        (c, a[c.sentence.start : c.sentence.end]) for c in cc.extract([Source("s1", a, published=DAY)]).claims
    ]
    cb = [
        (c, b[c.sentence.start : c.sentence.end]) for c in cc.extract([Source("s2", b, published=DAY)]).claims
    ]
    for x in ca:
        for y in cb:
            if (
                block_key(x[0]) is not None
                and block_key(x[0]) == block_key(y[0])
                and x[0].value != y[0].value
            ):
                return x, y
    raise AssertionError(([block_key(c) for c, _ in ca], [block_key(c) for c, _ in cb]))


@pytest.mark.parametrize(
    "pa, pb, differ",
    [
        ("saturday", "sunday", True),
        ("last night", "thursday", False),  # "last night" may be the Thursday another outlet names
        ("yesterday", "thursday", False),
        ("2021", "2022", True),
        ("2021", "yesterday", True),
    ],
)
def test_periods_that_may_name_one_day(pa: str, pb: str, differ: bool) -> None:
    fa, fb = Frame(measure="killed", period=pa), Frame(measure="killed", period=pb)
    assert (frame_conflict(fa, fb) is not None) is differ


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # the day stands too far from the figure for the frame, but the sentence names it:
        # both figures are that day's
        (
            "Nine divers were brought up from the sunken ferry late on Thursday.",
            "Coastguards brought up seven divers from the sunken ferry on Thursday.",
            True,
        ),
        # a day's figure against a total that names no day stays apart
        (
            "Nine divers were brought up from the sunken ferry, the coastguard said.",
            "Coastguards brought up seven divers from the sunken ferry on Thursday.",
            False,
        ),
    ],
)
def test_a_day_named_in_either_sentence(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict
