"""HTML pages as sources: text, offset map, boilerplate, markup metadata."""

from __future__ import annotations

import datetime as dt
import html as _html
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import SourceError
from claimcheck.extraction import extract_source
from claimcheck.loading import load
from claimcheck.loading.html import decode_html, html_span, html_text_and_map, load_html

EX = Path(__file__).resolve().parents[2] / "examples"
PAIRS = [
    ("01_caspian_ledger", "Caspian Ledger"),
    ("03_harbourline_daily", "Harbourline Daily"),
    ("05_kura_courier", "The Kura Courier"),
]


def _in_regions(src, at: int) -> bool:  # type: ignore[no-untyped-def]
    return any(r.start <= at < r.end for r in src.boilerplate)


def _claims(src, skip):  # type: ignore[no-untyped-def]
    return {
        (c.kind, str(c.value), c.subject, c.speaker)
        for c in extract_source(src)
        if not _in_regions(src, c.span.start) and not skip(c)
    }


@pytest.mark.parametrize(("stem", "outlet"), PAIRS)
def test_html_example_matches_text(stem: str, outlet: str) -> None:
    (txt,) = load(EX / "declaration" / f"{stem}.txt")
    (page,) = load(EX / "declaration_html" / f"{stem}.html")
    assert page.refused is None

    def furniture_in_page(c) -> bool:  # type: ignore[no-untyped-def]
        # a line the text rules keep but the page's markup marks as furniture (a "related" list)
        line_start = txt.text.rfind("\n", 0, c.span.start) + 1
        words = txt.text[max(line_start, c.span.start - 25) : c.span.end]
        at = page.text.find(words)
        return at >= 0 and _in_regions(page, at)

    assert _claims(page, lambda c: False) == _claims(txt, furniture_in_page)
    assert (page.published, page.author, page.outlet) == (txt.published, txt.author, txt.outlet)
    for field in ("published", "author", "outlet"):
        assert page.origin_of(field) == "markup"
    assert page.published != dt.date(2026, 11, 23)  # masthead "today"
    assert page.outlet == outlet
    assert "dataLayer" not in page.text and "cookie-banner" not in page.text
    raw = (EX / "declaration_html" / f"{stem}.html").read_text()
    _, mapping = html_text_and_map(raw)
    for claim in extract_source(page):
        a, b = html_span(mapping, claim.span.start, claim.span.end)
        assert (a, b) == page.html_span(claim.span)
        words = page.text[claim.span.start : claim.span.end]
        decoded = _html.unescape(raw[a:b])
        assert " ".join(words.split()) in " ".join(decoded.split()).replace("“", '"')


def test_script_hidden_and_boilerplate() -> None:
    page = (
        "<nav class=x>Home</nav><p>Kept &amp; here</p><script>var a = '<p>no</p>';</script>"
        "<div style='display:none'>gone</div><span aria-hidden=true>gone</span><div hidden>gone</div>"
        "<div class='share-tools'>Share</div>"
    )
    src = load_html(page, sid="p")
    assert "Kept & here" in src.text
    assert "gone" not in src.text and "var a" not in src.text
    reasons = {r.reason for r in src.boilerplate}
    assert {"navigation", "share"} <= reasons


def test_malformed_loads() -> None:
    page = "<div><p>One<table><tr><td>a<table><td>b</table></div></div></span><p>Two <b>bold"
    src = load_html(page, sid="m")
    assert "One" in src.text and "Two bold" in src.text and "b" in src.text


def test_markup_vs_dateline_warns_and_modified_kept_apart() -> None:
    page = (
        '<meta property="article:published_time" content="2022-02-22">'
        '<meta property="article:modified_time" content="2022-03-01">'
        '<article><time datetime="2022-02-21">21 Feb</time><p>Text.</p></article>'
    )
    src = load_html(page, sid="d")
    assert src.published == dt.date(2022, 2, 22)
    assert any("disagree" in w and "2022-02-21" in w for w in src.warnings)
    assert any("modified" in w for w in src.warnings)


def test_url_date_fallback() -> None:
    src = load_html('<link rel="canonical" href="https://x.example/2021/05/04/story"><p>x</p>', sid="u")
    assert src.published == dt.date(2021, 5, 4)
    assert src.origin_of("published") == "url"


def test_charset_and_binary() -> None:
    text, warns = decode_html('<meta charset="windows-1252"><p>caf\xe9</p>'.encode("cp1252"))
    assert "café" in text
    text, warns = decode_html(b"<p>caf\xe9 \xff</p>")
    assert warns
    with pytest.raises(SourceError):
        decode_html(b"\x00\x01\x02\x03" * 100)


_word = st.text(alphabet="abcxyz<>&\"' ", min_size=1, max_size=12)


@given(
    st.lists(st.tuples(st.sampled_from(["p", "div", "li", "span", "b", "h2"]), _word), min_size=1, max_size=8)
)
def test_offsets_map_back(parts: list[tuple[str, str]]) -> None:
    page = "".join(f"<{t}>{_html.escape(w)}</{t}>" for t, w in parts)
    text, (starts, ends) = html_text_and_map(page)
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        assert _html.unescape(page[starts[i] : ends[i]]) == ch
