"""HTML pages as Sources: visible text with a character map back to the markup.

Built on the standard library's :mod:`html.parser` (no extra dependency). The text
is assembled from the page's blocks while parsing, and every character of it
records the range of HTML characters it came from, so a claim's span can be
mapped back to the exact markup (:meth:`claimcheck.model.Source.html_span`).
The map is kept as run-length segments ``(text_start, length, html_start,
html_end)``: a run of ordinary characters is one segment, an entity or a line
break standing for a tag is a segment of its own.

Boilerplate regions come from structure (``nav``, page ``header``/``footer``,
``aside``, ARIA roles, class and id names) and from link density (a block whose
own text is mostly link text); nothing is deleted.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from html import unescape
from html.parser import HTMLParser
from typing import Any

from claimcheck.errors import ArgumentError, SourceError
from claimcheck.loading.text import decode
from claimcheck.model import Region, Source

__all__ = [
    "HtmlMap",
    "HtmlText",
    "decode_html",
    "html_span",
    "html_text_and_map",
    "is_html_document",
    "load_html",
]

_BLOCKS = frozenset([
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "div", "section", "article",
    "header", "footer", "nav", "aside", "ul", "ol", "table", "blockquote", "pre", "figure",
    "figcaption", "main", "form", "dl", "dt", "dd", "title", "address", "hr", "menu", "details",
    "summary", "caption", "dialog",
])  # fmt: skip
_SKIP = frozenset([
    "script", "style", "template", "noscript", "svg", "head", "iframe", "object", "select", "textarea",
    "button",
])  # fmt: skip
_HEAD_TAGS = frozenset(["title", "meta", "link", "script", "style", "base", "noscript", "template", "head"])
_VOID = frozenset([
    "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "param", "source",
    "track", "wbr",
])  # fmt: skip
_STRUCT = {"nav": "navigation", "header": "page header", "footer": "page footer", "aside": "aside"}
_ROLES = {
    "navigation": "navigation",
    "banner": "page header",
    "contentinfo": "page footer",
    "complementary": "aside",
    "menu": "navigation",
    "menubar": "navigation",
    "dialog": "dialog",
    "alertdialog": "dialog",
    "search": "search",
}
#: Class or id words (split on ``-``, ``_``, spaces) naming page furniture.
_CLASS_WORDS = {
    **dict.fromkeys(("nav", "navbar", "navigation", "menu", "topbar", "toolbar", "skip"), "navigation"),
    **dict.fromkeys(("breadcrumb", "breadcrumbs", "crumbs"), "breadcrumb"),
    **dict.fromkeys(("share", "sharing", "sharebar", "social", "sociallinks"), "share"),
    **dict.fromkeys(("related", "mostread", "popular", "trending", "recommended", "outbrain"), "related"),
    **dict.fromkeys(("subscribe", "subscription", "newsletter", "signup", "paywall", "promo"), "subscribe"),
    **dict.fromkeys(("comment", "comments", "disqus", "discussion"), "comments"),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr", "cmp"), "cookie"),
    **dict.fromkeys(("ad", "ads", "advert", "advertisement", "sponsored", "adslot"), "advert"),
    **dict.fromkeys(("footer", "colophon"), "page footer"),
    **dict.fromkeys(("sidebar", "widget", "widgets", "rail"), "sidebar"),
    **dict.fromkeys(("masthead",), "masthead"),
    **dict.fromkeys(("tags", "tagcloud"), "tags"),
    **dict.fromkeys(("byline", "dateline", "timestamp", "pubdate", "meta", "postmeta", "credits"), "byline"),
}
_CLASS_PAIRS = {
    ("most", "read"): "related",
    ("most", "popular"): "related",
    ("most", "viewed"): "related",
    ("read", "more"): "related",
    ("more", "stories"): "related",
    ("also", "read"): "related",
    ("sign", "up"): "subscribe",
    ("site", "header"): "page header",
}
_SPLIT = re.compile(r"[\s_\-]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: Blocks judged by link density; headings are never (a linked headline is still the headline).
_DENSITY_TAGS = frozenset([
    "ul", "ol", "div", "section", "p", "li", "table", "tr", "td", "dl", "menu", "span",
])  # fmt: skip
_LINK_DENSITY = 0.7
#: A block whose text is mostly marked furniture plus a line this short is furniture too.
_CAPTION_CHARS = 40
_MOSTLY_MARKED = 0.8
#: Reasons from loose class words; a block so named holding this much unlinked prose is content.
_WEAK_REASONS = frozenset(["sidebar", "advert", "tags", "masthead", "byline", "navigation"])
_PROSE_CHARS = 1200
#: Only the first ``<time>`` elements are kept (metadata comes from the page head).
_MAX_TIMES = 50
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_RUNS = re.compile(r"\s+|\S+")
_SPACE = re.compile(r"\s")
_ENTITY_AT = re.compile(r"&#?[0-9A-Za-z]{1,40};?")
_DOCUMENT = re.compile(r"(?is)\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]")
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""")
_META_CHARSET = re.compile(rb"""(?is)<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""")

#: A text-to-HTML map: per text character, the HTML start and end offsets.
HtmlMap = tuple[tuple[int, ...], tuple[int, ...]]
#: Run-length segments ``(text_start, length, html_start, html_end)``.
Segments = tuple[tuple[int, int, int, int], ...]


def _class_reason(value: str) -> str | None:
    words = [w.lower() for w in _SPLIT.split(_CAMEL.sub(" ", value)) if w]
    for w in words:
        if w in _CLASS_WORDS:
            return _CLASS_WORDS[w]
    for pair in itertools.pairwise(words):
        if pair in _CLASS_PAIRS:
            return _CLASS_PAIRS[pair]
    return None


class HtmlText:
    """The visible text of a page, its map to the HTML, regions and markup found on the way.

    Attributes:
        html: the page.
        text: the visible text.
        segments: the run-length map from ``text`` to ``html`` (see module docs).
        regions: boilerplate regions of ``text``.
        meta: ``<meta>`` name/property -> content (first one wins), ``canonical``,
            ``title``, ``itemprop:<name>`` for microdata dates.
        jsonld: the raw JSON-LD blocks.
        has_article: the page has an ``<article>`` or ``<main>`` element.
        times: ``(datetime, text offset, boilerplate reason or None, class/itemprop words)``
            of the first ``<time>`` elements.
        notes: problems met while parsing (a comment never closed), for the Source's warnings.
    """

    __slots__ = ("has_article", "html", "jsonld", "meta", "notes", "regions", "segments", "text", "times")

    def __init__(self, html: str) -> None:
        p = _Parser(html)
        full = "".join(p.pieces)
        lead = len(full) - len(full.lstrip("\n "))
        self.text = full.strip("\n ")
        self.html = html
        n = len(self.text)
        segs: list[tuple[int, int, int, int]] = []
        for t, k, h0, h1 in p.segs:
            s, e = max(t - lead, 0), min(t + k - lead, n)
            if e <= s:
                continue
            if h1 - h0 == k:  # linear: clip the HTML side too
                h0, h1 = h0 + (s - (t - lead)), h0 + (s - (t - lead)) + (e - s)
            segs.append((s, e - s, h0, h1))
        self.segments: Segments = tuple(segs)
        self.regions = tuple(
            Region(max(0, s - lead), min(n, e - lead), reason=r)
            for s, e, r in p.regions
            if min(n, e - lead) > max(0, s - lead)
        )
        self.meta: dict[str, str] = p.meta
        self.jsonld = tuple(p.ld)
        self.has_article = p.scoped_pages
        self.notes: tuple[str, ...] = ()
        if p.unclosed_comment is not None:
            self.notes = (
                f"a comment opened at HTML offset {p.unclosed_comment} is never closed;"
                " the rest of the page is read as that comment (as browsers do)",
            )
        self.times = tuple(
            (
                raw,
                max(0, off - lead),
                next((r.reason for r in self.regions if r.start <= off - lead < r.end), None),
                hint,
            )
            for raw, off, hint in p.times
        )

    def per_char(self) -> HtmlMap:
        """The map expanded to one ``(start, end)`` per text character."""
        starts: list[int] = []
        ends: list[int] = []
        for _t, k, h0, h1 in self.segments:
            if h1 - h0 == k:
                starts.extend(range(h0, h1))
                ends.extend(range(h0 + 1, h1 + 1))
            else:
                starts.extend([h0] * k)
                ends.extend([h1] * k)
        return tuple(starts), tuple(ends)


class _Parser(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.lines = [0]
        self.lines.extend(m.end() for m in re.finditer("\n", html))
        self.pieces: list[str] = []
        self.segs: list[list[int]] = []  # [text_start, length, html_start, html_end]
        self.tlen = 0
        self.last = ""
        self.solid = 0  # non-space characters emitted
        self.linked = 0  # ... of them inside <a>
        self.links = 0  # open <a> elements
        # tag, hidden, reason, text start, solid at start, linked at start,
        # [marked solid, marked linked], reason from a loose class name
        self.stack: list[tuple[str, bool, str | None, int, int, int, list[int], bool]] = []
        self.regions: list[tuple[int, int, str]] = []
        self.meta: dict[str, str] = {}
        self.times: list[tuple[str, int, str]] = []
        self.scoped_pages = False  # the page has an <article> or <main>
        self.open: dict[str, int] = {}
        self.itemprops: dict[int, tuple[str, int]] = {}  # stack depth -> (itemprop, text start)
        self.skip = 0
        self.hidden = 0
        self.scoped = 0  # open article/main elements: their header/footer are the article's
        self.in_ld = False
        self.ld: list[str] = []
        self.in_title = False
        self.title: list[str] = []
        self.closing = False
        self.unclosed_comment: int | None = None  # where a comment the page never closes starts
        self.feed(html)
        self.closing = True
        self.close()
        while self.stack:
            self._pop()
        if self.title:
            self.meta.setdefault("title", " ".join("".join(self.title).split()))

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def parse_comment(self, i: int, report: bool = True) -> int:
        """A comment; one never closed runs to the end of the page, as browsers read it.

        (Without this, Python before 3.13.4 reads the rest of the page as text.)
        """
        j = super().parse_comment(i, report)
        if j < 0 and self.closing:
            self.unclosed_comment = self._offset()
            return len(self.rawdata)
        return j

    # -- emitting text ------------------------------------------------------------
    def _add(self, s: str, h0: int, h1: int) -> None:
        k = len(s)
        if not k:  # a reference to nothing (``&#1;``: control characters are dropped)
            return
        last = self.segs[-1] if self.segs else None
        if (
            last is not None
            and h1 - h0 == k
            and last[3] - last[2] == last[1]
            and last[3] == h0
            and last[0] + last[1] == self.tlen
        ):
            last[1] += k
            last[3] += k
        else:
            self.segs.append([self.tlen, k, h0, h1])
        self.pieces.append(s)
        self.tlen += k
        self.last = s[-1]

    def _text(self, data: str, pos: int) -> None:
        for m in _RUNS.finditer(data):
            run = m.group()
            at = pos + m.start()
            if run[0].isspace():
                if self.last and self.last not in " \n":
                    self._add(" ", at, at + 1)
                continue
            self._add(run, at, at + len(run))
            self.solid += len(run)
            if self.links:
                self.linked += len(run)

    def _trim(self) -> None:
        """Drop a trailing space (before a line break)."""
        if self.last != " ":
            return
        self.pieces[-1] = self.pieces[-1][:-1]
        if not self.pieces[-1]:
            self.pieces.pop()
        seg = self.segs[-1]
        if seg[3] - seg[2] == seg[1]:
            seg[3] -= 1
        seg[1] -= 1
        if seg[1] == 0:
            self.segs.pop()
        self.tlen -= 1
        self.last = self.pieces[-1][-1] if self.pieces else ""

    def _tail(self, n: int) -> str:
        """The last ``n`` characters of the text."""
        out: list[str] = []
        have = 0
        for piece in reversed(self.pieces):
            if have >= n:
                break
            out.append(piece)
            have += len(piece)
        return "".join(reversed(out))[-n:] if n > 0 else ""

    def _newlines(self, pos: int, want: int) -> None:
        """End the text with ``want`` newlines (at most two in a row), standing for a tag at ``pos``."""
        self._trim()
        if not self.last:
            return
        have = 0 if self.last != "\n" else 2 if "".join(self.pieces[-2:]).endswith("\n\n") else 1
        n = min(want, 2 - have) if want > 1 else (1 if have < 2 else 0)
        if n > 0:
            self.segs.append([self.tlen, n, pos, pos])
            self.pieces.append("\n" * n)
            self.tlen += n
            self.last = "\n"

    def _break(self, pos: int) -> None:
        self._newlines(pos, 2)

    # -- tags -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        pos = self._offset()
        prop = a.get("itemprop", "")
        if prop in ("datePublished", "dateModified", "dateCreated"):
            if a.get("content") or a.get("datetime"):
                self.meta.setdefault(f"itemprop:{prop}", a.get("content") or a.get("datetime") or "")
            elif tag not in _VOID:  # the date is the element's text: read it when it closes
                self.itemprops[len(self.stack)] = (prop, self.tlen)
        if tag == "meta":
            key = a.get("property") or a.get("name") or a.get("http-equiv") or ""
            if key and "content" in a:
                self.meta.setdefault(key.lower(), a["content"])
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split():
                self.meta.setdefault("canonical", a.get("href", ""))
            return
        if tag == "br":
            if not (self.skip or self.hidden):
                self._newlines(pos, 1)
            return
        if tag in _VOID:
            return
        if self.open.get("head") and tag not in _HEAD_TAGS:
            self.handle_endtag("head")  # an unclosed <head>: the body has begun
        if tag == "time" and not (self.skip or self.hidden) and len(self.times) < _MAX_TIMES:
            raw = a.get("datetime") or ""
            hint = " ".join(a.get(k, "") for k in ("class", "id", "itemprop", "pubdate") if k in a)
            hint += " pubdate" if "pubdate" in a else ""
            hint += " in-article" if self.scoped else ""
            self.times.append((raw, self.tlen, hint))
        hidden = (
            "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(a.get("style", "")))
        )
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_ld = True
            self.ld.append("")
        if tag == "title" and not self.stack_has("svg"):
            self.in_title = True
        reason = None if (tag in ("header", "footer") and self.scoped) else _STRUCT.get(tag)
        reason = reason or _ROLES.get(a.get("role", "").lower())
        weak = False
        if reason is None and tag not in ("html", "body", "article", "main"):
            reason = _class_reason(f"{a.get('class', '')} {a.get('id', '')}")
            weak = reason in _WEAK_REASONS
        if tag in _BLOCKS:
            self._break(pos)
        self.stack.append((tag, hidden, reason, self.tlen, self.solid, self.linked, [0, 0], weak))
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in _SKIP:
            self.skip += 1
        if hidden:
            self.hidden += 1
        if tag in ("article", "main"):
            self.scoped += 1
            self.scoped_pages = True
        if tag == "a":
            self.links += 1

    def stack_has(self, tag: str) -> bool:
        """True when an element ``tag`` is open."""
        return self.open.get(tag, 0) > 0

    def _pop(self) -> None:
        tag, hidden, reason, start, solid0, linked0, marked, weak = self.stack.pop()
        self.open[tag] -= 1
        if tag in _SKIP:
            self.skip -= 1
        if hidden:
            self.hidden -= 1
        if tag in ("article", "main"):
            self.scoped -= 1
        if tag == "a":
            self.links -= 1
        if tag == "script":
            self.in_ld = False
        if tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self._break(self._offset())
        solid, linked = self.solid - solid0, self.linked - linked0
        if len(self.stack) in self.itemprops:
            prop, at = self.itemprops.pop(len(self.stack))
            self.meta.setdefault(f"itemprop:{prop}", " ".join(self._tail(self.tlen - at).split())[:100])
        if weak and (solid - marked[0]) - (linked - marked[1]) > _PROSE_CHARS:
            reason = None  # a loosely named wrapper ("widget", "meta") around much prose is content
        if reason is None and tag in _DENSITY_TAGS:
            own, own_links = solid - marked[0], linked - marked[1]
            if own > 0 and own_links >= _LINK_DENSITY * own:
                reason = "link list"
            elif 0 < own <= _CAPTION_CHARS and marked[0] >= _MOSTLY_MARKED * solid:
                reason = "link list"  # a short heading over furniture ("More from Politics")
        parent = self.stack[-1][6] if self.stack else None
        if reason is not None and self.tlen > start:
            self.regions.append((start, self.tlen, reason))
            if parent is not None:
                parent[0] += solid
                parent[1] += linked
        elif parent is not None:
            parent[0] += marked[0]
            parent[1] += marked[1]

    def handle_endtag(self, tag: str) -> None:
        if not self.stack_has(tag):
            return  # a stray closing tag
        while self.stack:
            top = self.stack[-1][0]
            self._pop()
            if top == tag:
                break

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1][0] == tag:
            self._pop()

    def handle_data(self, data: str) -> None:
        if self.in_ld:
            self.ld[-1] += data
            return
        if self.in_title:
            self.title.append(data)
        if self.skip or self.hidden:
            return
        self._text(data, self._offset())

    def _ref(self, raw: str) -> None:
        pos = self._offset()
        m = _ENTITY_AT.match(self.html, pos)
        if m:  # the reference exactly as written (``&amp`` without ``;`` too)
            raw = m.group()
        end = pos + len(raw)
        out = unescape(raw)
        if self.in_title:
            self.title.append(out)
        if self.in_ld:
            self.ld[-1] += raw
            return
        if self.skip or self.hidden:
            return
        out = "".join(" " if _SPACE.match(c) else c for c in out)
        if out == " " and (not self.last or self.last in " \n"):
            return
        self._add(out, pos, end)
        solid = sum(1 for c in out if c != " ")
        self.solid += solid
        if self.links:
            self.linked += solid

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")


def is_html_document(text: str) -> bool:
    """True when ``text`` is an HTML document: it starts with ``<!doctype html`` or ``<html``.

    Examples:
        >>> is_html_document("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        True
        >>> is_html_document("The <b>council</b> met.")
        False
    """
    return bool(_DOCUMENT.match(text[:4096]))


def html_text_and_map(html: str) -> tuple[str, HtmlMap]:
    """Return the visible text of ``html`` and its per-character map to HTML offsets.

    Examples:
        >>> text, (starts, ends) = html_text_and_map("<p>A &amp; B</p>")
        >>> text, starts[2], ends[2]
        ('A & B', 5, 10)
    """
    page = HtmlText(html)
    return page.text, page.per_char()


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
        raise ArgumentError(msg)
    return min(starts[start:end]), max(ends[start:end])


def sniff_charset(data: bytes) -> str | None:
    """The charset a page declares: an XML prolog, or ``<meta charset>``/http-equiv in the first 4 KB.

    Examples:
        >>> sniff_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
        'ISO-8859-1'
    """
    m = _XML_ENCODING.match(data[:200]) or _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _codec(name: str) -> str | None:
    import codecs

    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # WHATWG: latin-1 and ASCII labels mean windows-1252; a UTF-16 label on ASCII bytes means UTF-8
    return {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}.get(codec, codec)


def decode_html(
    data: bytes, *, name: str = "<bytes>", header_charset: str | None = None
) -> tuple[str, tuple[str, ...]]:
    """Decode HTML bytes: byte order mark, ``<meta charset>``, the HTTP header, else detection.

    Args:
        data: the page's bytes.
        name: what to call it in messages.
        header_charset: the ``charset`` of the HTTP ``Content-Type`` header, when fetched.

    Returns:
        The text and the warnings about how it was decoded (detection always warns).

    Raises:
        SourceError: binary data.
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, name=name)
    decode(data[:65536], name=name, encoding="latin-1")  # refuses binary (NULs, control bytes)
    notes: list[str] = []
    for label, how in ((sniff_charset(data), "<meta charset>"), (header_charset, "the HTTP header")):
        if not label:
            continue
        codec = _codec(label)
        if codec is None or codec.startswith(("utf-16", "utf-32")):
            notes.append(f"{name}: {how} names unknown or impossible charset {label!r}; ignored")
            continue
        try:
            return data.decode(codec), tuple(notes)
        except UnicodeDecodeError as err:
            notes.append(f"{name}: {how} says {label!r} but byte {err.start} does not decode; ignored")
    try:
        return data.decode("utf-8"), tuple(notes)
    except UnicodeDecodeError as err:
        guess = _detect(data) or "cp1252"
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            guess, text = "utf-8", data.decode("utf-8", errors="replace")
        notes.append(
            f"{name}: no usable charset declared and not UTF-8 (at byte {err.start}); detected {guess}"
        )
        return text, tuple(notes)


def _detect(data: bytes) -> str | None:
    """A detected codec name (charset-normalizer when installed), or None.

    Among the guesses that read the bytes equally cleanly, windows-1252 (the web's
    default legacy encoding) is preferred.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - optional
        return None
    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    clean = [m.encoding for m in matches if m.chaos <= least + 1e-9]
    if "cp1252" in clean:
        return "cp1252"
    return _codec(clean[0])


def _text_rules(page: HtmlText) -> tuple[Region, ...]:
    """The plain-text furniture rules, on the text outside the regions the markup marked."""
    import bisect

    from claimcheck.loading.boilerplate import find_boilerplate

    spans = sorted((r.start, r.end) for r in page.regions)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # the furthest end among regions starting at or before each one
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def marked(r: Region) -> bool:
        k = bisect.bisect_left(starts, r.end) - 1
        return k >= 0 and reach[k] > r.start

    return tuple(r for r in find_boilerplate(page.text) if not marked(r))


def load_html(
    data: str,
    *,
    sid: str,
    path: str | None = None,
    given: Mapping[str, Any] | None = None,
    manifest: Mapping[str, Any] | None = None,
    warnings: tuple[str, ...] | list[str] = (),
    fetch: Mapping[str, Any] | None = None,
) -> Source:
    """Load an HTML page (already decoded) as a Source with markup metadata.

    Args:
        data: the HTML.
        sid: the source id.
        path: where it came from.
        given: metadata fields given by the caller (they win over everything).
        manifest: metadata fields from a folder manifest (they win over markup).
        warnings: notes from reading the page (decoding) to keep on the Source.
        fetch: for a fetched page: ``url``, ``final_url``, ``fetched`` (ISO time),
            ``content_type``, ``redirects`` (see :mod:`claimcheck.loading.fetch`).

    Returns:
        A Source whose text is the page's visible text and which carries the map back
        to the markup (:meth:`Source.html_span`).
    """
    from claimcheck.loading.boilerplate import merge_regions
    from claimcheck.loading.htmlmeta import page_metadata

    try:
        page = HtmlText(data)
    except (AssertionError, RecursionError) as err:  # pragma: no cover - html.parser guards
        msg = f"{path or sid}: cannot parse as HTML ({err}); refused."
        raise SourceError(msg) from err
    found = page_metadata(page, name=path or sid, given=given or {}, manifest=manifest, fetch=fetch)
    notes = [*warnings, *(f"{path or sid}: {n}" for n in page.notes), *found.warnings]
    if not page.text.strip():
        notes.append(f"{path or sid}: the page has no visible text; nothing to extract")
    return Source(
        id=sid,
        text=page.text,
        path=path,
        metadata_origin=found.origin,
        boilerplate=merge_regions([*page.regions, *found.regions, *_text_rules(page)]),
        warnings=tuple(notes),
        html_map=page.segments,
        **found.values,
    )
