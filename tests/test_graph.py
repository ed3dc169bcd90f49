"""The claim graph: typed nodes and edges, frozen, and its queries."""

from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest

from claimcheck.linking._link import link
from claimcheck.model import Claim, Extraction, Quantity, Report, Source, Span, content_id
from claimcheck.output.graph import (
    build_graph,
    claims_of_fact,
    conflicts_of_source,
    origins_of_claim,
    sources_of_fact,
)
from claimcheck.scoring._score import score

BODY = " ".join(f"w{j}" for j in range(40))


def report() -> Report:
    day = dt.date(2024, 4, 23)
    sources = (
        Source("a", BODY, outlet="Alpha", published=day),
        Source("b", "MASTHEAD " + BODY, outlet="Beta", published=day + dt.timedelta(days=1)),
        Source("c", "Only 236 agreements.", outlet="Gamma", published=day),
        Source("d", "So 263 agreements.", outlet="Delta", published=day),
    )
    claims = []
    for s, v in zip(sources, (263, 263, 236, 263)):
        claims.append(
            Claim(
                content_id("c", s.id),
                "count",
                "agreements",
                Quantity(v, v, v),
                Span(s.id, 0, 2),
                Span(s.id, 0, 2),
                attribution=("Meridian Press Agency",) if s.id == "d" else (),
            )
        )
    # four toy texts sharing no story words: compare them as one story (the graph is under test)
    return score(link(Extraction(sources, tuple(claims)), stories=False))


def test_graph_is_frozen_and_typed() -> None:
    rep = report()
    g = build_graph(rep)
    assert isinstance(g, nx.MultiDiGraph)
    assert nx.is_frozen(g)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"source", "claim", "fact", "origin"}
    edge_types = {k for _, _, k in g.edges(keys=True)}
    assert {
        "asserts",
        "agrees",
        "conflicts",
        "copy_of",
        "attributed_to",
        "member_of",
        "origin_of",
    } <= edge_types
    assert g.has_edge("source:b", "source:a", key="copy_of")
    with pytest.raises(nx.NetworkXError):
        g.add_node("x")
    assert rep.graph.number_of_nodes() == g.number_of_nodes()


def test_queries() -> None:
    rep = report()
    g = build_graph(rep)
    (fact,) = rep.facts
    assert fact.value == Quantity(263, 263, 263)
    assert sources_of_fact(g, fact.id) == ("a", "b", "d")
    assert sources_of_fact(g, fact.id, role="conflicting") == ("c",)
    assert set(claims_of_fact(g, fact.id)) == set(fact.claims)
    conflicts = conflicts_of_source(g, "c")
    assert len(conflicts) == 3 and all("236" in reason for _, _, reason in conflicts)
    assert conflicts_of_source(g, "a") and all(own != other for own, other, _ in conflicts)
    cd = next(c for c in rep.claims if c.source_id == "d")
    (oid,) = origins_of_claim(g, cd.id)
    assert g.nodes[f"origin:{oid}"]["label"] == "Meridian Press Agency"
    ca, cb = (next(c for c in rep.claims if c.source_id == s) for s in "ab")
    assert origins_of_claim(g, ca.id) == origins_of_claim(g, cb.id)
    with pytest.raises(KeyError):
        origins_of_claim(g, "nope")
