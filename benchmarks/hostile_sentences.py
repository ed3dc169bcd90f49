"""Time, peak memory and JSON size of ``check`` on long single-sentence texts (issue 21).

Each text is one line without a sentence end: numbers, amounts, dates or quotes repeated.
Run: ``python benchmarks/hostile_sentences.py [KB ...]`` (default 10 20 40).
"""

from __future__ import annotations

import sys
import time
import tracemalloc

import claimcheck as cc

UNITS = {
    "numbers": "{i} ships ",
    "amounts": "$ {i} ",
    "dates": "on {d} March 2021 ",
    "quotes": '"we agree {i}" said Ann Lee, ',
    "list": "{i} ships\n",
}


def text_of(kind: str, size: int) -> str:
    unit = UNITS[kind]
    parts: list[str] = []
    total = 0
    i = 1
    while total < size:
        piece = unit.format(i=i, d=i % 28 + 1)
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts)


def measure(kind: str, size: int) -> tuple[float, int, int, int]:
    """Seconds, peak traced bytes, JSON bytes and claims for one text of ``size`` characters."""
    text = text_of(kind, size)
    tracemalloc.start()
    started = time.perf_counter()
    report = cc.check([text], workers=0)
    out = report.to_json()
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak, len(out.encode()), len(report.claims)


def main(argv: list[str]) -> None:
    sizes = [int(a) * 1000 for a in argv] or [10_000, 20_000, 40_000]
    print(f"{'kind':8} {'KB':>5} {'seconds':>8} {'peak MB':>8} {'JSON KB':>8} {'claims':>6}")
    for kind in UNITS:
        for size in sizes:
            seconds, peak, out, claims = measure(kind, size)
            print(f"{kind:8} {size // 1000:5d} {seconds:8.2f} {peak / 1e6:8.1f} {out / 1e3:8.0f} {claims:6d}")


if __name__ == "__main__":
    main(sys.argv[1:])
