"""The shared number grammar: digits, words, scales, ordinals, ranges and qualifiers.

One compiled pattern finds number cores in a sentence (digits with separators
and decimals, an optional currency prefix and scale word, or a run of number
words); a small hand-written parser turns word runs into values, and a
post-pass merges ranges and reads the approximator or bound before each number.
Every quantifier in the patterns is bounded, so scanning is linear in the
text's length, whatever the text.

Less common forms read too: a sign in words (``minus 5``, ``negative one``),
decimals in words (``five point two``; not after ``at``: ``at one point two men``),
fractions (``two thirds``, ``five and a quarter``, ``three million and a half``,
``a half-million``, ``3½``), digits with a scale word (``3 hundred and 21``,
``4 thousand 3 hundred``), ``10M``/``1MM`` and money in ``£5m``/``$50k``, numbers
grouped by spaces (``1 414 021 100``); a lone ``one`` after a determiner
(``the one you chose``) is a pronoun, not a number.

Qualifier semantics (``low``/``high`` are what the words allow):

* ``about``, ``around``, ``roughly``, ``some``, ``approximately``: ``approx``,
  ``low = 0.9 * value``, ``high = 1.1 * value``.
* ``almost``, ``nearly``, ``just under``: ``approx`` with ``high = value`` and
  ``low = 0.9 * value`` (almost thirty admits 27 to 30, so 29 agrees).
* ``more than``, ``over``, ``at least``, ``upwards of``: ``at_least``, ``low = value``.
* ``up to``, ``fewer than``, ``less than``, ``at most``, ``under``, ``as many as``:
  ``at_most``, ``high = value``.
* ranges (``between 40 and 50``, ``40-50``, ``40 to 50``): ``range``, ``low``/``high``
  the ends and ``value`` their midpoint.

Examples:
    >>> parse_number("one hundred and twelve")
    112.0
    >>> parse_number("US$3.4 billion")
    3400000000.0
    >>> [(m.value, m.qualifier) for m in iter_numbers("almost thirty years")]
    [(30.0, 'approx')]
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from claimcheck._words.dates import WEEKDAYS
from claimcheck._words.nouns import singular
from claimcheck._words.numbers import (
    APPROX,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    FRACTIONS,
    MONTHS,
    ONES,
    ORDINAL_WORDS,
    SCALES,
    TENS,
)

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.extraction._document import Document

__all__ = [
    "NumberMatch",
    "changes_from",
    "is_tally",
    "iter_numbers",
    "line_label",
    "noun_phrase_after",
    "parse_number",
    "previous_word",
    "qualified",
    "scan_document",
    "scan_sentence",
    "singular",
    "tokens",
]


@frozen
class NumberMatch:
    """One number found in text, with its offsets and what the words allow.

    Attributes:
        start: where the number's words begin (a currency prefix included).
        end: where they end (a scale word and the second end of a range included).
        qual_start: where the qualifier before the number begins (``start`` if none).
        value: the value (the midpoint for a range).
        low: the smallest value the words allow (None: unbounded).
        high: the largest value the words allow (None: unbounded).
        qualifier: ``exact``, ``approx``, ``at_least``, ``at_most`` or ``range``.
        is_ordinal: written as an ordinal (60th, thirtieth).
        is_word: written in words (fifty-two, a dozen).
        plain: bare digits without separators, decimals or scale (a year candidate).
        currency: the ISO code of a currency prefix ($, US$, USD), if any.
        scale: the multiplier applied by a scale word (1 when none).
    """

    start: int
    end: int
    qual_start: int
    value: float
    low: float | None
    high: float | None
    qualifier: str = "exact"
    is_ordinal: bool = False
    is_word: bool = False
    plain: bool = False
    currency: str | None = None
    scale: int = 1

    @property
    def is_year_like(self) -> bool:
        """Four bare digits between 1800 and 2100: a year, a date's job."""
        return self.plain and self.end - self.start == 4 and 1800 <= self.value <= 2100


#: Each field's slot setter, in the order of ``NumberMatch.__init__`` (tested).
_NM_FIELDS = (
    "start", "end", "qual_start", "value", "low", "high",
    "qualifier", "is_ordinal", "is_word", "plain", "currency", "scale",
)  # fmt: skip
_m0, _m1, _m2, _m3, _m4, _m5, _m6, _m7, _m8, _m9, _m10, _m11 = (
    NumberMatch.__dict__[n].__set__ for n in _NM_FIELDS
)
_new = object.__new__


def _number_match(
    start: int,
    end: int,
    qual_start: int,
    value: float,
    low: float | None,
    high: float | None,
    qualifier: str,
    is_ordinal: bool,
    is_word: bool,
    plain: bool,
    currency: str | None,
    scale: int,
) -> NumberMatch:
    """``NumberMatch(...)`` with every field given, its slots set directly: the scan builds one
    or two per number (NumberMatch has no validators; see ``extraction/_build.py``)."""
    obj = _new(NumberMatch)
    _m0(obj, start)
    _m1(obj, end)
    _m2(obj, qual_start)
    _m3(obj, value)
    _m4(obj, low)
    _m5(obj, high)
    _m6(obj, qualifier)
    _m7(obj, is_ordinal)
    _m8(obj, is_word)
    _m9(obj, plain)
    _m10(obj, currency)
    _m11(obj, scale)
    return obj


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_NUMWORDS = [*ONES, *TENS, "hundred", "thousand", "million", "billion", "trillion", "dozen"]
_ORDWORDS = list(ORDINAL_WORDS)
_NUMWORD_SET = frozenset(_NUMWORDS)
_W = rf"(?:{_alt(_NUMWORDS + _ORDWORDS)})\b"
#: Words that may continue a run of number words but not start one: fraction denominators
#: (two thirds) and the decimal point (five point two).
_W_CONT = rf"(?:{_alt({*_NUMWORDS, *_ORDWORDS, *FRACTIONS, 'point'})})\b"
_FRACTION_ONE = _alt(w for w in FRACTIONS if not w.endswith("s"))
#: Symbols in any case (``US$``, ``Rs``); ISO codes in upper case only (``try 5`` is no lira).
_CUR_PREFIX = rf"(?:(?i:{_alt(s for s in CURRENCY_SYMBOLS)})|(?:{_alt(CURRENCY_CODES)})(?![A-Za-z]))"
#: Currency prefixes lower-cased -> ISO code.
_PREFIX_CODE = {
    **{c.lower(): c for c in CURRENCY_CODES},
    **{k.lower(): v for k, v in CURRENCY_SYMBOLS.items()},
}
_SCALE = rf"(?:{_alt(SCALES)})\b"
_SEP_SPACE = "[ \u00a0\u202f\u2009]"

#: A character class holding every decimal digit (ASCII digits and all of U+0660 on), for
#: a pattern's first item: the regex engine skips ahead to such a character in C, much faster
#: than to a ``\d``; a lookbehind ``(?<=\d)`` then keeps the real digits.
_DIGIT_FIRST = "[0-9\u0660-\U0010ffff]"

# Digits: the pattern's first item is one character class (not a group of alternatives), so
# the regex engine skips ahead to the next digit in C; what may come before (a currency
# prefix, no letter) is checked afterwards. Only the suffixes ignore case: a case-insensitive
# first item would not be used to skip ahead.
_DIGITS_RE = re.compile(
    rf"""
    (?P<int>{_DIGIT_FIRST}(?<=\d)(?:\d{{0,2}}(?:,\d{{3}}){{1,5}}(?![\d])
             |\d?(?:,\d\d){{1,3}},\d{{3}}(?![\d])
             |\d{{0,2}}(?:{_SEP_SPACE}\d{{3}}){{1,4}}(?![\d,])
             |\d{{0,14}}))
    (?P<dec>\.\d{{1,6}})?
    (?![\d]|[.,:/]\d)
    (?:(?i:(?P<ord>st|nd|rd|th)\b
          |[ \u00a0]?(?P<scale>hundred[ \u00a0]+(?:thousand|million|billion|trillion)\b
                                |lakhs?[ \u00a0]+crores?\b|{_SCALE}))
      |(?P<mega>MM?)\b)?
    """,
    re.VERBOSE,
)
_CUR_BEFORE_RE = re.compile(rf"(?<![A-Za-z])(?P<cur>{_CUR_PREFIX})[ \u00a0]?$")
#: Currency prefixes lower-cased, and the longest one with its optional space.
_CUR_ENDINGS = tuple(sorted({w.lower() for w in (*CURRENCY_SYMBOLS, *CURRENCY_CODES)}))
_CUR_WINDOW = max(len(w) for w in _CUR_ENDINGS) + 1
#: The same prefixes by length (1 to 3 characters): ``tail[-n:] in _CUR_BY_LEN[n]`` for each
#: ``n`` is ``tail.endswith(_CUR_ENDINGS)`` in a few set lookups instead of a hundred compares.
_CUR_BY_LEN: tuple[frozenset[str], ...] = tuple(
    frozenset(w for w in _CUR_ENDINGS if len(w) == n) for n in range(_CUR_WINDOW)
)


def _may_end_currency(text: str, pos: int) -> bool:
    """Can a currency prefix (and one optional space) end at ``pos``? False means it cannot.

    A cheap test before ``_CUR_BEFORE_RE``: for ASCII text a case-insensitive match
    is a match of the lower-cased text; anything else is left to the regex.
    """
    tail = text[max(0, pos - _CUR_WINDOW) : pos]
    if tail[-1:] in (" ", "\u00a0"):
        tail = tail[:-1]
    if not tail.isascii():
        return True
    low = tail.lower()
    by_len = _CUR_BY_LEN
    return low[-1:] in by_len[1] or low[-2:] in by_len[2] or low[-3:] in by_len[3]


_BAD_BEFORE = frozenset(".,:+/#_^")


def _trie_first_word() -> str:
    """Number words as ``[first letters](?<![A-Za-z].)(?:rests...)``: the leading class lets
    the engine skip ahead in C, and the lookbehind keeps to word starts."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(_NUMWORDS + _ORDWORDS), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(w[1:])
    firsts = "".join(sorted(groups))
    parts = [
        f"(?<=[{c}{c.upper()}])(?:{'|'.join(re.escape(r) for r in rest)})"
        for c, rest in sorted(groups.items())
    ]
    return f"[{firsts}{firsts.upper()}](?<![A-Za-z].)(?:{'|'.join(parts)})\\b"


_WORDS_RE = re.compile(
    _trie_first_word()
    + rf"(?:(?:[ \t]+and[ \t]+|[ \t]+|-)(?i:{_W_CONT})"
    + rf"|(?i:[ \t]+and[ \t]+(?:an?|one)[ \t]+(?:{_FRACTION_ONE})\b)){{0,24}}"
)
#: "a hundred", "an eighty", "half a million", "a half-million", "half million": the article
#: (or half) before a number word.
_ARTICLE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:half[ \t]+an?[ \t]+|(?:an?[ \t]+)?half(?:[ \t]+|-)|an?[ \t]+)$", re.IGNORECASE
)
_ARTICLE_NEXT = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
#: Words that "half" or "a half" multiplies directly ("a half-million", "half dozen").
_HALF_OF = frozenset({"thousand", "million", "billion", "trillion", "dozen"})
#: Determiners that make a lone "one" a pronoun ("the one you mentioned", "which one").
_PRONOUN_ONE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:the|this|that|which|each|every|any|no|another)[ \t]+$", re.IGNORECASE
)
#: "m", "k", "b", "T" right after an amount of money: millions, thousands, billions and
#: trillions (£5m, $50k, €10B, $2.2T).
_MONEY_SHORT_SCALE = re.compile(r"[mkKbBT](?![\w'’-])")
_SHORT_SCALES = {"m": 1_000_000, "k": 1_000, "K": 1_000, "b": 1_000_000_000, "B": 1_000_000_000, "T": 10**12}
#: A number ending in a scale written out in full (3 hundred, 4 thousand), not 3bn or 10M.
_SCALE_WORD_END = re.compile(r"(?i:hundred|thousand|million|billion|trillion)$")
#: Vulgar fraction characters (¼ ½ ¾ ⅐ ... ⅞).
_VULGAR_RE = re.compile("[\u00bc-\u00be\u2150-\u215e]")
_VULGAR_CHARS = frozenset(map(chr, [*range(0xBC, 0xBF), *range(0x2150, 0x215F)]))
#: "at one point": an idiom, not a decimal.
_AT_BEFORE = re.compile(r"(?<![A-Za-z])at[ \t]+$", re.IGNORECASE)
#: "minus 5", "negative one": the sign of the number after.
_NEGATIVE_BEFORE = re.compile(r"(?<![A-Za-z])(?:minus|negative)[ \t\u00a0]+$", re.IGNORECASE)
#: Groups of three digits after a first group of one to three (1 414 021 100): a number
#: with space separators, not a chain of codes.
_SPACE_GROUPED_RE = re.compile(rf"[1-9]\d{{0,2}}(?:{_SEP_SPACE}\d{{3}}){{1,4}}")

#: A whole number and a fraction, ``2 1/2`` or ``5-3/4`` (the chain scan would take it for a date).
_MIXED_FRACTION_RE = re.compile(r"\d{1,4}[ \-](?P<n>\d{1,2})/(?P<d>\d{1,2})")
_ASCII_DIGITS = frozenset("0123456789")
_FRACTION_TAIL_RE = re.compile(r"[ \-](?P<n>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
#: ``, 300`` after a figure: a thousands group split by a space (``1, 300``); only then is
#: :func:`_join_comma_groups` run over a sentence.
_COMMA_GROUP_RE = re.compile(r"\d, \d{3}(?!\d)")
_THREE_DIGITS_RE = re.compile(r"\d{3}(?!\d)")
#: A figure or a range end right before the first group: the groups are list items.
_FIGURE_BEFORE_RE = re.compile(r"(?:(?<![\d.,])\d{1,3}[ ]?,|[-–])[ ]*\Z")
#: Another list item after the last group: ``, 45``, ``and 600``, ``or 7``.
_LIST_AFTER_RE = re.compile(r"[ ]?,[ ]?\$?\d|[ ]+(?:and|or|&)[ ]+\$?\d", re.IGNORECASE)
#: Words before a figure that make it the day of a date (``May 1, 300 people``).
_DAY_NAMERS = MONTHS | frozenset(WEEKDAYS)

#: Chains of three or more digit groups (2022-02-22, 012 492 30 00, 1.2.3) and phone numbers.
#: Written as one leading character class (so the engine skips ahead to a candidate in C)
#: and, per alternative, a lookbehind on that character: the same matches as
#: ``(?<!\w)(?:\+\d{1,3}[ -]?)?\(?\d{1,5}\)?(?:[-./ ]\d{1,5}){2,6}(?!\d)``
#: ``| \+\d{1,3}[ -]?\(?\d{1,5}\)?(?:[-. ]?\d{2,5}){1,5} | \d{1,2}:\d{2}``.
_CHAIN_RE = re.compile(
    rf"[+({_DIGIT_FIRST[1:-1]}](?:"
    r"(?<=\+)(?<![\w].)\d{1,3}[ \-]?\(?\d{1,5}\)?(?:[-./ ]\d{1,5}){2,6}(?!\d)"
    r"|(?<=\()(?<![\w].)\d{1,5}\)?(?:[-./ ]\d{1,5}){2,6}(?!\d)"
    r"|(?<=\d)(?<![\w].)\d{0,4}\)?(?:[-./ ]\d{1,5}){2,6}(?!\d)"
    r"|(?<=\+)\d{1,3}[ \-]?\(?\d{1,5}\)?(?:[-. ]?\d{2,5}){1,5}"
    r"|(?<=\d)\d?:\d{2}"
    r")"
)

_QUAL_RE = re.compile(
    rf"(?<![\w])(?P<q>{_alt(APPROX)})[ \t\u00a0]+$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"(?<![\w])(?:between|from)[ \t]+$", re.IGNORECASE)
#: A verb of change before "from" ("rose from 6 to 9", "was cut sharply from"): a change
#: between two values, not a range.
_CHANGE_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increased|increases"
    r"|increase|decreased|decreases|grew|grown|grows|growing|jumped|jumps|climbed|climbs|dropped|drops"
    r"|declined|declines|slipped|soared|surged|plunged|slumped|tumbled|doubled|tripled|raised|raises"
    r"|cut|cuts|reduced|lowered|lifted|revised|went|up|down)(?:[ \t]+[a-z]+ly)?[ \t]+$",
    re.IGNORECASE,
)
#: "40-50", "40 to 50", "between 40 and 50", and "8- to 16-metre" (the first end hyphenated).
_RANGE_GAP_RE = re.compile(r"[ \t\u00a0]*(?:[-–][ \t\u00a0]*to|-|–|—|to|and)[ \t\u00a0]*", re.IGNORECASE)

#: A noun right after ``N-M`` that makes the pair a tally of two sides, not a range of one
#: quantity: a team's record or start, a game's score or tie, a court's or house's vote
#: ("a 9-14 start", "a 13-13 tie", "a 4-4 ruling"). Singular only: "20-30 votes" is a range.
_TALLY_NOUN_AFTER_RE = re.compile(
    r"[ \t\u00a0]*(?:record|start|season|mark|tie|ruling|decision|vote|verdict|victory|win|loss"
    r"|defeat|finish|score|tally|split|deficit|advantage|majority|margin)(?![\w-])",
    re.IGNORECASE,
)
#: A side of a standing right after ``N-M``, then a stop: "(9-6, 3-4 on the road)",
#: "is 120-98 lifetime." ("10-15 home runs" goes on with a noun: not a tally).
_TALLY_SIDE_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?:home|away|on the road|at home|lifetime|overall|in conference)"
    r"[ \t\u00a0]*(?:[),;:.!?]|$)",
    re.IGNORECASE,
)
#: A tally noun and "of" or "at" right before ``N-M``: "a record of 9-14", "a vote of 5-4".
_TALLY_NOUN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:record|vote|score|tally)[ \t]+(?:of|at)[ \t]+$", re.IGNORECASE
)

#: A team's name right after a dashed ``N-M`` that a determiner opens: "the 15-17 Bulldogs",
#: "the 9-14 Sixers" (a capitalised plural; not "-ians"/"-eans", a people: "the 20-30 Syrians").
_TEAM_AFTER_RE = re.compile(r"[ \t\u00a0]+[A-Z][a-z]{2,}(?<!ian)(?<!ean)s(?![\w'’-])")
_DETERMINER_BEFORE_RE = re.compile(r"(?<![\w-])(?:the|a|an)[ \t\u00a0]+$", re.IGNORECASE)

_ONES_LOW = {w.lower(): v for w, v in ONES.items()}


def _ordinal_kind(v: int) -> str:
    if v < 10:
        return "ones"
    if v < 20:
        return "teen"
    if v < 100:
        return "tens"
    return "hundred" if v == 100 else "scale"


_ORD_KIND = {w: _ordinal_kind(v) for w, v in ORDINAL_WORDS.items()}
_WORD_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _parse_words(text: str, offset: int, *, decimals: bool = True) -> list[tuple[int, int, float, bool]]:
    """Split a run of number words into maximal valid numbers.

    Returns ``(start, end, value, is_ordinal)`` tuples with absolute offsets; ``decimals``
    reads "five point two" as 5.2 (off after "at": "at one point two men left").
    """
    out: list[tuple[int, int, float, bool]] = []
    toks = [(m.start() + offset, m.end() + offset, m.group().lower()) for m in _WORD_TOKEN_RE.finditer(text)]
    i = 0
    n = len(toks)
    while i < n:
        total = 0.0
        current = 0.0
        last: str | None = None
        big = float("inf")  # the last scale used: later scales must be smaller
        first_start = toks[i][0]
        last_end = -1
        ordinal = False
        j = i
        while j < n:
            _, e, w = toks[j]
            if w in ("a", "an"):
                if last is None:
                    current, last = 1.0, "a"
                    j += 1
                    continue
                break
            if w == "half":
                if last is None and j + 2 < n and toks[j + 1][2] in ("a", "an"):
                    current, last = 0.5, "a"
                    j += 2
                    continue
                if (
                    (last is None or (last == "a" and current == 1.0 and not total))
                    and j + 1 < n
                    and toks[j + 1][2] in _HALF_OF
                ):
                    current, last = 0.5, "a"  # "a half-million", "half dozen"
                    j += 1
                    continue
                break
            if w == "and":
                if (
                    last in ("ones", "teen", "tens", "hundred", "scale")
                    and j + 2 < n
                    and toks[j + 2][2] in FRACTIONS
                    and (
                        toks[j + 1][2] in ("a", "an", "one")
                        if not toks[j + 2][2].endswith("s")
                        else 2 <= _ONES_LOW.get(toks[j + 1][2], 0) < 20
                    )
                ):
                    # "and a half", "and one quarter", "and three fifths"
                    frac = _ONES_LOW.get(toks[j + 1][2], 1) / FRACTIONS[toks[j + 2][2]]
                    last_end = toks[j + 2][1]
                    j += 3
                    if last != "scale":
                        current += frac  # "one and a half (million)", "five and a quarter"
                        last = "half"
                        continue
                    # "three million and a half": a fraction of the last scale, or of the
                    # smaller scale named next ("one billion and a half million")
                    nxt = SCALES.get(toks[j][2], 0) if j < n and toks[j][2] != "hundred" else 0
                    if nxt and nxt < big:
                        total += frac * nxt
                        last_end = toks[j][1]
                        j += 1
                    else:
                        total += frac * big
                    last = "fraction"
                    continue
                if (
                    last in ("hundred", "scale")
                    and j + 1 < n
                    and (toks[j + 1][2] in _ONES_LOW or toks[j + 1][2] in TENS)
                ):
                    last = "and"
                    j += 1
                    continue
                break
            if (
                w in FRACTIONS
                and last in ("ones", "teen", "tens")
                and not total
                and current < 100
                and (current >= 2 if w.endswith("s") else current == 1)
            ):
                current /= FRACTIONS[w]  # "two thirds", "three quarters", "one fifth"
                last, last_end = "fraction", e
                j += 1
                continue
            if w == "point":
                k, digits = _decimal_digits(toks, j + 1)
                if decimals and last in ("ones", "teen", "tens", "hundred") and digits:
                    current += float("0." + digits)  # "five point two", "two point zero three"
                    last, last_end = "point", toks[k - 1][1]
                    j = k
                    continue
                break
            if w in ORDINAL_WORDS:
                kind, val = _ORD_KIND[w], float(ORDINAL_WORDS[w])
            elif w in _ONES_LOW:
                val = float(_ONES_LOW[w])
                kind = "ones" if val < 10 else "teen"
            elif w in TENS:
                kind, val = "tens", float(TENS[w])
            elif w == "hundred":
                kind, val = "hundred", 100.0
            elif w == "dozen":
                kind, val = "dozen", 12.0
            else:
                kind, val = "scale", float(SCALES.get(w, 0))
                if not val:
                    break
            ok: bool
            if kind in ("ones",):
                ok = last in (None, "hundred", "scale", "and", "tens")
                if ok and last == "tens" and current % 10:
                    ok = False
                if ok:
                    current += val
            elif kind in ("teen", "tens"):
                ok = last in (None, "hundred", "scale", "and")
                if ok:
                    current += val
            elif kind == "hundred":
                ok = last in ("ones", "a") and 0 < current < 10
                if ok:
                    current *= 100
            elif kind == "dozen":
                ok = last in ("a", "ones", "teen", "tens")
                if ok:
                    current *= 12
            else:  # scale
                ok = last in ("ones", "teen", "tens", "hundred", "a", "dozen", "half", "point") and val < big
                if ok:
                    total += current * val
                    current = 0.0
                    big = val
            if not ok:
                break
            last = "scale" if kind == "scale" else kind
            last_end = e
            j += 1
            if w in ORDINAL_WORDS:
                ordinal = True
                break
        if last_end < 0 or last == "a":
            i = max(j, i + 1)
            continue
        out.append((first_start, last_end, total + current, ordinal))
        # restart after the last consumed numeric word
        while i < n and toks[i][0] < last_end:
            i += 1
    return out


def _decimal_digits(toks: list[tuple[int, int, str]], k: int) -> tuple[int, str]:
    """The digits written in words after a decimal point, from token ``k``: ``(next index, digits)``.

    Single digits (``point zero three``), else one number under a hundred (``point seventy-one``).
    """
    digits = ""
    n = len(toks)
    while k < n and toks[k][2] in _ONES_LOW and _ONES_LOW[toks[k][2]] < 10:
        digits += str(_ONES_LOW[toks[k][2]])
        k += 1
    if digits or k >= n:
        return k, digits
    w = toks[k][2]
    if w in _ONES_LOW:  # a teen
        return k + 1, str(_ONES_LOW[w])
    if w in TENS:
        value = TENS[w]
        k += 1
        if k < n and toks[k][2] in _ONES_LOW and 0 < _ONES_LOW[toks[k][2]] < 10:
            value += _ONES_LOW[toks[k][2]]
            k += 1
        return k, str(value)
    return k, ""


def _digits_value(m: re.Match[str]) -> tuple[float, int, bool]:
    raw, dec, _, scale_word, mega = m.groups()
    if raw.isdigit():
        digits = raw
        plain = not dec and not scale_word and not mega
    else:
        digits = "".join(ch for ch in raw if ch.isdigit())
        plain = False
    value = float(digits + dec if dec else digits)
    scale = 1
    if scale_word:
        for word in scale_word.lower().split():  # "hundred thousand": both multiply
            scale *= SCALES[word]
        value *= scale
    elif mega:  # 10M, 1MM: millions (upper case only: 10m is ten metres)
        scale = 1_000_000
        value *= scale
    return value, scale, plain


#: ``minus``/``negative`` end in one of these; a blank must follow before the number. The scan
#: calls :func:`_negative_start` only when ``text[pos - 1]`` is a blank and ``text[pos - 2]``
#: is a blank or such a letter (with ``pos - 1 > floor``): otherwise it returns None anyway.
_NEG_BLANKS = " \t\u00a0"
_NEG_BEFORE_BLANK = "sSeE\u017f \t\u00a0"


def _negative_start(text: str, pos: int, floor: int) -> int | None:
    """Where ``minus`` or ``negative`` before the number at ``pos`` starts, if one is there."""
    k = pos - 1
    if k < floor or text[k] not in " \t\u00a0":
        return None
    while k > floor and text[k - 1] in " \t\u00a0":
        k -= 1
    if k - 1 < floor or text[k - 1] not in "sSeE\u017f":  # the last letter (ſ matches s ignoring case)
        return None
    neg = _NEGATIVE_BEFORE.search(text, max(floor, pos - 10), pos)
    return None if neg is None else neg.start()


def _chain_zones(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of digit chains (dates, times, phone numbers) that are not numbers."""
    return [
        (z.start(), z.end())
        for z in _CHAIN_RE.finditer(text, start, end)
        if not _SPACE_GROUPED_RE.fullmatch(text, z.start(), z.end())
        and not ("/" in z.group() and _is_mixed_fraction(z))
    ]


def _is_mixed_fraction(z: re.Match[str]) -> bool:
    """Is a digit chain a whole number and a fraction (``2 1/2``, ``5-3/4``), not a date?"""
    f = _MIXED_FRACTION_RE.fullmatch(z.group())
    return f is not None and 0 < int(f.group("n")) < int(f.group("d")) <= 16


def _mixed_fraction_after(text: str, e: int, end: int) -> tuple[int, float] | None:
    """``(end, value)`` of the fraction after a whole number that ends at ``e`` (``2 1/2``)."""
    f = _FRACTION_TAIL_RE.match(text, e, end)
    if f is None:
        return None
    n, d = int(f.group("n")), int(f.group("d"))
    return (f.end(), n / d) if 0 < n < d <= 16 else None


def _join_comma_groups(text: str, found: list[NumberMatch], start: int) -> list[NumberMatch]:
    """Join ``1, 300`` and ``3, 200, 000`` (thousands groups split by a space, as tokenised
    wire copy writes them) into one number, unless the figures read as a list or a date.

    Each group after the first is exactly three digits; the chain is left apart when another
    figure follows it as a list item (``junctions 4, 500 and 600``, ``1, 300, 45``), a figure, a
    range end or a dash stands before it (``5 - 11, 220``, ``5 - foot - 11, 220 pounds``, ``12, 40,
    300``), or a month or weekday names it
    as a day (``May 1, 300 people``). A chain of more than five groups is a list too. Each
    figure is looked at a bounded number of times: linear in the number of figures.
    """
    out: list[NumberMatch] = []
    i = 0
    n = len(found)
    while i < n:
        a = found[i]
        if (
            a.scale != 1
            or a.is_ordinal
            or not 0 <= a.value < 1000
            or a.value != int(a.value)
            or not text[a.end - 1].isdigit()
            or "." in text[a.start : a.end]
        ):
            out.append(a)  # no first group: 2004, 1.5, 3 million
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and found[j].end + 2 == found[j + 1].start
            and text.startswith(", ", found[j].end)
            and (j == i or found[j].scale == 1)
            and _THREE_DIGITS_RE.match(text, found[j + 1].start) is not None
            and found[j + 1].currency is None
            and not found[j + 1].is_ordinal
        ):
            j += 1
        if j == i:
            out.append(a)
            i += 1
            continue
        if previous_word(text, a.start, start).rstrip(".") in _DAY_NAMERS:
            out.append(a)  # "May 1, 300 people": the day, then the rest read afresh (once)
            i += 1
            continue
        if (
            j - i > 4  # more groups than any figure of news (a list of codes)
            or any(found[k].scale != 1 or found[k].end != found[k].start + 3 for k in range(i + 1, j))
            or _FIGURE_BEFORE_RE.search(text, max(start, a.start - 8), a.start) is not None
            or _LIST_AFTER_RE.match(text, found[j].start + 3) is not None
        ):
            out.extend(found[i : j + 1])  # the whole chain stays apart: each group is read once
            i = j + 1
            continue
        last = found[j]
        whole = int(a.value)
        for k in range(i + 1, j + 1):
            whole = whole * 1000 + int(text[found[k].start : found[k].start + 3])
        frac = last.value / last.scale - int(text[last.start : last.start + 3])
        value = (whole + frac) * last.scale
        out.append(
            NumberMatch(
                start=a.start, end=last.end, qual_start=a.start, value=value, low=value, high=value,
                currency=a.currency, scale=last.scale,
            )
        )  # fmt: skip
        i = j + 1
    return out


def _bounds(value: float, qual: str) -> tuple[str, float | None, float | None]:
    if qual == "approx":
        return "approx", min(value * 0.9, value * 1.1), max(value * 0.9, value * 1.1)
    if qual == "almost":  # almost thirty: 27 to 30; almost minus thirty: -30 to -27
        return "approx", min(value * 0.9, value), max(value * 0.9, value)
    if qual == "at_least":
        return "at_least", value, None
    if qual in ("at_most", "at_most_as"):
        return "at_most", None, value
    return "exact", value, value


def _raw_matches(
    text: str, start: int, end: int, zones: list[tuple[int, int]] | None = None
) -> list[NumberMatch]:
    found: list[NumberMatch] = []
    if zones is None:
        zones = _chain_zones(text, start, end)
    zi = 0
    for m in _DIGITS_RE.finditer(text, start, end):
        s, e = m.span()
        prev = text[s - 1] if s > 0 else " "
        cur: str | None = None
        if prev.isalnum() or prev in _BAD_BEFORE or prev in "$€£₽₼¥₺₹ \u00a0":
            c = _CUR_BEFORE_RE.search(text, max(0, s - 5), s) if _may_end_currency(text, s) else None
            if c is not None:
                cur, s = c.group("cur"), c.start()
            elif prev.isalnum() or prev in _BAD_BEFORE:
                continue
        while zi < len(zones) and zones[zi][1] <= s:
            zi += 1
        if zi < len(zones) and zones[zi][0] < e:
            continue  # inside a date, time or phone number
        if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
            continue  # an identifier: COVID-19, F-16
        raw, dec, _, scale_word, mega = m.groups()
        if dec is None and scale_word is None and mega is None and raw.isdigit():
            value, scale, plain = float(raw), 1, True  # the common case, as _digits_value reads it
        else:
            value, scale, plain = _digits_value(m)
        if cur is not None and scale == 1 and (short := _MONEY_SHORT_SCALE.match(text, e, end)):
            scale = _SHORT_SCALES[short.group()]  # £5m, $50k: money in millions, thousands
            value *= scale
            e, plain = short.end(), False
        if e < end and text[e] in _VULGAR_CHARS and scale == 1 and plain:
            value += unicodedata.numeric(text[e])  # 3½
            e, plain = e + 1, False
        elif (
            plain
            and e + 3 < end
            and text[e] in " -"
            and text[e + 1] in _ASCII_DIGITS
            and (mixed := _mixed_fraction_after(text, e, end)) is not None
        ):
            e, plain = mixed[0], False  # 2 1/2
            value += mixed[1]
        if (
            s - 1 > start
            and text[s - 1] in _NEG_BLANKS
            and text[s - 2] in _NEG_BEFORE_BLANK
            and (neg := _negative_start(text, s, start)) is not None
        ):
            s, value, plain = neg, -value, False
        found.append(
            _number_match(  # start, end, qual_start, value, low, high, qualifier, is_ordinal,
                # is_word, plain, currency, scale
                s, e, s, value, value, value, "exact", m.group("ord") is not None, False,
                plain and cur is None, _PREFIX_CODE.get(cur.lower(), cur) if cur else None, scale,
            )
        )  # fmt: skip
    if found and _COMMA_GROUP_RE.search(text, start, end) is not None:
        found = _join_comma_groups(text, found, start)
    vulgar = not text.isascii() and any(text.find(c, start, end) >= 0 for c in _VULGAR_CHARS)
    for m in _VULGAR_RE.finditer(text, start, end) if vulgar else ():  # ½, ¾ (3½: with its digits)
        s = m.start()
        if s > start and text[s - 1].isdecimal():
            continue
        value = unicodedata.numeric(m.group())
        found.append(NumberMatch(start=s, end=s + 1, qual_start=s, value=value, low=value, high=value))
    for m in _WORDS_RE.finditer(text, start, end):
        ws = m.start()
        run = m.group()
        first = run.split(None, 1)[0].split("-", 1)[0].lower()
        if first in _ARTICLE_NEXT:
            art = _ARTICLE_BEFORE_RE.search(text, max(start, ws - 8), ws)
            if art is not None:
                run = text[art.start() : m.end()]
                ws = art.start()
        decimals = _AT_BEFORE.search(text, max(start, ws - 6), ws) is None
        for s, e, value, ordinal in _parse_words(run, ws, decimals=decimals):
            if e - s == 3 and value == 1 and _PRONOUN_ONE_BEFORE.search(text, max(start, s - 10), s):
                continue  # "the one you mentioned": a pronoun
            if (
                s - 1 > start
                and text[s - 1] in _NEG_BLANKS
                and text[s - 2] in _NEG_BEFORE_BLANK
                and (neg := _negative_start(text, s, start)) is not None
            ):
                s, value = neg, -value
            found.append(
                NumberMatch(
                    start=s, end=e, qual_start=s, value=value, low=value, high=value,
                    is_ordinal=ordinal, is_word=True,
                )
            )  # fmt: skip
    found.sort(key=lambda n: n.start)
    return found


_TAIL_WORD_RE = re.compile(r"\S+")
_QUAL_LAST = frozenset(k.split()[-1] for k in APPROX)
#: The last character, and the last two, of every last word of a qualifier (each has two or
#: more): ASCII characters before the space that end none of them cannot end a qualifier
#: ("the", "in", "for" before most numbers are rejected here).
_QUAL_LAST_CHARS = frozenset(w[-1] for w in _QUAL_LAST)
_QUAL_LAST_ENDS = frozenset(w[-2:] for w in _QUAL_LAST)


def _qualifier_before(text: str, pos: int) -> tuple[int, str] | None:
    """``(start, key)`` of the approximator or bound just before ``pos``, if any."""
    if pos < 2 or text[pos - 1] not in " \t\u00a0":
        return None  # at pos 1 the window holds only the space: no word
    c = text[pos - 2]
    if c.isascii() and not c.isspace():  # the word before cannot be a qualifier's last word
        if c.lower() not in _QUAL_LAST_CHARS:
            return None
        b = text[pos - 3] if pos >= 3 else " "
        if b.isascii() and not b.isspace() and (b + c).lower() not in _QUAL_LAST_ENDS:
            return None
    lo = max(0, pos - 24)
    tail = text[lo:pos].split()  # the same words as _TAIL_WORD_RE finds, a cheap first test
    if not tail or tail[-1].lower() not in _QUAL_LAST:
        return None
    words = [(m.start(), m.group().lower()) for m in _TAIL_WORD_RE.finditer(text, lo, pos)]
    if lo > 0 and not text[lo - 1].isspace():
        words = words[1:]  # the first word was cut
    for k in (3, 2, 1):
        if len(words) >= k:
            key = " ".join(w for _, w in words[-k:])
            if key in APPROX:
                return words[-k][0], key
    return None


def qualified(text: str, pos: int, value: float) -> tuple[int, str, float | None, float | None]:
    """The qualifier of a value whose words begin at ``pos`` (``about``, ``more than``...).

    Returns:
        ``(start, qualifier, low, high)``: where the qualifier's words begin (``pos`` when
        there are none) and the bounds the words allow, as for a number the scan reads.
    """
    q = _qualifier_before(text, pos)
    if q is None:
        return pos, "exact", value, value
    qual, low, high = _bounds(value, APPROX[q[1]])
    return q[0], qual, low, high


def changes_from(text: str, pos: int) -> bool:
    """Does a verb of change end right before ``pos`` (where ``from`` begins)?

    ``rose from 6 to 9`` and ``was cut sharply from $5 to $3`` name a change between two
    values, not a range.
    """
    return _CHANGE_BEFORE_RE.search(text, max(0, pos - 30), pos) is not None


def is_tally(text: str, a: NumberMatch, b: NumberMatch) -> bool:
    """Is ``a``-``b`` (joined by a dash or "to") two sides' numbers rather than a range?

    A range runs from a lower to a higher end of one quantity ("10-15 people"); a record, a
    score or a vote split gives two sides one number each: equal ends ("a 13-13 tie", "a 4-4
    ruling"), a record or score noun right after ("a 9-14 start", "a 31-40 record", "a 6 to 3
    decision"), a side of a standing then a stop ("3-4 on the road)", "120-98 lifetime."), a
    tally noun with "of" before ("a record of 9-14"), or a dashed pair of bare whole numbers
    between a determiner and a team's name ("the 15-17 Bulldogs"; "the 20-30 age group" stays
    a range).

    Examples:
        >>> s = "after a 9-14 start"
        >>> first, second = _raw_matches(s, 0, len(s))
        >>> is_tally(s, first, second), [m.value for m in scan_sentence(s)]
        (True, [])
    """
    if a.value == b.value:
        return True
    end = len(text)
    if _TALLY_NOUN_AFTER_RE.match(text, b.end, end) or _TALLY_SIDE_AFTER_RE.match(text, b.end, end):
        return True
    if _TALLY_NOUN_BEFORE_RE.search(text, max(0, a.qual_start - 16), a.qual_start) is not None:
        return True
    return (
        a.plain
        and b.plain
        and a.currency is None
        and a.start == a.qual_start
        and text[a.end : b.start].strip() in ("-", "\u2013", "\u2014")
        and _TEAM_AFTER_RE.match(text, b.end, end) is not None
        and _DETERMINER_BEFORE_RE.search(text, max(0, a.start - 8), a.start) is not None
    )


def scan_sentence(text: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Find every number in ``text[start:end]`` with ranges merged and qualifiers read.

    Args:
        text: the whole text (offsets stay absolute).
        start: where to begin.
        end: where to stop (the end of the text when None).

    Returns:
        The numbers, in order of position.
    """
    stop = len(text) if end is None else end
    return _merge(text, _raw_matches(text, start, stop))


def _merge(text: str, raw: list[NumberMatch]) -> list[NumberMatch]:
    """Merge ranges and read qualifiers over one sentence's raw matches."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(raw):
        a = raw[i]
        # a range: "40-50", "40 to 50", "between 40 and 50"
        if i + 1 < len(raw) and not a.is_ordinal:
            b = raw[i + 1]
            gap = _RANGE_GAP_RE.fullmatch(text, a.end, b.start)
            if gap is not None and not b.is_ordinal and b.currency in (None, a.currency):
                word = text[a.end : b.start].strip().lower()
                between = _BETWEEN_RE.search(text, max(0, a.qual_start - 10), a.qual_start)
                if (
                    between is not None
                    and text[between.start()] in "fF"
                    and changes_from(text, between.start())
                ):
                    gap = None  # "rose from 6 to 9": two values, the second a change of the first
                fiscal = a.is_year_like and b.plain and word in ("-", "–", "—")
                if fiscal and gap is not None:
                    i += 2  # 2012-13 or 2012-2013: years, a date's job
                    continue
                if gap is not None and word != "and" and between is None and is_tally(text, a, b):
                    i += 2  # "a 9-14 start", "a 13-13 tie": two sides' numbers, no one quantity
                    continue
                if (gap is not None and (word != "and" or between is not None)) and a.value <= b.value * (
                    1 if a.scale > 1 or b.scale == 1 else b.scale
                ):
                    low = a.value * (b.scale if a.scale == 1 and b.scale > 1 else 1)
                    high = b.value
                    if low <= high and not (a.is_year_like and b.is_year_like):
                        qs = between.start() if between is not None else a.qual_start
                        out.append(
                            NumberMatch(
                                start=a.start, end=b.end, qual_start=qs, value=(low + high) / 2,
                                low=low, high=high, qualifier="range", is_word=a.is_word,
                                currency=a.currency or b.currency, scale=b.scale,
                            )
                        )  # fmt: skip
                        i += 2
                        continue
        # "3 hundred and 21", "4 thousand 3 hundred": digits with a scale word, then the smaller
        # parts of the same numeral (a scaled part, or "and" and a last part under a hundred)
        while (
            i + 1 < len(raw)
            and a.scale >= 100
            and a.value >= 0
            and not a.is_ordinal
            and _SCALE_WORD_END.search(text, max(a.start, a.end - 9), a.end) is not None
        ):
            b = raw[i + 1]
            joint = text[a.end : b.start]
            if not (
                ((joint == " and " and b.scale == 1 and b.value < 100) or (joint == " " and b.scale > 1))
                and not b.is_ordinal
                and b.currency is None
                and b.scale < a.scale
                and 0 <= b.value < a.scale
                and text[b.start] not in "aA"
                and text[b.end : b.end + 1] not in ("-", "%")
            ):
                break
            a = NumberMatch(
                start=a.start, end=b.end, qual_start=a.qual_start, value=a.value + b.value,
                low=a.value + b.value, high=a.value + b.value, is_word=a.is_word and b.is_word,
                currency=a.currency, scale=b.scale,
            )  # fmt: skip
            i += 1
        q = _qualifier_before(text, a.start)
        if q is not None:
            qual, q_low, q_high = _bounds(a.value, APPROX[q[1]])
            a = _number_match(  # evolve() without its per-call introspection
                a.start, a.end, q[0], a.value, q_low, q_high, qual, a.is_ordinal, a.is_word, a.plain,
                a.currency, a.scale,
            )  # fmt: skip
        out.append(a)
        i += 1
    return out


def iter_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[NumberMatch]:
    """Yield the numbers in ``text[start:end]`` (see :func:`scan_sentence`).

    Examples:
        >>> [m.value for m in iter_numbers("between 40 and 50 people, 3bn and a dozen")]
        [45.0, 3000000000.0, 12.0]
    """
    yield from scan_sentence(text, start, end)


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """Parse a number written in digits or words; None unless the whole text is one number.

    Examples:
        >>> parse_number("a hundred and two")
        102.0
        >>> parse_number("half a million")
        500000.0
        >>> parse_number("816 000")
        816000.0
        >>> parse_number("the third reading") is None
        True
    """
    stripped = text.strip()
    found = scan_sentence(stripped)
    if len(found) != 1:
        return None
    m = found[0]
    if m.qual_start != 0 or m.end != len(stripped):
        return None
    return m.value


_CACHE: list[tuple[object, tuple[tuple[int, int, list[NumberMatch]], ...]]] = []


def scan_document(doc: Document) -> tuple[tuple[int, int, list[NumberMatch]], ...]:
    """The numbers of each body sentence of ``doc``, computed once and shared by the extractors.

    Returns:
        ``(sentence_start, sentence_end, numbers)`` per sentence that holds a number.
    """
    if _CACHE and _CACHE[0][0] is doc:
        return _CACHE[0][1]
    text = doc.text
    result = tuple([t for t in _scan_sentences(text, doc.sentences) if t[2]])
    _CACHE[:] = [(doc, result)]
    return result


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


def _scan_sentences(
    text: str, sentences: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, int, list[NumberMatch]]]:
    """:func:`scan_sentence` for each sentence, with the regexes run once over the whole span.

    A sentence is rescanned on its own when a raw match or a chain zone crosses one of
    its bounds, so the result is the same as scanning each sentence separately.
    """
    if not sentences:
        return
    lo, hi = sentences[0][0], sentences[-1][1]
    if any(map(operator.lt, map(_FIRST, sentences[1:]), map(_SECOND, sentences))):  # b[0] < a[1], in C
        for s, e in sentences:  # overlapping sentences: no sharing
            yield s, e, scan_sentence(text, s, e)
        return
    zones_all = _chain_zones(text, lo, hi)
    raw_all = _raw_matches(text, lo, hi, zones_all)
    raw_starts = [m.start for m in raw_all]
    raw_ends = [m.end for m in raw_all]
    zone_starts = [z[0] for z in zones_all]
    zone_ends = [z[1] for z in zones_all]
    n_zones = len(zones_all)
    left = bisect.bisect_left
    for s, e in sentences:
        i = left(raw_starts, s)
        j = left(raw_starts, e, i)
        zi = left(zone_starts, s)
        zj = left(zone_starts, e, zi)
        crossing = (
            (i > 0 and raw_ends[i - 1] > s)
            or (i < j and max(raw_ends[i:j]) > e)
            or (zi > 0 and zone_ends[zi - 1] > s)
            or (zi < zj and max(zone_ends[zi:zj]) > e)
            or (zj < n_zones and zone_starts[zj] < e)
        )
        if crossing:
            yield s, e, scan_sentence(text, s, e)
        elif i == j:
            yield s, e, []
        else:
            yield s, e, _merge(text, raw_all[i:j])


# -- words around a number (shared by the numeric extractors) ------------------

#: A word, a dotted abbreviation (``U.S.``, ``U.N.``: one modifier, so ``34,570 U.S. citizens``
#: counts citizens), or one other character.
_TOKEN_RE = re.compile(
    r"[A-Za-z](?:(?<=[A-Z])\.(?:[A-Z]\.){1,2}(?![A-Za-z])|[A-Za-z'’\-]{0,40}[A-Za-z]|)|[^\sA-Za-z]"
)  # one leading class, as fast as the words alone
_VERBS = frozenset(
    [
        "drew",
        "made",
        "took",
        "became",
        "remained",
        "brought",
        "led",
        "showed",
        "marked",
        "began",
        "lasted",
        "came",
        "went",
        "saw",
        "gave",
        "won",
        "lost",
        "left",
        "got",
        "kept",
        "held",
        "met",
        "paid",
        "sent",
        "set",
        "stood",
        "told",
        "put",
        "ran",
        "rose",
        "fell",
        "grew",
        "stand",
        "stands",
        "make",
        "makes",
        "take",
        "takes",
        "show",
        "shows",
        "mark",
        "marks",
        "bring",
        "brings",
        "remain",
        "remains",
    ]
)
#: Adverbs that sit between a subject noun and its verb ("263 agreements now bind ..."):
#: they end the noun phrase, so the verb's object never becomes the head.
_ADVERBS = frozenset(
    [
        "now",
        "already",
        "still",
        "also",
        "just",
        "currently",
        "together",
        "jointly",
        "ever",
        "recently",
        "reportedly",
        "today",
        "then",
        "thus",
        "altogether",
        "collectively",
        "officially",
        "formally",
        "overnight",
        "yesterday",
        "tonight",
        "tomorrow",
        "earlier",
        "later",
        "ago",
        "apiece",
        "alone",
        "overall",
        "never",
    ]
)
#: Words that open a verb's object: the word before them is a verb, not a noun.
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"])
_PREPS = frozenset(
    ["to", "of", "in", "on", "from", "with", "for", "between", "against", "into", "across", "at", "by"]
)


def tokens(text: str, start: int, end: int, limit: int = 12) -> list[tuple[int, int, str]]:
    """Up to ``limit`` word or punctuation tokens of ``text[start:end]`` with absolute offsets."""
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= limit:
            break
    return out


class _LazyTokens:
    """The tokens :func:`tokens` would return, read from the text only as far as asked.

    Most noun phrases end after a word or two: reading the next token only when the
    phrase needs it saves most of the tokenising.
    """

    __slots__ = ("_cap", "_it", "items")

    def __init__(self, text: str, start: int, end: int, limit: int) -> None:
        self._it = _TOKEN_RE.finditer(text, start, end)
        self._cap = limit
        self.items: list[tuple[int, int, str]] = []

    def has(self, i: int) -> bool:
        """Is there a token ``i`` (among the first ``limit``)? Reads up to it when needed."""
        items = self.items
        while len(items) <= i < self._cap:
            m = next(self._it, None)
            if m is None:
                self._cap = len(items)
                break
            items.append((m.start(), m.end(), m.group()))
        return i < len(items)


def previous_word(text: str, pos: int, floor: int) -> str:
    """The word (or punctuation mark) just before ``pos``, lower-cased ('' when none)."""
    i = pos
    while i > floor and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > floor and (text[j - 1].isalnum() or text[j - 1] in ".'’"):
        j -= 1
    if j == i:
        return text[i - 1] if i > floor else ""
    return text[j:i].lower()


#: Nouns in -s that are no plurals: a modifier in a compound (``cable news hosts``).
_SINGULAR_IN_S = frozenset(
    ["news", "series", "species", "means", "politics", "economics", "headquarters", "physics", "athletics"]
)


def _plural_word(w: str) -> bool:
    """A lower-case word that reads as a plural noun: ``shells``, ``trucks`` (not ``gas``,
    ``status``, ``analysis``, ``news``)."""
    return (
        w.islower()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and w not in _SINGULAR_IN_S
    )


def _ing_modifier(prev: str, nxt: str) -> bool:
    """An -ing word after the name ``prev`` modifies the plural ``nxt`` that follows it
    (``Chinese fishing boats``, ``Ohio polling stations``): the name is no plural itself
    (``Palestinians fleeing homes``: a verb and its object)."""
    return prev[0].isupper() and not _plural_word(prev.lower()) and _plural_word(nxt)


def noun_phrase_after(
    text: str, pos: int, end: int, *, max_words: int = 5, stop: frozenset[str], plural: bool = False
) -> tuple[str, int, str, int] | None:
    """The noun phrase right after ``pos``: ``(head, head_end, phrase, detail_end)`` or None.

    The phrase runs until a stop word or punctuation (``and`` may join modifiers:
    ``official and working visits``); its last word is the head. A prepositional
    complement (``to Russia``) extends ``detail_end``. After a name the head is the word that
    follows it (``Karabakh war drew``); with ``plural`` (a cardinal above one stands before,
    so its noun is plural) a singular word there that a plural follows is a modifier of that
    plural (``two Israeli tank shells``: ``shells``).
    """
    k = pos  # the first token opens at the first non-space: no letter there, no phrase
    while k < end and text[k].isspace():
        k += 1
    if k >= end or not text[k].isalpha():
        return None
    lazy = _LazyTokens(text, pos, end, max_words + 6)
    toks = lazy.items
    it = lazy._it
    words: list[tuple[int, int, str]] = []
    k = 0
    while len(words) < max_words:
        if k >= len(toks):  # lazy.has(k), inlined: this loop reads most of the tokens
            m = next(it, None) if k < lazy._cap else None
            if m is None:
                if k < lazy._cap:
                    lazy._cap = k  # the text ran out
                break
            toks.append((m.start(), m.end(), m.group()))
        w = toks[k][2]
        low = w.lower()
        if not w[0].isalpha():
            break
        if low == "and" and words and lazy.has(k + 1):
            nxt = toks[k + 1][2]
            # "12 points and four assists": a figure of its own after "and" ends the phrase
            if nxt[0].isalpha() and nxt.lower() not in stop and nxt.lower() not in _NUMWORD_SET:
                words.append(toks[k])
                k += 1
                continue
            break
        if low in stop or low in _VERBS or low in _ADVERBS:
            break
        if (
            words
            and w.islower()
            and (
                low.endswith("ed")  # a participle after the noun: "agreements signed"
                # after a plural or a people's name: "civilians fleeing", "100 Lebanese sheltering"
                or (
                    low.endswith("ing")
                    and (words[-1][2].endswith("s") or words[-1][2][0].isupper())
                    and not _ing_modifier(words[-1][2], toks[k + 1][2] if lazy.has(k + 1) else "")
                )
            )
        ):
            break
        if words and low in ("last", "next"):
            break  # "won two games last season": a time phrase after the noun
        words.append(toks[k])
        k += 1
    while words and words[-1][2].lower() == "and":
        words.pop()
    if (
        len(words) >= 2
        and lazy.has(k)
        and toks[k][2].lower() in _DETERMINERS
        and words[-2][2].islower()
        and words[-2][2].endswith("s")
        and words[-1][2].islower()
    ):
        words.pop()  # "32 analysts rate the stock": a plural noun, then a verb and its object
    if not words:
        return None
    caps = [i for i, t in enumerate(words) if t[2][0].isupper() and t[2][-1] != "."]  # not U.S.
    if caps and caps[-1] + 1 < len(words):
        h = caps[-1] + 1
        if h + 1 < len(words) and words[h][2].endswith("ing") and _plural_word(words[h + 1][2]):
            h += 1  # "six Chinese fishing boats": the -ing word modifies the plural head
        elif plural and not _plural_word(words[h][2]):
            # "two Israeli tank shells", "two American cable news hosts": singular modifiers
            # (up to two), then the plural head
            for j in range(h + 1, min(len(words), h + 3)):
                if not words[j][2].islower():
                    break
                if _plural_word(words[j][2]):
                    h = j
                    break
        words = words[: h + 1]  # "Karabakh war drew": the head follows the names
    elif caps and caps[0] > 1:
        # a plural noun, a verb, then a name ("agreements bind Baku"): the name is
        # the verb's object, the counted noun is the plural before the verb
        plurals = [i for i in range(caps[0] - 1) if words[i][2].islower() and words[i][2].endswith("s")]
        if plurals:
            words = words[: plurals[0] + 1]
    _, head_e, head = words[-1]
    detail_end = head_e
    if lazy.has(k) and toks[k][2].lower() in _PREPS:
        lazy.has(k + 4)
        for _s, e, w in toks[k + 1 : k + 5]:
            if not w[0].isalnum() or (w.lower() in stop and w.lower() not in ("the", "a", "an")):
                break
            detail_end = e
    return head, head_e, text[words[0][0] : head_e], detail_end


#: "Deaths: 31", "- Death toll: more than 40": a label of up to five words at a line's start.
_LABEL_RE = re.compile(
    r"[ \t]*(?:[-*•–][ \t]*)?(?P<label>[A-Za-z][A-Za-z'’&/()-]*(?:[ \t]+[A-Za-z'’&/()-]+){0,4})[ \t]*:[ \t]*"
)
#: Last words of a label that make it the introduction of a statement ("He said: 31 ...").
_NOT_LABEL_END = frozenset(
    ["said", "says", "say", "told", "added", "wrote", "writes", "stated", "noted", "and"]
)
_LINE_WINDOW = 64
_LINE_TAIL_RE = re.compile(r"[^\n]{0,48}(?:\n|$)")


def line_label(text: str, start: int, end: int, floor: int, ceiling: int) -> str | None:
    """The label of a ``Label: value`` line whose value is ``text[start:end]``, lower-cased.

    The label opens the line (or the sentence at ``floor``) and ends with a colon right before
    the value; after the value, at most a few words end the line (``Deaths: 31``,
    ``Cost: $3.2 million (estimate)``). Reads at most a few dozen characters either side.

    Args:
        text: the whole text.
        start: where the value begins (its qualifier included).
        end: where the value's words end.
        floor: the sentence start: the label never begins before it.
        ceiling: the sentence end.

    Returns:
        The label (``deaths``, ``death toll``), or None when the value is not on such a line.
    """
    if start - floor < 2 or text[start - 1] not in " \t:" or ":" not in text[max(floor, start - 3) : start]:
        return None
    lo = max(floor, start - _LINE_WINDOW)
    nl = text.rfind("\n", lo, start)
    if nl >= 0:
        line_start = nl + 1
    elif lo == floor:
        line_start = floor
    else:
        return None
    m = _LABEL_RE.fullmatch(text, line_start, start)
    if m is None:
        return None
    label = " ".join(m.group("label").split()).lower()
    if label.rsplit(" ", 1)[-1] in _NOT_LABEL_END:
        return None
    tail = _LINE_TAIL_RE.match(text, end, ceiling) if end < ceiling else None
    if end < ceiling and tail is None:
        return None  # the line runs on: the number is inside a statement
    if tail is not None and len(tail.group().split()) > 3:
        return None
    return label
