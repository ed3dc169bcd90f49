"""Time every fusion method on synthetic records at growing sizes (up to a million rows).

Records come from the copying generator (``benchmarks/copying.py``): items with a true value,
independent sources and copiers. The time is CPU time of ``fuse`` (the machine may be shared), one
method at a time; the ratio column is each method's time over vote's.

Usage::

    python benchmarks/fusion_scale.py [--rows 10000 100000 1000000] [--method NAME ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from claimcheck.fusion import fuse

METHODS = ("vote", "truthfinder", "accu", "accucopy")


def _copying_module() -> object:
    path = Path(__file__).with_name("copying.py")
    spec = importlib.util.spec_from_file_location("copying_benchmark", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["copying_benchmark"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--method", action="append", choices=METHODS, help="default: all")
    args = parser.parse_args(argv)
    copying = _copying_module()
    methods = args.method or list(METHODS)
    print(f"{'rows':>9} {'method':<12} {'cpu s':>8} {'x vote':>7} {'rounds':>6}")
    for rows in args.rows:
        # 20 sources (16 independent, 4 copiers) giving about 0.8 of the items each
        items = max(rows // 16, 1)
        world = copying.generate(items=items, independent=16, copiers=4, seed=0)  # type: ignore[attr-defined]
        records = world.records
        base = None
        for method in methods:
            start = time.process_time()
            result = fuse(records, method=method, similarity=False)
            cpu = time.process_time() - start
            base = cpu if method == "vote" else base
            ratio = f"{cpu / base:.1f}" if base else "-"
            print(f"{len(records):>9} {method:<12} {cpu:>8.1f} {ratio:>7} {result.iterations:>6}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
