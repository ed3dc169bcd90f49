"""Variants of Accu and TruthFinder tried for issue 19 (none kept in the library), measured on
the synthetic copying data, the Flight day and Book beside vote and the library's methods.

Issue 19 asks that no fusion method fall under vote on Book, Flight or the synthetic data; with 8
copiers of one source (the family is the majority) Accu stays under vote. The variants here are
published ideas and their nearest relatives, registered under ``trial-`` names for this script
only:

- ``trial-popaccu``: PopAccu (Dong, Saha, Srivastava, "Less is More", PVLDB 2013): the false
  values' distribution is taken from the claims (a false value's popularity among the item's
  other claims) instead of ``n`` values alike. As published: a source's own claim counts when it
  is judged, and a count ``ln(A / (1 - A))`` may be negative.
- ``trial-popaccu-loo``: the same judged as the library's Accu judges (its own claim left out,
  counts at least 0).
- ``trial-popaccu-dm``: between the two models, the false values drawn from a Dirichlet(1) over
  ``n`` = 100 values (Dirichlet-multinomial; Accu is the limit of a large concentration).
- ``trial-accu-paper``: Accu as published (a source's own vote counted, counts may be negative).
- ``trial-accu-prior``: Accu whose accuracies get a Beta prior of ``prior_strength`` claims
  (option, default 200) at the initial accuracy 0.8.
- ``trial-truthfinder-paper``: TruthFinder's trust as published (the mean confidence of a
  source's values, not their share among rivals), dampening 0.3.

Usage::

    python benchmarks/fusion_trials.py [--seeds 20] [--items 200] [--copiers 0 4 8] [--first-seed 0]
        [--run NAME ...] [--skip-real]

Named runs only with ``--run``: ``accucopy`` and TruthFinder's dampening factor at .05-.25
(``truthfinder/gamma=.05`` ...).
"""

from __future__ import annotations

import argparse
import functools
import math
import time
from collections.abc import Callable, Sequence
from typing import Any

import book
import copying
import flight

from claimcheck.fusion import fuse
from claimcheck.fusion._data import Outcome, Prepared
from claimcheck.fusion._iterate import converge, max_change
from claimcheck.fusion._registry import register_method
from claimcheck.fusion.accu import accuracy_loo, accuracy_of, value_probabilities, vote_weight
from claimcheck.fusion.names import author_list_similarity, normalize_author_list

_LO, _HI = 1e-3, 1.0 - 1e-3
Counts = Callable[[list[float], list[float]], list[float]]


def _xlogx(x: float) -> float:
    return x * math.log(x) if x > 0.0 else 0.0


def popularity_counts(counts: list[float], sizes: list[float]) -> list[float]:
    """PopAccu's vote count per value: ``C(v) = counts[v] + sum over v' != v of m(v') ln m(v')
    - (N - m(v)) ln(N - m(v))``, the log-likelihood of the item's claims when ``v`` is true and
    an error gives ``v'`` with its popularity ``m(v') / (N - m(v))`` among the other claims.

    Examples:
        >>> [round(c, 3) for c in popularity_counts([0.0, 0.0], [3.0, 3.0])]
        [0.0, 0.0]
    """
    total = sum(sizes)
    spread = sum(_xlogx(m) for m in sizes)
    return [c + spread - _xlogx(m) - _xlogx(total - m) for c, m in zip(counts, sizes)]


def dirichlet_counts(
    counts: list[float], sizes: list[float], beta: float = 1.0, n: float = 100.0
) -> list[float]:
    """Vote counts with the errors drawn from a Dirichlet(``beta``) over ``n`` false values: the
    item's other claims have the Dirichlet-multinomial likelihood (``beta`` large: Accu)."""
    total = sum(sizes)
    lb = math.lgamma(beta)
    return [
        c - (math.lgamma(m + beta) - lb) - (math.lgamma(total - m + n * beta) - math.lgamma(n * beta))
        for c, m in zip(counts, sizes)
    ]


def _softmax(xs: list[float]) -> list[float]:
    top = max(xs)
    exps = [math.exp(x - top) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]


def _similar(counts: list[float], sim: list[list[float]] | None, rho: float) -> list[float]:
    if sim is None or not rho:
        return counts
    k = len(counts)
    return [counts[a] + rho * sum(sim[a][b] * counts[b] for b in range(k) if b != a) for a in range(k)]


def _popaccu(
    data: Prepared, score: Counts, *, loo: bool, floor: bool, prior: float, rho: float, **conv: Any
) -> Outcome:
    def weight(a: float) -> float:
        a = min(max(a, _LO), _HI)
        w = math.log(a / (1.0 - a))
        return max(w, 0.0) if floor else w

    def step(state: tuple[list[float], list[list[float]]]) -> tuple[list[float], list[list[float]]]:
        weights = [weight(a) for a in state[0]]
        probs: list[list[float]] = []
        total = [0.0] * len(data.sources)
        for provs, sim in zip(data.providers, data.sims):
            counts = [sum(weights[s] for s in p) for p in provs]
            sizes = [float(len(p)) for p in provs]
            item = _softmax(score(_similar(counts, sim, rho), sizes))
            probs.append(item)
            memo: dict[tuple[int, float], float] = {}
            for vi, p in enumerate(provs):
                for s in p:
                    if not loo:
                        total[s] += item[vi]
                        continue
                    got = memo.get((vi, weights[s]))
                    if got is None:
                        c2, m2 = list(counts), list(sizes)
                        c2[vi] -= weights[s]
                        m2[vi] -= 1.0
                        got = memo[vi, weights[s]] = _softmax(score(_similar(c2, sim, rho), m2))[vi]
                    total[s] += got
        return [t / len(cl) if cl else 0.0 for t, cl in zip(total, data.claims)], probs

    start: tuple[list[float], list[list[float]]] = ([prior] * len(data.sources), [])
    (accuracy, probs), rounds = converge(step, start, change=lambda a, b: max_change(a[0], b[0]), **conv)
    return Outcome(probs, accuracy, rounds)


def _popaccu_trial(score: Counts, *, loo: bool, doc: str) -> Callable[..., Outcome]:
    """A registrable PopAccu variant: ``score`` turns counts into value scores; ``loo`` judges
    a source with its own claim left out and counts floored at 0 (as the library's Accu)."""

    def trial(
        data: Prepared, *, prior_accuracy: float = 0.8, max_iter: int = 50, tol: float = 1e-3, **options: Any
    ) -> Outcome:
        rho = float(options.get("rho", 0.5))
        return _popaccu(
            data, score, loo=loo, floor=loo, prior=prior_accuracy, rho=rho, max_iter=max_iter, tol=tol
        )

    trial.__doc__ = doc
    return trial


trial_popaccu = _popaccu_trial(popularity_counts, loo=False, doc="PopAccu as published.")
trial_popaccu_loo = _popaccu_trial(
    popularity_counts,
    loo=True,
    doc="PopAccu judged as the library's Accu judges (own claim left out, counts at least 0).",
)
trial_popaccu_dm = _popaccu_trial(
    dirichlet_counts,
    loo=True,
    doc="The false values from a Dirichlet(1) over 100 values, judged as the library's Accu judges.",
)


def trial_accu_paper(
    data: Prepared, *, prior_accuracy: float = 0.8, max_iter: int = 50, tol: float = 1e-3, **options: Any
) -> Outcome:
    """Accu as published: a source's own vote counts when it is judged; counts may be negative."""
    n, rho = float(options.get("n", 100)), float(options.get("rho", 0.5))

    def step(state: tuple[list[float], list[list[float]]]) -> tuple[list[float], list[list[float]]]:
        weights = [math.log(n * min(max(a, _LO), _HI) / (1.0 - min(max(a, _LO), _HI))) for a in state[0]]
        probs = value_probabilities(data, weights, n=n, rho=rho)
        return accuracy_of(data, probs), probs

    start: tuple[list[float], list[list[float]]] = ([prior_accuracy] * len(data.sources), [])
    (accuracy, probs), rounds = converge(
        step, start, change=lambda a, b: max_change(a[0], b[0]), max_iter=max_iter, tol=tol
    )
    return Outcome(probs, accuracy, rounds)


def trial_accu_prior(
    data: Prepared, *, prior_accuracy: float = 0.8, max_iter: int = 50, tol: float = 1e-3, **options: Any
) -> Outcome:
    """The library's Accu with a Beta prior of ``prior_strength`` claims at ``prior_accuracy``."""
    n, rho = float(options.get("n", 100)), float(options.get("rho", 0.5))
    strength = float(options.get("prior_strength", 200))

    def step(state: tuple[list[float], list[list[float]]]) -> tuple[list[float], list[list[float]]]:
        weights = [vote_weight(a, n) for a in state[0]]
        probs = value_probabilities(data, weights, n=n, rho=rho)
        acc = accuracy_loo(data, weights, n=n, rho=rho)
        return [
            (a * len(cl) + strength * prior_accuracy) / (len(cl) + strength)
            for a, cl in zip(acc, data.claims)
        ], probs

    start: tuple[list[float], list[list[float]]] = ([prior_accuracy] * len(data.sources), [])
    (accuracy, probs), rounds = converge(
        step, start, change=lambda a, b: max_change(a[0], b[0]), max_iter=max_iter, tol=tol
    )
    return Outcome(probs, accuracy, rounds)


def trial_truthfinder_paper(
    data: Prepared, *, prior_accuracy: float = 0.9, max_iter: int = 50, tol: float = 1e-3, **options: Any
) -> Outcome:
    """TruthFinder with the paper's trust (mean confidence) and dampening 0.3."""
    rho, gamma, base = (
        float(options.get("rho", 0.5)),
        float(options.get("gamma", 0.3)),
        float(options.get("base_sim", 0.5)),
    )

    def step(state: tuple[list[float], list[list[float]]]) -> tuple[list[float], list[list[float]]]:
        tau = [-math.log(max(1.0 - t, 1e-9)) for t in state[0]]
        conf = []
        for provs, sim in zip(data.providers, data.sims):
            sigma = [sum(tau[s] for s in p) for p in provs]
            k = len(sigma)
            adj = [
                sigma[a]
                + rho * sum(sigma[b] * ((sim[a][b] if sim else 0.0) - base) for b in range(k) if b != a)
                for a in range(k)
            ]
            conf.append([1.0 / (1.0 + math.exp(-max(min(gamma * x, 700.0), -700.0))) for x in adj])
        return [sum(conf[ii][vi] for ii, vi in cl) / len(cl) if cl else 0.0 for cl in data.claims], conf

    def change(a: tuple[list[float], list[list[float]]], b: tuple[list[float], list[list[float]]]) -> float:
        dot = sum(x * y for x, y in zip(a[0], b[0]))
        norm = math.sqrt(sum(x * x for x in a[0]) * sum(y * y for y in b[0]))
        return max(1.0 - dot / norm if norm else 0.0, max_change(a[0], b[0]))

    start: tuple[list[float], list[list[float]]] = ([prior_accuracy] * len(data.sources), [])
    (trust, conf), rounds = converge(step, start, change=change, max_iter=max_iter, tol=tol)
    return Outcome(conf, trust, rounds)


#: method name -> function, registered when the script runs (importing it registers nothing)
TRIAL_METHODS: dict[str, Callable[..., Outcome]] = {
    "trial-popaccu": trial_popaccu,
    "trial-popaccu-loo": trial_popaccu_loo,
    "trial-popaccu-dm": trial_popaccu_dm,
    "trial-accu-paper": trial_accu_paper,
    "trial-accu-prior": trial_accu_prior,
    "trial-truthfinder-paper": trial_truthfinder_paper,
}


#: run name -> (method, fuse options)
RUNS: dict[str, tuple[str, dict[str, Any]]] = {
    "vote": ("vote", {}),
    "truthfinder": ("truthfinder", {}),
    "truthfinder/gamma=.3": ("truthfinder", {"gamma": 0.3}),
    **{
        f"truthfinder/gamma={g}": ("truthfinder", {"gamma": float(g)})
        for g in (".05", ".1", ".15", ".2", ".25")
    },
    "truthfinder/paper": ("trial-truthfinder-paper", {}),
    "accu": ("accu", {}),
    "accu/paper": ("trial-accu-paper", {}),
    "accu/n=1e4": ("accu", {"n": 1e4}),
    "accu/n=1e5": ("accu", {"n": 1e5}),
    "accu/prior=200": ("trial-accu-prior", {}),
    "popaccu": ("trial-popaccu", {}),
    "popaccu/loo": ("trial-popaccu-loo", {}),
    "popaccu/dm": ("trial-popaccu-dm", {}),
    "accucopy": ("accucopy", {}),
}

#: the dampening factors below the paper's, run only when named
SWEEP = frozenset(r for r in RUNS if r.startswith("truthfinder/gamma=") and r != "truthfinder/gamma=.3")


def synthetic(runs: Sequence[str], seeds: int, first: int, items: int, copiers: Sequence[int]) -> None:
    """Per number of copiers: each run's accuracy and its seed-by-seed comparison with vote."""
    for n_copiers in copiers:
        right: dict[str, list[int]] = {r: [] for r in runs}
        for seed in range(first, first + seeds):
            world = copying.generate(items=items, copiers=n_copiers, seed=seed)
            for run in runs:
                method, options = RUNS[run]
                result = fuse(world.records, method=method, similarity=False, **options)
                right[run].append(sum(result[i].value == v for i, v in world.truth.items() if i in result))
        print(f"synthetic, {n_copiers} copiers, seeds {first}-{first + seeds - 1} x {items} items")
        for run in runs:
            print(f"    {run:<24} {sum(right[run]) / (seeds * items):.3f}")
        print("\n".join(copying.paired(right)))


def real(runs: Sequence[str]) -> None:
    """Flight (exact, within a minute) and Book (gold without / with similarity, silver)."""
    claims = list(flight.read_claims(flight.DEFAULT_DIR / "flight_claims_2011-12-01.txt"))
    gold = flight.read_truth(flight.DEFAULT_DIR / "flight_truth_2011-12-01.txt")
    listings = list(book.read_listings(book.DEFAULT_DIR / "book.txt"))
    book_gold = book.read_gold(book.DEFAULT_DIR / "book_golden.txt")
    silver = book.read_gold(book.DEFAULT_DIR / "book_silver.txt")
    normalize = functools.lru_cache(maxsize=None)(normalize_author_list)
    similarity = functools.lru_cache(maxsize=None)(author_list_similarity)

    def book_score(result: Any, truth: dict[str, str]) -> float:
        judged = [i for i in truth if i in result]
        return sum(normalize_author_list(result[i].value) == truth[i] for i in judged) / len(judged)

    print(
        f"{'run':<24} {'Flight':>6} {'±1 min':>6} {'cpu s':>6}  {'Book':>4} {'+sim':>4}  {'silver':>6} {'+sim':>6}"
    )
    for run in runs:
        method, options = RUNS[run]
        start = time.process_time()
        result = fuse(claims, method=method, **options)
        seconds = time.process_time() - start
        exact, _ = flight.accuracy(result, gold)
        near, _ = flight.accuracy(result, gold, minutes=1)
        plain = fuse(listings, method=method, normalize=normalize, similarity=False, **options)
        sim = fuse(listings, method=method, normalize=normalize, similarity=similarity, **options)
        print(
            f"{run:<24} {exact:>6.3f} {near:>6.3f} {seconds:>6.1f}  {book_score(plain, book_gold):>4.2f}"
            f" {book_score(sim, book_gold):>4.2f}  {book_score(plain, silver):>6.3f} {book_score(sim, silver):>6.3f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--copiers", type=int, nargs="+", default=[0, 4, 8])
    parser.add_argument("--run", action="append", choices=sorted(RUNS), help="default: all but accucopy")
    parser.add_argument("--skip-real", action="store_true", help="the synthetic data only")
    args = parser.parse_args(argv)
    for name, fn in TRIAL_METHODS.items():
        register_method(name, replace=True)(fn)
    # by default every variant once: the dampening sweep and accucopy only when named
    runs = args.run or [r for r in RUNS if r != "accucopy" and r not in SWEEP]
    if "vote" not in runs:
        runs.insert(0, "vote")
    synthetic(runs, args.seeds, args.first_seed, args.items, args.copiers)
    if not args.skip_real:
        real(runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
