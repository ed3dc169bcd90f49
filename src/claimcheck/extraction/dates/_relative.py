"""Readers of dates relative to publication: ``yesterday``, ``last year``, ``the end of
the month``, ``last/next <month>``, weekdays (``on Thursday``, ``Monday the 15th``),
``on the 22nd`` and offsets (``two weeks ago``, ``in three days``)."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.dates import WEEKDAYS
from claimcheck.extraction.dates._parts import (
    DAY,
    MONTH,
    MONTH_WORD,
    SHORT_END,
    WEEKDAY_ABBR,
    WEEKDAY_NAME,
    Read,
    month_number,
    valid_date,
    weekday_of,
)
from claimcheck.extraction.dates._tense import direction, sentence_words
from claimcheck.extraction.dates._words import (
    COUNT_W,
    DAY_WORD,
    count_value,
    day_words_value,
    is_ordinal_word,
)
from claimcheck.model import DateValue

__all__ = [
    "MONTH_RELATIVE",
    "OFFSET",
    "ORDINAL_DAY",
    "PERIOD_PART",
    "RELATIVE",
    "TODAY",
    "WEEK",
    "WEEKDAY",
    "WEEKDAY_DAY",
    "read_month_relative",
    "read_offset",
    "read_ordinal_day",
    "read_relative",
    "read_today",
    "read_week",
    "read_weekday",
    "read_weekday_day",
]

_F = re.IGNORECASE

MONTH_RELATIVE = re.compile(
    rf"\b(?P<rel>last|this|next|coming|previous)\s{{1,3}}(?P<m>{MONTH})(?!\s{{0,3}}\d)", _F
)

RELATIVE = re.compile(
    r"\b(?P<word>(?:the\s{1,3}day\s{1,3}before\s{1,3})?yesterday"
    r"|(?:the\s{1,3}day\s{1,3}after\s{1,3})?tomorrow)\b"
    r"|\b(?P<part>(?:the\s{1,3})?(?:middle|end|beginning|start|first\s{1,3}half|second\s{1,3}half)"
    r"\s{1,3}of\s{1,3}|early\s{1,3}|late\s{1,3}|earlier\s{1,3}|later\s{1,3}|mid-)?"
    r"(?P<rel>last|this|next|past|previous|coming)\s{1,3}(?:calendar\s{1,3})?(?P<unit>year|month)\b",
    _F,
)
PERIOD_PART = re.compile(
    r"\b(?P<bare>(?:the\s{1,3})?(?:middle|end|beginning|start)\s{1,3}of\s{1,3}(?:the\s{1,3})?)"
    r"(?P<bunit>year|month)\b(?![-\w])",
    _F,
)
WEEKDAY = re.compile(
    r"\b(?:(?P<lead>on|last|next|since|previous|this\s{1,3}coming|this\s{1,3}upcoming|coming"
    r"|upcoming|this)\s{1,3})?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"(?!,?\s{{0,3}}[-(]?\s{{0,3}}(?:{MONTH}|\d{{1,4}}[-/.]\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{{0,3}}(?:of\s{{1,3}})?{MONTH}))",
    _F,
)

#: A weekday with a day of the month: ``Monday 21``, ``Mon 13th``, ``Tuesday the eleventh``.
WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{WEEKDAY_NAME}|{WEEKDAY_ABBR})\.?,?\s{{1,3}}(?P<the>the\s{{1,3}})?"
    rf"(?:(?P<d>{DAY})(?P<o>st|nd|rd|th)?(?![\w:]|[./-]\d)|(?P<dw>{DAY_WORD}))"
    rf"(?!\s{{0,3}}(?:of\s{{1,3}})?{MONTH_WORD})",
    _F,
)
#: ``on the 22nd`` (then punctuation or a clause word), ``the 21st of this month``.
ORDINAL_DAY = re.compile(
    rf"\b(?:(?P<prep>on|by|until|since|from|before|after)\s{{1,3}})?(?:the\s{{1,3}})?(?P<d>{DAY})(?:st|nd|rd|th)"
    rf"(?:\s{{1,3}}(?:day\s{{1,3}})?(?:of\s{{1,3}})?(?P<rel>this|next|last|previous|the)\s{{1,3}}month\b"
    r"|(?=\s{0,3}(?:[,;:!?)]|\.(?!\d)|$|(?:and|or|when|at|in)\b)))",
    _F,
)

#: ``two weeks ago``, ``a year ago``; ``in three days`` (future sentences only); ``a year from
#: now``, ``two weeks from today`` (ahead whatever the tense).
OFFSET = re.compile(
    rf"(?<!-)\b(?P<n>{COUNT_W})\s{{1,3}}(?P<unit>day|week|month|year)s?\s{{1,3}}(?P<way>ago|from\s{{1,3}}(?:now|today))\b"
    rf"|\bin\s{{1,3}}(?P<n2>{COUNT_W})\s{{1,3}}(?P<unit2>day|week)s?\b(?!\s{{0,3}}of\b|['’])",
    _F,
)

#: The publication day in wire copy: ``tonight``, ``this morning``, ``earlier today``,
#: ``last night`` (the day before); a bare ``today`` only with a tense cue (see read_today).
TODAY = re.compile(
    r"\b(?:(?P<lead>earlier|later)\s{1,3})?(?P<today>today)\b(?!['’]s|-)"
    r"|\b(?P<tonight>tonight)\b(?!['’]s)"
    r"|\b(?P<part>this|last)\s{1,3}(?P<time>morning|afternoon|evening|night)\b(?!['’]s)",
    _F,
)
#: ``last week``, ``this week``, ``next week``: Monday to Sunday (``the last week`` is seven days).
WEEK = re.compile(
    r"(?<!the\s)(?<!the\s\s)\b(?:(?:earlier|later)\s{1,3})?(?P<rel>last|this|next|previous|coming)"
    r"\s{1,3}week\b(?!s|end|['’]s)",
    _F,
)
#: Characters either side of ``today`` read for its tense (more than the tense scan's words).
_TODAY_WINDOW = 160
#: Words before ``today`` that make it "nowadays" or a bound, not the publication day.
_NOT_TODAY_BEFORE = frozenset(
    ["of", "and", "until", "till", "to", "even", "still", "than", "as", "from", "since", "world", "society"]
)

#: A weekday beside ``two years from now``.
_WEEKDAY_NEAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", _F)

_NTH_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last)\s{1,2}\Z", _F)


def read_today(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """``tonight``, ``this morning``, ``earlier today``: the publication day (``last night``:
    the day before). A bare ``today`` is the day only in a clause whose verb is past or a
    modal future (``the search resumed today``, ``will vote today``): in ``Today, these
    relations are developing`` it means nowadays and is skipped."""
    if published is None:
        return None
    notes = ("relative to publication date",)
    if m["part"] is not None:
        last = m["part"].lower() == "last"
        if last and m["time"].lower() != "night":
            return None  # "last evening" is rare; "last morning" is not a date
        d = published - _dt.timedelta(days=1 if last else 0)
        return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    if m["tonight"] is not None or m["lead"]:
        return DateValue(published.year, published.month, published.day), notes, m.start(), m.end()
    lo = max(0, m.start() - _TODAY_WINDOW)  # a window keeps a sentence of many "today"s linear
    text = m.string[lo : m.end() + _TODAY_WINDOW]
    start, end = m.start() - lo, m.end() - lo
    words = sentence_words(text)
    before = [w for w in words if w[1] <= start]
    if len(before) > 0 and before[-1][2].lower() in _NOT_TODAY_BEFORE:
        return None
    _, cue = direction(text, words, start, end)
    if not cue or cue.split()[-1].endswith("ing") or cue in ("is", "are", "'s", "’s"):
        return None  # no event verb: "today" may be "nowadays"
    return DateValue(published.year, published.month, published.day), notes, m.start(), m.end()


def read_week(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """``last week``: Monday to Sunday of the week before publication (weeks start on Monday)."""
    if published is None:
        return None
    step = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[m["rel"].lower()]
    monday = published - _dt.timedelta(days=published.weekday()) + _dt.timedelta(days=7 * step)
    sunday = monday + _dt.timedelta(days=6)
    value = DateValue(
        monday.year, monday.month, monday.day, until=DateValue(sunday.year, sunday.month, sunday.day)
    )
    notes = ("relative to publication date", "week: Monday to Sunday")
    return value, notes, m.start(), m.end()


def read_relative(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if published is None:
        return None
    notes: list[str] = ["relative to publication date"]
    if m.groupdict().get("word"):
        word = " ".join(m["word"].lower().split())
        delta = {
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[word]
        d = published + _dt.timedelta(days=delta)
        return DateValue(d.year, d.month, d.day), tuple(notes), m.start(), m.end()
    if m.groupdict().get("bare"):  # "the end of the year": the year (month) of publication
        notes.append(f"{m['bunit'].lower()} of publication: {' '.join(m.group().lower().split())!r}")
        if m["bunit"].lower() == "year":
            return DateValue(published.year), tuple(notes), m.start(), m.end()
        return DateValue(published.year, published.month), tuple(notes), m.start(), m.end()
    rel = m["rel"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[rel]
    if m["part"]:
        notes.append(f"{m['unit'].lower()} precision: {' '.join(m.group().lower().split())!r}")
    if m["unit"].lower() == "year":
        return DateValue(published.year + step), tuple(notes), m.start(), m.end()
    index = published.year * 12 + published.month - 1 + step
    return DateValue(index // 12, index % 12 + 1), tuple(notes), m.start(), m.end()


def read_weekday(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if published is None:
        return None
    lead = (m["lead"] or "").lower()
    if not lead and (
        not m["wd"][0].isupper() or _NTH_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    ):
        return None  # "the second Sunday" (of some month) is not the nearest Sunday
    target = WEEKDAYS[m["wd"].lower()]
    lead = " ".join(lead.split())
    if lead in ("last", "previous"):
        # the latest such day before publication; yesterday in the same week would be
        # "yesterday" or "on Wednesday", so "last Wednesday" in a Thursday paper is the week
        # before, while "last Sunday" in a Monday paper is yesterday (the week before)
        delta = -((published.weekday() - target) % 7 or 7)
        if delta == -1 and published.weekday() > 0:
            delta = -8
        d = published + _dt.timedelta(days=delta)
        notes = ("relative to publication date", "latest such weekday (not a same-week yesterday)")
        return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    if lead == "next":  # that day of the next week, weeks starting on Monday
        d = published + _dt.timedelta(days=7 - published.weekday() + target)
        notes = ("relative to publication date", "next week's weekday (weeks start on Monday)")
        return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    if lead == "this":  # the publication week, weeks starting on Monday
        d = published + _dt.timedelta(days=target - published.weekday())
        notes = ("relative to publication date", "this week's weekday (weeks start on Monday)")
        return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    if lead in ("coming", "upcoming", "this coming", "this upcoming"):
        delta = (target - published.weekday()) % 7 or 7
        d = published + _dt.timedelta(days=delta)
        notes = ("relative to publication date", "next such weekday after publication")
        return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    forward = future and lead != "last"
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


def read_month_relative(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if published is None:
        return None
    month, rel = month_number(m["m"]), m["rel"].lower()
    year = published.year
    if rel in ("last", "previous") and month >= published.month:
        year -= 1
    elif rel in ("next", "coming") and month <= published.month:
        year += 1
    return DateValue(year, month), ("relative to publication date",), m.start(), m.end()


def read_weekday_day(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if published is None:
        return None
    abbreviated = not m["wd"].lower().endswith("day")
    if m["dw"] is not None:
        if not m["the"] or not is_ordinal_word(m["dw"]):
            return None  # "Tuesday the eleventh"
        day = day_words_value(m["dw"])
    else:
        day = int(m["d"])
        if abbreviated and not m["o"]:
            return None  # "Mon 13th", not "Sun 13"
        if not m["o"] and not m["the"] and SHORT_END.match(m.string, m.end()) is None:
            return None  # "on Monday 21 people died"
    if m["wd"][0].islower() and not m["o"] and not m["the"]:
        return None
    target = weekday_of(m["wd"])
    month_index = published.year * 12 + published.month - 1
    order = [0]
    for k in range(1, 13):
        order += [k, -k] if future else [-k, k]
    for k in order:
        y, mo = divmod(month_index + k, 12)
        if not valid_date(y, mo + 1, day):
            continue
        d = _dt.date(y, mo + 1, day)
        if d.weekday() == target:
            notes = ("relative to publication date", "nearest month with that weekday")
            return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    return None


def read_ordinal_day(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if published is None:
        return None
    day = int(m["d"])
    rel = (m["rel"] or "").lower()
    if not rel and (not m["prep"] or m.group().lower().split()[1:2] != ["the"]):
        return None  # "on the 22nd", "the 5th of next month"; not "on 22nd"
    index = published.year * 12 + published.month - 1
    notes = ["relative to publication date"]
    if rel:
        index += {"next": 1, "last": -1, "previous": -1}.get(rel, 0)
    elif future and day < published.day:
        index += 1
        notes.append("next such day of a month")
    elif not future and day > published.day:
        index -= 1
        notes.append("latest such day of a month")
    y, mo = divmod(index, 12)
    if not valid_date(y, mo + 1, day):
        return None
    return DateValue(y, mo + 1, day), tuple(notes), m.start("d"), m.end()


def read_offset(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    if published is None:
        return None
    if m["n"]:
        n, unit = count_value(m["n"]), m["unit"].lower()
        sign = -1 if m["way"].lower() == "ago" else 1
        if sign > 0 and _WEEKDAY_NEAR.search(m.string, max(0, m.start() - 14), m.end() + 14):
            return None  # "Thursday, two years from now": a compound this reader would half-read
    else:
        if not future:
            return None  # "in three days of talks": only a date in a sentence about the future
        n, unit, sign = count_value(m["n2"]), m["unit2"].lower(), 1
    if n <= 0:
        return None
    words = " ".join(m.group().lower().split())
    notes: tuple[str, ...] = ("relative to publication date", f"{unit} precision: {words!r}")
    if m["n"]:  # the words say the direction, whatever the tense
        cue = "ago" if sign < 0 else " ".join(words.split()[-2:])
        notes = (*notes, f"direction: {'past' if sign < 0 else 'future'} ({cue})")
    if unit in ("day", "week"):
        d = published + _dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
        value = DateValue(d.year, d.month, d.day)
    elif unit == "month":
        y, mo = divmod(published.year * 12 + published.month - 1 + sign * n, 12)
        value = DateValue(y, mo + 1)
    else:
        value = DateValue(published.year + sign * n)
    start = m.start() if m["n"] else m.start("n2")
    return value, notes, start, m.end()
