"""Would mypyc pay? Compile some modules in a scratch copy, then time extraction both ways.

Run::

    python benchmarks/mypyc_trial.py [--n 200] [--rounds 3] [--modules numbers segment ...]

Copies ``src/`` to a temporary folder, runs ``mypyc`` there on the chosen modules (default:
the hot ones of issue 20: the number scan, the date readers, the per-source document and
segmentation), and prints the build's wall-clock and CPU seconds. Then it times
``extract(load(texts))`` on ``corpus.generate(n, seed=7)`` in fresh processes, pure and
compiled in turn (``--rounds`` times each, CPU seconds, best of 3 runs per process), and
prints the best time of each and a digest of the claims, which must be the same both ways.

Needs ``mypy`` (it ships ``mypyc``), ``setuptools`` and a C compiler; the build takes minutes
and a few hundred MB of memory, so run it alone on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The hot modules named by issue 20 (the speech index lives in extraction/_speakers.py).
DEFAULT = [
    "extraction/numbers.py",
    "extraction/_document.py",
    "extraction/dates/_absolute.py",
    "extraction/dates/_gates.py",
    "extraction/dates/_holidays.py",
    "extraction/dates/_parts.py",
    "extraction/dates/_ranges.py",
    "extraction/dates/_relative.py",
    "extraction/dates/_subjects.py",
    "extraction/dates/_tense.py",
    "extraction/dates/_words.py",
    "loading/segment.py",
]

#: Timed in a fresh process: prints "<seconds> <claims> <digest>".
_TIMER = """
import hashlib, sys, time
sys.path.insert(0, {bench!r})
from corpus import generate
import claimcheck as cc
from claimcheck.extraction import numbers
texts = [t for _, t in generate({n}, seed=7)]
best = float("inf")
for _ in range(3):
    t0 = time.process_time()
    result = cc.extract(cc.load(texts))
    best = min(best, time.process_time() - t0)
digest = hashlib.sha256(repr(sorted(repr(c) for c in result.claims)).encode()).hexdigest()[:16]
compiled = not numbers.__file__.endswith(".py")
print(best, len(result.claims), digest, "compiled" if compiled else "pure")
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modules", nargs="*", default=DEFAULT, help="paths under src/claimcheck")
    args = ap.parse_args()
    mypyc = shutil.which("mypyc")
    if mypyc is None:
        sys.exit("mypyc not found: pip install mypy")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        shutil.copytree(ROOT / "src", src)
        mods = [f"claimcheck/{m}" for m in args.modules]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run([mypyc, *mods], cwd=src, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
            sys.exit(f"mypyc failed after {wall:.0f} s")
        print(f"build: {len(mods)} modules, {wall:.1f} s wall, {cpu:.1f} s CPU")
        timer = _TIMER.format(bench=str(ROOT / "benchmarks"), n=args.n)
        best: dict[str, tuple[float, str]] = {}
        for _ in range(args.rounds):
            for label, path in (("pure", str(ROOT / "src")), ("compiled", str(src))):
                env = {**os.environ, "PYTHONPATH": path}
                out = subprocess.run(
                    [sys.executable, "-c", timer], env=env, capture_output=True, text=True, check=True
                ).stdout.split()
                secs, n_claims, digest, kind = float(out[0]), out[1], out[2], out[3]
                assert kind == label, f"{label} run imported the {kind} build"
                if label not in best or secs < best[label][0]:
                    best[label] = (secs, f"{n_claims} claims, digest {digest}")
        for label, (secs, what) in best.items():
            print(f"{label:<9} {secs:7.3f} s CPU  ({what})")
        print(f"speed-up of the whole extraction: {best['pure'][0] / best['compiled'][0]:.2f}x")


if __name__ == "__main__":
    main()
