"""Amounts: money, percentages and measures, with their unit and what they measure.

Units (the vocabulary is in :mod:`claimcheck._words.units` and docs/quantities.md):

* money: an ISO 4217 code, from a symbol (``$``, ``HK$``, ``Rs``), a code before or after the
  number (``USD 200``, ``USD34.6 million``, ``15 EUR``) or a name after it (``fifteen
  dollars``, ``1.2 billion Swiss francs``, ``a 20-rupee note``); minor units count as
  hundredths (``50 cents`` is 0.5 USD, ``20p`` 0.2 GBP) and join the major unit before them
  (``3 dollars 50 cents`` is one amount, 3.5 USD); ``$4.25 and 32`` stays an amount and a
  bare number. A bare scaled number followed by ``in dollar terms`` is USD. A one-character
  symbol after the number is read as European copy writes it (``45€``, ``19 €``, ``-40€``).
* ``percent`` (``16 percent``, ``16 per cent``, ``16%``) and ``percentage point``.
* measures: a symbol (``km``, ``t``, ``°C``, ``kWh``, ``GB``) or a name for units without one
  (``mile``, ``acre``, ``gallon``, ``barrel``, ``knot``), from names, symbols and hyphenated
  adjectives (``a 10-km route``); rates join two units (``$84 a barrel`` is ``USD/barrel``,
  ``120 km/h``, ``1.3 million barrels per day`` is ``barrel/day``).

``pound`` is decided by context: a weight (``lb``) after weighing words or before ``of`` and a
material (``weighs 150 pounds``, ``300 pounds of cocaine``, ``a 300-pound bear``), money
(``GBP``) after money words or a scale (``£5``, ``5 pounds sterling``, ``a fee of 40 million
pounds``); without either, a weight. ``ton``/``tons`` are always a weight (``t``). Money
names that are also common words (``won``, ``rand``, ``dong``) need a scale or digit groups
(``2 trillion won``). A unit after both ends of a range makes one range (``44 mg to 50 mg``,
``-18 °C to -34 °C``); a change (``rose from €800 to €950``) stays two amounts. A bare figure
shares the unit of the next one (``20 and 40 mg`` is two amounts in ``mg``; ``20 or 30
percent`` one rough range).

Subject: the label of a ``Label: value`` line (``Cost: $3 million``); else the nearest
measured noun before the amount in its sentence (``trade``, ``turnover``, ``investment``...),
found in an index built once per sentence (so many amounts in one long sentence cost linear
time); else the noun after it (``$2.9 billion in investments``); else ``money``,
``percentage`` or ``measure``. A year in the sentence (``in 2021``) is kept as a note
``period: 2021``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator

from attrs import frozen

from claimcheck._words.numbers import MEASURE_NOUNS, NOUN_STOP, ONES
from claimcheck._words.units import (
    AFTER_LETTER_SYMBOL,
    AMBIGUOUS_MONEY_WORDS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS_AFTER,
    CURRENCY_WORDS,
    DIMENSIONS,
    MINOR_UNITS,
    MONEY_CUES,
    MONEY_HYPHEN_NOUNS,
    MONEY_IN_NOUNS,
    PER_UNITS,
    TEMPERATURE_CUES,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    WEIGHT_CUES,
)
from claimcheck.extraction import _build
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.numbers import (
    NumberMatch,
    changes_from,
    line_label,
    noun_phrase_after,
    qualified,
    scan_document,
)
from claimcheck.model import Claim

__all__ = ["amounts"]


def _spaced(words: Iterable[str]) -> str:
    """``words`` as one regex trie (an alternation per shared prefix): the engine reads each
    character once instead of trying every word in turn, and the longest word still wins. A
    space inside a word matches any run of spaces."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [
            ("[ \t\u00a0\u202f]+" if ch == " " else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_SP = r"[ \t\u00a0\u202f]"
#: Number words under sixteen: the smaller part of ``six feet two inches``.
_SMALL_WORDS = {w: v for w, v in ONES.items() if 0 < v < 16}
_PERCENT_RE = re.compile(
    rf"{_SP}?%(?![0-9A-Za-z])|{_SP}+(?:percentage{_SP}+points?|per{_SP}*cent|percent|pct"
    rf"|(?P<bp>basis{_SP}+points?|bps|bp))\b",
    re.IGNORECASE,
)
#: A currency name after the number: spaced, or hyphenated as an adjective ("a 20-rupee note").
_CURWORD_RE = re.compile(rf"(?:{_SP}+|-)(?P<w>{_spaced(CURRENCY_WORDS)})\b(?![-'’])", re.IGNORECASE)
_CODE_AFTER_RE = re.compile(rf"{_SP}*(?P<w>{_spaced(CURRENCY_CODES)})\b")
#: A currency symbol after the number (``45€``, ``19 €``), not before another figure (``5 $10 bills``).
_SYMBOL_AFTER_RE = re.compile(
    rf"{_SP}?(?P<w>[{''.join(re.escape(c) for c in CURRENCY_SYMBOLS_AFTER)}])(?![\w$€£¥])(?!{_SP}*\d)"
)
#: After a unit: no letter or hyphenated word follows it, except a dimension adjective that
#: makes the amount a compound adjective (``a 3-kilometre-long tunnel``, ``a 10-km-wide zone``).
_UNIT_END = r"(?:(?=-(?:long|wide|high|deep|tall|thick)\b)|(?![-'’]\w))"
_MINOR_RE = re.compile(rf"(?:{_SP}+(?P<w>{_spaced(MINOR_UNITS)})\b|(?P<p>p)(?![\w.'’-]))", re.IGNORECASE)
_UNIT_WORD_RE = re.compile(rf"(?:{_SP}+|-)(?P<w>{_spaced(UNIT_WORDS)})\b{_UNIT_END}", re.IGNORECASE)
_UNIT_SYMBOL_RE = re.compile(
    rf"(?:{_SP}?|-)(?P<w>{_spaced(UNIT_SYMBOLS)})(?![\w'’°]|\.\w)(?:(?=-(?:long|wide|high|deep)\b)|(?!-\w))"
)
#: "degrees", or a degree sign without a scale letter (``40°``): a temperature only beside words
#: of weather (an angle otherwise).
_DEGREES_RE = re.compile(rf"(?:{_SP}+|-)degrees?\b(?![-'’]\w)|{_SP}?°(?![\w°])", re.IGNORECASE)


#: Imperial measures written in two units (``6 feet 4 inches``, ``7 lb 8 oz``): the larger unit
#: -> (the smaller, how many of it make one).
_COMPOUND_SMALL = {"ft": ("in", 12), "lb": ("oz", 16)}
_COMPOUND_RE = re.compile(
    rf"\.?(?:,|{_SP}and)?{_SP}*(?P<n>\d{{1,2}}(?:\.\d{{1,2}})?|{_spaced(_SMALL_WORDS)})"
    rf"{_SP}*(?P<w>inches|inch|in|ins|ounces|ounce|oz)(?![\w'’-])",
    re.IGNORECASE,
)
#: A height as sports copy writes it: ``6-foot-4``, ``six-foot-two``.
_HEIGHT_RE = re.compile(
    rf"-(?:foot|feet|ft)-(?P<n>\d{{1,2}}(?:\.\d)?|{_spaced(_SMALL_WORDS)})(?![\w'’]|-\w|\.\d)",
    re.IGNORECASE,
)


def _union(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (each keeps its own case rule)."""
    return re.compile(
        "|".join(
            f"(?{'i' if p.flags & re.IGNORECASE else ''}:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})"
            for p in patterns
        )
    )


#: Any measure unit after the number: a name, a symbol, or "degrees".
_MEASURE_RE = _union(_UNIT_WORD_RE, _UNIT_SYMBOL_RE, _DEGREES_RE)
#: Any of the unit patterns: one test instead of several for the many bare numbers.
_UNIT_AFTER_RE = _union(
    _PERCENT_RE, _CURWORD_RE, _CODE_AFTER_RE, _SYMBOL_AFTER_RE, _MINOR_RE, _MEASURE_RE, _HEIGHT_RE
)
#: Symbols that are also letters or words: a unit only before punctuation or a word that
#: cannot be a counted noun ("10m long", "50 g of sugar", "816 000 t."; not "10m people").
_LETTER_SYMBOLS = frozenset(
    ["m", "g", "t", "l", "L", "W", "C", "F", "cc", "ha", "mi", "in", "Sv", "Bq", "Mt", "Gy"]
)
#: "C" and "F" only attached to the number (40C, -12F) or after a degree sign.
_ATTACHED_ONLY = frozenset(["C", "F"])
_NEXT_WORD_RE = re.compile(rf"{_SP}*(?P<w>[A-Za-z]+)?")
#: A rate after a unit: "per hour", "/h", "a barrel", "an ounce".
_PER_RE = re.compile(
    rf"(?:{_SP}*/{_SP}*|{_SP}+per{_SP}+|{_SP}+an?{_SP}+)(?P<w>{_spaced(PER_UNITS)})\b(?![-'’]\w)",
    re.IGNORECASE,
)
#: After "a year", "a month"...: no rate but a time ("$2.1 million a year earlier", "a year on").
_TIME_AFTER_RE = re.compile(rf"{_SP}+(?:earlier|ago|before|later|after|on|from|since)\b", re.IGNORECASE)
_TIME_UNITS = frozenset(["h", "s", "day", "week", "month", "year"])
_MINOR_AFTER_RE = re.compile(
    rf"(?:,|{_SP}and)?{_SP}+(?P<c>\d{{1,2}}){_SP}+(?P<w>cents?|pence|p|kopecks|kopeks|paise)\b",
    re.IGNORECASE,
)
_DOLLAR_TERMS_RE = re.compile(r"[ ,]*in (?:US )?dollar terms", re.IGNORECASE)
#: ``\b(?:in|for|during|of)[ \t]+(?P<y>(?:19|20)\d\d)\b``, written as a first letter then the
#: rest per letter so the regex engine skips ahead in C.
_PERIOD_RE = re.compile(
    r"[ifdo](?<![\w].)(?:(?<=i)n|(?<=f)or|(?<=d)uring|(?<=o)f)[ \t]+(?P<y>(?:19|20)\d\d)\b"
)
_WORD_RE = re.compile(r"[A-Za-z]+")
#: The words between two figures that share the second one's unit ("20 and 40 mg", "5 or 6 km").
_SHARED_GAP_RE = re.compile(rf"{_SP}+(?:and|or){_SP}+")
_THE_BEFORE_RE = re.compile(rf"\b[Tt]he{_SP}+\Z")

_RANGE_WORD_RE = re.compile(rf"{_SP}*(?:-|–|—|to|and){_SP}*", re.IGNORECASE)

#: Nouns after "pounds of" that keep them money ("40 million pounds of investment").
_MONEY_OF = MEASURE_NOUNS | frozenset(
    ["money", "cash", "taxpayers", "public", "savings", "spending", "support", "subsidies", "funding"]
)


#: Measure names a fraction word may precede without a figure ("half a mile", "a quarter-mile",
#: "a mile and a half"): singular names, not "pound" (money or weight: context needs a figure).
_FRACTION_UNITS = sorted(
    w for w in UNIT_WORDS if not w.endswith("s") and " " not in w and w not in ("pound", "bit")
)
_FRACTION_UNIT_RE = re.compile(
    rf"(?<![A-Za-z])(?<!and )(?:"
    rf"(?P<f>half|(?:a{_SP}+)?quarter{_SP}+of|three[ -]quarters{_SP}+of){_SP}+an?{_SP}+"
    rf"|an?{_SP}+(?P<g>half|quarter)(?:{_SP}+|-)"
    rf"|(?P<one>an?){_SP}+(?=(?:{_spaced(_FRACTION_UNITS)}){_SP}+and{_SP}+an?{_SP}+(?:half|quarter)\b))"
    rf"(?P<w>{_spaced(_FRACTION_UNITS)})\b(?:{_SP}+and{_SP}+an?{_SP}+(?P<h>half|quarter)\b)?{_UNIT_END}",
    re.IGNORECASE,
)


#: How far before and after ``half``/``quarter`` a measure written with it may begin and end.
_FRACTION_BEFORE = 40
_FRACTION_AFTER = 60


def _fraction_value(words: str) -> float:
    """0.5 for ``half``, 0.25 for ``(a) quarter (of)``, 0.75 for ``three quarters of``."""
    low = words.lower()
    if low.startswith("three"):
        return 0.75
    return 0.25 if "quarter" in low else 0.5


@frozen
class _Read:
    """One amount read in a sentence: the number, its unit, and where its words end."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    fallback: str
    notes: tuple[str, ...] = ()


def _words_before(text: str, pos: int, floor: int, n: int) -> list[str]:
    """Up to ``n`` words before ``pos`` (not before ``floor``), lower-cased, nearest last."""
    lo = max(floor, pos - 12 * n)
    return [w.lower() for w in _WORD_RE.findall(text, lo, pos)][-n:]


def _pound(text: str, m: NumberMatch, u_start: int, u_end: int, s_start: int, s_end: int) -> str:
    """``GBP`` or ``lb`` for a number followed by ``pound``/``pounds`` (see the module doc)."""
    after = _NEXT_WORD_RE.match(text, u_end, s_end)
    nxt = (after.group("w") or "").lower() if after is not None else ""
    if text[u_start] == "-":  # "a 300-pound bear", "a 20-pound note"
        return "GBP" if nxt in MONEY_HYPHEN_NOUNS else "lb"
    if _COMPOUND_RE.match(text, u_end, s_end) is not None:
        return "lb"  # "7 pounds 8 ounces"
    if nxt == "in" and after is not None:
        noun = _NEXT_WORD_RE.match(text, after.end(), s_end)
        if noun is not None and (noun.group("w") or "").lower() in MONEY_IN_NOUNS:
            return "GBP"  # "5,000 pounds in damages"
    before = _words_before(text, m.qual_start, s_start, 8)
    if any(w in WEIGHT_CUES for w in before):
        return "lb"
    if nxt == "of" and after is not None:
        noun = _NEXT_WORD_RE.match(text, after.end(), s_end)
        word = (noun.group("w") or "").lower() if noun is not None else ""
        if word not in _MONEY_OF and word not in ("the", "a", "an", "its", "their"):
            return "lb"
    if m.scale > 1 or m.currency is not None or any(w in MONEY_CUES for w in before):
        return "GBP"
    return "lb"


def _letter_symbol_ok(sym: str, text: str, end: int, s_end: int) -> bool:
    """May a symbol that is also a letter or word end at ``end``? Only before punctuation,
    the end, or a word that cannot be counted ("10m long"; not "10m people", "2 in 10")."""
    nxt = _NEXT_WORD_RE.match(text, end, s_end)
    word = nxt.group("w") if nxt is not None else None
    if sym == "in":  # the preposition, unless the sentence or clause ends ("2 in.", "2 in thick")
        rest = text[nxt.end() if nxt is not None else end : nxt.end() + 1 if nxt is not None else end + 1]
        return (word is None and rest[:1] in ("", ".", ",", ";", ")")) or word in ("thick", "long", "wide")
    if word is None:
        return True
    low = word.lower()
    return low in AFTER_LETTER_SYMBOL or (sym != "m" and low.endswith("ed") and word.islower())


def _read_unit(text: str, m: NumberMatch, s_start: int, s_end: int) -> _Read | None:
    """The amount the number ``m`` starts, with its unit; None when no unit follows it."""
    end = m.end
    value, low, high = m.value, m.low, m.high
    unit: str | None = m.currency
    factor = 1.0
    fallback = "money"
    notes: tuple[str, ...] = ()
    start = m.qual_start
    signed = False  # may a minus before the number be a sign ("-12C", "-15€")?
    if unit is None and _UNIT_AFTER_RE.match(text, end, s_end) is None:
        if (m.scale > 1 or m.value >= 1e6) and _DOLLAR_TERMS_RE.match(text, end, s_end) is not None:
            return _Read(
                start, end, value, low, high, m.qualifier, "USD", "money", ("unit from 'in dollar terms'",)
            )
        return None
    if unit is not None:
        cw = _CURWORD_RE.match(text, end, s_end)
        if cw is not None and CURRENCY_WORDS[_norm(cw.group("w"))] == unit:
            end = cw.end()  # "$5 dollars": the word repeats the symbol
    elif (pm := _PERCENT_RE.match(text, end, s_end)) is not None:
        unit = "percentage point" if "point" in pm.group().lower() else "percent"
        end, fallback = pm.end(), "percentage"
        if pm.group("bp") is not None:  # 25 basis points: a quarter of a percentage point
            unit, factor = "percentage point", 0.01
    elif (cw := _CURWORD_RE.match(text, end, s_end)) is not None and (
        unit := _money_word(text, m, cw, s_start, s_end)
    ) is not None:
        if unit in DIMENSIONS:
            fallback = "measure"
        end = cw.end()
    elif (cc := _CODE_AFTER_RE.match(text, end, s_end)) is not None:
        unit, end = cc.group("w"), cc.end()
    elif (sa := _SYMBOL_AFTER_RE.match(text, end, s_end)) is not None:
        unit, end = CURRENCY_SYMBOLS_AFTER[sa.group("w")], sa.end()
        signed = True
    elif (mi := _MINOR_RE.match(text, end, s_end)) is not None and (
        mi.group("w") is not None or (not m.is_word and m.value < 100 and m.scale == 1)
    ):
        key = "pence" if mi.group("p") is not None else _norm(mi.group("w"))
        unit, factor = MINOR_UNITS[key]
        end = mi.end()
    elif m.is_year_like:
        return None
    elif (
        end < s_end
        and text[end] == "-"
        and m.qualifier != "range"
        and (height := _HEIGHT_RE.match(text, end, s_end)) is not None
    ):
        small = _small_value(height.group("n"))  # "6-foot-4": inches
        if small >= 12:
            return None
        unit, end, fallback = "in", height.end(), "measure"
        factor, value, low, high = 1.0, value * 12 + small, _plus(low, 12, small), _plus(high, 12, small)
    elif (measure := _measure(text, m, s_start, s_end)) is not None:
        unit, end = measure
        fallback = "measure"
    elif (m.scale > 1 or m.value >= 1e6) and _DOLLAR_TERMS_RE.match(text, m.end, s_end) is not None:
        unit = "USD"
        notes = ("unit from 'in dollar terms'",)
    if unit is None:
        return None
    if (
        unit in _COMPOUND_SMALL
        and m.qualifier != "range"
        and (tail := _COMPOUND_RE.match(text, end, s_end)) is not None
    ):
        small_unit, many = _COMPOUND_SMALL[unit]
        small = _small_value(tail.group("n"))
        if small < many and tail.group("w").lower().startswith(small_unit[0]):
            unit, end = small_unit, tail.end()  # "6 feet 4 inches": 76 in
            value, low, high = value * many + small, _plus(low, many, small), _plus(high, many, small)
    if factor != 1.0:
        value *= factor
        low = None if low is None else low * factor
        high = None if high is None else high * factor
    elif fallback == "money" and (cents := _MINOR_AFTER_RE.match(text, end, s_end)) is not None:
        extra = int(cents.group("c")) / 100  # "3 dollars 50 cents", "5 pounds 20 pence"
        value += extra
        low = None if low is None else low + extra
        high = None if high is None else high + extra
        end = cents.end()
    if (
        (per := _PER_RE.match(text, end, s_end)) is not None
        and fallback != "percentage"
        and "/" not in unit
        and not (
            (per_unit := PER_UNITS[_norm(per.group("w"))]) in _TIME_UNITS
            and _TIME_AFTER_RE.match(text, per.end(), s_end) is not None
        )
    ):
        unit = f"{unit}/{per_unit}"
        end = per.end()
    if (
        (signed or (fallback == "measure" and DIMENSIONS.get(unit) == "temperature"))
        and m.value > 0
        and m.start == m.qual_start
        and m.start > 0
        and text[m.start - 1] in "-−"
        and (m.start < 2 or not text[m.start - 2].isalnum())
    ):
        start = m.start - 1  # "-12C": a sign, not a hyphen
        value, low, high = -value, -value, -value
    return _Read(start, end, value, low, high, m.qualifier, unit, fallback, notes)


def _small_value(written: str) -> float:
    """The value of the smaller part of a two-unit measure, in digits or a word."""
    return _SMALL_WORDS.get(written.lower(), 0) if written[0].isalpha() else float(written)


def _plus(bound: float | None, per: int, small: float) -> float | None:
    return None if bound is None else bound * per + small


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


def _money_word(text: str, m: NumberMatch, cw: re.Match[str], s_start: int, s_end: int) -> str | None:
    """The unit a currency name after a number stands for (a weight for ``pounds``), or None."""
    word = _norm(cw.group("w"))
    if word in ("pound", "pounds"):
        return _pound(text, m, cw.start(), cw.end(), s_start, s_end)
    if word in AMBIGUOUS_MONEY_WORDS and not (m.scale > 1 or (not m.plain and m.value >= 1000)):
        return None  # "5 won", "3 rand": a verb or a name unless the figure reads as money
    return CURRENCY_WORDS[word]


def _measure(text: str, m: NumberMatch, s_start: int, s_end: int) -> tuple[str, int] | None:
    """The measure unit after the number ``m`` and where it ends, if one is there."""
    end = m.end
    uw = _UNIT_WORD_RE.match(text, end, s_end)
    us = _UNIT_SYMBOL_RE.match(text, end, s_end)
    if uw is not None and (us is None or uw.end() >= us.end()):
        word = _norm(uw.group("w"))
        unit = UNIT_WORDS[word]
        if word in ("pound", "pounds"):
            unit = _pound(text, m, uw.start(), uw.end(), s_start, s_end)
            if unit != "lb":
                return None
        return unit, uw.end()
    if us is not None:
        sym = us.group("w")
        attached = us.start("w") == end
        if sym in _ATTACHED_ONLY and not attached:
            return None
        if sym in _LETTER_SYMBOLS and not _letter_symbol_ok(sym, text, us.end(), s_end):
            return None
        return UNIT_SYMBOLS[sym], us.end()
    dg = _DEGREES_RE.match(text, end, s_end)
    if dg is not None:
        before = _words_before(text, m.qual_start, s_start, 8)
        if any(w in TEMPERATURE_CUES for w in before):
            return "degree", dg.end()
    return None


#: A word of a contest a few words before ``39 percent to 45 percent``: the two figures are
#: two sides' shares ("the mayor trails her rival 39 percent to 45 percent"), not a range.
_CONTEST_WORDS = frozenset(
    [
        "lead",
        "leads",
        "leading",
        "led",
        "trail",
        "trails",
        "trailing",
        "trailed",
        "beat",
        "beats",
        "beating",
        "ahead",
        "behind",
        "edges",
        "edged",
        "tops",
        "topped",
        "outpolls",
        "outpolled",
        "versus",
        "vs",
    ]
)


def _two_sides(a: _Read, b: _Read, before: list[str]) -> bool:
    """Are the figures of ``a to b`` two sides' (a poll split, a race of funds), not a range?

    A range is written from the lower end up ("from 5 to 7 percent"): a higher figure first
    ("51 percent to 44 percent", "$12 million to $9 million") is two values unless "between"
    or "from" opens it or the ends are below zero ("-18 °C to -34 °C"). A contest word in the
    five words before ("leads", "trails", "ahead") makes even a rising pair two sides, unless
    "by" stands right before ("leads by 3 to 5 percent" is a range of the lead).
    """
    opened = bool(before) and before[-1] in ("between", "from")
    if a.value > b.value >= 0 and not opened:
        return True  # below zero the colder end may come second: "-18 °C to -34 °C" is a range
    return not opened and bool(before) and before[-1] != "by" and not _CONTEST_WORDS.isdisjoint(before)


def _merge_ranges(text: str, reads: list[_Read]) -> list[_Read]:
    """Join ``44 mg to 50 mg`` (a unit after both ends) into one range; keep the rest as is."""
    out: list[_Read] = []
    i = 0
    while i < len(reads):
        a = reads[i]
        if i + 1 < len(reads):
            b = reads[i + 1]
            gap = _RANGE_WORD_RE.fullmatch(text, a.end, b.start)
            if (
                gap is not None
                and a.unit == b.unit
                and a.qualifier == "exact"
                and b.qualifier == "exact"
                and a.value != b.value
            ):
                word = gap.group().strip().lower()
                before = _words_before(text, a.start, max(0, a.start - 60), 5)
                between = bool(before) and before[-1] == "between"
                change = (
                    bool(before)
                    and before[-1] == "from"
                    and changes_from(text, text.rfind("from", max(0, a.start - 12), a.start))
                )
                if (word != "and" or between) and not change and not _two_sides(a, b, before):
                    low, high = min(a.value, b.value), max(a.value, b.value)
                    start = a.start
                    if between:
                        start = text.rfind("between", max(0, a.start - 16), a.start)
                        start = start if start >= 0 else a.start
                    out.append(
                        _Read(start, b.end, (low + high) / 2, low, high, "range", a.unit, a.fallback, a.notes)
                    )
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


class _Nouns:
    """The measured nouns of one sentence, indexed once: ``before(pos)`` is a bisection."""

    __slots__ = ("_ends", "_words")

    def __init__(self, text: str, start: int, end: int) -> None:
        found = list(_WORD_RE.finditer(text, start, end))  # the lists are built in C
        lows = list(map(str.lower, map(re.Match.group, found)))
        kept = list(map(MEASURE_NOUNS.__contains__, lows))
        self._ends = list(itertools.compress(map(re.Match.end, found), kept))
        self._words = list(itertools.compress(lows, kept))

    def before(self, pos: int, floor: int = -1) -> str | None:
        """The last measured noun that ends by ``pos`` and after ``floor``."""
        i = bisect.bisect_right(self._ends, pos) - 1
        return self._words[i] if i >= 0 and self._ends[i] > floor else None


#: "68% of the market", "5% of Ohio's population", "$1 billion in Trump company losses": the
#: preposition, for "of" an optional determiner, then up to three words (the last is the head).
_OF_PHRASE = re.compile(
    r"\s+(?:of\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+)?|in\s+)"
    r"((?:[A-Za-z][A-Za-z'’-]*\s+){0,2}[A-Za-z][A-Za-z'’-]*)"
)


_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but|while|whereas)\s")


def _of_noun(text: str, end: int, s_end: int) -> str | None:
    """The head noun of an ``of``/``in`` phrase right after an amount, or None."""
    m = _OF_PHRASE.match(text, end, s_end)
    if m is None:
        return None
    head = None
    for word in m.group(1).split():
        low = word.lower()
        if low in NOUN_STOP or low.endswith("ly"):
            break
        head = word
    if head is None or not head.isalpha() or not head.islower() or len(head) < 3:
        return None  # a name ("in the Northern Province"), "of whom", "in 2021"
    return head


def _subject(
    text: str, nouns: _Nouns, start: int, end: int, s_end: int, fallback: str, floor: int = -1
) -> str:
    noun = nouns.before(start, floor)
    if noun is not None:
        return noun
    of_noun = _of_noun(text, end, s_end)
    if of_noun is not None:
        return of_noun
    np = noun_phrase_after(text, end, s_end, max_words=3, stop=NOUN_STOP - {"in", "of"})
    if np is not None:
        phrase = np[2].lower().split()
        if phrase and phrase[0] in ("in", "of") and len(phrase) > 1 and phrase[-1] not in NOUN_STOP:
            return phrase[-1]
        if phrase and phrase[-1] in MEASURE_NOUNS:
            return phrase[-1]
    return fallback


@register("amount", priority=20)
def amounts(doc: Document) -> Iterator[Claim]:
    """Yield an ``amount`` claim for each number with a currency, percent or measure unit.

    Yields:
        Claims whose value is a :class:`~claimcheck.model.Quantity` with its unit.
    """
    text = doc.text
    for s_start, s_end, found in scan_document(doc):
        reads: list[_Read] = []
        skip_until = -1
        bare: NumberMatch | None = None  # the figure just before, when it had no unit
        for m in found:
            if m.start < skip_until or m.is_ordinal:
                continue
            r = _read_unit(text, m, s_start, s_end)
            if r is not None:
                if bare is not None and (shared := _shared_unit(text, bare, m, r)) is not None:
                    either = _or_range(text, shared, r)
                    if either is not None:
                        r = either
                    else:
                        reads.append(shared)
                reads.append(r)
                skip_until = r.end
            bare = m if r is None else None
        if not reads:
            continue
        period = _PERIOD_RE.search(text, s_start, s_end)  # once per sentence
        period_note = (f"period: {period.group('y')}",) if period is not None else ()
        nouns = _Nouns(text, s_start, s_end)
        floor = prev_end = -1
        for r in _merge_ranges(text, reads):
            # a noun before an earlier figure and a clause break is that figure's ("a depth of
            # 10 km and ... 55 km west"); "trade climbed by 16 percent to $3.4 billion" keeps it
            if prev_end >= 0 and _CLAUSE_BREAK.search(text, prev_end, r.start) is not None:
                floor = prev_end
            prev_end = r.end
            label = line_label(text, r.start, r.end, s_start, s_end)
            if label is not None:
                subject = label
            else:
                subject = _subject(text, nouns, r.start, r.end, s_end, r.fallback, floor)
            yield doc.claim(
                "amount",
                subject,
                _build.quantity(r.value, r.low, r.high, r.qualifier, r.unit),
                r.start,
                r.end,
                notes=r.notes + period_note,
            )
    yield from _fraction_units(doc)


def _fraction_matches(text: str, low: str) -> Iterator[re.Match[str]]:
    """The fraction-word measures around each ``half`` and ``quarter`` of the text: the pattern
    runs only in a small window about each (most text holds neither word)."""
    for word in ("half", "quarter"):
        i = low.find(word)
        while i >= 0:
            f = _FRACTION_UNIT_RE.search(text, max(0, i - _FRACTION_BEFORE), i + _FRACTION_AFTER)
            if f is not None:
                yield f
            i = low.find(word, i + 4)


def _fraction_units(doc: Document) -> Iterator[Claim]:
    """Measures written with a fraction word and no figure: ``half a mile`` (0.5 mile), ``a
    quarter-mile``, ``three-quarters of a mile``, ``a mile and a half`` (1.5 mile)."""
    low = doc.lowered
    text = doc.text
    seen: set[int] = set()
    for f in _fraction_matches(text, low):
        if f.start() in seen:
            continue
        seen.add(f.start())
        s_start, s_end = doc.sentence_of(f.start())
        if s_end <= f.start() or f.end() > s_end:
            continue  # not in a body sentence
        if f.group("one") is not None:
            value = 1 + _fraction_value(f.group("h"))
        elif f.group("h") is not None:
            continue  # "half a mile and a half": no such measure
        else:
            value = _fraction_value(f.group("f") or f.group("g"))
        unit = UNIT_WORDS[_norm(f.group("w"))]
        start, qualifier, lo, hi = qualified(text, f.start(), value)
        subject = _subject(text, _Nouns(text, s_start, s_end), start, f.end(), s_end, "measure")
        yield doc.claim(
            "amount", subject, _build.quantity(value, lo, hi, qualifier, unit),
            start, f.end(), notes=("value from a fraction word",),
        )  # fmt: skip


def _shared_unit(text: str, bare: NumberMatch, m: NumberMatch, r: _Read) -> _Read | None:
    """The amount a bare figure makes when it shares the unit written after the next one:
    ``20 and 40 mg`` (20 mg and 40 mg; ``5 or 6 km`` then makes one range). Not when the
    second figure's unit is a symbol before it (``5 and $7``), qualifier words stand before
    it (``the two and up to 20 percent``), a scale might be shared too (``5 and 10 million
    dollars``), or the bare figure reads as a year or follows "the" (``split between the two and
    20 percent``: a pronoun-like "the two")."""
    if (
        m.currency is not None
        or r.start != m.start  # "the two and up to 20 percent": no qualifier words between
        or m.qualifier != "exact"
        or m.scale != 1
        or bare.scale != 1
        or bare.qualifier != "exact"
        or bare.is_year_like
        or bare.is_ordinal
        or _SHARED_GAP_RE.fullmatch(text, bare.end, r.start) is None
        or _THE_BEFORE_RE.search(text, max(0, bare.qual_start - 5), bare.qual_start) is not None
    ):
        return None
    v = bare.value
    note = ("unit shared with the next figure",)
    return _Read(bare.qual_start, bare.end, v, v, v, "exact", r.unit, r.fallback, note)


def _or_range(text: str, shared: _Read, r: _Read) -> _Read | None:
    """``20 or 30 percent``, ``two or three km``: one rough range, not two amounts."""
    gap = text[shared.end : r.start].strip().lower()
    if gap != "or" or r.qualifier != "exact" or shared.value == r.value:
        return None
    low, high = min(shared.value, r.value), max(shared.value, r.value)
    return _Read(shared.start, r.end, (low + high) / 2, low, high, "range", r.unit, r.fallback, r.notes)
