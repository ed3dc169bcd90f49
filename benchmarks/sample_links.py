"""A seeded random sample of cross-source agreement or conflict links, to judge by hand.

Run::

    python benchmarks/sample_links.py                          # 40 agreements, seed 4242
    python benchmarks/sample_links.py --relation conflicts --n 20 --seed 7
    python benchmarks/sample_links.py --context                # also print the sentences

The links are those of ``cc.check`` on the ECB+ development file (``--dev`` for another
file or folder), between claims of *different* sources, sorted by their claim ids before
``random.Random(seed).sample``, so a sample is redrawn exactly. Each entry prints, for both
claims, the document id, the claim's character offsets, the value's words and the frame;
``--context`` adds the sentences (for reading only: never paste them into the repository).
Judgements live in ``judgements/agreements_7.md``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ecbplus import DEV

import claimcheck as cc
from claimcheck.model import Claim, Report


def cross_source_links(report: Report, relation: str) -> list[tuple[str, str]]:
    """The ``relation`` links between claims of different sources, as sorted claim-id pairs."""
    claims = report.claims_by_id
    pairs = {
        tuple(sorted((lk.a, lk.b)))
        for lk in report.links
        if lk.relation == relation and claims[lk.a].source_id != claims[lk.b].source_id
    }
    return sorted((a, b) for a, b in pairs)


def describe(report: Report, c: Claim, *, context: bool) -> str:
    """One claim as a line: document id, offsets, value words, frame (and sentence)."""
    text = {s.id: s.text for s in report.sources}[c.source_id]
    frame = c.frame.describe() if c.frame is not None else ""
    line = f"{c.source_id} @{c.span.start}-{c.span.end} [{text[c.span.start : c.span.end]}] {frame}"
    if context:
        line += f"\n      | {text[c.sentence.start : c.sentence.end]!r}"
    return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV, help="a file or folder cc.load reads")
    ap.add_argument("--relation", choices=("agrees", "conflicts"), default="agrees")
    ap.add_argument("--n", type=int, default=40, help="sample size (0: all)")
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--context", action="store_true", help="print the sentences too")
    args = ap.parse_args(argv)
    report = cc.check(cc.load(args.dev), workers=0)
    pairs = cross_source_links(report, args.relation)
    total = len(pairs)
    if args.n:
        pairs = random.Random(args.seed).sample(pairs, min(args.n, total))
    claims = report.claims_by_id
    print(f"# {len(pairs)} of {total} cross-source {args.relation} links (seed {args.seed})")
    for i, (a, b) in enumerate(pairs, 1):
        print(f"{i:2d}. {describe(report, claims[a], context=args.context)}")
        print(f"    ~ {describe(report, claims[b], context=args.context)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
