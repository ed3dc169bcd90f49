"""Pictures: what the graph and timeline show, PNG/SVG output, HTML embedding, a real browser."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")

import claimcheck as cc
from claimcheck.model import Source
from claimcheck.plot import graph_command, plot_graph, plot_timeline, report_html_with_pictures, to_svg

EXAMPLES = Path(__file__).parent.parent / "examples" / "declaration"


@pytest.fixture(scope="module")
def report() -> cc.Report:
    return cc.check(str(EXAMPLES))


def test_graph_draws_every_node_and_edge(report: cc.Report, tmp_path: Path) -> None:
    pic = plot_graph(report, path=tmp_path / "graph.png")
    g = report.graph
    kinds = [d["kind"] for _, d in g.nodes(data=True)]
    assert len(pic.nodes["source"]) == kinds.count("source")
    assert len(pic.nodes["origin"]) == kinds.count("origin")
    assert len(pic.nodes["fact"]) == min(12, kinds.count("fact"))
    types = [d["type"] for *_, d in g.edges(data=True)]
    assert len(pic.edges["copy_of"]) == types.count("copy_of") == 1
    assert len(pic.edges["conflicts"]) >= 2
    assert len(pic.edges["origin_of"]) == types.count("origin_of")
    # what the axes hold matches what we say was drawn
    ax = pic.figure.axes[0]
    drawn = [p.get_gid() for p in ax.patches]
    for etype, pairs in pic.edges.items():
        assert drawn.count(f"edge-{etype}") == len(pairs)
    markers = {c.get_gid(): len(c.get_offsets()) for c in ax.collections}
    for kind, ids in pic.nodes.items():
        assert markers[f"nodes-{kind}"] == len(ids)
    png = tmp_path / "graph.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000


def test_timeline_one_point_per_source_conflict_marked(report: cc.Report, tmp_path: Path) -> None:
    fact = report.fact("agreements")
    pic = plot_timeline(report, fact, path=tmp_path / "t.png")
    claims = {c.id: c for c in report.claims}
    sources = {claims[c].span.source_id for c in fact.supporting + fact.conflicting}
    assert {p[0] for p in pic.points} == sources
    bad_sources = {claims[c].span.source_id for c in fact.conflicting}
    assert {p[0] for p in pic.points if p[3]} == bad_sources
    assert bad_sources
    ax = pic.figure.axes[0]
    by_gid = {c.get_gid(): len(c.get_offsets()) for c in ax.collections}
    assert by_gid["conflicting"] == sum(p[3] for p in pic.points)
    assert pic.consensus == 263
    assert (tmp_path / "t.png").stat().st_size > 5_000


def test_svg_embed_is_offline_and_escaped() -> None:
    evil = "Officials said 263 agreements were signed. <script>alert(1)</script>"
    text = f"---\noutlet: Evil Wire\npublished: 2024-04-23\n---\n{evil}\n"
    rep = cc.check([Source(id="evil", text=text), Source(id="ok", text="263 agreements were signed.")])
    html = report_html_with_pictures(rep)
    assert "<svg" in html
    assert "<script>alert(1)</script>" not in html
    assert "<script src" not in html.lower()
    assert "http://" not in html.split("<svg", 1)[0].lower().replace("http://www.w3.org", "")
    assert to_svg(plot_graph(rep).figure).startswith("<svg")


def test_graph_command_writes_svg(tmp_path: Path) -> None:
    out = tmp_path / "graph.svg"
    assert graph_command([str(EXAMPLES)], str(out)) == 0
    assert "<svg" in out.read_text()


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium browser installed (Debian package 'chromium')")
def test_html_report_in_headless_chromium(report: cc.Report, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(report_html_with_pictures(report), encoding="utf-8")
    shot = tmp_path / "shot.png"
    base = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    url = page.as_uri()
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1200,2000", url], check=True, timeout=120)
    assert shot.stat().st_size > 20_000
    dom = subprocess.run(
        [*base, "--dump-dom", url], check=True, timeout=120, capture_output=True, text=True
    ).stdout
    assert "<svg" in dom
    assert "agreements" in dom
