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
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from attrs import field, frozen, validators

from claimcheck.errors import ArgumentError
from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE
from claimcheck.model import Extraction, Source
from claimcheck.runners import InProcess
from claimcheck.runners.stages import extract_with

__all__ = ["AUTO_MIN_CHARS", "Processes", "auto_workers", "cores", "extract_parallel"]

T = TypeVar("T")
R = TypeVar("R")

#: ``workers=None`` uses every core when the texts hold at least this many characters
#: (about two seconds of extraction on one core); smaller inputs run in this process.
AUTO_MIN_CHARS = 2_000_000


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
    srcs = list(sources)
    return extract_with(
        Processes(auto_workers(srcs, workers)),
        srcs,
        kinds=kinds,
        max_claims_per_source=max_claims_per_source,
        progress=progress,
        chunk_size=chunk_size,
    )
