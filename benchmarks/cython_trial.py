"""Would Cython pay? Compile our unchanged ``.py`` modules in a scratch copy, then time both ways.

Run::

    python benchmarks/cython_trial.py [--n 200] [--rounds 3] [--set hot|all] [--modules ...]
        [--cython-python /tmp/cyvenv/bin/python] [--jobs 1] [--keep DIR]

The same trial as ``benchmarks/mypyc_trial.py``, with Cython 3 in pure-Python mode (no
``.pyx``, no ``.pxd``: the ``.py`` files are the one source). Copies ``src/`` to a
temporary folder, runs ``cythonize -3 -i`` (``language_level=3``) there on the chosen
modules, which writes a C file beside each and builds it with the C compiler into an
extension module that Python imports before the ``.py`` of the same name, and prints the
build's wall-clock and CPU seconds and the load average around it. Then it times
``extract(load(texts))`` on ``corpus.generate(n, seed=7)`` in fresh processes, pure and
compiled in turn (``--rounds`` times each, CPU seconds, best of 3 runs per process), and
prints the best time of each and a digest of the claims, which must be the same both ways.

``--set hot`` (the default) compiles the hot modules of issue 20: the number scan, the
per-source document, the date readers, segmentation, the speech index and the frames;
``--set all`` compiles every module of ``extraction/`` and ``loading/``. ``--keep DIR``
leaves the compiled copy of ``src/`` in ``DIR`` so the tests can be run against it
(``PYTHONPATH=DIR python -m pytest ...``); ``--no-build`` times the build left there.

Times move by tens of percent on a shared machine. ``--instructions`` counts instead (with
``valgrind --tool=callgrind``, minutes per run): the instructions of one
``extract(load(texts))`` on ``generate(--ir-n, seed=7)``, as a process that extracts minus
the same process that does not, pure and compiled, and how many of them the interpreter
loop (``_PyEval_EvalFrameDefault``) and the regular expression engine (``sre_lib.h``) execute.

Cython need not be in this venv: ``--cython-python`` (or ``CYTHON_PYTHON``) names a Python
of the same version that has ``cython`` 3 and ``setuptools``, e.g. one made by
``python -m venv /tmp/cyvenv && /tmp/cyvenv/bin/pip install 'cython>=3,<4' setuptools``.
Needs a C compiler and the Python headers; run it alone on a shared machine.
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
PKG = ROOT / "src" / "claimcheck"
#: The hot modules named by issue 20: mypyc_trial's twelve, the rest of the date readers,
#: the speech index and the frames (the per-sentence token build).
HOT = [
    "extraction/numbers.py",
    "extraction/_document.py",
    "extraction/_speakers.py",
    "extraction/frames.py",
    *sorted(
        f"extraction/dates/{p.name}"
        for p in (PKG / "extraction" / "dates").glob("*.py")
        if p.name != "__init__.py"
    ),
    "loading/segment.py",
]
#: Every module of extraction/ and loading/, package __init__ files included.
ALL = sorted(str(p.relative_to(PKG)) for sub in ("extraction", "loading") for p in (PKG / sub).rglob("*.py"))

#: Timed in a fresh process: prints "<seconds> <claims> <digest> <build> <compiled modules>".
_TIMER = """
import hashlib, sys, time
sys.path.insert(0, {bench!r})
from corpus import generate
import claimcheck as cc
texts = [t for _, t in generate({n}, seed=7)]
best = float("inf")
for _ in range(3):
    t0 = time.process_time()
    result = cc.extract(cc.load(texts))
    best = min(best, time.process_time() - t0)
digest = hashlib.sha256(repr(sorted(repr(c) for c in result.claims)).encode()).hexdigest()[:16]
compiled = [m for m, mod in sys.modules.items()
            if m.startswith("claimcheck") and not str(getattr(mod, "__file__", "")).endswith(".py")]
print(best, len(result.claims), digest, "compiled" if compiled else "pure", len(compiled))
"""


#: Run under callgrind: loads the texts, and extracts when argv[1] is "1".
_COUNTED = """
import sys
sys.path.insert(0, {bench!r})
from corpus import generate
import claimcheck as cc
texts = [t for _, t in generate({n}, seed=7)]
docs = cc.load(texts)
if sys.argv[1] == "1":
    cc.extract(cc.load(texts))
"""


def _callgrind(path: str, extract: bool, n: int, out: Path) -> dict[str, int]:
    """Instructions of a process (total, interpreter loop, regex engine), by callgrind."""
    script = _COUNTED.format(bench=str(ROOT / "benchmarks"), n=n)
    env = {**os.environ, "PYTHONPATH": path}
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
    subprocess.run(
        [*cmd, sys.executable, "-c", script, "1" if extract else "0"],
        env=env,
        capture_output=True,
        check=True,
    )
    table = subprocess.run(
        ["callgrind_annotate", "--threshold=100", "--auto=no", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts = {"total": 0, "loop": 0, "regex": 0}
    for line in table.splitlines():
        first = (line.split() or [""])[0].replace(",", "")
        if not first.isdigit():
            continue
        if "PROGRAM TOTALS" in line:
            counts["total"] = int(first)
        elif "ceval.c:_PyEval_EvalFrameDefault" in line:
            counts["loop"] += int(first)
        elif "sre_lib.h:" in line:
            counts["regex"] += int(first)
    return counts


def _instructions(src: Path, n: int) -> None:
    """Print the instructions of one extraction, pure and compiled (callgrind)."""
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind")
    pure: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, path in (("pure", str(ROOT / "src")), ("compiled", str(src))):
            on = _callgrind(path, True, n, Path(tmp) / f"{label}1.out")
            off = _callgrind(path, False, n, Path(tmp) / f"{label}0.out")
            diff = {k: on[k] - off[k] for k in on}
            pure = pure or diff
            print(
                f"{label:<9} {diff['total'] / 1e6:8.0f} M instructions in extract(load(texts))"
                f" ({pure['total'] / diff['total']:.2f}x), interpreter loop"
                f" {diff['loop'] / 1e6:.0f} M, regex engine {diff['regex'] / 1e6:.0f} M"
            )


def _cpu_children() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--set", choices=("hot", "all"), default="hot")
    ap.add_argument("--modules", nargs="*", help="paths under src/claimcheck (overrides --set)")
    ap.add_argument("--jobs", type=int, default=1, help="parallel compiler jobs (pip uses one)")
    ap.add_argument("--directive", action="append", default=[], help="e.g. binding=True")
    ap.add_argument("--keep", type=Path, help="leave the compiled copy of src/ here")
    ap.add_argument("--no-build", action="store_true", help="time the build left in --keep")
    ap.add_argument("--instructions", action="store_true", help="also count instructions")
    ap.add_argument("--ir-n", type=int, default=50, help="articles for --instructions")
    ap.add_argument(
        "--cython-python",
        default=os.environ.get("CYTHON_PYTHON", sys.executable),
        help="a Python with cython 3 and setuptools",
    )
    args = ap.parse_args()
    modules = args.modules or (HOT if args.set == "hot" else ALL)
    probe = subprocess.run(
        [args.cython_python, "-c", "import Cython, sys; print(Cython.__version__, sys.version)"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        sys.exit("Cython not found: give --cython-python a Python that has cython 3")
    print(f"Cython {probe.stdout.strip()}")
    with tempfile.TemporaryDirectory() as tmp:
        src = args.keep or Path(tmp) / "src"
        if args.no_build:
            if args.keep is None:
                sys.exit("--no-build needs --keep DIR")
            _time(args, src)
            if args.instructions:
                _instructions(src, args.ir_n)
            return
        if src.exists():
            shutil.rmtree(src)
        shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__"))
        mods = [f"claimcheck/{m}" for m in modules]
        directives = ["language_level=3", *args.directive]
        cmd = [args.cython_python, "-m", "Cython.Build.Cythonize", "-3", "-i"]
        cmd += ["-j", str(args.jobs)]
        for d in directives:
            cmd += ["--directive", d]
        print(f"load average before the build: {_load()}")
        before = _cpu_children()
        t0 = time.perf_counter()
        done = subprocess.run([*cmd, *mods], cwd=src, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        cpu = _cpu_children() - before
        if done.returncode != 0:
            print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
            sys.exit(f"cythonize failed after {wall:.0f} s")
        built = sorted((src / "claimcheck").rglob("*.so"))
        c_bytes = sum(p.stat().st_size for p in (src / "claimcheck").rglob("*.c"))
        so_bytes = sum(p.stat().st_size for p in built)
        print(
            f"build: {len(mods)} modules -> {len(built)} extensions, {wall:.1f} s wall, "
            f"{cpu:.1f} s CPU, {args.jobs} job(s); C {c_bytes / 1e6:.1f} MB, "
            f"extensions {so_bytes / 1e6:.1f} MB; load average after: {_load()}"
        )
        _time(args, src)
        if args.instructions:
            _instructions(src, args.ir_n)


def _time(args: argparse.Namespace, src: Path) -> None:
    """Time extraction pure and compiled in turn, in fresh processes; print the best of each."""
    timer = _TIMER.format(bench=str(ROOT / "benchmarks"), n=args.n)
    best: dict[str, tuple[float, str]] = {}
    digests: set[tuple[str, str]] = set()
    for _ in range(args.rounds):
        for label, path in (("pure", str(ROOT / "src")), ("compiled", str(src))):
            env = {**os.environ, "PYTHONPATH": path}
            out = subprocess.run([sys.executable, "-c", timer], env=env, capture_output=True, text=True)
            if out.returncode != 0:
                print(out.stderr[-3000:])
                sys.exit(f"the {label} run failed")
            secs, n_claims, digest, kind, n_mods = out.stdout.split()
            assert kind == label, f"{label} run imported the {kind} build"
            digests.add((n_claims, digest))
            print(f"  {label:<9} {float(secs):7.3f} s CPU  {digest}  (load {_load()})")
            if label not in best or float(secs) < best[label][0]:
                what = f"{n_claims} claims, digest {digest}, {n_mods} compiled modules"
                best[label] = (float(secs), what)
    for label, (low, what) in best.items():
        print(f"{label:<9} {low:7.3f} s CPU  ({what})")
    print(f"claims identical in every run: {len(digests) == 1}")
    print(f"speed-up of the whole extraction: {best['pure'][0] / best['compiled'][0]:.2f}x")


if __name__ == "__main__":
    main()
