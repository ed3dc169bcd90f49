"""A random sample of facts looked up as a user would type them, for judging by hand.

    python benchmarks/lookups.py REPORT.json [--n 15] [--seed 15]

REPORT.json is a claimcheck JSON export (e.g. of the 924 PolNeAR articles:
``claimcheck export ../shared/devsets/polnear/*/text/*.txt --format json -o report.json``). Each
sampled (non-quote) fact is looked up by its subject, then by its value and subject; one Markdown
table row per lookup (see ``benchmarks/judgements/lookups.md``).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from claimcheck import Report
from claimcheck.errors import FactNotFoundError
from claimcheck.output.query import fact_value_text


def _value_words(kind: str, text: str) -> str:
    words = text.split()
    return words[-2] if kind in ("amount", "duration") and len(words) > 1 else text


def main(argv: list[str] | None = None) -> None:
    """Print the sample's lookups as Markdown table rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("report", type=Path)
    parser.add_argument("--n", type=int, default=15)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    rep = Report.from_json(args.report.read_text(encoding="utf-8"))
    facts = [f for f in rep.facts if f.kind != "quote"]
    for f in random.Random(args.seed).sample(facts, args.n):
        for q in (f.subject, f"{_value_words(f.kind, fact_value_text(f.value))} {f.subject}"):
            try:
                got = rep.fact(q)
                res = f"{got.label!r} ({'the sampled fact' if got.id == f.id else 'another fact'})"
                res += f" note: {got.note}" if got.note else ""
            except FactNotFoundError as err:
                res = "FactNotFoundError: " + str(err).splitlines()[0][:90]
            print(f"| {f.kind} | {f.label} | `{q}` | {res} |")


if __name__ == "__main__":
    main()
