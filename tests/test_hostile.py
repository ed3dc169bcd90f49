"""Hostile and unlucky inputs (issue 21): each file is made here, bounded in size and time.

Nothing an input holds may end a run: an error inside one source is that source's
refusal; long "sentences" cost linear time, memory and output; ``-o`` never replaces a
special file; ``from_json`` refuses anything malformed; fetching keeps to its deadline
and its address policy and never writes credentials.
"""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.errors import ExportError, SourceError
from claimcheck.loading import load
from claimcheck.loading.segment import MAX_SENTENCE, paragraphs, sentences
from claimcheck.model import Source
from claimcheck.output.export import from_json, to_json, write_atomic
from factories import sample_report

GOOD = "The harbour board approved 14 new berths on Tuesday."


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, paragraphs(text))]


COMPANION = "A companion text that always loads."


def kept(items: list[object], **options: object) -> list[Source]:
    """The sources of ``items``, loaded beside a good text so that a refusal is kept, not raised."""
    return [s for s in load([*items, COMPANION], **options) if s.text != COMPANION]  # type: ignore[arg-type]


# -- sentences: line breaks in lists and tables end one; none is longer than the cap --------


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ("1 ships\n2 ships\n3 ships", ["1 ships", "2 ships", "3 ships"]),
        ("- one berth\n- two cranes\n- three tugs", ["- one berth", "- two cranes", "- three tugs"]),
        ("Port | Berths\nAden | 14\nLimassol | 9", ["Port | Berths", "Aden | 14", "Limassol | 9"]),
        # the first word of the next line would have fitted: a deliberate break; a last line
        # gives no such evidence (the wrap width is unknown) and stays with the line before
        ("Berths\nCranes added this year\nTugs", ["Berths", "Cranes added this year\nTugs"]),
        # hard-wrapped prose keeps its sentence: the next word would not have fitted
        (
            "The harbour board approved\nfourteen berths on a long\nday of voting.",
            ["The harbour board approved\nfourteen berths on a long\nday of voting."],
        ),
        ("The council signed\n263 agreements on Monday.", ["The council signed\n263 agreements on Monday."]),
    ],
)
def test_deliberate_line_breaks_end_a_sentence(text: str, exp: list[str]) -> None:
    assert split(text) == exp


@pytest.mark.parametrize(
    "text",
    [
        "$ 3 " * 2000,
        "one, two, three; " * 700,
        "x" * 5000,
        "word " * 3000,
    ],
    ids=["amounts", "clauses", "one-token", "words"],
)
def test_no_sentence_is_longer_than_the_cap(text: str) -> None:
    spans = sentences(text, paragraphs(text))
    assert spans and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")  # nothing lost
    if ";" in text:  # cut after a clause mark when there is one
        assert all(text[e - 1] == ";" for s, e in spans[:-1])


def test_the_issue_list_gives_a_json_linear_in_its_size() -> None:
    """The issue's ``N ships`` list: 4,500 JSON bytes per input byte before, now about 140."""
    text = "\n".join(f"{i} ships" for i in range(1, 1001)) + "\n"
    report = cc.check([text], workers=0)
    out = report.to_json(indent=None)
    assert len(report.claims) == 1000
    assert len(out) < 250 * len(text)
    doc = json.loads(out)
    assert all(len(s["text"]) < 20 for src in doc["sources"] for s in src["sentences"])


_UNITS = {
    "numbers": "{i} ships ",
    "amounts": "$ {i} ",
    "dates": "on {d} March {y} ",
    "quotes": '"we agree on {i} points" said Ann Lee, ',
}


def _texts(kind: str, n: int) -> tuple[str, str]:
    """``n`` units as one long sentence, and the same units as ``n`` short sentences."""
    units = [_UNITS[kind].format(i=i, d=i % 28 + 1, y=1900 + i) for i in range(1, n + 1)]
    return "".join(units), "".join(u.rstrip(" ,") + ". " for u in units)


def _run(text: str) -> tuple[int, int]:
    tracemalloc.start()
    try:
        out = cc.check([text], workers=0).to_json(indent=None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return len(out), peak


@settings(max_examples=6, deadline=None)
@given(kind=st.sampled_from(sorted(_UNITS)), n=st.integers(min_value=40, max_value=160))
def test_one_long_sentence_costs_what_many_short_ones_cost(kind: str, n: int) -> None:
    """The whole pipeline on one long sentence vs the same words as short sentences.

    Anything quadratic in sentence length (copies of the sentence per claim, scans back
    to the sentence start) makes the long sentence's output and peak memory grow with
    the square of ``n``; capped sentences keep both within a small factor of the split text.
    """
    long, short = _texts(kind, n)
    long_out, long_peak = _run(long)
    short_out, short_peak = _run(short)
    assert long_out <= 2 * short_out + 20_000
    assert long_peak <= 3 * short_peak + 2_000_000


@pytest.mark.parametrize("kind", sorted(_UNITS))
def test_output_and_memory_grow_linearly_with_a_long_sentence(kind: str) -> None:
    small_out, small_peak = _run(_texts(kind, 100)[0])
    big_out, big_peak = _run(_texts(kind, 400)[0])
    # four times the text: a quadratic stage would give sixteen times
    assert big_out <= 6 * small_out
    assert big_peak <= 6 * small_peak + 2_000_000


# -- every input isolated: an error inside one source is that source's refusal ---------------


def test_a_character_reference_to_a_control_character_is_dropped() -> None:
    page = "<!doctype html><html><body><p>A &#1; B &#x7f; C. " + GOOD + "</p></body></html>"
    (src,) = load(page)
    assert src.refused is None and src.text.startswith("A B C.") and GOOD in src.text
    for c in cc.extract([src]).claims:
        a, b = src.html_span(c.span)
        assert 0 <= a < b <= len(page)


def test_json_ld_nested_a_thousand_deep_is_skipped_not_fatal() -> None:
    deep = "[" * 1000 + "]" * 1000
    page = (
        "<!doctype html><html><head><title>Berths - Port Gazette</title>"
        f'<script type="application/ld+json">{deep}</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-06-14"}</script>'
        f"</head><body><p>{GOOD}</p></body></html>"
    )
    (src,) = load(page)
    assert src.refused is None and GOOD in src.text
    assert str(src.published) == "2023-06-14"  # the next block is still read


def test_a_jsonl_line_nested_100000_deep_refuses_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": GOOD}), "[" * 100_000 + "]" * 100_000, json.dumps({"text": "Second story."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = {s.path: s for s in load(path)}
    assert got[f"{path}:1"].refused is None and got[f"{path}:3"].refused is None
    assert "nested" in (got[f"{path}:2"].refused or "")


def test_a_nul_byte_refuses_its_jsonl_line_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(
        json.dumps({"text": GOOD}).encode() + b"\n" + b'{"text": "bro\x00ken"}\n' + b'{"text": "Third."}\n'
    )
    got = {s.path: s for s in load(path)}
    assert got[f"{path}:1"].text == GOOD and got[f"{path}:3"].text == "Third."
    assert "NUL" in (got[f"{path}:2"].refused or "")


def test_a_binary_file_named_jsonl_is_still_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "blob.jsonl"
    path.write_bytes(bytes(range(32)) * 500)
    (src,) = kept([path])
    assert src.refused is not None and "binary" in src.refused


def test_an_empty_jsonl_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    got = {Path(s.path or "").name: s for s in load(tmp_path)}
    assert got["story.txt"].refused is None
    assert "no records" in (got["empty.jsonl"].refused or "")


def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path: object = ".") -> object:  # root reads everything: refuse it here
        if Path(os.fspath(path)) == locked:  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    got = load(tmp_path)
    assert [s.path for s in got if s.refused is None] == [str(tmp_path / "story.txt")]
    (why,) = [s.refused for s in got if s.refused]
    assert "locked" in why and "folder not read" in why and "Permission denied" in why


def test_a_manifest_entry_with_a_subfolder_path_applies(tmp_path: Path) -> None:
    sub = tmp_path / "wire"
    sub.mkdir()
    (sub / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "claimcheck.json").write_text(json.dumps({"wire/a.txt": {"outlet": "Port Gazette"}}))
    (src,) = load(tmp_path)
    assert src.outlet == "Port Gazette" and src.origin_of("outlet") == "manifest"


def test_an_unclosed_comment_hides_the_rest_of_the_page() -> None:
    page = f"<!doctype html><html><body><p>{GOOD}</p><!-- draft <p>Hidden 99 tugs.</p></body></html>"
    (src,) = load(page)
    assert src.text == GOOD
    assert any("never closed" in w for w in src.warnings)


def test_an_error_inside_one_source_refuses_that_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimcheck.loading._load as loader

    real = loader.load_html

    def flaky(text: str, **kw: object) -> Source:
        if "boom" in text:
            raise IndexError("string index out of range")
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_html", flaky)
    (tmp_path / "bad.html").write_text("<html><body><p>boom</p></body></html>")
    (tmp_path / "good.html").write_text(f"<html><body><p>{GOOD}</p></body></html>")
    got = {Path(s.path or "").name: s for s in load(tmp_path)}
    assert got["good.html"].refused is None and GOOD in got["good.html"].text
    assert "IndexError" in (got["bad.html"].refused or "")
    with pytest.raises(SourceError, match="IndexError"):
        load(tmp_path, errors="raise")


@pytest.mark.parametrize(
    "item",
    ["no/such/folder", "nothing-here-*.txt", "missing.txt"],
    ids=["missing folder", "glob", "missing file"],
)
def test_an_input_that_yields_no_source_is_an_error_naming_it(item: str, tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=re.escape(f"Nothing to load from '{tmp_path / item}'")):
        load(str(tmp_path / item))
    with pytest.raises(SourceError, match="Nothing to load"):
        cc.check(str(tmp_path / item))


def test_good_inputs_are_kept_beside_refused_ones(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    got = load([tmp_path / "story.txt", tmp_path / "missing.txt"])
    assert sorted(s.refused is None for s in got) == [False, True]
    report = cc.check([tmp_path / "story.txt", tmp_path / "missing.txt"])
    assert any(s.refused and "missing.txt" in s.refused for s in report.sources)
    assert any(c.kind == "count" for c in report.claims)


# -- -o: stdout, FIFOs, devices, symlinks; atomic for regular files --------------------------


def _text(value: str) -> object:
    return lambda p: Path(p).write_text(value, encoding="utf-8")


def test_dash_is_standard_output(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    write_atomic("-", _text("hello\n"))  # type: ignore[arg-type]
    assert capsysbinary.readouterr().out == b"hello\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, _text("through the pipe"))  # type: ignore[arg-type]
    reader.join(5)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_character_device_is_written_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "null"
    link.symlink_to(os.devnull)
    write_atomic(link, _text("gone"))  # type: ignore[arg-type]
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode) and link.is_symlink()


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, _text("new"))  # type: ignore[arg-type]
    assert link.is_symlink() and target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=f"no folder '{tmp_path / 'nope'}'"):
        write_atomic(tmp_path / "nope" / "out.json", _text("x"))  # type: ignore[arg-type]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old")

    def fail(p: Path) -> None:
        p.write_text("half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomic(out, fail)
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.json"]


# -- from_json validates ------------------------------------------------------------------------


def _doc() -> dict[str, object]:
    return json.loads(to_json(sample_report()))  # type: ignore[no-any-return]


def _mutate(path: str, value: object) -> str:
    doc = _doc()
    node: object = doc
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[int(key)] if isinstance(node, list) else node[key]  # type: ignore[index]
    last = keys[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value  # type: ignore[index]
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("path", "value", "match"),
    [
        ("claims.0.start", "5", "'start' must be a non-negative integer"),
        ("claims.0.end", 10**9, "past the end of source"),
        ("claims.0.source", "s-nowhere", "names source 's-nowhere'"),
        ("claims.0.attribution", "Trend", "'attribution' must be a list of strings"),
        ("claims.0.speaker", 7, "'speaker' must be a string or null"),
        ("facts.0.claims", ["c-nowhere"], "names claim 'c-nowhere'"),
        ("facts.0.score", "high", "'score' must be a number"),
        ("links.0.b", "c-nowhere", "names claim 'c-nowhere'"),
        ("sources.0.warnings", [1], "'warnings' must be a list of strings"),
        ("claims.0.value", int("9" * 400), "a float can hold"),
        ("claims", {"a": 1}, "'claims' must be a list"),
    ],
)
def test_from_json_refuses_malformed_records(path: str, value: object, match: str) -> None:
    with pytest.raises(ExportError, match=match):
        from_json(_mutate(path, value))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_from_json_refuses_non_standard_numbers(constant: str) -> None:
    text = to_json(sample_report()).replace('"score": ', f'"score": {constant}, "was": ', 1)
    with pytest.raises(ExportError, match="not a JSON number"):
        from_json(text)


def test_from_json_refuses_deep_nesting_without_recursion_error() -> None:
    for deep in ("[" * 100_000 + "]" * 100_000, '{"format": ' + "[" * 500 + "]" * 500 + "}"):
        with pytest.raises(ExportError, match="nested"):
            from_json(deep)


def test_to_json_never_writes_nan() -> None:
    from attrs import evolve

    from claimcheck.model import Quantity

    report = sample_report()
    bad = evolve(report.claims[0], value=Quantity(float("nan")))
    with pytest.raises(ExportError, match="standard JSON"):
        to_json(evolve(report, claims=(bad, *report.claims[1:])))


def test_version_1_documents_are_still_read() -> None:
    report = sample_report()
    doc = _doc()
    texts = {s["id"]: s["text"] for s in doc["sources"]}  # type: ignore[index, union-attr]
    doc["version"] = 1
    for s in doc["sources"]:  # type: ignore[union-attr]
        del s["sentences"]
    for c in doc["claims"]:  # type: ignore[union-attr]
        c["sentence"] = texts[c["source"]][c["sentence_start"] : c["sentence_end"]]
    assert from_json(json.dumps(doc)) == report


# -- fetching: one deadline per URL, an address policy, no credentials written -----------------


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


def _serve(respond: object) -> Iterator[str]:
    """A raw socket server on 127.0.0.1 calling ``respond(conn, request)`` per connection."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                try:
                    request = conn.recv(65536)
                    respond(conn, request, stop)  # type: ignore[operator]
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{srv.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        srv.close()


def _trickle(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    """Headers one byte at a time, for as long as anyone listens (up to 60 s)."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Padding: " + b"a" * 10_000
    for byte in head[:600]:
        if stop.is_set():
            return
        conn.sendall(bytes([byte]))
        time.sleep(0.1)


def _page(conn: socket.socket, request: bytes, stop: threading.Event) -> None:
    line = request.split(b"\r\n", 1)[0]
    if b" /metadata " in line:
        conn.sendall(
            b"HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/\r\nContent-Length: 0\r\n\r\n"
        )
        return
    body = f"<!doctype html><html><body><p>{GOOD}</p></body></html>".encode()
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


@pytest.fixture
def trickle() -> Iterator[str]:
    yield from _serve(_trickle)


@pytest.fixture
def pages() -> Iterator[str]:
    yield from _serve(_page)


def test_headers_sent_one_byte_at_a_time_hit_the_deadline(trickle: str) -> None:
    pytest.importorskip("httpx")
    started = time.monotonic()
    (src,) = kept([f"{trickle}/slow"], timeout=1.0, allow_private=True)
    took = time.monotonic() - started
    assert src.refused is not None and "timed out" in src.refused
    assert took < 5  # the server would go on for a minute; httpx alone waits per byte


def test_loopback_needs_allow_private_and_link_local_never_passes(pages: str) -> None:
    pytest.importorskip("httpx")
    (src,) = kept([f"{pages}/page"])
    assert src.refused is not None and "loopback, private or reserved" in src.refused
    (ok,) = kept([f"{pages}/page"], allow_private=True)
    assert ok.refused is None and GOOD in ok.text
    (meta,) = kept([f"{pages}/metadata"], allow_private=True)  # a redirect into the metadata service
    assert meta.refused is not None and "169.254.169.254" in meta.refused and "link-local" in meta.refused
    for host in ("http://169.254.169.254/latest/", "http://[fe80::1]/", "http://0.0.0.0/"):
        (src,) = kept([host], allow_private=True, timeout=2)
        assert src.refused is not None and "not fetched" in src.refused


def test_credentials_are_never_written(pages: str, tmp_path: Path) -> None:
    pytest.importorskip("httpx")
    url = pages.replace("http://", "http://ann:s3cret@") + "/page"
    snap = tmp_path / "snap"
    report = cc.check([url], allow_private=True, snapshot=snap)
    (src,) = report.sources
    assert src.refused is None and GOOD in src.text
    written = [p.name for p in snap.iterdir()] + [p.read_text() for p in snap.iterdir()]
    for where in [*written, src.url or "", src.path or "", src.id, report.to_json(), *src.warnings]:
        assert "s3cret" not in where and "ann:" not in where
    (refused,) = kept(["http://ann:s3cret@127.0.0.1:1/x"], timeout=2)  # refused: messages too
    assert refused.refused is not None
    assert "s3cret" not in refused.refused + (refused.path or "") + refused.id
