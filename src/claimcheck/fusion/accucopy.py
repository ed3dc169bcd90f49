"""AccuCopy: accuracy and copy detection (Dong, Berti-Equille, Srivastava, VLDB 2009).

For every pair of sources that share items (found by blocking on items, never all pairs), the
Bayesian probability that one copies the other is computed from what they share: the same true
value is a little more likely under copying, the same *false* value much more likely (an
independent pair agrees on a false value with probability ``(1 - A1)(1 - A2) / n``), a different
value less likely (``1 - c`` times). Truth is uncertain, so a shared value counts as true with its
current probability. With ``alpha`` the prior of dependence (0.2) and ``c`` the copy rate (0.8)::

    P(dep | shared) = alpha L / (alpha L + 1 - alpha),   L = (L(s1 -> s2) + L(s2 -> s1)) / 2

Votes are then discounted: the providers of a value are taken in order of accuracy (most
accurate first, the likely original) and each counts ``prod(1 - c P(dep(s, s')))`` over the
providers before it, so a value repeated by copiers counts about once. Accuracy, truth and
dependence are iterated to a fixed point (Accu with value similarity underneath), starting from
Accu's first round (every source at the prior accuracy).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._registry import register_method
from claimcheck.fusion.accu import accuracy_of, value_probabilities, vote_weight

__all__ = ["accucopy", "shared_claims"]

_LO, _HI = 1e-3, 1.0 - 1e-3


def shared_claims(data: Prepared) -> dict[tuple[int, int], tuple[list[tuple[int, int]], int]]:
    """Per source pair ``(s1 < s2)`` sharing items: the (item, value) they both give, and how many
    items they give different values for. Blocked by item."""
    same: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    diff: dict[tuple[int, int], int] = defaultdict(int)
    for ii, provs in enumerate(data.providers):
        given = sorted((s, vi) for vi, p in enumerate(provs) for s in p)
        for x in range(len(given)):
            s1, v1 = given[x]
            for y in range(x + 1, len(given)):
                s2, v2 = given[y]
                if v1 == v2:
                    same[s1, s2].append((ii, v1))
                else:
                    diff[s1, s2] += 1
    pairs = sorted(set(same) | set(diff))
    return {pair: (same.get(pair, []), diff.get(pair, 0)) for pair in pairs}


def _dependence(
    shared: dict[tuple[int, int], tuple[list[tuple[int, int]], int]],
    accuracy: list[float],
    probs: list[list[float]],
    *,
    alpha: float,
    c: float,
    n: float,
) -> dict[tuple[int, int], float]:
    prior = math.log(alpha / (1.0 - alpha))
    log_diff = math.log(1.0 - c)
    out: dict[tuple[int, int], float] = {}
    clamped = [min(max(a, _LO), _HI) for a in accuracy]
    for (s1, s2), (same, ndiff) in shared.items():
        if not same:
            continue  # no shared value: no evidence of copying
        a1 = clamped[s1]
        a2 = clamped[s2]
        pt = a1 * a2
        pf = (1.0 - a1) * (1.0 - a2) / n
        # s2 copies s1 (s1's accuracy drives the copied value) and the other way round
        pt12, pf12 = a1 * c + pt * (1.0 - c), (1.0 - a1) * c + pf * (1.0 - c)
        pt21, pf21 = a2 * c + pt * (1.0 - c), (1.0 - a2) * c + pf * (1.0 - c)
        l12 = l21 = ndiff * log_diff
        # likelihood ratios multiplied in short runs (each lies in [1e-4, 1e9]): one log per run
        r12 = r21 = 1.0
        run = 0
        for ii, vi in same:
            p = probs[ii][vi]
            q = 1.0 - p
            ind = p * pt + q * pf
            r12 *= (p * pt12 + q * pf12) / ind
            r21 *= (p * pt21 + q * pf21) / ind
            run += 1
            if run == 16:
                l12 += math.log(r12)
                l21 += math.log(r21)
                r12 = r21 = 1.0
                run = 0
        l12 += math.log(r12)
        l21 += math.log(r21)
        top = max(l12, l21)
        log_l = top + math.log((math.exp(l12 - top) + math.exp(l21 - top)) / 2.0)
        x = prior + log_l
        out[s1, s2] = 1.0 / (1.0 + math.exp(-x)) if x > -700 else 0.0
    return out


def _discounts(
    data: Prepared, accuracy: list[float], dep: dict[tuple[int, int], float], c: float
) -> list[list[list[float]]]:
    out: list[list[list[float]]] = []
    for provs in data.providers:
        item_disc = []
        for p in provs:
            order = sorted(p, key=lambda s: (-accuracy[s], s))
            factor: dict[int, float] = {}
            for k, s in enumerate(order):
                f = 1.0
                for t in order[:k]:
                    d = dep.get((s, t) if s < t else (t, s), 0.0)
                    if d:
                        f *= 1.0 - c * d
                factor[s] = f
            item_disc.append([factor[s] for s in p])
        out.append(item_disc)
    return out


@register_method("accucopy")
def accucopy(
    data: Prepared,
    *,
    prior_accuracy: float = 0.8,
    max_iter: int = 50,
    tol: float = 1e-3,
    **options: Any,
) -> Outcome:
    """AccuCopy with value similarity.

    Options: ``alpha`` (prior of dependence, 0.2), ``c`` (copy rate, 0.8), ``n`` (false values
    per item, 100), ``rho`` (value similarity weight, 0.5), ``report_min`` (the least dependence
    probability listed in ``copying``, 0.5).
    """
    alpha = float(options.get("alpha", 0.2))
    c = float(options.get("c", 0.8))
    n = float(options.get("n", 100))
    rho = float(options.get("rho", 0.5))
    report_min = float(options.get("report_min", 0.5))
    shared = shared_claims(data)
    accuracy = [prior_accuracy] * len(data.sources)
    probs = value_probabilities(data, [vote_weight(a, n) for a in accuracy], n=n, rho=rho)
    dep: dict[tuple[int, int], float] = {}
    iterations = 0
    for iterations in range(1, max_iter + 1):  # noqa: B007 - reported below
        dep = _dependence(shared, accuracy, probs, alpha=alpha, c=c, n=n)
        weights = [vote_weight(a, n) for a in accuracy]
        probs = value_probabilities(data, weights, n=n, rho=rho, discounts=_discounts(data, accuracy, dep, c))
        new = accuracy_of(data, probs)
        delta = max((abs(x - y) for x, y in zip(new, accuracy)), default=0.0)
        accuracy = new
        if delta < tol:
            break
    copying = tuple(
        sorted(
            (
                (data.sources[s1], data.sources[s2], round(p, 6))
                for (s1, s2), p in dep.items()
                if p >= report_min
            ),
            key=lambda t: (-t[2], t[0], t[1]),
        )
    )
    return Outcome(probs, accuracy, iterations, copying)
