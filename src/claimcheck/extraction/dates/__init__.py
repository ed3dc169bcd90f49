"""Dates: full, partial and relative dates, with the event they date as subject.

Forms read (case-insensitive month names, abbreviations with or without a dot):

- full dates: ``April 4, 1992``, ``4 April 1992``, ``Feb. 22, 2022``, ``the 22nd of
  February 2022``, ``July the 5th``, ``2022-02-22``, ``2022/02/22``, ``2019/aug/01``,
  ``22.02.2022``, ``22-02-2022``, ``02/22/2022``, two-digit years (``05/05/89``: below
  40 is 20xx). Numeric dates are resolved by validity first (a side above 12 is the
  day); when both orders are valid, slashed dates read month-first (the US, English
  convention) and dotted or dashed ones day-first, with a note saying so; a weekday
  beside the date picks the reading that falls on it (``Friday 7.6``);
- days and years in words: ``the twenty-second of February``, ``March fifth``,
  ``fifteen August``, ``nineteen ninety-two``, ``two thousand and five``, ``nineteen
  hundred ninety three`` (an ordinal word before a month needs ``of``; a cardinal word
  after a month needs a year after it, so ``in March two ships sank`` is no day);
- day ranges: ``9/10 November 2020``, ``9-10 November``, ``between 9 and 10
  November``, ``November 9-10, 2020``, ``April 9th through the 17th``, ``between the
  ninth and the seventeenth of April``, ``10/1/2018 - 10/7/2018`` (``until`` holds
  the last day); ``18 and 19 June`` is two dates;
- partial dates: ``February 22`` / ``22 February`` / ``on 22/04`` (numeric only
  after a cue word: ``on``, ``by``, ``since``, a weekday...) take the year of the
  publication date, or the year before when that would put the date more than
  :data:`FUTURE_WINDOW_DAYS` after publication (a story dated 3 January that
  mentions 28 December means last December); with no publication date the year
  stays unknown (``--02-22``); a 29 February takes the nearest leap year;
- months and years: ``February 2022`` keeps month precision (a day is never
  invented); ``in March``, ``early March``, ``the end of March`` (capitalised, after a
  cue) take the year like a partial date; a bare year ``1800..2100`` only after a
  cue word (``in 2021``, ``since 1992``, ``mid-2021``, and the list after it: ``in
  2007 and 2009``), never a count (``2,021``), a bare decade (``1990s``), a year range
  (``2012-13``, ``2002-03``) or a percentage;
- holidays: fixed ones (Christmas, New Year's Day, Juneteenth, US Independence Day;
  a bare ``Independence Day`` is national and left out) and computed ones (Easter,
  Good Friday, Thanksgiving, Black Friday), with a written year or the publication
  year; a bare name needs a preposition before it (``at Christmas``, not ``a
  Christmas market``);
- relative expressions, only with a publication date (a :class:`DateValue`
  cannot hold an unresolved date, so without one they are skipped):
  ``yesterday``, ``tomorrow``, ``the day before yesterday``, ``last/this/next
  year|month`` (with ``the middle/end/beginning of``, ``earlier``...: year or
  month precision plus a note), ``the end of the year`` (the publication year),
  offsets at the precision of their unit (``two weeks ago`` is a day, ``three years
  ago`` a year; ``in three days`` only in a sentence about the future), ordinal
  days (``on the 22nd``: the publication month, or the month before for a past day
  after publication; ``the 5th of next month``), weekdays (``on Thursday``: the latest
  such day on or before publication, or the next one on or after it in a sentence
  about the future; ``last Friday``: the latest one before publication, except a
  same-week yesterday; ``next Friday``: that day of the next week, ``this Friday``
  of the publication week, weeks starting on Monday; ``coming Friday``: the next
  one; ``Monday the 15th``: the nearest month where the 15th is a Monday). Bare
  ``today`` is skipped: in news it is mostly "nowadays" (``today these relations
  are developing``). ``last week``, ``the week before last``: Monday to Sunday;
- periods (``_periods``): seasons (``last spring``, ``the summer of 2019``: three months,
  northern hemisphere), calendar quarters (``the third quarter of 2024``, ``Q3 2024``; without a
  year only in a sentence about business, never a fiscal quarter), decades after a preposition
  of time (``in the 1990s``: ten years); the n-th weekday of a month (``the first Tuesday in
  November``); ``a year from now``.

Not dates: ordinals (``60th birthday``, ``on the 3rd floor``), times (``19:52``,
``4:05 p.m.``), time zones (``UTC+04:00``), counts (``on Monday 21 people``), fractions
(``3/4 of``), decades named as a style (``music of the 1990s``), and numbers that name an
event (``9/11``).

Every pattern has bounded quantifiers only, and each family of patterns runs only when
a cheap necessary condition holds for the sentence (a digit, a month name, ``day``...).

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

from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.dates._gates import (
    GATE_MONTH,
    GATE_WORDS,
    PREFILTER,
    PREFILTER_WORDS,
    READERS,
    gates,
)
from claimcheck.extraction.dates._parts import FUTURE_WINDOW_DAYS, valid_date
from claimcheck.extraction.dates._ranges import day_ranges, drop_overlaps, join_ranges
from claimcheck.extraction.dates._relative import read_offset
from claimcheck.extraction.dates._subjects import dated_event
from claimcheck.extraction.dates._tense import direction, direction_note, sentence_words
from claimcheck.extraction.dates._words import day_words_value, year_words_value
from claimcheck.model import Claim, DateValue

__all__ = [
    "FUTURE_WINDOW_DAYS",
    "DateMatch",
    "dates",
    "day_words_value",
    "find_dates",
    "parse_date",
    "year_words_value",
]

_F = re.IGNORECASE

#: How far (in characters) around a date its event word is looked for.
_WINDOW = 200

#: Readers that find nothing in a sentence about the past (``in three days``).
_TENSE_ONLY = frozenset([read_offset])

#: ``this`` right before a date keeps it in the publication year (``this 5/12``).
_THIS_BEFORE = re.compile(r"\bthis\s{1,3}\Z", _F)

#: Notes of a date resolved against the publication date: such a date gets a direction note.
_RELATIVE_NOTES = ("relative to publication date", "year from publication date")

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: A digit: one branch of ``PREFILTER``, found much faster alone (a class the regex engine
#: skips ahead to in C, where the case-blind alternation is tried at every position).
_DIGIT = re.compile(r"\d")


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
    published = doc.published  # read once, not per sentence
    for s_start, _s_end, sent in doc.iter_sentences():
        for m in find_dates(sent, published=published):
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


def _found(got: tuple[DateValue, tuple[str, ...], int, int]) -> tuple[int, int, DateValue, tuple[str, ...]]:
    value, notes, start, end = got
    return start, end, value, notes


def _with_direction(
    text: str,
    f: tuple[int, int, DateValue, tuple[str, ...]],
    way: tuple[bool, str],
    published: _dt.date | None,
) -> tuple[int, int, DateValue, tuple[str, ...]]:
    """A found date with its direction note, when it was resolved against publication.

    A date whose year came from the publication date moves a year when a tense cue puts
    it on the other side (unless a weekday or ``this`` pins it): ``the last time they met
    was in October`` written in September is last October, ``will travel in February``
    written in December is next February.
    """
    start, end, value, notes = f
    if not published_relative(notes) or any(n.startswith("direction:") for n in notes):
        return f  # a date with its own direction ("two years ago", "a year from now")
    future, cue = way
    pinned = any("weekday" in n for n in notes) or _THIS_BEFORE.search(text, max(0, start - 8), start)
    if (
        cue
        and not pinned
        and published is not None
        and "year from publication date" in notes
        and value.until is None
    ):
        shift = _year_shift(value, published, future=future)
        if shift and value.year is not None:
            moved = _dt.date(value.year + shift, value.month or 1, 1)  # the month exists in any year
            if value.day is None or valid_date(moved.year, moved.month, value.day):
                value = DateValue(moved.year, value.month, value.day)
                notes = (*notes, f"{'next' if shift > 0 else 'previous'} year: the tense says so")
    return start, end, value, (*notes, direction_note(way))


def _year_shift(value: DateValue, published: _dt.date, *, future: bool) -> int:
    """+1 / -1 when ``value`` lies on the wrong side of publication for the tense, else 0."""
    if value.year is None or value.month is None:
        return 0
    here = (value.year, value.month, value.day or 0)
    pub = (published.year, published.month, published.day if value.day is not None else 0)
    if future and here < pub:
        return 1
    if not future and here > pub:
        return -1
    return 0


def published_relative(notes: tuple[str, ...]) -> bool:
    """Whether a date's notes say it was resolved against the publication date."""
    return any(n in _RELATIVE_NOTES for n in notes)


def _words(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """``(start, end, word)`` of each word of ``text``, and the starts alone (the lists built in C)."""
    tokens = list(_WORD.finditer(text))
    starts = list(map(re.Match.start, tokens))
    return list(zip(starts, map(re.Match.end, tokens), map(re.Match.group, tokens))), starts


def find_dates(text: str, *, published: _dt.date | None = None) -> Iterator[DateMatch]:
    """Find the dates in one sentence (or any short text), resolved against ``published``.

    Args:
        text: the sentence.
        published: the anchor for partial and relative dates.

    Yields:
        DateMatch objects sorted by start, never overlapping.
    """
    if _DIGIT.search(text) is None and not PREFILTER.search(text) and not PREFILTER_WORDS.search(text):
        low = text.lower()  # a month in lower case with a day in words: "february twenty second"
        if GATE_WORDS.search(low) is None or GATE_MONTH.search(text) is None:
            return
    found: list[tuple[int, int, DateValue, tuple[str, ...]]] = []
    tense_words: list[tuple[int, int, str]] | None = None  # read only when a pattern matches
    for gate in gates(text):  # the groups whose cheap necessary condition holds
        for pattern, reader in READERS[gate]:
            for m in pattern.finditer(text):
                # read as about the past first; the tense is read only for a date resolved
                # against publication (most dates carry their year), then read again if ahead
                got = reader(m, published, False)
                items = got if isinstance(got, list) else [] if got is None else [_found(got)]
                if not (
                    any(published_relative(f[3]) for f in items) or (got is None and reader in _TENSE_ONLY)
                ):
                    found.extend(items)
                    continue
                if tense_words is None:
                    tense_words = sentence_words(text)
                way = direction(text, tense_words, m.start(), m.end())
                if way[0]:
                    got = reader(m, published, True)
                    items = got if isinstance(got, list) else [] if got is None else [_found(got)]
                found.extend(_with_direction(text, f, way, published) for f in items)
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    if not found:
        return
    found = join_ranges(text, day_ranges(text, drop_overlaps(found)))
    words, starts = _words(text)
    last_end = -1
    for start, end, value, notes in found:
        if start < last_end:
            continue
        last_end = end
        lo = bisect.bisect_left(starts, start - _WINDOW)
        hi = bisect.bisect_right(starts, end + _WINDOW)
        subject, detail = dated_event(text, words[lo:hi], start, end)
        yield DateMatch(start, end, value, subject, detail, notes)
