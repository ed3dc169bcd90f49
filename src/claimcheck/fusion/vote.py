"""Majority vote: each source's value is one vote; confidence is the share of votes."""

from __future__ import annotations

from typing import Any

from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._registry import register_method

__all__ = ["vote"]


@register_method("vote")
def vote(data: Prepared, **options: Any) -> Outcome:
    """Majority vote; a source's accuracy is the share of its values that won.

    With ``similarity`` given, a value also gets ``rho`` (default 0.5) times its similarity to each
    other value's votes (vote with value similarity, Dong et al. 2009).

    Args:
        data: the prepared claims.
        **options: ``rho`` (value similarity weight, 0.5); the common options are ignored.

    Returns:
        Per item, per value, its share of the votes; per source, the share of its values that won.
    """
    rho = float(options.get("rho", 0.5))
    probs: list[list[float]] = []
    for provs, sim in zip(data.providers, data.sims):
        counts = [float(len(p)) for p in provs]
        if sim is not None:
            counts = [
                c + rho * sum(sim[a][b] * counts[b] for b in range(len(counts)) if b != a)
                for a, c in enumerate(counts)
            ]
        total = sum(counts)
        probs.append([c / total for c in counts])
    accuracy = []
    for cl in data.claims:
        won = 0
        for ii, vi in cl:
            p = probs[ii]
            won += p[vi] >= max(p)
        accuracy.append(won / len(cl) if cl else 0.0)
    return Outcome(probs, accuracy, 1)
