"""Amounts: money, percentages and measures, with their unit and what they measure.

Units: an ISO 4217 code for money (``$``, ``US$``, ``USD``, ``dollars`` -> USD;
``manat`` -> AZN ...), ``percent`` (``16 percent``, ``16 per cent``, ``16%``),
``percentage point``, or a normalised measure (``km``, ``t``, ``ha``...).
``3 dollars 50 cents`` is one amount (3.5 USD); ``$4.25 and 32`` is one amount
and a bare number. A bare scaled number followed by ``in dollar terms`` is USD.

Subject: the nearest measured noun before the amount in its sentence
(``trade``, ``turnover``, ``investment``...), else the noun after it
(``$2.9 billion in investments``), else ``money``, ``percentage`` or ``measure``.
A year in the sentence (``in 2021``) is kept as a note ``period: 2021``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimcheck._words.numbers import (
    CURRENCY_CODES,
    CURRENCY_WORDS,
    MEASURE_NOUNS,
    MEASURE_UNITS,
    NOUN_STOP,
)
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.numbers import noun_phrase_after, scan_document
from claimcheck.model import Claim, Quantity

__all__ = ["amounts"]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_SP = r"[ \t\u00a0\u202f]"
_PERCENT_RE = re.compile(
    rf"{_SP}?%|{_SP}+(?:percentage{_SP}+points?|per{_SP}*cent|percent|pct)\b", re.IGNORECASE
)
_CURWORD_RE = re.compile(rf"{_SP}+(?P<w>{_alt(CURRENCY_WORDS)})\b", re.IGNORECASE)
_CODE_AFTER_RE = re.compile(rf"{_SP}*(?P<w>{_alt(CURRENCY_CODES)})\b")
_MEASURE_RE = re.compile(rf"{_SP}?(?P<w>{_alt(MEASURE_UNITS)})\b(?![-'’])", re.IGNORECASE)
_CENTS_RE = re.compile(rf"(?:,|{_SP}and)?{_SP}+(?P<c>\d{{1,2}}){_SP}+cents?\b", re.IGNORECASE)
#: Any of the four unit patterns above: one test instead of four for the many bare numbers.
_UNIT_AFTER_RE = re.compile(
    "|".join(
        f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern.replace('(?P<w>', '(?:')})"
        for p in (_PERCENT_RE, _CURWORD_RE, _CODE_AFTER_RE, _MEASURE_RE)
    )
)
_DOLLAR_TERMS_RE = re.compile(r"^[ ,]*in (?:US )?dollar terms", re.IGNORECASE)
#: ``\b(?:in|for|during|of)[ \t]+(?P<y>(?:19|20)\d\d)\b``, written as a first letter then the
#: rest per letter so the regex engine skips ahead in C.
_PERIOD_RE = re.compile(
    r"[ifdo](?<![\w].)(?:(?<=i)n|(?<=f)or|(?<=d)uring|(?<=o)f)[ \t]+(?P<y>(?:19|20)\d\d)\b"
)
_WORD_RE = re.compile(r"[A-Za-z]+")


def _subject(text: str, s_start: int, start: int, end: int, s_end: int, fallback: str) -> str:
    before = _WORD_RE.findall(text, s_start, start)
    for w in reversed(before):
        low = str(w).lower()
        if low in MEASURE_NOUNS:
            return low
    np = noun_phrase_after(text, end, s_end, max_words=3, stop=NOUN_STOP - {"in", "of"})
    if np is not None:
        phrase = np[2].lower().split()
        if phrase and phrase[0] in ("in", "of") and len(phrase) > 1:
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
        skip_until = -1
        period_note: str | None = None  # "" when the sentence names no year
        for m in found:
            if m.start < skip_until or m.is_ordinal:
                continue
            unit: str | None = m.currency
            end = m.end
            value, low, high = m.value, m.low, m.high
            notes: list[str] = []
            fallback = "money"
            if unit is None:
                may_unit = _UNIT_AFTER_RE.match(text, m.end, s_end) is not None
                if may_unit and (pm := _PERCENT_RE.match(text, m.end, s_end)) is not None:
                    unit = "percentage point" if "point" in pm.group().lower() else "percent"
                    end, fallback = pm.end(), "percentage"
                elif may_unit and (cw := _CURWORD_RE.match(text, m.end, s_end)) is not None:
                    unit, end = CURRENCY_WORDS[cw.group("w").lower()], cw.end()
                elif may_unit and (cc := _CODE_AFTER_RE.match(text, m.end, s_end)) is not None:
                    unit, end = cc.group("w"), cc.end()
                elif m.is_year_like:
                    continue
                elif may_unit and (mu := _MEASURE_RE.match(text, m.end, s_end)) is not None:
                    unit, end, fallback = MEASURE_UNITS[mu.group("w").lower()], mu.end(), "measure"
                elif (m.scale > 1 or m.value >= 1e6) and _DOLLAR_TERMS_RE.match(
                    text[m.end : s_end]
                ) is not None:
                    unit = "USD"
                    notes.append("unit from 'in dollar terms'")
            elif (cw := _CURWORD_RE.match(text, m.end, s_end)) is not None:
                end = cw.end()  # "$5 dollars": the word repeats the symbol
            if unit is None:
                continue
            if unit == "USD" and (cents := _CENTS_RE.match(text, end, s_end)) is not None:
                extra = int(cents.group("c")) / 100
                value += extra
                low = None if low is None else low + extra
                high = None if high is None else high + extra
                end = cents.end()
                skip_until = end
            if period_note is None:  # once per sentence
                period = _PERIOD_RE.search(text, s_start, s_end)
                period_note = f"period: {period.group('y')}" if period is not None else ""
            if period_note:
                notes.append(period_note)
            subject = _subject(text, s_start, m.qual_start, end, s_end, fallback)
            yield doc.claim(
                "amount",
                subject,
                Quantity(value, low, high, m.qualifier, unit),  # type: ignore[arg-type]
                m.qual_start,
                end,
                notes=tuple(notes),
            )
