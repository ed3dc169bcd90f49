"""Value normalisation and similarity: values compared by meaning.

A normaliser maps a raw value to a hashable *key* (or ``None`` when the value is missing:
``"Not Available"``, empty, ``None``). Values with equal keys are one value. A similarity
maps two keys of one item to [0, 1]; methods give similar values partial votes.

The default keys are tagged strings: ``"n:1200"`` for numbers (``1,200``, ``1200``,
``1.2 thousand``), ``"d:2022-02-22"`` for dates (``22 February 2022``, ``Feb 22, 2022``),
``"t:14:30"`` for times (``2:30 pm``) and ``"s:..."`` for other text (case, whitespace and
punctuation folded).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Hashable
from decimal import Decimal, InvalidOperation
from typing import Any

from rapidfuzz import fuzz

from claimcheck.fusion._clock import date_only, looks_like_time, parse_clock

__all__ = [
    "MISSING",
    "Normalizer",
    "Similarity",
    "default_similarity",
    "normalize_value",
]

Normalizer = Callable[[Any], Hashable | None]
Similarity = Callable[[Any, Any], float]

#: Texts that say "no value" (compared case-insensitively, punctuation ignored).
MISSING = frozenset(
    {
        "",
        "not available",
        "n a",
        "na",
        "none",
        "null",
        "unknown",
        "nan",
        "missing",
        "no data",
        "not provided",
        "not provided by airline",
        "contact airline",
        "tba",
        "tbd",
    }
)

_SCALE = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
_NUMBER = re.compile(
    r"^(?P<sign>[-+−])?(?P<num>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)"
    r"\s*(?P<scale>thousand|million|billion|trillion|mn|bn|tn|k|m|b)?$",
    re.IGNORECASE,
)
#: A code such as a gate or a seat (``K7``, ``44D``, ``B-5``, ``C 12A``): letters and digits,
#: one run of digits, with at most one separator.
_CODE = re.compile(r"^(?P<pre>[A-Za-z]{0,3})[-\s]?(?P<num>\d{1,4})(?P<post>[A-Za-z]{0,2}\d?)$")
#: A location before a code: ``Gate 12``, ``Terminal A - 17``, ``Term C - C44``, ``Concourse B``.
_PLACE = re.compile(
    r"^(?:(?:terminal|term|concourse|conc|main|north|south|east|west|central|intl|international|"
    r"bldg|building)\b\.?\s*(?:[A-Za-z]?\d{0,2}\b)?\s*)+(?:-\s*|$)|^gate\b\.?\s*",
    re.IGNORECASE,
)
#: A code followed by a short designator (``K7/T3``, ``B20/B``, ``E79/IT``): the code is the value.
_CODE_SUFFIX = re.compile(r"^(?P<code>[A-Za-z0-9-]{1,8})\s*/\s*[A-Za-z0-9]{1,2}$")
#: Numeric cell forms the text grammar leaves alone (``2022/02/22``, ``2022-02``): in a
#: structured record the whole value is a date, so they are unambiguous here.
_ISO_CELL = re.compile(r"^(?P<year>\d{4})[-/.](?P<month>\d{1,2})(?:[-/.](?P<day>\d{1,2}))?$")
_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?$", re.IGNORECASE
)
_MISSING_PHRASES = tuple(
    re.compile(r"\b" + re.escape(p).replace(r"\ ", r"\s+") + r"\b", re.IGNORECASE)
    for p in ("not available", "not provided by airline", "not provided", "contact airline", "n/a", "tba")
)
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def _number_key(x: Decimal) -> str:
    x = x.normalize()
    if x == x.to_integral_value():
        return f"n:{int(x)}"
    return f"n:{x:f}"


def _parse_number(text: str) -> Decimal | None:
    m = _NUMBER.match(text)
    if not m:
        return None
    digits = re.sub(r"[,\u00a0\u202f ]", "", m["num"])
    try:
        x = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        return None
    if m["scale"]:
        scale = m["scale"].lower()
        if len(scale) == 1 and "." not in m["num"]:
            return None  # "47B", "6M" are codes; "1.2k", "3.5B" are amounts
        x *= _SCALE[scale]
    if m["sign"] in ("-", "−"):
        x = -x
    return x


def _parse_date(text: str) -> str | None:
    """A whole value read as a date with the same grammar as dates in text claims."""
    from claimcheck.extraction.dates import find_dates

    stripped = text.strip().rstrip(".")
    for m in find_dates(stripped):
        if m.start == 0 and m.end == len(stripped) and m.value.year is not None and m.value.until is None:
            return f"d:{m.value.iso}"
        break
    cell = _ISO_CELL.match(stripped)
    if cell is None:
        return None
    month = int(cell["month"])
    if not 1 <= month <= 12:
        return None
    if cell["day"] is None:
        return f"d:{int(cell['year']):04d}-{month:02d}"
    day = int(cell["day"])
    return f"d:{int(cell['year']):04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def _parse_time(text: str) -> str | None:
    m = _TIME.match(text)
    if not m or (m["m"] is None and m["ampm"] is None):
        return None
    hour, minute, second = int(m["h"]), int(m["m"] or 0), int(m["s"] or 0)
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        pm = m["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"t:{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")


def normalize_value(value: Any) -> Hashable | None:
    """Return the default key of a raw value, or None when it is missing.

    Numbers, dates, times of day (with a date and a zone when written: ``12/1/11 2:06 PM
    (-05:00)``), codes (``Gate K7``, ``Terminal A - 17``, ``44D/T4``) and text are told apart by
    a tag; a date or time beside words that say there is no value (``Dec 01 - Not Available``)
    is missing.

    Args:
        value: the raw value (a number, a string, None).

    Returns:
        A tagged key, or None.

    Examples:
        >>> [normalize_value(v) for v in ("1,200", 1200, "1.2 thousand", 1200.0)]
        ['n:1200', 'n:1200', 'n:1200', 'n:1200']
        >>> {normalize_value(v) for v in ("2022-02-22", "22 February 2022", "Feb 22, 2022")}
        {'d:2022-02-22'}
        >>> normalize_value("2:30 pm"), normalize_value("14:30")
        ('t:14:30', 't:14:30')
        >>> normalize_value("  The  Art, of Programming! "), normalize_value("Not Available")
        ('s:the art of programming', None)
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return f"s:{str(value).lower()}"
    if isinstance(value, int):
        return _number_key(Decimal(value))
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            return f"n:{value}"
        return _number_key(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return _number_key(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    folded = _SPACE.sub(" ", _PUNCT.sub(" ", text.casefold())).strip()
    if folded in MISSING:
        return None
    number = _parse_number(text)
    if number is not None:
        return _number_key(number)
    if _TIME.match(text) or looks_like_time(text):
        time = _parse_time(text)
        if time is not None:
            return time
        clock = parse_clock(text)
        if clock is not None:
            return clock
    else:
        date = _parse_date(_SPACE.sub(" ", text))
        if date is not None:
            return date
    if any(ch.isdigit() for ch in text):
        if _says_missing(text):
            return None
        code = _parse_code(text)
        if code is not None:
            return code
    return f"s:{folded}"


def _says_missing(text: str) -> bool:
    """A date or time beside words that say there is no value (``Dec 01 - Not Available``)."""
    for phrase in _MISSING_PHRASES:
        m = phrase.search(text)
        if m is not None:
            rest = text[: m.start()] + " " + text[m.end() :]
            return date_only(rest) or looks_like_time(rest)
    return False


def _parse_code(text: str) -> str | None:
    """A code (``K7``) or a number, after a location prefix or a designator suffix is removed."""
    place = _PLACE.match(text)
    rest = text[place.end() :].strip() if place else text
    suffix = _CODE_SUFFIX.match(rest)
    if suffix is not None and any(ch.isalpha() for ch in rest):
        rest = suffix["code"]
    rest = rest.strip(" ?-")
    if rest != text:
        number = _parse_number(rest)
        if number is not None:
            return _number_key(number)
    m = _CODE.match(rest)
    if m is None or (not (m["pre"] or m["post"]) and rest == text):
        return None
    if not (m["pre"] or m["post"]):
        return _number_key(Decimal(m["num"]))
    return f"c:{m['pre'].lower()}{int(m['num'])}{m['post'].lower()}"


def default_similarity(a: Any, b: Any) -> float:
    """Similarity of two default keys in [0, 1].

    Numbers within 10% of each other are similar in proportion to their closeness; a date known
    to the month is similar (0.8) to any day in it; texts are similar by
    ``rapidfuzz.fuzz.ratio`` when it is at least 80; anything else (times, codes) is 0.

    Args:
        a: a key of :func:`normalize_value`.
        b: another key of the same item.

    Returns:
        The similarity.

    Examples:
        >>> default_similarity("n:100", "n:95")
        0.5
        >>> default_similarity("d:2022-02", "d:2022-02-22")
        0.8
        >>> default_similarity("s:colour", "n:3")
        0.0
    """
    if a == b:
        return 1.0
    if not (isinstance(a, str) and isinstance(b, str)) or a[:2] != b[:2]:
        return 0.0
    tag, x, y = a[:2], a[2:], b[2:]
    if tag == "n:":
        try:
            fx, fy = float(x), float(y)
        except ValueError:  # pragma: no cover - keys made by normalize_value are numbers
            return 0.0
        scale = max(abs(fx), abs(fy))
        if scale == 0 or math.isinf(scale):
            return 0.0
        rel = abs(fx - fy) / scale
        return round(max(0.0, 1.0 - rel / 0.1), 6)
    if tag == "d:":
        short, long_ = sorted((x, y), key=len)
        return 0.8 if len(short) < len(long_) and long_.startswith(short) else 0.0
    if tag == "s:":
        score = fuzz.ratio(x, y) / 100.0
        return score if score >= 0.8 else 0.0
    return 0.0
