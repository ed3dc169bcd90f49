"""Placeholder: speakers and attribution chains (being written)."""

from __future__ import annotations

from claimcheck.extract._document import Document
from claimcheck.model import Claim

__all__ = ["attribute"]


def attribute(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Fill speaker and attribution of each claim from its sentence and context."""
    return claims
