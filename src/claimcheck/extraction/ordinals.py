"""Ordinals: ``60th birthday``, ``30th anniversary``, ``thirtieth session``.

The value is the ordinal's number (no unit); the subject is the noun it ranks.
A bare ordinal (``the 60th``) and ordinals in dates (``February 21st``,
``the 22nd of February``) are not claims; ``first`` and ``second`` written as
words are too generic (``the first time``) and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck._words.numbers import MONTHS, NOUN_STOP
from claimcheck.extraction import _build
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.numbers import noun_phrase_after, previous_word, scan_document, tokens
from claimcheck.model import Claim

__all__ = ["ordinals"]

_IDIOMS = frozenset(["countries", "country", "parties", "party", "world", "persons", "person", "states"])


@register("ordinal", priority=15)
def ordinals(doc: Document) -> Iterator[Claim]:
    """Yield an ``ordinal`` claim for each ordinal followed by the noun it ranks.

    Yields:
        Claims whose value is ``Quantity(n)`` and whose subject is the noun (``birthday``).
    """
    text = doc.text
    for s_start, s_end, found in scan_document(doc):
        for m in found:
            if not m.is_ordinal or m.value < 1:
                continue
            if m.is_word and m.value <= 2:
                continue
            if previous_word(text, m.start, s_start) in MONTHS:
                continue
            nxt = tokens(text, m.end, s_end, limit=2)
            if not nxt or nxt[0][2].lower() in MONTHS:
                continue
            if nxt[0][2].lower() == "of" and len(nxt) > 1 and nxt[1][2].lower() in MONTHS:
                continue
            np = noun_phrase_after(text, m.end, s_end, max_words=3, stop=NOUN_STOP)
            if np is None:
                continue
            head, _, phrase, detail_end = np
            if phrase.split()[0].lower() in MONTHS:
                continue
            if m.is_word and m.value == 3 and head.lower() in _IDIOMS:
                continue  # "third countries", "third parties": not a rank
            yield doc.claim(
                "ordinal",
                head.lower(),
                _build.quantity(m.value, m.value, m.value, "exact", None),
                m.start,
                m.end,
                detail=text[m.end : detail_end].strip(),
            )
