"""The date extractor on the less common written forms: number words, short numeric dates,
ordinal days, weekdays with conventions, offsets, holidays, ranges; one sentence we wrote per
rule, the traps beside each rule, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.dates import day_words_value, find_dates, year_words_value
from dating import PUB
from dating import found as _found

D = dt.date


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # days and years in words
        (
            "The accord was signed on the twenty-second of February 2022.",
            PUB,
            [("twenty-second of February 2022", "2022-02-22")],
        ),
        (
            "The pact was signed on March fifth, nineteen ninety-two, in Oslo.",
            PUB,
            [("March fifth, nineteen ninety-two", "1992-03-05")],
        ),
        (
            "The station opened on 6 April nineteen eighty-one.",
            PUB,
            [("6 April nineteen eighty-one", "1981-04-06")],
        ),
        (
            "Talks began in October two thousand and nine.",
            PUB,
            [("October two thousand and nine", "2009-10")],
        ),
        (
            "The mill was built on the tenth of May eighteen hundred and five.",
            PUB,
            [("tenth of May eighteen hundred and five", "1805-05-10")],
        ),
        # numeric: validity first, then month-first for slashes (noted); a cue is needed without a year
        ("The ferry sailed on 22/04 with forty cars.", PUB, [("22/04", "2023-04-22")]),
        ("The ferry sailed on 4/22 with forty cars.", PUB, [("4/22", "2023-04-22")]),
        (
            "The board met on 5/2, 5/9 and 5/16.",
            PUB,
            [("5/2", "2023-05-02"), ("5/9", "2023-05-09"), ("5/16", "2023-05-16")],
        ),
        ("The figures for 2015-03 were revised.", PUB, [("2015-03", "2015-03")]),
        ("The file was dated 2019/aug/01 by the clerk.", PUB, [("2019/aug/01", "2019-08-01")]),
        (
            "The survey ran 10/1/2018 - 10/7/2018 online.",
            PUB,
            [("10/1/2018 - 10/7/2018", "2018-10-01/2018-10-07")],
        ),
        ("The order was placed Friday 7.6, before noon.", D(2018, 7, 2), [("Friday 7.6", "2018-07-06")]),
        # ordinal days: the month of publication, or the one before for a past day after it
        ("The envoy will arrive on the 22nd.", PUB, [("22nd", "2023-05-22")]),
        ("The envoy arrived on the 3rd.", PUB, [("3rd", "2023-05-03")]),
        ("The envoy arrived on the 22nd.", PUB, [("22nd", "2023-04-22")]),
        ("The fee is due on the 5th of next month.", PUB, [("5th of next month", "2023-06-05")]),
        # weekdays: last is the latest one (not a same-week yesterday), next and this name the
        # week after / of publication (weeks from Monday), coming is the next one
        ("The board met last Tuesday.", PUB, [("last Tuesday", "2023-05-09")]),
        ("The board meets next Monday.", PUB, [("next Monday", "2023-05-22")]),
        ("The board meets this Friday.", PUB, [("this Friday", "2023-05-19")]),
        ("The board meets this coming Wednesday.", PUB, [("this coming Wednesday", "2023-05-24")]),
        ("The talks opened on Monday the 15th.", PUB, [("Monday the 15th", "2023-05-15")]),
        ("The talks closed on Thu 4th.", PUB, [("Thu 4th", "2023-05-04")]),
        # offsets from publication, at the precision of their unit
        ("The bridge closed two weeks ago.", PUB, [("two weeks ago", "2023-05-03")]),
        ("The plant closed three years ago.", PUB, [("three years ago", "2020")]),
        ("The law passed a month ago.", PUB, [("a month ago", "2023-04")]),
        ("The vote will take place in three days.", PUB, [("three days", "2023-05-20")]),
        ("The ship will dock the day after tomorrow.", PUB, [("the day after tomorrow", "2023-05-19")]),
        # periods of the publication year or month, months with a cue
        ("Prices should fall by the end of the year.", PUB, [("the end of the year", "2023")]),
        ("The strike began in early March.", PUB, [("in early March", "2023-03")]),
        ("The deal closed in May.", PUB, [("May", "2023-05")]),
        ("The deal closed in May.", None, [("May", "--05")]),
        # holidays: fixed and computed, with the year of publication when none is written
        ("The ceasefire was agreed at Christmas.", PUB, [("Christmas", "2022-12-25")]),
        ("The ceasefire was agreed at Christmas.", None, [("Christmas", "--12-25")]),
        ("The church reopened on Easter Sunday 2021.", PUB, [("Easter Sunday 2021", "2021-04-04")]),
        ("The parade is on Thanksgiving 2020.", PUB, [("Thanksgiving 2020", "2020-11-26")]),
        ("Crowds gathered on US Independence Day.", PUB, [("US Independence Day", "2022-07-04")]),
        # a 29 February with no year: the nearest leap year
        ("The levy was paid on February 29.", PUB, [("February 29", "2020-02-29")]),
        # ranges and lists
        (
            "The fair runs April 9th through the 17th.",
            PUB,
            [("April 9th through the 17th", "2023-04-09/2023-04-17")],
        ),
        (
            "The fair ran between the ninth and the seventeenth of April.",
            PUB,
            [("between the ninth and the seventeenth of April", "2023-04-09/2023-04-17")],
        ),
        ("Strikes were held on 18 and 19 April.", PUB, [("18", "2023-04-18"), ("19 April", "2023-04-19")]),
        (
            "The show ran from 26 June 2020 to the 28th of June 2020.",
            PUB,
            [("from 26 June 2020 to the 28th of June 2020", "2020-06-26/2020-06-28")],
        ),
        ("Output fell in 2007 and 2009.", PUB, [("2007", "2007"), ("2009", "2009")]),
        # a year before a noun naming an event, and a month of a relative year
        ("Both envoys praised the 1994 accord at length.", PUB, [("1994", "1994")]),
        ("Turnout fell after the 2016 elections in the north.", PUB, [("2016", "2016")]),
        ("The plan is due by March of next year.", PUB, [("March of next year", "2024-03")]),
    ],
)
def test_forms(text: str, published: dt.date | None, expected: list[tuple[str, str]]) -> None:
    assert _found(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A second March rally drew crowds.",  # an ordinal word before a month needs "of"
        "Officials may decide in may.",  # the verb
        "The share rose to 3/4 of the vote.",  # a fraction
        "The team won 5/12 of its games.",
        "The 2002-03 budget was approved.",  # a span of years
        "He finished 60th in the race.",
        "He lives on the 3rd floor.",  # an ordinal day needs a clause end or a month after it
        "A Christmas market opened downtown.",  # a holiday name as a modifier
        "Crowds gathered on Independence Day.",  # national: no country, no date
        "The 21st century began quietly.",
        "In two thousand cases the claim failed.",
        "The vote took place in three days of talks.",  # "in N days" only about the future
        "The 2000 delegates met in the hall.",  # a count before a plural noun
        "We lost many friends on 9/11, he said.",  # a number naming an event
        "Fans gathered on the second Sunday for the fair.",  # an nth weekday of some month
    ],
)
def test_not_dates(text: str) -> None:
    assert _found(text) == []


def test_a_count_after_a_weekday_is_not_its_day() -> None:
    assert _found("On Monday 21 people were hurt.") == [("Monday", "2023-05-15")]


def test_ambiguous_numeric_dates_follow_a_noted_convention() -> None:
    (m,) = find_dates("The ratio was fixed on 03/04/2022 by decree.")
    assert m.value.iso == "2022-03-04"
    assert "ambiguous numeric date read month-first" in m.notes
    (m,) = find_dates("The ratio was fixed on 03.04.2022 by decree.")
    assert m.value.iso == "2022-04-03"  # dotted dates are day-first
    (m,) = find_dates("The ratio was fixed on 25/04/2022 by decree.")
    assert m.value.iso == "2022-04-25" and not any("ambiguous" in n for n in m.notes)


def test_relative_forms_need_a_publication_date() -> None:
    text = "The board met last Tuesday, two weeks ago, on the 3rd."
    assert _found(text, None) == []
    assert [iso for _, iso in _found(text)] == ["2023-05-09", "2023-05-03", "2023-05-03"]


# --- properties -----------------------------------------------------------------------------

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth",
}  # fmt: skip
_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def _words(n: int) -> str:
    """1..99 in words, written independently of the library's tables."""
    if n < 10:
        return _ONES[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")


def _ordinal(n: int) -> str:
    head, _, last = _words(n).rpartition("-")
    last = _ORD.get(last, last + "th")
    return f"{head}-{last}" if head else last


def _year_words(y: int) -> str:
    hi, lo = divmod(y, 100)
    if lo == 0:
        return f"{_words(hi)} hundred"
    if lo < 10:
        return f"{_words(hi)} oh {_words(lo)}"
    return f"{_words(hi)} {_words(lo)}"


@given(st.integers(1, 31))
def test_day_words_parse_back(n: int) -> None:
    assert day_words_value(_words(n)) == n
    assert day_words_value(_ordinal(n)) == n


@given(st.integers(1100, 2099).filter(lambda y: y // 100 != 20 or y % 100 >= 10))
def test_year_words_parse_back(year: int) -> None:
    assert year_words_value(_year_words(year)) == year


@given(st.dates(D(1801, 1, 1), D(2099, 12, 31)).filter(lambda d: d.year % 100 >= 10))
def test_dates_in_words_parse_back(day: dt.date) -> None:
    written = f"the {_ordinal(day.day)} of {_MONTHS[day.month - 1]} {_year_words(day.year)}"
    sentence = f"The treaty was signed on {written}, officials said."
    (m,) = find_dates(sentence)
    assert m.value.iso == day.isoformat()
    assert sentence[m.start : m.end] == written.removeprefix("the ")


@given(st.dates(D(2000, 1, 1), D(2099, 12, 31)), st.integers(0, 6), st.sampled_from(["last", "next", "this"]))
def test_weekday_conventions(published: dt.date, weekday: int, lead: str) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    (m,) = find_dates(f"The board meets {lead} {name} in the capital.", published=published)
    got = dt.date.fromisoformat(m.value.iso)
    assert got.weekday() == weekday
    monday = published - dt.timedelta(days=published.weekday())
    week = (got - (got - dt.timedelta(days=got.weekday()))).days  # 0..6, sanity
    assert 0 <= week <= 6
    if lead == "this":  # the publication week, from Monday
        assert got - dt.timedelta(days=got.weekday()) == monday
    elif lead == "next":  # the week after the publication week
        assert got - dt.timedelta(days=got.weekday()) == monday + dt.timedelta(days=7)
    else:  # the latest one before publication, but not yesterday within the same week
        days = (published - got).days
        same_week_yesterday = published.weekday() > 0 and weekday == published.weekday() - 1
        assert days == (8 if same_week_yesterday else (published.weekday() - weekday) % 7 or 7)


# -- a weekday that ends a range falls on or after the range's first day ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # PUB is Wednesday 17 May 2023
        # in the past both ends lie before publication: the poll ended on the latest Sunday
        (
            "The poll was taken Wednesday through Sunday.",
            [("Wednesday through Sunday", "2023-05-10/2023-05-14")],
        ),
        (
            "The fair runs from next Monday to Friday.",
            [("from next Monday to Friday", "2023-05-22/2023-05-26")],
        ),
        ("Talks will run from Thursday to Tuesday.", [("from Thursday to Tuesday", "2023-05-18/2023-05-23")]),
        ("The festival ran from Friday to Sunday.", [("from Friday to Sunday", "2023-05-12/2023-05-14")]),
        # a weekday after a calendar date is not moved
        (
            "The count ended on May 10, 2023-Sunday, officials said.",
            [("May 10, 2023", "2023-05-10"), ("Sunday", "2023-05-14")],
        ),
        # in words a weekday may end a range that a calendar date starts
        (
            "The survey ran from May 8 through Sunday.",
            [("from May 8 through Sunday", "2023-05-08/2023-05-14")],
        ),
        # no range word between them: two dates, each resolved on its own
        ("He spoke on Friday and again on Monday.", [("Friday", "2023-05-12"), ("Monday", "2023-05-15")]),
    ],
)
def test_weekday_ranges_run_forward(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@given(st.integers(0, 6), st.integers(0, 6), st.dates(D(2000, 1, 1), D(2030, 12, 31)))
def test_a_weekday_range_never_ends_before_it_starts(a: int, b: int, published: dt.date) -> None:
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    text = f"The exhibition will be open from {names[a]} to {names[b]}."
    found = find_dates(text, published=published)
    assert a == b or any(m.value.until is not None for m in found)
    for m in found:
        if m.value.until is not None:
            first = D(m.value.year, m.value.month, m.value.day)  # type: ignore[arg-type]
            last = D(m.value.until.year, m.value.until.month, m.value.until.day)  # type: ignore[arg-type]
            assert first <= last < first + dt.timedelta(days=7)


# -- two-digit years after a month -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The singer was born in April of '87.", [("April of '87", "1987-04")]),
        ("The plant closed in March '92, workers said.", [("March '92", "1992-03")]),
        ("The law took effect in May of ’21.", [("May of ’21", "2021-05")]),
        ("She was born on 15 April of 87.", [("15 April of 87", "1987-04-15")]),
        ("He left in June of 99.", [("June of 99", "1999-06")]),
        # without the apostrophe only before punctuation: a count otherwise
        ("In April of 87 people were hurt.", []),
        ("In April of 2017 he left.", [("April of 2017", "2017-04")]),
    ],
)
def test_two_digit_years_after_a_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
