"""The HTML report (output/html.py): structure, escaping, offline, and a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zlib
from html import escape, unescape
from pathlib import Path

import pytest

import claimcheck as cc
from claimcheck.model import Source
from claimcheck.output.html import corpus_title, to_html

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "declaration"
EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def report() -> cc.Report:
    return cc.check(str(EXAMPLES))


@pytest.fixture(scope="module")
def page(report: cc.Report) -> str:
    return to_html(report, pictures=False)


def _article(outlet: str, number: int, day: int) -> str:
    return (
        f"---\noutlet: {outlet}\npublished: 2024-04-{day:02d}\n---\n"
        f"Officials said {number} agreements were signed so far, Ilse Brandt said. {EVIL}\n"
    )


@pytest.fixture(scope="module")
def evil_report() -> cc.Report:
    texts = [_article("Wire <b>One</b>", 263, 3), _article("Daily & Co", 263, 4), _article("Third", 236, 5)]
    return cc.check(texts)


def test_title_and_heading_name_the_corpus(report: cc.Report, page: str) -> None:
    title = corpus_title(report)
    assert title == "claimcheck report on declaration: 7 sources, 7 outlets, 22 February 2022 – 24 April 2024"
    assert f"<title>{title}</title>" in page
    assert re.search(r"<h1>claimcheck report on declaration: 7 sources", page)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page


@pytest.mark.parametrize(
    "dates, exp",
    [
        (["2024-04-03"], "3 April 2024"),
        (["2024-04-05", "2024-04-03"], "3–5 April 2024"),
        (["2024-03-30", "2024-04-03"], "30 March – 3 April 2024"),
        (["2023-12-30", "2024-01-02"], "30 December 2023 – 2 January 2024"),
    ],
)
def test_corpus_title_date_range(dates: list[str], exp: str) -> None:
    import datetime as dt

    sources = tuple(
        Source(id=f"s{i}", text="x", published=dt.date.fromisoformat(d), outlet=f"O{i % 2}")
        for i, d in enumerate(dates)
    )
    rep = cc.Report(sources=sources, claims=(), links=(), facts=())
    outlets = len({s.outlet for s in sources})
    n = len(sources)
    counts = f"{n} source{'s' if n > 1 else ''}, {outlets} outlet{'s' if outlets > 1 else ''}"
    assert corpus_title(rep) == f"claimcheck report: {counts}, {exp}"


def test_contents_put_contested_facts_first(report: cc.Report, page: str) -> None:
    nav = page[page.index('<nav class="toc"') : page.index("</nav>")]
    links = re.findall(r'href="#([^"]+)"', nav)
    contested = [f for f in report.facts if f.conflicting]
    assert contested and links[0] == "contested"
    assert all(x.startswith("conflict-") for x in links[1 : 1 + len(contested)])
    assert links[1 + len(contested) :][:1] == ["facts"]
    for target in links:  # every link lands somewhere
        assert f'id="{target}"' in page


def test_facts_table_has_a_row_per_fact_contested_first(report: cc.Report, page: str) -> None:
    body = page[page.index('<table class="facts"') : page.index("</table>")]
    rows = re.findall(r"<tr id=\"(fact-[^\"]+)\"( class=\"is-contested\")?", body)
    assert len(rows) == len(report.facts)
    flags = [bool(c) for _, c in rows]
    assert flags == sorted(flags, reverse=True)  # contested rows first
    assert sum(flags) == sum(1 for f in report.facts if f.conflicting)
    assert body.count('<details class="prov">') == len(report.facts)


def test_provenance_holds_claims_outlets_copies_and_terms(report: cc.Report, page: str) -> None:
    fact = report.fact("263 agreements")
    row = page[page.index('<tr id="fact-' + fact.id) :]
    details = row[: row.index("</details>")]
    assert details.count('<span class="role role-') == len(fact.claims)
    assert "<h4>Outlets</h4>" in details and "Aral Bulletin" in details
    assert "<h4>Copies discounted</h4>" in details and "Northbridge Wire copies Caspian Ledger" in details
    for term in fact.corroboration.explanation:
        assert f"<li>{escape(term)}</li>" in details


def test_conflicting_values_are_marked(report: cc.Report, page: str) -> None:
    assert '<span class="value-conflict">236</span>' in page
    assert '<mark class="value conflict" title="count: agreements = 236">236' in page


def test_every_article_is_there_with_its_claims_marked(report: cc.Report, page: str) -> None:
    for src in report.sources:
        claims = [c for c in report.claims if c.source_id == src.id]
        start = page.index(f'<article class="source" id="src-{src.id}"')
        art = page[start : page.index("</article>", start)]
        values = [c for c in claims if c.kind != "quote"]
        marks = re.findall(r'<mark class="value[^"]*" title="[^"]*">(.*?)<span class="tag">', art)
        assert len(marks) == len({(c.span.start, c.span.end) for c in values})
        assert {unescape(m) for m in marks} == {src.text[c.span.start : c.span.end] for c in values}
        quotes = {(c.span.start, c.span.end) for c in claims if c.kind == "quote"}
        assert art.count('<span class="tag">quote</span>') == len({end for _, end in quotes})
        text = re.sub(r'<span class="tag">[^<]*</span>', "", art[art.index('<div class="text">') :])
        assert unescape(re.sub(r"<[^>]+>", "", text)) == src.text  # the whole text, nothing lost


def test_speakers_are_marked(page: str) -> None:
    assert '<span class="speaker">Valiyeva</span>' in page


def test_source_text_and_metadata_are_escaped(evil_report: cc.Report) -> None:
    page = to_html(evil_report, pictures=False)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert page.count("&lt;script&gt;") >= 3 and page.count("&lt;img src=x onerror=alert(1)&gt;") >= 3
    assert "Wire &lt;b&gt;One&lt;/b&gt;" in page and "<b>One</b>" not in page
    assert page.count("<script") == 1  # the page's own sorting script, nothing from the sources


def test_nothing_is_fetched(report: cc.Report) -> None:
    pytest.importorskip("matplotlib")
    page = to_html(report)
    assert "<svg" in page
    for ref in re.findall(r'(?:href|src|xlink:href)="([^"]*)"', page):
        assert ref.startswith(("#", "data:")), ref
    assert "<link" not in page and "@import" not in page and "url(" not in page.replace("url(#", "")
    assert not re.search(r"<script[^>]+src=", page)


def test_pictures_come_after_the_facts(report: cc.Report) -> None:
    pytest.importorskip("matplotlib")
    page = to_html(report)
    assert page.index('id="facts"') < page.index('id="pictures"') < page.index('id="articles"')
    assert page.count('<figure id="claim-graph"') == 1 and page.count('<figure id="timeline"') == 1
    assert "<svg" not in to_html(report, pictures=False)


def test_no_pictures_without_matplotlib(report: cc.Report, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real(name)
    )
    page = to_html(report)
    assert "<svg" not in page and 'id="pictures"' not in page


def test_refused_inputs_are_listed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_article("Wire", 263, 3), encoding="utf-8")
    rep = cc.check([str(tmp_path / "a.txt"), str(tmp_path / "gone.txt")])
    page = to_html(rep, pictures=False)
    assert '<section id="refused">' in page and "gone.txt: no such file or folder." in page
    assert '<a href="#refused"' in page


def test_old_names_render_the_new_page(report: cc.Report) -> None:
    from claimcheck.output.export import to_html as export_html

    assert export_html(report, pictures=False) == to_html(report, pictures=False)


def test_empty_report_renders() -> None:
    page = to_html(cc.Report(sources=(), claims=(), links=(), facts=()))
    assert "<title>claimcheck report: 0 sources</title>" in page and "No facts" in page


# -- a real browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium browser on PATH (Debian package 'chromium', installed by .ci/run)"
)

#: Added to a copy of the page by the test only: records script errors and console errors.
PROBE_HEAD = """<script>
window.__errors = [];
window.addEventListener("error", function (e) {
  window.__errors.push(e.message ? String(e.message) : (e.target && e.target.tagName) + " failed to load");
}, true);
var __consoleError = console.error;
console.error = function () {
  window.__errors.push("console.error: " + Array.prototype.join.call(arguments, " "));
  __consoleError.apply(console, arguments);
};
</script>"""

#: Runs after the page's own script: sorts, filters, measures contrast, reports as JSON.
PROBE = r"""<script>
window.addEventListener("load", function () {
  var result = {errors: window.__errors};
  var table = document.getElementById("facts-table");
  var heads = table.tHead.rows[0].cells;
  function column(i) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      var v = r.cells[i].getAttribute("data-sort");
      return v === null ? r.cells[i].firstChild.textContent.trim() : parseFloat(v);
    });
  }
  result.initial = column(3);
  heads[3].querySelector("button").click();
  result.scoreFirst = column(3); result.scoreFirstSort = heads[3].getAttribute("aria-sort");
  heads[3].querySelector("button").click();
  result.scoreSecond = column(3); result.scoreSecondSort = heads[3].getAttribute("aria-sort");
  heads[0].querySelector("button").click();
  result.labels = column(0);
  var visible = function () {
    return Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hidden; }).length;
  };
  var box = document.getElementById("facts-filter");
  box.value = "agreements"; box.dispatchEvent(new Event("input"));
  result.filtered = visible(); result.countText = document.getElementById("facts-count").textContent;
  box.value = ""; box.dispatchEvent(new Event("input"));
  document.getElementById("facts-contested").click();
  result.contestedOnly = visible();
  document.getElementById("facts-contested").click();
  result.all = visible();

  // contrast of every piece of text against what is painted behind it (WCAG 2 formula)
  Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  function rgba(s) {
    var m = /rgba?\(([^)]+)\)/.exec(s); if (!m) { return null; }
    var p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function over(top, bottom) {
    var a = top[3];
    return [0, 1, 2].map(function (i) { return top[i] * a + bottom[i] * (1 - a); }).concat([1]);
  }
  function lum(c) {
    var v = c.slice(0, 3).map(function (x) {
      x /= 255;
      return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
  }
  function behind(el) {
    var layers = [];
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      var c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) { break; } }
    }
    var bg = [255, 255, 255, 1];
    for (var i = layers.length - 1; i >= 0; i--) { bg = over(layers[i], bg); }
    return bg;
  }
  var worst = 99, offenders = [], measured = 0, conflict = 99;
  Array.prototype.forEach.call(document.body.querySelectorAll("*"), function (el) {
    if (el.closest("svg") || el.tagName === "SCRIPT" || el.tagName === "STYLE") { return; }
    var own = Array.prototype.some.call(el.childNodes, function (n) {
      return n.nodeType === 3 && n.textContent.trim();
    });
    if (!own) { return; }
    var bg = behind(el), fg = over(rgba(getComputedStyle(el).color), bg);
    var a = lum(fg), b = lum(bg), ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    measured += 1;
    if (el.matches(".value-conflict, mark.conflict")) { conflict = Math.min(conflict, ratio); }
    if (ratio < worst) { worst = ratio; }
    if (ratio < 4.5 && offenders.length < 10) {
      offenders.push(el.tagName + "." + el.className + ": " + ratio.toFixed(2));
    }
  });
  result.contrast = {worst: worst, conflict: conflict, measured: measured, offenders: offenders};
  var out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>"""


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, check=True, timeout=180, capture_output=True, text=True)


def _probe(tmp_path: Path, page: str) -> dict[str, object]:
    head = page.index("<head>") + len("<head>")
    page = page[:head] + PROBE_HEAD + page[head:]
    end = page.rindex("</body>")
    path = tmp_path / "probe.html"
    path.write_text(page[:end] + PROBE + page[end:], encoding="utf-8")
    proc = _chromium(tmp_path, "--dump-dom", "--virtual-time-budget=5000", path.as_uri())
    found = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert found, f"the probe did not run: {proc.stderr[-2000:]}"
    result: dict[str, object] = json.loads(unescape(found.group(1)))
    return result


def _png_size_and_colours(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct colours in every 16th row of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 3
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
            channels = {2: 3, 6: 4}[body[9]]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * channels + 1
    seen: set[bytes] = set()
    prev = bytearray(stride - 1)
    for y in range(height):
        line = raw[y * stride : (y + 1) * stride]
        ftype, cur = line[0], bytearray(line[1:])
        for i in range(len(cur)):
            a = cur[i - channels] if i >= channels else 0
            b, c = prev[i], (prev[i - channels] if i >= channels else 0)
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


@needs_chromium
def test_in_headless_chromium(report: cc.Report, tmp_path: Path) -> None:
    page = to_html(report)  # with pictures when matplotlib is there
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    shot = tmp_path / "report.png"
    proc = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1800", path.as_uri())
    assert "Uncaught" not in proc.stderr, proc.stderr
    width, height, colours = _png_size_and_colours(shot.read_bytes())
    assert (width, height) == (1280, 1800)
    assert colours > 20  # text, marks, bars; a blank page has one or two

    probe = _probe(tmp_path, page)
    assert probe["errors"] == []
    n = len(report.facts)
    scores = [f.score for f in report.facts]
    assert probe["scoreFirst"] == sorted(probe["scoreFirst"], reverse=True)  # type: ignore[type-var]
    assert probe["scoreFirstSort"] == "descending"
    assert probe["scoreSecond"] == sorted(scores, key=lambda s: round(s, 6))
    assert probe["scoreSecondSort"] == "ascending"
    assert probe["initial"] != probe["scoreSecond"]  # sorting changed the order
    labels = probe["labels"]
    assert labels == sorted(labels, key=str.lower)  # type: ignore[arg-type]
    expect = sum(1 for f in report.facts if "agreements" in f.label.lower())
    assert probe["filtered"] >= expect >= 1  # type: ignore[operator]
    assert probe["countText"] == f"{probe['filtered']} of {n} facts shown"
    assert probe["contestedOnly"] == sum(1 for f in report.facts if f.conflicting)
    assert probe["all"] == n
    contrast = probe["contrast"]
    assert isinstance(contrast, dict)
    assert contrast["measured"] > 200
    assert contrast["offenders"] == [] and contrast["worst"] >= 4.5
    assert contrast["conflict"] >= 4.5


@needs_chromium
def test_probe_catches_errors_and_low_contrast(report: cc.Report, tmp_path: Path) -> None:
    """The probe is not a rubber stamp: a script error and grey-on-white text are reported."""
    page = to_html(report, pictures=False)
    page = page.replace("</style>", ".muted { color: #b0b0b0; }</style>")
    page = page.replace("</body>", "<script>no_such_function();</script></body>")
    probe = _probe(tmp_path, page)
    assert any("no_such_function" in e for e in probe["errors"])  # type: ignore[attr-defined]
    contrast = probe["contrast"]
    assert isinstance(contrast, dict)
    assert contrast["worst"] < 4.5 and any("muted" in o for o in contrast["offenders"])


def test_default_leaves_out_a_graph_too_big_to_draw(
    report: cc.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("matplotlib")
    from claimcheck.output import html

    monkeypatch.setattr(html, "MAX_GRAPH_ELEMENTS", 10)  # the example graph has 83 nodes and edges
    page = to_html(report)
    assert 'id="claim-graph"' not in page and "The claim graph is left out" in page
    assert '<figure id="timeline"' in page  # the timeline is cheap: still drawn
    assert 'id="claim-graph"' in to_html(report, pictures=True)  # asked for: drawn anyway
