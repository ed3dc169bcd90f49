"""AccuCopy: accuracy and copy detection (Dong, Berti-Equille, Srivastava, PVLDB 2(1), 2009).

For every pair of sources that share items (found by blocking on items, never all pairs) the
Bayesian probability that one copies the other, in each direction, is computed from the items both
give a value for. A copier copies each value with probability ``c``; an independent source gives
the true value with its accuracy ``A`` and a false one at random among ``n``. So two independent
sources share a given false value with probability ``(1 - A1)(1 - A2) / n`` while ``S1 -> S2``
(S1 copies S2) makes it ``(1 - A2) c + (1 - A1)(1 - A2)(1 - c) / n``: a shared false value is
strong evidence of copying, with the direction carried by the original's accuracy; a different
value is ``1 - c`` times as likely under copying. With ``alpha`` the prior of dependence (half for
each direction)::

    P(S1 -> S2 | claims) = (alpha / 2) L12 / ((1 - alpha) + (alpha / 2) (L12 + L21))
    ln L12 = kf ln[((1 - A2) c + Pf (1 - c)) / Pf] + kd ln(1 - c)

where ``kf`` sums, over the values the two share, the probability that the value is false (the
truth is uncertain while it is being found) and ``kd`` counts the items they give different values
for. A shared *true* value is taken as no evidence. In the paper its likelihood ratio is
``c / A1 + 1 - c``, close to 1 for accurate sources but above it, and summed over hundreds of
shared items it flags independent accurate sources as copiers whenever their accuracy differs
from item to item (on the Flight development day: 106 of 200 flagged pairs shared no false value
at all, and accuracy fell below vote). Counting only false values keeps the evidence the method
relies on.

With ``direction=True`` shared true values come back for the *direction* only: the paper's
ratio for each direction (the less accurate source copies the more accurate one), halved in log
each way so that the product of the two directions, and so the evidence of dependence, is that
of the false values alone; items every source agrees on are left out (a value everyone gives is
common knowledge). It is off by default because it does not hold on every set: measured on the
synthetic data with 4 and 8 copiers it lifts accuracy from .947 and .797 to .982 and .985 and on
Book (with similarity) from .94 to .96, but on Book without similarity it falls from .81 to .69,
and on Flight with copying detected per attribute from .913 to .832 (Flight's default run is
unchanged at .902).

Votes are then discounted: the providers of a value are taken most accurate first, and each
counts ``prod(1 - c P(S copies S'))`` over the providers before it, so a value repeated by copiers
counts about once. Truth, accuracy and dependence are iterated together to a fixed point,
starting from Accu's first round (every source at the prior accuracy).

With ``discount="pair"`` a provider counts ``prod(1 - c P(S and S' dependent))`` instead (and, in
the first round, a value two sources share counts as false by the share of the *other* sources
not giving it, the pair judged by the others as Accu judges a source): the
probability of dependence in either direction. Counting shared false values only, the direction
says the *more* accurate source copies (a less accurate original explains shared false values
better), so with the default discount the more accurate member of a dependent pair is taken
first and is the copier of no one before it, and its less accurate partner copies it with a
small probability: a pair found dependent is hardly discounted at all. The pair discount counts
a dependent pair about once whichever way it copies. It also has a fixed point where the default
may not: on the Flight development day the direction of two pairs flips every round as their
accuracies cross, and the default runs to ``max_iter``. It is not the default because it does
not hold on every set (measured in docs/fusion.md): it lifts the synthetic sets with 4 and 8
copiers to .993 and Flight to .930 (.945 with copying per attribute), but on Book it falls from
.94 to .87 (.82 to .75 without value similarity, under vote's .78): a pair found dependent has
its vote cut, so the values it shares look false in the next round and it looks more dependent,
and where many accurate sources agree this turns on them.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable
from typing import Any

from claimcheck.errors import FusionError
from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._iterate import converge, max_change
from claimcheck.fusion._registry import register_method
from claimcheck.fusion.accu import accuracy_of, value_probabilities, vote_weight

__all__ = ["accucopy", "dependence", "differing_items", "pair_dependence"]

_LO, _HI = 1e-3, 1.0 - 1e-3
#: A shared value this likely to be true adds nothing worth summing to the evidence of copying.
_CERTAIN = 1e-6
#: Steps per unit of ln(1 - P(false)) in which shared values are counted together.
_STEPS = 20

Pair = tuple[int, int, int]  # (scope, source, source)


def differing_items(data: Prepared, scopes: list[int]) -> dict[Pair, int]:
    """Per scope and source pair ``(s1 < s2)`` sharing an item: how many items they give
    different values for (0 when they agree on every shared item). Blocked by item.

    Args:
        data: the prepared claims.
        scopes: per item, the index of its copy-detection scope.

    Returns:
        ``{(scope, s1, s2): items with different values}``.
    """
    diff: dict[Pair, int] = defaultdict(int)
    for provs, sc in zip(data.providers, scopes):
        if len(provs) < 2:
            for p in provs:
                for x in range(len(p)):
                    for y in range(x + 1, len(p)):
                        diff.setdefault((sc, p[x], p[y]), 0)
            continue
        given = sorted((s, vi) for vi, p in enumerate(provs) for s in p)
        for x in range(len(given)):
            s1, v1 = given[x]
            for y in range(x + 1, len(given)):
                s2, v2 = given[y]
                if v1 != v2:
                    diff[sc, s1, s2] += 1
                else:
                    diff.setdefault((sc, s1, s2), 0)
    return dict(diff)


def _bucket(q: float) -> int:
    """A probability of being false as a step of its complement on a log scale (5% steps)."""
    return round(math.log(max(1.0 - q, 1e-12)) * _STEPS)


def _shared_false(
    data: Prepared, probs: list[list[float]], scopes: list[int], every: bool = False
) -> dict[Pair, dict[tuple[int, int], float]]:
    """Per source pair: how many values they share, by the number of false values their item
    was seen to take (its distinct values less one) and the value's probability of being false
    (as a :func:`_bucket`)."""
    # one group of providers often gives values on many items: add up per group, then per pair
    by_group: dict[tuple[int, tuple[int, ...], int, int], float] = defaultdict(float)
    for provs, pr, sc in zip(data.providers, probs, scopes):
        n_false = max(len(provs) - 1, 1)
        for p, pv in zip(provs, pr):
            q = 1.0 - pv
            if len(p) >= 2 and (every or q >= _CERTAIN):
                by_group[sc, tuple(p), n_false, _bucket(q)] += 1.0
    kf: dict[Pair, dict[tuple[int, int], float]] = defaultdict(lambda: defaultdict(float))
    for (sc, group, n_false, b), m in by_group.items():
        for x in range(len(group)):
            sx = group[x]
            for y in range(x + 1, len(group)):
                kf[sc, sx, group[y]][n_false, b] += m
    return kf


def _shared_true(data: Prepared, probs: list[list[float]], scopes: list[int]) -> dict[Pair, float]:
    """Per source pair: the expected number of true values they share."""
    by_group: dict[tuple[int, tuple[int, ...]], float] = defaultdict(float)
    for provs, pr, sc in zip(data.providers, probs, scopes):
        if len(provs) < 2:
            continue  # a value every source gives is common knowledge: no sign of who copies
        for p, pv in zip(provs, pr):
            if len(p) >= 2 and pv >= _CERTAIN:
                by_group[sc, tuple(p)] += pv
    kt: dict[Pair, float] = defaultdict(float)
    for (sc, group), q in by_group.items():
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                kt[sc, group[x], group[y]] += q
    return kt


def dependence(
    diff: dict[Pair, int],
    kf: dict[Pair, dict[tuple[int, int], float]],
    accuracy: list[float],
    *,
    alpha: float,
    c: float,
    n: float | None = None,
    kt: dict[Pair, float] | None = None,
    mixture: bool = False,
    true_branch: bool = False,
) -> dict[Pair, float]:
    """``{(scope, s, t): P(s copies t)}`` for every ordered pair with a positive probability.

    Args:
        diff: per pair ``(s1 < s2)``, the items they give different values for.
        kf: per pair, the expected number of false values they share, by the number of false
            values of their items.
        accuracy: per source, its accuracy.
        alpha: the prior probability that two sources are dependent (half for each direction).
        c: the probability that a copier copies a value.
        n: the number of false values an item may take; None: as many as the item was seen
            to take (its distinct values less one, at least one), learned from the claims.

    Returns:
        The posterior probability of copying in each direction.
    """
    prior_ind = math.log(1.0 - alpha)
    prior_dir = math.log(alpha / 2.0)
    log_diff = math.log(1.0 - c)
    clamped = [min(max(a, _LO), _HI) for a in accuracy]
    out: dict[Pair, float] = {}
    for pair, f in kf.items():
        sc, s1, s2 = pair
        a1, a2 = clamped[s1], clamped[s2]
        l12 = l21 = prior_dir + diff.get(pair, 0) * log_diff
        pt = a1 * a2
        for (n_false, b), m in f.items():
            q = 1.0 - math.exp(b / _STEPS)
            pf = (1.0 - a1) * (1.0 - a2) / (n if n is not None else n_false)
            if mixture:
                ind = q * pf + (1.0 - q) * pt
                t12 = a2 * c + pt * (1.0 - c) if true_branch else pt
                t21 = a1 * c + pt * (1.0 - c) if true_branch else pt
                l12 += m * math.log((q * ((1.0 - a2) * c + pf * (1.0 - c)) + (1.0 - q) * t12) / ind)
                l21 += m * math.log((q * ((1.0 - a1) * c + pf * (1.0 - c)) + (1.0 - q) * t21) / ind)
            else:
                l12 += m * q * math.log(((1.0 - a2) * c + pf * (1.0 - c)) / pf)  # s1 copies s2
                l21 += m * q * math.log(((1.0 - a1) * c + pf * (1.0 - c)) / pf)  # s2 copies s1
        if kt is not None:
            # shared true values tell the direction (the less accurate copies the more accurate),
            # not whether the two are dependent: half the log ratio each way, product unchanged
            t = kt.get(pair, 0.0) * (math.log(c / a1 + 1.0 - c) - math.log(c / a2 + 1.0 - c)) / 2.0
            l12 += t
            l21 -= t
        top = max(prior_ind, l12, l21)
        z = math.exp(prior_ind - top) + math.exp(l12 - top) + math.exp(l21 - top)
        p12, p21 = math.exp(l12 - top) / z, math.exp(l21 - top) / z
        if p12 > 1e-9:
            out[sc, s1, s2] = p12
        if p21 > 1e-9:
            out[sc, s2, s1] = p21
    return out


def pair_dependence(dep: dict[Pair, float]) -> dict[Pair, float]:
    """Both directions of each pair given the probability that the two are dependent.

    Args:
        dep: ``{(scope, s, t): P(s copies t)}``.

    Returns:
        ``{(scope, s, t): P(s copies t) + P(t copies s)}`` for both orders (at most 1).

    Examples:
        >>> pair_dependence({(0, 1, 2): 0.5, (0, 2, 1): 0.25}) == {(0, 1, 2): 0.75, (0, 2, 1): 0.75}
        True
    """
    both: dict[Pair, float] = defaultdict(float)
    for (sc, s, t), d in dep.items():
        both[sc, s, t] += d
        both[sc, t, s] += d
    return {k: min(v, 1.0) for k, v in both.items()}


def _discounts(
    data: Prepared, accuracy: list[float], dep: dict[Pair, float], c: float, scopes: list[int]
) -> list[list[list[float]]]:
    """Per item, per value, per provider: the share of its vote that is its own."""
    copied: dict[tuple[int, int], dict[int, float]] = defaultdict(dict)  # (scope, s) -> {t: P}
    for (sc, s, t), d in dep.items():
        copied[sc, s][t] = d
    memo: dict[tuple[int, tuple[int, ...]], list[float]] = {}  # provider groups recur
    out: list[list[list[float]]] = []
    for provs, sc in zip(data.providers, scopes):
        item_disc = []
        for p in provs:
            if len(p) == 1:
                item_disc.append([1.0])
                continue
            group = (sc, tuple(p))
            factors = memo.get(group)
            if factors is None:
                order = sorted(p, key=lambda s: (-accuracy[s], s))
                rank = {s: k for k, s in enumerate(order)}
                factor: dict[int, float] = {}
                for s in order:
                    f = 1.0
                    for t, d in copied.get((sc, s), {}).items():
                        if t in rank and rank[t] < rank[s]:
                            f *= 1.0 - c * d
                    factor[s] = f
                factors = memo[group] = [factor[s] for s in p]
            item_disc.append(factors)
        out.append(item_disc)
    return out


State = tuple[list[float], list[list[float]], dict[Pair, float]]


def _totals(data: Prepared) -> list[int]:
    """Per item, how many sources give a value for it."""
    return [sum(map(len, provs)) for provs in data.providers]


def _others_share(given: int, total: int) -> float:
    """The share of the sources other than a pair sharing a value that give the value too (1 when
    no other source gives the item; a value of one source: its plain share)."""
    if given < 2:
        return given / total
    return (given - 2) / (total - 2) if total > 2 else 1.0


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

    Args:
        data: the prepared claims.
        prior_accuracy: every source's accuracy before the first round.
        max_iter: the most rounds run.
        tol: the largest change of an accuracy under which the rounds stop.
        **options: ``alpha`` (prior of dependence, 0.2), ``c`` (copy rate, 0.8), ``n`` (false
            values per item, 100), ``rho`` (value similarity weight, 0.5), ``report_min`` (the
            least dependence listed in ``copying``, 0.5): the paper's defaults; and ``scope``, a
            function of an item (e.g. its attribute) within whose value copying is detected
            separately, for sources that copy some attributes and not others (default: one
            scope for all items); ``direction`` (False): let shared true values tell the direction
            of copying; ``discount`` (``"direction"``): ``"pair"`` discounts a vote by the
            probability of dependence in either direction (see the module notes).

    Returns:
        Per item, per value, the probability that it is true; per source, its accuracy; the
        dependent pairs ``(s1, s2, P(dependent))`` and who copies whom
        ``(copier, original, P(copier copies original))``.
    """
    alpha = float(options.get("alpha", 0.2))
    c = float(options.get("c", 0.8))
    n = float(options.get("n", 100))
    n_copy = options.get("n_copy", n)
    rho = float(options.get("rho", 0.5))
    report_min = float(options.get("report_min", 0.5))
    scope = options.get("scope")
    discount = options.get("discount", "direction")
    if discount not in ("direction", "pair"):
        msg = f"discount must be 'direction' or 'pair' (got {discount!r})."
        raise FusionError(msg)
    scope_ids: dict[Hashable, int] = {}
    scopes = [
        scope_ids.setdefault(scope(item), len(scope_ids)) if scope is not None else 0 for item in data.items
    ]
    diff = differing_items(data, scopes)

    def step(state: State) -> State:
        accuracy, probs, _ = state
        # the accuracies the current truth implies (the first round: Accu's first round)
        dep = dependence(
            diff,
            _shared_false(data, probs, scopes, every=bool(options.get("true", False))),
            accuracy_of(data, probs),
            alpha=alpha,
            c=c,
            n=None if n_copy is None else float(n_copy),
            kt=_shared_true(data, probs, scopes) if options.get("direction", False) else None,
            mixture=bool(options.get("mixture", False)),
            true_branch=bool(options.get("true", False)),
        )
        weights = [vote_weight(a, n) for a in accuracy]
        disc = _discounts(data, accuracy, pair_dependence(dep) if discount == "pair" else dep, c, scopes)
        new_probs = value_probabilities(data, weights, n=n, rho=rho, discounts=disc)
        return accuracy_of(data, new_probs), new_probs, dep

    accuracy0 = [prior_accuracy] * len(data.sources)
    # before any truth is found, a value's chance of being false is the share of sources that do
    # not give it (a vote): a value shared by a group and by few others already counts as evidence
    probs0 = [[len(p) / total for p in provs] for provs in data.providers for total in [sum(map(len, provs))]]
    if discount == "pair":
        # judged by the others: a value two sources share is false by the share of the *other*
        # sources not giving it (none other: no evidence)
        probs0 = [
            [_others_share(len(p), total) for p in provs]
            for provs, total in zip(data.providers, _totals(data))
        ]
    if options.get("start") == "accu":
        w0 = vote_weight(prior_accuracy, n)
        probs0 = value_probabilities(data, [w0] * len(data.sources), n=n, rho=rho)
    start: State = (accuracy0, probs0, {})
    (accuracy, probs, dep), rounds = converge(
        step,
        start,
        change=lambda new, old: max_change(new[0], old[0]),
        max_iter=max_iter,
        tol=tol,
    )
    names = data.sources
    # per pair (and per direction) the most likely dependence over the scopes
    by_scope: dict[tuple[int, int, int], float] = defaultdict(float)
    directed: dict[tuple[int, int], float] = defaultdict(float)
    for (sc, s, t), p in dep.items():
        by_scope[sc, min(s, t), max(s, t)] += p
        directed[s, t] = max(directed[s, t], p)
    undirected: dict[tuple[int, int], float] = defaultdict(float)
    for (_, a, b), p in by_scope.items():
        undirected[a, b] = max(undirected[a, b], p)
    copying = tuple(
        sorted(
            (
                (names[a], names[b], round(min(p, 1.0), 6))
                for (a, b), p in undirected.items()
                if p >= report_min
            ),
            key=lambda x: (-x[2], x[0], x[1]),
        )
    )
    copiers = tuple(
        sorted(
            ((names[s], names[t], round(p, 6)) for (s, t), p in directed.items() if p >= report_min),
            key=lambda x: (-x[2], x[0], x[1]),
        )
    )
    return Outcome(probs, accuracy, rounds, copying, copiers)
