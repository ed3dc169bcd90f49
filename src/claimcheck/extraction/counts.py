"""Counts: a number with the noun it counts (``263 agreements``, ``52 official visits``).

The subject is the head noun lower-cased as written (``visits``); the singular
key goes in the notes (``singular: visit``) and the full phrase with its
complement in ``detail`` (``official and working visits to Russia``).

Not counts: years and numbers inside dates (the date kind's job), times and
time zones, phone numbers, article or page numbers and labels (``Article 16``,
``Slider Image 1``), numbers without a noun after them, generic phrases
(``the two countries``, ``one of the first``, ``both``), ``one``/``a`` on their
own, and numbers followed by a unit (money, percent, measures, time units).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck._words.numbers import (
    CURRENCY_WORDS,
    MEASURE_UNITS,
    MONTHS,
    NOUN_STOP,
    REF_WORDS,
    SCALES,
    TIME_UNITS,
)
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.numbers import noun_phrase_after, previous_word, scan_document, singular
from claimcheck.model import Claim, Quantity

__all__ = ["counts"]

_GENERIC_BEFORE = frozenset(
    [
        "the",
        "these",
        "those",
        "both",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "all",
        "every",
        "each",
        "which",
        "whose",
    ]
)
_NOT_NOUNS = (
    frozenset(MONTHS)
    | frozenset(CURRENCY_WORDS)
    | frozenset(MEASURE_UNITS)
    | frozenset(TIME_UNITS)
    | frozenset(SCALES)
    | frozenset(
        [
            "percent",
            "per",
            "pct",
            "a.m",
            "am",
            "p.m",
            "pm",
            "gmt",
            "utc",
            "o'clock",
            "times",
            "dozen",
            "hundred",
            "thousand",
            "million",
            "billion",
            "st",
            "nd",
            "rd",
            "th",
        ]
    )
)
_STOP = NOUN_STOP | frozenset({"times"})


@register("count", priority=10)
def counts(doc: Document) -> Iterator[Claim]:
    """Yield a ``count`` claim for each number that counts a noun.

    Yields:
        Claims whose value is a :class:`~claimcheck.model.Quantity` without unit,
        whose span is the number's words (qualifier included) and whose subject
        is the counted noun.
    """
    text = doc.text
    for s_start, s_end, found in scan_document(doc):
        for m in found:
            if m.is_ordinal or m.currency is not None:
                continue
            if (m.is_word and m.value <= 1) or m.value < 0:
                continue  # "one", "a"; and nothing is counted in negative numbers
            if m.end < len(text) and text[m.end] in "-%/:–$€£":
                continue
            before = previous_word(text, m.qual_start, s_start)
            if before in REF_WORDS or before.rstrip(".") in REF_WORDS or before in MONTHS:
                continue
            if m.qual_start == m.start and before in _GENERIC_BEFORE and (m.is_word or m.value < 10):
                continue
            np = noun_phrase_after(text, m.end, s_end, stop=_STOP)
            if np is None:
                continue
            head, _, phrase, detail_end = np
            low_head = head.lower()
            first = phrase.split()[0].lower().rstrip(".")
            if first in _NOT_NOUNS or low_head in _NOT_NOUNS or first in NOUN_STOP:
                continue
            if m.is_year_like and not (low_head.endswith("s") and head.islower()):
                continue
            if not head.isalpha() and "-" not in head:
                continue
            if low_head.endswith("ly"):
                continue
            yield doc.claim(
                "count",
                low_head,
                Quantity(m.value, m.low, m.high, m.qualifier),  # type: ignore[arg-type]
                m.qual_start,
                m.end,
                detail=text[m.end : detail_end].strip(),
                notes=(f"singular: {singular(head)}",),
            )
