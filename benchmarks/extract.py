"""Throughput of load + extract on a generated corpus, against quantulum3 on the same sentences.

Run::

    /work/venv/bin/python benchmarks/extract.py [--n 300] [--seed 7] [--q3-sentences 400] [--stages]

Prints MB/s and sentences/s on one core for claimcheck (all registered kinds, and
the numeric kinds alone) and quantulum3 (``pip install -r benchmarks/requirements.txt``),
with the ratio. quantulum3 is slow, so it runs on a sample of the same sentences.

Times are CPU seconds of this process (``time.process_time``), the best of ``--repeat``
runs for every row, so other work on a shared machine disturbs the figures less; the
ratios compare rows measured the same way in the same run. quantulum3's own rate varies by
about 10% between runs, so compare claimcheck's sentences/s between runs, not the ratios.

``--stages`` also prints the CPU seconds of each stage (loading, segmentation, the shared
number scan, each extractor, the speech index, overlaps and attribution): where time goes.
On a shared machine these times move by tens of percent; ``benchmarks/scan_steps.py
--extract`` counts the Python steps of the same extraction, a figure that does not move.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

import claimcheck as cc
from claimcheck.extraction import Document, Extractor

T = TypeVar("T")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--q3-sentences", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs per row")
    ap.add_argument("--stages", action="store_true", help="also print the CPU time of each stage")
    args = ap.parse_args()
    clock = time.process_time

    def best(run: Callable[[], T]) -> tuple[float, T]:
        """The smallest CPU time of ``args.repeat`` runs, and the last run's result."""
        times: list[float] = []
        for _ in range(max(1, args.repeat)):
            t0 = clock()
            out = run()
            times.append(clock() - t0)
        return min(times), out

    articles = generate(args.n, seed=args.seed)
    texts = [t for _, t in articles]
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    rows = []
    for label, kinds in (
        ("claimcheck all kinds", None),
        ("claimcheck numeric kinds", ("count", "amount", "ordinal", "duration")),
    ):
        dt, result = best(lambda kinds=kinds: cc.extract(cc.load(texts), kinds=kinds))
        from claimcheck.extraction import Document

        n_sent = sum(len(Document.from_source(s).sentences) for s in result.sources)
        rows.append((label, size_mb / dt, n_sent / dt, len(result.claims)))

    # the numeric extractors alone, on prebuilt Documents (our share of the budget)
    from claimcheck.extraction import Document, get_extractor

    docs = [Document.from_source(s) for s in cc.load(texts)]
    numeric = [get_extractor(k) for k in ("count", "amount", "ordinal", "duration")]
    dt, n_found = best(lambda: sum(len(list(f(d))) for d in docs for f in numeric))
    n_sent = sum(len(d.sentences) for d in docs)
    rows.append(("numeric extractors only", size_mb / dt, n_sent / dt, n_found))

    # quantulum3 on a sample of the same sentences
    from claimcheck.extraction import Document

    sents: list[str] = []
    for s in cc.load(texts):
        sents.extend(t for _, _, t in Document.from_source(s).iter_sentences())
    sample = sents[: args.q3_sentences]
    try:
        from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3 is not installed: pip install -r benchmarks/requirements.txt")
        q3 = None
    if q3 is not None:
        q3.parse("warm up 3 km")
        dt, found = best(lambda: sum(len(q3.parse(s)) for s in sample))
        mb = sum(len(s.encode("utf-8")) for s in sample) / 1e6
        rows.append(("quantulum3", mb / dt, len(sample) / dt, found))

    if args.stages:
        for label, dt in stages(texts, best):
            print(f"stage {label:<40}{dt:8.4f} s")
    print(f"build: {_build()}")
    print(f"corpus: {len(texts)} articles, {size_mb:.2f} MB, {len(sents)} sentences (seed {args.seed})")
    print(f"{'extractor':<28}{'MB/s':>10}{'sent/s':>12}{'found':>9}")
    for label, mbs, sps, found_n in rows:
        print(f"{label:<28}{mbs:>10.2f}{sps:>12.0f}{found_n:>9}")
    if q3 is not None:
        q_sps = rows[-1][2]
        for label, _, sps, _ in rows[:-1]:
            print(f"ratio {label} / quantulum3: {sps / q_sps:.1f}x sentences/s")


def _build() -> str:
    """``compiled`` when the shared number scan was imported from a compiled module, else ``pure``."""
    from claimcheck.extraction import numbers

    return "pure Python" if numbers.__file__.endswith(".py") else f"compiled ({Path(numbers.__file__).name})"


def _runner(f: Extractor, docs: Callable[[], list[Document]]) -> Callable[[], object]:
    """A run of extractor ``f`` over fresh documents (after their number scan)."""
    from claimcheck.extraction import numbers

    return lambda: [(numbers.scan_document(d), list(f(d))) for d in docs()]


def stages(
    texts: list[str], best: Callable[[Callable[[], object]], tuple[float, object]]
) -> list[tuple[str, float]]:
    """CPU seconds of each stage of extraction over ``texts`` (best of the repeats).

    A stage that needs an earlier one (the extractors need the number scan) is timed as the
    difference of two runs, so the figures add up roughly to the whole.
    """
    from claimcheck.extraction import _resolve_overlaps, extractors, get_extractor, numbers
    from claimcheck.extraction.attribution import attribute
    from claimcheck.extraction.frames import attach_frames

    srcs = [s for s in cc.load(texts) if s.text and s.refused is None]

    def docs() -> list[Document]:
        numbers._CACHE.clear()  # the per-document number scan is cached: start afresh
        return [Document.from_source(s) for s in srcs]

    out: list[tuple[str, float]] = [("load (cc.load)", best(lambda: cc.load(texts))[0])]
    t_docs = best(docs)[0]
    out.append(("segment (Document.from_source)", t_docs))
    t_scan = best(lambda: [numbers.scan_document(d) for d in docs()])[0]
    out.append(("number scan (numbers.scan_document)", t_scan - t_docs))
    for kind in ("count", "amount", "ordinal", "duration", "date", "article", "quote"):
        t = best(_runner(get_extractor(kind), docs))[0]
        note = "with the speech index" if kind == "quote" else "after the scan"
        out.append((f"extractor {kind} ({note})", t - t_scan))
    t_speech = best(lambda: [d.speech for d in docs()])[0]
    out.append(("speech index (Document.speech)", t_speech - t_docs))
    prepared = [Document.from_source(s) for s in srcs]
    numeric = [get_extractor(k) for k in ("count", "amount", "ordinal", "duration")]
    found = [[c for f in numeric for c in f(d)] for d in prepared]
    for d in prepared:
        d.speech  # noqa: B018 - built here, so only the attribution pass is timed
    t = best(lambda: [attribute(d, _resolve_overlaps(c)) for d, c in zip(prepared, found, strict=True)])[0]
    out.append(("overlaps + attribution (numeric claims)", t))
    # frames of all claims (extract's last step), on claims already attributed
    every = [get_extractor(k) for k in extractors()]
    kept = [attribute(d, _resolve_overlaps([c for f in every for c in f(d)])) for d in prepared]
    t = best(lambda: [attach_frames(d.source, k) for d, k in zip(prepared, kept, strict=True)])[0]
    out.append(("frames (attach_frames, all claims)", t))
    return out


if __name__ == "__main__":
    main()
