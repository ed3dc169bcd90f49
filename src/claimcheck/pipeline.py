"""``check``: the whole pipeline, ``score(link(extract(load(inputs))))``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.extract import MAX_CLAIMS_PER_SOURCE, extract
from claimcheck.link import link
from claimcheck.model import Report, Source
from claimcheck.score import score
from claimcheck.sources import load

__all__ = ["check"]


def check(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    *,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    **load_options: Any,
) -> Report:
    """Load, extract, link and score: the corroboration report for ``inputs``.

    Args:
        inputs: a path (file, folder, glob), a text string, a Source, or a list of them.
        max_claims_per_source: keep at most this many claims per source; hitting the
            cap is recorded as a warning on the source (see :func:`claimcheck.extract`).
        **load_options: passed to :func:`claimcheck.load` (``errors``, ``encoding``,
            ``metadata``, ``max_bytes``, ``progress``).

    Returns:
        The Report: sources, claims, links, facts and the graph.

    Examples:
        >>> report = check(["Officials said 263 agreements were signed."])
        >>> [c.kind for c in report.claims]
        ['count']
    """
    sources = load(inputs, **load_options)
    return score(link(extract(sources, max_claims_per_source=max_claims_per_source)))
