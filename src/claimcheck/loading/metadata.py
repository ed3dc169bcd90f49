"""Metadata inferred from raw page text: publication date, author, outlet, title.

Reads the page head (the lines before the first prose paragraph): a leading
``date YYYY-MM-DD`` token, timestamp lines under the headline, bylines
(``By Firstname Lastname``; a one-word ``By Agency`` names the outlet), a
masthead that looks like a site name. A weekday-dated line above the headline
is the page's crawl or "today" line, never the publication date; so is a date
line much later than the story's own timestamp.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from attrs import frozen

from claimcheck._words.dates import MONTH_PATTERN, WEEKDAY_ABBR_PATTERN, WEEKDAY_NAME_PATTERN, month_number
from claimcheck.model import Region

__all__ = ["Inferred", "infer_metadata", "parse_date"]

_MONTH = MONTH_PATTERN
_WEEKDAY = rf"(?:{WEEKDAY_NAME_PATTERN}|{WEEKDAY_ABBR_PATTERN})\.?,?"
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]*[ap]\.?[ \t]?m\.?)?"
_TZ = (
    r"(?:\(?(?:UTC|GMT)(?:[ \t]*[+\-−][ \t]*\d{1,2}(?::?\d{2})?)?\)?|(?-i:[A-Z]{2,4}T?|Z)|[+\-]\d{2}:?\d{2})"
)
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?:[T ](?P<itime>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?"
_DMY = rf"(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<dm>{_MONTH}),?[ \t]+(?P<dy>\d{{4}})"
#: ``23.04.2024``: day first with dots (the European numeric form; slashes are ambiguous, never read).
_DOTTED = r"(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4})"
_MDY = rf"(?P<mm>{_MONTH})[ \t]+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<my>\d{{4}})"
_DATE_LINE = re.compile(
    rf"(?:(?:published|posted|updated|last[ \t]+updated|modified|last[ \t]+modified|date|dated)[ \t]*:?[ \t]*"
    rf"(?:on[ \t]+)?)?"
    rf"(?:(?P<wd>{_WEEKDAY})[ \t]+)?"
    rf"(?:{_ISO}|{_DMY}|{_MDY}|{_DOTTED})"
    rf"(?:[ \t]*(?:,|at|-|–|\||/|·)?[ \t]*(?P<time>{_TIME}))?"
    rf"(?:[ \t]*{_TZ})?",
    re.IGNORECASE,
)
_DATE_TOKEN = re.compile(r"[ \t\r\n]*(date[ \t]+(\d{4})-(\d{2})-(\d{2}))\b[ \t]*")
_BYLINE = re.compile(
    r"By:?[ \t]+(?P<name>[A-Z][\w'’.\-]*(?:[ \t]+(?:[A-Z][\w'’.\-]*|de|van|von|da|al|bin|el|la))*)"
    r"(?:[ \t]*(?:,|\||-|–|·|•)[ \t]*[^\n]{0,80})?"
)
_DOMAIN = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z]{2,6}){1,2}")
#: An all-capitals name of one to six words, no digits (``THE DAILY LEDGER``).
_NAMEPLATE = re.compile(r"[A-Z][A-Z&'’\-]*(?:[ \t]+[A-Z&][A-Z&'’\-]*){0,5}")
_AGENCY = re.compile(r"\b([A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)[ \t]+News[ \t]+Agency\b")
_BLURB = re.compile(r"(?i)\b(?:news at|follow|subscribe|channel|stay up|more news)\b")

#: Words that make a byline name an organisation, not a person (``By Coastal Wire``).
_ORG_WORDS = re.compile(
    r"\b(?:Wire|News|Agency|Press|Times|Post|Staff|Service|Media|Daily|Herald|Gazette|Tribune|Journal"
    r"|Network|Bureau|Desk|Reporters?|Correspondents?|Online|TV|Radio|Group|Editors?|Newsroom)\b"
)

_HEAD_LINES = 80
_UPDATED = re.compile(r"(?i)(?:last[ \t]+)?(?:updated|modified)\b")


@frozen
class Inferred:
    """Metadata found in page text, with the lines it was read from.

    Attributes:
        published, author, outlet, title: the values found (None when not found).
        regions: the metadata lines (date, timestamp, byline, masthead, crawl
            line, page header above the headline) as boilerplate regions.
        warnings: choices worth knowing (a crawl date skipped, a second byline).
    """

    published: _dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    title: str | None = None
    regions: tuple[Region, ...] = ()
    warnings: tuple[str, ...] = ()


def _date_of(m: re.Match[str]) -> _dt.date | None:
    try:
        if m.group("iy"):
            return _dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if m.group("dd"):
            return _dt.date(int(m.group("dy")), month_number(m.group("dm")), int(m.group("dd")))
        if m.group("nd"):
            return _dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
        return _dt.date(int(m.group("my")), month_number(m.group("mm")), int(m.group("md")))
    except ValueError:
        return None


def parse_date(value: object) -> _dt.date | None:
    """Parse a publication date given as a date, datetime or text; None when it is not one.

    Accepts ISO dates (``2022-02-22``, ``2022-02-22T10:00``), ``22 February 2022``,
    ``February 22, 2022``, ``Feb. 22, 2022``, with an optional time and zone.

    Examples:
        >>> parse_date("Feb. 22, 2022 4:05 p.m.")
        datetime.date(2022, 2, 22)
        >>> parse_date("2022-02-30") is None
        True
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str) or len(value) > 100:
        return None
    m = _DATE_LINE.fullmatch(value.strip())
    return _date_of(m) if m else None


def _lines(text: str, start: int, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the stripped non-empty lines from ``start``, at most ``limit``."""
    out: list[tuple[int, int]] = []
    pos, n = start, len(text)
    while pos < n and len(out) < limit:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        pos = end + 1
    return out


def _is_prose(line: str) -> bool:
    words = line.count(" ") + 1
    return words >= 25 or (words >= 12 and line.rstrip("\"'”’)").endswith((".", "!", "?")))


def _is_title(line: str) -> bool:
    words = len(line.split())
    return 4 <= words <= 30 and len(line) <= 250 and not line.endswith((".", ":", ";", ","))


def infer_metadata(
    text: str, *, start: int = 0, is_boilerplate: Callable[[str], bool] | None = None
) -> Inferred:
    """Infer publication date, author, outlet and title from the head of ``text``.

    Args:
        text: the source text.
        start: where to look from (after a front matter block).
        is_boilerplate: a test for lines that can never be the headline
            (menus, breadcrumbs); see :func:`claimcheck.loading.boilerplate.line_reason`.

    Returns:
        What was found, and the lines it came from as regions.

    Examples:
        >>> meta = infer_metadata("Daily Example\\n\\nCity council approves new budget plan\\n\\n"
        ...                       "By Jane Roe\\nMarch 3, 2023 10:15 a.m.\\n\\nThe council voted.")
        >>> meta.published, meta.author, meta.title
        (datetime.date(2023, 3, 3), 'Jane Roe', 'City council approves new budget plan')
    """
    regions: list[Region] = []
    warnings: list[str] = []
    published: _dt.date | None = None
    token = _DATE_TOKEN.match(text, start)
    if token is not None:
        try:
            published = _dt.date(int(token.group(2)), int(token.group(3)), int(token.group(4)))
            regions.append(Region(token.start(1), token.end(1), reason="date line"))
        except ValueError:
            warnings.append(f"leading date {token.group(1)!r} is not a valid date; ignored")
        start = token.end()

    head: list[tuple[int, int]] = []
    for s, e in _lines(text, start, _HEAD_LINES):
        if _is_prose(text[s:e]):
            break
        head.append((s, e))

    dates: list[tuple[int, _dt.date, bool, bool]] = []  # (head index, date, has time, has weekday)
    bylines: list[tuple[int, str]] = []
    agency: str | None = None
    masthead: str | None = None
    title_idx: int | None = None
    seen: dict[str, int] = {}
    for i, (s, e) in enumerate(head):
        line = text[s:e]
        seen[line] = seen.get(line, 0) + 1
        m = _DATE_LINE.fullmatch(line) if len(line) <= 100 else None
        if m is not None:
            when = _date_of(m)
            if when is not None:
                dates.append((i, when, bool(m.group("time") or m.group("itime")), bool(m.group("wd"))))
            continue
        b = _BYLINE.fullmatch(line) if len(line) <= 150 else None
        if b is not None:
            name = b.group("name").strip()
            if " " in name and not _ORG_WORDS.search(name):
                bylines.append((i, name))
            elif agency is None:
                agency = name
            regions.append(Region(s, e, reason="byline"))
            continue
        if masthead is None and title_idx is None and _DOMAIN.fullmatch(line):
            masthead = line
            regions.append(Region(s, e, reason="masthead"))
            continue
        if (
            masthead is None
            and i == 0
            and _NAMEPLATE.fullmatch(line)
            and len(head) > 1
            and is_boilerplate is not None
            and is_boilerplate(text[head[1][0] : head[1][1]])
        ):
            # a nameplate: an all-capitals first line with the site menu under it
            masthead = line.title()
            regions.append(Region(s, e, reason="masthead"))
            continue
        if (
            title_idx is None
            and _is_title(line)
            and not (is_boilerplate and is_boilerplate(line))
            and not _DOMAIN.fullmatch(line)
        ):
            title_idx = i
    title = text[head[title_idx][0] : head[title_idx][1]] if title_idx is not None else None

    if title is not None:
        assert title_idx is not None
        for s, e in head[title_idx + 1 :]:
            if text[s:e] == title:
                regions.append(Region(s, e, reason="repeated headline"))

    # page header above the headline: site names, menus, crawl lines
    if title_idx is not None and title_idx > 0:
        regions.append(Region(head[0][0], head[title_idx - 1][1], reason="page header above the headline"))
    site_name = None
    if title_idx is not None:
        for s, e in head[:title_idx]:
            line = text[s:e]
            if seen.get(line, 0) >= 2 and len(line.split()) <= 4 and not _DATE_LINE.fullmatch(line):
                site_name = line
                break

    crawl: list[tuple[int, _dt.date]] = []
    story: list[tuple[int, _dt.date, bool]] = []
    for i, when, has_time, weekday in dates:
        if _UPDATED.match(text, head[i][0]):
            continue  # an "Updated ..." line dates a revision, never the publication
        if weekday and not has_time and title_idx is not None and i < title_idx:
            crawl.append((i, when))
        else:
            story.append((i, when, has_time))
    chosen: tuple[int, _dt.date, bool] | None = None
    if story:
        timed = [d for d in story if d[2]]
        chosen = timed[0] if timed else story[0]
    if published is None and chosen is not None:
        published = chosen[1]
    if published is not None:
        for i, when, _ in story:
            if (when - published).days > 2:
                crawl.append((i, when))
    for i, _ in sorted(crawl):
        s, e = head[i]
        warnings.append(
            f"date line {text[s:e]!r} looks like a crawl or 'today' date; not the publication date"
        )
    crawl_idx = {i for i, _ in crawl}
    for i, _when, _has_time, _wd in dates:
        s, e = head[i]
        regions.append(Region(s, e, reason="crawl date line" if i in crawl_idx else "date line"))

    author = None
    if bylines:
        mentioned = [(i, n) for i, n in bylines if text.count(n) > sum(1 for _, m in bylines if m == n)]
        author = (mentioned or bylines)[-1][1]
        for _, other in bylines:
            if other != author:
                warnings.append(f"byline {other!r} not taken as the author (kept {author!r})")

    outlet = masthead or agency or site_name
    if outlet is None:
        for m in _AGENCY.finditer(text, start, min(len(text), start + 200_000)):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if _BLURB.search(text, line_start, line_end if line_end >= 0 else len(text)):
                outlet = m.group(1)
                break
    return Inferred(
        published, author, outlet, title, tuple(sorted(regions, key=_region_key)), tuple(warnings)
    )


def _region_key(r: Region) -> tuple[int, int, str]:
    return (r.start, r.end, r.reason)
