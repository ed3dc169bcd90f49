"""HTML pages as Sources: visible text with a character map back to the markup.

Built on the standard library's :mod:`html.parser` (no extra dependency). The text
is assembled from the page's blocks while parsing, and every character of it
records the range of HTML characters it came from, so a claim's span can be
mapped back to the exact markup (:func:`html_span`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from html import unescape
from html.parser import HTMLParser
from typing import Any

from claimcheck.model import Region, Source
from claimcheck.sources.metadata import parse_date
from claimcheck.sources.text import decode

__all__ = ["HtmlText", "decode_html", "html_span", "html_text_and_map", "load_html"]

_BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "td",
        "th",
        "tr",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "ul",
        "ol",
        "table",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "main",
        "form",
        "dl",
        "dt",
        "dd",
        "title",
        "address",
        "hr",
    ]
)
_SKIP = frozenset(["script", "style", "template", "noscript", "svg", "head", "iframe", "object"])
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "embed",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_STRUCT = {"nav": "navigation", "header": "page header", "footer": "page footer", "aside": "aside"}
_ROLES = {
    "navigation": "navigation",
    "banner": "page header",
    "contentinfo": "page footer",
    "complementary": "aside",
}
_CLASS = re.compile(
    r"(?i)nav|menu|footer|share|social|related|cookie|subscribe|comment|breadcrumb|sidebar|most-read|masthead"
)
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_META_CHARSET = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)")
_SPACE = re.compile(r"\s")

#: A text-to-HTML map: per text character, the HTML start and end offsets.
HtmlMap = tuple[tuple[int, ...], tuple[int, ...]]


class HtmlText:
    """The visible text of a page, its map to the HTML, regions and markup metadata."""

    __slots__ = ("ends", "html", "meta", "regions", "starts", "text", "time_dates")

    def __init__(self, html: str) -> None:
        p = _Parser(html)
        self.html = html
        self.text = "".join(p.chars).strip("\n ")
        lead = len("".join(p.chars)) - len("".join(p.chars).lstrip("\n "))
        self.starts = tuple(p.hstart[lead : lead + len(self.text)])
        self.ends = tuple(p.hend[lead : lead + len(self.text)])
        self.regions = tuple(
            Region(max(0, s - lead), min(len(self.text), e - lead), reason=r)
            for s, e, r in p.regions
            if min(len(self.text), e - lead) > max(0, s - lead)
        )
        self.meta: dict[str, str] = p.meta
        self.time_dates = tuple(p.time_dates)


class _Parser(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.lines = [0]
        for m in re.finditer("\n", html):
            self.lines.append(m.end())
        self.chars: list[str] = []
        self.hstart: list[int] = []
        self.hend: list[int] = []
        self.stack: list[tuple[str, bool, str | None, int]] = []  # tag, hidden, region reason, text start
        self.regions: list[tuple[int, int, str]] = []
        self.meta: dict[str, str] = {}
        self.time_dates: list[str] = []
        self.skip = 0
        self.hidden = 0
        self.in_ld = False
        self.ld: list[str] = []
        self.in_title = False
        self.title: list[str] = []
        self.feed(html)
        self.close()
        while self.stack:
            self._pop()
        self._jsonld()

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def _emit(self, ch: str, start: int, end: int) -> None:
        if _SPACE.match(ch):
            if not self.chars or self.chars[-1] in " \n":
                return
            ch = " "
        self.chars.append(ch)
        self.hstart.append(start)
        self.hend.append(end)

    def _break(self, pos: int) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.hstart.pop()
            self.hend.pop()
        if self.chars and not "".join(self.chars[-2:]).endswith("\n\n"):
            n = 2 - (1 if self.chars[-1] == "\n" else 0)
            for _ in range(n):
                self.chars.append("\n")
                self.hstart.append(pos)
                self.hend.append(pos)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        pos = self._offset()
        if tag == "meta":
            key = a.get("property") or a.get("name") or ""
            if key and "content" in a:
                self.meta.setdefault(key.lower(), a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.meta.setdefault("canonical", a.get("href", ""))
            return
        if tag == "br":
            if not (self.skip or self.hidden):
                self.chars.append("\n")
                self.hstart.append(pos)
                self.hend.append(pos)
            return
        if tag in _VOID:
            return
        if tag == "time" and a.get("datetime") and not (self.skip or self.hidden):
            self.time_dates.append(a["datetime"])
        hidden = (
            "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(a.get("style", "")))
        )
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_ld = True
        if tag == "title":
            self.in_title = True
        reason = _STRUCT.get(tag) or _ROLES.get(a.get("role", "").lower())
        if reason is None:
            m = _CLASS.search(f"{a.get('class', '')} {a.get('id', '')}")
            if m:
                reason = m.group(0).lower()
        if tag in _BLOCKS:
            self._break(pos)
        self.stack.append((tag, hidden, reason, len(self.chars)))
        if tag in _SKIP:
            self.skip += 1
        if hidden:
            self.hidden += 1

    def _pop(self) -> None:
        tag, hidden, reason, start = self.stack.pop()
        if tag in _SKIP:
            self.skip -= 1
        if hidden:
            self.hidden -= 1
        if tag == "script":
            self.in_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self._break(self._offset())
        if reason is not None and len(self.chars) > start:
            self.regions.append((start, len(self.chars), reason))

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, *_ in self.stack):
            return  # a stray closing tag
        while self.stack:
            top = self.stack[-1][0]
            self._pop()
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.ld.append(data)
            return
        if self.in_title:
            self.title.append(data)
        if self.skip or self.hidden:
            return
        pos = self._offset()
        for i, ch in enumerate(data):
            self._emit(ch, pos + i, pos + i + 1)

    def _ref(self, raw: str) -> None:
        if self.in_title:
            self.title.append(unescape(raw))
        if self.skip or self.hidden or self.in_ld:
            return
        pos = self._offset()
        end = pos + len(raw)
        if end > len(self.html) or self.html[pos:end] != raw:
            end = self.html.find(";", pos, pos + 40) + 1 or pos + len(raw) - 1
        for ch in unescape(raw):
            self._emit(ch, pos, end)

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")

    def _jsonld(self) -> None:
        if self.title:
            self.meta.setdefault("title", " ".join("".join(self.title).split()))
        for blob in self.ld:
            try:
                data = json.loads(blob)
            except ValueError:
                continue
            items = (
                data
                if isinstance(data, list)
                else data.get("@graph", [data])
                if isinstance(data, dict)
                else []
            )
            for item in items:
                if not isinstance(item, dict):
                    continue
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if not any(
                    k in ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting") for k in kinds
                ):
                    continue
                for key in ("datePublished", "dateModified", "headline"):
                    if isinstance(item.get(key), str):
                        self.meta.setdefault(f"ld:{key}", item[key])
                for key in ("author", "publisher"):
                    who = item.get(key)
                    who = who[0] if isinstance(who, list) and who else who
                    name = who.get("name") if isinstance(who, dict) else who
                    if isinstance(name, str):
                        self.meta.setdefault(f"ld:{key}", name)


def html_text_and_map(html: str) -> tuple[str, HtmlMap]:
    """Return the visible text of ``html`` and its per-character map to HTML offsets.

    Examples:
        >>> text, (starts, ends) = html_text_and_map("<p>A &amp; B</p>")
        >>> text, starts[2], ends[2]
        ('A & B', 5, 10)
    """
    page = HtmlText(html)
    return page.text, (page.starts, page.ends)


def html_span(html: str | HtmlMap, start: int, end: int) -> tuple[int, int]:
    """Map text offsets ``[start, end)`` of the page's text to an HTML range.

    Args:
        html: the page's HTML, or a map from :func:`html_text_and_map`.
        start: first text offset.
        end: end text offset (exclusive, > start).

    Returns:
        ``(html_start, html_end)``, covering every source character of the span.
    """
    starts, ends = html_text_and_map(html)[1] if isinstance(html, str) else html
    if not starts or end <= start:
        msg = f"empty span ({start}, {end}) or empty map"
        raise ValueError(msg)
    lo = min(starts[start:end])
    hi = max(ends[start:end])
    return lo, hi


def decode_html(data: bytes, *, name: str = "<bytes>") -> tuple[str, tuple[str, ...]]:
    """Decode HTML bytes: byte order mark, ``<meta charset>``, else UTF-8 with replacement."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, name=name)
    m = _META_CHARSET.search(data[:4096])
    if m:
        charset = m.group(1).decode("ascii")
        try:
            return decode(data, name=name, encoding=charset)
        except LookupError:
            pass
    decode(data[:65536], name=name)  # refuses binary
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        return text, (f"{name}: no charset declared and not UTF-8; undecodable bytes replaced",)


def load_html(
    data: str, *, sid: str, path: str | None = None, given: Mapping[str, Any] | None = None
) -> Source:
    """Load an HTML page (already decoded) as a Source with markup metadata.

    Args:
        data: the HTML.
        sid: the source id.
        path: where it came from.
        given: metadata fields given by the caller (they win over markup).

    Returns:
        A Source whose text is the page's visible text.
    """
    page = HtmlText(data)
    name = path or sid
    meta = page.meta
    notes: list[str] = []
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for key, raw in (given or {}).items():
        if raw is not None:
            values[key] = parse_date(raw) if key == "published" else str(raw)
            origin[key] = "given"

    def put(key: str, value: Any) -> None:
        if key not in values and value:
            values[key] = value
            origin[key] = "markup"

    pub_raw = meta.get("ld:datePublished") or meta.get("article:published_time")
    put("published", parse_date(pub_raw) if pub_raw else None)
    if "published" not in values and page.time_dates:
        put("published", parse_date(page.time_dates[0]))
    mod = meta.get("ld:dateModified") or meta.get("article:modified_time")
    if mod:
        notes.append(f"{name}: markup says modified {mod} (not the publication date)")
    put("author", meta.get("ld:author") or meta.get("author") or meta.get("article:author"))
    put("outlet", meta.get("og:site_name") or meta.get("ld:publisher"))
    put("title", meta.get("ld:headline") or meta.get("og:title") or meta.get("title"))
    put("url", meta.get("canonical") or meta.get("og:url"))
    if "published" not in values and values.get("url"):
        m = _URL_DATE.search(str(values["url"]))
        if m:
            import datetime as _dt

            try:
                values["published"] = _dt.date(int(m[1]), int(m[2]), int(m[3]))
                origin["published"] = "url"
            except ValueError:
                pass
    for raw in page.time_dates:
        d = parse_date(raw)
        if (
            d is not None
            and values.get("published")
            and d != values["published"]
            and origin.get("published") == "markup"
        ):
            notes.append(
                f"{name}: visible date {raw} differs from markup published {values['published']}; markup kept"
            )
    return Source(
        id=sid,
        text=page.text,
        path=path,
        metadata_origin=origin,
        boilerplate=page.regions,
        warnings=tuple(notes),
        **values,
    )
