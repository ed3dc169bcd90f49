"""Blocking: the cheap key that decides which claims may be compared at all, and the pairs.

A claim's key comes from its frame (:mod:`claimcheck.extraction.frames`), not from the
literal head noun of its subject: a count's role (``killed`` for "killed", "dead", "death
toll"), else the measured thing or counted noun (``exports`` for "exports" and "shipments"),
else its action; a date's event (``sign``, ``open`` for "opened" and "inaugurated"); an
article's number; a quote's speaker. A claim whose frame names nothing specific (``people``,
``money``, the date of a statement) has no key and joins no fact.

Only claims sharing a key are compared, and only within the story their sources report
(a claim whose source has no story meets the whole block). A story's part of a block larger
than ``max_block`` is compared within a sorted window of ``window`` neighbours, so the links
per claim stay bounded whatever the size of a story.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from claimcheck._words.nouns import singular as _singular
from claimcheck._words.stopwords import FUNCTION_WORDS
from claimcheck.extraction.frames import date_topic, topic
from claimcheck.model import ArticleRef, Claim, Quantity

__all__ = ["block_key", "block_pairs", "instrument_key", "sub_blocks", "words"]

_WORD = re.compile(r"[a-z0-9]+")
_STOP = FUNCTION_WORDS
#: Words naming the kind of a document; aliases of one instrument share it.
_INSTRUMENT_TYPES = (
    "declaration",
    "treaty",
    "convention",
    "protocol",
    "charter",
    "memorandum",
    "constitution",
    "statement",
    "agreement",
    "accord",
    "resolution",
    "law",
)


def words(text: str | None) -> list[str]:
    """The lower-case words of ``text`` without stop words."""
    return [w for w in _WORD.findall((text or "").lower()) if w not in _STOP]


@functools.lru_cache(maxsize=65536)
def instrument_key(instrument: str | None) -> str:
    """A key shared by the aliases of one document's name.

    Examples:
        >>> instrument_key("Declaration on Allied Interaction")
        'declaration'
        >>> instrument_key("declaration of alliance")
        'declaration'
    """
    found = [_singular(w) for w in words(instrument)]
    for kind in _INSTRUMENT_TYPES:
        if kind in found:
            return kind
    return found[0] if found else ""


def _unit(claim: Claim) -> str:
    value = claim.value
    return (value.unit or "").lower() if isinstance(value, Quantity) else ""


def block_key(claim: Claim) -> tuple[str, ...] | None:
    """The key of the block ``claim`` is compared in, or None when it joins no fact.

    Examples:
        >>> from claimcheck.model import Frame, Quantity, Span
        >>> sp = Span("s", 0, 3)
        >>> c = Claim("c", "count", "agreements", Quantity(263), sp, sp, frame=Frame(noun="agreements"))
        >>> block_key(c)
        ('count', 'agreements', '')
        >>> block_key(Claim("c", "count", "people", Quantity(3), sp, sp, frame=Frame()))
    """
    value = claim.value
    if claim.kind == "article" and isinstance(value, ArticleRef):
        # the instrument is checked when deciding: a claim naming none may match any
        return ("article", value.number.strip().lower())
    if claim.kind == "quote":
        return ("quote", " ".join(words(claim.speaker)))
    if claim.kind == "date":
        key = date_topic(claim.frame, " ".join(sorted(_singular(w) for w in words(claim.subject))))
        return ("date", key) if key else None
    found = words(claim.subject)
    key = topic(claim.frame, _singular(found[-1]) if found else "")
    return (claim.kind, key, _unit(claim)) if key else None


def _order(claim: Claim, context: Mapping[str, str]) -> tuple[str, ...]:
    frame = claim.frame
    head = (frame.noun, frame.place, frame.period) if frame is not None else ("", "", "")
    return (*head, context.get(claim.id, "").lower(), claim.id)


def block_pairs(
    members: Sequence[Claim],
    *,
    max_block: int,
    window: int,
    loose: set[str] | None = None,
    context: Mapping[str, str] | None = None,
) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of ``members`` to compare, the earlier in sorted order first.

    Members are sorted by frame (noun, place, period) then by sentence, so neighbours in a
    large block are the likeliest to be one fact. With ``loose`` (ids of claims whose source
    has no story), only pairs holding a loose claim are produced: a loose claim meets every
    claim of the block, the others have met in their own stories.
    """
    text = context or {}
    ordered = sorted(members, key=lambda c: _order(c, text))
    n = len(ordered)
    reach = n if n <= max_block else window
    if loose is None:
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 : i + 1 + reach]:
                yield a, b
        return
    for i, a in enumerate(ordered):
        if a.id not in loose:
            continue
        for j in range(max(0, i - reach), min(n, i + 1 + reach)):
            if j > i or (j < i and ordered[j].id not in loose):
                yield (a, ordered[j]) if i < j else (ordered[j], a)


def sub_blocks(
    members: Sequence[Claim], stories: Mapping[str, str] | None
) -> list[tuple[Sequence[Claim], set[str] | None]]:
    """A block split by story: each story's claims, then every claim with the story-less ones."""
    if not stories:
        return [(members, None)]
    by_story: dict[str, list[Claim]] = defaultdict(list)
    loose: set[str] = set()
    for c in members:
        story = stories.get(c.source_id, "")
        if story:
            by_story[story].append(c)
        else:
            loose.add(c.id)
    out: list[tuple[Sequence[Claim], set[str] | None]] = [(by_story[k], None) for k in sorted(by_story)]
    if loose:
        out.append((members, loose if len(loose) < len(members) else None))
    return out
