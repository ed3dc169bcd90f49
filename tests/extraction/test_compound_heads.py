"""The counted noun after a name: the plural head of a compound, not its first modifier."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.model import Source


def subjects(text: str) -> list[str]:
    src = Source(id="t", text=text)
    return [c.subject for c in extract_source(src, kinds=("count",))]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Two Israeli tank shells hit the school.", "shells"),
        ("Three Russian army trucks crossed the river.", "trucks"),
        ("Four Kenyan police officers were hurt in the clash.", "officers"),
        ("Two Labour party members quit on Monday.", "members"),
        ("Two famous American cable news hosts signed the letter.", "hosts"),
        ("Two American soldiers died.", "soldiers"),
        ("Ten tank shells landed near the road.", "shells"),
    ],
)
def test_the_plural_head_is_counted(text: str, subject: str) -> None:
    assert subjects(text) == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "The 44-day Karabakh war ended in a truce.",  # a duration: its noun stays singular
        "Plans for its 2013 Opteron processor roadmaps did not change.",  # a year counts nothing
    ],
)
def test_no_count_where_none_was(text: str) -> None:
    assert subjects(text) == []


_NATIONS = st.sampled_from(["Israeli", "Russian", "Kenyan", "British", "Chilean"])
_MODIFIERS = st.sampled_from(["tank", "army", "police", "aid", "border"])
_HEADS = st.sampled_from(["shells", "trucks", "officers", "workers", "posts"])


@given(st.integers(2, 90), _NATIONS, _MODIFIERS, _HEADS)
def test_after_a_name_a_modifier_never_takes_the_count(n: int, nation: str, mod: str, head: str) -> None:
    assert subjects(f"Officials said {n} {nation} {mod} {head} were reported on Tuesday.") == [head]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Six Chinese fishing boats were seized near the reef.", "boats"),
        ("Four Ohio polling stations opened late.", "stations"),
        ("Three Democratic sitting senators backed the bill.", "senators"),
        ("Two Delta boarding passes turned out to be forged.", "passes"),
    ],
)
def test_an_ing_modifier_after_a_name_belongs_to_the_plural_head(text: str, subject: str) -> None:
    assert subjects(text) == [subject]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Three Chinese leaving the port were stopped.", "chinese"),  # a verb: no plural follows
        ("Some 300 Lebanese sheltering in a school were moved.", "lebanese"),
        ("About 200 Palestinians fleeing homes crossed the border.", "palestinians"),  # a plural name
        ("Nearly 100 civilians fleeing the city were counted.", "civilians"),
    ],
)
def test_an_ing_verb_after_a_name_still_ends_the_phrase(text: str, subject: str) -> None:
    assert subjects(text) == [subject]


_GERUNDS = st.sampled_from(["fishing", "polling", "landing", "training", "sitting"])


@given(st.integers(2, 90), _NATIONS, _GERUNDS, _HEADS)
def test_after_a_name_an_ing_modifier_never_takes_the_count(n: int, nation: str, mod: str, head: str) -> None:
    assert subjects(f"Officials said {n} {nation} {mod} {head} were reported on Tuesday.") == [head]
