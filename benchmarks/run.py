"""The scale benchmark: load / extract / link / score / whole pipeline on a generated news corpus.

Run (not part of the test suite; ``pip install -r benchmarks/requirements.txt`` for the peer)::

    python benchmarks/run.py --size 1000
    python benchmarks/run.py --size 10000 --workers 2
    python benchmarks/run.py --size 100000 --format jsonl --max-memory-gb 6

The corpus (``corpus.news``: stories reported by several outlets, conflicting figures,
syndicated copies; seeded) is written to a temporary folder as JSON Lines shards or one
``.txt`` file per article. Each measurement runs in a fresh child process so that its peak
memory (``ru_maxrss`` of that process) is its own:

* ``stages``: ``load`` then ``extract``, ``link``, ``score`` one after the other (the peak
  memory of a stage is the child's peak after it, so it includes the earlier stages' data;
  extraction workers count as their own largest process, not summed);
* ``pipeline``: ``claimcheck.check(folder, workers=N)`` from scratch.

Then quantulum3 (the peer) and claimcheck extract the same sample of articles in this process:
sentences per second for both and their ratio. A child is run under an address-space limit
(``--max-memory-gb``), so a run that would exhaust the shared machine stops with MemoryError
and the table says which stage it reached.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _peak_mb() -> float:
    """Peak resident memory of this process or of its largest worker so far (KiB on Linux)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


def _limit_memory(gb: float) -> None:
    if gb > 0:
        limit = int(gb * 1024**3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def child_stages(folder: str, workers: int | None, out: dict[str, Any]) -> None:
    """Time each stage in turn; ``out`` is filled as stages finish (printed even on failure)."""
    import claimcheck as cc
    from claimcheck.pipeline import extract_sources

    t0 = time.perf_counter()
    sources = cc.load(folder)
    out["load"] = {"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb(), "n": len(sources)}
    t0 = time.perf_counter()
    extraction = extract_sources(sources, workers=workers)
    out["extract"] = {
        "seconds": time.perf_counter() - t0,
        "peak_mb": _peak_mb(),
        "n": len(extraction.claims),
    }
    t0 = time.perf_counter()
    linkage = cc.link(extraction)
    out["link"] = {
        "seconds": time.perf_counter() - t0,
        "peak_mb": _peak_mb(),
        "n": len(linkage.links),
        "groups": len(linkage.groups),
        "copies": len(linkage.copies),
    }
    t0 = time.perf_counter()
    report = cc.score(linkage)
    out["score"] = {"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb(), "n": len(report.facts)}


def child_pipeline(folder: str, workers: int | None, out: dict[str, Any]) -> None:
    """Time ``check(folder)`` from a fresh process."""
    import claimcheck as cc

    t0 = time.perf_counter()
    report = cc.check(folder, workers=workers)
    out["pipeline"] = {"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb(), "n": len(report.facts)}


def run_child(what: str, folder: str, workers: int | None, memory_gb: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", what, "--folder", folder, "--max-memory-gb", str(memory_gb)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    result: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    if proc.returncode != 0:
        result["error"] = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
    return result


def peer_ratio(records: list[dict[str, Any]], sample: int) -> dict[str, Any]:
    """claimcheck and quantulum3 on the sentences of the same ``sample`` articles (one core each)."""
    import datetime as dt

    import claimcheck as cc
    from claimcheck.extraction import Document
    from claimcheck.model import Source

    chosen = records[:sample]
    sources = [
        Source(r["id"], r["text"], outlet=r["outlet"], published=dt.date.fromisoformat(r["published"]))
        for r in chosen
    ]
    sentences = [t for s in sources for _, _, t in Document.from_source(s).iter_sentences()]
    n_bytes = sum(len(t.encode("utf-8")) for t in sentences)
    cc.extract(sources[:5])  # warm up
    t0 = time.perf_counter()
    cc.extract(sources)
    ours = time.perf_counter() - t0
    out: dict[str, Any] = {
        "sentences": len(sentences),
        "mb": n_bytes / 1e6,
        "claimcheck_sps": len(sentences) / ours,
    }
    try:
        from quantulum3 import parser as q3
    except ImportError:
        out["quantulum3_sps"] = None
        return out
    q3.parse("warm up with 3 km")
    t0 = time.perf_counter()
    for t in sentences:
        q3.parse(t)
    out["quantulum3_sps"] = len(sentences) / (time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1000, help="number of articles (1000, 10000, 100000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--format", choices=("jsonl", "files"), default="jsonl")
    ap.add_argument("--workers", type=int, default=None, help="extraction processes (default: automatic)")
    ap.add_argument("--peer-sample", type=int, default=100, help="articles given to quantulum3")
    ap.add_argument("--max-memory-gb", type=float, default=6.0, help="address-space limit per child")
    ap.add_argument("--skip-pipeline", action="store_true", help="only the separate stages")
    ap.add_argument("--child", choices=("stages", "pipeline"), help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        _limit_memory(args.max_memory_gb)
        out: dict[str, Any] = {}
        try:
            (child_stages if args.child == "stages" else child_pipeline)(args.folder, args.workers, out)
        finally:
            print(json.dumps(out), flush=True)
        return

    from corpus import news, write_news
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t0 = time.perf_counter()
    records = news(args.size, seed=args.seed)
    gen_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        paths = write_news(tmp, records, fmt=args.format)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        console.print(
            f"corpus: {args.size} articles, {mb:.1f} MB as {args.format} ({len(paths)} files), "
            f"seed {args.seed}, generated in {gen_s:.1f} s; workers={args.workers}; cores={os.cpu_count()}"
        )
        stages = run_child("stages", tmp, args.workers, args.max_memory_gb)
        whole = {} if args.skip_pipeline else run_child("pipeline", tmp, args.workers, args.max_memory_gb)
    peer = peer_ratio(records, args.peer_sample)

    table = Table(title=f"claimcheck on {args.size} generated articles ({mb:.1f} MB)", title_justify="left")
    for col in ("stage", "seconds", "MB/s", "articles/s", "peak RSS MB", "output"):
        table.add_column(col, justify="left" if col in ("stage", "output") else "right")
    outputs = {
        "load": lambda r: f"{r['n']} sources",
        "extract": lambda r: f"{r['n']} claims",
        "link": lambda r: f"{r['n']} links, {r['groups']} groups, {r['copies']} copies",
        "score": lambda r: f"{r['n']} facts",
        "pipeline": lambda r: f"{r['n']} facts",
    }
    for name in ("load", "extract", "link", "score", "pipeline"):
        r = (whole if name == "pipeline" else stages).get(name)
        if r is None:
            if name == "pipeline" and args.skip_pipeline:
                continue
            err = (whole if name == "pipeline" else stages).get("error", "not reached")
            table.add_row(name, "-", "-", "-", "-", f"[red]failed: {err}[/red]")
            continue
        s = r["seconds"]
        table.add_row(
            name, f"{s:.2f}", f"{mb / s:.2f}", f"{args.size / s:.0f}", f"{r['peak_mb']:.0f}", outputs[name](r)
        )
    console.print(table)
    line = (
        f"peer, same {peer['sentences']} sentences of {args.peer_sample} articles ({peer['mb']:.2f} MB), "
        f"one core: claimcheck {peer['claimcheck_sps']:.0f} sentences/s"
    )
    if peer.get("quantulum3_sps"):
        ratio = peer["claimcheck_sps"] / peer["quantulum3_sps"]
        line += f", quantulum3 {peer['quantulum3_sps']:.0f} sentences/s: ratio {ratio:.1f}x"
    else:
        line += "; quantulum3 not installed (pip install -r benchmarks/requirements.txt)"
    console.print(line)


if __name__ == "__main__":
    main()
