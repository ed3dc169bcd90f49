"""Readers of dates written with digits or month names: full dates (``April 4, 1992``,
``2022-02-22``, ``02/22/2022``), day ranges, partial dates (``22 February``, ``on 22/04``,
``in March``), months with years and bare years after a cue (``in 2021``)."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.dates import DOCUMENT_NOUNS, NAMED_NUMBERS, YEAR_CUES, YEAR_EVENT_NOUNS
from claimcheck.extraction.dates._parts import (
    DAY,
    MONTH,
    MONTH_WORD,
    ORD,
    SHORT_END,
    WEEKDAY_ABBR,
    WEEKDAY_NAME,
    YEAR,
    YSEP,
    Found,
    Read,
    day_value,
    infer_year,
    lower_may,
    month_number,
    valid_date,
    weekday_of,
)
from claimcheck.extraction.dates._subjects import singular
from claimcheck.extraction.dates._words import DAY_WORD, year_after
from claimcheck.model import DateValue

__all__ = [
    "DM",
    "ISO",
    "MD",
    "MONTH_CUE",
    "MY",
    "NUMERIC",
    "NUMERIC_RANGE",
    "RANGE_DM",
    "RANGE_MD",
    "SHORT_NUMERIC",
    "YEAR_OF_NOUN",
    "YEAR_ONLY",
    "YMD_NAME",
    "YM_NUMERIC",
    "read_day_month",
    "read_iso",
    "read_month_cue",
    "read_month_year",
    "read_numeric",
    "read_numeric_range",
    "read_range",
    "read_short_numeric",
    "read_year",
    "read_year_month_numeric",
    "read_year_of_noun",
    "read_ymd_name",
]

_F = re.IGNORECASE

_NOT_BEFORE = r"(?<![\w,.:/+$€£-])"  # not inside a number, a time, a zone or a word

ISO = re.compile(
    r"(?<![\w./:-])(?P<y>\d{4})(?P<sep>[-/])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\w-]|[./:]\d)"
)
NUMERIC = re.compile(
    r"(?<![\w./:-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?!\w|[./:-]\d)"
)
#: Two-digit years below this are 20xx, the others 19xx (``05/05/89``, ``9-18-15``).
_TWO_DIGIT_PIVOT = 40
RANGE_DM = re.compile(
    rf"(?:\b(?P<pre>between|from)\s{{1,3}})?{_NOT_BEFORE}(?P<d1>{DAY}){ORD}\s{{0,2}}"
    rf"(?P<conj>[-–—/]|to\b|and\b|until\b|till\b|through\b)\s{{0,2}}(?P<d2>{DAY}){ORD}\s{{1,3}}"
    rf"(?:of\s{{1,3}})?(?P<m>{MONTH})(?:{YSEP}(?P<y>{YEAR})(?![\w:]))?",
    _F,
)
DM = re.compile(
    rf"{_NOT_BEFORE}(?P<d>{DAY}){ORD}(?:\s{{1,3}}(?:of\s{{1,3}})?|[-/])(?P<m>{MONTH})"
    rf"(?:{YSEP}(?P<y>{YEAR})(?![\w:]))?",
    _F,
)
RANGE_MD = re.compile(
    rf"\b(?P<m>{MONTH})\s{{0,2}}(?P<d1>{DAY}){ORD}\s{{0,2}}(?:[-–—]|to\b|through\b|until\b|till\b)\s{{0,2}}"
    rf"(?P<d2>{DAY}){ORD}(?![\d:])(?:{YSEP}(?P<y>{YEAR})(?![\w:]))?",
    _F,
)
_SUFFIXED = r"(?=\d{1,2}(?:st|nd|rd|th)\b)"  # after a comma or "the" (October, 1st; July the 5th)
MD = re.compile(
    rf"\b(?P<m>{MONTH})(?:\s{{0,2}}|[/-]|\s?,\s{{0,2}}{_SUFFIXED}|\s{{1,3}}the\s{{1,3}}{_SUFFIXED})"
    rf"(?P<d>{DAY}){ORD}(?![\d:]|[.,]\d)"
    rf"(?:{YSEP}(?P<y>{YEAR})(?![\w:]))?",
    _F,
)
MY = re.compile(
    rf"(?<!\d )(?<!\d)\b(?P<m>{MONTH})(?:,?\s{{1,3}}|\s{{1,3}}of\s{{1,3}}|[-/])"
    rf"(?P<y>{YEAR})(?![\d:]|[.,]\d)",
    _F,
)

_CUES = "|".join(
    sorted(
        (re.escape(c).replace(r"\ ", r"\s{1,3}") for c in YEAR_CUES if not c.endswith("-")),
        key=len,
        reverse=True,
    )
)
YEAR_ONLY = re.compile(
    rf"(?:\b(?P<cue>{_CUES})\s{{1,3}}(?:the\s{{1,3}}(?:year\s{{1,3}})?)?|\bmid-)"
    rf"(?P<y>{YEAR}|21\d\d)(?!\w|[.,]\d|[-–/]\d|\s?%|\s?per\s?cent)",
    _F,
)
#: A year naming the event of the noun after it: ``the 1992 protocol``, ``the 2016 elections``.
YEAR_OF_NOUN = re.compile(rf"\b[Tt]he\s{{1,3}}(?P<y>{YEAR})\s{{1,3}}(?P<noun>[a-z]{{3,20}})\b")

#: ``2019/aug/01``, ``2019-Aug-1``.
YMD_NAME = re.compile(
    rf"(?<![\w./-])(?P<y>{YEAR})(?P<sep>[-/])(?P<m>{MONTH_WORD})(?P=sep)(?P<d>{DAY})(?![\w]|[./-]\d)", _F
)
#: ``2015-03``, ``2015/3`` (not a year span ``2002-03``), ``12/2015``, ``in 12-2015`` (a dash
#: only after a preposition of time).
YM_NUMERIC = re.compile(
    rf"(?<![\w./:-])(?:(?P<y>{YEAR})[-/](?P<mo>\d{{1,2}})|(?P<mo2>\d{{1,2}})(?P<sep2>[-/])(?P<y2>{YEAR}))"
    r"(?![\w%]|[./:-]\d)"
)

#: A numeric day and month with no year, only after a cue: ``on 22/04``, ``Friday 7.6``.
SHORT_NUMERIC = re.compile(
    r"(?<=\s)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?![\w%]|[./:-]\d|\s{0,2}(?:of|per|%)\b)", _F
)
_SHORT_CUE = re.compile(
    rf"\b(?:on|by|until|till|from|since|before|after|through|this|next"
    rf"|(?P<wd>{WEEKDAY_NAME}|{WEEKDAY_ABBR}\.?)),?\s{{1,3}}\Z",
    _F,
)
_SHORT_NEXT = re.compile(
    r"(?:\s?,\s{0,2}|\s{1,3}(?:or|and)\s{1,3})(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w%]|[./:-]\d)", _F
)

#: A bare month after a cue: ``in March``, ``early March``, ``the end of March``.
MONTH_CUE = re.compile(  # case-sensitive: a bare month is read only capitalised
    r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
    rf"(?!-|\.?,?\s{{0,3}}(?:\d|(?i:{DAY_WORD}|of\s{{1,3}}\d(?!\d\s{{0,2}}(?:[.,;:!?)]|$)))))"
)
#: A two-digit year after a month or a day and month: ``April of '87``, ``March '87``, ``15 April
#: of 87.`` (without the apostrophe only after "of" and before punctuation: ``April of 87
#: people`` is a count).
_SHORT_YEAR = re.compile(
    r"(?:,?\s{1,3}|\s{1,3}of\s{1,3})['’](?P<y>\d\d)(?![\w'’])"
    r"|\s{1,3}of\s{1,3}(?P<yo>\d\d)(?=\s{0,2}(?:[.,;:!?)]|$))",
    _F,
)
_OF_RELATIVE_YEAR = re.compile(r"(?:\s{1,3}of)?\s{1,3}(?P<rel>next|last|this)\s{1,3}year\b", _F)
_CUE_BEFORE = re.compile(
    r"(?:\b(?P<cue>in|by|since|until|for)|\b(?:in\s)?(?:early|late|mid-|mid)"
    r"|(?:\bthe\s)?\b(?:end|beginning|start|middle)\sof)\s?\Z",
    _F,
)

#: Two numeric dates as a range: ``10/1/2018 - 10/7/2018``, ``5/1-5/7, 2020``.
NUMERIC_RANGE = re.compile(
    rf"(?<![\w./:-])(?P<a1>\d{{1,2}})/(?P<b1>\d{{1,2}})(?:/(?P<y1>{YEAR}))?\s{{0,3}}[-–]\s{{0,3}}"
    rf"(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})(?:/|,\s{{1,3}})(?P<y2>{YEAR})(?![\w]|[./:-]\d)"
)
_YEAR_NEXT = re.compile(
    rf"(?:\s?,\s{{1,3}}|\s{{1,3}}(?:and|or)\s{{1,3}})(?P<y>{YEAR})(?!\w|[.,]\d|[-–/]\d|\s?%|\s?per\s?cent)",
    _F,
)


def read_iso(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not 1800 <= y <= 2100 or not valid_date(y, mo, d):
        return None
    return DateValue(y, mo, d), (), m.start(), m.end()


def read_numeric(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    notes: tuple[str, ...] = ()
    if len(m["y"]) == 2:
        if m["sep"] == ".":
            return None  # "1.5.10" is a version or a list number
        y += 2000 if y < _TWO_DIGIT_PIVOT else 1900
        notes = (f"two-digit year read as {y}",)
    if not 1800 <= y <= 2100:
        return None
    if m["sep"] in ".-" and a <= 12 and b <= 12:
        day, month = a, b
        notes = (*notes, "day-first numeric date")
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day, month = a, b
    else:  # 03/04/2022 with slashes: the US (English) convention reads month first
        day, month = b, a
        notes = (*notes, "ambiguous numeric date read month-first")
    if not valid_date(y, month, day):
        return None
    return DateValue(y, month, day), notes, m.start(), m.end()


def read_day_month(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    end = m.end()
    year_found = (int(m["y"]), end) if m["y"] else year_after(m.string, end, words_only=True)
    if year_found is None:
        year_found = _short_year(m.string, end)  # "15 April of '87"
    if year_found is None and lower_may(m):
        return None
    got = day_value(month_number(m["m"]), int(m["d"]), year_found, published, future)
    if got is None:
        return None
    return got[0], got[1], m.start(), year_found[1] if year_found else end


def read_range(m: re.Match[str], published: _dt.date | None, future: bool) -> Read | list[Found]:
    if lower_may(m):
        return None
    month = month_number(m["m"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    if (m.groupdict().get("conj") or "").lower() == "and" and not m["pre"]:
        return _two_days(m, month, d1, d2, published, future)  # "18 and 19 June": two dates
    year: int | None
    notes: tuple[str, ...] = ()
    end = m.end()
    words_year = None if m["y"] else year_after(m.string, end, words_only=True)
    if m["y"]:
        year = int(m["y"])
    elif words_year is not None:  # "from 2 to 7 Feb, two thousand and eighteen"
        year, end = words_year
    else:
        year, notes = infer_year(month, d1, published, future)
    if not valid_date(year, month, d1) or not valid_date(year, month, d2):
        return None
    return DateValue(year, month, d1, until=DateValue(year, month, d2)), notes, m.start(), end


def _two_days(
    m: re.Match[str], month: int, d1: int, d2: int, published: _dt.date | None, future: bool
) -> list[Found] | None:
    year_found = (int(m["y"]), m.end()) if m["y"] else None
    first = day_value(month, d1, year_found, published, future)
    second = day_value(month, d2, year_found, published, future)
    if first is None or second is None:
        return None
    end = m.end("d1")
    if m.string[end : end + 2].lower() in ("st", "nd", "rd", "th"):
        end += 2
    return [(m.start("d1"), end, *first), (m.start("d2"), m.end(), *second)]


def read_month_year(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    return DateValue(int(m["y"]), month_number(m["m"])), (), m.start(), m.end()


def read_year(m: re.Match[str], published: _dt.date | None, future: bool) -> list[Found]:
    cue = (m["cue"] or "mid").lower()
    notes = (f"year after {' '.join(cue.split())!r}",) if cue not in ("in", "of", "year", "back in") else ()
    out: list[Found] = [(m.start("y"), m.end("y"), DateValue(int(m["y"])), notes)]
    pos = m.end()
    while (nxt := _YEAR_NEXT.match(m.string, pos)) is not None:  # "in 2007 and 2009"
        out.append((nxt.start("y"), nxt.end("y"), DateValue(int(nxt["y"])), notes))
        pos = nxt.end()
    return out


def read_year_of_noun(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    noun = m["noun"]
    if noun not in YEAR_EVENT_NOUNS and (noun not in DOCUMENT_NOUNS or singular(noun) != noun):
        return None  # "the 2000 delegates" is a count
    return DateValue(int(m["y"])), ("year of the event named after it",), m.start("y"), m.end("y")


def read_numeric_range(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else y2
    a1, b1, a2, b2 = int(m["a1"]), int(m["b1"]), int(m["a2"]), int(m["b2"])
    if a1 > 12 or a2 > 12:  # a day first: 25/12/2018-27/12/2018
        a1, b1, a2, b2 = b1, a1, b2, a2
    if not valid_date(y1, a1, b1) or not valid_date(y2, a2, b2) or (y1, a1, b1) >= (y2, a2, b2):
        return None
    value = DateValue(y1, a1, b1, until=DateValue(y2, a2, b2))
    notes: tuple[str, ...] = ()
    if b1 <= 12 and b2 <= 12:
        notes = ("ambiguous numeric date read month-first",)
    return value, notes, m.start(), m.end()


def read_ymd_name(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    y, mo, d = int(m["y"]), month_number(m["m"]), int(m["d"])
    if not valid_date(y, mo, d):
        return None
    return DateValue(y, mo, d), (), m.start(), m.end()


#: A preposition of time right before a numeric month and year.
_TIME_PREP = re.compile(r"\b(?:in|since|by|from|until|till|of|on|before|after|during)\s{1,3}\Z", _F)


def read_year_month_numeric(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if m["y"]:
        year, month = int(m["y"]), int(m["mo"])
        if month == (year + 1) % 100:
            return None  # "2002-03": a span of years, not March 2002
    else:
        year, month = int(m["y2"]), int(m["mo2"])
        if m["sep2"] == "-" and _TIME_PREP.search(m.string, max(0, m.start() - 8), m.start()) is None:
            return None  # "a 3-2015 record": only "in 12-2015", "since 11-2016" are months
    if not 1 <= month <= 12:
        return None
    return DateValue(year, month), (), m.start(), m.end()


def _pick_reading(
    a: int, b: int, sep: str, weekday: int | None, published: _dt.date | None, future: bool
) -> tuple[DateValue, tuple[str, ...]] | None:
    """Day and month of ``a<sep>b`` with no year: valid readings only; when both are valid,
    the one on the named weekday, else month-first for ``/`` and day-first for ``.``/``-``."""
    readings = [(b, a, "month-first"), (a, b, "day-first")]  # (day, month, order)
    if sep != "/":
        readings.reverse()
    found = []
    for day, month, order in readings:
        if not 1 <= month <= 12:
            continue
        got = day_value(month, day, None, published, future)
        if got is not None:
            found.append((got, order))
    if not found:
        return None
    if weekday is not None and len(found) > 1:  # "Friday 7.6": the reading that is a Friday
        on_day = [
            f
            for f in found
            if f[0][0].year is not None
            and _dt.date(f[0][0].year, f[0][0].month or 1, f[0][0].day or 1).weekday() == weekday
        ]
        found = on_day or found
    (value, notes), order = found[0]
    if a <= 12 and b <= 12 and a != b:
        how = "resolved by its weekday" if weekday is not None and len(found) == 1 else f"read {order}"
        notes = (*notes, f"ambiguous numeric date {how}")
    return value, notes


def read_short_numeric(m: re.Match[str], published: _dt.date | None, future: bool) -> list[Found] | None:
    cue = _SHORT_CUE.search(m.string, max(0, m.start() - 14), m.start())
    if cue is None or m.group() in NAMED_NUMBERS:
        return None
    sep = m["sep"]
    weekday = weekday_of(cue["wd"]) if cue["wd"] else None
    if sep != "/" and (weekday is None or SHORT_END.match(m.string, m.end()) is None):
        return None  # "on 5.12" is a number; "Friday 7.6," is a date
    got = _pick_reading(int(m["a"]), int(m["b"]), sep, weekday, published, future)
    if got is None:
        return None
    start = cue.start() if weekday is not None else m.start()
    out: list[Found] = [(start, m.end(), got[0], got[1])]
    pos = m.end()
    while sep == "/" and (nxt := _SHORT_NEXT.match(m.string, pos)) is not None:
        more = _pick_reading(int(nxt["a"]), int(nxt["b"]), "/", None, published, future)
        if more is None:
            break
        out.append((nxt.start("a"), nxt.end(), more[0], more[1]))
        pos = nxt.end()
    return out


def _short_year(text: str, pos: int) -> tuple[int, int] | None:
    """The two-digit year written at ``pos`` (``of '87``, ``'87``, ``of 87.``) and its end."""
    sy = _SHORT_YEAR.match(text, pos)
    if sy is None:
        return None
    y = int(sy["y"] or sy["yo"])
    return y + (2000 if y < _TWO_DIGIT_PIVOT else 1900), sy.end()


def read_month_cue(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    part = _CUE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if part is None:
        return None
    month = month_number(m["m"])
    if (short := _short_year(m.string, m.end())) is not None:  # "in April of '87"
        start = m.start() if part["cue"] else part.start()
        return DateValue(short[0], month), ("two-digit year",), start, short[1]
    if part["cue"] == "for" and month == 5:
        return None  # "voted for May": a name as often as a month
    year, notes = infer_year(month, 1, published, future)
    rel = _OF_RELATIVE_YEAR.match(m.string, m.end())
    if rel is not None and published is not None:  # "by March of next year"
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel["rel"].lower()]
        notes = ("relative to publication date",)
        return DateValue(year, month), notes, m.start() if part["cue"] else part.start(), rel.end()
    if part["cue"]:  # "in March", "since March"
        return DateValue(year, month), notes, m.start(), m.end()
    words = " ".join(m.string[part.start() : m.end()].lower().split())
    return DateValue(year, month), (*notes, f"month precision: {words!r}"), part.start(), m.end()
