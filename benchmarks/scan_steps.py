"""Python steps per number in the shared number scan: a count that does not depend on the machine.

Run::

    python benchmarks/scan_steps.py [--n 50] [--seed 7]

Counts the bytecode instructions Python executes (``sys.settrace`` with opcode events)
while ``numbers.scan_document`` scans each document of ``corpus.generate(n, seed)``, and
the Python function calls among them, per number found. Time on a shared machine varies by
tens of percent between runs; this count is the same in every run, so it shows whether a
restructuring of the scan removed Python-level work. Work done inside C (the regular
expression engine, ``str`` methods) counts as one step per call, whatever it costs.

``--extract`` counts the whole extraction instead (``claimcheck.extract`` of all kinds on the
loaded sources: segmentation, every extractor, overlaps, attribution and frames), per body
sentence, and the frames pass (``attach_frames``) alone::

    python benchmarks/scan_steps.py --extract [--n 40]

Fewer steps is not the same as less time (a step in C may cost a hundred plain ones), so a
change is judged by both: the steps here, and the CPU time of ``benchmarks/extract.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
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
    ap.add_argument("--extract", action="store_true", help="count the whole extraction per sentence")
    args = ap.parse_args()
    texts = [t for _, t in generate(args.n, seed=args.seed)]
    docs = [Document.from_source(s) for s in cc.load(texts) if s.text and s.refused is None]
    if args.extract:
        _whole_extraction(docs, args.seed)
        return
    ops = calls = found = 0
    for doc in docs:
        numbers._CACHE.clear()
        result: list[Any] = []
        o, c = _steps(lambda doc=doc, result=result: result.extend(numbers.scan_document(doc)))
        ops, calls = ops + o, calls + c
        found += sum(len(ms) for _, _, ms in result)
    print(f"{len(docs)} documents, {found} numbers (seed {args.seed})")
    print(f"bytecode steps per number: {ops / found:.1f}")
    print(f"Python calls per number:   {calls / found:.2f}")


def _steps(run: Callable[[], object]) -> tuple[int, int]:
    """Bytecode steps and Python calls of ``run()``."""
    counts = {"op": 0, "call": 0}

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call":
            counts["call"] += 1
            frame.f_trace_opcodes = True
        elif event == "opcode":
            counts["op"] += 1
        return tracer

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return counts["op"], counts["call"]


def _whole_extraction(docs: list[Document], seed: int) -> None:
    """Steps of the whole extraction and of the frames pass, per body sentence."""
    from claimcheck.extraction import _resolve_overlaps, extractors, get_extractor
    from claimcheck.extraction.attribution import attribute
    from claimcheck.extraction.frames import attach_frames

    sources = [d.source for d in docs]
    n_sent = sum(len(d.sentences) for d in docs)
    ops, calls = _steps(lambda: cc.extract(sources))
    every = [get_extractor(k) for k in extractors()]
    kept = [attribute(d, _resolve_overlaps([c for f in every for c in f(d)])) for d in docs]
    f_ops, f_calls = _steps(lambda: [attach_frames(d.source, k) for d, k in zip(docs, kept, strict=True)])
    print(f"{len(docs)} documents, {n_sent} sentences (seed {seed})")
    print(
        f"whole extraction: {ops / n_sent:.0f} bytecode steps, {calls / n_sent:.1f} Python calls per sentence"
    )
    print(
        f"frames pass:      {f_ops / n_sent:.0f} bytecode steps, {f_calls / n_sent:.1f} Python calls per sentence"
    )


if __name__ == "__main__":
    main()
