"""Claim extraction: one module per kind, a registry, and :func:`extract`.

Each kind lives in its own module and registers a generator of claims under
the kind's name: ``count`` and ``amount`` (sharing the ``numbers`` grammar),
``ordinal``, ``duration``, ``date``, ``article`` and ``quote``. After the extractors
run, overlapping claims of different kinds are resolved by priority and
``attribution`` fills each claim's speaker and attribution chain.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from attrs import evolve

from claimcheck.errors import ExtractorError
from claimcheck.extraction import _build, amounts, articles, counts, dates, durations, ordinals, quotes
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import (
    Extractor,
    extractors,
    get_extractor,
    priority,
    register,
    unregister,
)
from claimcheck.extraction.attribution import attributions
from claimcheck.extraction.frames import frame_of
from claimcheck.model import Claim, Extraction, Source

__all__ = [
    "Document",
    "Extractor",
    "amounts",
    "articles",
    "counts",
    "dates",
    "durations",
    "extract",
    "extract_source",
    "extractors",
    "get_extractor",
    "ordinals",
    "quotes",
    "register",
    "unregister",
]

#: Claims of these kinds may contain other claims (a quote holds a count).
_CONTAINERS = frozenset({"quote"})

#: Default cap on claims per source; hitting it is recorded as a warning, never silent.
MAX_CLAIMS_PER_SOURCE = 10_000


def extract_source(source: Source, *, kinds: Sequence[str] | None = None) -> tuple[Claim, ...]:
    """Extract the claims of one source, sorted by span start.

    Args:
        source: a loaded source (a refused source yields no claims).
        kinds: extractor names to run; all registered ones when None.

    Returns:
        The claims, overlaps resolved, speakers and attributions filled.
    """
    return _extract_one(source, kinds=kinds)[0]


def _extract_one(
    source: Source, *, kinds: Sequence[str] | None = None
) -> tuple[tuple[Claim, ...], tuple[str, ...]]:
    """The claims of one source and the warnings extraction records on it."""
    if source.refused is not None or not source.text:
        return (), ()
    doc = Document.from_source(source)
    names = tuple(kinds) if kinds is not None else extractors()
    found: list[Claim] = []
    size = len(source.text)
    for name in names:
        for claim in get_extractor(name)(doc):
            if not 0 <= claim.span.start < claim.span.end <= size or claim.source_id != source.id:
                msg = (
                    f"Extractor {name!r} yielded a claim whose span {claim.span.start}:{claim.span.end} "
                    f"is empty or outside source {source.id!r} (length {size})."
                )
                raise ExtractorError(msg)
            found.append(claim)
    kept = _finish(doc, _resolve_overlaps(found))
    warned = quotes.quote_warning(doc, kept) if "quote" in names else None
    claims = tuple(sorted(kept, key=lambda c: (c.span.start, c.span.end, c.kind, c.id)))
    return claims, (warned,) if warned else ()


def extract(
    sources: Source | Iterable[Source],
    *,
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
) -> Extraction:
    """Extract claims from every source (the second stage of :func:`claimcheck.check`).

    Args:
        sources: one Source or many.
        kinds: extractor names to run; all registered ones when None.
        max_claims_per_source: keep at most this many claims per source; a source
            that hits the cap gets a warning saying how many were dropped.

    Returns:
        An Extraction with the sources (sorted by id) and claims sorted by (source id, start).
    """
    srcs = (sources,) if isinstance(sources, Source) else tuple(sources)
    out_sources: list[Source] = []
    claims: list[Claim] = []
    per_source: dict[str, tuple[Claim, ...]] = {}
    for src in srcs:
        found, notes = _extract_one(src, kinds=kinds)
        if notes:
            src = evolve(src, warnings=(*src.warnings, *notes))
        if len(found) > max_claims_per_source:
            dropped = len(found) - max_claims_per_source
            found = found[:max_claims_per_source]
            src = evolve(
                src,
                warnings=(
                    *src.warnings,
                    f"claim limit reached: kept the first {max_claims_per_source} claims, "
                    f"dropped {dropped} (raise max_claims_per_source to keep them)",
                ),
            )
        out_sources.append(src)
        claims.extend(found)
        per_source[src.id] = found
    out_sources.sort(key=lambda s: s.id)
    if len(per_source) == len(out_sources):
        # ids are unique and each source's claims come sorted by (start, end, kind, id):
        # joined in id order they are sorted by (source id, start, end, kind, id) already
        return Extraction(tuple(out_sources), tuple(c for s in out_sources for c in per_source[s.id]))
    claims.sort(key=lambda c: (c.source_id, c.span.start, c.span.end, c.kind, c.id))
    return Extraction(tuple(out_sources), tuple(claims))


def _finish(doc: Document, claims: list[Claim]) -> list[Claim]:
    """``attach_frames(doc.source, attribute(doc, claims))``, each claim built at most once.

    The speaker and attribution chain of every claim are read first, then its frame (which
    reads neither), and a claim is rebuilt once with all three, or kept when none changed.
    """
    source = doc.source
    out: list[Claim] = []
    for c, (speaker, chain) in zip(claims, attributions(doc, claims), strict=True):
        frame = c.frame if c.frame is not None else frame_of(c, source)
        if speaker == c.speaker and chain == c.attribution and frame is c.frame:
            out.append(c)
        elif type(c) is Claim:
            out.append(_build.claim_with(c, speaker, chain, frame))
        else:  # a subclass may hold more fields
            out.append(evolve(c, speaker=speaker, attribution=chain, frame=frame))
    return out


def _resolve_overlaps(claims: list[Claim]) -> list[Claim]:
    """Keep, among overlapping claims of different kinds, the higher priority (then the longer).

    The kept spans are disjoint, so each candidate is checked against its two
    neighbours in a sorted list: O(n log n) over the claims of a source.
    """
    ranked = sorted(
        claims,
        key=lambda c: (-priority(c.kind), -(c.span.end - c.span.start), c.span.start, c.id),
    )
    kept: list[Claim] = []
    starts: list[int] = []
    ends: list[int] = []
    seen: set[str] = set()
    for c in ranked:
        if c.id in seen:
            continue
        if c.kind not in _CONTAINERS:
            s, e = c.span.start, c.span.end
            i = bisect.bisect_right(starts, s)
            if i > 0 and ends[i - 1] > s and starts[i - 1] < e:  # a kept span before s runs into it
                continue
            if i < len(starts) and starts[i] < e:  # the next kept span starts inside it
                continue
            starts.insert(i, s)
            ends.insert(i, e)
        seen.add(c.id)
        kept.append(c)
    return kept
