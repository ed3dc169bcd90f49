"""Durations: ``44-day war``, ``almost thirty-year occupation``, ``for 30 years``.

The value is ``Quantity(n, unit=...)`` with the unit normalised to the singular
(``day``, ``week``, ``month``, ``year``, ``decade``...), the qualifier read from
the words before (``almost`` -> approx). The subject is the noun the duration
modifies (``war``), else the noun after ``of`` (``30 years of independence``),
else the content word before the duration (``occupied for 30 years`` ->
``occupied``), else ``duration``. Ages (``60-year-old``) and points in time
(``30 years ago``) are not durations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck._words.numbers import NOUN_STOP, TIME_UNITS
from claimcheck.extraction import _build
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.numbers import noun_phrase_after, scan_document, tokens
from claimcheck.model import Claim

__all__ = ["durations"]

_UNITS = "|".join(sorted(TIME_UNITS, key=len, reverse=True))
_HYPHEN_UNIT_RE = re.compile(rf"-(?P<u>{_UNITS})\b(?P<long>-long)?-?", re.IGNORECASE)
_SPACED_UNIT_RE = re.compile(rf"[ \t\u00a0]+(?P<u>{_UNITS})\b", re.IGNORECASE)
_AFTER_RE = re.compile(r"[ \t\u00a0-]*(?:ago|old|earlier|before)\b", re.IGNORECASE)
_SKIP_BEFORE = NOUN_STOP | frozenset(["past", "last", "next", "first", "recent"])
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]{0,40}")
_SPACES = frozenset(" \t\u00a0")


def _word_before(text: str, pos: int, floor: int) -> str | None:
    words = _WORD_RE.findall(text, max(floor, pos - 60), pos)
    for w in reversed(words):
        low = str(w).lower()
        if low not in _SKIP_BEFORE:
            return low
    return None


@register("duration", priority=30)
def durations(doc: Document) -> Iterator[Claim]:
    """Yield a ``duration`` claim for each number followed by a time unit.

    Yields:
        Claims whose value is a :class:`~claimcheck.model.Quantity` with a time unit.
    """
    text = doc.text
    for s_start, s_end, found in scan_document(doc):
        for m in found:
            if m.is_ordinal or m.currency is not None or m.is_year_like or m.value < 0:
                continue
            follow = text[m.end : m.end + 1]  # each unit pattern opens with a hyphen or a space
            hyph = _HYPHEN_UNIT_RE.match(text, m.end, s_end) if follow == "-" else None
            unit_m = hyph or (_SPACED_UNIT_RE.match(text, m.end, s_end) if follow in _SPACES else None)
            if unit_m is None:
                continue
            unit = TIME_UNITS[unit_m.group("u").lower()]
            after = unit_m.end("u") if hyph is None else unit_m.end()
            if _AFTER_RE.match(text, after, s_end):
                continue
            span_end = unit_m.end("u") if hyph is None or not hyph.group("long") else hyph.end("long")
            subject: str | None = None
            detail = ""
            notes: tuple[str, ...] = ()
            if hyph is not None:
                np = noun_phrase_after(text, after, s_end, max_words=4, stop=NOUN_STOP)
                if np is not None:
                    subject, detail = np[0].lower(), text[after : np[3]].strip()
            else:
                nxt = tokens(text, after, s_end, limit=3)
                if len(nxt) >= 2 and nxt[0][2].lower() == "of":
                    np = noun_phrase_after(text, nxt[0][1], s_end, max_words=3, stop=NOUN_STOP)
                    if np is not None:
                        subject, detail = np[0].lower(), text[nxt[0][1] : np[3]].strip()
                if subject is None:
                    subject = _word_before(text, m.qual_start, s_start)
                    if subject is not None:
                        notes = ("subject from the word before",)
            yield doc.claim(
                "duration",
                subject or "duration",
                _build.quantity(m.value, m.low, m.high, m.qualifier, unit),
                m.qual_start,
                span_end,
                detail=detail or None,
                notes=notes,
            )
