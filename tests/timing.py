"""How running time grows with input size, measured so that a shared machine disturbs it little.

Linear-time tests compare two sizes as a ratio, never against a wall-clock limit: CPU time of
this process (other jobs do not count), the best of several runs, with the cyclic garbage
collector paused (its passes over many live objects are not the algorithm's cost).

Bounds: for 10x the input a linear algorithm measures about 10 (up to about 16 seen on a
loaded two-core machine, where larger inputs also miss caches more), quadratic about 100; the
tests allow 25, which an n log n algorithm passes and a quadratic one cannot.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

__all__ = ["best_cpu_time", "growth"]


def best_cpu_time(work: Callable[[], object], runs: int = 3) -> float:
    """The least CPU time of ``runs`` calls of ``work``, in seconds."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        best = float("inf")
        for _ in range(runs):
            t0 = time.process_time()
            work()
            best = min(best, time.process_time() - t0)
    finally:
        if enabled:
            gc.enable()
    return best


def growth(small: Callable[[], object], large: Callable[[], object], runs: int = 3) -> float:
    """How many times longer ``large`` takes than ``small`` (the small time floored at 1 ms)."""
    return best_cpu_time(large, runs) / max(best_cpu_time(small, runs), 1e-3)
