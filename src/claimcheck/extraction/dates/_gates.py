"""Which date readers run on a sentence: a cheap prefilter, the gate (a cheap necessary
condition) of each reader group, and the readers grouped under their gate, in reading order."""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck.extraction.dates._absolute import (
    DM,
    ISO,
    MD,
    MONTH_CUE,
    MY,
    NUMERIC,
    NUMERIC_RANGE,
    RANGE_DM,
    RANGE_MD,
    SHORT_NUMERIC,
    YEAR_OF_NOUN,
    YEAR_ONLY,
    YM_NUMERIC,
    YMD_NAME,
    read_day_month,
    read_iso,
    read_month_cue,
    read_month_year,
    read_numeric,
    read_numeric_range,
    read_range,
    read_short_numeric,
    read_year,
    read_year_month_numeric,
    read_year_of_noun,
    read_ymd_name,
)
from claimcheck.extraction.dates._holidays import HOLIDAY, NTH_WEEKDAY, read_holiday, read_nth_weekday
from claimcheck.extraction.dates._parts import Found, Read
from claimcheck.extraction.dates._periods import (
    DECADE,
    QUARTER,
    SEASON,
    WEEK_PAIR,
    read_decade,
    read_quarter,
    read_season,
    read_week_pair,
)
from claimcheck.extraction.dates._relative import (
    MONTH_RELATIVE,
    OFFSET,
    ORDINAL_DAY,
    PERIOD_PART,
    RELATIVE,
    TODAY,
    WEEK,
    WEEKDAY,
    WEEKDAY_DAY,
    read_month_relative,
    read_offset,
    read_ordinal_day,
    read_relative,
    read_today,
    read_week,
    read_weekday,
    read_weekday_day,
)
from claimcheck.extraction.dates._words import (
    WORD_DM,
    WORD_MD,
    WORD_MY,
    read_word_day_month,
    read_word_month_day,
    read_word_month_year,
)

__all__ = ["GATE_MONTH", "GATE_WORDS", "PREFILTER", "PREFILTER_WORDS", "READERS", "gates"]

_F = re.IGNORECASE

#: Nothing to find without a digit, a relative period, a weekday or "last/this/next <month>".
PREFILTER = re.compile(
    r"\d|tomorrow|day|week|ago\b|(?:year|month)\b|tonight|(?:this|last)\s(?:morning|afternoon|evening|night)"
    r"|\b(?:last|this|next|coming|previous)\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|spring|summer|autumn|fall|winter|quarter",
    _F,
)
#: With no digit and no relative word: a capitalised month name or holiday may still make a
#: date (``the fourth of July``, ``at Christmas``).
PREFILTER_WORDS = re.compile(  # case-sensitive literals: scanned fast (no \\b, no IGNORECASE)
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|Easter|Thanksgiving|Halloween"
    r"|Juneteenth"
)
#: Cheap necessary conditions for the readers (a reader runs only when its gate holds).
GATE_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", _F)
_GATE_YEAR = re.compile(r"(?:1[89]|20|21)\d\d")
_GATE_DIGIT = re.compile(r"\d")
_GATE_ISO = re.compile(r"\d[-/]\d")
_GATE_NUMERIC = re.compile(r"\d[./-]\d")
GATE_WORDS = re.compile(
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


#: A month name (or its abbreviation) not followed by a letter, searched in the lower-cased
#: text of an ASCII sentence: every reader under a month gate matches one (``MONTH``,
#: ``MONTH_WORD``, or ``MONTH_CUE``'s capitalised names), and on ASCII text a case-blind
#: match is a case-sensitive match of the lower-cased text. Stricter than ``GATE_MONTH``
#: ("marked", "decided" and "separate" open with a month's letters) and several times as fast
#: (no word boundary, no IGNORECASE, the names factored by their first letters). A search
#: finds a match exactly where ``MONTH_WORD`` does (tested).
_MONTH_NAME_LOW = re.compile(
    r"(?:j(?:an(?:uary)?|u(?:ne?|ly?))|feb(?:ruary)?|ma(?:r(?:ch)?|y)|a(?:pr(?:il)?|ug(?:ust)?)"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
#: Two day numbers joined as a range ("5-7", "12 to 14th", "3 and 4"): every day range
#: (``RANGE_DM``, ``RANGE_MD``) holds one, and few sentences with a month do.
_GATE_DAY_RANGE = re.compile(r"\d(?:st|nd|rd|th)?\s{0,2}(?:[-–—/]|to|and|until|till|through)\s{0,2}\d", _F)
#: Words the relative reader needs one of (``yesterday``, ``last year``, ``this month`` ...).
_RELATIVE_WORDS = ("yesterday", "tomorrow", "last", "this", "next", "past", "previous", "coming")
#: Words "last March", "next May" need one of.
_MONTH_RELATIVE_WORDS = ("last", "this", "next", "coming", "previous")
#: The weekday reader needs a full weekday name ("day" alone: "today", "holiday", "days").
#: ``this morning``, ``last night``... (the ``today`` reader also needs ``today``/``tonight``).
_DAY_PARTS = ("this morning", "this afternoon", "this evening", "last night")
#: ``last week``, ``next week``...
_WEEK_WORDS = ("last week", "this week", "next week", "previous week", "coming week")
#: Seasons (``last spring``), quarters (``the third quarter``, ``Q3``) and decades (``1990s``).
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
_GATE_NTH = re.compile(r"(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s{1,3}\w+day\b")
_GATE_QUARTER = re.compile(r"quarter|\b[Qq][1-4]\b")
_GATE_DECADE = re.compile(r"\d0['’]?s\b")
#: ``_GATE_QUARTER`` without its first word: searched only where a "q" is (its \b scan is slow).
_GATE_Q_CODE = re.compile(r"\b[Qq][1-4]\b")
#: What every match of ``_GATE_DECADE`` holds: its pattern is searched only after one is found.
_DECADE_PIECES = ("0s", "0'", "0’")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _has_any(low: str, needles: tuple[str, ...]) -> bool:
    for n in needles:  # noqa: SIM110 - a plain loop is several times faster than any() here
        if n in low:
            return True
    return False


def gates(text: str) -> list[str]:
    """The reader groups whose cheap necessary condition holds for ``text``, in reading order."""
    low = text.lower()
    ascii_text = text.isascii()  # then letters match case-blind as their lower case does
    if ascii_text:
        has_month = _MONTH_NAME_LOW.search(low) is not None
    else:
        has_month = GATE_MONTH.search(text) is not None
    has_digit = _GATE_DIGIT.search(text) is not None
    has_year = has_digit and _GATE_YEAR.search(text) is not None
    has_day = "day" in low
    has_ordinal = has_digit and _GATE_ORDINAL_DAY.search(text) is not None
    has_relative = _has_any(low, ("year", "month", "yesterday", "tomorrow"))
    on: list[str] = []
    if has_digit and _GATE_NUMERIC.search(text) is not None:  # each ISO gate match is one
        if _GATE_ISO.search(text) is not None:
            on.append("iso")
        on.append("numeric")
    if has_digit and has_month:
        if _GATE_DAY_RANGE.search(text) is not None:
            on.append("month_day_range")
        on.append("month_digit")
    if has_month and GATE_WORDS.search(low) is not None:
        on.append("month_words")
    if has_month and has_year:
        on.append("month_year")
        if "-" in text or "/" in text:
            on.append("ymd_name")
    if has_year:
        on.append("year")
    if has_relative:
        if not ascii_text or _has_any(low, _RELATIVE_WORDS):
            on.append("relative")
        if _has_any(low, (" of the year", " of the month", " of year", " of month")):
            on.append("period_part")
    if has_month:
        if not ascii_text or _has_any(low, _MONTH_RELATIVE_WORDS):
            on.append("month_relative")
        on.append("month")
    if has_day and (not ascii_text or _has_any(low, _WEEKDAY_NAMES)):
        on.append("weekday")
    if has_ordinal or (has_day and _GATE_WEEKDAY_DAY.search(low) is not None):
        on.append("weekday_day")
    if has_ordinal:
        on.append("ordinal_day")
    if has_month and has_day and _GATE_NTH.search(low) is not None:
        on.append("nth_weekday")
    if _GATE_HOLIDAY.search(text) is not None or (has_year and _has_any(low, _HOLIDAY_STEMS)):
        on.append("holiday")  # "Christmas", "easter 2018"
    if "today" in low or "tonight" in low or _has_any(low, _DAY_PARTS):
        on.append("today")
    if "week" in low and _has_any(low, _WEEK_WORDS):
        on.append("week")
    if _has_any(low, _SEASON_WORDS):
        on.append("season")
    if "quarter" in text or ("q" in low and _GATE_Q_CODE.search(text) is not None):  # _GATE_QUARTER
        on.append("quarter")
    if has_digit and _has_any(text, _DECADE_PIECES) and _GATE_DECADE.search(text) is not None:
        on.append("decade")
    if "the week " in low and ("before last" in low or "after next" in low):
        on.append("week_pair")
    if (
        "ago" in low
        or " from now" in low
        or " from today" in low
        or ("in " in low and ("day" in low or "week" in low))
    ):
        on.append("offset")
    return on


_Reader = Callable[..., "Read | list[Found] | None"]

#: The readers, grouped under the cheap necessary condition (gate) they need.
READERS: dict[str, tuple[tuple[re.Pattern[str], _Reader], ...]] = {
    "iso": ((ISO, read_iso),),
    "numeric": (
        (NUMERIC, read_numeric),
        (SHORT_NUMERIC, read_short_numeric),
        (NUMERIC_RANGE, read_numeric_range),
        (YM_NUMERIC, read_year_month_numeric),
    ),
    "month_day_range": ((RANGE_DM, read_range), (RANGE_MD, read_range)),
    "month_digit": ((DM, read_day_month), (MD, read_day_month)),
    "month_words": (
        (WORD_DM, read_word_day_month),
        (WORD_MD, read_word_month_day),
        (WORD_MY, read_word_month_year),
    ),
    "month_year": ((MY, read_month_year),),
    "ymd_name": ((YMD_NAME, read_ymd_name),),
    "year": ((YEAR_ONLY, read_year), (YEAR_OF_NOUN, read_year_of_noun)),
    "relative": ((RELATIVE, read_relative),),
    "period_part": ((PERIOD_PART, read_relative),),
    "month_relative": ((MONTH_RELATIVE, read_month_relative),),
    "month": ((MONTH_CUE, read_month_cue),),
    "weekday": ((WEEKDAY, read_weekday),),
    "weekday_day": ((WEEKDAY_DAY, read_weekday_day),),
    "ordinal_day": ((ORDINAL_DAY, read_ordinal_day),),
    "holiday": ((HOLIDAY, read_holiday),),
    "nth_weekday": ((NTH_WEEKDAY, read_nth_weekday),),
    "offset": ((OFFSET, read_offset),),
    "today": ((TODAY, read_today),),
    "week": ((WEEK, read_week),),
    "season": ((SEASON, read_season),),
    "quarter": ((QUARTER, read_quarter),),
    "decade": ((DECADE, read_decade),),
    "week_pair": ((WEEK_PAIR, read_week_pair),),
}
