"""Holders: whose figure it is, and figures of different holders do not conflict."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.linking.holders import holder, holders_differ


@pytest.mark.parametrize(
    "text, figure, exp",
    [
        ("Okafor finished with 31 points against the visitors.", "31", ("okafor",)),
        ("Mara Lindqvist scored 12 goals, while Ines Bauer added 9 for the club.", "12", ("mara lindqvist",)),
        ("Mara Lindqvist scored 12 goals, while Ines Bauer added 9 for the club.", "9", ("ines bauer",)),
        ("Norway and Chile have signed 41 trade accords since 1990.", "41", ("norway", "chile")),
        ("Okafor's 31 points were a season high.", "31", ("okafor",)),
        # a title is no part of the name
        ("Mr Okafor finished with 31 points.", "31", ("okafor",)),
        ("Senator Mara Quint won 41 votes.", "41", ("mara quint",)),
        # the reporter is not the holder
        ("The ministry said Norway and Chile signed 41 accords.", "41", ("norway", "chile")),
        ("Okafor scored 31 points, the coach told Radio Lagos.", "31", ("okafor",)),
        # unsure: a pronoun, a common word opening the sentence, no name in the clause
        ("He finished with 31 points.", "31", ()),
        ("Police arrested 86 people on Saturday.", "86", ()),
        ("Voters in 2009 approved a bond for the park.", "2009", ()),
        ("Hampered by a knee injury that kept him to only four games, Okafor sat out.", "four", ()),
        ("The quake damaged 300 homes.", "300", ()),
        # a name after a preposition is a place or a party, not the subject
        ("The trial at the Harlow Crown Court heard that two men fired.", "two", ()),
        ("Okafor became the third player in Lagos history to score 1,000 points.", "1,000", ("okafor",)),
        # a headline in title case: every word looks like a name
        ("Rivers Sign 41 Accords With Coastal Partners", "41", ()),
    ],
)
def test_holder(text: str, figure: str, exp: tuple[str, ...]) -> None:
    assert holder(text, text.index(figure)) == exp


def test_the_words_of_a_reporter_are_left_out() -> None:
    text = "Okafor and Mensah combined for 52 points."
    assert holder(text, text.index("52"), frozenset({"mensah"})) == ("okafor",)


@pytest.mark.parametrize(
    "ha, hb, exp",
    [
        (("okafor",), ("ines bauer",), True),
        (("okafor",), ("emeka okafor",), False),  # a shared word: maybe one holder
        (("norway", "chile"), ("chile",), False),
        (("lyon",), ("france",), False),  # a place inside the other
        (("lyon",), ("kabul",), True),
        (("okafor",), (), False),  # unknown: not different
        ((), (), False),
    ],
)
def test_holders_differ(ha: tuple[str, ...], hb: tuple[str, ...], exp: bool) -> None:
    assert holders_differ(ha, hb) is exp


names = st.lists(
    st.sampled_from(["okafor", "ines bauer", "lyon", "france", "chile", "emeka okafor"]), max_size=3
)


@given(names, names)
def test_holders_differ_is_symmetric_and_never_for_a_shared_name(a: list[str], b: list[str]) -> None:
    ha, hb = tuple(a), tuple(b)
    assert holders_differ(ha, hb) == holders_differ(hb, ha)
    if set(ha) & set(hb):
        assert not holders_differ(ha, hb)


def _conflicting(*texts: str) -> list[str]:
    report = cc.check(list(texts), workers=0)
    return [lk.reason for lk in report.links if lk.relation == "conflicts"]


@pytest.mark.parametrize(
    "a, b, conflict",
    [
        # two players' points: different holders, no disagreement
        (
            "Okafor finished with 31 points in the win over Delta State.",
            "Mensah finished with 24 points in the win over Delta State.",
            False,
        ),
        # one holder, two figures: a disagreement
        (
            "Okafor finished with 31 points in the win over Delta State.",
            "Okafor finished with 24 points in the win over Delta State.",
            True,
        ),
        # the same holders and a transposed figure: still a disagreement
        ("Norway and Chile have signed 41 agreements.", "Norway and Chile have signed 14 agreements.", True),
        # one side's holder unknown (a pronoun): the rule does not apply
        (
            "Okafor finished with 31 points in the win over Delta State.",
            "He finished with 24 points in the win over Delta State, Okafor said.",
            True,
        ),
    ],
)
def test_figures_of_different_holders_do_not_conflict(a: str, b: str, conflict: bool) -> None:
    assert bool(_conflicting(a, b)) is conflict
