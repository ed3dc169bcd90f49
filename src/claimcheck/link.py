"""Placeholder linking (being written): every claim its own group."""

from __future__ import annotations

from claimcheck.model import Extraction, Linkage

__all__ = ["link"]


def link(extraction: Extraction) -> Linkage:
    """Group claims about the same fact across sources and link them."""
    return Linkage(
        sources=extraction.sources,
        claims=extraction.claims,
        links=(),
        groups=tuple((c.id,) for c in extraction.claims),
    )
