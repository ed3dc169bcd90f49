"""The date extractor on periods and computed days that news dates events by: seasons,
quarters, decades, the week before last, the n-th weekday of a month, years after 2100; and
the tense rules for postponements and times of day. One sentence we wrote per rule, the
traps beside each rule, and properties."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.dates import find_dates
from dating import PUB
from dating import found as _found

D = dt.date


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # seasons: three months, northern hemisphere; "last" is the latest one over
        ("The drought began last spring.", PUB, [("last spring", "2022-03/2022-05")]),
        ("The drought began last spring.", D(2023, 6, 20), [("last spring", "2023-03/2023-05")]),
        ("The stadium reopens next summer.", PUB, [("next summer", "2024-06/2024-08")]),
        ("The stadium will reopen next spring.", D(2022, 11, 2), [("next spring", "2023-03/2023-05")]),
        ("The stadium will reopen next spring.", D(2023, 2, 1), [("next spring", "2024-03/2024-05")]),
        ("Heating bills rose sharply last winter.", D(2023, 2, 10), [("last winter", "2021-12/2022-02")]),
        (
            "The floods this winter have killed nine people.",
            D(2023, 2, 10),
            [("this winter", "2022-12/2023-02")],
        ),
        ("The floods this summer killed nine people.", D(2023, 11, 2), [("this summer", "2023-06/2023-08")]),
        (
            "The convention this summer was moved to Ohio.",
            D(2016, 3, 15),
            [("this summer", "2016-06/2016-08")],
        ),
        ("Heating bills this winter will rise.", D(2025, 11, 3), [("this winter", "2025-12/2026-02")]),
        (
            "The couple are expecting a child this summer.",
            D(2015, 12, 22),
            [("this summer", "2016-06/2016-08")],
        ),
        ("The two leaders met in the summer of 2019.", PUB, [("the summer of 2019", "2019-06/2019-08")]),
        ("The campus reopened in fall 2020.", PUB, [("fall 2020", "2020-09/2020-11")]),
        (
            "The mine flooded in the autumn, officials said.",
            D(2023, 2, 1),
            [("the autumn", "2022-09/2022-11")],
        ),
        ("The mine will reopen in the autumn.", PUB, [("the autumn", "2023-09/2023-11")]),
        # quarters: calendar quarters; without a year only in a sentence about business
        (
            "Sales rose 4 percent in the first quarter of 2022.",
            PUB,
            [("the first quarter of 2022", "2022-01/2022-03")],
        ),
        ("Output fell in Q3 2021, the agency said.", PUB, [("Q3 2021", "2021-07/2021-09")]),
        (
            "The deal closed in the fourth quarter of last year.",
            PUB,
            [("the fourth quarter of last year", "2022-10/2022-12")],
        ),
        ("Profit rose in the first quarter, the bank said.", PUB, [("the first quarter", "2023-01/2023-03")]),
        (
            "Profit rose in the second quarter, the bank said.",
            PUB,
            [("the second quarter", "2022-04/2022-06")],
        ),
        (
            "The bank expects profit to rise in the second quarter.",
            PUB,
            [("the second quarter", "2023-04/2023-06")],
        ),
        # decades: ten years, after a preposition of time
        ("Crime fell sharply in the 1990s, the report found.", PUB, [("the 1990s", "1990/1999")]),
        ("The factory has been empty since the late 1980s.", PUB, [("the late 1980s", "1980/1989")]),
        ("Wages stagnated during the mid-1970s.", PUB, [("the mid-1970s", "1970/1979")]),
        # weeks either side of last and next week: Monday to Sunday
        (
            "The talks broke down the week before last.",
            PUB,
            [("the week before last", "2023-05-01/2023-05-07")],
        ),
        ("The verdict is due the week after next.", PUB, [("the week after next", "2023-05-29/2023-06-04")]),
        # the n-th weekday of a month
        (
            "Voters went to the polls on the first Tuesday in November.",
            PUB,
            [("the first Tuesday in November", "2022-11-01")],
        ),
        (
            "The fair will open on the second Sunday of June.",
            PUB,
            [("the second Sunday of June", "2023-06-11")],
        ),
        (
            "The race was run on the last Friday of March 2021.",
            PUB,
            [("the last Friday of March 2021", "2021-03-26")],
        ),
        # offsets ahead of publication, whatever the tense; not beside a weekday (a compound)
        ("The plant will close a year from now.", PUB, [("a year from now", "2024")]),
        ("The rules change two weeks from today.", PUB, [("two weeks from today", "2023-05-31")]),
        ("They meet on Thursday, two years from now.", PUB, [("Thursday", "2023-05-18")]),
        # a numeric month and year with a dash, after a preposition of time
        ("The plan was approved in 12-2015.", PUB, [("12-2015", "2015-12")]),
        # years after 2100 after a cue
        ("Sea levels could rise a metre by 2150.", PUB, [("2150", "2150")]),
    ],
)
def test_periods(text: str, published: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert _found(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Lakers scored 30 points in the fourth quarter.",  # a game's quarter
        "He ran the third quarter of the race in 60 seconds.",  # no business word, no year
        "Profit fell in the fiscal third quarter.",  # a company's year, not the calendar's
        "Profit fell in the third quarter of fiscal 2022.",
        "Music of the 1990s filled the hall.",  # a style, not an event's date
        "Cars built in the 1900s lined the road.",  # a century as often as a decade
        "Prices fall in the spring.",  # a habit: no tense
        "The fall of the city shocked the world.",  # the noun
        "He said prices would fall 2020 percent.",  # the verb
        "The first Sunday in Lent is a holiday.",  # no month
        "Spring water was sold at the market.",
        "The team posted a 3-2015 record.",
    ],
)
def test_not_periods(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a deferral verb with until / to: the new date is ahead
        ("The hearing was postponed until March 3.", D(2026, 2, 18), [("March 3", "2026-03-03")]),
        ("The hearing has been adjourned until Monday.", PUB, [("Monday", "2023-05-22")]),
        ("The deadline was extended to June 30.", PUB, [("June 30", "2023-06-30")]),
        ("The launch was pushed back to Friday.", PUB, [("Friday", "2023-05-19")]),
        # but "moved" alone is still the past, and a past event stays past
        ("The troops moved to the border on Monday.", PUB, [("Monday", "2023-05-15")]),
        # a time of day is no sentence end: the verb before it still governs
        ("The summit is set for 10 a.m. on Thursday.", PUB, [("Thursday", "2023-05-18")]),
        ("Talks will resume at 9 a.m. Friday in Vienna.", PUB, [("Friday", "2023-05-19")]),
        ("The bridge collapsed shortly after 6 p.m. on Tuesday.", PUB, [("Tuesday", "2023-05-16")]),
    ],
)
def test_direction_rules(text: str, published: dt.date, expected: list[tuple[str, str]]) -> None:
    assert _found(text, published) == expected


def test_every_period_keeps_its_reason() -> None:
    text = "Profit rose in the second quarter, and the drought began last spring."
    for m in find_dates(text, published=PUB):
        assert any(n.startswith("direction:") for n in m.notes), m.notes
        assert len(m.notes) >= 3  # relative, what the period is, and the direction


def test_periods_need_a_publication_date_without_a_year() -> None:
    assert _found("The drought began last spring.", None) == []
    assert _found("Sales rose in the first quarter of 2022.", None) == [
        ("the first quarter of 2022", "2022-01/2022-03")
    ]


_SEASONS = st.sampled_from(["spring", "summer", "autumn", "fall", "winter"])
_LEADS = st.sampled_from(["last", "this", "next"])
_DAYS = st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31))


@given(_LEADS, _SEASONS, _DAYS)
def test_a_season_is_three_months_on_its_side(lead: str, season: str, published: dt.date) -> None:
    (m,) = find_dates(f"The museum shut {lead} {season}.", published=published)
    first, last = m.value, m.value.until
    assert last is not None and first.month is not None and last.month is not None
    assert (last.year * 12 + last.month) - (first.year * 12 + first.month) == 2
    if lead == "last":
        assert (last.year, last.month) < (published.year, published.month)
    if lead == "next":
        assert (first.year, first.month) > (published.year, published.month)


@given(st.sampled_from(["first", "second", "third", "fourth"]), _DAYS, st.booleans())
def test_a_quarter_is_a_calendar_quarter(nth: str, published: dt.date, future: bool) -> None:
    verb = "is expected to rise" if future else "rose"
    (m,) = find_dates(f"Profit {verb} in the {nth} quarter.", published=published)
    first, last = m.value, m.value.until
    assert last is not None and first.month is not None
    assert first.month == {"first": 1, "second": 4, "third": 7, "fourth": 10}[nth]
    end = (last.year, last.month)
    assert end >= (published.year, published.month) if future else end < (published.year, published.month)


def test_many_periods_stay_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long text of bare seasons and quarters reads each against a window, not the whole
    text: the characters read for tense and context grow 10x with 10x the text (counted, not
    timed)."""
    periods = importlib.import_module("claimcheck.extraction.dates._periods")
    read = [0]
    words, finder = periods.sentence_words, periods._LOWER_WORD

    class _Counting:
        def findall(self, text: str) -> list[str]:
            read[0] += len(text)
            return finder.findall(text)

    def counting_words(text: str) -> list[tuple[int, int, str]]:
        read[0] += len(text)
        return words(text)

    monkeypatch.setattr(periods, "sentence_words", counting_words)
    monkeypatch.setattr(periods, "_LOWER_WORD", _Counting())

    def run(n: int) -> int:
        read[0] = 0
        text = "Profit rose in the first quarter and the mine shut in the spring. " * n
        assert len(list(find_dates(text, published=PUB))) == 2 * n
        return read[0]

    small, big = run(100), run(1000)
    assert 0 < big <= 12 * small


@pytest.mark.parametrize(
    "a, b, relation",
    [
        ("1990/1999", "1995", "agrees"),  # "in the 1990s" and "in 1995"
        ("2025-03/2025-05", "2025-04", "agrees"),  # "last spring" and "in April"
        ("2024-07/2024-09", "2024-08-15", "agrees"),  # "the third quarter" and a day in it
        ("1990/1999", "1985", "conflicts"),
        ("2025-03/2025-05", "2025-06-02", "conflicts"),
        ("2022-11-09/2022-11-10", "2022-11-12", "conflicts"),  # a day range: either end, as before
    ],
)
def test_a_period_agrees_with_a_date_inside_it(a: str, b: str, relation: str) -> None:
    from claimcheck.linking.relate import _dates
    from claimcheck.model import DateValue

    assert _dates(DateValue.from_iso(a), DateValue.from_iso(b)).relation == relation
    assert _dates(DateValue.from_iso(b), DateValue.from_iso(a)).relation == relation
