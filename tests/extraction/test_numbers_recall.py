"""The number grammar on the less common ways of writing numbers (our own sentences).

Half and fraction words, decimals and signs in words, digits with a scale word,
upper-case M for millions, vulgar fractions, space-grouped thousands, and the
pronoun "one".
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.numbers import iter_numbers, parse_number
from strategies import int_to_words


@pytest.mark.parametrize(
    "text, exp",
    [
        ("a half-million", 500_000),
        ("half million", 500_000),
        ("a half dozen", 6),
        ("3 hundred", 300),
        ("2 hundred thousand", 200_000),
        ("2.5 hundred", 250),
        ("10M", 10_000_000),
        ("$4MM", 4_000_000),
        ("1.5 bln", 1_500_000_000),
        ("£5m", 5_000_000),
        ("$50k", 50_000),
        ("5m", None),
        ("minus 5", -5),
        ("negative twelve", -12),
        ("five point two", 5.2),
        ("two point zero five", 2.05),
        ("nine point nought one", 9.01),
        ("three point seventy-five", 3.75),
        ("two point five million", 2_500_000),
        ("two thirds", pytest.approx(2 / 3)),
        ("three quarters", 0.75),
        ("one fifth", 0.2),
        ("five and a quarter", 5.25),
        ("twelve and three fifths", 12.6),
        ("three million and a half", 3_500_000),
        ("one billion and a half million", 1_000_500_000),
        ("seven billion and three quarters", 7_750_000_000),
        ("4 thousand 3 hundred and 21", 4321),
        ("6 hundred and 7", 607),
        ("3½", 3.5),
        ("¾", 0.75),
        ("1 414 021 100", 1_414_021_100),
        # unchanged readings
        ("the third reading", None),
        ("a third", None),
        ("10m", None),
        ("one second", None),
    ],
)
def test_parse_less_common_forms(text: str, exp: float | None) -> None:
    assert parse_number(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Pick the one you like best.", []),
        ("Which one did the council approve?", []),
        ("No one was hurt in the blast.", []),
        ("One of them said 12 people left.", [1, 12]),
        ("Temperatures fell to minus 12 overnight.", [-12]),
        ("Exports shrank by negative 3 percent.", [-3]),
        ("A half-million people marched.", [500_000]),
        ("Around 2 million 18-year-olds voted.", [2_000_000, 18]),
        ("Over 3 million, 40 more than planned.", [3_000_000, 40]),
        ("Call 012 492 30 00 for tickets.", []),
        ("Budgets of 3bn and a dozen loans.", [3_000_000_000, 12]),
        ("It rose 2 million and then 500 thousand.", [2_000_000, 500_000]),
        ("Signed on 2022 02 22 in the capital.", []),
        ("The fund grew to 10M in March.", [10_000_000]),
        ("A 5m wall and a 5 m ladder.", [5, 5]),
        ("At one point two men ran off.", [1, 2]),
    ],
)
def test_scanner_less_common_forms(text: str, exp: list[float]) -> None:
    assert [m.value for m in iter_numbers(text)] == exp


def test_negative_with_a_qualifier_keeps_low_below_high() -> None:
    (m,) = list(iter_numbers("about minus 10"))
    assert m.qualifier == "approx"
    assert m.low == pytest.approx(-11) and m.high == pytest.approx(-9)
    assert m.qual_start == 0


@given(st.integers(min_value=2, max_value=999_999), st.booleans())
def test_minus_words_round_trip(n: int, and_: bool) -> None:
    assert parse_number("minus " + int_to_words(n, and_=and_)) == -n


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=99))
def test_point_words_round_trip(whole: int, cents: int) -> None:
    decimals = " ".join(int_to_words(int(d)) for d in f"{cents:02d}")
    words = f"{int_to_words(whole)} point {decimals}"
    assert parse_number(words) == pytest.approx(whole + cents / 100)
