"""Dates: full, partial and relative dates, with the event they date as subject.

Forms read (case-insensitive month names, abbreviations with or without a dot):

- full dates: ``April 4, 1992``, ``4 April 1992``, ``Feb. 22, 2022``, ``the 22nd of
  February 2022``, ``2022-02-22``, ``22.02.2022``, ``22-02-2022`` (dotted and dashed
  numeric dates are day-first), ``22/02/2022`` and ``02/22/2022`` only when the
  order is unambiguous (one side above 12, or both sides equal);
- day ranges: ``9/10 November 2020``, ``9-10 November``, ``between 9 and 10
  November``, ``November 9-10, 2020`` (``until`` holds the last day);
- partial dates: ``February 22`` / ``22 February`` take the year of the
  publication date, or the year before when that would put the date more than
  :data:`FUTURE_WINDOW_DAYS` after publication (a story dated 3 January that
  mentions 28 December means last December); with no publication date the year
  stays unknown (``--02-22``);
- months and years: ``February 2022`` keeps month precision (a day is never
  invented); a bare year ``1800..2100`` only after a cue word (``in 2021``,
  ``since 1992``, ``mid-2021``), never a count (``2,021``), a decade
  (``1990s``), a year range (``2012-13``) or a percentage;
- relative expressions, only with a publication date (a :class:`DateValue`
  cannot hold an unresolved date, so without one they are skipped):
  ``yesterday``, ``tomorrow``, ``the day before yesterday``, ``last/this/next
  year|month`` (with ``the middle/end/beginning of``, ``earlier``...: year or
  month precision plus a note), weekdays (``on Thursday``: the latest such day on
  or before publication, or the next one on or after it in a sentence about the
  future). Bare ``today`` is skipped: in news it is mostly "nowadays"
  (``today these relations are developing``). Weeks are skipped.

Not dates: ordinals (``60th birthday``), times (``19:52``, ``4:05 p.m.``), time
zones (``UTC+04:00``), counts, decades.

The subject is the event the sentence dates: the nearest event word (``signed``,
``established``, ``arrived``, ``recognised``...) normalised to a key (``sign``),
with its object when one is near (``sign declaration``, ``establish diplomatic
relations``); reporting verbs (``reported``, ``said``) are used only when nothing
else is there; a document noun right after the date wins (``the 12 August 2018
Convention`` -> ``convention``); a dateline (``BAKU, April 22.``) is ``dateline``;
else ``date``.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Iterator

from attrs import frozen

from claimcheck.extract._document import Document
from claimcheck.extract._lexicon_dates import (
    DOCUMENT_NOUNS,
    EVENT_WORDS,
    MODIFIERS,
    MONTH_NUMBERS,
    REPORTING,
    WEEKDAYS,
    YEAR_CUES,
)
from claimcheck.extract._registry import register
from claimcheck.model import Claim, DateValue

__all__ = ["FUTURE_WINDOW_DAYS", "DateMatch", "dates", "find_dates", "parse_date"]

#: How far (in characters) around a date its event word is looked for.
_WINDOW = 200

#: A partial date may lie at most this many days after publication; later means the year before.
FUTURE_WINDOW_DAYS = 31

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_YSEP = r"(?:\s?,?\s{1,3}|\s{1,3}(?:of|in)\s{1,3}|[-/])"  # before a year: "4 July, 1995", "of 1995"
_NOT_BEFORE = r"(?<![\w,.:/+-])"  # not inside a number, a time, a zone or a word
_F = re.IGNORECASE

_ISO = re.compile(r"(?<![\w./:-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\w-]|[./:]\d)")
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\w|[./:-]\d)"
)
_RANGE_DM = re.compile(
    rf"(?:\b(?P<pre>between|from)\s{{1,3}})?{_NOT_BEFORE}(?P<d1>{_DAY}){_ORD}\s{{0,2}}"
    rf"(?P<conj>[-–—/]|to\b|and\b|until\b|till\b|through\b)\s{{0,2}}(?P<d2>{_DAY}){_ORD}\s{{1,3}}"
    rf"(?:of\s{{1,3}})?(?P<m>{_MONTH})(?:{_YSEP}(?P<y>{_YEAR})(?![\w:]))?",
    _F,
)
_DM = re.compile(
    rf"{_NOT_BEFORE}(?P<d>{_DAY}){_ORD}(?:\s{{1,3}}(?:of\s{{1,3}})?|[-/])(?P<m>{_MONTH})"
    rf"(?:{_YSEP}(?P<y>{_YEAR})(?![\w:]))?",
    _F,
)
_RANGE_MD = re.compile(
    rf"\b(?P<m>{_MONTH})\s{{0,2}}(?P<d1>{_DAY}){_ORD}\s{{0,2}}(?:[-–—]|to\b|through\b|until\b|till\b)\s{{0,2}}"
    rf"(?P<d2>{_DAY}){_ORD}(?![\d:])(?:{_YSEP}(?P<y>{_YEAR})(?![\w:]))?",
    _F,
)
_MD = re.compile(
    rf"\b(?P<m>{_MONTH})\s{{0,2}}(?P<d>{_DAY}){_ORD}(?![\d:]|[.,]\d)"
    rf"(?:{_YSEP}(?P<y>{_YEAR})(?![\w:]))?",
    _F,
)
_MY = re.compile(
    rf"(?<!\d )(?<!\d)\b(?P<m>{_MONTH})(?:,?\s{{1,3}}|\s{{1,3}}of\s{{1,3}}|[-/])"
    rf"(?P<y>{_YEAR})(?![\d:]|[.,]\d)",
    _F,
)
_MONTH_RELATIVE = re.compile(
    rf"\b(?P<rel>last|this|next|coming|previous)\s{{1,3}}(?P<m>{_MONTH})(?!\s{{0,3}}\d)", _F
)
_CUES = "|".join(
    sorted(
        (re.escape(c).replace(r"\ ", r"\s{1,3}") for c in YEAR_CUES if not c.endswith("-")),
        key=len,
        reverse=True,
    )
)
_YEAR_ONLY = re.compile(
    rf"(?:\b(?P<cue>{_CUES})\s{{1,3}}(?:the\s{{1,3}}(?:year\s{{1,3}})?)?|\bmid-)"
    rf"(?P<y>{_YEAR})(?!\w|[.,]\d|[-–/]\d|\s?%|\s?per\s?cent)",
    _F,
)
_RELATIVE = re.compile(
    r"\b(?P<word>(?:the\s{1,3}day\s{1,3}before\s{1,3})?yesterday|tomorrow)\b"
    r"|\b(?P<part>(?:the\s{1,3})?(?:middle|end|beginning|start|first\s{1,3}half|second\s{1,3}half)"
    r"\s{1,3}of\s{1,3}|early\s{1,3}|late\s{1,3}|earlier\s{1,3}|later\s{1,3}|mid-)?"
    r"(?P<rel>last|this|next|past|previous|coming)\s{1,3}(?P<unit>year|month)\b",
    _F,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<lead>on|last|next|this|since)\s{1,3})?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"(?!,?\s{{0,3}}(?:{_MONTH}|\d))",
    _F,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to"
    r"|plans?\s+to|going\s+to)\b",
    _F,
)
#: Nothing to find without a digit, a relative period, a weekday or "last/this/next <month>".
_PREFILTER = re.compile(
    r"\d|tomorrow|day\b|(?:year|month)\b"
    r"|\b(?:last|this|next|coming|previous)\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    _F,
)
#: Cheap necessary conditions for the readers (a reader runs only when its gate holds).
_GATE_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", _F)
_GATE_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")
_GATE_ISO = re.compile(r"\d-\d")
_GATE_NUMERIC = re.compile(r"\d[./-]\d")
_GATE_RELATIVE = re.compile(r"yesterday|tomorrow|year|month", _F)
_GATE_WEEKDAY = re.compile(r"day", _F)


def _gates(text: str) -> dict[str, bool]:
    has_month = _GATE_MONTH.search(text) is not None
    has_year = _GATE_YEAR.search(text) is not None
    return {
        "iso": _GATE_ISO.search(text) is not None,
        "numeric": _GATE_NUMERIC.search(text) is not None,
        "month": has_month,
        "month_year": has_month and has_year,
        "year": has_year,
        "relative": _GATE_RELATIVE.search(text) is not None,
        "weekday": _GATE_WEEKDAY.search(text) is not None,
    }


_RANGE_GAP = re.compile(r"\s{0,3}(?:[-–—]|to|until|till|through)\s{0,3}", _F)
_RANGE_LEAD = re.compile(r"\bfrom\s{1,3}\Z", _F)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,30},(?:\s[^,]{1,40},)?\s*$")
_STOP_OBJECT = frozenset(
    [
        "in",
        "for",
        "by",
        "at",
        "with",
        "to",
        "from",
        "during",
        "after",
        "before",
        "since",
        "as",
        "when",
        "while",
    ]
)
_CLAUSE_MARKS = ",;:()"
_RELATIVE_START = re.compile(r"\s*(?:which|that|who)\b", _F)
_OWN_DATE = re.compile(r"\s+(?:of|dated)\s+(?=\d)", _F)
_SKIP_OBJECT = frozenset(
    ["of", "on", "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "relevant", "new"]
)


@frozen
class DateMatch:
    """A date found in a text, with offsets into that text."""

    start: int
    end: int
    value: DateValue
    subject: str
    detail: str
    notes: tuple[str, ...] = ()


@register("date", priority=40)
def dates(doc: Document) -> Iterator[Claim]:
    """Yield a ``date`` claim for each date in the body sentences of ``doc``.

    Yields:
        Claims whose value is a :class:`DateValue` and whose subject is the dated event.
    """
    for s_start, _s_end, sent in doc.iter_sentences():
        for m in find_dates(sent, published=doc.published):
            yield doc.claim(
                "date",
                m.subject,
                m.value,
                s_start + m.start,
                s_start + m.end,
                detail=m.detail,
                notes=m.notes,
            )


def parse_date(text: str, *, published: _dt.date | None = None) -> DateValue | None:
    """Read one date written in ``text`` (the first found), or None.

    Examples:
        >>> parse_date("Feb. 22, 2022").iso
        '2022-02-22'
        >>> parse_date("22 February", published=_dt.date(2022, 3, 1)).iso
        '2022-02-22'
        >>> parse_date("February 22").iso
        '--02-22'
        >>> parse_date("February 2022").iso
        '2022-02'
    """
    for m in find_dates(text, published=published):
        return m.value
    return None


def find_dates(text: str, *, published: _dt.date | None = None) -> Iterator[DateMatch]:
    """Find the dates in one sentence (or any short text), resolved against ``published``.

    Args:
        text: the sentence.
        published: the anchor for partial and relative dates.

    Yields:
        DateMatch objects sorted by start, never overlapping.
    """
    if not _PREFILTER.search(text):
        return
    found: list[tuple[int, int, DateValue, tuple[str, ...]]] = []
    future = bool(_FUTURE.search(text))
    gates = _gates(text)
    for pattern, reader, gate in _READERS:
        if not gates[gate]:
            continue  # a cheap necessary condition fails: the pattern cannot match
        for m in pattern.finditer(text):
            got = reader(m, published, future)
            if got is not None:
                value, notes, start, end = got
                found.append((start, end, value, notes))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    found = _join_ranges(text, found)
    words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text)] if found else []
    starts = [w[0] for w in words]
    last_end = -1
    for start, end, value, notes in found:
        if start < last_end:
            continue
        last_end = end
        lo = bisect.bisect_left(starts, start - _WINDOW)
        hi = bisect.bisect_right(starts, end + _WINDOW)
        subject, detail = _subject(text, words[lo:hi], start, end)
        yield DateMatch(start, end, value, subject, detail, notes)


_Found = tuple[int, int, DateValue, tuple[str, ...]]


def _join_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Join two day dates written as a range (``26 June to 28 June 2020``) into one range value."""
    out: list[_Found] = []
    for item in found:
        if out:
            start, end, first, notes = out[-1]
            gap = text[end : item[0]]
            second = item[2]
            if (
                _RANGE_GAP.fullmatch(gap)
                and first.until is None
                and second.until is None
                and first.day is not None
                and second.day is not None
                and second.year is not None
            ):
                year = first.year
                if "year from publication date" in notes or year is None:
                    year = second.year
                    notes = tuple(n for n in notes if "year" not in n)
                a = DateValue(year, first.month, first.day)
                if year is not None and (year, first.month or 0, first.day) < (
                    second.year,
                    second.month or 0,
                    second.day,
                ):
                    text_start = start
                    lead = _RANGE_LEAD.search(text, max(0, start - 8), start)
                    if lead is not None:
                        text_start = lead.start()
                    out[-1] = (text_start, item[1], DateValue(a.year, a.month, a.day, until=second), notes)
                    continue
        out.append(item)
    return out


# --- readers: each returns (value, notes, start, end) or None -------------------------------

_Read = tuple[DateValue, tuple[str, ...], int, int] | None


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return 1 <= month <= 12
    try:
        _dt.date(year if year is not None else 2000, month, day)  # 2000: leap, admits 29 Feb
    except ValueError:
        return False
    return True


def _month(word: str) -> int:
    return MONTH_NUMBERS[word.rstrip(".").lower()]


def _infer_year(
    month: int, day: int, published: _dt.date | None, future: bool
) -> tuple[int | None, tuple[str, ...]]:
    if published is None:
        return None, ("year unknown (no publication date)",)
    year = published.year
    try:
        guess = _dt.date(year, month, day)
    except ValueError:  # 29 February in a common year: the previous leap year is too far
        return None, ("year unknown (no such day in the publication year)",)
    if not future and (guess - published).days > FUTURE_WINDOW_DAYS:
        return year - 1, ("year from publication date", "previous year: would be after publication")
    if future and (published - guess).days > 183:
        return year + 1, ("year from publication date", "next year: sentence about the future")
    return year, ("year from publication date",)


def _lower_may(m: re.Match[str]) -> bool:
    """A lower-case ``may``/``march`` with no year is the verb, not the month."""
    word = m.group("m").rstrip(".")
    return word in ("may", "march", "mar") and m.groupdict().get("y") is None


def _read_iso(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not 1800 <= y <= 2100 or not _valid(y, mo, d):
        return None
    return DateValue(y, mo, d), (), m.start(), m.end()


def _read_numeric(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if not 1800 <= y <= 2100:
        return None
    notes: tuple[str, ...] = ()
    if m["sep"] in ".-":
        day, month = a, b
        notes = ("day-first numeric date",)
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day, month = a, b
    else:
        return None  # 03/04/2022: April or March? Not parsed rather than parsed wrong.
    if not _valid(y, month, day):
        return None
    return DateValue(y, month, day), notes, m.start(), m.end()


def _read_day_month(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if _lower_may(m):
        return None
    month = _month(m["m"])
    day = int(m["d"])
    year: int | None
    notes: tuple[str, ...] = ()
    if m["y"]:
        year = int(m["y"])
    else:
        year, notes = _infer_year(month, day, published, future)
    if not _valid(year, month, day):
        return None
    return DateValue(year, month, day), notes, m.start(), m.end()


def _read_range(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if _lower_may(m):
        return None
    month = _month(m["m"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d2 <= d1 or (m.groupdict().get("conj", "").lower() == "and" and not m["pre"]):
        return None
    year: int | None
    notes: tuple[str, ...] = ()
    if m["y"]:
        year = int(m["y"])
    else:
        year, notes = _infer_year(month, d1, published, future)
    if not _valid(year, month, d1) or not _valid(year, month, d2):
        return None
    return DateValue(year, month, d1, until=DateValue(year, month, d2)), notes, m.start(), m.end()


def _read_month_year(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    return DateValue(int(m["y"]), _month(m["m"])), (), m.start(), m.end()


def _read_year(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    cue = (m["cue"] or "mid").lower()
    notes = (f"year after {' '.join(cue.split())!r}",) if cue not in ("in", "of", "year", "back in") else ()
    return DateValue(int(m["y"])), notes, m.start("y"), m.end("y")


def _read_relative(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if published is None:
        return None
    notes: list[str] = ["relative to publication date"]
    if m["word"]:
        word = " ".join(m["word"].lower().split())
        delta = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2}[word]
        d = published + _dt.timedelta(days=delta)
        return DateValue(d.year, d.month, d.day), tuple(notes), m.start(), m.end()
    rel = m["rel"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if m["part"]:
        notes.append(f"{m['unit'].lower()} precision: {' '.join(m.group().lower().split())!r}")
    if m["unit"].lower() == "year":
        return DateValue(published.year + step), tuple(notes), m.start(), m.end()
    index = published.year * 12 + published.month - 1 + step
    return DateValue(index // 12, index % 12 + 1), tuple(notes), m.start(), m.end()


def _read_weekday(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if published is None:
        return None
    lead = (m["lead"] or "").lower()
    if not lead and not m["wd"][0].isupper():
        return None
    target = WEEKDAYS[m["wd"].lower()]
    forward = lead == "next" or (future and lead != "last")
    if forward:
        delta = (target - published.weekday()) % 7
        if lead == "next" and delta == 0:
            delta = 7
    else:
        delta = -((published.weekday() - target) % 7)
        if lead == "last" and delta == 0:
            delta = -7
    d = published + _dt.timedelta(days=delta)
    notes = ("relative to publication date", "next such weekday" if forward else "latest such weekday")
    start = m.start("wd") if lead in ("on", "since") else m.start()
    return DateValue(d.year, d.month, d.day), notes, start, m.end()


def _read_month_relative(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if published is None:
        return None
    month, rel = _month(m["m"]), m["rel"].lower()
    year = published.year
    if rel in ("last", "previous") and month >= published.month:
        year -= 1
    elif rel in ("next", "coming") and month <= published.month:
        year += 1
    return DateValue(year, month), ("relative to publication date",), m.start(), m.end()


_READERS = (
    (_ISO, _read_iso, "iso"),
    (_NUMERIC, _read_numeric, "numeric"),
    (_RANGE_DM, _read_range, "month"),
    (_RANGE_MD, _read_range, "month"),
    (_DM, _read_day_month, "month"),
    (_MD, _read_day_month, "month"),
    (_MY, _read_month_year, "month_year"),
    (_YEAR_ONLY, _read_year, "year"),
    (_RELATIVE, _read_relative, "relative"),
    (_MONTH_RELATIVE, _read_month_relative, "month"),
    (_WEEKDAY, _read_weekday, "weekday"),
)


# --- subject ---------------------------------------------------------------------------------


def _singular(word: str) -> str:
    if word.endswith("ies") and word[:-3] + "y" in DOCUMENT_NOUNS:
        return word[:-3] + "y"
    if word.endswith("s") and word[:-1] in DOCUMENT_NOUNS:
        return word[:-1]
    return word


def _noun_phrase(words: list[tuple[int, int, str]], i: int) -> str:
    """The document noun at ``words[i]`` with a modifier or a proper name before it."""
    word = words[i][2]
    noun = _singular(word.lower())
    if i > 0:
        prev = words[i - 1][2]
        if prev.lower() in MODIFIERS or (
            prev[0].isupper() and word[0].isupper() and prev.lower() not in _SKIP_OBJECT
        ):
            return f"{prev.lower()} {noun}"
    return noun


def _object(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[str, int, int] | None:
    """A document noun after the event word (or, for a participle, before it)."""
    for j in range(i + 1, min(i + 5, len(words))):
        gap = text[words[j - 1][1] : words[j][0]]
        if any(c in gap for c in ",;:()"):
            break
        w = words[j][2].lower()
        if w in _STOP_OBJECT:
            break
        if w in DOCUMENT_NOUNS:
            return _noun_phrase(words, j), words[j][0], words[j][1]
    if words[i][2].lower().endswith(("ed", "ned")) or words[i][2].lower() in (
        "held",
        "met",
        "began",
        "begun",
    ):
        for j in range(i - 1, max(i - 11, -1), -1):
            w = words[j][2].lower()
            if w in EVENT_WORDS and w not in ("was", "were"):
                break
            if w in DOCUMENT_NOUNS:
                return _noun_phrase(words, j), words[j][0], words[j][1]
    return None


def _subject(text: str, words: list[tuple[int, int, str]], ds: int, de: int) -> tuple[str, str]:
    """The dated event for the date at ``text[ds:de]`` (``words`` around it) and a fuller phrase."""
    after = [w for w in words if w[0] >= de]
    if after and after[0][2].lower() in DOCUMENT_NOUNS and after[0][0] - de <= 2:
        return _singular(after[0][2].lower()), _phrase(text, ds, after[0][1])
    if ds <= 80 and _DATELINE.match(text[:ds]):
        return "dateline", _phrase(text, 0, de)
    owner = _of_owner(text, words, ds)
    if owner is not None and not (
        after and after[0][2].lower() in EVENT_WORDS and not text[de : after[0][0]].strip()
    ):  # "the war of 2020 ended": the verb after the date decides
        return _noun_phrase(words, owner), _phrase(text, words[owner][0], de)
    best: tuple[int, int, int, int] | None = None  # (rank, crosses a clause, distance, index)
    for i, (ws, we, w) in enumerate(words):
        if ds <= ws < de:
            continue
        key = EVENT_WORDS.get(w.lower())
        if key is None:
            continue
        distance = ds - we if we <= ds else ws - de
        rank = 1 if key in REPORTING else 0
        gap = text[we:ds] if we <= ds else text[de:ws]
        crosses = 1 if any(c in gap for c in _CLAUSE_MARKS) else 0
        cand = (rank, crosses, distance, i)
        if best is None or cand < best:
            best = cand
    if best is None or best[1]:
        antecedent = _antecedent(text, words, ds)
        if antecedent is not None:
            return _noun_phrase(words, antecedent), _phrase(text, words[antecedent][0], de)
    if best is not None:
        i = best[3]
        key = EVENT_WORDS[words[i][2].lower()]
        obj = _object(text, words, i)
        lo, hi = min(words[i][0], ds), max(words[i][1], de)
        if obj is not None:
            lo, hi = min(lo, obj[1]), max(hi, obj[2])
            if not obj[0].endswith(key):
                return f"{key} {obj[0]}", _phrase(text, lo, hi)
        return key, _phrase(text, lo, hi)
    nouns = [
        (abs(ws - ds) if ws >= de else ds - we, i)
        for i, (ws, we, w) in enumerate(words)
        if w.lower() in DOCUMENT_NOUNS and not ds <= ws < de and not _dated_elsewhere(text, we, ds)
    ]
    if nouns:
        _, i = min(nouns)
        return _noun_phrase(words, i), _phrase(text, min(words[i][0], ds), max(words[i][1], de))
    return "date", _phrase(text, ds, de)


def _of_owner(text: str, words: list[tuple[int, int, str]], ds: int) -> int | None:
    """The document noun a date is attached to by ``of``/``dated`` (``the statements of
    9/10 November 2020``, ``the Declaration on Allied Interaction of 22 February 2022``)."""
    k = bisect.bisect_right([w[1] for w in words], ds) - 1
    if k < 1 or words[k][2].lower() not in ("of", "dated") or text[words[k][1] : ds].strip():
        return None
    for j in range(k - 1, max(k - 9, -1), -1):
        if any(c in text[words[j][1] : words[j + 1][0]] for c in ";:()"):
            return None
        w = words[j][2].lower()
        if w in DOCUMENT_NOUNS:
            return j
        if w in EVENT_WORDS:
            return None  # "the signing of ...": the event word decides
    return None


def _antecedent(text: str, words: list[tuple[int, int, str]], ds: int) -> int | None:
    """The document noun a relative clause holding the date refers to
    (``diplomatic relations, which date from 4 April 1992`` -> ``relations``)."""
    floor = words[0][0] if words else ds
    cut = max(text.rfind(c, floor, ds) for c in _CLAUSE_MARKS)
    if cut < 0 or not _RELATIVE_START.match(text, cut + 1):
        return None
    k = bisect.bisect_right([w[1] for w in words], cut) - 1
    if k >= 0 and words[k][2].lower() in DOCUMENT_NOUNS and not text[words[k][1] : cut].strip():
        return k
    return None


def _dated_elsewhere(text: str, we: int, ds: int) -> bool:
    """Whether the noun ending at ``we`` carries its own ``of <date>`` (``war of 2020``) that
    is not the date at ``ds``."""
    m = _OWN_DATE.match(text, we)
    return m is not None and m.end() != ds


def _phrase(text: str, start: int, end: int, limit: int = 160) -> str:
    return " ".join(text[start:end].split())[:limit]
