"""HTML from every input route, encodings, the map on the Source, boilerplate and markup metadata."""

from __future__ import annotations

import datetime as dt
import html as _html
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import SourceError
from claimcheck.extraction import extract_source
from claimcheck.loading import load
from claimcheck.loading.html import HtmlText, decode_html, is_html_document, load_html
from claimcheck.output.export import from_json, to_json
from claimcheck.pipeline import check
from timing import growth

EX = Path(__file__).resolve().parents[2] / "examples"
_SCRIPT = re.compile(r"(?is)<(script|style|template)\b.*?</\1\s*>|<!--.*?-->")
_TAG = re.compile(r"<[^>]*>")

ARTICLE = (
    "<!doctype html><html><head><meta charset='{charset}'><title>Dock strike - Bay Post</title>"
    "</head><body><nav><a href='/'>Home</a></nav><article><h1>Dock strike ends</h1>"
    "<p>Dockers in Vårby returned after 12 days; the union said 340 members voted.</p>"
    "</article></body></html>"
)


def _visible_markup(markup: str) -> str:
    """Markup with script/style/comments and tags removed, entities decoded."""
    return _html.unescape(_TAG.sub("", _SCRIPT.sub("", markup)))


def _squash(s: str) -> str:
    return "".join(s.split()).replace("“", '"').replace("”", '"')


# -- input routes -----------------------------------------------------------------------------


def test_folder_of_pages_with_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE.format(charset="utf-8"), encoding="utf-8")
    (tmp_path / "b.htm").write_text("<html><body><p>The fleet grew to 9 ships.</p></body></html>")
    (tmp_path / "claimcheck.json").write_text(
        json.dumps({"a.html": {"outlet": "Bay Post", "published": "2020-03-04"}})
    )
    srcs = {s.id: s for s in load(tmp_path)}
    assert set(srcs) == {"a", "b"}
    a = srcs["a"]
    assert a.html_map and "returned after 12 days" in a.text and "<p>" not in a.text
    assert (a.outlet, a.origin_of("outlet")) == ("Bay Post", "manifest")
    assert (a.published, a.origin_of("published")) == (dt.date(2020, 3, 4), "manifest")
    assert srcs["b"].text == "The fleet grew to 9 ships."


def test_jsonl_records_with_html(tmp_path: Path) -> None:
    page = ARTICLE.format(charset="utf-8")
    lines = [
        json.dumps({"id": "p1", "html": page, "outlet": "Bay Post"}),
        json.dumps({"id": "t1", "text": "The fleet grew to 9 ships."}),
        json.dumps({"id": "bad", "title": "neither text nor html"}),
    ]
    (tmp_path / "pages.jsonl").write_text("\n".join(lines) + "\n")
    srcs = {s.id: s for s in load(tmp_path / "pages.jsonl")}
    p1 = srcs["p1"]
    assert "Dockers in Vårby" in p1.text and "<article>" not in p1.text
    assert p1.outlet == "Bay Post" and p1.origin_of("outlet") == "given"
    claim = next(c for c in extract_source(p1) if "340" in p1.text[c.span.start : c.span.end])
    a, b = p1.html_span(claim.span)
    assert "340" in page[a:b]
    assert not srcs["t1"].html_map
    bad = srcs["pages:3"]
    assert bad.refused is not None and "'html'" in bad.refused


def test_html_string_is_loaded_as_html() -> None:
    page = ARTICLE.format(charset="utf-8")
    (src,) = load(page)
    assert src.html_map and src.text.startswith("Home")
    assert "<h1>" not in src.text and not any("pasted as text" in w for w in src.warnings)
    (one_line,) = load("<html><body><p>Nine ships.</p></body></html>")
    assert one_line.text == "Nine ships." and one_line.refused is None
    (text,) = load("The <b>council</b> met on Monday.")  # a fragment stays text
    assert not text.html_map and "<b>" in text.text
    assert is_html_document("<!-- saved -->\n<!DOCTYPE HTML>\n<html>")


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declare", "codec"),
    [
        ("<meta charset='windows-1252'>", "cp1252"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "latin-1"),
        ("<meta charset='iso-8859-15'>", "iso-8859-15"),
    ],
)
def test_declared_charset(tmp_path: Path, declare: str, codec: str) -> None:
    page = f"<html><head>{declare}</head><body><p>Vårby café: 12 días</p></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode(codec))
    (src,) = load(tmp_path / "p.html")
    assert "Vårby café: 12 días" in src.text
    assert not any("detected" in w for w in src.warnings)


def test_bom_wins(tmp_path: Path) -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Vårby – 12 días</p></body></html>"
    (tmp_path / "u16.html").write_bytes(page.encode("utf-16"))  # with BOM
    (tmp_path / "u8.html").write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    for name in ("u16.html", "u8.html"):
        (src,) = load(tmp_path / name)
        assert "Vårby – 12 días" in src.text, name


def test_undeclared_non_utf8_is_detected_with_warning(tmp_path: Path) -> None:
    body = "<p>Les dockers de Vårby ont voté à 340 voix; la grève a duré 12 jours à Sète.</p>" * 5
    (tmp_path / "p.html").write_bytes(f"<html><body>{body}</body></html>".encode("cp1252"))
    (src,) = load(tmp_path / "p.html")
    assert "voté à 340 voix" in src.text
    assert any("not UTF-8" in w and "detected" in w for w in src.warnings)


def test_bad_declaration_falls_back(tmp_path: Path) -> None:
    page = "<html><head><meta charset='no-such-codec'></head><body><p>Vårby</p></body></html>"
    text, notes = decode_html(page.encode("utf-8"))
    assert "Vårby" in text and any("no-such-codec" in n for n in notes)
    text, _ = decode_html("<p>Vårby</p>".encode("cp1252"), header_charset="windows-1252")
    assert "Vårby" in text


def test_binary_posing_as_html_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_bytes(bytes(range(256)) * 64)
    with pytest.raises(SourceError, match=r"Nothing to load .*binary"):
        load(tmp_path / "x.html")
    (src,) = [s for s in load([tmp_path / "x.html", "A companion text."]) if s.path is not None]
    assert src.refused is not None and "binary" in src.refused
    with pytest.raises(SourceError, match="binary"):
        load(tmp_path / "x.html", errors="raise")


# -- the map on the Source ----------------------------------------------------------------------


@pytest.mark.parametrize("page", sorted((EX / "declaration_html").glob("*.html")), ids=lambda p: p.stem)
def test_every_example_claim_maps_back_to_its_words(page: Path) -> None:
    (src,) = load(page)
    raw = page.read_text(encoding="utf-8")
    claims = extract_source(src)
    assert claims
    for claim in claims:
        a, b = src.html_span(claim.span)
        words = src.text[claim.span.start : claim.span.end]
        assert _squash(words) in _squash(_visible_markup(raw[a:b])), (words, raw[a:b])


def test_map_survives_json_round_trip_and_plain_sources_refuse() -> None:
    page = ARTICLE.format(charset="utf-8")
    report = check([page])
    (src,) = report.sources
    back = from_json(to_json(report)).sources[0]
    assert back == src  # the map is not part of equality ...
    (again,) = load(page)  # ... and is rebuilt deterministically from the page
    assert again.html_map == src.html_map
    (plain,) = load("The council met on Monday.")
    with pytest.raises(ValueError, match="no HTML map"):
        plain.html_span((0, 3))
    with pytest.raises(ValueError, match="empty or outside"):
        src.html_span((5, 5))


_WORD = st.text(alphabet="abcxyz019<>&\"'é ", min_size=1, max_size=10)
_ENTITY = st.sampled_from(
    ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "&#8212;", "&eacute;", "&amp"]
)
_NOISE = st.sampled_from(
    [
        "<script>var s = '<p>no</p>';</script>",
        "<style>p { color: red }</style>",
        "<!-- a <p>comment</p> -->",
        "<span hidden>gone</span>",
        "<br>",
        "",
    ]
)


@st.composite
def _inline(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["word", "entity", "tag", "noise"] if depth < 2 else ["word", "entity"]))
        if kind == "word":
            parts.append(_html.escape(draw(_WORD), quote=False))
        elif kind == "entity":
            parts.append(draw(_ENTITY))
        elif kind == "tag":
            tag = draw(st.sampled_from(["b", "i", "a href='/x'", "span class='k'", "em"]))
            parts.append(f"<{tag}>{draw(_inline(depth + 1))}</{tag.split()[0]}>")
        else:
            parts.append(draw(_NOISE))
    return "".join(parts)


@st.composite
def _pages(draw: st.DrawFn) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        block = draw(st.sampled_from(["p", "div", "h2", "li", "td", "blockquote"]))
        inner = draw(_inline())
        wrap = {"li": ("<ul>", "</ul>"), "td": ("<table><tr>", "</tr></table>")}.get(block, ("", ""))
        blocks.append(f"{wrap[0]}<{block}>{inner}</{block}>{wrap[1]}{draw(_NOISE)}")
    return "<!doctype html><html><body>" + "\n".join(blocks) + "</body></html>"


@settings(max_examples=150, deadline=None)
@given(_pages(), st.data())
def test_generated_pages_map_back(page: str, data: st.DataObject) -> None:
    (src,) = load(page)
    if not src.text:
        return
    for i, ch in enumerate(src.text):  # every character comes from exactly its markup
        if not ch.isspace():
            a, b = src.html_span((i, i + 1))
            assert ch in _html.unescape(page[a:b]).replace("\xa0", " ")
    start = data.draw(st.integers(0, len(src.text) - 1))
    end = data.draw(st.integers(start + 1, len(src.text)))
    a, b = src.html_span((start, end))
    markup = iter(_squash(_visible_markup(page[a:b]).replace("\xa0", " ")))
    # the span's characters appear, in order, in the markup's visible characters
    assert all(c in markup for c in _squash(src.text[start:end]))


# -- boilerplate --------------------------------------------------------------------------------


def test_structural_boilerplate_marked_not_deleted() -> None:
    page = (
        "<html><body>"
        "<div class='site-header'><p>BAY POST</p></div>"
        "<div id='cookieConsent'><p>We use cookies to improve the site.</p></div>"
        "<div role='navigation'><p>Sections</p></div>"
        "<article><header><h1>Dock strike ends</h1><p>By Ada Lind</p></header>"
        "<p>The strike ended after 12 days, the union said.</p>"
        "<footer><p>Filed in the harbour desk</p></footer></article>"
        "<section class='most-read'><h3>Popular now</h3><p>Ferry fares rise 8 per cent</p></section>"
        "<div class='newsletter-signup'><p>Get the morning briefing</p></div>"
        "<div class='comments'><p>Reader: 500 is wrong</p></div>"
        "<ul><li><a href='/a'>Tram line opens</a></li><li><a href='/b'>Budget passes</a></li></ul>"
        "<p>Further reading: <a href='/c'>the full timeline of the harbour dispute so far</a></p>"
        "</body></html>"
    )
    src = load_html(page, sid="b")
    marked = {src.text[r.start : r.end].strip(): r.reason for r in src.boilerplate}
    assert "Ferry fares rise 8 per cent" in src.text  # kept in the text ...
    reasons = set(marked.values())
    assert {"page header", "cookie", "navigation", "related", "subscribe", "comments", "link list"} <= reasons

    def reason_at(needle: str) -> str | None:
        at = src.text.index(needle)
        return next((r.reason for r in src.boilerplate if r.start <= at < r.end), None)

    assert reason_at("Ferry fares") == "related"  # ... and marked
    assert reason_at("Tram line opens") == "link list"
    assert reason_at("the full timeline") == "link list"
    assert reason_at("The strike ended") is None
    assert reason_at("Dock strike ends") is None  # an article's own <header> is content
    assert reason_at("Filed in the harbour desk") is None


def test_link_density_spares_prose_with_links() -> None:
    page = (
        "<div class='body'><p>The board, <a href='/b'>chaired by Ola Berg</a>, approved 14 berths after"
        " a long debate about costs, dredging and the harbour's future.</p>"
        "<ul><li><a href='/x'>Ferry fares</a></li><li><a href='/y'>Tram line</a></li>"
        "<li><a href='/z'>Budget</a></li></ul></div>"
    )
    src = load_html(page, sid="d")
    covered = [r for r in src.boilerplate if r.start <= src.text.index("approved 14") < r.end]
    assert not covered
    assert any(src.text[r.start : r.end].startswith("Ferry fares") for r in src.boilerplate)


# -- metadata -------------------------------------------------------------------------------------


def _page(head: str = "", body: str = "<p>The board approved 14 berths.</p>") -> str:
    return f"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"


def test_jsonld_graph_and_origins() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Bay Post"},
            {"@type": "WebPage", "datePublished": "2019-01-01"},
            {
                "@type": ["NewsArticle"],
                "headline": "Board approves berths",
                "datePublished": "2021-09-30T22:30:00-04:00",
                "dateModified": "2021-10-02T09:00:00-04:00",
                "author": [{"@type": "Person", "name": "Ada Lind"}, {"@type": "Person", "name": "Ola Berg"}],
            },
        ],
    }
    src = load_html(_page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"), sid="g")
    assert src.published == dt.date(2021, 9, 30)  # the date as written, not shifted to UTC
    assert (
        src.origin_of("published") == "markup" and src.origin_of("published.from") == "json-ld datePublished"
    )
    assert src.author == "Ada Lind, Ola Berg" and src.title == "Board approves berths"
    assert (src.outlet, src.origin_of("outlet.from")) == ("Bay Post", "json-ld WebSite name")
    assert any("modified 2021-10-02" in w and "kept apart" in w for w in src.warnings)


def test_meta_time_and_url_signals() -> None:
    og = _page("<meta property='article:published_time' content='2022-05-06T10:00:00Z'>")
    assert load_html(og, sid="o").origin_of("published.from") == "<meta article:published_time>"
    timed = _page(body="<p><time datetime='2022-05-07'>7 May</time></p><p>Text 14.</p>")
    src = load_html(timed, sid="t")
    assert (src.published, src.origin_of("published.from")) == (dt.date(2022, 5, 7), "<time datetime>")
    canon = _page("<link rel='canonical' href='https://bay.example/news/2020/11/02/berths'>")
    src = load_html(canon, sid="u")
    assert (src.published, src.origin_of("published")) == (dt.date(2020, 11, 2), "url")
    dateline = _page(body="<h1>Board approves berths</h1><p>By Ada Lind</p><p>March 3, 2023</p><p>Text.</p>")
    src = load_html(dateline, sid="v")
    assert (src.published, src.origin_of("published")) == (dt.date(2023, 3, 3), "inferred")


def test_modified_only_is_not_published() -> None:
    src = load_html(_page("<meta property='article:modified_time' content='2022-05-06'>"), sid="m")
    assert src.published is None
    assert any("no publication date" in w for w in src.warnings)


def test_masthead_today_and_boilerplate_times_are_ignored() -> None:
    page = (
        "<html><body><header role='banner'><p>Today: <time datetime='2026-11-23'>Monday, 23 November"
        " 2026</time></p></header><aside><p><time datetime='2018-01-01'>1 Jan 2018</time> Old story</p>"
        "</aside><article><h1>Board approves berths</h1><p>By Ada Lind</p>"
        "<p><time datetime='2022-05-07'>7 May 2022</time></p><p>The board approved 14 berths.</p>"
        "</article></body></html>"
    )
    src = load_html(page, sid="h")
    assert src.published == dt.date(2022, 5, 7)


def test_disagreement_keeps_majority_and_explains() -> None:
    page = _page(
        "<meta property='article:published_time' content='2022-05-09'>"
        "<link rel='canonical' href='https://bay.example/2022/05/08/berths'>",
        "<h1>Board approves berths</h1><p><time datetime='2022-05-08'>8 May 2022</time></p><p>Text.</p>",
    )
    src = load_html(page, sid="x")
    assert src.published == dt.date(2022, 5, 8)
    note = next(w for w in src.warnings if "disagree" in w)
    assert "2022-05-09" in note and "signals agree" in note


def test_future_date_is_impossible() -> None:
    page = _page("<meta property='article:published_time' content='2031-01-01'>")
    src = load_html(page, sid="f")
    assert src.published is None and any("impossible" in w for w in src.warnings)
    fetched = load_html(
        _page("<meta property='article:published_time' content='2024-05-05'>"),
        sid="c",
        fetch={"url": "https://bay.example/a", "fetched": "2024-05-01T08:00:00Z"},
    )
    assert fetched.published is None  # after the crawl date


# -- malformed and large pages -------------------------------------------------------------------


def test_malformed_markup_loads() -> None:
    page = (
        "<html><head><title>T</title><body><div><p>Unclosed <b>bold <i>italic</div></div></span>"
        "<table><tr><td>outer<table><tr><td>inner 7</td></table></td></tr>"
        "<p title='a &amp; b &quot;c&quot;' data-x='&lt;p&gt;'>attr entities</p>"
        "<p>end &amp stray & ampersand</p>"
    )
    src = load_html(page, sid="m")
    for words in ("Unclosed bold italic", "outer", "inner 7", "attr entities", "end & stray & ampersand"):
        assert words in src.text, words
    assert "&quot;" not in src.text and "a & b" not in src.text  # attribute values are not text


def test_twenty_megabyte_page(tmp_path: Path) -> None:
    para = (
        "<p>The port handled 4,200 containers on 3 May 2021, the board said. " * 12
        + "<a href='/x'>more</a></p>\n<script>var x = '"
        + "y" * 1200
        + "';</script>\n"
    )
    page = (
        "<!doctype html><html><body><article>" + para * (20_000_000 // len(para)) + "</article></body></html>"
    )
    path = tmp_path / "big.html"
    path.write_text(page)
    (src,) = load(path)
    assert src.refused is None and src.text.count("4,200 containers") == 12 * (20_000_000 // len(para))
    assert len(src.html_map) < len(src.text) / 20  # run-length map, not one entry per character
    (refused,) = [s for s in load([path, "A companion text."], max_bytes=10_000_000) if s.path is not None]
    assert refused.refused is not None and "over the limit of 10000000 bytes" in refused.refused


def test_time_is_linear_in_page_size() -> None:
    unit = (
        "<div class=a><p>On 22 February 2022 the 263 <b>agreements</b> &amp; <a href=x>more</a>.</p></div>\n"
    )
    small = unit * (300_000 // len(unit))
    big = unit * (3_000_000 // len(unit))
    assert growth(lambda: HtmlText(small), lambda: HtmlText(big), runs=2) < 25  # quadratic: ~100x


def test_markup_date_forms_and_jsonld_slips() -> None:
    for content in ("2021/09/30", "20210930", "30.09.2021", "Thu, 30 Sep 2021 08:00:00 GMT"):
        src = load_html(_page(f"<meta name='pubdate' content='{content}'>"), sid="f")
        assert src.published == dt.date(2021, 9, 30), content
    sloppy = '{"@type": "NewsArticle", "datePublished": "2021-09-30", "author": {"name": "Ada Lind",},}'
    src = load_html(_page(f"<script type='application/ld+json'>{sloppy}</script>"), sid="s")
    assert (src.published, src.author) == (dt.date(2021, 9, 30), "Ada Lind")
    listing = {
        "@type": "ItemList",
        "itemListElement": [{"@type": "NewsArticle", "datePublished": "2019-01-01", "headline": "Old"}],
    }
    src = load_html(_page(f"<script type='application/ld+json'>{json.dumps(listing)}</script>"), sid="l")
    assert src.published is None and src.title != "Old"  # a list of other stories says nothing


def test_updated_time_is_not_the_publication_time() -> None:
    body = (
        "<h1>Board approves berths</h1><p><time class='updated' datetime='2022-05-09'>9 May</time>"
        " <time class='published' datetime='2022-05-07'>7 May</time></p><p>The board approved 14 berths.</p>"
    )
    assert load_html(_page(body=body), sid="t").published == dt.date(2022, 5, 7)
    text_only = _page(body="<h1>Board approves berths</h1><p>Updated 9 May 2022</p><p>The board met.</p>")
    assert load_html(text_only, sid="u").published is None


def test_loose_class_names_do_not_swallow_the_article() -> None:
    prose = "<p>The harbour board approved 14 new berths after a long debate about dredging costs.</p>" * 20
    page = f"<html><body><div class='widget-area'>{prose}</div><div class='sidebar'><p>Weather 18C</p></div>"
    src = load_html(page + "<div class='comments'>" + prose + "</div></body></html>", sid="w")
    first = src.text.index("The harbour board")
    assert not any(r.start <= first < r.end for r in src.boilerplate)  # a wrapper named "widget"
    assert any(src.text[r.start : r.end].startswith("Weather") for r in src.boilerplate)
    last = src.text.rindex("The harbour board")
    assert any(r.start <= last < r.end and r.reason == "comments" for r in src.boilerplate)


def test_xml_prolog_encoding_and_title_without_site_name(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?><html><head><title>Dock strike ends | Bay Post</title>'
        "<meta property='og:site_name' content='Bay Post'></head><body><p>Vårby: 12 días</p></body></html>"
    )
    (tmp_path / "x.xhtml.html").write_bytes(page.encode("latin-1"))
    (src,) = load(tmp_path / "x.xhtml.html")
    assert "Vårby: 12 días" in src.text
    assert (src.title, src.origin_of("title.from")) == ("Dock strike ends", "<title>")


def test_microdata_text_dates_and_commented_jsonld() -> None:
    body = (
        "<h1>T</h1><p>By Ada Lind, <span itemprop='datePublished'>May 3, 2021 <b>10:15</b></span></p><p>x</p>"
    )
    src = load_html(_page(body=body), sid="m")
    assert (src.published, src.origin_of("published.from")) == (
        dt.date(2021, 5, 3),
        "microdata datePublished",
    )
    ld = '<!--\n{"@type": "NewsArticle", "datePublished": "2020-01-02"}\n-->'
    src = load_html(_page(f"<script type='application/ld+json'>{ld}</script>"), sid="c")
    assert src.published == dt.date(2020, 1, 2)


def test_htmldate_fills_a_page_without_markup_dates_and_breaks_ties() -> None:
    htmldate = pytest.importorskip("htmldate")
    body_only = _page(
        body="<h1>Board approves berths</h1><p>The board approved 14 berths after a long debate.</p>"
        "<p>Story filed 3 May 2021.</p>"
    )
    assert htmldate.find_date(body_only, original_date=True) == "2021-05-03"  # htmldate finds it ...
    src = load_html(body_only, sid="a")  # ... and no markup signal speaks: its answer is taken
    assert src.published == dt.date(2021, 5, 3)
    assert src.origin_of("published.from") == "htmldate"
    split = _page(
        "<link rel='canonical' href='https://bay.example/2021/05/04/berths'>",
        "<h1>Board approves berths</h1><p>May 3, 2021</p><p>The board approved 14 berths after a debate.</p>",
    )
    src = load_html(split, sid="b")
    assert htmldate.find_date(split, original_date=True) == "2021-05-04"
    assert src.published == dt.date(2021, 5, 4)  # htmldate's vote breaks the tie
    assert any("htmldate" in w and "2021-05-03" in w for w in src.warnings)


def test_utc_timestamp_read_as_the_local_date_shown() -> None:
    head = "<meta property='article:published_time' content='2024-05-03T22:00:00Z'>"
    body = (
        "<h1>Board approves berths</h1><p>4 May 2024</p><p>The board approved 14 berths after a debate.</p>"
    )
    src = load_html(_page(head, body), sid="z")
    assert src.published == dt.date(2024, 5, 4)
    assert "local time" in (src.origin_of("published.from") or "")
    assert load_html(_page(head), sid="y").published == dt.date(2024, 5, 3)  # nothing shown: as written
    far = _page(head, body.replace("4 May 2024", "6 May 2024"))  # no time zone explains two days
    assert load_html(far, sid="x").published == dt.date(2024, 5, 3)
