"""Each hostile case of issue 21, run once: what happens, seconds, peak traced memory.

Run against any checkout (``PYTHONPATH=<checkout>/src python benchmarks/hostile_cases.py``) to
compare before and after; every input is generated here. Fetch cases use a local server.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import claimcheck as cc

GOOD = "The harbour board approved 14 new berths on Tuesday."


def _page(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


def _sources(got: object) -> str:
    out = []
    for s in got:  # type: ignore[attr-defined]
        out.append(f"refused({s.refused[:70]})" if s.refused else f"text[{len(s.text)}]")
    return "; ".join(out) or "no sources"


def case_charref(tmp: Path) -> str:
    return _sources(cc.load(_page(f"<p>A &#1; B. {GOOD}</p>")))


def case_jsonld(tmp: Path) -> str:
    deep = "[" * 1000 + "]" * 1000
    return _sources(cc.load(_page(f"<p>{GOOD}</p>", f'<script type="application/ld+json">{deep}</script>')))


def case_jsonl_deep(tmp: Path) -> str:
    p = tmp / "deep.jsonl"
    p.write_text(json.dumps({"text": GOOD}) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    return _sources(cc.load(p))


def case_jsonl_nul(tmp: Path) -> str:
    p = tmp / "nul.jsonl"
    p.write_bytes(json.dumps({"text": GOOD}).encode() + b'\n{"text": "a\x00b"}\n')
    return _sources(cc.load([p, "A companion text."]))


def case_jsonl_empty(tmp: Path) -> str:
    d = tmp / "emptyjsonl"
    d.mkdir()
    (d / "a.txt").write_text(GOOD)
    (d / "empty.jsonl").write_text("")
    return _sources(cc.load(d))


def case_unreadable_subfolder(tmp: Path) -> str:
    d = tmp / "locked_parent"
    (d / "locked").mkdir(parents=True)
    (d / "a.txt").write_text(GOOD)
    (d / "locked" / "b.txt").write_text(GOOD)
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    os.scandir = scandir  # type: ignore[assignment]
    try:
        return _sources(cc.load(d))
    finally:
        os.scandir = real


def case_manifest_subfolder(tmp: Path) -> str:
    d = tmp / "manifested"
    (d / "wire").mkdir(parents=True)
    (d / "wire" / "a.txt").write_text(GOOD)
    (d / "claimcheck.json").write_text(json.dumps({"wire/a.txt": {"outlet": "Port Gazette"}}))
    (src,) = cc.load(d)
    return f"outlet={src.outlet!r}"


def case_unclosed_comment(tmp: Path) -> str:
    (src,) = cc.load(_page(f"<p>{GOOD}</p><!-- draft <p>Hidden 99 tugs.</p>"))
    return f"text={src.text!r}"


def case_missing_path(tmp: Path) -> str:
    return _sources(cc.load(str(tmp / "declaraton")))


def case_from_json_deep(tmp: Path) -> str:
    cc.Report.from_json("[" * 100_000 + "]" * 100_000)
    return "accepted"


def case_from_json_types(tmp: Path) -> str:
    doc = json.loads(cc.check([GOOD]).to_json())
    doc["claims"][0]["start"] = "5"
    report = cc.Report.from_json(json.dumps(doc))
    report.print()
    return "accepted"


def case_from_json_nan(tmp: Path) -> str:
    doc = json.loads(cc.check([GOOD]).to_json())
    doc["facts"][0]["score"] = float("nan")
    report = cc.Report.from_json(json.dumps(doc))
    return "accepted; writes back " + ("NaN" if "NaN" in report.to_json() else "standard JSON")


def case_from_json_bigint(tmp: Path) -> str:
    doc = json.loads(cc.check([GOOD]).to_json())
    doc["claims"][0]["value"] = int("9" * 400)
    cc.Report.from_json(json.dumps(doc))
    return "accepted"


def _write(path: Path) -> None:
    from claimcheck.output.export import write_atomic

    write_atomic(path, lambda p: Path(p).write_text("export"))


def case_o_fifo(tmp: Path) -> str:
    fifo = tmp / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    t = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    t.start()
    _write(fifo)
    t.join(3)
    if t.is_alive():  # the writer replaced the FIFO: unblock the reader
        with open(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass
    kind = "fifo" if os.path.exists(fifo) and not fifo.is_file() else "regular file"
    return f"reader got {got[0] if got else None!r}; path is a {kind}"


def case_o_symlink(tmp: Path) -> str:
    target = tmp / "real.json"
    target.write_text("old")
    link = tmp / "link.json"
    link.symlink_to(target)
    _write(link)
    return f"link kept={link.is_symlink()}; target={target.read_text()!r}"


def case_o_missing_folder(tmp: Path) -> str:
    _write(tmp / "nope" / "out.json")
    return "written"


def _serve(handler: Callable[[socket.socket], None]) -> tuple[str, Callable[[], None]]:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    srv.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                try:
                    conn.recv(65536)
                    handler(conn)
                except OSError:
                    pass

    threading.Thread(target=loop, daemon=True).start()

    def close() -> None:
        stop.set()
        srv.close()

    return f"http://127.0.0.1:{srv.getsockname()[1]}", close


def case_fetch_trickle(tmp: Path) -> str:
    def trickle(conn: socket.socket) -> None:
        for b in b"HTTP/1.1 200 OK\r\nX-Pad: " + b"a" * 200:
            conn.sendall(bytes([b]))
            time.sleep(0.1)

    url, close = _serve(trickle)
    try:
        try:
            got = cc.load([f"{url}/x", "A companion text."], timeout=1.0, allow_private=True)
        except TypeError:  # before allow_private existed
            got = cc.load([f"{url}/x", "A companion text."], timeout=1.0)
        return _sources(got)
    finally:
        close()


def case_fetch_loopback_and_creds(tmp: Path) -> str:
    body = _page(f"<p>{GOOD}</p>").encode()

    def page(conn: socket.socket) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )

    url, close = _serve(page)
    try:
        creds = url.replace("http://", "http://ann:s3cret@") + "/page"
        got = cc.load([creds, "A companion text."], snapshot=tmp / "snap")
        leaked = any("s3cret" in (s.url or "") + (s.path or "") + s.id for s in got) or any(
            "s3cret" in p.name for p in (tmp / "snap").glob("*")
        )
        return _sources(got) + f"; credentials written: {leaked}"
    finally:
        close()


CASES = [v for k, v in sorted(globals().items()) if k.startswith("case_")]


def main() -> None:
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            tracemalloc.start()
            started = time.perf_counter()
            try:
                outcome = case(Path(tmp))
            except Exception as err:  # the point: what the old code raised
                outcome = f"{type(err).__name__}: {str(err)[:90]}"
            seconds = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        name = case.__name__[5:]
        print(f"{name:26} {seconds:6.2f} s {peak / 1e6:7.1f} MB  {outcome}")


if __name__ == "__main__":
    main()
