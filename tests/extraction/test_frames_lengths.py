"""Frames of lengths, of figures a wrong word used to frame, of dates after "of" (sentences by us).

A length's frame is the verb of motion or extent it completes ("threw for 364 yards":
``threw``) or the dimension named right after it ("12 metres high": ``height``), and never a
death or injury role ("died after falling 40 feet" measures a fall, not a toll). A verb right
before another figure is that figure's; a participle after a determiner or a possessive is an
adjective; a sum of money is never a population, a staff or a number of seats.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck._words.frames import CUMULATIVE, LENGTH_VERBS, ROLES
from claimcheck.model import Frame, Source

DAY = dt.date(2023, 5, 2)


def frame_at(text: str, words: str) -> Frame:
    claims = cc.extract([Source("s", text, published=DAY)]).claims
    found = [c for c in claims if text[c.span.start : c.span.end] == words]
    assert found, [text[c.span.start : c.span.end] for c in claims]
    assert found[0].frame is not None
    return found[0].frame


@pytest.mark.parametrize(
    "text, words, measure, noun",
    [
        # the verb of motion a length completes, in any tense, one preposition or pronoun between
        ("The rookie threw for 287 yards in his first start.", "287 yards", "threw", "measure"),
        ("Both backs rushed for more than 90 yards on Saturday.", "more than 90 yards", "ran", "measure"),
        ("The van dragged the cyclist nearly 15 feet.", "nearly 15 feet", "dragged", "measure"),
        ("A skier was hurt after sliding 300 metres down a slope.", "300 metres", "slid", "measure"),
        ("The new bridge will span 2.4 km across the bay.", "2.4 km", "stretched", "measure"),
        # a dimension named right after the length
        ("The storm pushed waves up to 9 metres high onto the shore.", "up to 9 metres", "moved", "height"),
        ("Investigators said the shaft was 40 feet deep.", "40 feet", "", "depth"),
        ("The epicentre lay about 60 km south of the port.", "about 60 km", "", "distance"),
        ("The tremor hit 25 miles (40 km) from the border town.", "25 miles", "hit", "distance"),
        ("The new runway will be 3 km long.", "3 km", "", "length"),
        # after a verb of motion, "from" tells where it started, not a distance
        ("A tourist fell 30 feet from a balcony.", "30 feet", "fell", "measure"),
        # an attributive length names its noun ("a 12-yard pass")
        ("She scored on a 12-yard pass in the final minute.", "12-yard", "scored", "pass"),
    ],
)
def test_a_length_is_framed_by_its_verb_or_dimension(text: str, words: str, measure: str, noun: str) -> None:
    frame = frame_at(text, words)
    assert (frame.measure, frame.noun) == (measure, noun)


def test_a_fatal_fall_is_no_toll() -> None:
    frame = frame_at("A walker died on Sunday after falling about 80 feet into a gorge.", "about 80 feet")
    assert frame.measure == "fell"
    assert not frame.cumulative  # "killed ..., running total" read it as a death toll
    dead = frame_at("Two walkers died on Sunday after a fall into a gorge.", "Two")
    assert dead.measure == "killed"  # a count of people keeps its role


@pytest.mark.parametrize(
    "text, words, measure",
    [
        # the verb right before a later figure is that figure's ("received 31 percent")
        ("The mayor was backed by 54 percent, while her rival received 31 percent.", "54 percent", "backed"),
        ("Some 40 houses were flooded and the storm destroyed 12 bridges.", "Some 40", "flooded"),
        # a participle after a possessive or a determiner is an adjective, not the figure's verb
        ("The minister's renewed pledge that 5 percent of the budget goes to schools.", "5 percent", ""),
    ],
)
def test_a_verb_of_another_figure_or_an_adjective_frames_nothing(text: str, words: str, measure: str) -> None:
    assert frame_at(text, words).measure == measure


def test_money_is_never_a_count_of_people() -> None:
    frame = frame_at("The shop, which the town of Elmford valued at $240,000, burned down.", "$240,000")
    assert frame.noun != "population"
    assert frame.measure == "valued"
    people = frame_at("The town of Elmford has 12,000 residents.", "12,000")
    assert people.noun == "population"  # a count keeps it


_UNITS = ["yards", "feet", "metres", "miles", "km"]
_FRAMES = ["The driver", "A climber", "Their striker", "The convoy", "One patrol"]


@given(
    st.sampled_from(sorted(LENGTH_VERBS)),
    st.sampled_from(_UNITS),
    st.integers(2, 900),
    st.sampled_from(_FRAMES),
)
def test_a_verb_of_motion_names_the_length_it_governs(verb: str, unit: str, n: int, who: str) -> None:
    text = f"{who} {verb} {n} {unit} before dawn."
    assert frame_at(text, f"{n} {unit}").measure == LENGTH_VERBS[verb]


@given(
    st.sampled_from(sorted(w for w in ("died", "killed", "injured", "wounded", "dead", "toll"))),
    st.sampled_from(_UNITS),
    st.integers(2, 900),
)
def test_a_length_never_takes_a_role(role: str, unit: str, n: int) -> None:
    text = f"Police said one man {role} near the road, {n} {unit} from the camp."
    frame = frame_at(text, f"{n} {unit}")
    assert frame.measure not in ROLES
    assert frame.measure not in CUMULATIVE


@pytest.mark.parametrize(
    "text, words, measure",
    [
        # "that" before a past form is a relative pronoun, and "it's" is "it is"
        ("A storm that caused $3 million in damage hit the coast.", "$3 million", "caused"),
        ("The owners say it's valued at $40 million.", "$40 million", "valued"),
    ],
)
def test_a_verb_after_a_relative_or_a_contraction_still_frames(text: str, words: str, measure: str) -> None:
    assert frame_at(text, words).measure == measure


@pytest.mark.parametrize(
    "text, words, noun",
    [
        # a date with no verb of its own dates the noun it follows through "of"
        ("Engineers still cite the floods of 1993 as the worst.", "1993", "flood"),
        ("The rule rests on the Safe Harbor Act of 1988 and nothing newer.", "1988", "safe harbor act"),
        # a noun of time only places it, and "in" is not enough (a place, an object)
        ("Police are still looking into the night of March 3 at the bar.", "March 3", ""),
        ("Prices at the market in 2004 were lower.", "2004", ""),
    ],
)
def test_a_date_after_of_dates_the_noun_before_it(text: str, words: str, noun: str) -> None:
    frame = frame_at(text, words)
    assert (frame.measure, frame.noun) == ("", noun)
