"""The claim graph: one frozen networkx MultiDiGraph, and queries over it.

Nodes are strings ``"kind:id"`` (``source:01_caspian_ledger``, ``claim:c-…``, ``fact:f-…``,
``origin:o-…``) with attributes ``kind``, ``id``, ``label``, ``value`` (text) and ``score``
(facts). Edges are keyed by their type:

| edge | from → to |
| --- | --- |
| ``asserts`` | source → claim |
| ``agrees`` / ``conflicts`` | claim → claim (``a`` → ``b`` of the Link; read both ways) |
| ``updates`` | newer claim → the earlier claim it updates (a series over time) |
| ``copy_of`` | copy source → original source |
| ``attributed_to`` | claim → origin |
| ``origin_of`` | origin → source (the sources an origin stands for) |
| ``member_of`` | claim → fact (``role``: supporting, conflicting, updating or unclassified) |
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from claimcheck.errors import NotFoundError
from claimcheck.model import ArticleRef, DateValue, Quantity, Report, Value

__all__ = [
    "build_graph",
    "claims_of_fact",
    "conflicts_of_source",
    "node",
    "origins_of_claim",
    "sources_of_fact",
]


def node(kind: str, ident: str) -> str:
    """The graph key of a node: ``"kind:id"``.

    Args:
        kind: ``source``, ``claim``, ``fact`` or ``origin``.
        ident: the thing's id.
    """
    return f"{kind}:{ident}"


def _text(value: Value) -> str:
    if isinstance(value, Quantity):
        return str(value.number)
    if isinstance(value, DateValue):
        return value.iso
    if isinstance(value, ArticleRef):
        return value.number
    return str(value)


def build_graph(report: Report) -> nx.MultiDiGraph:
    """Build the typed claim graph of a report (frozen).

    Examples:
        >>> from claimcheck.model import Report
        >>> g = build_graph(Report((), (), (), ()))
        >>> nx.is_frozen(g)
        True
    """
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    for src in report.sources:
        g.add_node(
            node("source", src.id),
            kind="source",
            id=src.id,
            label=src.label,
            value=str(src.published or ""),
        )
    for origin in report.origins:
        g.add_node(
            node("origin", origin.id),
            kind="origin",
            id=origin.id,
            label=origin.name,
            value=origin.kind,
        )
        for sid in origin.sources:
            g.add_edge(node("origin", origin.id), node("source", sid), key="origin_of", type="origin_of")
    for claim in report.claims:
        cn = node("claim", claim.id)
        g.add_node(
            cn,
            kind="claim",
            id=claim.id,
            label=f"{claim.subject}: {_text(claim.value)}",
            value=_text(claim.value),
            claim_kind=claim.kind,
        )
        g.add_edge(node("source", claim.source_id), cn, key="asserts", type="asserts")
    for lk in report.links:
        g.add_edge(
            node("claim", lk.a),
            node("claim", lk.b),
            key=lk.relation,
            type=lk.relation,
            similarity=lk.similarity,
            reason=lk.reason,
        )
    for cp in report.copies:
        g.add_edge(
            node("source", cp.source),
            node("source", cp.original),
            key="copy_of",
            type="copy_of",
            containment=cp.containment,
            reason=cp.reason,
        )
    for cid, oids in report.claim_origins:
        for oid in oids:
            g.add_edge(node("claim", cid), node("origin", oid), key="attributed_to", type="attributed_to")
    for fact in report.facts:
        fn = node("fact", fact.id)
        g.add_node(
            fn,
            kind="fact",
            id=fact.id,
            label=fact.label,
            value=_text(fact.value),
            score=fact.score,
            independent_origins=fact.independent_origins,
        )
        supporting, conflicting = set(fact.supporting), set(fact.conflicting)
        updating = set(fact.updating)
        for cid in fact.claims:
            role = (
                "supporting"
                if cid in supporting
                else "conflicting"
                if cid in conflicting
                else "updating"
                if cid in updating
                else "unclassified"
            )
            g.add_edge(node("claim", cid), fn, key="member_of", type="member_of", role=role)
    return nx.freeze(g)


def _edges(g: nx.MultiDiGraph, n: str, *, out: bool = True) -> list[tuple[str, str, str, dict[str, Any]]]:
    if n not in g:
        msg = f"No node {n!r} in the graph."
        raise NotFoundError(msg)
    fn = g.out_edges if out else g.in_edges
    return sorted(fn(n, keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))


def claims_of_fact(graph: nx.MultiDiGraph, fact_id: str, *, role: str | None = None) -> tuple[str, ...]:
    """Claim ids of a fact (optionally only ``supporting`` or ``conflicting`` ones).

    Args:
        graph: the report's graph (``report.graph``).
        fact_id: the fact.
        role: ``supporting``, ``conflicting``, ``other``, or None for every claim.
    """
    return tuple(
        graph.nodes[u]["id"]
        for u, _, k, d in _edges(graph, node("fact", fact_id), out=False)
        if k == "member_of" and (role is None or d.get("role") == role)
    )


def sources_of_fact(
    graph: nx.MultiDiGraph, fact_id: str, *, role: str | None = "supporting"
) -> tuple[str, ...]:
    """Ids of the sources asserting a fact's (supporting, by default) claims, sorted.

    Args:
        graph: the report's graph (``report.graph``).
        fact_id: the fact.
        role: the role of the claims counted; None for every claim.
    """
    found = set()
    for cid in claims_of_fact(graph, fact_id, role=role):
        for u, _, k, _ in _edges(graph, node("claim", cid), out=False):
            if k == "asserts":
                found.add(graph.nodes[u]["id"])
    return tuple(sorted(found))


def conflicts_of_source(graph: nx.MultiDiGraph, source_id: str) -> tuple[tuple[str, str, str], ...]:
    """``(own claim id, other claim id, reason)`` for each conflict of a source's claims.

    Args:
        graph: the report's graph (``report.graph``).
        source_id: the source.
    """
    out = []
    for _, cn, k, _ in _edges(graph, node("source", source_id)):
        if k != "asserts":
            continue
        for u, v, key, d in _edges(graph, cn) + _edges(graph, cn, out=False):
            if key == "conflicts":
                other = v if u == cn else u
                out.append((graph.nodes[cn]["id"], graph.nodes[other]["id"], str(d.get("reason", ""))))
    return tuple(sorted(set(out)))


def origins_of_claim(graph: nx.MultiDiGraph, claim_id: str) -> tuple[str, ...]:
    """Origin ids a claim is attributed to, sorted.

    Args:
        graph: the report's graph (``report.graph``).
        claim_id: the claim.
    """
    return tuple(
        sorted(
            graph.nodes[v]["id"]
            for _, v, k, _ in _edges(graph, node("claim", claim_id))
            if k == "attributed_to"
        )
    )
