"""Fetching URLs against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.errors import SourceError
from claimcheck.extraction import extract_source
from claimcheck.loading import load
from claimcheck.loading.fetch import fetch, is_url, url_id
from claimcheck.model import Source

PAGE = (
    "<!doctype html><html><head><title>Harbour vote - Port Gazette</title>"
    '<meta property="og:site_name" content="Port Gazette">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-14T08:00:00Z",'
    ' "author": {"@type": "Person", "name": "Ada Lind"}}</script></head><body>'
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Harbour vote</h1><p>The harbour board approved 14 new berths on Tuesday, "
    "said chair Ola Berg.</p></article></body></html>"
)
NO_DATE = "<!doctype html><html><body><p>The board met again and approved 3 cranes.</p></body></html>"
LATIN = "<html><body><p>Café owners counted 40 tables.</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, ctype: str | None) -> None:
        try:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/page":
            self._send(200, PAGE.encode(), "text/html; charset=utf-8")
        elif path == "/old":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE.encode(), "text/html")
        elif path == "/big":  # no Content-Length: the cap must stop the stream
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            try:
                for _ in range(400):  # about 4 MB
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4 binary", "application/pdf")
        elif path == "/plain":
            self._send(200, b"Officials said 263 agreements were signed.", "text/plain; charset=utf-8")
        elif path == "/latin":
            self._send(200, LATIN.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/nodate":
            self._send(200, NO_DATE.encode(), "text/html")
        else:
            self._send(404, b"<h1>Not found</h1>", "text/html")


def one(url: str | Path, **options: object) -> Source:
    """The source loaded from ``url``, loaded beside a text so a refusal is kept, not raised."""
    found = [s for s in load([url, COMPANION], allow_private=True, **options) if s.text != COMPANION]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


COMPANION = "A text that loads."


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The local server is reached directly, whatever proxy the environment names."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetch_page_metadata_and_map(server: str) -> None:
    src = one(f"{server}/page")
    assert src.refused is None
    assert src.outlet == "Port Gazette" and src.author == "Ada Lind"
    assert src.published == dt.date(2023, 6, 14) and src.origin_of("published") == "markup"
    assert src.url == f"{server}/page" and src.origin_of("url") == "fetch"
    assert any("crawl date" in w for w in src.warnings)
    claims = extract_source(src)
    assert any(c.kind == "count" for c in claims)
    for c in claims:
        a, b = src.html_span(c.span)
        assert src.text[c.span.start : c.span.end].split()[0] in PAGE[a:b]


def test_redirect_is_followed_and_recorded(server: str) -> None:
    src = one(f"{server}/old")
    assert src.refused is None and "14 new berths" in src.text
    assert src.url == f"{server}/page"
    assert any("redirected 301" in w and "/old" in w for w in src.warnings)


def test_timeout_is_a_refusal(server: str) -> None:
    src = one(f"{server}/slow", timeout=0.3)
    assert src.refused is not None and "timed out" in src.refused
    with pytest.raises(SourceError, match="timed out"):
        load(f"{server}/slow", timeout=0.3, errors="raise", allow_private=True)


def test_oversize_page_stops_at_the_cap(server: str) -> None:
    src = one(f"{server}/big", max_bytes=1_000_000)
    assert src.refused is not None and "over the limit of 1000000 bytes" in src.refused


def test_non_html_content_type_is_refused(server: str) -> None:
    src = one(f"{server}/pdf")
    assert src.refused is not None and "application/pdf" in src.refused


def test_plain_text_is_read_as_text(server: str) -> None:
    src = one(f"{server}/plain")
    assert src.refused is None and src.text.startswith("Officials said 263")
    assert src.url == f"{server}/plain" and not src.html_map


def test_http_404_is_a_refusal(server: str) -> None:
    src = one(f"{server}/missing")
    assert src.refused is not None and "HTTP 404" in src.refused
    assert src.path == f"{server}/missing"


def test_header_charset_decodes(server: str) -> None:
    src = one(f"{server}/latin")
    assert "Café owners" in src.text


def test_fetch_time_is_never_the_publication_date(server: str) -> None:
    src = one(f"{server}/nodate")
    assert src.published is None
    assert any("crawl date" in w for w in src.warnings)


def test_snapshot_rebuilds_offline(server: str, tmp_path: Path) -> None:
    snap = tmp_path / "snap"
    live = one(f"{server}/old", snapshot=snap)
    files = sorted(p.name for p in snap.iterdir())
    assert files == [f"{live.id}.html", f"{live.id}.html.json"]
    record = json.loads((snap / f"{live.id}.html.json").read_text())
    assert record["url"] == f"{server}/old" and record["final_url"] == f"{server}/page"
    assert record["content_type"] == "text/html" and record["fetched"]
    offline = one(snap)  # the fetch record is not reported as a skipped file
    assert offline.id == live.id
    assert (offline.text, offline.published, offline.author, offline.outlet, offline.url) == (
        live.text,
        live.published,
        live.author,
        live.outlet,
        live.url,
    )
    assert [(c.kind, str(c.value)) for c in extract_source(offline)] == [
        (c.kind, str(c.value)) for c in extract_source(live)
    ]
    assert any(record["fetched"] in w and "crawl date" in w for w in offline.warnings)


def test_cli_report_url_with_snapshot(server: str, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["report", f"{server}/page", "--allow-private", "--snapshot", str(tmp_path), "--no-color"],
        stdout=out,
        stderr=err,
    )
    assert code == 0, err.getvalue()
    assert "Port Gazette" in out.getvalue()
    assert any(p.suffix == ".html" for p in tmp_path.iterdir())
    out2 = io.StringIO()
    assert main(["report", str(tmp_path), "--no-color"], stdout=out2, stderr=err) == 0
    assert "Port Gazette" in out2.getvalue()


def test_missing_httpx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)
    src = one("https://news.example/a")
    assert src.refused is not None and "web extra" in src.refused
    with pytest.raises(SourceError, match="httpx"):
        fetch("https://news.example/a")


def test_url_detection_and_ids() -> None:
    assert is_url("https://a.example/x?y=1") and is_url("http://127.0.0.1:8000/p")
    assert not is_url("a.example/x") and not is_url("https://a.example/x y")
    assert url_id("https://a.example/x") == url_id("https://a.example/x")
    assert url_id("https://a.example/x") != url_id("https://a.example/x?page=2")


def test_plain_text_snapshot(server: str, tmp_path: Path) -> None:
    live = one(f"{server}/plain", snapshot=tmp_path)
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".json", ".txt"]
    offline = one(tmp_path)
    assert offline.id == live.id and offline.text == live.text
    assert (offline.url, offline.origin_of("url")) == (f"{server}/plain", "fetch")
    assert any("crawl date" in w for w in offline.warnings)


def test_connection_refused_is_a_refusal() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    src = one(f"http://127.0.0.1:{port}/page", timeout=2)
    assert src.refused is not None and "fetch failed" in src.refused and "ConnectError" in src.refused
