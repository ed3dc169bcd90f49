"""Holidays as dates: fixed ones (Christmas, Juneteenth) and computed ones (Easter,
Thanksgiving), with a written year, ``next year``, or the publication year; and the other
days counted by weekday in a month (``the first Tuesday in November``, ``the last Friday of
March 2024``)."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.dates import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS, WEEKDAYS
from claimcheck.extraction.dates._parts import FUTURE_WINDOW_DAYS, MONTH, YEAR, Read, month_number
from claimcheck.model import DateValue

__all__ = ["HOLIDAY", "NTH_WEEKDAY", "read_holiday", "read_nth_weekday"]

_F = re.IGNORECASE

_HOLIDAY_NAMES = sorted({*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS}, key=len, reverse=True)
HOLIDAY = re.compile(
    r"\b(?P<h>"
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s{1,3}").replace("'", "['’]").replace(r"\.", r"\.?")
        for h in _HOLIDAY_NAMES
    )
    + r")(?![\w'’])"
    rf"(?:\s{{0,2}},?\s{{0,2}}(?:of\s{{1,3}})?(?P<y>{YEAR})(?![\w:])"
    r"|\s{1,3}(?:of\s{1,3})?(?P<rel>this|last|next)\s{1,3}year\b)?",
    _F,
)
#: Prepositions that make a bare holiday name a date (``at Christmas``, not ``Christmas tree``).
_HOLIDAY_PREPS = frozenset(
    ["on", "at", "before", "after", "since", "until", "till", "by", "over", "around", "during", "from"]
)


def _easter(year: int) -> _dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(year, month, day + 1)


def _holiday_date(name: str, year: int) -> _dt.date:
    if name in FIXED_HOLIDAYS:
        return _dt.date(year, *FIXED_HOLIDAYS[name])
    base, offset = MOVABLE_HOLIDAYS[name]
    if base == "easter":
        day = _easter(year)
    else:  # thanksgiving: the fourth Thursday of November
        first = _dt.date(year, 11, 1)
        day = first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return day + _dt.timedelta(days=offset)


def read_holiday(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if not m["y"] and not m["rel"]:
        if not m["h"][0].isupper():
            return None
        if not m["h"].lower().endswith(("day", "eve", "friday", "sunday", "monday", "teenth", "july")):
            before = m.string[max(0, m.start() - 12) : m.start()].split()
            if not before or before[-1].lower() not in _HOLIDAY_PREPS:
                return None  # "a Christmas market", not a date
    name = " ".join(m["h"].lower().replace("’", "'").split())
    if name not in FIXED_HOLIDAYS and name not in MOVABLE_HOLIDAYS:
        return None
    notes: list[str] = [f"holiday: {name}"]
    if m["y"]:
        year = int(m["y"])
    elif m["rel"] and published is not None:
        year = published.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        notes.append("relative to publication date")
    elif published is not None:
        year = published.year
        day = _holiday_date(name, year)
        if not future and (day - published).days > FUTURE_WINDOW_DAYS:
            year -= 1
        elif future and (published - day).days > 0:
            year += 1
        notes.append("year from publication date")
    elif name in FIXED_HOLIDAYS:
        month, day_of_month = FIXED_HOLIDAYS[name]
        return DateValue(None, month, day_of_month), tuple(notes), m.start(), m.end()
    else:
        return None
    d = _holiday_date(name, year)
    return DateValue(d.year, d.month, d.day), tuple(notes), m.start(), m.end()


#: ``the first Tuesday in November``, ``the second Sunday of May 2026``, ``the last Friday of
#: March`` (weekdays capitalised, as news writes them).
NTH_WEEKDAY = re.compile(
    r"\b(?:the\s{1,3})?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s{1,3}"
    r"(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s{1,3}(?:of|in)\s{1,3}"
    rf"(?P<m>{MONTH})(?:,?\s{{1,3}}(?P<y>{YEAR})\b)?(?!\s{{0,3}}\d)",
    _F,
)
_NTH = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}  # fmt: skip


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> _dt.date | None:
    """The ``n``-th ``weekday`` of a month (``n`` = -1: the last), or None when there is none."""
    if n < 0:
        nxt = _dt.date(year + month // 12, month % 12 + 1, 1)
        last = nxt - _dt.timedelta(days=1)
        return last - _dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = _dt.date(year, month, 1)
    day = first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def read_nth_weekday(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """The n-th weekday of a month; without a year, the nearest one in the tense's direction
    (looking back, the latest no more than :data:`FUTURE_WINDOW_DAYS` after publication)."""
    word = m["n"].lower()
    n = -1 if word in ("last", "final") else _NTH[word]
    month, weekday = month_number(m["m"]), WEEKDAYS[m["wd"].lower()]
    if m["y"]:
        d = _nth_weekday(int(m["y"]), month, weekday, n)
        notes: tuple[str, ...] = (f"{word} {m['wd']} of the month",)
    else:
        if published is None:
            return None
        days = [x for x in (_nth_weekday(published.year + k, month, weekday, n) for k in (-1, 0, 1)) if x]
        if future:
            d = next((x for x in days if x >= published), None)
        else:
            d = next((x for x in reversed(days) if (x - published).days <= FUTURE_WINDOW_DAYS), None)
        notes = ("relative to publication date", f"{word} {m['wd']} of the month, the year by the tense")
    if d is None:
        return None
    return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
