"""Synthetic numeric claims (true values, source noise levels, outliers) for ``claimcheck.fuse``.

We have no Population data in the project, so this draws a world like it: items with a true
number each (log-uniform over four orders of magnitude, like town populations), sources that
report it with their own relative noise (drawn from a range), rounded to the significant digits
each source keeps, and now and then a gross error (a value ten times too large or small, or two
digits swapped). Everything comes from a seeded ``random.Random``.

Each method's fused value is scored against the truth: the share of items it gets within 1%
(``within1``), and the median relative error. ``median`` (the item's median claim, a baseline
outside the library) runs beside ``vote`` (with numeric similarity: numbers within 10% share a
vote), ``accu``, ``truthfinder`` and ``catd``.

Usage::

    python benchmarks/fusion_numeric.py [--items 400] [--sources 12] [--seeds 3] [--outliers 0 0.05 0.15]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence

from attrs import frozen

from claimcheck.fusion import fuse
from claimcheck.fusion.catd import number_of
from claimcheck.fusion.values import normalize_value

METHODS = ("vote", "truthfinder", "accu", "catd")


@frozen
class NumericWorld:
    """Generated numeric claims and their truth.

    Attributes:
        records: ``(source, item, value)`` rows, values as text ("12,400").
        truth: per item, its true number.
        noise: per source, the relative noise it was drawn with.
    """

    records: tuple[tuple[str, str, str], ...]
    truth: dict[str, float]
    noise: dict[str, float]


def _swap_digits(x: int, rng: random.Random) -> int:
    digits = list(str(x))
    if len(digits) < 2:
        return x * 10
    i = rng.randrange(len(digits) - 1)
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    return int("".join(digits))


def generate(
    *,
    items: int = 400,
    sources: int = 12,
    noise: tuple[float, float] = (0.002, 0.08),
    outliers: float = 0.05,
    coverage: float = 0.7,
    seed: int = 0,
) -> NumericWorld:
    """Draw a world of numeric claims.

    Args:
        items: how many items.
        sources: how many sources.
        noise: the range each source's relative noise (a standard deviation) is drawn from.
        outliers: the probability that a claim is a gross error (x10, /10 or two digits swapped).
        coverage: the probability that a source gives a value for an item.
        seed: the random seed.

    Returns:
        The claims with their truth.
    """
    rng = random.Random(seed)
    truth = {f"town{k}": round(10 ** rng.uniform(3, 7)) for k in range(items)}
    sigma = {f"s{j}": rng.uniform(*noise) for j in range(sources)}
    digits = {s: rng.choice((3, 4, 6)) for s in sigma}  # significant digits a source keeps
    records = []
    for item, true in truth.items():
        for s, sd in sigma.items():
            if rng.random() >= coverage:
                continue
            x = true * (1.0 + rng.gauss(0.0, sd))
            x = float(f"{x:.{digits[s]}g}")
            if rng.random() < outliers:
                kind = rng.randrange(3)
                x = x * 10 if kind == 0 else x / 10 if kind == 1 else _swap_digits(round(x), rng)
            records.append((s, item, f"{round(x):,}"))
    return NumericWorld(tuple(records), {k: float(v) for k, v in truth.items()}, sigma)


def median_baseline(records: Sequence[tuple[str, str, str]]) -> dict[str, float]:
    """Per item, the median of the numbers claimed."""
    by_item: dict[str, list[float]] = defaultdict(list)
    for _, item, value in records:
        x = number_of(normalize_value(value))
        if x is not None:
            by_item[item].append(x)
    return {item: statistics.median(xs) for item, xs in by_item.items()}


def score(estimates: dict[str, float], truth: dict[str, float]) -> tuple[float, float]:
    """(share of items within 1% of the truth, median relative error)."""
    errors = [abs(estimates[i] - t) / t for i, t in truth.items() if i in estimates]
    if not errors:
        return 0.0, float("nan")
    return sum(e <= 0.01 for e in errors) / len(errors), statistics.median(errors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=400)
    parser.add_argument("--sources", type=int, default=12)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--outliers", type=float, nargs="+", default=[0.0, 0.05, 0.15])
    args = parser.parse_args(argv)
    names = ("median", *METHODS)
    print("within 1% of the truth (median relative error), mean over seeds")
    print(f"{'outliers':>8} " + " ".join(f"{m:>16}" for m in names) + f" {'sec':>6}")
    for rate in args.outliers:
        within: dict[str, float] = dict.fromkeys(names, 0.0)
        med_err: dict[str, float] = dict.fromkeys(names, 0.0)
        start = time.process_time()
        for seed in range(args.seeds):
            world = generate(items=args.items, sources=args.sources, outliers=rate, seed=seed)
            runs = {"median": median_baseline(world.records)}
            for method in METHODS:
                result = fuse(world.records, method=method)
                runs[method] = {
                    item: x
                    for item in world.truth
                    if item in result and (x := number_of(normalize_value(result[item].value))) is not None
                }
            for name, est in runs.items():
                w, e = score(est, world.truth)
                within[name] += w / args.seeds
                med_err[name] += e / args.seeds
        cells = " ".join(f"{within[m]:>7.3f} ({med_err[m]:.4f})" for m in names)
        print(f"{rate:>8.2f} {cells} {time.process_time() - start:>6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
