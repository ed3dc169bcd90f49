"""The Dask runner: a stage's units mapped on a cluster, with the local run's results.

The stages cut themselves into units and combine the results (:mod:`claimcheck.runners.stages`);
this runner only maps: with a ``distributed.Client``, the units are scattered to the workers
(never embedded in the task graph) and mapped there; without one, they go through a
:mod:`dask.bag` on Dask's local scheduler. Sources are loaded by the calling process: the Report
holds every text, since claims, spans and the report's evidence point into them.

The result is equal to :func:`claimcheck.check`'s (the tests compare the JSON exports byte for
byte).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from attrs import frozen

from claimcheck.errors import MissingExtraError
from claimcheck.extraction import MAX_CLAIMS_PER_SOURCE
from claimcheck.model import Extraction, Linkage, Report, Source
from claimcheck.runners.stages import extract_with, link_with, score_with
from claimcheck.scoring._score import FALSE_VALUES

__all__ = ["DaskRunner", "check", "check_sources", "extract", "link", "score"]

T = TypeVar("T")
R = TypeVar("R")


@frozen
class DaskRunner:
    """Map units on Dask: on ``client``'s cluster, else on Dask's local scheduler.

    Attributes:
        client: a ``distributed.Client``; None uses Dask's local scheduler.
        npartitions: bag partitions without a client (default: one per unit, at most 64).
    """

    client: Any = None
    npartitions: int | None = None

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], progress: Callable[[int], None] | None = None
    ) -> list[R]:
        """``[fn(item) for item in items]`` on Dask (``progress`` is called once, at the end).

        Args:
            fn: a picklable function of one unit.
            items: the units.
            progress: called with the number of units when all are done.
        """
        units = list(items)
        if not units:
            return []
        if self.client is not None:
            out: list[R] = self.client.gather(self.client.map(fn, self.client.scatter(units)))
        else:
            try:
                import dask.bag

                db: Any = dask.bag
            except ImportError as err:  # pragma: no cover - depends on the environment
                msg = "The Dask runner needs the dask extra: pip install 'claimcheck-provenance[dask]'."
                raise MissingExtraError(msg) from err
            n = self.npartitions or min(len(units), 64)
            out = db.from_sequence(units, npartitions=max(1, n)).map(fn).compute()
        if progress is not None:
            progress(len(units))
        return out


# -- the stages on Dask (each is its local stage with a DaskRunner) ----------------------------


def extract(
    sources: Sequence[Source],
    *,
    client: Any = None,
    kinds: Sequence[str] | None = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    npartitions: int | None = None,
) -> Extraction:
    """Extract claims on Dask; equal to :func:`claimcheck.extract`.

    Args:
        sources: the loaded sources.
        client: a ``distributed.Client``, or None for Dask's local scheduler.
        kinds: extractor names to run; all registered ones when None.
        max_claims_per_source: the per-source claim cap.
        npartitions: bag partitions without a client.
    """
    runner = DaskRunner(client, npartitions)
    return extract_with(runner, sources, kinds=kinds, max_claims_per_source=max_claims_per_source)


def link(
    extraction: Extraction,
    *,
    client: Any = None,
    npartitions: int | None = None,
    stories: bool = True,
) -> Linkage:
    """Link claims on Dask; equal to :func:`claimcheck.link`.

    Args:
        extraction: sources and their claims.
        client: a ``distributed.Client``, or None for Dask's local scheduler.
        npartitions: bag partitions without a client.
        stories: compare claims only within their story (see :mod:`claimcheck.linking.stories`).
    """
    return link_with(DaskRunner(client, npartitions), extraction, stories=stories)


def score(
    linkage: Linkage,
    *,
    client: Any = None,
    priors: Mapping[str, float] | None = None,
    false_values: int = FALSE_VALUES,
    npartitions: int | None = None,
) -> Report:
    """Score each fact group on Dask; equal to :func:`claimcheck.score`.

    Args:
        linkage: the output of linking.
        client: a ``distributed.Client``, or None for Dask's local scheduler.
        priors: accuracy in (0, 1) per outlet / origin name or origin id.
        false_values: ``n`` in the vote ``ln(n A / (1 - A))``.
        npartitions: bag partitions without a client.
    """
    runner = DaskRunner(client, npartitions)
    return score_with(runner, linkage, priors=priors, false_values=false_values)


def check_sources(
    sources: Sequence[Source],
    *,
    client: Any = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    npartitions: int | None = None,
    stories: bool = True,
) -> Report:
    """Extract, link and score loaded ``sources`` on Dask: equal to the local pipeline's report.

    Args:
        sources: the loaded sources.
        client: a ``distributed.Client``, or None for Dask's local scheduler.
        max_claims_per_source: the per-source claim cap.
        npartitions: bag partitions without a client.
        stories: compare claims only within their story.
    """
    runner = DaskRunner(client, npartitions)
    extraction = extract_with(runner, sources, max_claims_per_source=max_claims_per_source)
    return score_with(runner, link_with(runner, extraction, stories=stories))


def check(
    inputs: str | Path | Source | Iterable[str | Path | Source],
    *,
    client: Any = None,
    max_claims_per_source: int = MAX_CLAIMS_PER_SOURCE,
    npartitions: int | None = None,
    stories: bool = True,
) -> Report:
    """:func:`claimcheck.check` on Dask (``claimcheck.check(inputs, runner=DaskRunner(client))``).

    Args:
        inputs: as for :func:`claimcheck.check` (loaded by this process).
        client: a ``distributed.Client``; None uses Dask's local scheduler.
        max_claims_per_source: the per-source claim cap.
        npartitions: bag partitions without a client.
        stories: compare claims only within their story (see :mod:`claimcheck.linking.stories`).
    """
    from claimcheck.loading import load

    return check_sources(
        load(inputs),
        client=client,
        max_claims_per_source=max_claims_per_source,
        npartitions=npartitions,
        stories=stories,
    )
