"""The examples run top to bottom: the notebook's code cells in order, and the plain script.

The notebook is executed the way Jupyter would run it (one namespace, working directory
``examples/``), without needing Jupyter: its code cells are read from the ``.ipynb`` JSON, and
cells starting with ``%`` or ``!`` (IPython magics and shell escapes) are skipped.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import linecache
import runpy
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NOTEBOOK = EXAMPLES / "declaration.ipynb"
SCRIPT = EXAMPLES / "declaration.py"
CORPUS = EXAMPLES / "declaration"


def code_cells(path: Path) -> list[str]:
    """Return the source of each code cell of a notebook, magics and shell escapes left out."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"]
        text = "".join(source) if isinstance(source, list) else source
        if text.lstrip().startswith(("%", "!")):
            continue
        cells.append(text)
    return cells


def run_cell(text: str, namespace: dict[str, Any], name: str) -> Any:
    """Run one cell like IPython: the value of a trailing expression is returned."""
    linecache.cache[name] = (len(text), None, text.splitlines(keepends=True), name)  # readable tracebacks
    tree = ast.parse(text, filename=name)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, name, "exec"), namespace)
    return eval(compile(last, name, "eval"), namespace) if last is not None else None


def test_corpus_is_there() -> None:
    articles = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert len(articles) == 7
    assert (CORPUS / "README.md").is_file()
    manifest = json.loads((CORPUS / "claimcheck.json").read_text(encoding="utf-8"))
    assert set(manifest) <= set(articles)


def test_notebook_is_valid_json_without_outputs() -> None:
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert notebook["nbformat"] == 4
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []
            assert cell["execution_count"] is None


def test_notebook_runs_top_to_bottom(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")  # the notebook draws pictures (the plot extra)
    monkeypatch.chdir(EXAMPLES)  # Jupyter starts in the notebook's folder
    monkeypatch.setenv("MPLBACKEND", "Agg")  # headless, as on a server or in CI
    namespace: dict[str, Any] = {"__name__": "__main__"}
    cells = code_cells(NOTEBOOK)
    assert cells
    for number, text in enumerate(cells, start=1):
        namespace["_"] = run_cell(text, namespace, f"{NOTEBOOK.name}[cell {number}]")
    report = namespace["report"]
    assert report.sources
    assert namespace["restored"] == report
    # the pictures show the planted copy and conflicts, and the agreements timeline
    graph, timeline = namespace["graph"], namespace["timeline"]
    assert graph.edges["copy_of"] == (("02_northbridge_wire", "01_caspian_ledger"),)
    assert {a for a, _ in graph.edges["conflicts"]} >= {"06_aral_bulletin", "07_lowland_gazette"}
    assert graph._repr_svg_().startswith("<svg")  # what Jupyter displays
    assert any(p[3] and p[2] == 236 for p in timeline.points)
    assert timeline.consensus == 263


def test_script_runs(tmp_path: Path) -> None:
    out = tmp_path / "declaration.json"
    module = runpy.run_path(str(SCRIPT))
    assert module["main"]([str(SCRIPT), str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "claimcheck"
    assert document["version"] == 2
    if importlib.util.find_spec("matplotlib") is not None:
        assert "<svg" in (tmp_path / "declaration-graph.svg").read_text(encoding="utf-8")
        assert (tmp_path / "declaration-agreements.png").read_bytes()[:4] == b"\x89PNG"
