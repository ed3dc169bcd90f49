"""Placeholder for the articles extractor (being written)."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.extract._document import Document
from claimcheck.extract._registry import register
from claimcheck.model import Claim

__all__: list[str] = []


@register("articles")
def _placeholder(doc: Document) -> Iterator[Claim]:
    yield from ()
