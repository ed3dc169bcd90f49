"""``check``: the whole pipeline, ``score(link(extract(load(inputs))))``, on a runner."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from claimcheck.errors import ArgumentError
from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE
from claimcheck.loading import DEFAULT_MAX_BYTES, load
from claimcheck.loading.fetch import DEFAULT_TIMEOUT
from claimcheck.model import Extraction, Report, Source
from claimcheck.runners import InProcess, Runner
from claimcheck.runners.processes import Processes, auto_workers
from claimcheck.runners.stages import extract_with, link_with, score_with

__all__ = ["check", "extract_sources", "runner_for"]


def runner_for(
    sources: Sequence[Source],
    *,
    workers: int | None = None,
    engine: Literal["local", "dask"] = "local",
    client: Any = None,
) -> Runner:
    """The runner :func:`check` uses when none is given.

    Args:
        sources: the loaded sources (their size decides the number of processes).
        workers: processes: 0 runs in this process, None uses every core for large inputs
            (about 2 MB of text or more) and none for small ones.
        engine: ``"local"`` (this process or worker processes) or ``"dask"``.
        client: with ``engine="dask"``, a ``distributed.Client`` (None: Dask's default).

    Raises:
        ArgumentError: (a ValueError) ``engine`` is unknown or ``workers`` is negative.
    """
    if engine == "dask":
        from claimcheck.runners.dask import DaskRunner

        return DaskRunner(client)
    if engine != "local":
        msg = f"engine must be 'local' or 'dask' (got {engine!r})."
        raise ArgumentError(msg)
    n = auto_workers(sources, workers)
    return Processes(n) if n else InProcess()


def _bar(total: int) -> tuple[Callable[[int], None], Callable[[], None]] | None:
    """A progress bar on stderr (a terminal only): its advance and close functions."""
    if not (total and sys.stderr.isatty()):
        return None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(console=Console(stderr=True), transient=True)
    task = bar.add_task("extracting", total=total)
    bar.start()
    return (lambda n: bar.advance(task, n)), bar.stop


def extract_sources(
    sources: Sequence[Source],
    *,
    workers: int | None = None,
    runner: Runner | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    progress: bool = False,
) -> Extraction:
    """Extract claims from loaded sources, in worker processes for large inputs.

    The result is identical to :func:`claimcheck.extract` whatever runs it.

    Args:
        sources: the loaded sources.
        workers: extraction processes when no ``runner`` is given (see :func:`runner_for`).
        runner: what runs the chunks of sources.
        max_claims_per_source: the per-source claim cap.
        progress: show a progress bar on stderr when it is a terminal (never when piped).

    Returns:
        The Extraction.
    """
    run = runner if runner is not None else runner_for(sources, workers=workers)
    bar = _bar(len(sources)) if progress else None
    try:
        return extract_with(
            run,
            sources,
            max_claims_per_source=max_claims_per_source,
            progress=bar[0] if bar else None,
        )
    finally:
        if bar:
            bar[1]()


def check(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    *,
    runner: Runner | None = None,
    workers: int | None = None,
    engine: Literal["local", "dask"] = "local",
    client: Any = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    stories: bool = True,
    errors: Literal["warn", "raise", "ignore"] = "warn",
    encoding: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    snapshot: str | os.PathLike[str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
    progress: bool = False,
) -> Report:
    """Load, extract, link and score: the corroboration report for ``inputs``.

    Each stage is cut into units, mapped by ``runner`` and combined in a fixed order
    (:mod:`claimcheck.runners.stages`), so the report is the same whatever runs it.

    Args:
        inputs: a path (file, folder, glob), a text string, a Source, or a list of them.
        runner: what runs the stages' units: :class:`claimcheck.runners.InProcess`,
            :class:`claimcheck.runners.processes.Processes`,
            :class:`claimcheck.runners.dask.DaskRunner`, or anything with their ``map``.
            None: chosen from ``workers``, ``engine`` and ``client`` (:func:`runner_for`).
        workers: extraction processes when no runner is given: 0 runs in this process, None
            (the default) uses every core for large inputs (about 2 MB of text or more) and none
            for small ones; linking and scoring then run in this process (give
            ``runner=Processes(n)`` to run them in processes too). The report is identical
            whatever the number.
        engine: ``"local"`` (the default) or ``"dask"`` (a :class:`DaskRunner`; needs
            ``claimcheck-provenance[dask]``).
        client: with ``engine="dask"``, a ``distributed.Client``; None uses the current
            default client, else Dask's local scheduler.
        max_claims_per_source: keep at most this many claims per source; hitting the
            cap is recorded as a warning on the source (see :func:`claimcheck.extract`).
        stories: compare claims only within the story their sources report (see
            :mod:`claimcheck.linking.stories`); False compares claims across the whole corpus.
        errors: what an input that cannot be read does (see :func:`claimcheck.load`).
        encoding: the text encoding of files (default: detected).
        metadata: metadata for every source, or per path (see :func:`claimcheck.load`).
        max_bytes: refuse inputs larger than this.
        snapshot: a folder to keep fetched pages in.
        timeout: seconds allowed per fetched URL.
        allow_private: fetch URLs on loopback and private addresses too (link-local and
            cloud metadata addresses are refused always).
        progress: progress bars on stderr (loading and extraction), on a terminal only.

    Returns:
        The Report: sources, claims, links, facts and the graph.

    Raises:
        ArgumentError: (a ValueError) ``engine`` is not ``"local"`` or ``"dask"``, or
            ``workers`` is negative.

    Examples:
        >>> report = check(["Officials said 263 agreements were signed."])
        >>> [c.kind for c in report.claims]
        ['count']
    """
    if runner is None and engine not in ("local", "dask"):
        msg = f"engine must be 'local' or 'dask' (got {engine!r})."
        raise ArgumentError(msg)
    sources = load(
        inputs,
        errors=errors,
        encoding=encoding,
        metadata=metadata,
        max_bytes=max_bytes,
        snapshot=snapshot,
        timeout=timeout,
        allow_private=allow_private,
        progress=progress,
    )
    run = runner if runner is not None else runner_for(sources, workers=workers, engine=engine, client=client)
    extraction = extract_sources(
        sources, runner=run, max_claims_per_source=max_claims_per_source, progress=progress
    )
    # ``workers=`` (no runner given) runs only extraction in processes, as it always did: linking
    # and scoring in processes ship every claim to the workers, which cost more than it saved on
    # two cores (2,000 generated articles: 84 s against 63 s in one process)
    later = InProcess() if runner is None and isinstance(run, Processes) else run
    return score_with(later, link_with(later, extraction, stories=stories))
