"""Metadata of an HTML page from its markup, cross-checked with the visible text.

Signals for the publication date, by family: JSON-LD (``datePublished`` of an
``Article``/``NewsArticle``..., also inside ``@graph``), ``<meta>`` tags
(``article:published_time`` and the usual CMS names, microdata
``itemprop=datePublished``), ``<time datetime>`` outside boilerplate, the visible
dateline under the headline, and a date in the URL path. The date most families
agree on wins; htmldate's judgement (when the ``web`` extra installs it) breaks ties
and answers alone for pages with no markup signal; a remaining tie goes to the most
explicit family (JSON-LD, meta, time, dateline, URL). Modified dates are read but
never taken as the publication date; neither is the fetch ("crawl") time nor a
masthead "today" line (boilerplate). A date after the fetch time (or today) is
impossible and dropped with a warning.

Every field's origin is recorded: ``metadata_origin`` holds ``"markup"``,
``"inferred"`` (visible text), ``"url"`` or ``"fetch"`` for the field, and
``"<field>.from"`` names the exact signal (``"json-ld datePublished"``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from attrs import frozen

from claimcheck._json import loads  # depth-capped: a hostile block is skipped, never a crash
from claimcheck.loading.boilerplate import line_reason
from claimcheck.loading.metadata import infer_metadata, parse_date
from claimcheck.model import Region

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.loading.html import HtmlText

__all__ = ["PageMetadata", "page_metadata", "url_date"]

_ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
    ]
)
_PAGE_TYPES = frozenset(["WebPage", "ItemPage", "CollectionPage"])
#: ``<meta>`` names and properties carrying a publication date, most explicit first.
_META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "itemprop:datePublished",
    "datepublished",
    "article.published",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
)
_META_MODIFIED = (
    "article:modified_time",
    "og:updated_time",
    "itemprop:dateModified",
    "dcterms.modified",
    "last-modified",
)
_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|[?#._-])"),
    re.compile(r"/((?:19|20)\d\d)-(\d{2})-(\d{2})(?=/|$|[?#._-])"),
    re.compile(r"[/_-]((?:19|20)\d\d)(\d{2})(\d{2})(?=/|$|[?#._-])"),
)
#: Year-first dates with ``-``, ``/``, ``.`` or nothing between the parts, and ``dd.mm.yyyy``.
_MARKUP_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)([-/.]?)(?P<m>[01]\d)\2(?P<d>[0-3]\d)"
    r"|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>(?:19|20)\d\d))(?![\d])"
)
#: ``<time>`` class/itemprop words: a revision time, a publication time.
_REVISION = re.compile(r"(?i)updat|modif|revis|edited")
_JSONLD_DATE = re.compile(r'"date(?:Published|Created|Modified)"\s*:\s*"([^"]{4,40})"')
_REVISION_WORDS = re.compile(r"(?i)\b(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+on)?\b")
_PUBLISHED = re.compile(r"(?i)publish|pubdate|posted|created|datePublished")
#: ``<!-- ... -->`` and ``//<![CDATA[ ... //]]>`` around a JSON-LD block.
_WRAPPER = re.compile(r"^\s*(?:<!--|(?://)?\s*<!\[CDATA\[)|(?:-->|(?://)?\s*\]\]>)\s*$")
_UTC_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)$"
)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_FAMILY_RANK = {"json-ld": 0, "meta": 1, "time": 2, "dateline": 3, "url": 4, "htmldate": 5}
#: htmldate (optional) is asked only about pages up to this size.
_HTMLDATE_MAX_CHARS = 2_000_000
_EARLIEST = _dt.date(1990, 1, 1)
_HEAD_CHARS = 100_000
_LINE_REGIONS = frozenset(["date line", "byline", "crawl date line"])
_FIELDS = ("outlet", "published", "author", "title", "url")
_NOT_NEWLINE = re.compile(r"[^\n]")


@frozen
class PageMetadata:
    """What a page's markup and visible text say about it.

    Attributes:
        values: field -> value (``published`` a date, others strings).
        origin: field -> origin, and ``field.from`` -> the exact signal.
        regions: the visible metadata lines (dateline, byline) as boilerplate regions.
        warnings: disagreements and choices, explained.
        modified: the page's modified date, if the markup gives one (never the publication date).
    """

    values: dict[str, Any]
    origin: dict[str, str]
    regions: tuple[Region, ...] = ()
    warnings: tuple[str, ...] = ()
    modified: _dt.date | None = None


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity"):  # not itemListElement: lists hold other stories
            if key in node:
                yield from _walk(node[key], depth + 1)


def _types(item: Mapping[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _names(who: Any) -> list[str]:
    items = who if isinstance(who, list) else [who]
    out: list[str] = []
    for it in items:
        name = it.get("name") if isinstance(it, dict) else it
        if isinstance(name, str) and name.strip() and not name.strip().startswith(("http:", "https:")):
            out.append(" ".join(name.split()))
    return out


def _jsonld(blobs: tuple[str, ...]) -> dict[str, Any]:
    """The first article's fields (and a site name) from the page's JSON-LD blocks."""
    found: dict[str, Any] = {}
    pages: dict[str, Any] = {}
    for blob in blobs:
        blob = _WRAPPER.sub("", blob).strip().rstrip(";")
        try:
            data = loads(blob, strict=False)
        except ValueError:
            try:  # a common hand-written slip: trailing commas
                data = loads(_TRAILING_COMMA.sub(r"\1", blob), strict=False)
            except ValueError:
                continue
        for item in _walk(data):
            kinds = _types(item)
            target = found if kinds & _ARTICLE_TYPES else pages if kinds & _PAGE_TYPES else None
            if "WebSite" in kinds and isinstance(item.get("name"), str):
                found.setdefault("site", item["name"])
            if target is None:
                continue
            for key in ("datePublished", "dateCreated", "dateModified", "headline", "url"):
                if isinstance(item.get(key), str):
                    target.setdefault(key, item[key])
            if _names(item.get("author")):
                target.setdefault("author", _names(item.get("author")))
            if _names(item.get("publisher")):
                target.setdefault("publisher", _names(item.get("publisher"))[0])
    for key, value in pages.items():  # a WebPage's dates only when no article gives them
        found.setdefault(key, value)
    return found


def url_date(url: str) -> _dt.date | None:
    """A full date in a URL path (``/2024/04/23/``, ``/2024-04-23/``, ``-20240423``), if any.

    Examples:
        >>> url_date("https://news.example/world/2024/04/23/a-story.html")
        datetime.date(2024, 4, 23)
        >>> url_date("https://news.example/story-12345") is None
        True
    """
    path = re.sub(r"^[a-z]+://[^/]+", "", url.split("?", 1)[0])
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                return _dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def _date(raw: object) -> _dt.date | None:
    """A date from a markup value: ISO (any time part), ``2024/04/23``, ``20240423``, ``23.04.2024``."""
    if not isinstance(raw, str):
        return None
    raw = raw.strip()
    d = parse_date(raw)
    if d is not None:
        return d
    m = _MARKUP_DATE.match(raw)
    if m is None:
        return None
    y, mo, da = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        return _dt.date(int(y), int(mo), int(da))
    except ValueError:
        return None


def _visible(page: HtmlText) -> Any:
    """Metadata inferred from the head of the visible text, boilerplate blanked out (offsets kept)."""
    head = page.text[:_HEAD_CHARS]
    parts: list[str] = []
    pos = 0
    for r in sorted(page.regions, key=lambda r: r.start):
        if r.reason == "byline":  # bylines and datelines are what is read here
            continue
        if r.start >= len(head):
            break
        s, e = max(r.start, pos), min(r.end, len(head))
        if e > s:
            parts.append(head[pos:s])
            parts.append(_NOT_NEWLINE.sub(" ", head[s:e]))
            pos = e
    parts.append(head[pos:])
    return infer_metadata("".join(parts), is_boilerplate=lambda line: line_reason(line) is not None)


def _utc_time(raw: object) -> _dt.datetime | None:
    """The time of a UTC timestamp (``...T22:00:00Z``, ``+00:00``), else None."""
    if not isinstance(raw, str):
        return None
    m = _UTC_STAMP.match(raw.strip())
    if m is None:
        return None
    try:
        return _dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]))
    except ValueError:
        return None


def _local_dates(
    signals: list[tuple[_dt.date, str, str]], ld: Mapping[str, Any], meta: Mapping[str, str]
) -> list[tuple[_dt.date, str, str]]:
    """Read a UTC markup timestamp as the local date the page shows, when a visible signal says so.

    A CMS often writes ``2024-05-03T22:00:00Z`` for a story the page dates 4 May (UTC+4).
    When the dateline, the URL or a ``<time>`` gives a date one day off that a time zone
    (UTC-12 to UTC+14) explains, the markup signal counts for that local date.
    """
    local = {d for d, fam, _ in signals if fam in ("dateline", "url", "time")}
    raws = {"json-ld": ld.get("json-ld"), "meta": next((meta[k] for k in _META_PUBLISHED if k in meta), None)}
    out: list[tuple[_dt.date, str, str]] = []
    for d, fam, detail in signals:
        when = _utc_time(raws.get(fam)) if fam in raws else None
        if when is not None and d not in local:
            earliest, latest = (
                (when - _dt.timedelta(hours=12)).date(),
                (when + _dt.timedelta(hours=14)).date(),
            )
            shifted = sorted(x for x in local if earliest <= x <= latest and x != d)
            if len(shifted) == 1:
                out.append((shifted[0], fam, f"{detail} ({raws[fam]}, {shifted[0]} in local time)"))
                continue
        out.append((d, fam, detail))
    return out


def _htmldate(html: str, latest: _dt.date) -> _dt.date | None:
    """htmldate's original publication date, when htmldate is installed (the ``htmldate`` extra)."""
    if len(html) > _HTMLDATE_MAX_CHARS:
        return None
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        found = find_date(html, original_date=True, outputformat="%Y-%m-%d", max_date=latest.isoformat())
    except Exception:  # a second opinion must never break loading
        return None
    return _date(found) if isinstance(found, str) else None


def _trap_dates(page: HtmlText, regions: tuple[Region, ...], modified: _dt.date | None) -> set[_dt.date]:
    """Dates the page gives to something other than its publication: the modified date and
    dates on masthead, crawl-date and "Updated" lines of the visible text, and the dates the
    JSON-LD gives to the items of a list (other stories). (The caller adds the crawl date
    or today, which htmldate answers when it finds nothing earlier.)

    ``<time>`` elements in boilerplate are not counted: on the development pages the
    boilerplate a ``<time>`` sits in is too often the article's own header."""
    traps = {modified} if modified is not None else set()
    for blob in page.jsonld:  # dates the structured data gives to other items (a list of stories)
        if "itemListElement" not in blob:
            continue
        for m in _JSONLD_DATE.finditer(blob[:_HEAD_CHARS]):
            d = _date(m.group(1))
            if d is not None:
                traps.add(d)
    for region in regions:
        line = page.text[region.start : region.end]
        if region.reason not in ("date line", "byline") or _REVISION.search(line):  # "Updated 9 May"
            d = parse_date(_REVISION_WORDS.sub("", line).strip(" :"))
            if d is not None:
                traps.add(d)
    return traps


def _vote(
    signals: list[tuple[_dt.date, str, str]], second: _dt.date | None
) -> tuple[_dt.date, tuple[_dt.date, str, str], str]:
    """The publication date the signals agree on, the signal to credit, and why.

    Each family of markup signals (JSON-LD, meta tags, ``<time>``, the visible dateline, the
    URL) is one vote. htmldate reads the same meta tags and JSON-LD, so its agreement with them
    is not independent evidence: it breaks ties between equally supported dates, and it is the
    answer only when the page has no markup signal at all. Remaining ties go to the most
    explicit family (JSON-LD, then meta tags, ``<time>``, the dateline, the URL).
    """
    if not signals:
        assert second is not None
        return second, (second, "htmldate", "htmldate"), "htmldate is the only signal"
    families: dict[_dt.date, set[str]] = {}
    for d, fam, _ in signals:
        families.setdefault(d, set()).add(fam)

    def key(d: _dt.date) -> tuple[int, int, int, _dt.date]:
        return (-len(families[d]), 0 if d == second else 1, min(_FAMILY_RANK[f] for f in families[d]), d)

    ranked = sorted(families, key=key)
    best = ranked[0]
    first = min((s for s in signals if s[0] == best), key=lambda s: _FAMILY_RANK[s[1]])
    agree = sorted({s[2] for s in signals if s[0] == best})
    if len(families[best]) > 1:
        why = f"{len(families[best])} signals agree ({', '.join(agree)})"
    elif len(ranked) > 1 and len(families[ranked[1]]) == 1 and best == second:
        why = f"htmldate agrees with {first[2]}"
    else:
        why = f"{first[2]} is the most explicit signal"
    return best, first, why


def _strip_site(title: str, outlet: object) -> str:
    """``Headline - Site`` -> ``Headline`` when ``Site`` is the outlet.

    Examples:
        >>> _strip_site("Dock strike ends | Bay Post", "Bay Post")
        'Dock strike ends'
    """
    if isinstance(outlet, str) and outlet:
        m = re.fullmatch(rf"(.+?)\s*[-|–—:·]\s*{re.escape(outlet)}\s*", title, flags=re.IGNORECASE)
        if m:
            return m.group(1)
    return title


def page_metadata(
    page: HtmlText,
    *,
    name: str,
    given: Mapping[str, Any],
    manifest: Mapping[str, Any] | None = None,
    fetch: Mapping[str, Any] | None = None,
    today: _dt.date | None = None,
) -> PageMetadata:
    """Read a page's metadata from its markup, URL and visible text.

    Args:
        page: the parsed page.
        name: what to call it in warnings (path or id).
        given: fields given by the caller; they win over everything.
        manifest: fields from the folder's manifest; they win over the page.
        fetch: the fetch record of a fetched page (``final_url``, ``fetched``...).
        today: the latest possible publication date when not fetched (default: today).

    Returns:
        The values, their origins, the visible metadata lines and the warnings.
    """
    meta = page.meta
    ld = _jsonld(page.jsonld)
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    notes: list[str] = []
    for how, fields in (("given", given), ("manifest", manifest or {})):
        for key, raw in fields.items():
            if raw is None or key in values or key not in _FIELDS:
                continue
            value = parse_date(raw) if key == "published" else str(raw).strip()
            if value:
                values[key] = value
                origin[key] = how

    def put(key: str, value: Any, how: str, detail: str) -> None:
        if key not in values and value:
            values[key] = value
            origin[key] = how
            origin[f"{key}.from"] = detail

    # -- the page's own URL --------------------------------------------------------------
    fetched_url = (fetch or {}).get("final_url") or (fetch or {}).get("url")
    put("url", meta.get("canonical"), "markup", "<link rel=canonical>")
    put("url", meta.get("og:url"), "markup", "og:url")
    put("url", ld.get("url"), "markup", "json-ld url")
    put("url", fetched_url, "fetch", "fetched URL")

    # -- crawl date ----------------------------------------------------------------------
    crawl: _dt.date | None = None
    if fetch and fetch.get("fetched"):
        crawl = _date(str(fetch["fetched"]))
        notes.append(f"{name}: fetched {fetch['fetched']} (the crawl date, never the publication date)")
    latest = crawl or today or _dt.date.today()

    # -- publication date: collect the signals -------------------------------------------
    inferred = _visible(page)
    signals: list[tuple[_dt.date, str, str]] = []  # date, family, detail

    def signal(raw: object, family: str, detail: str) -> None:
        d = raw if isinstance(raw, _dt.date) else _date(raw)
        if d is None:
            return
        if d > latest + _dt.timedelta(days=1) or d < _EARLIEST:
            notes.append(f"{name}: {detail} {d} is impossible (after {latest} or before 1990); ignored")
            return
        signals.append((d, family, detail))

    signal(ld.get("datePublished") or ld.get("dateCreated"), "json-ld", "json-ld datePublished")
    for key in _META_PUBLISHED:
        if key in meta:
            label = f"microdata {key[9:]}" if key.startswith("itemprop:") else f"<meta {key}>"
            signal(meta[key], "meta", label)
            break
    times = [(raw, hint) for raw, _off, where, hint in page.times if raw and where in (None, "byline")]
    times = [t for t in times if _date(t[0]) is not None and not _REVISION.search(t[1])]
    if page.has_article:  # a page with an <article>/<main>: times outside it date other things
        times = [t for t in times if "in-article" in t[1]]
    times.sort(key=lambda t: 0 if _PUBLISHED.search(t[1]) else 1)  # stable: page order otherwise
    if times:
        signal(times[0][0], "time", "<time datetime>")
    if inferred.published is not None:
        signal(inferred.published, "dateline", "visible dateline")
    for u, detail in ((fetched_url, "fetched URL"), (values.get("url"), "page URL")):
        d = url_date(str(u)) if u else None
        if d is not None:
            signal(d, "url", f"date in the {detail}")
            break

    signals = _local_dates(signals, {"json-ld": ld.get("datePublished") or ld.get("dateCreated")}, meta)
    modified = _date(ld.get("dateModified"))
    mod_from = "json-ld dateModified"
    for key in _META_MODIFIED:
        if modified is None and key in meta:
            modified, mod_from = _date(meta[key]), f"<meta {key}>"
    second = _htmldate(page.html, latest)
    if (
        second is not None
        and not signals
        and second in _trap_dates(page, inferred.regions, modified) | {latest}
    ):
        notes.append(f"{name}: htmldate says {second}, a date the page gives to something else; not taken")
        second = None
    if "published" not in values and (signals or second is not None):
        best, first, why = _vote(signals, second)
        how = {"dateline": "inferred", "url": "url"}.get(first[1], "markup")
        put("published", best, how, first[2])
        others = [s for s in signals if s[0] != best]
        if second is not None and second != best:
            others.append((second, "htmldate", "htmldate"))
        if others:
            said = "; ".join(f"{s[2]} says {s[0]}" for s in others)
            notes.append(f"{name}: published dates disagree: {said}; kept {best} because {why}")
    elif "published" not in values:
        notes.append(f"{name}: no publication date in the markup, the URL or the visible text")
    if modified is not None:
        notes.append(f"{name}: modified {modified} ({mod_from}); kept apart from the publication date")

    # -- author, outlet, title -------------------------------------------------------------
    authors = ld.get("author") or []
    put("author", ", ".join(authors), "markup", "json-ld author")
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        raw = meta.get(key, "")
        if raw and not raw.startswith(("http:", "https:")):
            put("author", raw.strip(), "markup", f"<meta {key}>")
    put("author", inferred.author, "inferred", "visible byline")
    put("outlet", meta.get("og:site_name"), "markup", "og:site_name")
    put("outlet", ld.get("publisher"), "markup", "json-ld publisher")
    put("outlet", ld.get("site"), "markup", "json-ld WebSite name")
    put("outlet", meta.get("application-name"), "markup", "<meta application-name>")
    put("outlet", inferred.outlet, "inferred", "visible masthead")
    put("title", ld.get("headline"), "markup", "json-ld headline")
    put("title", meta.get("og:title"), "markup", "og:title")
    put("title", meta.get("twitter:title"), "markup", "twitter:title")
    put("title", _strip_site(meta.get("title", ""), values.get("outlet")), "markup", "<title>")
    put("title", inferred.title, "inferred", "visible headline")
    for key in ("author", "outlet", "title"):
        if isinstance(values.get(key), str):
            values[key] = " ".join(values[key].split())
    notes.extend(f"{name}: {w}" for w in inferred.warnings)
    # the visible dateline and byline are page furniture; the text rules' guesses about which
    # lines sit above the headline are not needed where the markup says what is content
    regions = tuple(r for r in inferred.regions if r.reason in _LINE_REGIONS)
    return PageMetadata(values, origin, regions, tuple(notes), modified)
