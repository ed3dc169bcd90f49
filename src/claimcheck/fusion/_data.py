"""Records prepared once for every method: integer ids, per-item value groups, similarities."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from typing import Any

from attrs import frozen

from claimcheck.errors import FusionError
from claimcheck.fusion._clock import reconcile
from claimcheck.fusion._codes import complete_codes
from claimcheck.fusion.records import Record
from claimcheck.fusion.values import Normalizer, Similarity

__all__ = ["Outcome", "Prepared", "prepare", "sort_key"]


def sort_key(x: Any) -> tuple[str, str]:
    """A total, deterministic order for hashable keys of any type.

    Args:
        x: a key or an item.

    Returns:
        Its type name and its text.
    """
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
        unread: ``(source, item, value)`` of values that could not be read where most of the
            item's values were (a number, date, time or code): they vote as text.
    """

    sources: list[str]
    items: list[Hashable]
    keys: list[list[Hashable]]
    labels: list[list[Any]]
    providers: list[list[list[int]]]
    claims: list[list[tuple[int, int]]]
    sims: list[list[list[float]] | None]
    unread: tuple[tuple[str, Hashable, Any], ...] = ()


@frozen
class Outcome:
    """What a method returns: per item, per value, a probability; per source, an accuracy."""

    probs: list[list[float]]
    accuracy: list[float]
    iterations: int
    copying: tuple[tuple[str, str, float], ...] = ()
    copiers: tuple[tuple[str, str, float], ...] = ()


def prepare(records: Sequence[Record], *, normalize: Normalizer, similarity: Similarity | None) -> Prepared:
    """Group records by item and value key; one value per (source, item).

    Args:
        records: the records.
        normalize: maps a raw value to its key (None: not a vote).
        similarity: how much a vote for one key counts for another (None: not at all).

    Returns:
        The claims indexed for the methods.

    Raises:
        FusionError: when the normaliser fails or a similarity is outside [0, 1].
    """
    keyed: list[tuple[Record, Hashable]] = []
    memo: dict[tuple[type, Hashable], Hashable | None] = {}  # a value repeats across sources
    for i, rec in enumerate(records):
        try:
            if isinstance(rec.value, Hashable):
                mk = (type(rec.value), rec.value)
                key = memo[mk] if mk in memo else memo.setdefault(mk, normalize(rec.value))
            else:
                key = normalize(rec.value)
        except Exception as err:
            msg = f"record {i}: the normaliser failed on {rec.value!r} ({err})."
            raise FusionError(msg) from err
        if key is not None:
            keyed.append((rec, key))
    # keys of one item read together: zones, times without their date (see _clock.reconcile)
    per_item: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for rec, key in keyed:
        per_item[rec.item][key] += 1
    # and a gate number without its letter becomes the one code it abbreviates (_codes)
    remap = {it: {**complete_codes(counts), **reconcile(counts, counts)} for it, counts in per_item.items()}
    unread: list[tuple[str, Hashable, Any]] = []
    typed = {item: _typed_share(counts) for item, counts in per_item.items()}
    # (source, item) -> Counter of keys; key -> Counter of original forms per item
    given: dict[tuple[str, Hashable], Counter[Hashable]] = defaultdict(Counter)
    forms: dict[tuple[Hashable, Hashable], Counter[str]] = defaultdict(Counter)
    originals: dict[tuple[Hashable, Hashable, str], Any] = {}
    full: set[tuple[Hashable, Hashable, str]] = set()  # forms that say the whole value
    for rec, key in keyed:
        read = key
        key = remap[rec.item].get(key, key)
        if typed[rec.item] > 0.5 and _tag(key) == "s":
            unread.append((rec.source, rec.item, rec.value))
        given[rec.source, rec.item][key] += 1
        form = str(rec.value)
        forms[rec.item, key][form] += 1
        if read == key:
            full.add((rec.item, key, form))
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
            # the label is the most common form among those that give the whole value
            form = min(c, key=lambda f: ((item, k, f) not in full, -c[f], f))
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
    unread.sort(key=lambda t: (t[0], sort_key(t[1]), str(t[2])))
    return Prepared(sources, items, keys, labels, providers, claims, sims, tuple(unread))


#: Tags of the default keys whose value was read as a number, date, time or code.
_TYPED = frozenset({"n", "d", "t", "dt", "c"})


def _tag(key: Hashable) -> str | None:
    if isinstance(key, str):
        tag, colon, _ = key.partition(":")
        if colon and (tag in _TYPED or tag == "s"):
            return tag
    return None


def _typed_share(counts: Counter[Hashable]) -> float:
    """The share of an item's claims whose value was read as a typed value (default keys only)."""
    typed = sum(c for k, c in counts.items() if _tag(k) in _TYPED)
    text = sum(c for k, c in counts.items() if _tag(k) == "s")
    return typed / (typed + text) if typed + text else 0.0


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
