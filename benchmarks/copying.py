"""Synthetic claims with known copying, for ``claimcheck.fuse``.

A world of items with one true value each; independent sources give the true value with their own
accuracy and otherwise one of ``false_values`` wrong values at random; copiers take an original
source's value with probability ``copy_rate`` (else they answer independently with their own
accuracy). Everything is drawn from a seeded ``random.Random``, so a run is reproducible.

The benchmark prints, as the number of copiers grows, each method's accuracy beside vote and how
well ``accucopy`` recovers the copying (precision and recall of the pairs it reports as dependent,
against the pairs that truly involve a copier). With ``--paired`` it also compares each method
with vote seed by seed (both run on the same claims): the items it gets right beyond vote in
all, on how many seeds it is above and below vote, and the two-sided sign test over the seeds
that differ (is a gap more than another draw of seeds would give?).

Usage::

    python benchmarks/copying.py [--items 300] [--independent 8] [--seeds 3] [--copiers 0 2 4 6 8]
        [--paired]
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections.abc import Sequence

from attrs import frozen

from claimcheck.fusion import fuse

METHODS = ("vote", "truthfinder", "accu", "accucopy", "accucopy+share", "accucopy+pair", "accucopy+direction")
#: run name -> (method, options): "+pair" and "+direction" discount a vote in the providers' order
#: of accuracy by the probability of dependence in either direction, or of copying (the paper's)
RUNS: dict[str, tuple[str, dict[str, object]]] = {m: (m, {}) for m in METHODS[:4]} | {
    "accucopy+share": ("accucopy", {"discount": "share"}),
    "accucopy+pair": ("accucopy", {"discount": "pair"}),
    "accucopy+direction": ("accucopy", {"discount": "direction"}),
}


@frozen
class World:
    """Generated claims and what is known about them.

    Attributes:
        records: ``(source, item, value)`` rows.
        truth: per item, its true value.
        copies: ``(copier, original)`` pairs.
        accuracy: per independent source, the accuracy it was drawn with.
    """

    records: tuple[tuple[str, str, str], ...]
    truth: dict[str, str]
    copies: tuple[tuple[str, str], ...]
    accuracy: dict[str, float]


def generate(
    *,
    items: int = 300,
    independent: int = 8,
    accuracy: tuple[float, float] = (0.6, 0.9),
    copiers: int = 4,
    copy_rate: float = 0.8,
    copier_accuracy: float = 0.6,
    false_values: int = 10,
    coverage: float = 0.8,
    seed: int = 0,
) -> World:
    """Draw a world of claims with known copying.

    Args:
        items: how many items.
        independent: how many independent sources.
        accuracy: the range independent sources' accuracies are drawn from (uniformly).
        copiers: how many sources copy the least accurate independent source.
        copy_rate: the probability that a copier copies a value (else it answers alone).
        copier_accuracy: a copier's accuracy when it answers alone.
        false_values: how many wrong values each item may take.
        coverage: the probability that a source gives a value for an item.
        seed: the random seed.

    Returns:
        The claims with their truth and the copy pairs.
    """
    rng = random.Random(seed)
    truth = {f"i{k}": f"true-{k}" for k in range(items)}
    acc = {f"s{j}": rng.uniform(*accuracy) for j in range(independent)}
    original = min(acc, key=lambda s: (acc[s], s))

    def answer(item: str, a: float) -> str:
        if rng.random() < a:
            return truth[item]
        return f"false-{item[1:]}-{rng.randrange(false_values)}"

    given: dict[str, dict[str, str]] = {s: {} for s in acc}
    for item in truth:
        for s, a in acc.items():
            if rng.random() < coverage:
                given[s][item] = answer(item, a)
    copies = []
    for j in range(copiers):
        name = f"c{j}"
        copies.append((name, original))
        mine: dict[str, str] = {}
        for item in truth:
            if item in given[original] and rng.random() < copy_rate:
                mine[item] = given[original][item]
            elif rng.random() < coverage:
                mine[item] = answer(item, copier_accuracy)
        given[name] = mine
    records = tuple((s, item, v) for s, values in given.items() for item, v in values.items())
    return World(records, truth, tuple(copies), acc)


def accuracy_of(result: object, truth: dict[str, str]) -> float:
    """The share of items whose fused value is the true one."""
    judged = [i for i in truth if i in result]  # type: ignore[operator]
    right = sum(result[i].value == truth[i] for i in judged)  # type: ignore[index]
    return right / len(judged) if judged else 0.0


def recovered(result: object, world: World, *, threshold: float = 0.5) -> tuple[float, float]:
    """Precision and recall of the dependent pairs reported, against pairs involving a copier
    (copier and original, or two copiers of one original)."""
    copiers = {c for c, _ in world.copies}
    originals = {o for _, o in world.copies}
    found = {frozenset((a, b)) for a, b, p in result.copying if p >= threshold}  # type: ignore[attr-defined]
    group = copiers | originals
    true_pairs = {frozenset((a, b)) for a in group for b in group if a < b}
    if not true_pairs:
        return (1.0 if not found else 0.0), 1.0
    hit = len(found & true_pairs)
    return (hit / len(found) if found else 1.0), hit / len(true_pairs)


def sign_test(above: int, below: int) -> float:
    """The two-sided sign test: the chance of a split at least this uneven between ``above`` and
    ``below`` if either were equally likely on each seed (ties left out).

    Examples:
        >>> round(sign_test(0, 8), 4)
        0.0078
        >>> sign_test(3, 3)
        1.0
    """
    k = above + below
    if not k:
        return 1.0
    tail = sum(math.comb(k, i) for i in range(min(above, below) + 1)) / 2**k
    return min(1.0, 2 * tail)


def paired(right: dict[str, list[int]], base: str = "vote") -> list[str]:
    """Per method, a line comparing its items right with ``base``'s, seed by seed."""
    lines = []
    for method, counts in right.items():
        if method == base:
            continue
        diff = [a - b for a, b in zip(counts, right[base])]
        above = sum(d > 0 for d in diff)
        below = sum(d < 0 for d in diff)
        lines.append(
            f"        {method:<20} vs {base}: {sum(diff):+d} items, seeds above {above}, below {below},"
            f" equal {len(diff) - above - below}, sign test p = {sign_test(above, below):.3f}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--independent", type=int, default=8)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--copiers", type=int, nargs="+", default=[0, 2, 4, 6, 8])
    parser.add_argument("--paired", action="store_true", help="compare each method with vote seed by seed")
    args = parser.parse_args(argv)
    print(
        f"{'copiers':>7} "
        + " ".join(f"{m:>12}" for m in METHODS)
        + f" {'precision':>9} {'recall':>6} {'sec':>5}"
    )
    for n_copiers in args.copiers:
        sums = dict.fromkeys(METHODS, 0.0)
        right: dict[str, list[int]] = {m: [] for m in METHODS}
        prec = rec = 0.0
        start = time.perf_counter()
        for seed in range(args.seeds):
            world = generate(items=args.items, independent=args.independent, copiers=n_copiers, seed=seed)
            for method in METHODS:
                # values are labels here: no similarity between them (it would link "false-3-1"
                # and "false-3-2" by their spelling)
                name, options = RUNS[method]
                result = fuse(world.records, method=name, similarity=False, **options)
                sums[method] += accuracy_of(result, world.truth)
                right[method].append(sum(result[i].value == v for i, v in world.truth.items() if i in result))
                if method == "accucopy":
                    p, r = recovered(result, world)
                    prec += p
                    rec += r
        k = args.seeds
        print(
            f"{n_copiers:>7} "
            + " ".join(f"{sums[m] / k:>12.3f}" for m in METHODS)
            + f" {prec / k:>9.2f} {rec / k:>6.2f} {time.perf_counter() - start:>5.1f}"
        )
        if args.paired:
            print("\n".join(paired(right)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
