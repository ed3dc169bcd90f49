"""Lookups and printing against the number of facts: ``report.fact`` on a miss, the whole report.

Reports of about 500 / 1,000 / 2,000 facts are built from :func:`benchmarks.corpus.news`
(the same seed every run) and cached as JSON, so that two versions of the library time the very
same reports (the JSON export is version 1 in both)::

    python benchmarks/report.py                    # 500 1000 2000 facts
    python benchmarks/report.py 500 --cache /tmp/claimcheck-report-bench

Each size prints: facts, the time of ``report.fact`` for a query matching nothing (best of 3),
and the time to print the whole terminal report (default options, 100 columns, no colour) into
a string (best of 3), with the lines printed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from pathlib import Path

from claimcheck import Report, Source, check
from claimcheck.errors import FactNotFoundError
from claimcheck.output.report import print_report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import news

MISS = "zebra migration quarterly"


def build(n_facts: int, cache: Path) -> Report:
    """A report of exactly ``n_facts`` facts (the first ones of a larger corpus's report), cached."""
    path = cache / f"report-{n_facts}.json"
    if path.exists():
        return Report.from_json(path.read_text(encoding="utf-8"))
    n_articles = max(60, n_facts // 3)
    while True:
        records = news(n=n_articles, seed=7)
        sources = [
            Source(r["id"], r["text"], outlet=r["outlet"], published=_date(r["published"])) for r in records
        ]
        report = check(sources, workers=0)
        if len(report.facts) >= n_facts:
            break
        n_articles = int(n_articles * 1.5)
    kept = report.facts[:n_facts]
    trimmed = Report(
        report.sources,
        report.claims,
        report.links,
        kept,
        report.copies,
        report.origins,
        report.claim_origins,
    )
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(trimmed.to_json(), encoding="utf-8")
    return Report.from_json(path.read_text(encoding="utf-8"))


def _date(text: str) -> object:
    import datetime as dt

    return dt.date.fromisoformat(text)


def _best(fn: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    return best


def time_miss(report: Report) -> tuple[float, float]:
    """Seconds for a ``report.fact`` that matches nothing (the whole scan and the error): the
    first call on the report (building any index) and the best of three after it."""

    def miss() -> None:
        with contextlib.suppress(FactNotFoundError):
            report.fact(MISS)

    cold = _best(miss, repeat=1)
    return cold, _best(miss)


def time_print(report: Report) -> tuple[float, int]:
    """Seconds to print the whole report into a string, and the lines printed."""
    lines = 0

    def run() -> None:
        nonlocal lines
        out = io.StringIO()
        print_report(report, width=100, color=False, file=out)
        lines = out.getvalue().count("\n")

    return _best(run), lines


def main(argv: list[str] | None = None) -> None:
    """Time the sizes given on the command line (default 500, 1,000, 2,000 facts)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 1000, 2000])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/claimcheck-report-bench"))
    args = parser.parse_args(argv)
    print(f"{'facts':>6} {'claims':>7} {'miss 1st s':>11} {'miss s':>8} {'print s':>9} {'lines':>7}")
    for n in args.sizes:
        report = build(n, args.cache)
        cold, miss = time_miss(report)
        printed, lines = time_print(report)
        print(
            f"{len(report.facts):>6} {len(report.claims):>7} {cold:>11.3f} {miss:>8.3f} "
            f"{printed:>9.3f} {lines:>7}"
        )


if __name__ == "__main__":
    main()
