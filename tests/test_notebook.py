"""One notebook output per display: rendering never displays a side output of its own."""

from __future__ import annotations

import sys
import types

import pytest

import claimcheck as cc
from factories import sample_report


@pytest.fixture
def notebook(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Pretend to be a Jupyter kernel: rich then displays what a console prints, unless told not to.

    Collects everything rich would display through IPython (the side outputs).
    """
    import rich.console

    shown: list[object] = []
    display = types.ModuleType("IPython.display")
    display.display = lambda *a, **k: shown.append(a)  # type: ignore[attr-defined]
    display.Markdown = display.HTML = lambda *a, **k: a  # type: ignore[attr-defined]
    ipython = types.ModuleType("IPython")
    ipython.display = display  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", ipython)
    monkeypatch.setitem(sys.modules, "IPython.display", display)
    monkeypatch.setattr(rich.console, "_is_jupyter", lambda: True)
    return shown


def test_the_probe_sees_a_side_output(notebook: list[object]) -> None:
    """Without ``force_jupyter=False`` a recording console displays a side output (the bug)."""
    import io

    from rich.console import Console

    Console(record=True, file=io.StringIO(), force_terminal=True).print("x")
    assert notebook


def _objects() -> list[object]:
    report = sample_report()
    fact = report.fact("agreements")
    return [report, fact, fact.fact, report.claims[0], report.sources[1]]


@pytest.mark.parametrize("k", range(5), ids=["report", "fact in report", "fact", "claim", "source"])
def test_one_output_per_display(notebook: list[object], k: int) -> None:
    obj = _objects()[k]
    bundle = obj._repr_mimebundle_()  # type: ignore[attr-defined]
    assert notebook == []  # no side output
    assert set(bundle) == {"text/plain", "text/html"}
    assert "\x1b" not in bundle["text/plain"] and "\x1b" not in bundle["text/html"]
    assert bundle["text/plain"].strip()


def test_passing_assert_fact_displays_nothing_but_its_result(notebook: list[object]) -> None:
    fact = cc.assert_fact(sample_report(), "263 agreements")
    assert notebook == []
    assert "agreements" in fact._repr_mimebundle_()["text/plain"]
    assert notebook == []


def test_a_looked_up_fact_shows_its_evidence() -> None:
    report = sample_report()
    plain = report.facts_by_id["f-agreements"]._repr_mimebundle_()["text/plain"]
    looked_up = report.fact("agreements")._repr_mimebundle_()["text/plain"]
    assert "origin:" in looked_up and "origin:" not in plain  # the view knows its report
