"""Accu: Bayesian vote counting with source accuracy (Dong, Berti-Equille, Srivastava, VLDB 2009).

A source ``s`` of accuracy ``A(s)`` votes ``ln(n A(s) / (1 - A(s)))`` for its value, where ``n`` is
the number of false values an item may take (the paper's default, 100). With value similarity, a
value also gets ``rho`` times its similarity to each other value's vote count. The probability of
a value is its softmax over the item's observed values plus the ``n + 1 - |observed|`` unobserved
ones (vote count 0). A source's accuracy is the mean probability of its values, each computed
*without the source's own vote* (leave one out); both are iterated to a fixed point.

Leave one out departs from the paper, which counts a source's own vote when it judges the
source. With its own vote in, a source's accuracy partly measures itself, and a group of
sources that give the same values (mirrors of one feed) confirm one another at every round: on the
Flight development day a family of four such sites (right on about two thirds of the gold items)
was rated above the airlines' own sites (right on all of them), and Accu fell below vote. Judged
by the other sources only, a source that merely repeats a majority it belongs to gains less.
"""

from __future__ import annotations

import math
from typing import Any

from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._iterate import converge, max_change
from claimcheck.fusion._registry import register_method

__all__ = ["accu", "accuracy_loo", "accuracy_of", "value_probabilities", "vote_weight"]

_LO, _HI = 1e-3, 1.0 - 1e-3


def vote_weight(accuracy: float, n: float) -> float:
    """The paper's vote count of a source: ``ln(n A / (1 - A))`` (A clamped to [0.001, 0.999]),
    at least 0.

    Args:
        accuracy: the source's accuracy.
        n: the number of false values an item may take.

    Returns:
        The weight of the source's vote.
    """
    a = min(max(accuracy, _LO), _HI)
    # a source no better than a guess among n + 1 values carries no vote (never a vote against)
    return max(math.log(n * a / (1.0 - a)), 0.0)


def value_probabilities(
    data: Prepared,
    weights: list[float],
    *,
    n: float,
    rho: float,
    discounts: list[list[list[float]]] | None = None,
) -> list[list[float]]:
    """Per item, per value: the probability that the value is true.

    Args:
        data: the prepared claims.
        weights: per source, its vote count.
        n: the number of false values an item may take (unobserved values share the rest).
        rho: the weight of value similarity.
        discounts: per item, per value, per provider, the share of its vote that is its own.

    Returns:
        The probabilities, item by item, value by value.
    """
    out: list[list[float]] = []
    for ii, provs in enumerate(data.providers):
        if discounts is None:
            counts = [sum(weights[s] for s in p) for p in provs]
        else:
            disc = discounts[ii]
            counts = [sum(weights[s] * d for s, d in zip(p, disc[vi])) for vi, p in enumerate(provs)]
        sim = data.sims[ii]
        k = len(counts)
        if sim is not None and rho:
            counts = [
                counts[a] + rho * sum(sim[a][b] * counts[b] for b in range(k) if b != a and sim[a][b])
                for a in range(k)
            ]
        top = max(max(counts), 0.0)
        exps = [math.exp(c - top) for c in counts]
        unobserved = max(n + 1.0 - k, 0.0) * math.exp(-top)
        total = sum(exps) + unobserved
        out.append([e / total for e in exps])
    return out


def accuracy_of(data: Prepared, probs: list[list[float]]) -> list[float]:
    """A source's accuracy: the mean probability of the values it gives.

    Args:
        data: the prepared claims.
        probs: per item, per value, the probability that it is true.

    Returns:
        Per source, its accuracy (0 for a source with no value).
    """
    return [sum(probs[ii][vi] for ii, vi in cl) / len(cl) if cl else 0.0 for cl in data.claims]


def accuracy_loo(
    data: Prepared,
    weights: list[float],
    *,
    n: float,
    rho: float,
    discounts: list[list[list[float]]] | None = None,
) -> list[float]:
    """A source's accuracy judged by the others: the mean, over its values, of the probability
    the value has when the source's own vote is taken out.

    Args:
        data: the prepared claims.
        weights: per source, its vote count.
        n: the number of false values an item may take.
        rho: the weight of value similarity.
        discounts: per item, per value, per provider, the share of its vote that is its own.

    Returns:
        Per source, its accuracy (0 for a source with no value).
    """
    total = [0.0] * len(data.sources)
    for ii, provs in enumerate(data.providers):
        disc = discounts[ii] if discounts is not None else None
        own = [
            [weights[s] * (disc[vi][j] if disc is not None else 1.0) for j, s in enumerate(p)]
            for vi, p in enumerate(provs)
        ]
        counts = [sum(o) for o in own]
        k = len(counts)
        sim = data.sims[ii] if rho else None
        if sim is not None:
            adj = [counts[a] + rho * sum(sim[a][b] * counts[b] for b in range(k) if b != a) for a in range(k)]
        else:
            adj = counts
        unobserved = max(n + 1.0 - k, 0.0)
        memo: dict[tuple[int, float], float] = {}  # providers of a value often vote alike
        for vi, p in enumerate(provs):
            for j, s in enumerate(p):
                w = own[vi][j]
                got = memo.get((vi, w))
                if got is None:
                    # taking w out of value vi's count lowers every value similar to vi
                    if sim is not None:
                        loo = [adj[a] - w * (1.0 if a == vi else rho * sim[a][vi]) for a in range(k)]
                    else:
                        loo = list(adj)
                        loo[vi] -= w
                    top = max(max(loo), 0.0)
                    exps = [math.exp(x - top) for x in loo]
                    got = memo[vi, w] = exps[vi] / (sum(exps) + unobserved * math.exp(-top))
                total[s] += got
    return [t / len(cl) if cl else 0.0 for t, cl in zip(total, data.claims)]


@register_method("accu")
def accu(
    data: Prepared,
    *,
    prior_accuracy: float = 0.8,
    max_iter: int = 50,
    tol: float = 1e-3,
    **options: Any,
) -> Outcome:
    """Accu with value similarity.

    Args:
        data: the prepared claims.
        prior_accuracy: every source's accuracy before the first round.
        max_iter: the most rounds run.
        tol: the largest change of an accuracy under which the rounds stop.
        **options: ``n`` (false values per item, 100) and ``rho`` (value similarity weight, 0.5).

    Returns:
        Per item, per value, the probability that it is true; per source, its accuracy.
    """
    n = float(options.get("n", 100))
    rho = float(options.get("rho", 0.5))

    def step(state: tuple[list[float], list[list[float]]]) -> tuple[list[float], list[list[float]]]:
        accuracy = state[0]
        weights = [vote_weight(a, n) for a in accuracy]
        probs = value_probabilities(data, weights, n=n, rho=rho)
        return accuracy_loo(data, weights, n=n, rho=rho), probs

    start: tuple[list[float], list[list[float]]] = ([prior_accuracy] * len(data.sources), [])
    (accuracy, probs), rounds = converge(
        step, start, change=lambda new, old: max_change(new[0], old[0]), max_iter=max_iter, tol=tol
    )
    return Outcome(probs, accuracy, rounds)
