"""The conflict links on ECB+ development, one pair per entry, to judge by hand or diff.

Run::

    python benchmarks/conflicts.py > after.txt              # every conflict, sorted
    python benchmarks/conflicts.py --sample 20 --seed 7     # a seeded random sample
    python benchmarks/conflicts.py --dev ../shared/devsets/polnear/train/text   # another corpus

Each entry gives both claims: source, sentence (cut at 160 characters), the value's words and
the frame. Diff two runs (before and after a change) to see which conflicts a change removed;
the judgements are in ``judgements/conflicts.md``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ecbplus import DEV

import claimcheck as cc
from claimcheck.model import Claim


def entries(path: Path) -> list[str]:
    """Every conflict link of the ECB+ file at ``path``, as sorted text entries."""
    report = cc.check(cc.load(path), workers=0)
    claims = report.claims_by_id
    text = {s.id: s.text for s in report.sources}

    def show(c: Claim) -> str:
        t = text[c.source_id]
        sentence = t[c.sentence.start : c.sentence.end][:160]
        frame = c.frame.describe() if c.frame is not None else ""
        return f"{c.source_id}: {sentence!r} [{t[c.span.start : c.span.end]}] {frame}"

    out = [
        f"{show(claims[lk.a])}\n    VS {show(claims[lk.b])}\n"
        for lk in report.links
        if lk.relation == "conflicts"
    ]
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--dev", type=Path, default=DEV, help="a file or folder cc.load reads (default: ECB+ dev)"
    )
    ap.add_argument("--sample", type=int, default=0, help="draw this many at random (0: all)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    found = entries(args.dev)
    if args.sample:
        found = sorted(random.Random(args.seed).sample(found, min(args.sample, len(found))))
    print(f"# {len(found)} conflict links")
    print("\n".join(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
