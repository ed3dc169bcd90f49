"""A union-find over string ids: connected components for claim groups and stories."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["UnionFind"]


class UnionFind:
    """Disjoint sets of ids; a set's root is its smallest id, so results do not depend on order.

    Examples:
        >>> uf = UnionFind(["b", "a", "c"])
        >>> uf.union("b", "c"); uf.union("c", "a")
        >>> uf.find("b")
        'a'
    """

    def __init__(self, items: Iterable[str] = ()) -> None:
        self.parent: dict[str, str] = {x: x for x in items}

    def find(self, x: str) -> str:
        """The root of ``x``'s set (``x`` joins as a set of its own if new), compressing the path."""
        parent = self.parent
        root = parent.setdefault(x, x)
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        """Join the sets of ``a`` and ``b``; the smaller root becomes the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo
