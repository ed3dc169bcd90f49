"""Conflict recall and precision on pairs of wire-style sentences we wrote.

``benchmarks/data/conflict_pairs.jsonl`` holds pairs of one-sentence reports from two outlets,
each marked ``conflict: true`` when a fact-checker would call the two figures a disagreement
about one fact (two tolls of one attack, two dates of one opening), ``false`` when they are
figures of different things (killed and injured, a day and a total, two players, a
conversion, an update over time). Each pair is checked as two sources; a pair counts as
called a conflict when any link between them is ``conflicts``.

``benchmarks/data/conflict_pairs_heldout.jsonl`` holds 20 more pairs in the same form, written
before the rules of the synonym-noun and death-verb classes were changed and not used to
shape them: its figures say how far the rules carry to sentences they were not fitted on.
Each file is scored on its own.

Run::

    python benchmarks/conflict_pairs.py [--show]

The first pairs were written for this check, and the rules fixed against them are named in
the changelog; the
ECB+ figures (``benchmarks/conflicts.py``) say how often a conflict link is right on real news.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path

import claimcheck as cc

HERE = Path(__file__).resolve().parent / "data"
DATA = HERE / "conflict_pairs.jsonl"
HELDOUT = HERE / "conflict_pairs_heldout.jsonl"
DAY = datetime.date(2024, 5, 2)


def called(a: str, b: str) -> bool:
    """Whether claimcheck calls any pair of the two sentences' claims a conflict."""
    report = cc.check(
        [cc.Source("a", a, published=DAY, outlet="A"), cc.Source("b", b, published=DAY, outlet="B")]
    )
    return any(link.relation == "conflicts" for link in report.links)


def score(path: Path, show: bool) -> None:
    """Print recall on one file's conflicting pairs and precision of the conflicts called."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = 0
    for row in rows:
        got = called(row["a"], row["b"])
        tp += got and row["conflict"]
        fp += got and not row["conflict"]
        fn += not got and row["conflict"]
        if show:
            mark = "ok " if got == row["conflict"] else "ERR"
            print(f"{mark} gold={row['conflict']!s:<5} called={got!s:<5} {row['a']} | {row['b']}")
    positives = sum(1 for r in rows if r["conflict"])
    print(f"{path.name}: {len(rows)} pairs, {positives} conflicting")
    print(
        f"  recall {tp / positives:.3f} ({tp}/{positives}), precision {tp / max(1, tp + fp):.3f} ({tp}/{tp + fp})"
    )


def main() -> None:
    """Score the development pairs and the held-out pairs, each on its own."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--show", action="store_true", help="print every pair with its verdict")
    args = ap.parse_args()
    for path in (DATA, HELDOUT):
        score(path, args.show)


if __name__ == "__main__":
    main()
