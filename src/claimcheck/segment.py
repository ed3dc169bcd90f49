"""Paragraphs and sentences with exact offsets (a first, simple version; being improved)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.model import Region

__all__ = ["paragraphs", "sentences"]

_PARA = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(A-Z0-9])")


def paragraphs(
    text: str, *, skip: Sequence[Region] = (), start: int = 0
) -> tuple[tuple[int, int], ...]:
    """Split ``text`` into paragraphs (blank-line separated), leaving out ``skip`` regions."""
    out = []
    for m in _PARA.finditer(text, start):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e and not any(r.start <= s and e <= r.end for r in skip):
            out.append((s, e))
    return tuple(out)


def sentences(text: str, paras: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Split each paragraph into sentences."""
    out = []
    for ps, pe in paras:
        s = ps
        for m in _SENT_END.finditer(text, ps, pe):
            out.append((s, m.start()))
            s = m.end()
        if s < pe:
            out.append((s, pe))
    return tuple(out)
