"""A digest of everything extraction produces, to show that a speed change altered no output.

Run::

    python benchmarks/claims_digest.py [--n 300] [--seed 7] [--links] [--show]

Extracts all kinds from ``corpus.generate(n, seed)``, the bundled examples
(``examples/declaration``) and, when present, the seed articles (``../shared/seeds``), and
prints one digest per corpus and one of all: sha256 of the sorted ``repr`` of every claim
(which holds its id, span, value, speaker, attribution, notes and frame) and of every source.
``--links`` also digests ``claimcheck.link`` of each corpus (links, groups, copies, origins).
Run it before and after a change: the lines must be the same.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

import claimcheck as cc

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "declaration"


def _digest(items: list[str]) -> str:
    return hashlib.sha256(repr(sorted(items)).encode("utf-8")).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--links", action="store_true", help="also digest the linkage of each corpus")
    ap.add_argument("--show", action="store_true", help="print the claim count of each corpus")
    args = ap.parse_args()
    corpora: list[tuple[str, object]] = [
        (f"generated({args.n}, seed={args.seed})", [t for _, t in generate(args.n, seed=args.seed)]),
        ("examples", EXAMPLES),
    ]
    if SEEDS.is_dir():
        corpora.append(("seeds", SEEDS))
    everything: list[str] = []
    for name, given in corpora:
        extraction = cc.extract(cc.load(given))  # type: ignore[arg-type]
        items = [repr(c) for c in extraction.claims] + [repr(s) for s in extraction.sources]
        if args.links:
            linkage = cc.link(extraction)
            items += [repr(x) for x in (*linkage.links, *linkage.copies, *linkage.origins)]
            items += [repr(linkage.groups), repr(linkage.claim_origins)]
        everything += items
        count = f" ({len(extraction.claims)} claims)" if args.show else ""
        print(f"{name:<28} {_digest(items)}{count}")
    print(f"{'all':<28} {_digest(everything)}")


if __name__ == "__main__":
    main()
