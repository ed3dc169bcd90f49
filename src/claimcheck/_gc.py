"""Pausing Python's cyclic garbage collector while a stage builds many objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; restore it as it was, even on error.

    Linking and scoring allocate millions of small objects and create no reference cycles,
    but each full collection still walks every live object (all claims and links): on
    100,000 articles those passes cost about a fifth of the two stages. Objects are still
    freed by reference counting while paused; cycles made meanwhile wait for the next
    collection after the block.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
