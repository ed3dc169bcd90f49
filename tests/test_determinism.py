"""The same inputs in any order give byte-identical JSON, whatever the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimcheck as cc

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import sys, claimcheck as cc
paths = sys.argv[1:]
sys.stdout.write(cc.check(paths).to_json())
"""


def _corpus_files(examples_dir: Path, seeds: Path) -> list[str]:
    files = sorted(str(p) for p in examples_dir.glob("*.txt"))
    if seeds.is_dir():
        files += sorted(str(p) for p in seeds.glob("*.txt"))
    return files


@pytest.mark.parametrize("seeds", [("1", "2")])
def test_json_identical_across_hash_seeds_and_orders(examples_dir: Path, seeds: tuple[str, str]) -> None:
    files = _corpus_files(examples_dir, ROOT.parent / "shared" / "seeds")
    if not files:
        pytest.skip("no corpus files")
    outputs = []
    for seed, order in zip(seeds, (files, list(reversed(files)))):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, *order],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=ROOT,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert '"format": "claimcheck"' in outputs[0]


def test_in_process_order_independence(examples_dir: Path) -> None:
    files = sorted(examples_dir.glob("*.txt"))
    if len(files) < 2:
        pytest.skip("example corpus not present")
    forward = cc.check(files).to_json()
    backward = cc.check(list(reversed(files))).to_json()
    assert forward == backward
