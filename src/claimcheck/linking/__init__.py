"""The link stage: claims about the same thing across sources, stories, copies and origins.

``link(extraction)`` relates the claims of an :class:`~claimcheck.model.Extraction` (agrees,
conflicts), groups them into facts, and attaches provenance (copies, shared origins).
"""

from __future__ import annotations

from claimcheck.linking._link import link

__all__ = ["link"]
