"""Numbers written in words in dates: days (``twenty-second``), years (``nineteen
ninety-two``), counts (``three weeks ago``), the year after a day and month, and the
readers of dates with a day or year in words (``the fourth of July``)."""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.numbers import ONES, ORDINAL_WORDS, TENS
from claimcheck.extraction.dates._parts import MONTH, YEAR, YSEP, Read, day_value, lower_may, month_number
from claimcheck.model import DateValue

__all__ = [
    "COUNT_W",
    "DAY_WORD",
    "WORD_DM",
    "WORD_MD",
    "WORD_MY",
    "count_value",
    "day_words_value",
    "is_ordinal_word",
    "read_word_day_month",
    "read_word_month_day",
    "read_word_month_year",
    "year_after",
    "year_words_value",
]

_F = re.IGNORECASE

_UNITS_W = "one|two|three|four|five|six|seven|eight|nine"
_UNITS_ORD_W = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS_W = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TEENS_ORD_W = (
    "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
)
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WS = r"[\s-]{1,2}"
#: A day of the month in words: ``first``, ``twenty-second``, ``fifteen``, ``thirty one``.
DAY_WORD = (
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
WORD_DM = re.compile(
    rf"\b(?P<dw>{DAY_WORD})(?:\s{{1,3}}day)?\s{{1,3}}(?:(?P<of>of)\s{{1,3}})?(?P<m>{MONTH})", _F
)
WORD_MD = re.compile(rf"\b(?P<m>{MONTH})\s{{1,3}}(?:the\s{{1,3}})?(?P<dw>{DAY_WORD})(?![-\w])", _F)
WORD_MY = re.compile(rf"\b(?P<m>{MONTH})(?:,?\s{{1,3}}|\s{{1,3}}of\s{{1,3}})(?P<yw>{_YEAR_WORD})", _F)
#: A year after a day and month: digits or words.
_YEAR_TAIL = re.compile(rf"{YSEP}(?:(?P<y>{YEAR})(?![\w:])|(?P<yw>{_YEAR_WORD}))", _F)
_YEAR_WORD_TAIL = re.compile(rf"(?:\s?,?\s{{1,3}}|\s{{1,3}}(?:of|in)\s{{1,3}})(?P<yw>{_YEAR_WORD})", _F)

COUNT_W = rf"\d{{1,3}}|an?|(?:{_TENS_W})(?:-(?:{_UNITS_W}))?|{_TEENS_W}|{_UNITS_W}"


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


def is_ordinal_word(text: str) -> bool:
    return text.lower().rsplit(None, 1)[-1].split("-")[-1] in ORDINAL_WORDS


def year_after(text: str, pos: int, words_only: bool = False) -> tuple[int, int] | None:
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


def read_word_day_month(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    word = m["dw"]
    ordinal = is_ordinal_word(word)
    day = day_words_value(word)
    if ordinal != bool(m["of"]) or (not ordinal and day < 11):
        return None  # "fourth of July", "fifteen August"; not "second March", "five of May"
    year_found = year_after(m.string, m.end())
    if year_found is None and lower_may(m):
        return None
    got = day_value(month_number(m["m"]), day, year_found, published, future)
    if got is None:
        return None
    return got[0], got[1], m.start(), year_found[1] if year_found else m.end()


def read_word_month_day(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    year_found = year_after(m.string, m.end())
    if year_found is None and (lower_may(m) or not is_ordinal_word(m["dw"])):
        return None  # "in March two ships sank": a cardinal after a month needs a year
    got = day_value(month_number(m["m"]), day_words_value(m["dw"]), year_found, published, future)
    if got is None:
        return None
    return got[0], got[1], m.start(), year_found[1] if year_found else m.end()


def read_word_month_year(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    year = year_words_value(m["yw"])
    if not 1000 <= year <= 2100 or not _plausible_year_words(m.string, m.end(), m["yw"]):
        return None
    return DateValue(year, month_number(m["m"])), (), m.start(), m.end()


def count_value(word: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    return _small_words(w.split("-"))
