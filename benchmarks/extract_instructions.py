"""Machine instructions of one warm extraction: a cost that does not move with the machine's load.

Run::

    python benchmarks/extract_instructions.py [--n 200] [--seed 7]

Runs a fresh Python under ``valgrind --tool=callgrind`` twice: one process loads
``corpus.generate(n, seed)`` and extracts it once, the other extracts it twice, with
``PYTHONHASHSEED=0``. The difference of their instruction counts (callgrind's ``Ir``) is the
work of one extraction with warm caches, in Python and in C alike (the regular expression
engine, hashing, building objects), where ``benchmarks/scan_steps.py`` counts Python steps
only and ``benchmarks/extract.py`` times CPU seconds that a shared machine moves by 10-20%.

Needs ``valgrind``; each run takes a few minutes at ``--n 200`` (about fifty times slower
than plain Python), so run it alone. Compare two trees with ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent

_RUN = """
import sys
sys.path.insert(0, {bench!r})
from corpus import generate
import claimcheck as cc
sources = cc.load([t for _, t in generate({n}, seed={seed})])
for _ in range({times}):
    cc.extract(sources)
"""


def _instructions(n: int, seed: int, times: int) -> int:
    """Callgrind's instruction count of a process that extracts the corpus ``times`` times."""
    code = _RUN.format(bench=str(BENCH), n=n, seed=seed, times=times)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        sys.exit(f"no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found")
    once = _instructions(args.n, args.seed, 1)
    twice = _instructions(args.n, args.seed, 2)
    print(f"corpus: generate({args.n}, seed={args.seed})")
    print(f"instructions, load + one extract:  {once:,}")
    print(f"instructions, load + two extracts: {twice:,}")
    print(f"one warm extract: {(twice - once) / 1e6:,.0f} million instructions")


if __name__ == "__main__":
    main()
