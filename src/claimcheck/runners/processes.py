"""The runner of worker processes, and extraction over chunks of sources.

:class:`Processes` maps a stage's units over a pool of worker processes. Extraction cuts the
sources into chunks (consecutive in the order given), each chunk is extracted by
:func:`claimcheck.extract` in a worker, and the chunks' results are merged in the order
:func:`claimcheck.extract` itself uses (sources by id; claims by source, start, end, kind, id),
so the result, and any export of it, is identical whatever the number of workers. Workers send
back only claims and the warnings added to a source (the claim cap), never the texts.

On Linux the pool uses ``fork``, so extractors registered at run time with
:func:`claimcheck.register` exist in the workers too; elsewhere (``spawn``) only extractors
registered at import time do.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from attrs import evolve, field, frozen, validators

from claimcheck.errors import ArgumentError
from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE, extract
from claimcheck.model import Claim, Extraction, Source

__all__ = [
    "AUTO_MIN_CHARS",
    "Processes",
    "auto_workers",
    "chunks",
    "extract_chunk",
    "extract_parallel",
    "merge",
]

T = TypeVar("T")
R = TypeVar("R")

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

    Args:
        sources: the loaded sources (their total size decides when ``workers`` is None).
        workers: the number asked for; None decides from the size of the texts.

    Raises:
        ArgumentError: (a ValueError) ``workers`` is negative.

    Examples:
        >>> auto_workers([Source("s", "A short text.")], None)
        0
        >>> auto_workers([], 3)
        3
    """
    if workers is not None:
        if workers < 0:
            msg = f"workers must be >= 0 (got {workers!r}); 0 runs extraction in this process."
            raise ArgumentError(msg)
        return workers
    n = cores()
    if n < 2:
        return 0
    size = sum(len(s.text) for s in sources)
    return n if size >= AUTO_MIN_CHARS and len(sources) >= 2 * n else 0


def chunks(sources: Sequence[Source], size: int) -> Iterator[Sequence[Source]]:
    """Consecutive slices of ``sources`` holding ``size`` sources each (the last may be shorter).

    Args:
        sources: the sources.
        size: sources per slice (at least 1).
    """
    for i in range(0, len(sources), max(1, size)):
        yield sources[i : i + max(1, size)]


def extract_chunk(
    sources: Sequence[Source],
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
) -> ChunkResult:
    """Extract one chunk; return its claims and the sources whose warnings extraction changed.

    Args:
        sources: the chunk.
        kinds: extractor names to run; all registered ones when None.
        max_claims_per_source: the per-source claim cap.
    """
    result = extract(sources, kinds=kinds, max_claims_per_source=max_claims_per_source)
    after = {s.id: s.warnings for s in result.sources}
    changed = tuple(
        (i, after[s.id]) for i, s in enumerate(sources) if s.id in after and after[s.id] != s.warnings
    )
    return result.claims, changed


def merge(sources: Sequence[Source], parts: Sequence[tuple[int, ChunkResult]]) -> Extraction:
    """Merge chunk results (``(offset of the chunk in sources, result)``) as :func:`extract` orders them.

    Args:
        sources: every source, in the order the chunks were cut from.
        parts: each chunk's offset in ``sources`` and its result.
    """
    out = list(sources)
    claims: list[Claim] = []
    for offset, (found, changed) in parts:
        claims.extend(found)
        for i, warnings in changed:
            out[offset + i] = evolve(out[offset + i], warnings=warnings)
    out.sort(key=lambda s: s.id)
    claims.sort(key=lambda c: (c.source_id, c.span.start, c.span.end, c.kind, c.id))
    return Extraction(tuple(out), tuple(claims))


def chunk_size(n_sources: int, workers: int) -> int:
    """Sources per extraction chunk: about eight chunks per worker, at most 500.

    Args:
        n_sources: how many sources.
        workers: how many workers share them (1 in this process).
    """
    # several chunks per worker to even out long and short texts; not so many that the
    # per-task overhead shows
    return max(1, min(500, -(-n_sources // max(1, workers * 8))))


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover


@frozen
class Processes:
    """Run a stage's units in a pool of ``workers`` processes (in this process when 0)."""

    workers: int = field(validator=validators.ge(0))

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], progress: Callable[[int], None] | None = None
    ) -> list[R]:
        """``[fn(item) for item in items]``, each item in a worker process.

        Args:
            fn: a picklable function of one unit.
            items: the units (pickled to the workers).
            progress: called with ``1`` as each unit's result arrives, in order.
        """
        if self.workers == 0 or len(items) < 2:
            from claimcheck.runners import InProcess

            return InProcess().map(fn, items, progress)
        out: list[R] = []
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=_context()) as pool:
            futures = [pool.submit(fn, item) for item in items]
            for future in futures:
                out.append(future.result())
                if progress is not None:
                    progress(1)
        return out


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
    from claimcheck.runners.stages import extract_with

    srcs = list(sources)
    return extract_with(
        Processes(auto_workers(srcs, workers)),
        srcs,
        kinds=kinds,
        max_claims_per_source=max_claims_per_source,
        progress=progress,
        chunk_size=chunk_size,
    )
