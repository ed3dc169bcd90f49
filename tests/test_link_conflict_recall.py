"""Conflicts two agencies' reports of one event should raise, and the pairs beside them that
must stay apart: each rule that lets a conflict through is pinned by a pair we wrote that
must conflict and a pair, differing where the rule looks, that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck as cc
from claimcheck.linking.stories import stories
from claimcheck.linking.wording import without_referring
from claimcheck.model import Source

DAY = dt.date(2023, 6, 14)


def _conflicts(a: str, b: str, *, days: tuple[dt.date, dt.date] = (DAY, DAY)) -> list[str]:
    sources = [
        Source("s0", a, outlet="Outlet 0", published=days[0]),
        Source("s1", b, outlet="Outlet 1", published=days[1]),
    ]
    report = cc.check(sources, workers=0)
    return [lk.reason for lk in report.links if lk.relation == "conflicts"]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # "the two countries" points back at the two it names: no words of its own to differ
        (
            "Norvia and Peltra have signed 41 agreements, the ministry said.",
            "The two countries have signed 38 documents so far.",
            True,
        ),
        # two sentences with words of their own and none in common: two signings
        (
            "Norvia and Peltra have signed 41 agreements, the ministry said.",
            "Kestland and Orovia have signed 38 agreements on fishing quotas.",
            False,
        ),
    ],
)
def test_a_sentence_pointing_back_at_named_parties(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


def test_referring_nouns_and_so_far_are_blanked() -> None:
    text = "The firm and its rivals have cut 300 jobs so far."
    out = without_referring(text)
    assert len(out) == len(text)
    assert "firm" not in out and "so far" not in out and "rivals" in out and "cut 300 jobs" in out


def test_two_nameless_reports_of_a_small_corpus_are_one_story() -> None:
    a = Source("a", "Police said nine people died in the blast on Monday.")
    b = Source("b", "The explosion on Monday killed 11 people, officials said.")
    assert stories([a, b]) == {"a": "a", "b": "a"}


def test_reports_naming_other_places_stay_apart_in_a_small_corpus() -> None:
    a = Source("a", "Police said nine people died in a blast in Tarvel on Monday.")
    b = Source("b", "An explosion in Ostrava on Monday killed 11 people, officials said.")
    assert stories([a, b]) == {"a": "a", "b": "b"}


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        (
            "Police said nine people died in the blast on Monday.",
            "The explosion on Monday killed 11 people.",
            True,
        ),
        # one death toll against another role's count: no rival, whatever the stories
        (
            "Police said nine people died in the blast on Monday.",
            "The explosion on Monday injured 11 people.",
            False,
        ),
    ],
)
def test_two_wordings_of_one_toll_meet(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "a, b, days, conflict",
    [
        # both state the month and day; only the year came from the publication date
        (
            "The trade fair opened in Velmora on June 8, organisers said.",
            "The trade fair opened in Velmora on June 9.",
            (DAY, DAY),
            True,
        ),
        # weekdays resolved against two publication dates: no evidence either way
        (
            "The trade fair opened in Velmora on Tuesday, organisers said.",
            "The trade fair opened in Velmora on Wednesday.",
            (DAY, DAY + dt.timedelta(days=1)),
            False,
        ),
    ],
)
def test_stated_days_of_one_opening(a: str, b: str, days: tuple[dt.date, dt.date], conflict: bool) -> None:
    assert bool(_conflicts(a, b, days=days)) is conflict
