"""Python steps per number in the shared number scan: a count that does not depend on the machine.

Run::

    python benchmarks/scan_steps.py [--n 50] [--seed 7]

Counts the bytecode instructions Python executes (``sys.settrace`` with opcode events)
while ``numbers.scan_document`` scans each document of ``corpus.generate(n, seed)``, and
the Python function calls among them, per number found. Time on a shared machine varies by
tens of percent between runs; this count is the same in every run, so it shows whether a
restructuring of the scan removed Python-level work. Work done inside C (the regular
expression engine, ``str`` methods) counts as one step per call, whatever it costs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

import claimcheck as cc
from claimcheck.extraction import Document, numbers


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    texts = [t for _, t in generate(args.n, seed=args.seed)]
    docs = [Document.from_source(s) for s in cc.load(texts) if s.text and s.refused is None]
    counts = {"op": 0, "call": 0}

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call":
            counts["call"] += 1
            frame.f_trace_opcodes = True
        elif event == "opcode":
            counts["op"] += 1
        return tracer

    found = 0
    for doc in docs:
        numbers._CACHE.clear()
        sys.settrace(tracer)
        try:
            result = numbers.scan_document(doc)
        finally:
            sys.settrace(None)
        found += sum(len(ms) for _, _, ms in result)
    print(f"{len(docs)} documents, {found} numbers (seed {args.seed})")
    print(f"bytecode steps per number: {counts['op'] / found:.1f}")
    print(f"Python calls per number:   {counts['call'] / found:.2f}")


if __name__ == "__main__":
    main()
