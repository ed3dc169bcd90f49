"""A fixed, seeded development / held-out split by item, shared by the benchmark scripts.

An item's split depends only on its key (its input text) and the seed, never on the order or
number of items, so a set that grows keeps every old item where it was. About a third of the
items are held out: develop on ``dev``, report ``heldout``.
"""

from __future__ import annotations

import hashlib

SEED = "claimcheck-2026"
SPLITS = ("dev", "heldout", "all")


def split_of(key: str, seed: str = SEED) -> str:
    """``dev`` or ``heldout`` for the item ``key`` (one in three held out, by a hash)."""
    digest = hashlib.sha256(f"{seed}\x00{key}".encode()).digest()
    return "heldout" if digest[0] % 3 == 0 else "dev"


def in_split(key: str, split: str) -> bool:
    """Whether the item ``key`` belongs to ``split`` (``dev``, ``heldout`` or ``all``)."""
    return split == "all" or split_of(key) == split
