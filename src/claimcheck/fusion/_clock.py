"""Times of day and date-times in structured cells, and their reconciliation within one item.

A cell such as ``"12/1/11 2:06 PM (-05:00)"``, ``"2:07 PMDec 01"``, ``"1:55pDec 1"``,
``"Thu., Dec.01, 2011 1:55 p.m."`` or ``"2011-12-01 9:04 PM (Estimated runway)"`` is read as a
time of day (to the minute, seconds kept when given), a date read with the same grammar as dates in
text claims (:func:`claimcheck.extraction.dates.find_dates`), an optional time zone (an offset or a
North American abbreviation) and notes that say nothing about the value (``(Estimated)``,
``On Time``, a trailing ``*``), which are dropped.

Keys are tagged strings: ``"t:14:07"`` for a time alone, ``"dt:2011-12-01T14:07"`` with a date
(``"dt:--12-01T14:07"`` when the year is not written), and ``"@-0500"`` appended when a zone was
given. :func:`reconcile` then reads the keys of one item together: zoned times are expressed in
the item's most common zone (a time written without a zone is taken to be in it) and a key that
leaves out part of the date (``t:14:07``, ``dt:--12-01T14:07``) becomes the one fuller key of the
item it agrees with, when there is exactly one.
"""

from __future__ import annotations

import datetime as _dt
import functools
import html
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from typing import Any

__all__ = ["ZONES", "date_only", "looks_like_time", "parse_clock", "reconcile"]

#: Zone abbreviations read in cells, as offsets from UTC in minutes (North American usage:
#: ``AST`` is Atlantic Standard Time).
ZONES: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "ast": -240,
    "adt": -180,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "akdt": -480,
    "hst": -600,
}

_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s*(?P<noon>noon|midnight)|\s*(?P<ampm>[ap]\.?\s?m\b\.?|[ap]\.?m(?=[A-Z])|[ap](?-i:(?![a-z]))))?",
    re.IGNORECASE,
)
_OFFSET = re.compile(
    r"\(\s*(?:utc|gmt)?\s*(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})\s*\)"
    r"|(?:utc|gmt)\s*(?P<sign2>[+-])(?P<oh2>\d{2}):?(?P<om2>\d{2})\b"
    r"|(?<![\d-])(?P<sign3>[+-])(?P<oh3>\d{2}):(?P<om3>\d{2})\b",
    re.IGNORECASE,
)
_ZONE = re.compile(r"\b(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
#: Notes beside a value that do not change it: in parentheses, or status words.
_NOTE = re.compile(
    r"\([^()]*\)|\b(?:estimated|scheduled|actual|runway|gate|on\s+time|delayed|early|late|landed|"
    r"departed|arrived|in\s+air|en\s+route)\b|[*]",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?", re.I
)
_GLUE = re.compile(r"(?<=[a-zA-Z])(?=\d)|(?<=\d)(?=[a-zA-Z]{3})")
_SPACES = re.compile(r"\s+")
_FILL = re.compile(r"[\s,;\-–/.]+")
_KEY = re.compile(
    r"^(?:t:|dt:(?:(?P<y>\d{4})-|--)(?P<mo>\d{2})-(?P<d>\d{2})T)"
    r"(?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:@(?P<off>[+-]\d{4}))?$"
)


def _dates(text: str) -> Iterator[Any]:
    """The dates in ``text``, read by the text claims' date grammar."""
    from claimcheck.extraction.dates import find_dates  # deferred: extraction is heavy to import

    return find_dates(text)


def looks_like_time(text: str) -> bool:
    """Whether a cell holds something like ``14:07`` (cheap; :func:`parse_clock` decides)."""
    return _TIME.search(text) is not None


def _hour(h: int, ampm: str | None, noon: str | None) -> int | None:
    if noon:
        if h != 12:
            return None
        return 12 if noon.lower() == "noon" else 0
    if ampm:
        if not 1 <= h <= 12:
            return None
        return h % 12 + (12 if ampm.lower().startswith("p") else 0)
    return h if h <= 23 else None


@functools.lru_cache(maxsize=8192)
def _date_of(rest: str) -> tuple[int | None, int | None, int | None] | None:
    """The one date written in ``rest`` (year may be None); ``(None, None, None)`` when there is
    no date at all; None when ``rest`` holds anything else (two dates, other words)."""
    rest = _WEEKDAY.sub(" ", rest)
    if not _FILL.sub("", rest):
        return (None, None, None)
    spaced = _SPACES.sub(" ", _GLUE.sub(" ", rest)).strip(" ,;-–")
    found = list(_dates(spaced))
    if len(found) != 1:
        return None
    m = found[0]
    left, right = spaced[: m.start], spaced[m.end :]
    if _FILL.sub("", left + right):
        return None
    v = m.value
    if v.until is not None or v.month is None or v.day is None:
        return None
    return (v.year, v.month, v.day)


def date_only(text: str) -> bool:
    """Whether ``text`` holds one date (month and day at least) and nothing else."""
    got = _date_of(_NOTE.sub(" ", text))
    return got is not None and got[1] is not None


def parse_clock(text: str) -> str | None:
    """Read a cell as a time of day, with a date and a zone when given; None when it is not one.

    Args:
        text: the cell as written.

    Returns:
        A key ``t:HH:MM``, ``dt:YYYY-MM-DDTHH:MM`` (``dt:--MM-DD...`` when the year is not written), with
        ``:SS`` when seconds are given and ``@+HHMM`` when a zone is; None when the cell is not
        a time.

    Examples:
        >>> parse_clock("12/1/11 2:06 PM (-05:00)"), parse_clock("2:07 PMDec 01")
        ('dt:2011-12-01T14:06@-0500', 'dt:--12-01T14:07')
        >>> parse_clock("1:55pDec 1"), parse_clock("2011-12-01 9:04 PM (Estimated runway)")
        ('dt:--12-01T13:55', 'dt:2011-12-01T21:04')
        >>> parse_clock("Dec 01 - 12:00noon"), parse_clock("2:30 pm"), parse_clock("Dec 01")
        ('dt:--12-01T12:00', 't:14:30', None)
    """
    text = html.unescape(text).replace("\xa0", " ")
    offset: int | None = None
    zm = _OFFSET.search(text)
    if zm is not None:
        sign, oh, om = next(
            (zm[f"sign{i}"], zm[f"oh{i}"], zm[f"om{i}"]) for i in ("", "2", "3") if zm[f"sign{i}"]
        )
        offset = (1 if sign == "+" else -1) * (int(oh) * 60 + int(om))
        text = text[: zm.start()] + " " + text[zm.end() :]
    times = list(_TIME.finditer(text))
    if len(times) != 1:
        return None
    tm = times[0]
    hour = _hour(int(tm["h"]), tm["ampm"], tm["noon"])
    minute, second = int(tm["m"]), int(tm["s"] or 0)
    if hour is None or minute > 59 or second > 59:
        return None
    rest = text[: tm.start()] + " " + text[tm.end() :]
    if offset is None:
        zn = _ZONE.search(rest)
        if zn is not None:
            offset = ZONES[zn["zone"].lower()]
            rest = rest[: zn.start()] + " " + rest[zn.end() :]
    date = _date_of(_NOTE.sub(" ", rest))
    if date is None:
        return None
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    year, month, day = date
    if month is None:
        key = f"t:{clock}"
    else:
        key = f"dt:{year:04d}-" if year is not None else "dt:--"
        key += f"{month:02d}-{day:02d}T{clock}"
    if offset is not None:
        sign = "+" if offset >= 0 else "-"
        key += f"@{sign}{abs(offset) // 60:02d}{abs(offset) % 60:02d}"
    return key


# --- reconciliation within one item -----------------------------------------------------------

Parts = tuple[int | None, int | None, int | None, int, int, int]  # y, mo, d, h, mi, s


def _parts(key: str) -> tuple[Parts, int | None] | None:
    m = _KEY.match(key)
    if m is None:
        return None

    def num(x: str | None) -> int | None:
        return int(x) if x else None

    off = m["off"]
    offset = None if off is None else (1 if off[0] == "+" else -1) * (int(off[1:3]) * 60 + int(off[3:5]))
    return (num(m["y"]), num(m["mo"]), num(m["d"]), int(m["h"]), int(m["mi"]), int(m["s"] or 0)), offset


def _key(p: Parts) -> str:
    y, mo, d, h, mi, s = p
    clock = f"{h:02d}:{mi:02d}" + (f":{s:02d}" if s else "")
    if mo is None:
        return f"t:{clock}"
    year = f"{y:04d}-" if y is not None else "--"
    return f"dt:{year}{mo:02d}-{d:02d}T{clock}"


def _shift(p: Parts, minutes: int) -> Parts:
    """Move a time by ``minutes``, carrying into the date when it is known."""
    y, mo, d, h, mi, s = p
    if mo is not None and d is not None:
        base = _dt.datetime(y if y is not None else 2000, mo, d, h, mi, s)  # 2000: a leap year
        moved = base + _dt.timedelta(minutes=minutes)
        return (moved.year if y is not None else None, moved.month, moved.day, moved.hour, moved.minute, s)
    total = (h * 60 + mi + minutes) % (24 * 60)
    return (None, None, None, total // 60, total % 60, s)


def _agrees(part: Parts, full: Parts) -> bool:
    """Every part written in ``part`` is the same in ``full``."""
    return all(a is None or a == b for a, b in zip(part, full))


def _known(p: Parts) -> int:
    return sum(x is not None for x in p)


def reconcile(keys: Iterable[Hashable], weights: Counter[Hashable] | None = None) -> dict[Hashable, Hashable]:
    """Map the clock keys of one item onto each other; other keys are left alone.

    Args:
        keys: the keys of one item (any hashables; only ``t:``/``dt:`` strings are touched).
        weights: how many claims give each key (default one each): the most common zone is the
            item's zone.

    Returns:
        ``{key: canonical key}`` for every key that changes.

    Examples:
        >>> sorted(reconcile(["t:14:07", "dt:2011-12-01T14:07@-0500", "dt:--12-01T15:07@-0400"]).items())
        [('dt:--12-01T15:07@-0400', 'dt:2011-12-01T14:07'), ('dt:2011-12-01T14:07@-0500', \
'dt:2011-12-01T14:07'), ('t:14:07', 'dt:2011-12-01T14:07')]
    """
    parsed: dict[Hashable, tuple[Parts, int | None]] = {}
    for k in keys:
        if isinstance(k, str) and (k.startswith(("t:", "dt:"))):
            got = _parts(k)
            if got is not None:
                parsed[k] = got
    if not parsed:
        return {}
    zones: Counter[int] = Counter()
    for k, (_, off) in parsed.items():
        if off is not None:
            zones[off] += weights[k] if weights is not None else 1
    zone = min(zones, key=lambda z: (-zones[z], z)) if zones else None
    local: dict[Hashable, Parts] = {}
    for k, (p, off) in parsed.items():
        local[k] = p if off is None or zone is None or off == zone else _shift(p, zone - off)
    distinct = set(local.values())
    out: dict[Hashable, Hashable] = {}
    for k, p in local.items():
        fuller = [q for q in distinct if q != p and _known(q) > _known(p) and _agrees(p, q)]
        # the most complete keys it agrees with; the key is completed only when there is one
        tops = [
            q for q in fuller if not any(r != q and _known(r) > _known(q) and _agrees(q, r) for r in fuller)
        ]
        target = tops[0] if len(tops) == 1 else p
        new = _key(target)
        if new != k:
            out[k] = new
    return out
