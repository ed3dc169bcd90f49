"""Conflicts two agencies' reports of one event should raise, and the pairs beside them that
must stay apart: each rule that lets a conflict through is pinned by a pair we wrote that
must conflict and a pair, differing where the rule looks, that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck as cc
from claimcheck.linking.figures import change, conditional, selection
from claimcheck.linking.stories import stories
from claimcheck.linking.wording import canonical, without_referring
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


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # two sentences alone in their block: the idf weighs their shared words 0, so their
        # plain words decide whether one frame's missing measure hides another fact
        (
            "The deal is worth $4.2 billion, the bank said.",
            "The bank valued the deal at $4.8 billion.",
            True,
        ),
        (
            "The deal is worth $4.2 billion, the bank said.",
            "Analysts at a rival lender valued the deal at $4.8 billion in a note to clients on pension "
            "exposure and tax credits.",
            False,
        ),
    ],
)
def test_two_sentences_alone_are_compared_by_their_words(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # a change (a cut) against a level (a workforce): two facts under one noun
        (
            "The carmaker will cut 3,000 jobs in Brazil.",
            "The carmaker employs 21,000 people in Brazil.",
            False,
        ),
        (
            "Some 3,000 workers in Brazil will lose their jobs.",
            "The carmaker employs 21,000 people in Brazil.",
            False,
        ),
        # two changes of one noun differ: a conflict
        ("The carmaker will cut 3,000 jobs in Brazil.", "The carmaker will shed 2,400 jobs in Brazil.", True),
    ],
)
def test_a_change_is_no_rival_of_a_level(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # a selection the writer picked: "their first three games" against "their first five"
        (
            "The Hornets lost their first three games of the tour, the coach said.",
            "The Hornets lost their first five games of the tour.",
            False,
        ),
        (
            "The Hornets lost three games of the tour, the coach said.",
            "The Hornets lost five games of the tour.",
            True,
        ),
    ],
)
def test_a_selection_is_no_count(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # what would follow from a condition is no figure stated as fact
        (
            "If the strike goes on, the port will lose 900 containers, the union said.",
            "The port lost 400 containers in the strike, the operator said.",
            False,
        ),
        (
            "The port lost 900 containers in the strike, the union said.",
            "The port lost 400 containers in the strike, the operator said.",
            True,
        ),
    ],
)
def test_a_conditional_figure_is_no_rival(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # a toll dated to an earlier year against this event's undated one: two events
        (
            "The cyclone killed 85 people along the coast, officials said.",
            "A cyclone in 1999 killed 9,800 people along the same coast.",
            False,
        ),
        # the undated report names that year: both figures are that year's
        (
            "The 1999 cyclone killed 9,800 people along the coast.",
            "In 1999 the cyclone killed 10,000 people along the coast, officials said.",
            True,
        ),
    ],
)
def test_a_toll_of_an_earlier_year(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


@pytest.mark.parametrize(
    "reader, text, figure, exp",
    [
        (change, "The mill will shed about 450 jobs next year.", "450", True),
        (change, "The mill announced 450 job cuts.", "450", True),
        (change, "The mill plans 450 new jobs.", "450", True),
        (change, "About 450 staff at the mill were made redundant.", "450", True),
        (change, "The mill has 450 staff, the owner said.", "450", False),
        (change, "The mill's 450 staff voted, and the owners cut pay.", "450", False),
        (selection, "It was the worst of the past 12 winters.", "12", True),
        (selection, "It was the worst of 12 winters.", "12", False),
    ],
)
def test_what_a_figures_words_say_of_it(reader: object, text: str, figure: str, exp: bool) -> None:
    start = text.index(figure)
    assert reader(text, start, start + len(figure)) is exp  # type: ignore[operator]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("If the talks fail, 300 flights will be cancelled.", True),
        ("“Unless the pumps restart, the mine floods,” he said.", True),
        ("Officials asked if 300 flights were cancelled.", False),
        ("The talks failed and 300 flights were cancelled.", False),
    ],
)
def test_a_sentence_opening_with_a_condition(text: str, exp: bool) -> None:
    assert conditional(text) is exp


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # "positions" are jobs, and "eliminate" is a cut: two wordings of one plan
        (
            "The carmaker will cut 3,000 jobs, it said on Tuesday.",
            "The group said it would eliminate 2,400 positions.",
            True,
        ),
        # adding jobs is not cutting them: the sentences share no word of their own
        (
            "The carmaker will cut 3,000 jobs, it said on Tuesday.",
            "The group said it would add 2,400 positions.",
            False,
        ),
    ],
)
def test_synonyms_of_one_plan(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicts(a, b)) is conflict


def test_synonyms_are_written_as_their_class() -> None:
    assert canonical("A blaze after the explosion; the mill axed 40 jobs.") == (
        "A fire after the blast; the mill cut 40 jobs."
    )
    assert canonical("The explosive device") == "The explosive device"  # whole words only
