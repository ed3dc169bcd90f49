"""Records, scores and vote or poll splits: two sides' numbers, never read as one range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.model import Quantity, Source


def claims(text: str) -> list[tuple[str, str, float, str]]:
    """(kind, words, value, qualifier) of every count and amount claim of ``text``."""
    src = Source(id="t", text=text)
    out = []
    for c in extract_source(src, kinds=("count", "amount")):
        assert isinstance(c.value, Quantity)
        out.append((c.kind, c.span.text(src), c.value.value, c.value.qualifier))
    return out


def ranges(text: str) -> list[str]:
    return [words for _, words, _, qual in claims(text) if qual == "range"]


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks fired their coach after a 7-19 start to the year.",
        "The club closed the spring with a 31-40 record.",
        "A 12 - 12 tie lasted until the final minute.",
        "A 4-4 ruling would leave the lower court's order standing.",
        "The Owls (11-3, 2-5 on the road) play at home next week.",
        "Over his career the manager is 410-455 lifetime.",
        "They ended the year with a record of 12-20.",
        "The board approved the plan in a 6 to 3 decision.",
        "The deal passed on a 40-60 vote after a long night.",
    ],
)
def test_a_record_score_or_split_is_no_range(text: str) -> None:
    assert ranges(text) == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("A survey shows the governor ahead 52 percent to 43 percent.", ["52 percent", "43 percent"]),
        ("The mayor trails her rival 39 percent to 45 percent in one poll.", ["39 percent", "45 percent"]),
        ("One fund raised $12 million to $9 million for the other side.", ["$12 million", "$9 million"]),
    ],
)
def test_two_sides_shares_are_two_values(text: str, words: list[str]) -> None:
    found = claims(text)
    assert [w for _, w, _, _ in found] == words
    assert all(q == "exact" for *_, q in found)


@pytest.mark.parametrize(
    "text, words",
    [
        ("About 10-15 people waited outside the gate.", "10-15"),
        ("Between 3 and 5 percent of the vote went elsewhere.", "Between 3 and 5 percent"),
        ("Rents went up 3 to 5 percent last year.", "3 to 5 percent"),
        ("Tariffs ranged from 5 percent to 25 percent on the listed goods.", "5 percent to 25 percent"),
        ("The plane carried 40-50 passengers.", "40-50"),
        ("He hit 10-15 home runs a season.", "10-15"),
        ("The lead grew by 3 to 5 percent in a week.", "3 to 5 percent"),
        ("Wages were between $30,000 and $60,000 a year.", "between $30,000 and $60,000 a year"),
        ("Some 20-30 votes were never counted.", "20-30"),
        ("Overnight lows of -12 °C to -25 °C are forecast.", "-12 °C to -25 °C"),
    ],
)
def test_a_real_range_stays_a_range(text: str, words: str) -> None:
    assert ranges(text) == [words]


@pytest.mark.parametrize(
    "text", ["The survey covered adults ages 18-24.", "From 2010-2012 the factory stood idle."]
)
def test_ages_and_periods_make_no_count_range(text: str) -> None:
    assert ranges(text) == []


_RECORD_NOUNS = st.sampled_from(["record", "start", "season", "tie", "ruling", "decision", "vote"])


@given(st.integers(0, 200), st.integers(0, 200), _RECORD_NOUNS, st.sampled_from(["-", " - ", " to "]))
def test_a_pair_before_a_record_noun_is_never_a_range(a: int, b: int, noun: str, dash: str) -> None:
    assert ranges(f"The team went on after a {a}{dash}{b} {noun} that spring.") == []


@given(st.integers(1, 500), st.sampled_from(["-", " to "]))
def test_equal_ends_are_never_a_range(n: int, dash: str) -> None:
    assert ranges(f"Officials counted {n}{dash}{n} houses in the valley.") == []


@given(st.integers(1, 400), st.integers(1, 400))
def test_a_rising_pair_before_a_plural_noun_is_a_range(a: int, d: int) -> None:
    assert ranges(f"Officials counted {a}-{a + d} houses in the valley.") == [f"{a}-{a + d}"]


@pytest.mark.parametrize(
    "text",
    [
        "Last night the 15-17 Bulldogs lost again at home.",
        "On Friday the 9-14 Sixers face a rested side.",
        "The 15 - 17 Bulldogs host Yale on Saturday.",
        "It was a bad week for a 3–8 Rangers club.",
    ],
)
def test_a_pair_between_a_determiner_and_a_team_name_is_no_range(text: str) -> None:
    assert ranges(text) == []


@pytest.mark.parametrize(
    "text, words",
    [
        ("Between 10-15 people were hurt in the crash.", "Between 10-15"),
        ("Most buyers are in the 20-30 age group.", "20-30"),
        ("The 200-300 Syrian refugees were moved on Friday.", "200-300"),  # a name, then a noun
        ("The 20-30 Syrians were moved on Friday.", "20-30"),  # a people, not a team
        ("Some 10-15 Bulldogs fans waited outside.", "10-15"),  # no determiner
        ("The 10 to 15 Marines stayed behind.", "10 to 15"),  # "to", not a dash
    ],
)
def test_a_range_before_a_name_or_a_noun_stays_a_range(text: str, words: str) -> None:
    assert ranges(text) == [words]


def test_a_season_of_years_before_a_team_makes_no_count() -> None:
    assert ranges("He played the 2010-2012 seasons for the Bulldogs.") == []


_TEAMS = st.sampled_from(["Bulldogs", "Sixers", "Lakers", "Spartans", "Owls"])


@given(st.integers(0, 120), st.integers(0, 120), _TEAMS)
def test_a_dashed_pair_after_the_before_a_team_is_never_a_range(a: int, b: int, team: str) -> None:
    assert ranges(f"Fans expect little from the {a}-{b} {team} this week.") == []
