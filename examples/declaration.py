"""Walk through the example corpus: check it, print the report, inspect a conflict, draw, assert, export.

Run from anywhere:

    python examples/declaration.py [OUTPUT.json]

The pictures (claim graph and the agreements timeline) are written beside OUTPUT.json when
matplotlib is installed (``pip install 'claimcheck-provenance[plot]'``).

The corpus and its planted mistakes are described in ``examples/declaration/README.md``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import claimcheck as cc

CORPUS = Path(__file__).resolve().parent / "declaration"


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp()) / "declaration.json"

    # 1. Load, extract, link and score the seven articles.
    report = cc.check(CORPUS)

    # 2. The rich report: facts, conflicts, provenance, sources.
    report.print()

    # 3. One fact: the number of agreements signed between Azerbaijan and Russia.
    fact = report.fact("agreements")
    print(
        f"\n{fact.label}: {fact.value} (score {fact.score:.2f}, "
        f"{fact.independent_origins} independent origins)"
    )

    # 4. Inspect the conflict: which outlet says otherwise, in which words.
    for claim_id in fact.conflicting:
        claim = report.claim(claim_id)
        source = report.source(claim.source_id)
        print(
            f"  conflict: {source.label} ({source.published}) says "
            f"{source.span_text(claim.span)!r} in: {source.span_text(claim.sentence)!r}"
        )

    # 5. Pictures: the claim graph (the copy and the conflicts stand out) and a timeline.
    try:
        graph = report.plot_graph(path=out.with_name(out.stem + "-graph.svg"))
        timeline = fact.plot(path=out.with_name(out.stem + "-agreements.png"))
    except ImportError as err:  # the plot extra is optional
        print(f"\nNo pictures: {err}")
    else:
        print(f"\nClaim graph: copies {graph.edges['copy_of']}, conflicts {graph.edges['conflicts']}")
        print(f"Timeline of {fact.label}: {len(timeline.points)} marks, consensus {timeline.consensus:g}")

    # 6. Assertions: pass quietly, or fail with the evidence.
    cc.assert_fact(report, "263 agreements", min_sources=2)
    try:
        cc.assert_fact(report, "300 agreements")
    except AssertionError as err:
        print(f"\nAs expected, 300 agreements is not corroborated:\n{err}")

    # 7. Export to JSON and read it back: the round trip is lossless.
    text = report.to_json()
    assert cc.Report.from_json(text) == report
    out.write_text(text, encoding="utf-8")
    print(f"\nJSON export written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
