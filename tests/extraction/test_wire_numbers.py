"""Numbers as wire copy and tokenised news write them: ``1, 300``, ``2 1/2``, ``lakh crore``,
and tallies brought to a figure (``bringing the toll to 37``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.extraction.numbers import iter_numbers, parse_number
from claimcheck.model import Source


def spans(text: str) -> list[tuple[str, float]]:
    return [(text[m.start : m.end], m.value) for m in iter_numbers(text)]


def counts(text: str) -> list[tuple[str, float, str]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, c.value.value, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("count",))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The flood drove 1, 300 families from their homes.", [("1, 300", 1300)]),
        ("Donors gave $600, 000 to the appeal.", [("$600, 000", 600_000)]),
        ("A hiker fell 2, 000ft into the gorge.", [("2, 000", 2000)]),
        ("Turnout reached 3, 200, 000 on Sunday.", [("3, 200, 000", 3_200_000)]),
        ("Some 4, 500.5 tonnes were shipped.", [("4, 500.5", 4500.5)]),
        ("In 2004, 170, 000 homes were lost.", [("2004", 2004), ("170, 000", 170_000)]),
        # lists and dates stay apart
        ("Exits 4, 500 and 600 were closed.", [("4", 4), ("500", 500), ("600", 600)]),
        ("Buses 12, 400, 35 and 7 were late.", [("12", 12), ("400", 400), ("35", 35), ("7", 7)]),
        ("He is listed at 6 - 11, 240 on the roster.", [("6 - 11", 8.5), ("240", 240)]),
        ("Smith (6 - foot - 2, 210 pounds) signed.", [("6", 6), ("2", 2), ("210", 210)]),
        ("On May 1, 300 nurses walked out.", [("1", 1), ("300", 300)]),
        ("By Jan. 5, 200 homes had power.", [("5", 5), ("200", 200)]),
        ("Scores of 7, 45 and 12 were posted.", [("7", 7), ("45", 45), ("12", 12)]),
        ("They won 3, 2 and 1 medals.", [("3", 3), ("2", 2), ("1", 1)]),
    ],
)
def test_thousands_split_by_a_space(text: str, exp: list[tuple[str, float]]) -> None:
    assert spans(text) == exp


@given(st.integers(1_000, 999_999_999))
def test_space_after_comma_round_trips(n: int) -> None:
    assert parse_number(f"{n:,}".replace(",", ", ")) == n


@given(st.integers(1_000, 9_999_999))
def test_split_groups_count_what_follows(n: int) -> None:
    written = f"{n:,}".replace(",", ", ")
    assert counts(f"The storm forced {written} residents to leave.") == [("residents", n, written)]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The trail runs 2 1/2 miles.", [("2 1/2", 2.5)]),
        ("A 5-3/4 inch crack opened.", [("5-3/4", 5.75)]),
        ("Wait 1 1/2 hours.", [("1 1/2", 1.5)]),
        ("The meeting on 2 1/2/2019 was moved.", []),
        ("Call 5 3/16/22 before noon.", []),
        ("Ratios of 3 5/4 do not count.", []),
    ],
)
def test_mixed_fractions(text: str, exp: list[tuple[str, float]]) -> None:
    assert spans(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Rs 1.5 lakh crore", 1.5e12),
        ("3 lakh crore", 3e12),
        ("12,34,567", 1_234_567),
        ("1,00,000", 100_000),
        ("4,50,00,000", 45_000_000),
    ],
)
def test_indian_numbering(text: str, exp: float) -> None:
    assert parse_number(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The second blast brought the toll to 37.", [("toll", 37, "37")]),
        ("A bus overturned, bringing the death toll to 42.", [("toll", 42, "42")]),
        ("New tests pushed the number of infections to 1,200.", [("infections", 1200, "1,200")]),
        ("Divers found two more, raising the total to 12.", [("total", 12, "12")]),
        ("The raids took the overall tally to more than 80.", [("tally", 80, "more than 80")]),
        ("The day's arrests brought the count of detainees to 14.", [("detainees", 14, "14")]),
    ],
)
def test_tally_brought_to_a_figure(text: str, exp: list[tuple[str, float, str]]) -> None:
    assert counts(text) == exp


def test_brought_tally_updates_the_initial_figure() -> None:
    text = "The toll, initially 6, grew as rescuers dug, bringing the toll to 9."
    src = Source(id="t", text=text)
    a, b = extract_source(src, kinds=("count",))
    assert (a.value.value, b.value.value) == (6, 9)  # type: ignore[union-attr]
    assert f"updates: {a.id}" in b.notes


@pytest.mark.parametrize(
    "text",
    [
        "Kick-off is at 3 p. m. local time.",
        "The ferry leaves at 7 a. m. daily.",
        "The lead was cut with 4 : 43 left.",
        "She took the number 7 bus.",
        "They built a 7 - 0 lead by the break.",
        "The hosts went on a 10 - 2 run late on.",
        "The shop opens at 9 : 00 sharp.",
    ],
)
def test_tokenised_times_are_no_counts(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The camp shelters 20, 000 civilians fleeing the war.", [("civilians", 20_000, "20, 000")]),
        ("With 35, 000 bodies never found, the town mourned.", [("bodies", 35_000, "35, 000")]),
        ("She scored 2, 129 points heading into the final.", [("points", 2129, "2, 129")]),
        ("They run 12 oil drilling rigs.", [("rigs", 12, "12")]),
        ("The board called a dozen HP directors.", [("directors", 12, "a dozen")]),
        ("Some 4,570 U.S. citizens voted abroad.", [("citizens", 4570, "Some 4,570")]),
        ("Four U.N. monitors were held.", [("monitors", 4, "Four")]),
        ("Gunmen hit two U.S. diplomatic posts.", [("posts", 2, "two")]),
    ],
)
def test_counted_noun_before_a_participle_or_adverb(text: str, exp: list[tuple[str, float, str]]) -> None:
    assert counts(text) == exp
