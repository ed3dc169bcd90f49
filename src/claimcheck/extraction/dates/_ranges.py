"""Finishing a sentence's dates: overlaps dropped, day ranges widened (``April 9th
through the 17th``) and two day dates joined into one range (``26 June to 28 June``)."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck.extraction.dates._parts import DAY, MONTH_WORD, Found, valid_date
from claimcheck.extraction.dates._words import DAY_WORD, day_words_value, is_ordinal_word
from claimcheck.model import DateValue

__all__ = ["day_ranges", "drop_overlaps", "join_ranges"]

_F = re.IGNORECASE

#: The last day of a range after a day date: ``April 9th through the 17th``.
_DAY_TAIL = re.compile(
    rf"\s{{1,3}}(?:through|till|until|to|[-–—])\s{{1,3}}(?:the\s{{1,3}})?"
    rf"(?:(?P<d>{DAY})(?:st|nd|rd|th)|(?P<dw>{DAY_WORD}))"
    rf"(?![-\w]|\s{{0,3}}(?:of\s{{1,3}})?{MONTH_WORD}|,?\s{{0,3}}\d)",
    _F,
)
#: The first day of a range before a day date: ``between the ninth and the seventeenth of April``.
_DAY_LEAD = re.compile(
    rf"\b(?P<pre>from|between)\s{{1,3}}(?:the\s{{1,3}})?(?:(?P<d>{DAY})(?:st|nd|rd|th)?|(?P<dw>{DAY_WORD}))"
    r"\s{1,3}(?:to|till|until|through|and|[-–—])\s{1,3}(?:the\s{1,3})?\Z",
    _F,
)

_RANGE_GAP = re.compile(r"\s{0,3}(?:[-–—]|to|until|till|through)\s{0,3}(?:the\s{1,3})?", _F)

_AND_GAP = re.compile(r"\s{1,3}and\s{1,3}", _F)
_BETWEEN_LEAD = re.compile(r"\bbetween\s{1,3}\Z", _F)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s{1,3}\Z", _F)


def drop_overlaps(found: list[Found]) -> list[Found]:
    """Keep the first (then longest) of overlapping finds; ``found`` is sorted by start."""
    out: list[Found] = []
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            out.append(item)
            last_end = item[1]
    return out


def _range_day(m: re.Match[str]) -> int | None:
    if m["d"]:
        return int(m["d"])
    return day_words_value(m["dw"]) if is_ordinal_word(m["dw"]) else None


def day_ranges(text: str, found: list[Found]) -> list[Found]:
    """Widen a day date to a range when its other day is written beside it without a month
    (``April 9th through the 17th``, ``from the ninth till the seventeenth of April``)."""
    out: list[Found] = []
    for i, (start, end, value, notes) in enumerate(found):
        if value.day is not None and value.until is None and value.month is not None:
            nxt = found[i + 1][0] if i + 1 < len(found) else len(text)
            tail = _DAY_TAIL.match(text, end)
            lead = _DAY_LEAD.search(text, max(0, start - 60), start)
            if tail is not None and tail.end() <= nxt:
                last = _range_day(tail)
                if last is not None and last > value.day and valid_date(value.year, value.month, last):
                    until = DateValue(value.year, value.month, last)
                    out.append(
                        (start, tail.end(), DateValue(value.year, value.month, value.day, until=until), notes)
                    )
                    continue
            if lead is not None and (not out or out[-1][1] <= lead.start()):
                first = _range_day(lead)
                if first is not None and first < value.day:
                    begin = DateValue(value.year, value.month, first, until=value)
                    out.append((lead.start(), end, begin, notes))
                    continue
        out.append((start, end, value, notes))
    return out


def _weekday_range(
    first: DateValue, second: DateValue, first_notes: tuple[str, ...], notes: tuple[str, ...]
) -> tuple[DateValue, DateValue]:
    """The two ends of a weekday range put in order when each weekday, resolved alone, put the
    last day before the first: in the past (both the latest such weekday, ``the poll was taken
    Wednesday through Sunday``) the first day moves a week back, so the range ends on the
    latest Sunday; otherwise (``from next Monday to Friday``) the last day moves forward to the
    week of the first. Only two weekdays read alone, less than a week apart, are moved; other
    dates are returned as they are."""
    if (
        first.until is not None
        or second.until is not None
        or None in (first.year, first.month, first.day, second.year, second.month, second.day)
        or not any("weekday" in n for n in notes)
        or not any("weekday" in n for n in first_notes)
    ):
        return first, second  # "Apr 26, 2020-Sunday": a weekday after a calendar date stays
    a = _dt.date(first.year, first.month, first.day)  # type: ignore[arg-type]
    b = _dt.date(second.year, second.month, second.day)  # type: ignore[arg-type]
    if not 0 < (a - b).days < 7:
        return first, second
    weeks = _dt.timedelta(days=7)
    if any("latest such weekday" in n for n in notes) and any(
        "latest such weekday" in n for n in first_notes
    ):
        a -= weeks
        return DateValue(a.year, a.month, a.day), second
    b += weeks
    return first, DateValue(b.year, b.month, b.day)


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """Join two day dates written as a range (``26 June to 28 June 2020``) into one range value;
    a weekday range runs forward (``from Thursday to Tuesday``, see :func:`_weekday_range`)."""
    out: list[Found] = []
    for item in found:
        if out:
            start, end, first, notes = out[-1]
            gap = text[end : item[0]]
            first, second = _weekday_range(out[-1][2], item[2], notes, item[3])
            if (
                (
                    _RANGE_GAP.fullmatch(gap)
                    or (_AND_GAP.fullmatch(gap) and _BETWEEN_LEAD.search(text, max(0, start - 10), start))
                )
                and first.until is None
                and second.until is None
                # a weekday read alone joins a calendar date only in words ("from May 13 through
                # Sunday"), never across a bare dash ("Apr 26, 2020-Sunday" names the day's weekday)
                and (
                    any("weekday" in n for n in notes) == any("weekday" in n for n in item[3])
                    or gap.strip() not in ("-", "–", "—", "")
                    or _RANGE_LEAD.search(text, max(0, start - 10), start) is not None
                )
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
                    lead = _RANGE_LEAD.search(text, max(0, start - 10), start)
                    if lead is not None:
                        text_start = lead.start()
                    out[-1] = (text_start, item[1], DateValue(a.year, a.month, a.day, until=second), notes)
                    continue
        out.append(item)
    return out
