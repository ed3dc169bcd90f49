"""Regenerate the sample report in README.md (between the ``<!-- sample-report -->`` markers).

    python scripts/readme_sample.py          # rewrite the sample in README.md
    python scripts/readme_sample.py --check  # exit 1, with a diff, when README.md is stale

The sample is the first lines of ``claimcheck report examples/declaration --width 100`` in
plain text, run in this process from the checkout's own sources. ``tests/test_docs.py`` runs
``--check``, so CI fails when the report changes and the README does not.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMAND = ["report", "examples/declaration", "--width", "100"]
#: lines of the report shown before the "..."
LINES = 24
START, END = "<!-- sample-report -->", "<!-- /sample-report -->"


def sample() -> str:
    """The block between the markers: a fenced text block with the command and its first lines."""
    sys.path.insert(0, str(ROOT / "src"))
    from claimcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)  # the command names the corpus relative to the checkout, as a reader types it
    try:
        code = main([*COMMAND, "--no-color", "--no-progress"], stdout=out, stderr=err)
    finally:
        os.chdir(cwd)
    if code != 0:
        msg = f"claimcheck {' '.join(COMMAND)} exited {code}: {err.getvalue()}"
        raise SystemExit(msg)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    shown = lines[:LINES] + (["..."] if len(lines) > LINES else [])
    return "\n".join(["```text", f"$ claimcheck {' '.join(COMMAND)}", *shown, "```"])


def replace(text: str, block: str) -> str:
    """``text`` with the part between the markers replaced by ``block``."""
    if START not in text or END not in text:
        msg = f"README.md lacks the markers {START} and {END}"
        raise SystemExit(msg)
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    """Rewrite the README sample, or with ``--check`` say whether it is current (0) or not (1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 when README.md is stale")
    args = parser.parse_args(argv)
    old = README.read_text(encoding="utf-8")
    new = replace(old, sample())
    if args.check:
        if new != old:
            diff = difflib.unified_diff(
                old.splitlines(), new.splitlines(), "README.md", "README.md (regenerated)", lineterm=""
            )
            print("\n".join(diff))
            print("README.md's sample report is stale: run python scripts/readme_sample.py")
            return 1
        return 0
    if new != old:
        README.write_text(new, encoding="utf-8")
        print("README.md: sample report updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
