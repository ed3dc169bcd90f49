"""The shape of the package, read from the imports (ast): no cycle, nothing imports upward.

Every ``import`` and ``from ... import`` of ``claimcheck`` counts, at module level, inside
functions (lazy imports) and under ``if TYPE_CHECKING``. The layers, bottom to top:

* ``errors``, ``_words``: import nothing of the project but themselves (``_words`` may read
  ``errors``);
* ``model``: may import ``errors`` only;
* the stages, in pipeline order: ``loading`` < ``extraction`` < ``linking`` < ``scoring``; a stage
  may import the stages before it (and ``_words``, ``errors``, ``model``, ``_gc``), never one after;
* ``fusion``: a stage of its own (structured records): may read ``extraction`` (value parsing),
  never ``linking``/``scoring`` nor any output;
* ``runners``, ``pipeline``: run the stages; import no output;
* ``output``: reads the model and the stages' public data, never ``cli``;
* ``cli``, ``__init__``, ``__main__``: the top.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimcheck"

#: what each part may import (besides itself); a part is the first name under claimcheck
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "_version": set(),
    "_json": set(),
    "_words": {"errors"},
    "model": {"errors"},
    "_gc": set(),
    "loading": {"errors", "_words", "model", "_gc"},
    "extraction": {"errors", "_words", "model", "_gc", "loading"},
    "linking": {"errors", "_words", "model", "_gc", "loading", "extraction"},
    "scoring": {"errors", "_words", "model", "_gc", "loading", "extraction", "linking"},
    "fusion": {"errors", "_words", "model", "extraction"},
    "runners": {"errors", "_words", "model", "_gc", "loading", "extraction", "linking", "scoring"},
    "pipeline": {
        "errors",
        "_words",
        "model",
        "_gc",
        "loading",
        "extraction",
        "linking",
        "scoring",
        "runners",
    },
    "output": {"errors", "_words", "model", "loading", "extraction", "linking", "scoring"},
    "cli": {
        "errors",
        "_words",
        "model",
        "loading",
        "extraction",
        "linking",
        "scoring",
        "fusion",
        "runners",
        "pipeline",
        "output",
    },
}
TOP = {"__init__", "__main__"}
#: anything may read these leaves
LEAVES = {"_version", "_json"}

#: Upward imports that remain, each with the way out (files owned by other work in progress).
KNOWN_UPWARD = {}

#: Cycles between modules of one package, each closed by a lazy import inside a function.
KNOWN_CYCLES = {
    frozenset({"claimcheck.fusion._registry", f"claimcheck.fusion.{m}"}): "methods register on import"
    for m in ("accu", "accucopy", "catd", "truthfinder", "vote")
} | {
    frozenset({"claimcheck.extraction._document", "claimcheck.extraction._speakers"}): "deferred",
    frozenset({"claimcheck.extraction._document", "claimcheck.extraction.quotes"}): "deferred",
    frozenset(
        {"claimcheck.extraction._document", "claimcheck.extraction.quotes", "claimcheck.extraction._registry"}
    ): "deferred",
    frozenset({"claimcheck.loading.html", "claimcheck.loading.htmlmeta"}): "deferred",
    frozenset({"claimcheck.output.export", "claimcheck.output.plot"}): "to_html embeds pictures",
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imports_of(path: Path) -> Iterator[tuple[str, int]]:
    """Every claimcheck module ``path`` imports (absolute name, line), lazy ones included."""
    yield from imports_in(path.read_text(encoding="utf-8"), _module_name(path), package=_is_package(path))


def imports_in(code: str, name: str, *, package: bool = False) -> Iterator[tuple[str, int]]:
    """Every claimcheck module the module ``name`` with source ``code`` imports, with its line."""
    tree = ast.parse(code)
    here = name.split(".")
    package_parts = here if package else here[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "claimcheck":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            if module.split(".")[0] != "claimcheck":
                continue
            yield module, node.lineno
            for alias in node.names:  # ``from claimcheck.output import report`` imports a module
                sub = f"{module}.{alias.name}"
                if (SRC.parent / sub.replace(".", "/")).with_suffix(".py").exists() or (
                    SRC.parent / sub.replace(".", "/") / "__init__.py"
                ).exists():
                    yield sub, node.lineno


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        name = _module_name(path)
        graph[name] = {m for m, _ in imports_of(path) if m != name}
    return graph


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_upward_import(path: Path) -> None:
    name = _module_name(path)
    part = _part(name)
    if part in TOP:
        return
    assert part in ALLOWED, f"{name}: a new top-level part {part!r}: give it a layer in ALLOWED"
    bad = [
        f"line {line}: {module}"
        for module, line in imports_of(path)
        if _part(module) != part
        and _part(module) not in ALLOWED[part] | LEAVES
        and (name, module) not in KNOWN_UPWARD
    ]
    assert not bad, f"{name} imports upward: " + "; ".join(bad)


def test_no_import_cycle() -> None:
    """Between packages and modules alike: a package counts as the modules under it."""
    graph = _graph()
    # a package's __init__ importing its own submodules is how packages work: not a cycle
    edges = {
        m: {t for t in targets if t in graph and not (m.startswith(t + ".") and t != "claimcheck")}
        for m, targets in graph.items()
    }
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(n: str) -> None:
        state[n] = 1
        stack.append(n)
        for t in sorted(edges.get(n, ())):
            if t == "claimcheck" or (t.startswith(n + ".") and _is_pkg(n)):
                continue  # a package importing its own submodules
            if state.get(t) == 1:
                cycles.append([*stack[stack.index(t) :], t])
            elif t not in state:
                visit(t)
        stack.pop()
        state[n] = 2

    for n in sorted(edges):
        if n not in state:
            visit(n)
    cycles = [c for c in cycles if frozenset(c) not in KNOWN_CYCLES]
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def _is_pkg(name: str) -> bool:
    return (SRC.parent / name.replace(".", "/") / "__init__.py").exists()


@pytest.mark.parametrize(
    "code, exp",
    [
        ("def f():\n    from claimcheck.output.report import print_report\n", "claimcheck.output.report"),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import claimcheck.cli\n",
            "claimcheck.cli",
        ),
        ("from ..output import plot\n", "claimcheck.output.plot"),
        ("from . import _link\n", "claimcheck.linking._link"),
    ],
)
def test_the_reader_sees_lazy_typing_and_relative_imports(code: str, exp: str) -> None:
    assert exp in {m for m, _ in imports_in(code, "claimcheck.linking.stories")}


def test_an_upward_import_is_caught() -> None:
    code = "def render():\n    from claimcheck.output.report import print_report\n"
    found = [m for m, _ in imports_in(code, "claimcheck.model")]
    assert [m for m in found if _part(m) not in ALLOWED["model"]] == ["claimcheck.output.report"]


def test_model_imports_nothing_of_the_project_but_errors() -> None:
    found = {m for m, _ in imports_of(SRC / "model.py")}
    assert found == {"claimcheck.errors"}
