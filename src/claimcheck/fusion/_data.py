"""Records prepared once for every method: integer ids, per-item value groups, similarities."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from typing import Any

from attrs import frozen

from claimcheck.errors import FusionError
from claimcheck.fusion.records import Record
from claimcheck.fusion.values import Normalizer, Similarity

__all__ = ["Outcome", "Prepared", "prepare", "sort_key"]


def sort_key(x: Any) -> tuple[str, str]:
    """A total, deterministic order for hashable keys of any type."""
    return (type(x).__name__, str(x))


@frozen
class Prepared:
    """Claims indexed for fast iteration (plain lists, never mutated by methods).

    Attributes:
        sources: source names, sorted.
        items: items, sorted.
        keys: per item, its value keys (sorted).
        labels: per item, per value, the most common original form.
        providers: per item, per value, the indices of sources giving it (sorted).
        claims: per source, ``(item index, value index)`` pairs.
        sims: per item, ``m[a][b]``: the share of a vote for value b that counts for value a
            (diagonal 1), or None when no pair is similar.
    """

    sources: list[str]
    items: list[Hashable]
    keys: list[list[Hashable]]
    labels: list[list[Any]]
    providers: list[list[list[int]]]
    claims: list[list[tuple[int, int]]]
    sims: list[list[list[float]] | None]


@frozen
class Outcome:
    """What a method returns: per item, per value, a probability; per source, an accuracy."""

    probs: list[list[float]]
    accuracy: list[float]
    iterations: int
    copying: tuple[tuple[str, str, float], ...] = ()


def prepare(records: Sequence[Record], *, normalize: Normalizer, similarity: Similarity | None) -> Prepared:
    """Group records by item and value key; one value per (source, item)."""
    # (source, item) -> Counter of keys; key -> Counter of original forms per item
    given: dict[tuple[str, Hashable], Counter[Hashable]] = defaultdict(Counter)
    forms: dict[tuple[Hashable, Hashable], Counter[str]] = defaultdict(Counter)
    originals: dict[tuple[Hashable, Hashable, str], Any] = {}
    for i, rec in enumerate(records):
        try:
            key = normalize(rec.value)
        except Exception as err:
            msg = f"record {i}: the normaliser failed on {rec.value!r} ({err})."
            raise FusionError(msg) from err
        if key is None:
            continue
        given[rec.source, rec.item][key] += 1
        form = str(rec.value)
        forms[rec.item, key][form] += 1
        known = originals.get((rec.item, key, form), rec.value)
        # 1200 and "1200" print alike: keep one of them whatever the record order
        originals[rec.item, key, form] = min(known, rec.value, key=lambda v: type(v).__name__)

    sources = sorted({s for s, _ in given})
    items = sorted({it for _, it in given}, key=sort_key)
    s_index = {s: i for i, s in enumerate(sources)}
    i_index = {it: i for i, it in enumerate(items)}
    chosen: dict[int, dict[Hashable, list[int]]] = defaultdict(dict)
    for (src, item), counts in given.items():
        # a source that gives several values for one item keeps its most frequent one
        key = min(counts, key=lambda k: (-counts[k], sort_key(k)))
        chosen[i_index[item]].setdefault(key, []).append(s_index[src])

    keys: list[list[Hashable]] = []
    labels: list[list[Any]] = []
    providers: list[list[list[int]]] = []
    sims: list[list[list[float]] | None] = []
    claims: list[list[tuple[int, int]]] = [[] for _ in sources]
    for ii, item in enumerate(items):
        groups = chosen[ii]
        ks = sorted(groups, key=sort_key)
        keys.append(ks)
        labs = []
        for k in ks:
            c = forms[item, k]
            form = min(c, key=lambda f: (-c[f], f))
            labs.append(originals[item, k, form])
        labels.append(labs)
        provs = [sorted(groups[k]) for k in ks]
        providers.append(provs)
        for vi, prov in enumerate(provs):
            for si in prov:
                claims[si].append((ii, vi))
        sims.append(_matrix(ks, similarity) if similarity is not None and len(ks) > 1 else None)
    for cl in claims:
        cl.sort()
    return Prepared(sources, items, keys, labels, providers, claims, sims)


def _matrix(keys: list[Hashable], similarity: Similarity) -> list[list[float]] | None:
    """``m[a][b] = similarity(keys[a], keys[b])``: the share of a vote for b that counts for a."""
    n = len(keys)
    m = [[0.0] * n for _ in range(n)]
    any_similar = False
    for a in range(n):
        m[a][a] = 1.0
        for b in range(n):
            if a == b:
                continue
            s = float(similarity(keys[a], keys[b]))
            if not 0.0 <= s <= 1.0:
                msg = f"similarity({keys[a]!r}, {keys[b]!r}) must be in [0, 1] (got {s!r})."
                raise FusionError(msg)
            if s > 0.0:
                m[a][b] = s
                any_similar = True
    return m if any_similar else None
