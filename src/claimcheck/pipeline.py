"""``check``: the whole pipeline, ``score(link(extract(load(inputs))))``."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE
from claimcheck.linking._link import link
from claimcheck.loading import load
from claimcheck.model import Extraction, Report, Source
from claimcheck.scoring._score import score

__all__ = ["check", "extract_sources"]


def extract_sources(
    sources: Sequence[Source],
    *,
    workers: int | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    progress: bool = False,
) -> Extraction:
    """Extract claims from loaded sources, in worker processes for large inputs.

    The result is identical to :func:`claimcheck.extract` whatever ``workers`` is
    (see :mod:`claimcheck.runners.processes`).

    Args:
        sources: the loaded sources.
        workers: extraction processes; 0 runs in this process; None (the default) uses
            every core when the texts total about 2 MB or more, else none.
        max_claims_per_source: the per-source claim cap.
        progress: show a progress bar on stderr when it is a terminal (never when piped).

    Returns:
        The Extraction.
    """
    from claimcheck.runners.processes import extract_parallel

    if not (progress and sources and sys.stderr.isatty()):
        return extract_parallel(sources, workers=workers, max_claims_per_source=max_claims_per_source)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=len(sources))
        return extract_parallel(
            sources,
            workers=workers,
            max_claims_per_source=max_claims_per_source,
            progress=lambda n: bar.advance(task, n),
        )


def check(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    *,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    workers: int | None = None,
    engine: str = "local",
    client: Any = None,
    stories: bool = True,
    **load_options: Any,
) -> Report:
    """Load, extract, link and score: the corroboration report for ``inputs``.

    Args:
        inputs: a path (file, folder, glob), a text string, a Source, or a list of them.
        max_claims_per_source: keep at most this many claims per source; hitting the
            cap is recorded as a warning on the source (see :func:`claimcheck.extract`).
        workers: processes for extraction: 0 runs in this process, None (the default)
            uses every core for large inputs (about 2 MB of text or more) and none for
            small ones. The report is identical whatever the number.
        engine: ``"local"`` (the default) or ``"dask"`` (extraction and linking on a Dask
            cluster, see :mod:`claimcheck.runners.dask`; needs ``claimcheck-provenance[dask]``).
        client: with ``engine="dask"``, a ``distributed.Client``; None uses the current
            default client, else Dask's local scheduler.
        stories: compare claims only within the story their sources report (see
            :mod:`claimcheck.linking.stories`); False compares claims across the whole corpus.
        **load_options: passed to :func:`claimcheck.load` (``errors``, ``encoding``,
            ``metadata``, ``max_bytes``, ``progress``, ``snapshot``, ``timeout``);
            ``progress`` also shows a bar over extraction.

    Returns:
        The Report: sources, claims, links, facts and the graph.

    Raises:
        ValueError: ``engine`` is not ``"local"`` or ``"dask"``, or ``workers`` is negative.

    Examples:
        >>> report = check(["Officials said 263 agreements were signed."])
        >>> [c.kind for c in report.claims]
        ['count']
    """
    if engine not in ("local", "dask"):
        msg = f"engine must be 'local' or 'dask' (got {engine!r})."
        raise ValueError(msg)
    sources = load(inputs, **load_options)
    if engine == "dask":
        from claimcheck.runners.dask import check_sources

        return check_sources(
            sources, client=client, max_claims_per_source=max_claims_per_source, stories=stories
        )
    extraction = extract_sources(
        sources,
        workers=workers,
        max_claims_per_source=max_claims_per_source,
        progress=bool(load_options.get("progress", False)),
    )
    return score(link(extraction, stories=stories))
