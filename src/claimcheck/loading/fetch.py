"""Fetching web pages (``load("https://...")``) and keeping snapshots of them.

Uses httpx (the ``web`` extra: ``pip install "claimcheck-provenance[web]"``).
Every failure is a :class:`~claimcheck.errors.SourceError` whose message says
what went wrong (``load()`` turns it into a refused Source, never a traceback):
httpx missing, a timeout, a connection error, an HTTP error status, a content
type that is not a page, a page over ``max_bytes`` (the download stops there).

Every URL has one deadline, ``timeout`` seconds for all of it: resolving,
connecting, TLS, the headers, the body and every redirect. Each socket read and
write waits only for what is left of it, so a server that sends its headers one
byte at a time cannot hold a fetch past the limit.

Addresses are checked where the connection is made, on the resolved address of
every hop (so a redirect, a numeric or hexadecimal host, or a name that resolves
to an internal address is caught, and the address checked is the address
connected to): link-local and cloud metadata addresses are always refused;
loopback, private and other non-global addresses unless ``allow_private=True``.
Proxies named by the environment are not used (they would bypass the check).

Credentials in a URL (``https://user:secret@host/``) are used for the request
and removed from everything written: the source id and snapshot file names,
``Source.url`` and ``Source.path``, the fetch record, messages.

A snapshot is two files in a folder: ``<id>.html`` (the bytes as fetched) and
``<id>.html.json`` (the fetch record: URL, final URL after redirects, status,
fetch time, content type, redirects). Loading the folder later rebuilds the same
sources offline; the fetch time is the crawl date, never the publication date.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import os
import re
import socket
import time
from pathlib import Path
from typing import Any

from attrs import frozen

from claimcheck.errors import SourceError
from claimcheck.model import content_id

__all__ = [
    "DEFAULT_TIMEOUT",
    "Fetched",
    "address_refusal",
    "fetch",
    "is_url",
    "read_sidecar",
    "redact",
    "sidecar_path",
    "url_id",
    "write_snapshot",
]

#: Seconds one URL may take, all of it (resolving, connecting, headers, body, redirects).
DEFAULT_TIMEOUT = 20.0
#: Cloud metadata services, refused always (the IPv4 one is link-local as well).
_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200", "168.63.129.16", "169.254.170.2")
)
_USERINFO = re.compile(r"(?i)\b(https?://)[^/?#\s@]*@")
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


def redact(text: str) -> str:
    """``text`` with the credentials of every URL in it removed.

    Examples:
        >>> redact("https://ann:secret@news.example/a?x=1")
        'https://news.example/a?x=1'
    """
    return _USERINFO.sub(r"\1", text)


def address_refusal(address: str, *, allow_private: bool = False) -> str | None:
    """Why a fetch must not connect to ``address`` (an IP address), or None when it may.

    Args:
        address: the resolved IPv4 or IPv6 address.
        allow_private: allow loopback, private and other non-global addresses.

    Examples:
        >>> address_refusal("169.254.169.254", allow_private=True)
        'a link-local or cloud metadata address'
        >>> address_refusal("127.0.0.1")
        'a loopback, private or reserved address (allow_private=True, --allow-private to fetch it)'
        >>> address_refusal("127.0.0.1", allow_private=True) is None
        True
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in _METADATA or ip.is_link_local:
        return "a link-local or cloud metadata address"
    if ip.is_multicast or ip.is_unspecified:
        return "a multicast or unspecified address"
    if not allow_private and not ip.is_global:
        return "a loopback, private or reserved address (allow_private=True, --allow-private to fetch it)"
    return None


def url_id(url: str) -> str:
    """A stable, file-name-safe source id for ``url`` (host and path, plus a short hash).

    Examples:
        >>> url_id("https://news.example/world/2024/story.html?x=1")
        'news-example-world-2024-story-html-de3cd9f9c413'
    """
    url = redact(url.strip())
    rest = re.sub(r"(?i)^https?://(?:www\.)?", "", url).split("?", 1)[0].split("#", 1)[0]
    slug = _SLUG.sub("-", rest.lower()).strip("-")[:80].strip("-") or "page"
    return f"{slug}-{content_id('u', url)[2:]}"


def _media_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, value = p.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


def _guarded_transport(deadline: float, allow_private: bool) -> Any:
    """An httpx transport whose connections obey the deadline and the address policy."""
    import httpcore
    import httpx

    def left(timeout: float | None) -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            msg = "the deadline for this URL has passed"
            raise httpcore.ReadTimeout(msg)
        return remaining if timeout is None else min(timeout, remaining)

    class Stream(httpcore.NetworkStream):
        def __init__(self, inner: httpcore.NetworkStream) -> None:
            self.inner = inner

        def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            return self.inner.read(max_bytes, left(timeout))

        def write(self, buffer: bytes, timeout: float | None = None) -> None:
            self.inner.write(buffer, left(timeout))

        def close(self) -> None:
            self.inner.close()

        def start_tls(
            self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
        ) -> httpcore.NetworkStream:
            return Stream(self.inner.start_tls(ssl_context, server_hostname, left(timeout)))

        def get_extra_info(self, info: str) -> Any:
            return self.inner.get_extra_info(info)

    plain = httpcore.SyncBackend()

    class Backend(httpcore.NetworkBackend):
        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Any = None,
        ) -> httpcore.NetworkStream:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError) as err:
                msg = f"cannot resolve {host!r} ({err})"
                raise httpcore.ConnectError(msg) from err
            last: Exception | None = None
            for *_, address in infos:
                ip = str(address[0])
                why = address_refusal(ip, allow_private=allow_private)
                if why is not None:
                    msg = f"{host} resolves to {ip}, {why}"
                    raise _AddressRefused(msg)
                try:  # to the address checked, by number: no second lookup to rebind
                    inner = plain.connect_tcp(ip, port, left(timeout), local_address, socket_options)
                except httpcore.ConnectError as err:
                    last = err
                    continue
                return Stream(inner)
            msg = f"cannot connect to {host}:{port} ({last})"
            raise httpcore.ConnectError(msg)

        def connect_unix_socket(
            self, path: str, timeout: float | None = None, socket_options: Any = None
        ) -> httpcore.NetworkStream:
            msg = "unix sockets are not fetched"
            raise httpcore.ConnectError(msg)

        def sleep(self, seconds: float) -> None:
            time.sleep(min(seconds, max(0.0, deadline - time.monotonic())))

    class Transport(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            self._pool = httpcore.ConnectionPool(
                ssl_context=httpx.create_ssl_context(), network_backend=Backend(), max_connections=4
            )

    return Transport()


class _AddressRefused(Exception):
    """A connection to an address the policy refuses (see :func:`address_refusal`)."""


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = 50 * 1024 * 1024,
    transport: Any = None,
    allow_private: bool = False,
) -> Fetched:
    """Fetch ``url``, following redirects, stopping at ``max_bytes`` or the deadline.

    Args:
        url: an ``http(s)://`` URL.
        timeout: seconds the whole fetch may take (resolving, connecting, headers,
            body, redirects); each network step waits only for what is left.
        max_bytes: refuse pages larger than this (the download stops as soon as it is passed).
        transport: an httpx transport (for tests; the address policy is then the transport's).
        allow_private: connect to loopback, private and other non-global addresses
            (link-local and cloud metadata addresses are refused whatever this says).

    Returns:
        The page, its URLs without credentials.

    Raises:
        SourceError: httpx is not installed, or the page cannot be fetched (timed
            out, refused address, HTTP error...); the message names the URL (without
            its credentials) and the reason.
    """
    shown = redact(url)
    try:
        import httpx
    except ImportError as err:
        msg = (
            f"{shown}: fetching URLs needs httpx; install the web extra "
            '(pip install "claimcheck-provenance[web]"); refused.'
        )
        raise SourceError(msg) from err
    from claimcheck._version import __version__

    started = time.monotonic()
    deadline = started + timeout
    if transport is None:
        transport = _guarded_transport(deadline, allow_private)
    when = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=10,
                timeout=httpx.Timeout(timeout),
                headers={"User-Agent": f"claimcheck/{__version__}", "Accept": "text/html, text/plain;q=0.9"},
                transport=transport,
                trust_env=False,  # an environment proxy would connect for us, past the address check
            ) as client,
            client.stream("GET", url) as resp,
        ):
            redirects = tuple(
                redact(f"{r.status_code} {r.url} -> {r.headers.get('location', '?')}") for r in resp.history
            )
            final = redact(str(resp.url))
            if resp.status_code >= 400:
                reason = resp.reason_phrase or "error"
                msg = f"{shown}: HTTP {resp.status_code} {reason} from {final}; refused."
                raise SourceError(msg)
            media, charset = _media_type(resp.headers.get("content-type", ""))
            if media and media not in _HTML_TYPES + _TEXT_TYPES:
                msg = f"{shown}: content type {media!r} is not a web page (text/html or text/plain); refused."
                raise SourceError(msg)
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                msg = f"{shown}: {declared} bytes is over the limit of {max_bytes} bytes; refused."
                raise SourceError(msg)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    msg = f"{shown}: page is over the limit of {max_bytes} bytes (download stopped); refused."
                    raise SourceError(msg)
                if time.monotonic() > deadline:
                    msg = f"{shown}: timed out after {timeout:g} s (the whole fetch); refused."
                    raise SourceError(msg)
                chunks.append(chunk)
    except _AddressRefused as err:
        msg = f"{shown}: not fetched: {err}; refused."
        raise SourceError(msg) from err
    except httpx.TimeoutException as err:
        msg = f"{shown}: timed out after {timeout:g} s ({type(err).__name__}); refused."
        raise SourceError(msg) from err
    except httpx.TooManyRedirects as err:
        msg = f"{shown}: too many redirects ({redact(str(err))}); refused."
        raise SourceError(msg) from err
    except (httpx.HTTPError, httpx.InvalidURL) as err:
        msg = f"{shown}: fetch failed ({type(err).__name__}: {redact(str(err))}); refused."
        raise SourceError(msg) from err
    body = b"".join(chunks)
    if not media:
        from claimcheck.loading.html import is_html_document

        media = "text/html" if is_html_document(body[:4096].decode("latin-1")) else "text/plain"
    return Fetched(shown, final, resp.status_code, media, charset, body, when, redirects)


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
