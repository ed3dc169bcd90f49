"""Pictures: what the graph and timeline show, PNG/SVG output, HTML embedding."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg

import claimcheck as cc
from claimcheck.cli import main
from claimcheck.model import Fact, Source
from claimcheck.output.html import to_html
from claimcheck.output.plot import (
    plot_graph,
    plot_timeline,
    timeline_fact,
    to_svg,
)
from factories import reports

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples" / "declaration"


@pytest.fixture(scope="module")
def report() -> cc.Report:
    return cc.check(str(EXAMPLES))


def _gid_counts(ax: object) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in ax.collections:  # type: ignore[attr-defined]
        counts[c.get_gid()] = counts.get(c.get_gid(), 0) + len(c.get_offsets())
    return counts


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
    markers = _gid_counts(ax)
    for kind, ids in pic.nodes.items():
        assert markers[f"nodes-{kind}"] == len(ids)
    png = tmp_path / "graph.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000


def test_graph_shows_the_planted_copy_and_conflicts(report: cc.Report) -> None:
    """The example's planted mistakes are drawn and named: 02 copies 01; 236 and 23 February conflict."""
    pic = report.plot_graph()
    assert pic.edges["copy_of"] == (("02_northbridge_wire", "01_caspian_ledger"),)
    agreements = report.fact("263 agreements")
    signing = next(f for f in report.facts if f.conflicting and f.kind == "date")
    assert ("06_aral_bulletin", agreements.id) in pic.edges["conflicts"]
    assert ("07_lowland_gazette", signing.id) in pic.edges["conflicts"]
    # contested facts head the fact column
    by_id = {f.id: f for f in report.facts}
    contested = [f for f in pic.nodes["fact"] if by_id[f].conflicting]
    assert list(pic.nodes["fact"][: len(contested)]) == contested
    ax = pic.figure.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "says 236" in texts
    assert "says 2022-02-23" in texts
    assert any(t.startswith("263 agreements") and "contested: 236" in t for t in texts)
    assert "copy of\nCaspian Ledger" in texts
    assert "Northbridge Wire (copy)" in texts
    legend = [t.get_text() for t in ax.get_legend().get_texts()]  # type: ignore[union-attr]
    assert {"asserts", "agrees", "conflicts", "copy of (arrow to the original)", "origin of"} <= set(legend)


def _overlaps(boxes: list[tuple[float, float, float, float]]) -> list[int]:
    """Indexes i where box i and box i+1 (sorted by height on the page) overlap."""
    boxes = sorted(boxes, key=lambda b: b[1])
    return [
        i for i, (a, b) in enumerate(itertools.pairwise(boxes)) if a[3] > b[1] and a[2] > b[0] and b[2] > a[0]
    ]


def test_graph_labels_stay_readable_for_three_dozen_sources(tmp_path: Path) -> None:
    outlets = [f"Outlet {chr(65 + i // 6)}{i % 6} Evening Chronicle" for i in range(36)]
    sources = [
        Source(
            id=f"s{i:02d}",
            outlet=name,
            text=(
                f"Port officials in city {i} reported that {200 + (i % 4) * 7} ships had docked this "
                f"season, and the new quay is {i + 3} metres long."
            ),
        )
        for i, name in enumerate(outlets)
    ]
    rep = cc.check(sources)
    pic = plot_graph(rep)
    assert len(pic.nodes["source"]) == 36
    FigureCanvasAgg(pic.figure)
    pic.figure.canvas.draw()
    renderer = pic.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    ax = pic.figure.axes[0]
    for column in (0.0, 1.0, 2.0):
        boxes = [
            tuple(t.get_window_extent(renderer).extents)
            for t in ax.texts
            if abs(t.get_position()[0] - column) < 0.05 + 1e-9 and t.get_gid() is None
        ]
        assert _overlaps(boxes) == []  # type: ignore[arg-type]
    size = pic.figure.get_size_inches()
    assert size[1] >= 36 * 0.4  # the picture grows with the number of rows


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rep=reports())
def test_any_report_draws_what_it_says(rep: cc.Report) -> None:
    """For any valid report: every edge joins drawn nodes, and the axes hold exactly what was reported."""
    pic = plot_graph(rep, max_facts=2)
    drawn_nodes = {n for ids in pic.nodes.values() for n in ids}
    assert len(pic.nodes["fact"]) == min(2, len(rep.facts))
    for pairs in pic.edges.values():
        for a, b in pairs:
            assert a in drawn_nodes and b in drawn_nodes
    ax = pic.figure.axes[0]
    gids = [p.get_gid() for p in ax.patches]
    assert {e: gids.count(f"edge-{e}") for e in pic.edges} == {e: len(v) for e, v in pic.edges.items()}
    for fact in rep.facts:
        points = rep.fact(fact.id).plot().points
        assert len(points) == len(set(points))
        assert {p[0] for p in points if p[3]} <= {rep.claim(c).source_id for c in fact.conflicting}
    restored = cc.Report.from_json(rep.to_json())
    assert restored == rep
    assert all(restored.fact(f.id).report is restored for f in restored.facts)


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
    by_gid = _gid_counts(ax)
    assert by_gid["conflicting"] == sum(p[3] for p in pic.points)
    assert by_gid["supporting"] == sum(not p[3] for p in pic.points)
    assert pic.consensus == 263
    assert (236.0 in {p[2] for p in pic.points if p[3]}) and 263.0 not in {p[2] for p in pic.points if p[3]}
    # "more than 260" is a lower bound, drawn as such
    assert "supporting (at least)" in [t.get_text() for t in ax.get_legend().get_texts()]  # type: ignore[union-attr]
    assert (tmp_path / "t.png").stat().st_size > 5_000


def test_timeline_of_a_growing_count_rises_and_names_outlets() -> None:
    rows = [
        (
            "2004-06-01",
            "Gulf Times",
            "So far the two governments have signed more than 100 agreements, a spokesman noted.",
        ),
        (
            "2021-03-10",
            "Delta Post",
            "By now more than 230 agreements have been signed by the two states, the ministry said.",
        ),
        ("2024-04-23", "River Star", "In total 263 agreements have been signed so far, the ambassador said."),
        ("2024-04-25", "Plain News", "In total 263 agreements have now been signed, officials confirmed."),
    ]
    rep = cc.check(
        [
            Source(id=f"t{i}", text=text, outlet=outlet, published=dt.date.fromisoformat(day))
            for i, (day, outlet, text) in enumerate(rows)
        ]
    )
    pic = rep.fact("agreements").plot()
    assert [p[1] for p in pic.points] == [r[0] for r in rows]  # one mark per article, by date
    assert [p[2] for p in pic.points] == [100, 230, 263, 263]
    ax = pic.figure.axes[0]
    labels = [t.get_text() for t in ax.texts]
    # two days apart on a twenty-year axis: one label for both marks, not two on top of each other
    assert labels == ["Gulf Times", "Delta Post", "River Star, Plain News"]
    assert _gid_counts(ax)["supporting"] == 4


def test_fact_plot_uses_the_report_it_came_from(report: cc.Report) -> None:
    fact = report.fact("agreements")
    pic = fact.plot()
    assert pic.points == plot_timeline(report, fact).points
    assert fact.plot(report).points == pic.points
    for f in report.facts:  # every fact, looked up by its id
        assert report.fact(f.id).plot().points == plot_timeline(report, f).points
    restored = cc.Report.from_json(report.to_json())
    assert restored.fact("agreements").plot().points == pic.points


def test_a_fact_holds_no_report(report: cc.Report) -> None:
    """The report hands out a view that knows it; the facts it holds point nowhere."""
    import pickle

    import attrs

    fact = report.fact("agreements")
    bare = Fact(
        id=fact.id,
        label=fact.label,
        kind=fact.kind,
        subject=fact.subject,
        value=fact.value,
        claims=fact.claims,
        supporting=fact.supporting,
        conflicting=fact.conflicting,
        corroboration=fact.corroboration,
        origins=fact.origins,
        updating=fact.updating,
        unclassified=fact.unclassified,
    )
    assert bare == fact and fact == bare and hash(bare) == hash(fact)
    assert repr(bare) == repr(fact) and "report" not in repr(fact)
    assert fact in report.facts and fact.fact == bare
    held = report.facts_by_id[fact.id]
    assert type(held) is Fact
    assert len(pickle.dumps(held)) < len(pickle.dumps(report)) / 10
    assert attrs.evolve(fact, label="renamed").report is report  # evolve keeps the view's report
    with pytest.raises(ValueError, match="does not know its report"):
        bare.plot()
    assert bare.plot(report).points == fact.plot().points  # given explicitly it works
    doc = json.loads(report.to_json())
    assert "report" not in doc["facts"][0]


def test_missing_matplotlib_names_the_extra(report: cc.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    with pytest.raises(ImportError, match=re.escape("claimcheck-provenance[plot]")):
        report.plot_graph()
    with pytest.raises(ImportError, match=re.escape("claimcheck-provenance[plot]")):
        report.fact("agreements").plot()
    out, err = io.StringIO(), io.StringIO()
    assert main(["graph", str(EXAMPLES), "-o", "graph.svg"], stdout=out, stderr=err) == 2
    assert "claimcheck-provenance[plot]" in err.getvalue()


def test_core_does_not_import_matplotlib() -> None:
    code = (
        "import sys, claimcheck as cc; r = cc.check(['Officials said 263 agreements were signed.']); "
        "r.to_json(); assert 'matplotlib' not in sys.modules, 'matplotlib imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_svg_embed_is_offline_and_escaped() -> None:
    evil = "Officials said 263 agreements were signed. <script>alert(1)</script>"
    text = f"---\noutlet: Evil Wire\npublished: 2024-04-23\n---\n{evil}\n"
    rep = cc.check([Source(id="evil", text=text), Source(id="ok", text="263 agreements were signed.")])
    html = to_html(rep, pictures=True)
    assert "<svg" in html
    assert "<script>alert(1)</script>" not in html
    assert html.lower().count("<script") == 1  # the page's own sorting script, none from the source
    assert "http://" not in html.split("<svg", 1)[0].lower().replace("http://www.w3.org", "")
    assert to_svg(plot_graph(rep).figure).startswith("<svg")


def test_html_report_embeds_graph_and_timeline(report: cc.Report) -> None:
    html = to_html(report, pictures=True)
    assert html.count('<figure id="claim-graph"') == 1
    assert html.count('<figure id="timeline"') == 1
    assert html.count("<svg") == 2
    assert timeline_fact(report) == report.fact("263 agreements")  # contested, most dated marks
    for href in re.findall(r'(?:href|src)="([^"#][^"]*)"', html):
        assert href.startswith("data:") or "www.w3.org" in href, href  # nothing to fetch


def test_svg_output_is_reproducible(report: cc.Report) -> None:
    fig = plot_graph(report).figure
    assert to_svg(fig) == to_svg(plot_graph(report).figure)


def test_cli_graph_writes_svg(tmp_path: Path) -> None:
    out = tmp_path / "graph.svg"
    assert main(["graph", str(EXAMPLES), "-o", str(out)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert "<svg" in out.read_text()


def test_cli_graph_writes_png(tmp_path: Path) -> None:
    out = tmp_path / "graph.png"
    stdout, stderr = io.StringIO(), io.StringIO()
    assert main(["graph", str(EXAMPLES), "-o", str(out)], stdout=stdout, stderr=stderr) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stderr.getvalue() == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/no-such-folder", "-o", "{tmp}/g.svg"], "no such file or folder"),
        (["{tmp}/empty", "-o", "{tmp}/g.svg"], "Nothing to load"),
        ([str(EXAMPLES), "-o", "{tmp}/g.gif"], "must end in .svg, .png or .pdf"),
        ([str(EXAMPLES), "-o", "{tmp}/g"], "must end in .svg, .png or .pdf"),
        ([str(EXAMPLES), "-o", "{tmp}/missing/g.svg"], "no folder"),
    ],
)
def test_cli_graph_bad_input_exits_2_without_traceback(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty").mkdir()
    argv = ["graph", *(a.format(tmp=tmp_path) for a in args)]
    stdout, stderr = io.StringIO(), io.StringIO()
    assert main(argv, stdout=stdout, stderr=stderr) == 2
    err = stderr.getvalue()
    assert "Traceback" not in err
    assert message in err
    assert err.strip().splitlines()[-1].startswith("claimcheck: error:")
    assert not list(tmp_path.glob("g*")) and not list(tmp_path.glob("missing"))


def test_cli_graph_without_output_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(EXAMPLES)], stdout=io.StringIO(), stderr=io.StringIO()) == 2
    assert "-o/--output" in capsys.readouterr().err  # argparse's own message


def test_committed_readme_picture_is_small_svg() -> None:
    svg = ROOT / "docs" / "img" / "graph.svg"
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and len(text.encode()) < 150_000
    assert "](docs/img/graph.svg)" in (ROOT / "README.md").read_text(encoding="utf-8")


# The HTML report in a real browser: tests/test_html_report.py (the page is output/html.py).
