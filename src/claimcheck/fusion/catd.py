"""CATD for numbers: source weights with a confidence bound (Li et al., "A confidence-aware
approach for truth discovery on long-tail data", PVLDB 8(4), 2015).

Each item's truth is the weighted median of the numbers given for it (the paper's weighted mean
is pulled off by a single gross error: on synthetic data with 5% of claims ten times off it got
fewer items within 1% than the plain median); a source's weight is the inverse of an upper
confidence bound on its error variance::

    w(s) = chi2_{alpha/2}(N_s) / sum over its claims of ((x - truth) / scale)^2

where ``N_s`` is the number of its claims and ``chi2_{alpha/2}(N)`` the lower ``alpha / 2``
quantile of the chi-squared distribution with ``N`` degrees of freedom (``alpha`` = 0.05, the
paper's): a source seen on few items has a wide interval and so a small weight, however close its
few values were. Distances are divided by the item's scale, so items of different sizes weigh
alike; the scale is learned from the claims (the median absolute deviation of the item's values,
or, when most sources agree exactly, a thousandth of the item's median).

Two departures, both for numbers as web sources give them:

- **outliers**: a claim more than ``cap`` (10) scales from the truth is a gross error (a wrong
  unit, a digit slip); its squared distance counts as ``cap ** 2``, so one slip costs a source
  like a bad value, not a hundred;
- **the truth is one of the values given**: :func:`fuse` reports an observed value, and the
  weighted median is one; the other values' probabilities fall with their scaled distance from
  it (a Gaussian).

Items whose values are not numbers (under the default normaliser's ``n:`` keys, or plain ints
and floats) are decided by a vote weighted by the same source weights.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Hashable
from typing import Any

from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._iterate import converge, max_change
from claimcheck.fusion._registry import register_method

__all__ = ["catd", "chi2_lower", "number_of"]

_Z = {0.05: 1.959964, 0.1: 1.644854, 0.01: 2.575829}


def chi2_lower(alpha: float, dof: int) -> float:
    """The lower ``alpha / 2`` quantile of chi-squared with ``dof`` degrees of freedom.

    The Wilson-Hilferty approximation (good to a few per cent from one degree of freedom).

    Args:
        alpha: the confidence level's complement (0.05, 0.1 or 0.01).
        dof: degrees of freedom (at least 1).

    Returns:
        The quantile (at least a small positive number).

    Examples:
        >>> round(chi2_lower(0.05, 10), 2)  # the exact quantile is 3.247
        3.22
    """
    z = _Z.get(alpha, 1.959964)
    k = max(dof, 1)
    h = 2.0 / (9.0 * k)
    return max(k * (1.0 - h - z * math.sqrt(h)) ** 3, 1e-3)


def number_of(key: Hashable) -> float | None:
    """A key's number: ``n:`` keys of the default normaliser, or ints and floats.

    Args:
        key: a value key.

    Returns:
        The number, or None when the key is not one.

    Examples:
        >>> number_of("n:1200"), number_of(3), number_of("c:b65")
        (1200.0, 3.0, None)
    """
    if isinstance(key, bool):
        return None
    if isinstance(key, (int, float)):
        x = float(key)
    elif isinstance(key, str) and key.startswith("n:"):
        try:
            x = float(key[2:])
        except ValueError:
            return None
    else:
        return None
    return x if math.isfinite(x) else None


def _scale(xs: list[float]) -> float:
    """The item's scale: the median absolute deviation, else a thousandth of the median."""
    med = statistics.median(xs)
    mad = 1.4826 * statistics.median(abs(x - med) for x in xs)
    if mad > 0:
        return mad
    return abs(med) * 1e-3 or 1.0


#: The median of chi-squared with one degree of freedom: median(d^2) / this estimates a variance.
_CHI2_1_MEDIAN = 0.454936


def _robust_sum(ds: list[float]) -> float:
    """The sum of squared distances a source would have without gross errors: its count times a
    variance read from the median squared distance (a few wild claims cannot move it)."""
    if not ds:
        return 0.0
    return len(ds) * max(statistics.median(ds), 1e-12) / _CHI2_1_MEDIAN


def _weighted_median(xs: list[float], ws: list[float]) -> float:
    """The lower weighted median of ``xs``."""
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    half = sum(ws) / 2.0
    run = 0.0
    for i in order:
        run += ws[i]
        if run >= half:
            return xs[i]
    return xs[order[-1]]


@register_method("catd")
def catd(
    data: Prepared,
    *,
    prior_accuracy: float = 0.8,
    max_iter: int = 50,
    tol: float = 1e-3,
    **options: Any,
) -> Outcome:
    """CATD with per-item scales and capped outliers.

    Args:
        data: the prepared claims.
        prior_accuracy: unused (every source starts with weight one); kept for the common call.
        max_iter: the most rounds run.
        tol: the largest change of a normalised weight under which rounds stop.
        **options: ``alpha`` (0.05) and ``cap`` (10: scaled distances beyond it count as it).

    Returns:
        Per item, per value, its probability; per source, its weight as a share of the largest.
    """
    del prior_accuracy
    alpha = float(options.get("alpha", 0.05))
    cap = float(options.get("cap", 3.0))
    nums: list[list[float] | None] = []
    scales: list[float] = []
    for keys, provs in zip(data.keys, data.providers):
        read = [number_of(k) for k in keys]
        if all(x is not None for x in read):
            numbers = [x for x in read if x is not None]
            nums.append(numbers)
            scales.append(_scale([v for v, p in zip(numbers, provs) for _ in p]))
        else:
            nums.append(None)
            scales.append(1.0)
    counts = [len(cl) for cl in data.claims]
    quantile = [chi2_lower(alpha, n) for n in counts]

    def truths(weights: list[float]) -> list[float | None]:
        out: list[float | None] = []
        for xs, provs in zip(nums, data.providers):
            if xs is None:
                out.append(None)
                continue
            out.append(_weighted_median(xs, [sum(weights[s] for s in p) for p in provs]))
        return out

    def step(weights: list[float]) -> list[float]:
        est = truths(weights)
        dists: list[list[float]] = [[] for _ in data.sources]
        for ii, (xs, t) in enumerate(zip(nums, est)):
            provs = data.providers[ii]
            if xs is None or t is None:
                # not a number: a value other than the weighted vote's winner is one unit wrong
                share = [sum(weights[s] for s in p) for p in provs]
                best = max(range(len(provs)), key=lambda v: share[v])
                for v, p in enumerate(provs):
                    for s in p:
                        dists[s].append(0.0 if v == best else 1.0)
                continue
            mass = [sum(weights[s] for s in p) for p in provs]
            for v, (x, p) in enumerate(zip(xs, provs)):
                for s in p:
                    # judged against the others: the median without this source's own weight
                    if sum(mass) - weights[s] <= 0:
                        continue  # no one else gives a number here
                    mass[v] -= weights[s]
                    t_others = _weighted_median(xs, mass) if sum(mass) > 0 else t
                    mass[v] += weights[s]
                    dists[s].append(min(abs(x - t_others) / scales[ii], cap) ** 2)
        err = [_robust_sum(ds) for ds in dists]
        new = [q / max(e, 1e-6) for q, e in zip(quantile, err)]
        top = max(new, default=1.0) or 1.0
        return [w / top for w in new]

    start = [1.0] * len(data.sources)
    weights, rounds = converge(step, start, change=max_change, max_iter=max_iter, tol=tol)
    est = truths(weights)
    probs: list[list[float]] = []
    for ii, provs in enumerate(data.providers):
        vals, t = nums[ii], est[ii]
        if vals is not None and t is not None:
            # the estimate is one of the values (a weighted median): the others by closeness to it
            logs = [-0.5 * ((x - t) / scales[ii]) ** 2 for x in vals]
        else:
            logs = [math.log(max(sum(weights[s] for s in p), 1e-300)) for p in provs]
        top = max(logs)
        mass = [math.exp(lg - top) for lg in logs]
        total = sum(mass)
        probs.append([m / total for m in mass])
    return Outcome(probs, weights, rounds)
