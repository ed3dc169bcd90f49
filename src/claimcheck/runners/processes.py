"""Extraction over chunks of sources, in this process or in a pool of processes.

Extraction is the only stage that is both costly and independent per source, so it is the one
run in parallel. Sources are cut into chunks (consecutive in the order given), each chunk is
extracted by :func:`claimcheck.extract` in a worker, and the chunks' results are merged in the
order :func:`claimcheck.extract` itself uses (sources by id; claims by source, start, end, kind,
id), so the result, and any export of it, is identical whatever the number of workers.

On Linux the pool uses ``fork``: workers inherit the sources and receive only the bounds of
their chunk, and extractors registered at run time with :func:`claimcheck.register` exist in
the workers too. Elsewhere (``spawn``) each chunk's sources are pickled to a worker, and only
extractors registered at import time exist there. Either way workers send back only claims
and the warnings added to a source (the claim cap), never the texts.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from attrs import evolve

from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE, extract
from claimcheck.model import Claim, Extraction, Source

__all__ = ["AUTO_MIN_CHARS", "auto_workers", "chunks", "extract_chunk", "extract_parallel", "merge"]

#: ``workers=None`` uses every core when the texts hold at least this many characters
#: (about two seconds of extraction on one core); smaller inputs run in this process.
AUTO_MIN_CHARS = 2_000_000

#: What a worker sends back for one chunk: the claims, and (index in chunk, warnings) of the
#: sources whose warnings changed.
ChunkResult = tuple[tuple[Claim, ...], tuple[tuple[int, tuple[str, ...]], ...]]


def cores() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def auto_workers(sources: Sequence[Source], workers: int | None) -> int:
    """The number of worker processes to use: ``workers`` if given, else all cores for large inputs.

    Examples:
        >>> auto_workers([Source("s", "A short text.")], None)
        0
        >>> auto_workers([], 3)
        3
    """
    if workers is not None:
        if workers < 0:
            msg = f"workers must be >= 0 (got {workers!r}); 0 runs extraction in this process."
            raise ValueError(msg)
        return workers
    n = cores()
    if n < 2:
        return 0
    size = sum(len(s.text) for s in sources)
    return n if size >= AUTO_MIN_CHARS and len(sources) >= 2 * n else 0


def chunks(sources: Sequence[Source], size: int) -> Iterator[Sequence[Source]]:
    """Consecutive slices of ``sources`` holding ``size`` sources each (the last may be shorter)."""
    for i in range(0, len(sources), max(1, size)):
        yield sources[i : i + max(1, size)]


def extract_chunk(
    sources: Sequence[Source],
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
) -> ChunkResult:
    """Extract one chunk; return its claims and the sources whose warnings extraction changed."""
    result = extract(sources, kinds=kinds, max_claims_per_source=max_claims_per_source)
    after = {s.id: s.warnings for s in result.sources}
    changed = tuple(
        (i, after[s.id]) for i, s in enumerate(sources) if s.id in after and after[s.id] != s.warnings
    )
    return result.claims, changed


def merge(sources: Sequence[Source], parts: Sequence[tuple[int, ChunkResult]]) -> Extraction:
    """Merge chunk results (``(offset of the chunk in sources, result)``) as :func:`extract` orders them."""
    out = list(sources)
    claims: list[Claim] = []
    for offset, (found, changed) in parts:
        claims.extend(found)
        for i, warnings in changed:
            out[offset + i] = evolve(out[offset + i], warnings=warnings)
    out.sort(key=lambda s: s.id)
    claims.sort(key=lambda c: (c.source_id, c.span.start, c.span.end, c.kind, c.id))
    return Extraction(tuple(out), tuple(claims))


def _chunk_size(n_sources: int, workers: int) -> int:
    # several chunks per worker to even out long and short texts; not so many that the
    # per-task overhead shows
    return max(1, min(500, -(-n_sources // max(1, workers * 8))))


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover


def extract_parallel(
    sources: Sequence[Source],
    *,
    workers: int | None = None,
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    progress: Callable[[int], None] | None = None,
    chunk_size: int | None = None,
) -> Extraction:
    """Extract claims from ``sources`` with ``workers`` processes; the same result as :func:`extract`.

    Args:
        sources: the loaded sources.
        workers: processes to use; 0 extracts in this process; None: all cores when the
            texts are large (:data:`AUTO_MIN_CHARS`), else 0.
        kinds: extractor names to run; all registered ones when None.
        max_claims_per_source: the per-source claim cap of :func:`claimcheck.extract`.
        progress: called with the number of sources of each chunk when it is done.
        chunk_size: sources per chunk (default: about eight chunks per worker, at most 500).

    Returns:
        An Extraction equal to ``extract(sources, ...)``.

    Examples:
        >>> from claimcheck.model import Source
        >>> ex = extract_parallel([Source("s1", "Officials said 263 agreements were signed.")], workers=0)
        >>> [c.kind for c in ex.claims]
        ['count']
    """
    srcs = list(sources)
    n = auto_workers(srcs, workers)
    size = chunk_size if chunk_size is not None else _chunk_size(len(srcs), max(n, 1))
    size = max(1, size)
    parts: list[tuple[int, ChunkResult]] = []
    if n == 0 or len(srcs) < 2:
        for offset in range(0, len(srcs), size):
            chunk = srcs[offset : offset + size]
            parts.append((offset, extract_chunk(chunk, kinds, max_claims_per_source)))
            if progress is not None:
                progress(len(chunk))
        return merge(srcs, parts)
    context = _context()
    forked = context.get_start_method() == "fork"
    global _FORKED_SOURCES
    if forked:  # workers inherit the sources: only (offset, size) is sent, not the texts
        _FORKED_SOURCES = srcs
    try:
        with ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
            futures = []
            for offset in range(0, len(srcs), size):
                if forked:
                    job = pool.submit(_extract_inherited, offset, size, kinds, max_claims_per_source)
                else:
                    chunk = srcs[offset : offset + size]
                    job = pool.submit(extract_chunk, chunk, kinds, max_claims_per_source)
                futures.append((offset, job))
            for offset, future in futures:
                parts.append((offset, future.result()))
                if progress is not None:
                    progress(min(size, len(srcs) - offset))
    finally:
        _FORKED_SOURCES = []
    return merge(srcs, parts)


#: The sources of the running :func:`extract_parallel`, inherited by forked workers.
_FORKED_SOURCES: list[Source] = []


def _extract_inherited(
    offset: int, size: int, kinds: Sequence[str] | None, max_claims_per_source: int
) -> ChunkResult:
    return extract_chunk(_FORKED_SOURCES[offset : offset + size], kinds, max_claims_per_source)
