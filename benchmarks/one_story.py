"""Peak memory of ``claimcheck export`` on a one-story corpus built from PolNeAR sentences.

A day of politics from many outlets is one big story: every claim meets every other claim
of its block, so links per claim must stay bounded and memory linear. The corpus: ``N``
articles, each of 12 sentences drawn at random (seeded) from the PolNeAR articles (train and
dev, read from ``../shared/devsets/polnear`` at run time, never copied into the project), each
with one of the seven PolNeAR outlets and a publication date in one week. The whole command
runs in a child process under ``/usr/bin/time -v`` (maximum resident set size), and the
export's facts are counted.

    python benchmarks/one_story.py 1000          # one size per run: the machine is shared
    python benchmarks/one_story.py 10000
    python benchmarks/one_story.py --stages 3000 # resident memory after each stage, in this process

``--stages`` runs the stages one by one in this process (extraction too, ``workers=0``) and
prints the resident set after each and its peak during each (Linux: ``/proc/self/status``,
the peak reset through ``/proc/self/clear_refs`` between stages), with the CPU seconds so far.

The target (issue 16): at most 0.4 GB at 10,000 articles.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "polnear"
OUTLETS = ("Breitbart", "CNN", "Fox News", "Huffington Post", "New York Times", "Politico", "Washington Post")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”']))\s+(?=[A-Z\"“])")


def sentences() -> list[str]:
    """Every sentence of the PolNeAR train and dev texts (a plain splitter: enough for a corpus)."""
    out = []
    for split in ("train", "dev"):
        for path in sorted((ROOT / split / "text").glob("*.txt")):
            for para in path.read_text(encoding="utf-8").split("\n"):
                out.extend(s.strip() for s in _SENTENCE.split(para) if len(s.strip()) > 20)
    return out


def build(n: int, path: Path, *, seed: int = 16, per_article: int = 12) -> None:
    """Write ``n`` one-story articles as JSON Lines to ``path``."""
    pool = sentences()
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            body = " ".join(rnd.choice(pool) for _ in range(per_article))
            record = {
                "id": f"a{i:05d}",
                "outlet": OUTLETS[i % len(OUTLETS)],
                "published": f"2016-10-{10 + i % 7:02d}",
                "text": body,
            }
            out.write(json.dumps(record) + "\n")


def measure(n: int) -> dict[str, float]:
    """Build ``n`` articles, run ``claimcheck export`` on them under ``/usr/bin/time -v``."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus, export = Path(tmp) / "corpus.jsonl", Path(tmp) / "out.json"
        build(n, corpus)
        cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "claimcheck", "export", str(corpus)]
        cmd += ["--format", "json", "-o", str(export)]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t0
        if done.returncode != 0:
            raise SystemExit(done.stderr[-2000:])
        rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))  # type: ignore[union-attr]
        doc = json.loads(export.read_text(encoding="utf-8"))
    facts = doc["facts"]
    links = doc["links"]
    claims = doc["claims"]
    per_claim: dict[str, int] = {}
    for lk in links:
        per_claim[lk["a"]] = per_claim.get(lk["a"], 0) + 1
        per_claim[lk["b"]] = per_claim.get(lk["b"], 0) + 1
    return {
        "articles": n,
        "claims": len(claims),
        "links": len(links),
        "max_links_per_claim": max(per_claim.values(), default=0),
        "facts": len(facts),
        "multi_origin_facts": sum(1 for f in facts if f["independent_origins"] >= 2),
        "peak_rss_gb": rss_kb / 1024 / 1024,
        "seconds": elapsed,
    }


def _memory() -> tuple[float, float]:
    """(resident, peak resident since the last reset) of this process, in MB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return found["VmRSS"], found["VmHWM"]


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def stages(n: int) -> None:
    """Resident memory after each stage of ``check`` + ``write_json``, in this process."""
    import os

    from claimcheck.linking._link import assemble, blocks_of, links_of_blocks, prepare
    from claimcheck.linking.provenance import attach_provenance
    from claimcheck.loading import load
    from claimcheck.output.export import write_json
    from claimcheck.pipeline import extract_sources
    from claimcheck.runners import InProcess
    from claimcheck.runners.stages import score_with

    def mark(stage: str) -> None:
        now, peak = _memory()
        print(
            f"{stage:<11} resident {now:6.0f} MB  peak {peak:6.0f} MB  {time.process_time() - t0:6.1f} s CPU"
        )
        _reset_peak()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build(n, corpus)
        t0 = time.process_time()
        _reset_peak()
        sources = load(str(corpus))
        mark("load")
        extraction = extract_sources(sources, workers=0)
        mark("extract")
        claims, published, sentence_text, story_of = prepare(extraction)
        mark("stories")
        blocks = blocks_of(claims)
        links = list(
            links_of_blocks(blocks, published=published, sentence_text=sentence_text, stories=story_of)
        )
        del blocks, sentence_text
        mark("links")
        linkage = assemble(extraction.sources, claims, links, provenance=False)
        del claims, links
        mark("groups")
        linkage = attach_provenance(linkage)
        mark("provenance")
        report = score_with(InProcess(), linkage)
        mark("score")
        with open(os.devnull, "w", encoding="utf-8") as fh:
            write_json(report, fh)
        mark("export")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--stages"]:
        for arg in argv[1:] or ["1000"]:
            stages(int(arg))
        return
    for arg in argv or ["1000"]:
        print(json.dumps(measure(int(arg))))


if __name__ == "__main__":
    main(sys.argv[1:])
