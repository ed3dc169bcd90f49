"""Holidays as dates: fixed ones (Christmas, Juneteenth) and computed ones (Easter,
Thanksgiving), with a written year, ``next year``, or the publication year."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.dates import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS
from claimcheck.extraction.dates._parts import FUTURE_WINDOW_DAYS, YEAR, Read
from claimcheck.model import DateValue

__all__ = ["HOLIDAY", "read_holiday"]

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
