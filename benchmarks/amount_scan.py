"""Time of the amount extractor on one long sentence of amounts (issue 21), and its growth.

Run::

    .venv/bin/python benchmarks/amount_scan.py [--kb 10 20 40 80] [--ref COMMIT]

Each text is ``$ 3 `` repeated to the given size with no sentence end: one sentence holding
thousands of amounts. Prints the CPU seconds of the number scan plus the ``amount`` extractor
(best of ``--repeat``), the claims found, and the ratio to the previous size (2.0 per doubling
is linear, 4.0 quadratic).

``--ref COMMIT`` also times the amount extractor of an earlier commit (its
``extraction/amounts.py``, read with ``git show`` and run against today's number grammar), so
before and after come from one run on one machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from claimcheck.extraction import Document, numbers
from claimcheck.extraction.amounts import amounts
from claimcheck.model import Source

ROOT = Path(__file__).resolve().parents[1]


def _old_extractor(commit: str) -> Callable[[Document], Iterator[Any]]:
    """The ``amounts`` function of ``commit``, loaded from its source under another name."""
    src = subprocess.run(
        ["git", "show", f"{commit}:src/claimcheck/extraction/amounts.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    src = src.replace(
        '@register("amount", priority=20)', '@register("amount_ref", priority=20, replace=True)'
    )
    path = Path(tempfile.mkdtemp()) / "amounts_ref.py"
    path.write_text(src, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("amounts_ref", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.amounts  # type: ignore[no-any-return]


def _time(extractor: Callable[[Document], Iterator[Any]], text: str, repeat: int) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(repeat):
        doc = Document.from_source(Source(id="long", text=text))
        numbers._CACHE.clear()
        t0 = time.process_time()
        n = sum(1 for _ in extractor(doc))
        best = min(best, time.process_time() - t0)
    return best, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=int, nargs="+", default=[10, 20, 40, 80])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--ref", help="also time the amount extractor of this commit")
    args = ap.parse_args()
    runs: list[tuple[str, Callable[[Document], Iterator[Any]]]] = [("now", amounts)]
    if args.ref:
        runs.append((args.ref[:10], _old_extractor(args.ref)))
    print(f"{'extractor':<12}{'KB':>6}{'amounts':>9}{'CPU s':>9}{'x prev':>8}")
    for label, extractor in runs:
        prev: float | None = None
        for kb in args.kb:
            text = "$ 3 " * (kb * 1024 // 4)
            dt, n = _time(extractor, text, args.repeat)
            growth = f"{dt / prev:8.1f}" if prev else f"{'':>8}"
            print(f"{label:<12}{kb:>6}{n:>9}{dt:>9.2f}{growth}")
            sys.stdout.flush()
            prev = dt


if __name__ == "__main__":
    main()
