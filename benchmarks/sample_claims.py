"""Draw a seeded random sample of value claims to judge by hand (``judgements/claims_after.md``).

Run::

    python benchmarks/sample_claims.py [--seed 1616] [--n 100] [--context] > sample.jsonl
    python benchmarks/sample_claims.py --judged benchmarks/judgements/claims_after.md

``--judged`` re-reads the rows of a judgement table (its document and offsets columns) instead of
drawing a sample: the same claims, as the report shows them now, even after claim ids changed.

Every ECB+ development document is checked as one corpus and every PolNeAR development article
as another; the non-quote claims of each set are sorted by id and ``n / 2`` are drawn from each
with ``random.Random(seed)``. Each row gives the document, the character offsets and words of
the claim's value, the value read, the subject and the frame as the report shows it.
``--context`` adds the surrounding sentence for reading (never store it: it is the devset's text).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Sequence
from pathlib import Path

import claimcheck as cc

DEVSETS = Path(__file__).resolve().parents[1].parent / "shared" / "devsets"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the sample as JSON lines."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--devsets", type=Path, default=DEVSETS)
    ap.add_argument("--seed", type=int, default=1616)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--context", action="store_true", help="add the sentence around each claim")
    ap.add_argument("--judged", type=Path, help="re-read the rows of this judgement table")
    args = ap.parse_args(argv)
    corpora = {
        "ecbplus": cc.check(args.devsets / "ecbplus" / "dev.jsonl", workers=0),
        "polnear": cc.check(sorted((args.devsets / "polnear" / "dev" / "text").glob("*.txt")), workers=0),
    }
    rng = random.Random(args.seed)
    judged = _judged_rows(args.judged) if args.judged else None
    for name, report in corpora.items():
        claims = sorted((c for c in report.claims if c.kind != "quote"), key=lambda c: c.id)
        texts = {s.id: s.text for s in report.sources}
        if judged is None:
            chosen = rng.sample(claims, args.n // 2)
        else:
            at = {(c.source_id, c.span.start, c.span.end): c for c in claims}
            chosen = [at[key[:3]] for key in judged.get(name, []) if key[:3] in at]
            rows = {key[:3]: key[3] for key in judged.get(name, [])}
        for c in chosen:
            text = texts[c.source_id]
            row = {
                "set": name,
                "source": c.source_id,
                "start": c.span.start,
                "end": c.span.end,
                "kind": c.kind,
                "words": text[c.span.start : c.span.end],
                "value": str(c.value),
                "subject": c.subject,
                "frame": c.frame.describe() if c.frame else "",
            }
            if judged is not None:
                row = {"row": rows[(c.source_id, c.span.start, c.span.end)], **row}
            if args.context:
                a = max(0, text.rfind(".", 0, max(0, c.span.start - 1)) + 1, c.span.start - 220)
                b = text.find(".", c.span.end)
                b = len(text) if b < 0 else min(b + 1, c.span.end + 200)
                row["context"] = " ".join(text[a:b].split())
            print(json.dumps(row, ensure_ascii=False))
    return 0


_ROW = re.compile(r"^\| *(\d+) *\| *(\w+) *\| *`([^`]+)` *(\d+)-(\d+) *\|")


def _judged_rows(path: Path) -> dict[str, list[tuple[str, int, int, int]]]:
    """The (document, start, end, row number) of each judged row of a table, by set."""
    rows: dict[str, list[tuple[str, int, int, int]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m is not None:
            rows.setdefault(m.group(2), []).append(
                (m.group(3), int(m.group(4)), int(m.group(5)), int(m.group(1)))
            )
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
