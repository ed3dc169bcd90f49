"""Pictures: what the graph and timeline show, PNG/SVG output, HTML embedding, a real browser."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import re
import shutil
import subprocess
import sys
import zlib
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

pytest.importorskip("matplotlib")

from matplotlib.backends.backend_agg import FigureCanvasAgg

import claimcheck as cc
from claimcheck.cli import main
from claimcheck.model import Fact, Source
from claimcheck.output.plot import (
    graph_command,
    plot_graph,
    plot_timeline,
    report_html_with_pictures,
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
        assert fact._report is rep
        points = fact.plot().points
        assert len(points) == len(set(points))
        assert {p[0] for p in points if p[3]} <= {rep.claim(c).source_id for c in fact.conflicting}
    restored = cc.Report.from_json(rep.to_json())
    assert restored == rep
    assert all(f._report is restored for f in restored.facts)


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
    for f in report.facts:  # every fact, not only looked-up ones
        assert f._report is report
    restored = cc.Report.from_json(report.to_json())
    assert restored.fact("agreements").plot().points == pic.points


def test_back_reference_is_not_data(report: cc.Report) -> None:
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
    )
    assert bare == fact and hash(bare) == hash(fact)
    assert repr(bare) == repr(fact)
    assert "_report" not in repr(fact)
    with pytest.raises(ValueError, match="belongs to no report"):
        bare.plot()
    assert bare.plot(report).points  # given explicitly it works
    # the JSON export is the same with or without the back-reference
    doc = json.loads(report.to_json())
    assert "_report" not in json.dumps(doc)


def test_missing_matplotlib_names_the_extra(report: cc.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib -> ImportError
    with pytest.raises(ImportError, match=re.escape("claimcheck-provenance[plot]")):
        report.plot_graph()
    with pytest.raises(ImportError, match=re.escape("claimcheck-provenance[plot]")):
        report.fact("agreements").plot()
    err = io.StringIO()
    assert graph_command([str(EXAMPLES)], "graph.svg", stderr=err) == 2
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
    html = report_html_with_pictures(rep)
    assert "<svg" in html
    assert "<script>alert(1)</script>" not in html
    assert "<script" not in html.lower()
    assert "http://" not in html.split("<svg", 1)[0].lower().replace("http://www.w3.org", "")
    assert to_svg(plot_graph(rep).figure).startswith("<svg")


def test_html_report_embeds_graph_and_timeline(report: cc.Report) -> None:
    html = report_html_with_pictures(report)
    assert html.count('<figure id="claim-graph"') == 1
    assert html.count('<figure id="timeline"') == 1
    assert html.count("<svg") == 2
    assert timeline_fact(report) == report.fact("263 agreements")  # contested, most dated marks
    for href in re.findall(r'(?:href|src)="([^"#][^"]*)"', html):
        assert href.startswith("data:") or "www.w3.org" in href, href  # nothing to fetch


def test_svg_output_is_reproducible(report: cc.Report) -> None:
    fig = plot_graph(report).figure
    assert to_svg(fig) == to_svg(plot_graph(report).figure)


def test_graph_command_writes_svg(tmp_path: Path) -> None:
    out = tmp_path / "graph.svg"
    assert graph_command([str(EXAMPLES)], str(out)) == 0
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


# -- a real browser ---------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

#: Appended to a copy of the page by the test only: proves scripts ran without error and that the
#: facts table and the graph are laid out with a visible size. The shipped report has no script.
PROBE_HEAD = """<script>
window.__errors = [];  // script errors, and resources that failed to load (capture phase)
window.addEventListener("error", function (e) {
  window.__errors.push(e.message ? String(e.message) : (e.target && e.target.tagName) + " failed to load");
}, true);
</script>"""
PROBE = """<script>
window.addEventListener("load", function () {
  function shown(el) {  // laid out, not hidden, and on top at its own centre once scrolled to
    if (!el) return null;
    el.scrollIntoView({block: "center"});
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    if (r.width < 50 || r.height < 50 || s.visibility === "hidden" || s.display === "none") return null;
    var hit = document.elementFromPoint(r.left + r.width / 2, Math.max(0, Math.min(r.top + r.height / 2,
                                        window.innerHeight - 1)));
    return hit && (hit === el || el.contains(hit)) ? Math.round(r.width) + "x" + Math.round(r.height) : null;
  }
  var table = Array.prototype.find.call(document.querySelectorAll("pre, table"), function (el) {
    return el.textContent.indexOf("Facts") >= 0 && el.textContent.indexOf("263 agreements") >= 0;
  });
  var graph = document.querySelector("#claim-graph svg");
  var timeline = document.querySelector("#timeline svg");
  var first = graph ? graph.getBoundingClientRect().top + window.scrollY : -1;
  var result = {errors: window.__errors, graphTop: first, table: shown(table),
                graph: shown(graph), timeline: shown(timeline)};
  var out = document.createElement("div");
  out.id = "probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>"""


def _with_probe(html: str) -> str:
    head = html.find("<head>") + len("<head>")
    html = html[:head] + PROBE_HEAD + html[head:]
    end = html.rfind("</body>")
    return html[:end] + PROBE + html[end:]


def _png_size_and_colours(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct pixel values in a sample of rows (8-bit RGB/RGBA PNG)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
            assert body[8] == 8, "8-bit samples expected"
            colour_type = body[9]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = {2: 3, 6: 4}[colour_type]
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    seen: set[bytes] = set()
    prev = bytearray(stride - 1)
    for y in range(height):  # undo the PNG filters row by row
        line = raw[y * stride : (y + 1) * stride]
        ftype, cur = line[0], bytearray(line[1:])
        for i in range(len(cur)):
            a = cur[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                cur[i] = (cur[i] + a) & 0xFF
            elif ftype == 2:
                cur[i] = (cur[i] + b) & 0xFF
            elif ftype == 3:
                cur[i] = (cur[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                cur[i] = (cur[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        if y % 16 == 0:
            seen.update(bytes(cur[i : i + channels]) for i in range(0, len(cur), channels))
        prev = cur
    return width, height, len(seen)


def _chromium(tmp_path: Path, *args: str) -> str:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",  # small /dev/shm in containers
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, check=True, timeout=180, capture_output=True, text=True).stdout


def _probe(tmp_path: Path, html: str, name: str = "report.html") -> dict[str, object]:
    """Open the page with the probe in headless Chromium and return what the probe found."""
    page = tmp_path / name
    page.write_text(_with_probe(html), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", "--virtual-time-budget=5000", page.as_uri())
    found = re.search(r'<div id="probe">(.*?)</div>', dom)
    assert found, "the probe script did not run"
    result: dict[str, object] = json.loads(unescape(found.group(1)))
    return result


needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium browser on PATH (Debian package 'chromium', installed by .ci/run)"
)


@needs_chromium
def test_html_report_in_headless_chromium(report: cc.Report, tmp_path: Path) -> None:
    html = report_html_with_pictures(report)
    assert "<script" not in html.lower()
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,2400", page.as_uri())
    assert shot.parent == tmp_path
    width, height, colours = _png_size_and_colours(shot.read_bytes())
    assert (width, height) == (1200, 2400)
    assert colours > 20  # text, lines and coloured nodes; a blank page has one or two
    probe = _probe(tmp_path, html)
    assert probe["errors"] == []
    assert probe["table"], "facts table missing or not visible"
    assert probe["graph"], "claim graph missing or not visible"
    assert probe["timeline"], "timeline missing or not visible"
    assert 0 <= probe["graphTop"] < 400, "the graph should open the page"  # type: ignore[operator]


@needs_chromium
def test_browser_probe_notices_errors_and_hidden_pictures(report: cc.Report, tmp_path: Path) -> None:
    """The probe is not a rubber stamp: a broken script, a missing image and a hidden graph show."""
    html = report_html_with_pictures(report)
    broken = html.replace(
        '<figure id="claim-graph"',
        '<img src="missing.png"><script>no_such_function();</script><figure id="claim-graph" hidden',
    )
    probe = _probe(tmp_path, broken, "broken.html")
    errors = " ".join(map(str, probe["errors"]))  # type: ignore[call-overload]
    assert "no_such_function" in errors
    assert "IMG failed to load" in errors
    assert probe["graph"] is None
    assert probe["table"]
