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
  2007 and 2009``), never a count (``2,021``), a decade (``1990s``), a year range
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
  are developing``). Weeks are skipped.

Not dates: ordinals (``60th birthday``, ``on the 3rd floor``), times (``19:52``,
``4:05 p.m.``), time zones (``UTC+04:00``), counts (``on Monday 21 people``), fractions
(``3/4 of``), decades, and numbers that name an event (``9/11``).

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
from collections.abc import Callable, Iterator

from attrs import frozen

from claimcheck.extract._document import Document
from claimcheck.extract._lexicon_dates import (
    DOCUMENT_NOUNS,
    EVENT_WORDS,
    FIXED_HOLIDAYS,
    MODIFIERS,
    MONTH_NUMBERS,
    MOVABLE_HOLIDAYS,
    NAMED_NUMBERS,
    REPORTING,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR_CUES,
    YEAR_EVENT_NOUNS,
)
from claimcheck.extract._lexicon_numbers import ONES, ORDINAL_WORDS, TENS
from claimcheck.extract._registry import register
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

#: How far (in characters) around a date its event word is looked for.
_WINDOW = 200

#: A partial date may lie at most this many days after publication; later means the year before.
FUTURE_WINDOW_DAYS = 31

_MONTH_WORD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])"
)
#: A month name; only an abbreviation takes a dot (``Feb.``), a full name leaves a full stop out.
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)(?![a-z])"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_YSEP = r"(?:\s?,?\s{1,3}|\s{1,3}(?:of|in)\s{1,3}|[-/])"  # before a year: "4 July, 1995", "of 1995"
_NOT_BEFORE = r"(?<![\w,.:/+$€£-])"  # not inside a number, a time, a zone or a word
_F = re.IGNORECASE

_ISO = re.compile(
    r"(?<![\w./:-])(?P<y>\d{4})(?P<sep>[-/])(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\w-]|[./:]\d)"
)
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)(?!\w|[./:-]\d)"
)
#: Two-digit years below this are 20xx, the others 19xx (``05/05/89``, ``9-18-15``).
_TWO_DIGIT_PIVOT = 40
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
_SUFFIXED = r"(?=\d{1,2}(?:st|nd|rd|th)\b)"  # after a comma or "the" (October, 1st; July the 5th)
_MD = re.compile(
    rf"\b(?P<m>{_MONTH})(?:\s{{0,2}}|[/-]|\s?,\s{{0,2}}{_SUFFIXED}|\s{{1,3}}the\s{{1,3}}{_SUFFIXED})"
    rf"(?P<d>{_DAY}){_ORD}(?![\d:]|[.,]\d)"
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
#: A year naming the event of the noun after it: ``the 1992 protocol``, ``the 2016 elections``.
_YEAR_OF_NOUN = re.compile(rf"\b[Tt]he\s{{1,3}}(?P<y>{_YEAR})\s{{1,3}}(?P<noun>[a-z]{{3,20}})\b")
_RELATIVE = re.compile(
    r"\b(?P<word>(?:the\s{1,3}day\s{1,3}before\s{1,3})?yesterday"
    r"|(?:the\s{1,3}day\s{1,3}after\s{1,3})?tomorrow)\b"
    r"|\b(?P<part>(?:the\s{1,3})?(?:middle|end|beginning|start|first\s{1,3}half|second\s{1,3}half)"
    r"\s{1,3}of\s{1,3}|early\s{1,3}|late\s{1,3}|earlier\s{1,3}|later\s{1,3}|mid-)?"
    r"(?P<rel>last|this|next|past|previous|coming)\s{1,3}(?:calendar\s{1,3})?(?P<unit>year|month)\b",
    _F,
)
_PERIOD_PART = re.compile(
    r"\b(?P<bare>(?:the\s{1,3})?(?:middle|end|beginning|start)\s{1,3}of\s{1,3}(?:the\s{1,3})?)"
    r"(?P<bunit>year|month)\b(?![-\w])",
    _F,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<lead>on|last|next|since|previous|this\s{1,3}coming|this\s{1,3}upcoming|coming"
    r"|upcoming|this)\s{1,3})?"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"(?!,?\s{{0,3}}[-(]?\s{{0,3}}(?:{_MONTH}|\d{{1,4}}[-/.]\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{{0,3}}(?:of\s{{1,3}})?{_MONTH}))",
    _F,
)

# --- number words, weekday + day, short numeric, holidays, offsets ---------------------------

_UNITS_W = "one|two|three|four|five|six|seven|eight|nine"
_UNITS_ORD_W = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS_W = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TEENS_ORD_W = (
    "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
)
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WS = r"[\s-]{1,2}"
#: A day of the month in words: ``first``, ``twenty-second``, ``fifteen``, ``thirty one``.
_DAY_WORD = (
    rf"(?:(?:twenty|thirty)(?:{_WS}(?:{_UNITS_ORD_W}|{_UNITS_W})\b)?|twentieth|thirtieth"
    rf"|{_TEENS_ORD_W}|{_TEENS_W}|{_UNITS_ORD_W}|{_UNITS_W})\b"
)
_SMALL_W = rf"(?:{_TENS_W})(?:{_WS}(?:{_UNITS_W}))?\b|(?:{_TEENS_W}|{_UNITS_W})\b"
#: A year in words: ``nineteen ninety-two``, ``nineteen hundred ninety three``, ``twenty
#: twenty-one``, ``two thousand and five``, ``nineteen oh five``.
_YEAR_WORD = (
    rf"(?:(?:{_TEENS_W}|twenty){_WS}hundred(?:{_WS}(?:and\s{{1,2}})?(?:{_SMALL_W}))?"
    rf"|(?:{_TEENS_W}|twenty){_WS}(?:(?:{_TENS_W})(?:{_WS}(?:{_UNITS_W}))?\b|(?:{_TEENS_W})\b"
    rf"|oh{_WS}(?:{_UNITS_W})\b)"
    rf"|two{_WS}thousand(?:{_WS}(?:and\s{{1,2}})?(?:{_SMALL_W}))?)\b"
)
_WORD_DM = re.compile(
    rf"\b(?P<dw>{_DAY_WORD})(?:\s{{1,3}}day)?\s{{1,3}}(?:(?P<of>of)\s{{1,3}})?(?P<m>{_MONTH})", _F
)
_WORD_MD = re.compile(rf"\b(?P<m>{_MONTH})\s{{1,3}}(?:the\s{{1,3}})?(?P<dw>{_DAY_WORD})(?![-\w])", _F)
_WORD_MY = re.compile(rf"\b(?P<m>{_MONTH})(?:,?\s{{1,3}}|\s{{1,3}}of\s{{1,3}})(?P<yw>{_YEAR_WORD})", _F)
#: A year after a day and month: digits or words.
_YEAR_TAIL = re.compile(rf"{_YSEP}(?:(?P<y>{_YEAR})(?![\w:])|(?P<yw>{_YEAR_WORD}))", _F)
_YEAR_WORD_TAIL = re.compile(rf"(?:\s?,?\s{{1,3}}|\s{{1,3}}(?:of|in)\s{{1,3}})(?P<yw>{_YEAR_WORD})", _F)
#: ``2019/aug/01``, ``2019-Aug-1``.
_YMD_NAME = re.compile(
    rf"(?<![\w./-])(?P<y>{_YEAR})(?P<sep>[-/])(?P<m>{_MONTH_WORD})(?P=sep)(?P<d>{_DAY})(?![\w]|[./-]\d)", _F
)
#: ``2015-03``, ``2015/3`` (not a year span ``2002-03``), ``12/2015``.
_YM_NUMERIC = re.compile(
    rf"(?<![\w./:-])(?:(?P<y>{_YEAR})[-/](?P<mo>\d{{1,2}})|(?P<mo2>\d{{1,2}})/(?P<y2>{_YEAR}))"
    r"(?![\w%]|[./:-]\d)"
)
_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
#: A numeric day and month with no year, only after a cue: ``on 22/04``, ``Friday 7.6``.
_SHORT_NUMERIC = re.compile(
    r"(?<=\s)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?![\w%]|[./:-]\d|\s{0,2}(?:of|per|%)\b)", _F
)
_SHORT_CUE = re.compile(
    rf"\b(?:on|by|until|till|from|since|before|after|through|this|next"
    rf"|(?P<wd>{_WEEKDAY_NAME}|{_WEEKDAY_ABBR}\.?)),?\s{{1,3}}\Z",
    _F,
)
_SHORT_NEXT = re.compile(
    r"(?:\s?,\s{0,2}|\s{1,3}(?:or|and)\s{1,3})(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w%]|[./:-]\d)", _F
)
_SHORT_END = re.compile(r"\s{0,2}(?:[,;:!?)]|\.(?!\d)|$|(?:with|at|in|and|or|to|for)\b)", _F)
#: A weekday with a day of the month: ``Monday 21``, ``Mon 13th``, ``Tuesday the eleventh``.
_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_NAME}|{_WEEKDAY_ABBR})\.?,?\s{{1,3}}(?P<the>the\s{{1,3}})?"
    rf"(?:(?P<d>{_DAY})(?P<o>st|nd|rd|th)?(?![\w:]|[./-]\d)|(?P<dw>{_DAY_WORD}))"
    rf"(?!\s{{0,3}}(?:of\s{{1,3}})?{_MONTH_WORD})",
    _F,
)
#: ``on the 22nd`` (then punctuation or a clause word), ``the 21st of this month``.
_ORDINAL_DAY = re.compile(
    rf"\b(?:(?P<prep>on|by|until|since|from|before|after)\s{{1,3}})?(?:the\s{{1,3}})?(?P<d>{_DAY})(?:st|nd|rd|th)"
    rf"(?:\s{{1,3}}(?:day\s{{1,3}})?(?:of\s{{1,3}})?(?P<rel>this|next|last|previous|the)\s{{1,3}}month\b"
    r"|(?=\s{0,3}(?:[,;:!?)]|\.(?!\d)|$|(?:and|or|when|at|in)\b)))",
    _F,
)
_HOLIDAY_NAMES = sorted({*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS}, key=len, reverse=True)
_HOLIDAY = re.compile(
    r"\b(?P<h>"
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s{1,3}").replace("'", "['’]").replace(r"\.", r"\.?")
        for h in _HOLIDAY_NAMES
    )
    + r")(?![\w'’])"
    rf"(?:\s{{0,2}},?\s{{0,2}}(?:of\s{{1,3}})?(?P<y>{_YEAR})(?![\w:])"
    r"|\s{1,3}(?:of\s{1,3})?(?P<rel>this|last|next)\s{1,3}year\b)?",
    _F,
)
#: Prepositions that make a bare holiday name a date (``at Christmas``, not ``Christmas tree``).
_HOLIDAY_PREPS = frozenset(
    ["on", "at", "before", "after", "since", "until", "till", "by", "over", "around", "during", "from"]
)
_COUNT_W = rf"\d{{1,3}}|an?|(?:{_TENS_W})(?:-(?:{_UNITS_W}))?|{_TEENS_W}|{_UNITS_W}"
#: ``two weeks ago``, ``a year ago``; ``in three days`` (future sentences only).
_OFFSET = re.compile(
    rf"(?<!-)\b(?P<n>{_COUNT_W})\s{{1,3}}(?P<unit>day|week|month|year)s?\s{{1,3}}ago\b"
    rf"|\bin\s{{1,3}}(?P<n2>{_COUNT_W})\s{{1,3}}(?P<unit2>day|week)s?\b(?!\s{{0,3}}of\b|['’])",
    _F,
)
#: A bare month after a cue: ``in March``, ``early March``, ``the end of March``.
_MONTH_CUE = re.compile(  # case-sensitive: a bare month is read only capitalised
    r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
    rf"(?!-|\.?,?\s{{0,3}}(?:\d|(?i:{_DAY_WORD}|of\s{{1,3}}\d)))"
)
_OF_RELATIVE_YEAR = re.compile(r"(?:\s{1,3}of)?\s{1,3}(?P<rel>next|last|this)\s{1,3}year\b", _F)
_CUE_BEFORE = re.compile(
    r"(?:\b(?P<cue>in|by|since|until)|\b(?:in\s)?(?:early|late|mid-|mid)"
    r"|(?:\bthe\s)?\b(?:end|beginning|start|middle)\sof)\s?\Z",
    _F,
)
#: The last day of a range after a day date: ``April 9th through the 17th``.
_DAY_TAIL = re.compile(
    rf"\s{{1,3}}(?:through|till|until|to|[-–—])\s{{1,3}}(?:the\s{{1,3}})?"
    rf"(?:(?P<d>{_DAY})(?:st|nd|rd|th)|(?P<dw>{_DAY_WORD}))"
    rf"(?![-\w]|\s{{0,3}}(?:of\s{{1,3}})?{_MONTH_WORD}|,?\s{{0,3}}\d)",
    _F,
)
#: The first day of a range before a day date: ``between the ninth and the seventeenth of April``.
_DAY_LEAD = re.compile(
    rf"\b(?P<pre>from|between)\s{{1,3}}(?:the\s{{1,3}})?(?:(?P<d>{_DAY})(?:st|nd|rd|th)?|(?P<dw>{_DAY_WORD}))"
    r"\s{1,3}(?:to|till|until|through|and|[-–—])\s{1,3}(?:the\s{1,3})?\Z",
    _F,
)
#: Two numeric dates as a range: ``10/1/2018 - 10/7/2018``, ``5/1-5/7, 2020``.
_NUMERIC_RANGE = re.compile(
    rf"(?<![\w./:-])(?P<a1>\d{{1,2}})/(?P<b1>\d{{1,2}})(?:/(?P<y1>{_YEAR}))?\s{{0,3}}[-–]\s{{0,3}}"
    rf"(?P<a2>\d{{1,2}})/(?P<b2>\d{{1,2}})(?:/|,\s{{1,3}})(?P<y2>{_YEAR})(?![\w]|[./:-]\d)"
)
_YEAR_NEXT = re.compile(
    rf"(?:\s?,\s{{1,3}}|\s{{1,3}}(?:and|or)\s{{1,3}})(?P<y>{_YEAR})(?!\w|[.,]\d|[-–/]\d|\s?%|\s?per\s?cent)",
    _F,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to"
    r"|plans?\s+to|going\s+to)\b",
    _F,
)
#: Nothing to find without a digit, a relative period, a weekday or "last/this/next <month>".
_PREFILTER = re.compile(
    r"\d|tomorrow|day|week|ago\b|(?:year|month)\b"
    r"|\b(?:last|this|next|coming|previous)\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    _F,
)
#: With no digit and no relative word: a capitalised month name or holiday may still make a
#: date (``the fourth of July``, ``at Christmas``).
_PREFILTER_WORDS = re.compile(  # case-sensitive literals: scanned fast (no \\b, no IGNORECASE)
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Easter|Thanksgiving|Halloween"
    r"|Juneteenth"
)
#: Cheap necessary conditions for the readers (a reader runs only when its gate holds).
_GATE_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", _F)
_GATE_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")
_GATE_DIGIT = re.compile(r"\d")
_GATE_ISO = re.compile(r"\d[-/]\d")
_GATE_NUMERIC = re.compile(r"\d[./-]\d")
_GATE_WORDS = re.compile(
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleven|twel|teen|twent|thirt"
    "|one|two|three|five|six|seven|eight|nine"
)  # searched in the lower-cased text
_GATE_WEEKDAY_DAY = re.compile(r"day\.?,?\s{1,3}(?:the\s|\d)")  # in the lower-cased text
_GATE_ORDINAL_DAY = re.compile(r"\d(?:st|nd|rd|th)\b", _F)
_HOLIDAY_STEMS = ("christmas", "easter", "thanksgiving", "patrick", "earth day", "friday", "new year")
_GATE_HOLIDAY = re.compile(  # case-sensitive literals: holidays are read capitalised
    r"Christmas|Easter|Thanksgiving|Halloween|Juneteenth|Valentine|Patrick|Boxing|Independence"
    r"|Earth Day|New Year|Women|Friday|Fourth of"
)


def _has_any(low: str, needles: tuple[str, ...]) -> bool:
    for n in needles:  # noqa: SIM110 - a plain loop is several times faster than any() here
        if n in low:
            return True
    return False


def _gates(text: str) -> list[str]:
    """The reader groups whose cheap necessary condition holds for ``text``, in reading order."""
    low = text.lower()
    has_month = _GATE_MONTH.search(text) is not None
    has_digit = _GATE_DIGIT.search(text) is not None
    has_year = has_digit and _GATE_YEAR.search(text) is not None
    has_day = "day" in low
    has_ordinal = has_digit and _GATE_ORDINAL_DAY.search(text) is not None
    has_relative = _has_any(low, ("year", "month", "yesterday", "tomorrow"))
    on: list[str] = []
    if has_digit:
        if _GATE_ISO.search(text) is not None:
            on.append("iso")
        if _GATE_NUMERIC.search(text) is not None:
            on.append("numeric")
        if has_month:
            on.append("month_digit")
    if has_month and _GATE_WORDS.search(low) is not None:
        on.append("month_words")
    if has_month and has_year:
        on.append("month_year")
        if "-" in text or "/" in text:
            on.append("ymd_name")
    if has_year:
        on.append("year")
    if has_relative:
        on.append("relative")
        if _has_any(low, (" of the year", " of the month", " of year", " of month")):
            on.append("period_part")
    if has_month:
        on.append("month")
    if has_day:
        on.append("weekday")
    if has_ordinal or (has_day and _GATE_WEEKDAY_DAY.search(low) is not None):
        on.append("weekday_day")
    if has_ordinal:
        on.append("ordinal_day")
    if _GATE_HOLIDAY.search(text) is not None or (has_year and _has_any(low, _HOLIDAY_STEMS)):
        on.append("holiday")  # "Christmas", "easter 2018"
    if "ago" in low or ("in " in low and ("day" in low or "week" in low)):
        on.append("offset")
    return on


_RANGE_GAP = re.compile(r"\s{0,3}(?:[-–—]|to|until|till|through)\s{0,3}(?:the\s{1,3})?", _F)
_NTH_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last)\s{1,2}\Z", _F)
_AND_GAP = re.compile(r"\s{1,3}and\s{1,3}", _F)
_BETWEEN_LEAD = re.compile(r"\bbetween\s{1,3}\Z", _F)
_RANGE_LEAD = re.compile(r"\b(?:from|between)\s{1,3}\Z", _F)
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
    if not _PREFILTER.search(text) and not _PREFILTER_WORDS.search(text):
        low = text.lower()  # a month in lower case with a day in words: "february twenty second"
        if _GATE_WORDS.search(low) is None or _GATE_MONTH.search(text) is None:
            return
    found: list[tuple[int, int, DateValue, tuple[str, ...]]] = []
    future: bool | None = None  # read only when a pattern matches
    for gate in _gates(text):  # the groups whose cheap necessary condition holds
        for pattern, reader in _READERS[gate]:
            for m in pattern.finditer(text):
                if future is None:
                    future = _FUTURE.search(text) is not None
                got = reader(m, published, future)
                if isinstance(got, list):
                    found.extend(got)
                elif got is not None:
                    value, notes, start, end = got
                    found.append((start, end, value, notes))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    if not found:
        return
    found = _join_ranges(text, _day_ranges(text, _drop_overlaps(found)))
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


def _drop_overlaps(found: list[_Found]) -> list[_Found]:
    """Keep the first (then longest) of overlapping finds; ``found`` is sorted by start."""
    out: list[_Found] = []
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            out.append(item)
            last_end = item[1]
    return out


def _range_day(m: re.Match[str]) -> int | None:
    if m["d"]:
        return int(m["d"])
    return day_words_value(m["dw"]) if _is_ordinal_word(m["dw"]) else None


def _day_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Widen a day date to a range when its other day is written beside it without a month
    (``April 9th through the 17th``, ``from the ninth till the seventeenth of April``)."""
    out: list[_Found] = []
    for i, (start, end, value, notes) in enumerate(found):
        if value.day is not None and value.until is None and value.month is not None:
            nxt = found[i + 1][0] if i + 1 < len(found) else len(text)
            tail = _DAY_TAIL.match(text, end)
            lead = _DAY_LEAD.search(text, max(0, start - 60), start)
            if tail is not None and tail.end() <= nxt:
                last = _range_day(tail)
                if last is not None and last > value.day and _valid(value.year, value.month, last):
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


def _join_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Join two day dates written as a range (``26 June to 28 June 2020``) into one range value."""
    out: list[_Found] = []
    for item in found:
        if out:
            start, end, first, notes = out[-1]
            gap = text[end : item[0]]
            second = item[2]
            if (
                (
                    _RANGE_GAP.fullmatch(gap)
                    or (_AND_GAP.fullmatch(gap) and _BETWEEN_LEAD.search(text, max(0, start - 10), start))
                )
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
                    lead = _RANGE_LEAD.search(text, max(0, start - 10), start)
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
    except ValueError:  # 29 February in a common year: the nearest leap year in the sentence's tense
        if (month, day) != (2, 29):
            return None, ("year unknown (no such day)",)
        step = 1 if future else -1
        year += step
        while not _valid(year, month, day):
            year += step
        return year, ("year from publication date", "nearest leap year")
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
    if not _valid(y, month, day):
        return None
    return DateValue(y, month, day), notes, m.start(), m.end()


def _read_day_month(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    end = m.end()
    year_found = (int(m["y"]), end) if m["y"] else _year_after(m.string, end, words_only=True)
    if year_found is None and _lower_may(m):
        return None
    got = _day_value(_month(m["m"]), int(m["d"]), year_found, published, future)
    if got is None:
        return None
    return got[0], got[1], m.start(), year_found[1] if year_found else end


def _read_range(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read | list[_Found]:
    if _lower_may(m):
        return None
    month = _month(m["m"])
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    if (m.groupdict().get("conj") or "").lower() == "and" and not m["pre"]:
        return _two_days(m, month, d1, d2, published, future)  # "18 and 19 June": two dates
    year: int | None
    notes: tuple[str, ...] = ()
    end = m.end()
    words_year = None if m["y"] else _year_after(m.string, end, words_only=True)
    if m["y"]:
        year = int(m["y"])
    elif words_year is not None:  # "from 2 to 7 Feb, two thousand and eighteen"
        year, end = words_year
    else:
        year, notes = _infer_year(month, d1, published, future)
    if not _valid(year, month, d1) or not _valid(year, month, d2):
        return None
    return DateValue(year, month, d1, until=DateValue(year, month, d2)), notes, m.start(), end


def _two_days(
    m: re.Match[str], month: int, d1: int, d2: int, published: _dt.date | None, future: bool
) -> list[_Found] | None:
    year_found = (int(m["y"]), m.end()) if m["y"] else None
    first = _day_value(month, d1, year_found, published, future)
    second = _day_value(month, d2, year_found, published, future)
    if first is None or second is None:
        return None
    end = m.end("d1")
    if m.string[end : end + 2].lower() in ("st", "nd", "rd", "th"):
        end += 2
    return [(m.start("d1"), end, *first), (m.start("d2"), m.end(), *second)]


def _read_month_year(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    return DateValue(int(m["y"]), _month(m["m"])), (), m.start(), m.end()


def _read_year(m: re.Match[str], published: _dt.date | None, future: bool) -> list[_Found]:
    cue = (m["cue"] or "mid").lower()
    notes = (f"year after {' '.join(cue.split())!r}",) if cue not in ("in", "of", "year", "back in") else ()
    out: list[_Found] = [(m.start("y"), m.end("y"), DateValue(int(m["y"])), notes)]
    pos = m.end()
    while (nxt := _YEAR_NEXT.match(m.string, pos)) is not None:  # "in 2007 and 2009"
        out.append((nxt.start("y"), nxt.end("y"), DateValue(int(nxt["y"])), notes))
        pos = nxt.end()
    return out


def _read_year_of_noun(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    noun = m["noun"]
    if noun not in YEAR_EVENT_NOUNS and (noun not in DOCUMENT_NOUNS or _singular(noun) != noun):
        return None  # "the 2000 delegates" is a count
    return DateValue(int(m["y"])), ("year of the event named after it",), m.start("y"), m.end("y")


def _read_relative(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
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


def _read_weekday(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
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


# --- readers for number words, weekdays with a day, short numeric dates, holidays ----------


def _small_words(tokens: list[str]) -> int:
    """The value of a run of number words below 100 (``ninety two``, ``oh five``)."""
    total = 0
    for t in tokens:
        if t in ONES:
            total += ONES[t]
        elif t in TENS:
            total += TENS[t]
        elif t in ORDINAL_WORDS:
            total += ORDINAL_WORDS[t]
    return total


def _word_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s-]+", text.lower()) if t and t not in ("and", "oh")]


def day_words_value(text: str) -> int:
    """The day written in words (``twenty-second`` -> 22, ``fifteen`` -> 15)."""
    return _small_words(_word_tokens(text))


def year_words_value(text: str) -> int:
    """The year written in words (``nineteen ninety-two`` -> 1992, ``two thousand and five`` -> 2005)."""
    tokens = _word_tokens(text)
    if "thousand" in tokens:
        i = tokens.index("thousand")
        return _small_words(tokens[:i]) * 1000 + _small_words(tokens[i + 1 :])
    if "hundred" in tokens:
        i = tokens.index("hundred")
        return _small_words(tokens[:i]) * 100 + _small_words(tokens[i + 1 :])
    return _small_words(tokens[:1]) * 100 + _small_words(tokens[1:])


def _is_ordinal_word(text: str) -> bool:
    return text.lower().rsplit(None, 1)[-1].split("-")[-1] in ORDINAL_WORDS


def _year_after(text: str, pos: int, words_only: bool = False) -> tuple[int, int] | None:
    """A year written right after ``pos`` (digits or words) and where it ends."""
    m = (_YEAR_WORD_TAIL if words_only else _YEAR_TAIL).match(text, pos)
    if m is None:
        return None
    if m.groupdict().get("y"):
        return int(m["y"]), m.end()
    year = year_words_value(m["yw"])
    if not 1000 <= year <= 2100 or not _plausible_year_words(text, m.end("yw"), m["yw"]):
        return None
    return year, m.end()


_BARE_THOUSAND = re.compile(r"\s{0,2}(?:[,.;:!?)]|$|and\b|when\b)", _F)


def _plausible_year_words(text: str, end: int, words: str) -> bool:
    """``two thousand`` / ``nineteen hundred`` alone are years only at a clause end (not
    ``two thousand people``)."""
    last = words.lower().split()[-1].split("-")[-1]
    return last not in ("thousand", "hundred") or _BARE_THOUSAND.match(text, end) is not None


def _day_value(
    month: int, day: int, year_found: tuple[int, int] | None, published: _dt.date | None, future: bool
) -> tuple[DateValue, tuple[str, ...]] | None:
    year: int | None
    notes: tuple[str, ...] = ()
    if year_found is not None:
        year = year_found[0]
    else:
        year, notes = _infer_year(month, day, published, future)
    if not _valid(year, month, day):
        return None
    return DateValue(year, month, day), notes


def _read_word_day_month(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    word = m["dw"]
    ordinal = _is_ordinal_word(word)
    day = day_words_value(word)
    if ordinal != bool(m["of"]) or (not ordinal and day < 11):
        return None  # "fourth of July", "fifteen August"; not "second March", "five of May"
    year_found = _year_after(m.string, m.end())
    if year_found is None and _lower_may(m):
        return None
    got = _day_value(_month(m["m"]), day, year_found, published, future)
    if got is None:
        return None
    return got[0], got[1], m.start(), year_found[1] if year_found else m.end()


def _read_word_month_day(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    year_found = _year_after(m.string, m.end())
    if year_found is None and (_lower_may(m) or not _is_ordinal_word(m["dw"])):
        return None  # "in March two ships sank": a cardinal after a month needs a year
    got = _day_value(_month(m["m"]), day_words_value(m["dw"]), year_found, published, future)
    if got is None:
        return None
    return got[0], got[1], m.start(), year_found[1] if year_found else m.end()


def _read_word_month_year(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    year = year_words_value(m["yw"])
    if not 1000 <= year <= 2100 or not _plausible_year_words(m.string, m.end(), m["yw"]):
        return None
    return DateValue(year, _month(m["m"])), (), m.start(), m.end()


def _read_numeric_range(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else y2
    a1, b1, a2, b2 = int(m["a1"]), int(m["b1"]), int(m["a2"]), int(m["b2"])
    if a1 > 12 or a2 > 12:  # a day first: 25/12/2018-27/12/2018
        a1, b1, a2, b2 = b1, a1, b2, a2
    if not _valid(y1, a1, b1) or not _valid(y2, a2, b2) or (y1, a1, b1) >= (y2, a2, b2):
        return None
    value = DateValue(y1, a1, b1, until=DateValue(y2, a2, b2))
    notes: tuple[str, ...] = ()
    if b1 <= 12 and b2 <= 12:
        notes = ("ambiguous numeric date read month-first",)
    return value, notes, m.start(), m.end()


def _read_ymd_name(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    y, mo, d = int(m["y"]), _month(m["m"]), int(m["d"])
    if not _valid(y, mo, d):
        return None
    return DateValue(y, mo, d), (), m.start(), m.end()


def _read_year_month_numeric(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if m["y"]:
        year, month = int(m["y"]), int(m["mo"])
        if month == (year + 1) % 100:
            return None  # "2002-03": a span of years, not March 2002
    else:
        year, month = int(m["y2"]), int(m["mo2"])
    if not 1 <= month <= 12:
        return None
    return DateValue(year, month), (), m.start(), m.end()


def _weekday_of(word: str) -> int:
    w = word.lower().rstrip(".")
    return WEEKDAYS[w] if w in WEEKDAYS else WEEKDAY_ABBREVIATIONS[w]


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
        got = _day_value(month, day, None, published, future)
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


def _read_short_numeric(m: re.Match[str], published: _dt.date | None, future: bool) -> list[_Found] | None:
    cue = _SHORT_CUE.search(m.string, max(0, m.start() - 14), m.start())
    if cue is None or m.group() in NAMED_NUMBERS:
        return None
    sep = m["sep"]
    weekday = _weekday_of(cue["wd"]) if cue["wd"] else None
    if sep != "/" and (weekday is None or _SHORT_END.match(m.string, m.end()) is None):
        return None  # "on 5.12" is a number; "Friday 7.6," is a date
    got = _pick_reading(int(m["a"]), int(m["b"]), sep, weekday, published, future)
    if got is None:
        return None
    start = cue.start() if weekday is not None else m.start()
    out: list[_Found] = [(start, m.end(), got[0], got[1])]
    pos = m.end()
    while sep == "/" and (nxt := _SHORT_NEXT.match(m.string, pos)) is not None:
        more = _pick_reading(int(nxt["a"]), int(nxt["b"]), "/", None, published, future)
        if more is None:
            break
        out.append((nxt.start("a"), nxt.end(), more[0], more[1]))
        pos = nxt.end()
    return out


def _read_weekday_day(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if published is None:
        return None
    abbreviated = not m["wd"].lower().endswith("day")
    if m["dw"] is not None:
        if not m["the"] or not _is_ordinal_word(m["dw"]):
            return None  # "Tuesday the eleventh"
        day = day_words_value(m["dw"])
    else:
        day = int(m["d"])
        if abbreviated and not m["o"]:
            return None  # "Mon 13th", not "Sun 13"
        if not m["o"] and not m["the"] and _SHORT_END.match(m.string, m.end()) is None:
            return None  # "on Monday 21 people died"
    if m["wd"][0].islower() and not m["o"] and not m["the"]:
        return None
    target = _weekday_of(m["wd"])
    month_index = published.year * 12 + published.month - 1
    order = [0]
    for k in range(1, 13):
        order += [k, -k] if future else [-k, k]
    for k in order:
        y, mo = divmod(month_index + k, 12)
        if not _valid(y, mo + 1, day):
            continue
        d = _dt.date(y, mo + 1, day)
        if d.weekday() == target:
            notes = ("relative to publication date", "nearest month with that weekday")
            return DateValue(d.year, d.month, d.day), notes, m.start(), m.end()
    return None


def _read_ordinal_day(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
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
    if not _valid(y, mo + 1, day):
        return None
    return DateValue(y, mo + 1, day), tuple(notes), m.start("d"), m.end()


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


def _read_holiday(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
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


def _count_value(word: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    return _small_words(w.split("-"))


def _read_offset(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    if published is None:
        return None
    if m["n"]:
        n, unit, sign = _count_value(m["n"]), m["unit"].lower(), -1
    else:
        if not future:
            return None  # "in three days of talks": only a date in a sentence about the future
        n, unit, sign = _count_value(m["n2"]), m["unit2"].lower(), 1
    if n <= 0:
        return None
    words = " ".join(m.group().lower().split())
    notes = ("relative to publication date", f"{unit} precision: {words!r}")
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


def _read_month_cue(m: re.Match[str], published: _dt.date | None, future: bool) -> _Read:
    part = _CUE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
    if part is None:
        return None
    month = _month(m["m"])
    year, notes = _infer_year(month, 1, published, future)
    rel = _OF_RELATIVE_YEAR.match(m.string, m.end())
    if rel is not None and published is not None:  # "by March of next year"
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel["rel"].lower()]
        notes = ("relative to publication date",)
        return DateValue(year, month), notes, m.start() if part["cue"] else part.start(), rel.end()
    if part["cue"]:  # "in March", "since March"
        return DateValue(year, month), notes, m.start(), m.end()
    words = " ".join(m.string[part.start() : m.end()].lower().split())
    return DateValue(year, month), (*notes, f"month precision: {words!r}"), part.start(), m.end()


_Reader = Callable[..., "_Read | list[_Found] | None"]

#: The readers, grouped under the cheap necessary condition (gate) they need.
_READERS: dict[str, tuple[tuple[re.Pattern[str], _Reader], ...]] = {
    "iso": ((_ISO, _read_iso),),
    "numeric": (
        (_NUMERIC, _read_numeric),
        (_SHORT_NUMERIC, _read_short_numeric),
        (_NUMERIC_RANGE, _read_numeric_range),
        (_YM_NUMERIC, _read_year_month_numeric),
    ),
    "month_digit": (
        (_RANGE_DM, _read_range),
        (_RANGE_MD, _read_range),
        (_DM, _read_day_month),
        (_MD, _read_day_month),
    ),
    "month_words": (
        (_WORD_DM, _read_word_day_month),
        (_WORD_MD, _read_word_month_day),
        (_WORD_MY, _read_word_month_year),
    ),
    "month_year": ((_MY, _read_month_year),),
    "ymd_name": ((_YMD_NAME, _read_ymd_name),),
    "year": ((_YEAR_ONLY, _read_year), (_YEAR_OF_NOUN, _read_year_of_noun)),
    "relative": ((_RELATIVE, _read_relative),),
    "period_part": ((_PERIOD_PART, _read_relative),),
    "month": ((_MONTH_RELATIVE, _read_month_relative), (_MONTH_CUE, _read_month_cue)),
    "weekday": ((_WEEKDAY, _read_weekday),),
    "weekday_day": ((_WEEKDAY_DAY, _read_weekday_day),),
    "ordinal_day": ((_ORDINAL_DAY, _read_ordinal_day),),
    "holiday": ((_HOLIDAY, _read_holiday),),
    "offset": ((_OFFSET, _read_offset),),
}


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
