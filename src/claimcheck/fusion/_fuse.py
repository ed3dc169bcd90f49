"""``fuse``: structured truth discovery over (source, item, value) records."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Any, Literal

from claimcheck.errors import FusionError
from claimcheck.fusion._data import Outcome, prepare, sort_key
from claimcheck.fusion._registry import get_method
from claimcheck.fusion._result import FusionResult, ItemResult
from claimcheck.fusion.records import parse_records
from claimcheck.fusion.values import Normalizer, Similarity, default_similarity, normalize_value

__all__ = ["fuse"]


def fuse(
    records: Iterable[object],
    *,
    method: str = "accu",
    normalize: Normalizer | None = None,
    similarity: Similarity | Literal[False] | None = None,
    prior_accuracy: float | None = None,
    max_iter: int = 50,
    tol: float = 1e-3,
    **options: Any,
) -> FusionResult:
    """Decide the true value of each item from conflicting sources.

    Args:
        records: ``(source, item, value)`` tuples or mappings with those keys. Missing values
            (``None``, empty, ``"Not Available"``) are not votes.
        method: a name from :func:`fusion_methods`: ``"vote"``, ``"truthfinder"``, ``"accu"``
            (default) or ``"accucopy"`` (dependence-aware).
        normalize: maps a raw value to a hashable key (None when missing); values with equal keys
            are one value. Default: :func:`claimcheck.fusion.values.normalize_value`.
        similarity: ``similarity(value, other)`` in [0, 1], the share of a vote for ``other`` that
            counts for ``value`` (keys of one item; may be asymmetric). Default:
            :func:`~claimcheck.fusion.values.default_similarity` with the default normaliser, none
            with a custom one; ``False`` turns it off.
        prior_accuracy: the starting accuracy (trustworthiness) of every source; default the
            method's own (0.8; TruthFinder 0.9).
        max_iter: the most rounds an iterative method runs.
        tol: the change under which a method has converged.
        **options: method parameters (``n``, ``rho``, ``alpha``, ``c``, ``gamma``, ``base_sim``;
            ``scope`` for ``accucopy``: a function of an item within whose value copying is
            detected separately; by default per attribute for ``(entity, attribute)`` items,
            None for one scope; ``discount`` for ``accucopy``: ``"lead"`` (default), ``"share"``,
            ``"pair"`` or ``"direction"``).

    Returns:
        A :class:`FusionResult`: ``result[item].value``, ``.confidence``, ``.support``;
        ``result.source_accuracy[source]``; ``result.copying`` and ``result.copiers`` for
        ``accucopy``; ``result.unreadable``: values that could not be read as their item's type.

    Raises:
        FusionError: for an unknown method (listing the valid ones) or malformed records.

    Examples:
        >>> rows = [("a", "x", "1,200"), ("b", "x", "1200"), ("c", "x", "1300")]
        >>> result = fuse(rows, method="vote", similarity=False)
        >>> result["x"].value, round(result["x"].confidence, 2), result["x"].support
        ('1,200', 0.67, ('a', 'b'))
    """
    fn = get_method(method)
    if max_iter < 1:
        msg = f"max_iter must be >= 1 (got {max_iter!r})."
        raise FusionError(msg)
    if prior_accuracy is not None and not 0.0 < prior_accuracy < 1.0:
        msg = f"prior_accuracy must be in (0, 1) (got {prior_accuracy!r})."
        raise FusionError(msg)
    sim: Similarity | None
    if similarity is None:
        sim = default_similarity if normalize is None else None
    elif similarity is False:
        sim = None
    else:
        sim = similarity
    data = prepare(parse_records(records), normalize=normalize or normalize_value, similarity=sim)
    kwargs: dict[str, Any] = dict(options, max_iter=max_iter, tol=tol)
    if prior_accuracy is not None:
        kwargs["prior_accuracy"] = prior_accuracy
    out: Outcome = fn(data, **kwargs)
    results: dict[Any, ItemResult] = {}
    for ii, item in enumerate(data.items):
        probs = out.probs[ii]
        provs = data.providers[ii]
        order = sorted(
            range(len(probs)), key=lambda v: (-probs[v], -len(provs[v]), sort_key(data.keys[ii][v]))
        )
        best = order[0]
        results[item] = ItemResult(
            item=item,
            value=data.labels[ii][best],
            confidence=_unit(probs[best]),
            support=tuple(data.sources[s] for s in provs[best]),
            alternatives=tuple((data.labels[ii][v], _unit(probs[v])) for v in order[1:]),
        )
    accuracy = {s: _unit(a) for s, a in zip(data.sources, out.accuracy)}
    return FusionResult(
        method=method,
        results=MappingProxyType(results),
        source_accuracy=MappingProxyType(accuracy),
        copying=out.copying,
        copiers=out.copiers,
        unreadable=data.unread,
        iterations=out.iterations,
    )


def _unit(x: float) -> float:
    return min(max(float(x), 0.0), 1.0)
