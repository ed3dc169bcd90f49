"""The Flight data-fusion benchmark (one development day) for ``claimcheck.fuse``.

Reads ``../shared/fusion/flight/`` at run time (``flight_claims_<day>.txt``: source, flight id and
six attributes per line, tab-separated, formats differing by source; ``flight_truth_<day>.txt``:
the airlines' own values for about a hundred flights) and fuses every (flight, attribute) item with
each method, all in one run, so the figures sit beside majority vote measured on the same claims
and beside the published ones (Li, Dong, Lyons, Meng, Srivastava, "Truth finding on the deep web:
is the problem solved?", PVLDB 6(2), 2012, Table 7, one day of this data).

Values are normalised by the library's default value grammar (times with their zones and dates,
gate codes with their terminal prefixes); nothing here is specific to Flight. A fused value is
correct when it means the gold value: the same minute for times (a time written without its date
or zone is read in the item's context, as :func:`claimcheck.fusion._clock.reconcile` does), the same
gate code (a gate number without its letter, on either side, is the code with those digits, as
:func:`claimcheck.fusion._codes.complete_codes` reads it). Gold cells that say nothing (empty, ``--``, ``TBA``) are not judged.

A second column counts a time at most one minute off the gold as right too. It is our own
measure, not the published protocol (whose rule for comparing times we could not check): two
feeds of actual times differ by one minute on most flights, and the column shows how much of each
method's error is that minute alone. The exact column is the measure.

``--copying`` also prints what the data shows about copying, measured against the gold: the source
pairs that give the same *false* value most often, beside the pairs ``accucopy`` found dependent.

Usage::

    python benchmarks/flight.py [FLIGHT_DIR] [--day 2011-12-01] [--method NAME ...] [--copying]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Hashable, Iterator
from pathlib import Path

from claimcheck.fusion import FusionResult, fuse
from claimcheck.fusion._clock import reconcile
from claimcheck.fusion._codes import complete_codes
from claimcheck.fusion.values import normalize_value

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "fusion" / "flight"
ATTRIBUTES = (
    "scheduled departure",
    "actual departure",
    "departure gate",
    "scheduled arrival",
    "actual arrival",
    "arrival gate",
)

#: Published accuracy on one day of this data (Li et al. 2012, Table 7).
PUBLISHED = {"vote": ".864", "truthfinder": ".793", "pooledinvest": ".921", "accucopy": ".943"}
METHODS = (
    "vote",
    "truthfinder",
    "accu",
    "accucopy",
    "accucopy/one-scope",
    "accucopy/share",
    "accucopy/pair",
    "accucopy/direction",
)

#: run name -> (method, fuse options). The default ``accucopy`` detects copying per attribute
#: (the items are (flight, attribute) pairs); "/one-scope" over all attributes at once; "/pair"
#: and "/direction" discount a vote in the providers' order of accuracy by the probability of
#: dependence in either direction, or of copying (the paper's discount).
RUNS: dict[str, tuple[str, dict[str, object]]] = {
    "vote": ("vote", {}),
    "truthfinder": ("truthfinder", {}),
    "accu": ("accu", {}),
    "accucopy": ("accucopy", {}),
    "accucopy/one-scope": ("accucopy", {"scope": None}),
    "accucopy/share": ("accucopy", {"discount": "share"}),
    "accucopy/pair": ("accucopy", {"discount": "pair"}),
    "accucopy/direction": ("accucopy", {"discount": "direction"}),
}

Item = tuple[str, str]


def read_claims(path: Path) -> Iterator[tuple[str, Item, str]]:
    """``(source, (flight, attribute), value)`` for every non-empty cell."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for line in fh:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 3:
                continue
            source, flight = parts[0].strip(), parts[1].strip()
            for attr, cell in zip(ATTRIBUTES, parts[2:]):
                if cell.strip():
                    yield source, (flight, attr), cell


def read_truth(path: Path) -> dict[Item, str]:
    """``(flight, attribute) -> gold cell`` for every gold cell that says something."""
    gold: dict[Item, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        for attr, cell in zip(ATTRIBUTES, parts[1:]):
            if normalize_value(cell) is not None:
                gold[parts[0].strip(), attr] = cell
    return gold


def same_value(a: object, b: object) -> bool:
    """Whether two cells mean the same value, read together as two values of one item."""
    ka, kb = normalize_value(a), normalize_value(b)
    if ka is None or kb is None:
        return False
    if ka == kb:
        return True
    both = Counter([ka, kb])
    remap = {**complete_codes(both), **reconcile(both, both)}
    return remap.get(ka, ka) == remap.get(kb, kb)


_CLOCK = re.compile(r"^(?:dt:(?P<date>[^T]*)T|t:)(?P<h>\d\d):(?P<m>\d\d)(?::\d\d)?(?P<zone>@.*)?$")


def near_value(a: object, b: object, minutes: int) -> bool:
    """Whether two cells mean the same value, or two times of one day at most ``minutes`` apart.

    A measure of our own, printed beside the exact one: the published figures' rule for
    comparing times could not be checked here, and the README asks only for times to minutes.
    """
    if same_value(a, b):
        return True
    ka, kb = normalize_value(a), normalize_value(b)
    if ka is None or kb is None:
        return False
    both = Counter([ka, kb])
    remap = reconcile(both, both)
    ma, mb = _CLOCK.match(str(remap.get(ka, ka))), _CLOCK.match(str(remap.get(kb, kb)))
    if ma is None or mb is None or ma["zone"] != mb["zone"]:
        return False
    da, db = ma["date"], mb["date"]
    if da and db and not da.startswith("-") and not db.startswith("-") and da != db:
        return False
    return abs((int(ma["h"]) - int(mb["h"])) * 60 + int(ma["m"]) - int(mb["m"])) <= minutes


def accuracy(result: FusionResult, gold: dict[Item, str], *, minutes: int = 0) -> tuple[float, int]:
    """The share of judged gold items whose fused value is the gold value, and how many.

    Args:
        result: the fused values.
        gold: the gold cells.
        minutes: 0 for the exact judge; else a time this many minutes off also counts as right.
    """
    judged = [item for item in gold if item in result]
    if minutes:
        right = sum(near_value(result[item].value, gold[item], minutes) for item in judged)
    else:
        right = sum(same_value(result[item].value, gold[item]) for item in judged)
    return (right / len(judged) if judged else 0.0), len(judged)


def false_sharing(
    claims: list[tuple[str, Item, str]], gold: dict[Item, str]
) -> list[tuple[str, str, int, int, int]]:
    """Per source pair: items both give on the gold, false values they share, values they share."""
    by_item: dict[Item, list[tuple[str, Hashable, bool]]] = {}
    for source, item, cell in claims:
        if item in gold:
            key = normalize_value(cell)
            if key is not None:
                by_item.setdefault(item, []).append((source, cell, same_value(cell, gold[item])))
    both: Counter[tuple[str, str]] = Counter()
    shared_false: Counter[tuple[str, str]] = Counter()
    shared: Counter[tuple[str, str]] = Counter()
    for rows in by_item.values():
        rows.sort(key=lambda r: r[0])
        for x in range(len(rows)):
            for y in range(x + 1, len(rows)):
                (s1, v1, ok1), (s2, v2, ok2) = rows[x], rows[y]
                if s1 == s2:
                    continue
                pair = (s1, s2)
                both[pair] += 1
                if same_value(v1, v2):
                    shared[pair] += 1
                    if not ok1 and not ok2:
                        shared_false[pair] += 1
    return sorted(
        ((a, b, both[a, b], shared_false[a, b], shared[a, b]) for a, b in both),
        key=lambda t: (-t[3], -t[4], t[0], t[1]),
    )


def evaluate(
    flight_dir: Path, day: str, methods: list[str]
) -> tuple[list[tuple[str, float, int, float, int, float]], dict[str, FusionResult]]:
    """Run each method on the day; return (method, accuracy, judged, seconds, rounds, accuracy
    with times within one minute counted right) rows."""
    claims = list(read_claims(flight_dir / f"flight_claims_{day}.txt"))
    gold = read_truth(flight_dir / f"flight_truth_{day}.txt")
    rows = []
    results = {}
    for method in methods:
        start = time.process_time()  # CPU time: the machine may be shared
        name, options = RUNS[method]
        result = fuse(claims, method=name, **options)  # type: ignore[arg-type]
        seconds = time.process_time() - start
        acc, judged = accuracy(result, gold)
        near, _ = accuracy(result, gold, minutes=1)
        rows.append((method, acc, judged, seconds, result.iterations, near))
        results[method] = result
    return rows, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("flight_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--day", default="2011-12-01")
    parser.add_argument("--method", action="append", choices=METHODS, help="default: all")
    parser.add_argument("--copying", action="store_true", help="also compare detected copying with the data")
    args = parser.parse_args(argv)
    if not (args.flight_dir / f"flight_claims_{args.day}.txt").exists():
        print(f"no Flight data for {args.day} in {args.flight_dir}", file=sys.stderr)
        return 2
    methods = args.method or list(METHODS)
    if args.copying and "accucopy" not in methods:
        methods.append("accucopy")
    rows, results = evaluate(args.flight_dir, args.day, methods)
    vote = next((acc for name, acc, *_ in rows if name == "vote"), None)
    vote_near = next((near for name, *_, near in rows if name == "vote"), None)
    print(
        f"{'method':<28} {'accuracy':>8} {'vs vote':>8} {'published':>9} {'items':>6} {'cpu s':>8} {'rounds':>6}"
        f" {'+-1 min':>8} {'vs vote':>8}"
    )
    for name, acc, judged, seconds, rounds, near in rows:
        diff = f"{acc - vote:+.3f}" if vote is not None else ""
        diff_near = f"{near - vote_near:+.3f}" if vote_near is not None else ""
        print(
            f"{name:<28} {acc:>8.3f} {diff:>8} {PUBLISHED.get(name, '-'):>9} {judged:>6} {seconds:>8.2f} {rounds:>6}"
            f" {near:>8.3f} {diff_near:>8}"
        )
    print(f"{'pooledinvest':<28} {'-':>8} {'':>8} {PUBLISHED['pooledinvest']:>9}  (published only)")
    print("accuracy: the gold minute or gate exactly; +-1 min: a time one minute off the gold also")
    print("counts (our measure of the one-minute feeds, not the published protocol)")
    any_result = next(iter(results.values()))
    print(f"values not read as the item's type: {len(any_result.unreadable)}")
    if args.copying:
        claims = list(read_claims(args.flight_dir / f"flight_claims_{args.day}.txt"))
        gold = read_truth(args.flight_dir / f"flight_truth_{args.day}.txt")
        detected = {frozenset((a, b)): p for a, b, p in results["accucopy"].copying}
        print("\nsource pairs sharing the most false values on the gold items (and accucopy's P(copy)):")
        print(f"{'pair':<40} {'both':>5} {'same':>5} {'same false':>10} {'P(copy)':>8}")
        sharing = false_sharing(claims, gold)
        # what the data shows: pairs sharing 10+ values on the gold, a fifth or more of them false
        shown = {frozenset((a, b)) for a, b, _, f, same in sharing if same >= 10 and f >= 0.2 * same}
        clean = {frozenset((a, b)) for a, b, _, f, same in sharing if same >= 10 and f == 0}
        found = {k for k, p in detected.items() if p >= 0.5}
        print(
            f"pairs the gold shows dependent (10+ shared values, 20%+ of them false): {len(shown)}; "
            f"found by accucopy: {len(shown & found)}; accucopy also reports {len(found - shown)} "
            f"other pairs, {len(found & clean)} of them sharing 10+ values and no false one"
        )
        for a, b, n_both, n_false, n_same in sharing[:25]:
            p = detected.get(frozenset((a, b)))
            print(
                f"{a + ' / ' + b:<40} {n_both:>5} {n_same:>5} {n_false:>10} {p if p is not None else '-':>8}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
