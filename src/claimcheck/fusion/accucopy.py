"""AccuCopy: accuracy and copy detection (Dong, Berti-Equille, Srivastava, PVLDB 2(1), 2009).

For every pair of sources that share items (found by blocking on items, never all pairs) the
Bayesian probability that one copies the other, in each direction, is computed from the items both
give a value for, with the paper's model: a copier copies each value with probability ``c``; an
independent source gives the true value with its accuracy ``A`` and a false one at random among
``n``. For a value the two share, with ``Pf = (1 - A1)(1 - A2) / n``::

    independent:   true  A1 A2                        false  Pf
    S1 copies S2:  true  A2 c + A1 A2 (1 - c)         false  (1 - A2) c + Pf (1 - c)

so a shared false value is strong evidence of copying and a shared true value weak evidence (the
ratio ``c / A1 + 1 - c``); an item the two give different values for is ``1 - c`` times as likely
under copying. With ``alpha`` the prior of dependence (half for each direction)::

    P(S1 -> S2 | claims) = (alpha / 2) L12 / ((1 - alpha) + (alpha / 2) (L12 + L21))

The truth is not known while it is being found: a shared value is true with its current
probability ``p``, and its likelihood under each hypothesis is the mixture ``p * true + (1 - p) *
false`` (the truth marginalised). Taking instead the expected log-likelihood, ``(1 - p)`` times
the false value's log ratio, as this module did before, lets values that are merely uncertain
count as shared false values: a value half of an item's sources give is half false, and two
large, accurate stores that share 300 such values are certainly dependent after one round (on
Book 7,788 pairs were, every accurate store among them; see docs/fusion.md).

A provider's vote is then discounted by its dependence on the other providers of the value:
it counts ``1 / (1 + c * sum P(S and S' dependent))`` over them (``discount="share"``), so a
clique of copies of one feed counts about once whichever way each copies, and no order of the
sources decides it. ``discount="lead"`` (the default) keeps that share for all but the provider
least likely to copy the others (the smallest ``sum P(S copies S')``, Dong's direction), which
keeps its whole vote: the original of a copied feed is not merged into its copies (Flight .913
with "share", .958 with "lead"; see docs/fusion.md).
``discount="pair"`` takes the providers most accurate first and
counts ``prod(1 - c P(S and S' dependent))`` over those before; ``discount="direction"`` (the
paper's) counts ``prod(1 - c P(S copies S'))``. Both orders jump when two accuracies cross, which
is how the paper's discount cycled on the Flight day (the direction of two pairs flipped every
round).

Truth, accuracy and dependence are iterated together; from the second round on the value
probabilities are averaged with the previous round's (which keeps every fixed point and removes
two-round cycles), so once converged the result does not depend on where ``max_iter`` stops (on
Book with value similarity it still drifts slowly at 100 rounds, with the same figure). In the first round,
before any truth is found, a value two sources share is true by the share of the *other* sources
of its item giving it (none other: certainly true), the pair judged by the others as Accu judges
a source.

Copying is detected separately per scope: by default, when the items are ``(entity, attribute)``
pairs, per attribute (on Flight sites take one feed's actual times and another's gates), else one
scope for all (:func:`attribute_scopes`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Sequence
from typing import Any, cast

from claimcheck.errors import FusionError
from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._iterate import converge, max_change
from claimcheck.fusion._registry import register_method
from claimcheck.fusion.accu import accuracy_of, value_probabilities, vote_weight

__all__ = ["accucopy", "attribute_scopes", "dependence", "differing_items", "pair_dependence"]

_LO, _HI = 1e-3, 1.0 - 1e-3
#: Steps per unit of ln(P(true)) in which shared values are counted together.
_STEPS = 20
_DISCOUNTS = ("share", "lead", "pair", "direction")
_DEFAULT = object()  # no scope given: attribute_scopes

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


def _bucket(p: float) -> int:
    """A probability of being true as a step on a log scale (5% steps; 0 for a certain value)."""
    return round(math.log(max(p, 1e-12)) * _STEPS)


def _shared_values(
    data: Prepared, probs: list[list[float]], scopes: list[int]
) -> dict[Pair, dict[tuple[int, int], float]]:
    """Per source pair: how many values they share, by the number of false values their item
    was seen to take (its distinct values less one, at least one) and the value's probability of
    being true (a :func:`_bucket`)."""
    # one group of providers often gives values on many items: add up per group, then per pair
    by_group: dict[tuple[int, tuple[int, ...], int, int], float] = defaultdict(float)
    for provs, pr, sc in zip(data.providers, probs, scopes):
        n_false = max(len(provs) - 1, 1)
        for p, pv in zip(provs, pr):
            if len(p) >= 2:
                by_group[sc, tuple(p), n_false, _bucket(pv)] += 1.0
    shared: dict[Pair, dict[tuple[int, int], float]] = defaultdict(lambda: defaultdict(float))
    for (sc, group, n_false, b), m in by_group.items():
        for x in range(len(group)):
            sx = group[x]
            for y in range(x + 1, len(group)):
                shared[sc, sx, group[y]][n_false, b] += m
    return shared


def dependence(
    diff: dict[Pair, int],
    shared: dict[Pair, dict[tuple[int, int], float]],
    accuracy: list[float],
    *,
    alpha: float,
    c: float,
    n: float | None = None,
) -> dict[Pair, float]:
    """``{(scope, s, t): P(s copies t)}`` for every ordered pair with a positive probability.

    Args:
        diff: per pair ``(s1 < s2)``, the items they give different values for.
        shared: per pair, how many values they share, by the number of false values of their
            item and the value's probability of being true (``round(20 ln p)``).
        accuracy: per source, its accuracy.
        alpha: the prior probability that two sources are dependent (half for each direction).
        c: the probability that a copier copies a value.
        n: the number of false values an item may take; None: as many as the item was seen
            to take (its distinct values less one, at least one), learned from the claims.

    Returns:
        The posterior probability of copying in each direction.

    Examples:
        Ten shared values certainly false outweigh ten differing items; ten certainly true do not:

        >>> false, true = {(0, 1, 2): {(1, -276): 10.0}}, {(0, 1, 2): {(1, 0): 10.0}}
        >>> p = dependence({(0, 1, 2): 10}, false, [0.8, 0.8, 0.8], alpha=0.2, c=0.8, n=100)
        >>> round(p[0, 1, 2] + p[0, 2, 1], 3)
        1.0
        >>> dependence({(0, 1, 2): 10}, true, [0.8, 0.8, 0.8], alpha=0.2, c=0.8, n=100)[0, 1, 2] < 1e-6
        True
    """
    prior_ind = math.log(1.0 - alpha)
    prior_dir = math.log(alpha / 2.0)
    log_diff = math.log(1.0 - c)
    clamped = [min(max(a, _LO), _HI) for a in accuracy]
    out: dict[Pair, float] = {}
    for pair, f in shared.items():
        sc, s1, s2 = pair
        a1, a2 = clamped[s1], clamped[s2]
        l12 = l21 = prior_dir + diff.get(pair, 0) * log_diff
        pt = a1 * a2  # both independent and true
        t12, t21 = a2 * c + pt * (1.0 - c), a1 * c + pt * (1.0 - c)  # s1 copies s2; s2 copies s1
        for (n_false, b), m in f.items():
            p = math.exp(b / _STEPS)
            pf = (1.0 - a1) * (1.0 - a2) / (n if n is not None else n_false)
            ind = p * pt + (1.0 - p) * pf
            l12 += m * math.log((p * t12 + (1.0 - p) * ((1.0 - a2) * c + pf * (1.0 - c))) / ind)
            l21 += m * math.log((p * t21 + (1.0 - p) * ((1.0 - a1) * c + pf * (1.0 - c))) / ind)
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
    data: Prepared, accuracy: list[float], dep: dict[Pair, float], c: float, scopes: list[int], how: str
) -> list[list[list[float]]]:
    """Per item, per value, per provider: the share of its vote that is its own."""
    if how not in ("direction", "lead"):
        dep = pair_dependence(dep)
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
                factors = memo[group] = _group_discounts(p, accuracy, copied, sc, c, how)
            item_disc.append(factors)
        out.append(item_disc)
    return out


def _group_discounts(
    p: list[int],
    accuracy: list[float],
    copied: dict[tuple[int, int], dict[int, float]],
    sc: int,
    c: float,
    how: str,
) -> list[float]:
    """The own share of each of the providers ``p`` of one value."""
    if how == "lead":
        return _lead_discounts(p, copied, sc, c)
    if how == "share":
        members = set(p)
        return [
            1.0 / (1.0 + c * sum(d for t, d in copied.get((sc, s), {}).items() if t in members)) for s in p
        ]
    order = sorted(p, key=lambda s: (-accuracy[s], s))
    rank = {s: k for k, s in enumerate(order)}
    factor: dict[int, float] = {}
    for s in order:
        f = 1.0
        for t, d in copied.get((sc, s), {}).items():
            if t in rank and rank[t] < rank[s]:
                f *= 1.0 - c * d
        factor[s] = f
    return [factor[s] for s in p]


def _lead_discounts(
    p: list[int], copied: dict[tuple[int, int], dict[int, float]], sc: int, c: float
) -> list[float]:
    """The ``"lead"`` discount: the provider least likely to copy the others keeps its whole
    vote; every other counts ``1 / (1 + c * sum P(S and S' dependent))`` over the other providers.

    Args:
        p: the providers of one value.
        copied: ``{(scope, s): {t: P(s copies t)}}``.
        sc: the scope of the value's item.
        c: the probability that a copier copies a value.

    Returns:
        Per provider, the share of its vote that is its own.

    Examples:
        Source 2 copies source 1: 1 keeps its vote, 2 counts a share.

        >>> [round(f, 3) for f in _lead_discounts([1, 2], {(0, 2): {1: 0.9}}, 0, 0.8)]
        [1.0, 0.581]
    """
    members = set(p)
    out = {s: sum(d for t, d in copied.get((sc, s), {}).items() if t in members) for s in p}
    lead = min(p, key=lambda s: (out[s], s))
    factors = []
    for s in p:
        if s == lead:
            factors.append(1.0)
            continue
        both = out[s] + sum(copied.get((sc, t), {}).get(s, 0.0) for t in p if t != s)
        factors.append(1.0 / (1.0 + c * both))
    return factors


def attribute_scopes(items: Sequence[object]) -> list[int]:
    """The default copy-detection scopes: when every item is an ``(entity, attribute)`` pair (in
    either order), one scope per attribute, the element with fewer distinct values, if it has
    fewer than half as many as there are items; else one scope for all items.

    Args:
        items: the items.

    Returns:
        Per item, the index of its scope.

    Examples:
        >>> flights = [("UA1", "gate"), ("UA1", "arrival"), ("UA2", "gate"), ("UA2", "arrival")]
        >>> attribute_scopes([*flights, ("UA3", "gate")])
        [0, 1, 0, 1, 0]
        >>> attribute_scopes(["0201853949", "0131103628"])
        [0, 0]
    """
    if not items or not all(isinstance(item, tuple) and len(item) == 2 for item in items):
        return [0] * len(items)
    pairs = cast("Sequence[tuple[Hashable, Hashable]]", items)
    distinct = [len({item[k] for item in pairs}) for k in (0, 1)]
    if distinct[0] == distinct[1]:
        return [0] * len(items)  # no side is clearly the attribute
    side = 0 if distinct[0] < distinct[1] else 1
    ids: dict[Hashable, int] = {}
    scopes = [ids.setdefault(item[side], len(ids)) for item in pairs]
    return scopes if 2 * len(ids) < len(items) else [0] * len(items)


State = tuple[list[float], list[list[float]], dict[Pair, float] | None]


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
            least dependence listed in ``copying``, 0.5): the paper's defaults; ``scope``, a
            function of an item within whose value copying is detected separately (default
            :func:`attribute_scopes`: per attribute of ``(entity, attribute)`` items; None: one
            scope for all items); ``discount``: ``"lead"`` (default), ``"share"``, ``"pair"`` or
            ``"direction"`` (the paper's), see the module notes.

    Returns:
        Per item, per value, the probability that it is true; per source, its accuracy; the
        dependent pairs ``(s1, s2, P(dependent))`` and who copies whom
        ``(copier, original, P(copier copies original))``.

    Raises:
        FusionError: for an unknown ``discount``.
    """
    alpha = float(options.get("alpha", 0.2))
    c = float(options.get("c", 0.8))
    n = float(options.get("n", 100))
    rho = float(options.get("rho", 0.5))
    report_min = float(options.get("report_min", 0.5))
    scope = options.get("scope", _DEFAULT)
    discount = options.get("discount", "lead")
    if discount not in _DISCOUNTS:
        msg = f"discount must be one of {', '.join(map(repr, _DISCOUNTS))} (got {discount!r})."
        raise FusionError(msg)
    if scope is _DEFAULT:
        scopes = attribute_scopes(data.items)
    else:
        scope_ids: dict[Hashable, int] = {}
        scopes = [
            scope_ids.setdefault(scope(item), len(scope_ids)) if scope is not None else 0
            for item in data.items
        ]
    diff = differing_items(data, scopes)

    def step(state: State) -> State:
        accuracy, probs, prev = state
        # the accuracies the current truth implies (the first round: every source alike)
        dep = dependence(
            diff,
            _shared_values(data, probs, scopes),
            accuracy_of(data, probs),
            alpha=alpha,
            c=c,
            n=n,
        )
        weights = [vote_weight(a, n) for a in accuracy]
        disc = _discounts(data, accuracy, dep, c, scopes, discount)
        new_probs = value_probabilities(data, weights, n=n, rho=rho, discounts=disc)
        if prev is not None:
            # from the second round: halfway from the last round's truth (same fixed points, no cycle)
            new_probs = [[(x + y) / 2.0 for x, y in zip(a, b)] for a, b in zip(new_probs, probs)]
        return accuracy_of(data, new_probs), new_probs, dep

    # before any truth is found a value two sources share is true by the share of the *other*
    # sources of its item giving it (none other: no evidence that it is false)
    probs0 = [
        [_others_share(len(p), total) for p in provs] for provs, total in zip(data.providers, _totals(data))
    ]
    start: State = ([prior_accuracy] * len(data.sources), probs0, None)
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
    for (sc, s, t), p in (dep or {}).items():
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
