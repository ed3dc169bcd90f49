"""Amount, count and date claims over real news, and a random sample of what changed between two builds.

Run (the old build from a ``git archive`` of the base commit, the new one from this tree)::

    git archive BASE src | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/changed_outputs.py dump /tmp/old.jsonl
    .venv/bin/python benchmarks/changed_outputs.py dump /tmp/new.jsonl
    .venv/bin/python benchmarks/changed_outputs.py sample /tmp/old.jsonl /tmp/new.jsonl [--n 30 --seed 2026]

Documents, read at run time from ``../shared/devsets`` (nothing is copied into the project):
PolNeAR train and dev texts (publication date from the file name), ECB+ dev and the htmldates
pages as ``cc.load`` reads them (no publication date). ``sample`` prints each drawn change
(``+`` new claim, ``-`` claim gone) with its document, offsets, words and value, to judge by hand
(benchmarks/judgements/quantities.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from pathlib import Path

DEVSETS = Path(__file__).resolve().parents[2] / "shared" / "devsets"


def _docs() -> list[tuple[str, str, dt.date | None]]:
    import claimcheck as cc

    out: list[tuple[str, str, dt.date | None]] = []
    for f in sorted(DEVSETS.glob("polnear/*/text/*.txt")):
        m = re.search(r"_(\d{4}-\d\d-\d\d)_", f.name)
        out.append((f.name, f.read_text(encoding="utf-8"), dt.date.fromisoformat(m.group(1)) if m else None))
    for line in (DEVSETS / "ecbplus" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            out.append((r["id"], r["text"], None))
    for s in cc.load(str(DEVSETS / "htmldates" / "pages"), errors="ignore"):
        out.append(("html:" + s.id, s.text, None))
    return out


def dump(path: Path) -> None:
    """Write one JSON line per amount, count and date claim of every document."""
    from claimcheck.extraction import extract_source
    from claimcheck.model import Source

    with path.open("w", encoding="utf-8") as out:
        for name, text, published in _docs():
            src = Source(id="s", text=text, published=published)
            for c in extract_source(src, kinds=("amount", "count", "date")):
                v = c.value
                val = getattr(v, "iso", None) or [
                    v.value,
                    getattr(v, "unit", None),
                    getattr(v, "qualifier", None),
                ]  # type: ignore[union-attr]
                row = [name, c.kind, c.span.start, c.span.end, c.span.text(src), c.subject, val]
                out.write(json.dumps(row) + "\n")


def sample(old: Path, new: Path, n: int, seed: int, *, news_only: bool = False) -> None:
    """Print ``n`` changes drawn at random (``random.Random(seed)``) from all the changes
    (``news_only``: from the news articles, PolNeAR and ECB+, not the web pages)."""
    keep = (lambda line: not line.startswith('["html:')) if news_only else (lambda line: True)
    a = {line for line in old.read_text(encoding="utf-8").splitlines() if line and keep(line)}
    b = {line for line in new.read_text(encoding="utf-8").splitlines() if line and keep(line)}
    changes = [("+", x) for x in sorted(b - a)] + [("-", x) for x in sorted(a - b)]
    print(f"{len(b - a)} claims new, {len(a - b)} gone")
    drawn = random.Random(seed).sample(changes, min(n, len(changes)))
    for sign, line in sorted(drawn, key=lambda c: (json.loads(c[1])[0], json.loads(c[1])[2])):
        name, kind, start, end, words, subject, value = json.loads(line)
        print(f"{sign} {name} {start}-{end} {kind} {words!r} -> {value} (subject {subject})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    s = sub.add_parser("sample")
    s.add_argument("old", type=Path)
    s.add_argument("new", type=Path)
    s.add_argument("--n", type=int, default=30)
    s.add_argument("--seed", type=int, default=2026)
    s.add_argument("--news-only", action="store_true", help="only PolNeAR and ECB+ articles")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out)
    else:
        sample(args.old, args.new, args.n, args.seed, news_only=args.news_only)


if __name__ == "__main__":
    main()
