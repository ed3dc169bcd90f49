"""The score stage: the corroboration of each fact by its independent origins."""

from __future__ import annotations

from claimcheck.scoring._score import score

__all__ = ["score"]
