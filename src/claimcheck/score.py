"""Placeholder scoring (being written)."""

from __future__ import annotations

from claimcheck.model import Corroboration, Fact, Linkage, Report, content_id

__all__ = ["score"]


def score(linkage: Linkage) -> Report:
    """Turn groups of linked claims into scored facts."""
    by_id = {c.id: c for c in linkage.claims}
    facts = []
    for group in linkage.groups:
        first = by_id[group[0]]
        facts.append(
            Fact(
                id=content_id("f", *group),
                label=first.subject,
                kind=first.kind,
                subject=first.subject,
                value=first.value,
                claims=group,
                supporting=group,
                conflicting=(),
                corroboration=Corroboration(0.5, 1, len(group), 0, ("placeholder",)),
            )
        )
    return Report(
        sources=linkage.sources,
        claims=linkage.claims,
        links=linkage.links,
        facts=tuple(facts),
        copies=linkage.copies,
        origins=linkage.origins,
        claim_origins=linkage.claim_origins,
    )
