"""The result of :func:`claimcheck.fusion.fuse`: frozen, Mapping-like, sorted."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import Any

from attrs import field, frozen, validators

from claimcheck.errors import NotFoundError

__all__ = ["FusionResult", "ItemNotFoundError", "ItemResult"]

_unit = [validators.ge(0.0), validators.le(1.0)]


class ItemNotFoundError(NotFoundError):
    """No such item in a :class:`FusionResult` (a KeyError, so ``in`` and ``.get()`` work)."""


@frozen
class ItemResult:
    """The value chosen for one item.

    Attributes:
        item: the item (as given in the records).
        value: the chosen value, in its most common original form.
        confidence: the method's probability (or belief) that ``value`` is true, in [0, 1].
        support: the sources that gave this value (by meaning), sorted.
        alternatives: the other values with their confidence, most likely first.
    """

    item: Hashable
    value: Any
    confidence: float = field(validator=_unit)
    support: tuple[str, ...] = ()
    alternatives: tuple[tuple[Any, float], ...] = ()


@frozen
class FusionResult(Mapping[Hashable, ItemResult]):
    """What a fusion method decided: ``result[item]`` is an :class:`ItemResult`.

    Attributes:
        method: the method's registered name.
        items: the per-item results as ``(item, ItemResult)`` pairs in item order.
        source_accuracy: what the method learned about each source (accuracy or trustworthiness).
        copying: ``(s1, s2, probability)`` for source pairs judged dependent (``accucopy``), most
            likely first.
        copiers: ``(copier, original, probability)``: who copies whom, for ``accucopy``, most
            likely first.
        iterations: how many rounds the method ran.
        unreadable: ``(source, item, value)`` for values that could not be read as the number,
            date, time or code most of the item's values are (they vote as text), sorted.
    """

    method: str
    results: Mapping[Hashable, ItemResult] = field(repr=False)
    source_accuracy: Mapping[str, float] = field(repr=False)
    copying: tuple[tuple[str, str, float], ...] = field(default=(), repr=False)
    copiers: tuple[tuple[str, str, float], ...] = field(default=(), repr=False)
    iterations: int = 0
    unreadable: tuple[tuple[str, Hashable, Any], ...] = field(default=(), repr=False)

    def __getitem__(self, item: Hashable) -> ItemResult:
        try:
            return self.results[item]
        except KeyError:
            msg = f"No item {item!r} in the fused records ({len(self.results)} items)."
            raise ItemNotFoundError(msg) from None

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def to_rows(self) -> tuple[tuple[Hashable, Any, float, tuple[str, ...]], ...]:
        """Return ``(item, value, confidence, support)`` per item, in item order (for tables, CSV).

        Returns:
            One row per item.
        """
        return tuple((r.item, r.value, r.confidence, r.support) for r in self.results.values())

    def values_by_item(self) -> dict[Hashable, Any]:
        """Return ``{item: chosen value}``.

        Returns:
            The chosen value of every item.
        """
        return {item: res.value for item, res in self.results.items()}
