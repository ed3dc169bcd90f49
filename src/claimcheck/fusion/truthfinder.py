"""TruthFinder (Yin, Han, Yu, "Truth discovery with multiple conflicting information providers
on the web", KDD 2007 / TKDE 2008).

A source's trustworthiness ``t(s)`` gives the score ``tau(s) = -ln(1 - t(s))``; a value's score
``sigma(v)`` is the sum over its providers, adjusted by the implication of the item's other values
``sigma*(v) = sigma(v) + rho * sum(sigma(v') * (sim(v', v) - base_sim))``; its confidence is
``1 / (1 + exp(-gamma * sigma*(v)))``; ``t(s)`` is the mean, over its values, of the value's
confidence as a share of its own and its rivals' confidences (a rival counted as far as a vote
for it does not count for the value). Iterate until the trustworthiness
vector changes by less than ``tol`` (1 - cosine similarity). Parameters as in the paper
(``t0 = 0.9``, ``rho = 0.5``, ``base_sim = 0.5``) but for the dampening factor ``gamma``: 0.15
instead of the paper's 0.3.

The paper brings in ``gamma`` because sites copy one another, so a value given by many sites
gets too high a confidence from sums that assume them independent; it set 0.3 on its data. Ours
is the largest value (steps of 0.05 down from 0.3) at which no development set is under vote:
with 0.3, eight copiers of one source (the majority of the sources) make TruthFinder trust the
copied family and fall under vote (``benchmarks/copying.py --seeds 20 --paired``: 18 items of
4,000 below vote, on 14 seeds, none above); with 0.15 it gives vote's answer there and keeps its
gain elsewhere (docs/fusion.md, "Issue 19, fourth round").

The share departs from the paper, whose ``t(s)`` is the mean of the raw confidences. A raw
confidence grows with the number of providers whatever its rivals get: two rival values with
six providers each are both near 1. A source that always has company (one of a family of
mirrors) then has trust near 1 whether or not it is right, ``tau = -ln(1 - t)`` grows without
bound, and the family outvotes larger groups of independent sources. On the Flight development
day four mirrors right on two thirds of the gold items reached trust .995, above the airlines'
own sites, and TruthFinder fell below vote; on synthetic data with copiers too. An item has
one true value, so a value's confidence is shared with its rivals before it judges a source;
values similar to it are rivals only in part (on Book, a list missing one author is not all wrong).
"""

from __future__ import annotations

import math
from typing import Any

from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._iterate import converge, max_change
from claimcheck.fusion._registry import register_method

__all__ = ["truthfinder"]


@register_method("truthfinder")
def truthfinder(
    data: Prepared,
    *,
    prior_accuracy: float = 0.9,
    max_iter: int = 50,
    tol: float = 1e-3,
    **options: Any,
) -> Outcome:
    """TruthFinder.

    Args:
        data: the prepared claims.
        prior_accuracy: every source's trustworthiness before the first round (0.9).
        max_iter: the most rounds run.
        tol: the change (1 - cosine similarity of the trust vectors) under which rounds stop.
        **options: ``rho`` (0.5), ``gamma`` (0.15; the paper's 0.3), ``base_sim`` (0.5).

    Returns:
        Per item, per value, its confidence; per source, its trustworthiness (the mean share of
        its values' confidence among their rivals').
    """
    rho = float(options.get("rho", 0.5))
    gamma = float(options.get("gamma", 0.15))
    base = float(options.get("base_sim", 0.5))

    def step(state: tuple[list[float], list[list[float]]]) -> tuple[list[float], list[list[float]]]:
        trust = state[0]
        tau = [-math.log(max(1.0 - t, 1e-9)) for t in trust]
        conf: list[list[float]] = []
        share: list[list[float]] = []  # an item's confidences as shares: one value is true
        for provs, sim in zip(data.providers, data.sims):
            sigma = [sum(tau[s] for s in p) for p in provs]
            k = len(sigma)
            adjusted = []
            for a in range(k):
                imp = sum(
                    sigma[b] * ((sim[a][b] if sim is not None else 0.0) - base) for b in range(k) if b != a
                )
                adjusted.append(sigma[a] + rho * imp)
            cf = [1.0 / (1.0 + math.exp(-max(min(gamma * x, 700.0), -700.0))) for x in adjusted]
            conf.append(cf)
            # the rivals of value a: every other value b, as far as a vote for b does not count for a
            share.append([cf[a] / (cf[a] + _rivals(cf, sim, a)) for a in range(k)])
        new = [sum(share[ii][vi] for ii, vi in cl) / len(cl) if cl else 0.0 for cl in data.claims]
        return new, conf

    def change(
        new: tuple[list[float], list[list[float]]], old: tuple[list[float], list[list[float]]]
    ) -> float:
        dot = sum(x * y for x, y in zip(new[0], old[0]))
        norm = math.sqrt(sum(x * x for x in new[0])) * math.sqrt(sum(y * y for y in old[0]))
        # the paper's 1 - cosine alone misses a change of scale: the first round moves every
        # source from t0 to about its share, all alike, and would stop there
        return max(1.0 - dot / norm if norm else 0.0, max_change(new[0], old[0]))

    start: tuple[list[float], list[list[float]]] = ([prior_accuracy] * len(data.sources), [])
    (trust, conf), rounds = converge(step, start, change=change, max_iter=max_iter, tol=tol)
    return Outcome(conf, trust, rounds)


def _rivals(cf: list[float], sim: list[list[float]] | None, a: int) -> float:
    """The confidence of value ``a``'s rivals: each other value's, as far as it is unlike ``a``."""
    return sum(cf[b] * (1.0 - (sim[a][b] if sim is not None else 0.0)) for b in range(len(cf)) if b != a)
