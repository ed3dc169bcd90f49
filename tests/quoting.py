"""Test helpers for quotations: the quote claims of a text, and who each is given to."""

from __future__ import annotations

from claimcheck.extraction import extract_source
from claimcheck.model import Claim, Source

__all__ = ["quotes", "speakers", "who"]


def quotes(text: str) -> list[Claim]:
    """The quote claims of ``text`` read as one source."""
    return list(extract_source(Source(id="t", text=text), kinds=["quote"]))


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote value, speaker, speaker mention) of each quote claim."""
    out = []
    for c in quotes(text):
        mention = next((n.split(": ", 1)[1] for n in c.notes if n.startswith("speaker mention: ")), None)
        out.append((str(c.value), c.speaker, mention))
    return out


def who(text: str) -> list[str | None]:
    """The speaker of each quote claim."""
    return [c.speaker for c in quotes(text)]
