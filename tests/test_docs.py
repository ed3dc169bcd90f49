"""Docs that run: every Python block of README.md and docs/*.md, in order per file.

Each file's blocks run in one namespace, in a scratch folder that holds ``examples/`` and
``news/`` (both the example corpus, so the paths the docs use resolve) and nothing else, so
files a block writes never land in the repository. Two markers, an HTML comment on the line
just above the fence, change how a block runs (documented in README.md, "Documentation"):

- ``<!-- docs-test: skip REASON -->``: the block is shown, never run (a placeholder address).
- ``<!-- docs-test: needs MODULE... -->``: run only when every module imports (an optional
  extra); skipped with the reason otherwise.

Shell blocks that call ``jq`` are parsed by jq when it is installed. The README's sample report
must be what ``scripts/readme_sample.py`` produces.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```\s*$", re.M | re.S)
_MARK = re.compile(r"<!--\s*docs-test:\s*(skip|needs)\b\s*(.*?)\s*-->\s*$")


def blocks(path: Path, language: str) -> list[tuple[int, str, str | None, str]]:
    """``(line, code, marker, argument)`` for every fenced block of ``language`` in ``path``."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        if m.group(1) != language:
            continue
        line = text.count("\n", 0, m.start()) + 1
        before = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mark = _MARK.search(before)
        out.append((line, m.group(2), mark.group(1) if mark else None, mark.group(2) if mark else ""))
    return out


PYTHON_PAGES = [p for p in PAGES if blocks(p, "python")]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    (tmp_path / "news").symlink_to(ROOT / "examples" / "declaration", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_python_blocks_run_in_order(page: Path, scratch: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    skipped: list[str] = []
    for line, code, marker, argument in blocks(page, "python"):
        where = f"{page.relative_to(ROOT)}:{line}"
        if marker == "skip":
            assert argument, f"{where}: 'docs-test: skip' needs a reason"
            skipped.append(f"{where} ({argument})")
            continue
        if marker == "needs":
            missing = [m for m in argument.split() if importlib.util.find_spec(m) is None]
            if missing:
                skipped.append(f"{where} (needs {', '.join(missing)})")
                continue
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(code, where, "exec"), namespace)
        except Exception as err:
            pytest.fail(f"{where}: the block raised {type(err).__name__}: {err}")
    if skipped and len(skipped) == len(blocks(page, "python")):
        pytest.skip("not run: " + "; ".join(skipped))
    for reason in skipped:  # the rest ran; say what did not
        warnings.warn(f"docs block not run: {reason}", stacklevel=1)


def test_markers_are_only_the_two_documented() -> None:
    for page in PAGES:
        for line_no, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("<!--") and "docs-test:" in line:
                assert _MARK.search(line), f"{page.name}:{line_no}: unknown docs-test marker {line!r}"


JQ_CALLS = [
    (page, line, call)
    for page in PAGES
    for lang in ("sh", "console", "bash")
    for line, code, _, _ in blocks(page, lang)
    for call in re.findall(r"\bjq\s+(?:-\w+\s+)*'([^']*)'", code)
]


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
@pytest.mark.parametrize("page, line, program", JQ_CALLS, ids=[f"{p.name}:{n}" for p, n, _ in JQ_CALLS])
def test_jq_programs_in_the_docs_parse_and_run(page: Path, line: int, program: str) -> None:
    from claimcheck import check

    doc = check(str(ROOT / "examples" / "declaration")).to_json()
    proc = subprocess.run(["jq", program], input=doc, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"{page.name}:{line}: jq {program!r}: {proc.stderr}"
    assert proc.stdout.strip(), f"{page.name}:{line}: jq {program!r} printed nothing"


def test_readme_sample_report_is_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme_sample.py"), "--check"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
