"""``check``: the whole pipeline, ``score(link(extract(load(inputs))))``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.extract import extract
from claimcheck.link import link
from claimcheck.model import Report, Source
from claimcheck.score import score
from claimcheck.sources import load

__all__ = ["check"]


def check(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    **load_options: Any,
) -> Report:
    """Load, extract, link and score: the corroboration report for ``inputs``.

    Args:
        inputs: a path (file, folder, glob), a text string, a Source, or a list of them.
        **load_options: passed to :func:`claimcheck.load`.

    Returns:
        The Report: sources, claims, links, facts and the graph.

    Examples:
        >>> report = check(["Officials said 263 agreements were signed."])
        >>> [c.kind for c in report.claims]
        ['count']
    """
    return score(link(extract(load(inputs, **load_options))))
