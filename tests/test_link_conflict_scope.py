"""Conflicts: a game against a season, one of several things, charges, a family, two
measures, two events dated with one verb.

Each refusal (a pair of sentences we wrote that must not conflict) sits beside a pair that
differs only where the rule looks and must conflict, so no rule passes by refusing all.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.linking.context import content_words, shared_words
from claimcheck.linking.figures import charge, family, instance, rate, scope, span, threshold
from claimcheck.linking.relate import may_conflict
from claimcheck.model import Claim, Source

DAY = dt.date(2022, 3, 1)


def _pair(a: str, wa: str, b: str, wb: str) -> tuple[Claim, Claim, dict[str, str]]:
    """The claims of ``wa`` in ``a`` and ``wb`` in ``b``, with their sentences."""
    found = []
    sentences = {}
    for sid, text, words in (("s1", a, wa), ("s2", b, wb)):
        claims = [
            c
            for c in cc.extract([Source(sid, text, published=DAY)]).claims
            if text[c.span.start : c.span.end] == words
        ]
        assert claims, words
        found.append(claims[0])
        sentences[claims[0].id] = text[claims[0].sentence.start : claims[0].sentence.end]
    return found[0], found[1], sentences


@pytest.mark.parametrize(
    "a, wa, b, wb, conflict",
    [
        # one game's figure against a season's
        (
            "In their first meeting this season, Okafor was held to two catches for 25 yards.",
            "25 yards",
            "Okafor, in his third season, set a career-high 1,140 yards.",
            "1,140 yards",
            False,
        ),
        (
            "Okafor, in his second season, gained 640 yards.",
            "640 yards",
            "Okafor, in his third season, set a career-high 1,140 yards.",
            "1,140 yards",
            True,
        ),
        # one of several things against the story's one
        (
            "The first blast, at dawn, shattered windows 40 metres away.",
            "40 metres",
            "The blast shattered windows 300 metres away, police said.",
            "300 metres",
            False,
        ),
        (
            "The blast, at dawn, shattered windows 40 metres away.",
            "40 metres",
            "The blast shattered windows 300 metres away, police said.",
            "300 metres",
            True,
        ),
        # a span's total against one night's figure
        (
            "Police said 61 people were arrested over four nights of protest in Harlow.",
            "61",
            "Police said 40 people were arrested in Harlow.",
            "40",
            False,
        ),
        (
            "Police said 61 people were arrested in Harlow.",
            "61",
            "Police said 40 people were arrested in Harlow.",
            "40",
            True,
        ),
    ],
)
def test_a_game_a_season_and_one_of_several(a: str, wa: str, b: str, wb: str, conflict: bool) -> None:
    ca, cb, sentences = _pair(a, wa, b, wb)
    assert may_conflict(ca, cb, None, sentences) is conflict


@pytest.mark.parametrize(
    "a, wa, b, wb, conflict",
    [
        # charges against shots, both about one killing
        (
            "Marlow was convicted of murder and two counts of assault in the killing of Ines Vale.",
            "two",
            "Marlow was accused of firing 11 shots in the killing of Ines Vale.",
            "11",
            False,
        ),
        (
            "Marlow was accused of firing two shots in the killing of Ines Vale.",
            "two",
            "Marlow was accused of firing 11 shots in the killing of Ines Vale.",
            "11",
            True,
        ),
        # two measures of one noun: proposed funds and raised funds
        (
            "The governor proposed $40 million in funds for the clinics.",
            "$40 million",
            "Donors raised $2 million in funds for the clinics.",
            "$2 million",
            False,
        ),
        (
            "The governor proposed $40 million in funds for the clinics.",
            "$40 million",
            "The governor proposed $2 million in funds for the clinics.",
            "$2 million",
            True,
        ),
    ],
)
def test_charges_and_two_measures(a: str, wa: str, b: str, wb: str, conflict: bool) -> None:
    ca, cb, sentences = _pair(a, wa, b, wb)
    assert may_conflict(ca, cb, None, sentences) is conflict


@pytest.mark.parametrize(
    "a, wa, b, wb, conflict",
    [
        # a verb and a year shared, nothing else: two elections, two beginnings
        (
            "Marsh won the county in 2008, the paper recalled.",
            "2008",
            "Marsh won the mayoral race of Kelby in 2012.",
            "2012",
            False,
        ),
        (
            "Voters in Kelby approved the harbour bond in 2010.",
            "2010",
            "Voters in Kelby approved the harbour bond in 2009, the mayor said.",
            "2009",
            True,
        ),
    ],
)
def test_two_dates_conflict_only_about_one_event(a: str, wa: str, b: str, wb: str, conflict: bool) -> None:
    ca, cb, sentences = _pair(a, wa, b, wb)
    assert ca.kind == cb.kind == "date"
    assert may_conflict(ca, cb, None, sentences) is conflict


@pytest.mark.parametrize(
    "a, wa, b, wb, conflict",
    [
        # two prices that share nothing but being prices
        (
            "The $25 billion merger was not her idea.",
            "$25 billion",
            "The firm cited a $46 million cost gap between the two plants.",
            "$46 million",
            False,
        ),
        (
            "The $25 billion merger was not her idea.",
            "$25 billion",
            "The $46 billion merger was her idea, aides insist.",
            "$46 billion",
            True,
        ),
        # what winning needs against what was won
        (
            "Marsh needs 40 more delegates to reach the 1,200 needed to win the nomination.",
            "1,200",
            "Marsh has won 900 delegates in the race for the nomination.",
            "900",
            False,
        ),
        (
            "Marsh has won 1,200 delegates in the race for the nomination.",
            "1,200",
            "Marsh has won 900 delegates in the race for the nomination.",
            "900",
            True,
        ),
        # a sentence saying nothing but its figure cannot be told apart: it may conflict
        (
            "Some 236 agreements.",
            "Some 236",
            "Kelby and Orsk have signed 263 agreements so far, an envoy said.",
            "263",
            True,
        ),
    ],
)
def test_two_figures_conflict_only_with_a_word_in_common(
    a: str, wa: str, b: str, wb: str, conflict: bool
) -> None:
    ca, cb, sentences = _pair(a, wa, b, wb)
    assert may_conflict(ca, cb, None, sentences) is conflict


@pytest.mark.parametrize(
    "a, wa, b, wb, conflict",
    [
        # a rank and its noun shared, nothing else: two candidates' places
        (
            "Dunn is mired in third place ahead of the vote.",
            "third",
            "Polls have Marsh lagging in sixth place behind Ruiz.",
            "sixth",
            False,
        ),
        (
            "Marsh took third place in the Kelby mayoral race, officials said.",
            "third",
            "Marsh took fifth place in the Kelby mayoral race.",
            "fifth",
            True,
        ),
    ],
)
def test_two_ranks_conflict_only_about_one_event(a: str, wa: str, b: str, wb: str, conflict: bool) -> None:
    ca, cb, sentences = _pair(a, wa, b, wb)
    assert ca.kind == cb.kind == "ordinal"
    assert may_conflict(ca, cb, None, sentences) is conflict


def test_planted_conflicts_still_found() -> None:
    said = "Kelby and Orsk have signed {} agreements so far, an official said."
    sources = [Source(f"s{n}", said.format(n), published=DAY) for n in (263, 236)]
    report = cc.check(sources, workers=0)
    assert [lk.relation for lk in report.links] == ["conflicts"]


@pytest.mark.parametrize(
    "reader, text, figure, exp",
    [
        (charge, "He faces three counts of fraud.", "three", True),
        (charge, "He faces three more charges of fraud.", "three", True),
        (charge, "He counted three of them.", "three", False),
        (family, "The victim, a father of four, was 41.", "four", True),
        (family, "Four of the victims were fathers.", "Four", False),
        (threshold, "She is short of the 2,383 needed to win.", "2,383", True),
        (threshold, "She won 2,383 delegates.", "2,383", False),
        (rate, "About 6 in 10 voters backed her.", "10", True),
        (rate, "Police held 6 in Leeds and 10 in York.", "10", False),
        (span, "Police made 61 arrests over four nights.", "61", "four night"),
        (span, "Over the past two weeks, 300 fled.", "300", "two week"),
        (span, "The siege lasted four days.", "four days", ""),
        (span, "Police made 61 arrests on Friday.", "61", ""),
    ],
)
def test_what_the_words_around_a_figure_say(reader: object, text: str, figure: str, exp: object) -> None:
    i = text.index(figure)
    assert reader(text, i, i + len(figure)) == exp  # type: ignore[operator]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("He had 31 points in the game.", "game"),
        ("In Sunday's match, he scored twice this season.", "game"),
        ("He has 105 games in three seasons.", "season"),
        ("He set a career-high 59 catches.", "season"),
        ("It was a game-winning drive.", ""),
        ("The council met on Monday.", ""),
    ],
)
def test_scope(text: str, exp: str) -> None:
    assert scope(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The first quake, magnitude 7.6, struck at dawn.", "first"),
        ("A second suspect was held.", "second"),
        ("The quake struck at dawn.", ""),
        ("For the first time, 40 died.", ""),
    ],
)
def test_instance(text: str, exp: str) -> None:
    assert instance(text) == exp


@pytest.mark.parametrize(
    "a, b, ignore, exp",
    [
        ("Voters approved the bond in 2010.", "The voters approve a bond.", ["appro"], {"voter", "bond"}),
        ("Obama won in 2008.", "Obama won Iowa in 2012.", ["won"], {"obama"}),
        ("It began on Monday in May.", "It began on Monday.", [], {"began"}),
    ],
)
def test_shared_words(a: str, b: str, ignore: list[str], exp: set[str]) -> None:
    assert shared_words(a, b, ignore) == exp


def test_content_words() -> None:
    assert content_words("The 38 caliber revolver, police said.", ["revol"]) == {"calib", "polic"}


@given(st.text(max_size=60), st.text(max_size=60))
def test_shared_words_is_symmetric(a: str, b: str) -> None:
    assert shared_words(a, b) == shared_words(b, a)


@given(st.text(max_size=80))
def test_the_sentence_readers_never_fail(text: str) -> None:
    assert scope(text) in ("game", "season", "")
    assert isinstance(instance(text), str)
    for i in range(0, len(text), 7):
        assert isinstance(charge(text, i, i), bool)
        assert isinstance(family(text, i, i), bool)
        assert isinstance(span(text, i, i), str)
        assert isinstance(threshold(text, i, i), bool)
