"""Loading sources (a first, simple version; being written)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimcheck.model import Source, content_id

__all__ = ["load"]


def load(inputs: str | Path | Source | Iterable[str | Path | Source]) -> tuple[Source, ...]:
    """Load paths, folders or strings into Sources."""
    items = [inputs] if isinstance(inputs, (str, Path, Source)) else list(inputs)
    out: list[Source] = []
    for item in items:
        if isinstance(item, Source):
            out.append(item)
            continue
        p = Path(item)
        if isinstance(item, Path) or (len(str(item)) < 4096 and "\n" not in str(item) and p.exists()):
            files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
            for f in files:
                out.append(Source(id=f.stem, text=f.read_text(encoding="utf-8"), path=str(f)))
        else:
            out.append(Source(id=content_id("s", item), text=str(item)))
    return tuple(sorted(out, key=lambda s: s.id))
