"""Noun forms shared by every stage: one ``singular`` for English plurals."""

from __future__ import annotations

from collections.abc import Container

__all__ = ["singular"]


def _candidates(w: str) -> list[str]:
    """The singulars a plural ``w`` (lower case) may have, the likeliest first."""
    out = []
    if len(w) > 4 and w.endswith("ies"):
        out.append(w[:-3] + "y")  # treaties -> treaty
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        out.append(w[:-2])  # speeches -> speech
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        out.append(w[:-1])  # agreements -> agreement
    return out


def singular(word: str, known: Container[str] | None = None) -> str:
    """A rough singular of an English plural noun, in lower case.

    Args:
        word: the noun.
        known: if given, return a singular only when it is one of these words (a lexicon of
            nouns), else ``word`` itself in lower case: ``"relations"`` stays plural unless
            ``"relation"`` is known.

    Examples:
        >>> singular("Agreements"), singular("treaties"), singular("speeches"), singular("status")
        ('agreement', 'treaty', 'speech', 'status')
        >>> singular("relations", known={"relation"}), singular("relations", known={"treaty"})
        ('relation', 'relations')
    """
    w = word.lower()
    found = _candidates(w)
    if known is None:
        return found[0] if found else w
    return next((c for c in found if c in known), w)
