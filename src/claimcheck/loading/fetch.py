"""Fetching web pages (``load("https://...")``) and keeping snapshots of them.

Uses httpx (the ``web`` extra: ``pip install "claimcheck-provenance[web]"``).
Every failure is a :class:`~claimcheck.errors.SourceError` whose message says
what went wrong (``load()`` turns it into a refused Source, never a traceback):
httpx missing, a timeout, a connection error, an HTTP error status, a content
type that is not a page, a page over ``max_bytes`` (the download stops there).

A snapshot is two files in a folder: ``<id>.html`` (the bytes as fetched) and
``<id>.html.json`` (the fetch record: URL, final URL after redirects, status,
fetch time, content type, redirects). Loading the folder later rebuilds the same
sources offline; the fetch time is the crawl date, never the publication date.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import time
from pathlib import Path
from typing import Any

from attrs import frozen

from claimcheck.errors import SourceError
from claimcheck.model import content_id

__all__ = [
    "DEFAULT_TIMEOUT",
    "Fetched",
    "fetch",
    "is_url",
    "read_sidecar",
    "sidecar_path",
    "url_id",
    "write_snapshot",
]

#: Seconds to wait for each network step (connect, each read); the whole download may take 4x.
DEFAULT_TIMEOUT = 20.0
_URL = re.compile(r"(?i)https?://[^\s/?#]+[^\s]*\Z")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_SLUG = re.compile(r"[^a-z0-9]+")


@frozen
class Fetched:
    """A fetched page.

    Attributes:
        url: the URL asked for.
        final_url: the URL answered from, after redirects.
        status: the HTTP status of the final response.
        content_type: the media type (``text/html``), lower-case, no parameters.
        charset: the ``charset`` parameter of the Content-Type header, if any.
        body: the bytes as received.
        fetched: when, as an ISO 8601 UTC timestamp.
        redirects: ``"<status> <from> -> <to>"`` for each redirect followed.
    """

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    fetched: str
    redirects: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """``"html"`` or ``"text"``: how the body is read."""
        return "text" if self.content_type in _TEXT_TYPES else "html"

    def record(self) -> dict[str, Any]:
        """The fetch record (the snapshot sidecar's content)."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "status": self.status,
            "fetched": self.fetched,
            "content_type": self.content_type,
            "charset": self.charset,
            "redirects": list(self.redirects),
            "bytes": len(self.body),
        }


def is_url(item: str) -> bool:
    """True when ``item`` is an ``http(s)://`` URL.

    Examples:
        >>> is_url("https://news.example/a"), is_url("news.example/a")
        (True, False)
    """
    return bool(_URL.match(item.strip())) and "\n" not in item


def url_id(url: str) -> str:
    """A stable, file-name-safe source id for ``url`` (host and path, plus a short hash).

    Examples:
        >>> url_id("https://news.example/world/2024/story.html?x=1")
        'news-example-world-2024-story-html-de3cd9f9c413'
    """
    rest = re.sub(r"(?i)^https?://(?:www\.)?", "", url.strip()).split("?", 1)[0].split("#", 1)[0]
    slug = _SLUG.sub("-", rest.lower()).strip("-")[:80].strip("-") or "page"
    return f"{slug}-{content_id('u', url.strip())[2:]}"


def _media_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = 50 * 1024 * 1024,
    transport: Any = None,
) -> Fetched:
    """Fetch ``url``, following redirects, stopping at ``max_bytes``.

    Args:
        url: an ``http(s)://`` URL.
        timeout: seconds for each network step; the whole download may take 4x this.
        max_bytes: refuse pages larger than this (the download stops as soon as it is passed).
        transport: an httpx transport (for tests).

    Returns:
        The page.

    Raises:
        SourceError: httpx is not installed, or the page cannot be fetched; the
            message names the URL and the reason.
    """
    try:
        import httpx
    except ImportError as err:
        msg = (
            f"{url}: fetching URLs needs httpx; install the web extra "
            '(pip install "claimcheck-provenance[web]"); refused.'
        )
        raise SourceError(msg) from err
    from claimcheck import __version__

    started = time.monotonic()
    when = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=10,
                timeout=httpx.Timeout(timeout),
                headers={"User-Agent": f"claimcheck/{__version__}", "Accept": "text/html, text/plain;q=0.9"},
                transport=transport,
            ) as client,
            client.stream("GET", url) as resp,
        ):
            redirects = tuple(
                f"{r.status_code} {r.url} -> {r.headers.get('location', '?')}" for r in resp.history
            )
            final = str(resp.url)
            if resp.status_code >= 400:
                reason = resp.reason_phrase or "error"
                msg = f"{url}: HTTP {resp.status_code} {reason} from {final}; refused."
                raise SourceError(msg)
            media, charset = _media_type(resp.headers.get("content-type", ""))
            if media and media not in _HTML_TYPES + _TEXT_TYPES:
                msg = f"{url}: content type {media!r} is not a web page (text/html or text/plain); refused."
                raise SourceError(msg)
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                msg = f"{url}: {declared} bytes is over the limit of {max_bytes} bytes; refused."
                raise SourceError(msg)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    msg = f"{url}: page is over the limit of {max_bytes} bytes (download stopped); refused."
                    raise SourceError(msg)
                if time.monotonic() - started > 4 * timeout:
                    msg = f"{url}: download took longer than {4 * timeout:g} s; refused."
                    raise SourceError(msg)
                chunks.append(chunk)
    except httpx.TimeoutException as err:
        msg = f"{url}: timed out after {timeout:g} s ({type(err).__name__}); refused."
        raise SourceError(msg) from err
    except httpx.TooManyRedirects as err:
        msg = f"{url}: too many redirects ({err}); refused."
        raise SourceError(msg) from err
    except (httpx.HTTPError, httpx.InvalidURL) as err:
        msg = f"{url}: fetch failed ({type(err).__name__}: {err}); refused."
        raise SourceError(msg) from err
    body = b"".join(chunks)
    if not media:
        from claimcheck.loading.html import is_html_document

        media = "text/html" if is_html_document(body[:4096].decode("latin-1")) else "text/plain"
    return Fetched(url, final, resp.status_code, media, charset, body, when, redirects)


def sidecar_path(page: Path) -> Path:
    """The fetch record beside a snapshot file (``page.html`` -> ``page.html.json``)."""
    return page.with_name(page.name + ".json")


def write_snapshot(folder: str | os.PathLike[str], sid: str, page: Fetched) -> Path:
    """Write ``page`` into ``folder`` as ``<sid>.html`` (or ``.txt``) plus its ``.json`` record.

    Returns:
        The path of the page file.
    """
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"{sid}.{'txt' if page.kind == 'text' else 'html'}"
    target.write_bytes(page.body)
    sidecar_path(target).write_text(json.dumps(page.record(), indent=2, sort_keys=True) + "\n", "utf-8")
    return target


def read_sidecar(page: Path) -> tuple[dict[str, Any] | None, tuple[str, ...]]:
    """The fetch record beside ``page``, if any, and warnings when it cannot be read."""
    side = sidecar_path(page)
    if not side.is_file():
        return None, ()
    try:
        data = json.loads(side.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return None, (f"{side}: fetch record not read ({err}); ignored",)
    if not isinstance(data, dict):
        return None, (f"{side}: fetch record is not an object; ignored",)
    return data, ()
