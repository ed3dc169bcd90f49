"""Where the stages run: in this process, in worker processes, or on a Dask cluster.

Each stage is cut into independent *units* (chunks of sources, groups of blocks of claims,
chunks of fact groups), the units are *mapped* by a function, and the results are *combined*
in a fixed order (:mod:`claimcheck.runners.stages`). A runner supplies only the map:

* :class:`InProcess`: a loop in this process;
* :class:`claimcheck.runners.processes.Processes`: a pool of worker processes;
* :class:`claimcheck.runners.dask.DaskRunner`: a Dask cluster (or Dask's local scheduler).

Anything with a ``map(fn, items, progress=None)`` method returning ``fn``'s results in the
items' order is a runner (:class:`Runner`), so the report is the same whatever runs it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from attrs import frozen

__all__ = ["InProcess", "Runner"]

T = TypeVar("T")
R = TypeVar("R")


class Runner(Protocol):
    """Anything that maps a function over units and returns the results in order."""

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], progress: Callable[[int], None] | None = None
    ) -> list[R]:
        """``[fn(item) for item in items]``, computed wherever the runner computes.

        Args:
            fn: a function of one unit (a module-level function or a ``functools.partial`` of
                one, so that it can be sent to another process).
            items: the units.
            progress: called with ``1`` as each unit is done, if the runner can tell.
        """
        ...


@frozen
class InProcess:
    """Run every unit here, one after the other."""

    def map(
        self, fn: Callable[[T], R], items: Sequence[T], progress: Callable[[int], None] | None = None
    ) -> list[R]:
        """``[fn(item) for item in items]`` in this process.

        Args:
            fn: the function of one unit.
            items: the units.
            progress: called with ``1`` after each unit.
        """
        out = []
        for item in items:
            out.append(fn(item))
            if progress is not None:
                progress(1)
        return out
