"""The parts every date reader shares: month, day, year and weekday patterns, calendar
checks, and the year a date written without one takes from the publication date."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.dates import (
    MONTH_PATTERN,
    MONTH_WORD_PATTERN,
    WEEKDAY_ABBR_PATTERN,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAME_PATTERN,
    WEEKDAYS,
    month_number,
)
from claimcheck.model import DateValue

__all__ = [
    "DAY",
    "FUTURE_WINDOW_DAYS",
    "MONTH",
    "MONTH_WORD",
    "ORD",
    "SHORT_END",
    "WEEKDAY_ABBR",
    "WEEKDAY_NAME",
    "YEAR",
    "YSEP",
    "Found",
    "Read",
    "day_value",
    "infer_year",
    "lower_may",
    "month_number",
    "valid_date",
    "weekday_of",
]

_F = re.IGNORECASE

#: A partial date may lie at most this many days after publication; later means the year before.
FUTURE_WINDOW_DAYS = 31

MONTH_WORD = MONTH_WORD_PATTERN
MONTH = MONTH_PATTERN
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = r"(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
YSEP = r"(?:\s?,?\s{1,3}|\s{1,3}(?:of|in)\s{1,3}|[-/])"  # before a year: "4 July, 1995", "of 1995"

WEEKDAY_NAME = WEEKDAY_NAME_PATTERN
WEEKDAY_ABBR = WEEKDAY_ABBR_PATTERN

SHORT_END = re.compile(r"\s{0,2}(?:[,;:!?)]|\.(?!\d)|$|(?:with|at|in|and|or|to|for)\b)", _F)

#: A date found in a sentence: ``(start, end, value, notes)``.
Found = tuple[int, int, DateValue, tuple[str, ...]]

#: What a reader returns for one match: ``(value, notes, start, end)``, or None.
Read = tuple[DateValue, tuple[str, ...], int, int] | None


def valid_date(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return 1 <= month <= 12
    try:
        _dt.date(year if year is not None else 2000, month, day)  # 2000: leap, admits 29 Feb
    except ValueError:
        return False
    return True


def infer_year(
    month: int, day: int, published: _dt.date | None, future: bool
) -> tuple[int | None, tuple[str, ...]]:
    if published is None:
        return None, ("year unknown (no publication date)",)
    year = published.year
    try:
        guess = _dt.date(year, month, day)
    except ValueError:  # 29 February in a common year: the nearest leap year in the sentence's tense
        if (month, day) != (2, 29):
            return None, ("year unknown (no such day)",)
        step = 1 if future else -1
        year += step
        while not valid_date(year, month, day):
            year += step
        return year, ("year from publication date", "nearest leap year")
    if not future and (guess - published).days > FUTURE_WINDOW_DAYS:
        return year - 1, ("year from publication date", "previous year: would be after publication")
    if future and (published - guess).days > 183:
        return year + 1, ("year from publication date", "next year: sentence about the future")
    return year, ("year from publication date",)


def lower_may(m: re.Match[str]) -> bool:
    """A lower-case ``may``/``march`` with no year is the verb, not the month."""
    word = m.group("m").rstrip(".")
    return word in ("may", "march", "mar") and m.groupdict().get("y") is None


def day_value(
    month: int, day: int, year_found: tuple[int, int] | None, published: _dt.date | None, future: bool
) -> tuple[DateValue, tuple[str, ...]] | None:
    year: int | None
    notes: tuple[str, ...] = ()
    if year_found is not None:
        year = year_found[0]
    else:
        year, notes = infer_year(month, day, published, future)
    if not valid_date(year, month, day):
        return None
    return DateValue(year, month, day), notes


def weekday_of(word: str) -> int:
    w = word.lower().rstrip(".")
    return WEEKDAYS[w] if w in WEEKDAYS else WEEKDAY_ABBREVIATIONS[w]
