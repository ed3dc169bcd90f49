"""Conflict recall and precision on pairs of wire-style sentences we wrote.

``benchmarks/data/conflict_pairs.jsonl`` holds pairs of one-sentence reports from two outlets,
each marked ``conflict: true`` when a fact-checker would call the two figures a disagreement
about one fact (two tolls of one attack, two dates of one opening), ``false`` when they are
figures of different things (killed and injured, a day and a total, two players, a
conversion, an update over time). Each pair is checked as two sources; a pair counts as
called a conflict when any link between them is ``conflicts``.

Run::

    python benchmarks/conflict_pairs.py [--show]

The pairs were written for this check and are not development data of any rule; the
ECB+ figures (``benchmarks/conflicts.py``) say how often a conflict link is right on real news.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

import claimcheck as cc

DATA = Path(__file__).resolve().parent / "data" / "conflict_pairs.jsonl"
DAY = datetime.date(2024, 5, 2)


def called(a: str, b: str) -> bool:
    """Whether claimcheck calls any pair of the two sentences' claims a conflict."""
    report = cc.check(
        [cc.Source("a", a, published=DAY, outlet="A"), cc.Source("b", b, published=DAY, outlet="B")]
    )
    return any(link.relation == "conflicts" for link in report.links)


def main() -> None:
    """Print recall on the conflicting pairs and precision of the conflicts called."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--show", action="store_true", help="print every pair with its verdict")
    args = ap.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = 0
    for row in rows:
        got = called(row["a"], row["b"])
        tp += got and row["conflict"]
        fp += got and not row["conflict"]
        fn += not got and row["conflict"]
        if args.show:
            mark = "ok " if got == row["conflict"] else "ERR"
            print(f"{mark} gold={row['conflict']!s:<5} called={got!s:<5} {row['a']} | {row['b']}")
    positives = sum(1 for r in rows if r["conflict"])
    print(f"{len(rows)} pairs, {positives} conflicting")
    print(
        f"recall {tp / positives:.3f} ({tp}/{positives}), precision {tp / max(1, tp + fp):.3f} ({tp}/{tp + fp})"
    )


if __name__ == "__main__":
    main()
