"""Boilerplate: page furniture marked as regions, never deleted.

Menus, breadcrumbs, gallery and slider lines, share/subscribe/follow blurbs,
view and comment counters, "Related posts" lists, copyright and tag lines are
found line by line. ``Source.text`` is untouched; extractors skip the regions.
Every rule looks at one line at a time (lines longer than 300 characters are
never furniture), so marking is linear in the size of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimcheck.model import Region

__all__ = ["find_boilerplate", "line_reason", "merge_regions"]

_MAX_LINE = 300

_GALLERY = re.compile(
    r"(?i)(?:gallery[ \t]+image|slider[ \t]+image(?:[ \t]*\d+)?|photo[ \t]+gallery"
    r"|image[ \t]+\d+[ \t]+of[ \t]+\d+)$"
)
_COUNTER = re.compile(
    r"(?i)(?:\d{1,3}(?:[,.]\d{3})+|\d{1,9})(?:[ \t]*(?:views?|comments?|shares?|likes?|reads?))?"
)
_BLURB = re.compile(
    r"(?i)\b(?:follow[ \t]+(?:us|her|him|them)|subscribe[ \t]+(?:now|here|today|on|to[ \t]+(?:our|us|the))"
    r"|subscribing[ \t]+to[ \t]+(?:our|us|the)|sign[ \t]+up[ \t]+(?:for|to)|our[ \t]+newsletter"
    r"|whatsapp|telegram[ \t]+channel|share[ \t]+(?:this|on)|stay[ \t]+up-to-date|stay[ \t]+tuned"
    r"|support[ \t]+(?:open|independent|quality|our)|on[ \t]+twitter[ \t]+@|facebook[ \t]+@|twitter:[ \t]*@)"
)
#: Every alternative of _BLURB holds one of these words (lower case): a line without any
#: cannot match it (a test checks the two stay in step).
_BLURB_WORDS = (
    "follow", "subscrib", "sign", "newsletter", "whatsapp", "telegram", "share", "stay", "support",
    "facebook", "twitter",
)  # fmt: skip
#: Every _CAPTION match holds one of these words (lower case).
_CAPTION_WORDS = ("photo", "image", "picture", "credit")
#: The last characters a _GALLERY match can end with (``image``, ``gallery``, or a digit).
_GALLERY_LAST = frozenset("eEyY\n")
_COPYRIGHT = re.compile(r"(?i)(?:^(?:©|\(c\)|copyright\b))|all rights reserved")
_CRUMB_SEP = re.compile(r"[›»]|[ \t]>[ \t]")
_HOME = re.compile(r"(?:Home|Главная|Accueil|Inicio|Startseite|Anasayfa)(?=[ \t]*[›»>/|]|[A-ZА-Я])")
_NAV = re.compile(
    r"(?i)(?:main[ \t]+menu|menu|header[ \t]+banner|footer|categories|category|tags|home|subscribe|loading\.*"
    r"|latest(?:[ \t]+see[ \t]+more)?|see[ \t]+more|read[ \t]+more|more|thank[ \t]+you!?|advertisement|advert"
    r"|share|tweet|print|e-?mail|skip[ \t]+to[ \t]+content|search|log[ \t]+in|sign[ \t]+in"
    r"|privacy[ \t]+policy"
    r"|terms[ \t]+(?:and|&)[ \t]+conditions|terms[ \t]+of[ \t]+use|cookie[ \t]+policy|contact[ \t]+us"
    r"|about[ \t]+us|top|back[ \t]+to[ \t]+top|comments?|leave[ \t]+a[ \t]+(?:reply|comment))"
)
_TAGS = re.compile(r"Tags?(?::|[ \t]|[a-z]|$)")
_RULE = re.compile(r"[-—–_=*~•.·]+")
_CAPTION = re.compile(r"(?i)\b(?:photo|image|picture|credit)[ \t]*:")
_LIST_HEAD = re.compile(
    r"(?i)(?:related(?:[ \t]+(?:posts|articles|news|stories))?|read[ \t]+(?:more|also)|see[ \t]+also"
    r"|more[ \t]+(?:news|stories)|you[ \t]+may[ \t]+also[ \t]+like|recommended|most[ \t]+(?:read|popular)"
    r"|popular[ \t]+(?:posts|news)?)[ \t]*:?"
)
_ITEM = re.compile(r"[ \t]*(?:[•·▪◦●■\-*]|\d{1,2}[.)])[ \t]+(\S.*)")


def line_reason(line: str) -> str | None:
    """Why a single stripped line is page furniture, or None when it may be content.

    Examples:
        >>> line_reason("Follow us on Twitter @ExampleNews")
        'share/subscribe/follow blurb'
        >>> line_reason("1234")
        'counter'
        >>> line_reason("The council approved 1234 new homes.") is None
        True
    """
    if not line or len(line) > _MAX_LINE:
        return None
    # cheap necessary conditions go first (the searches run on few lines); for ASCII text a
    # case-insensitive match is a match of the lower-cased text, anything else goes to the regex
    low = line.lower() if line.isascii() else None
    if _COUNTER.fullmatch(line):
        return "counter"
    if _RULE.fullmatch(line):
        return "separator"
    if (low is None or line[-1] in _GALLERY_LAST or line[-1].isdigit()) and _GALLERY.search(line):
        return "gallery line"
    if _NAV.fullmatch(line):
        return "navigation"
    if _HOME.match(line) or (
        len(line) <= 200
        and not line.startswith("|")
        and ("›" in line or "»" in line or ">" in line)
        and len(_CRUMB_SEP.findall(line)) >= 2
    ):
        return "breadcrumb"
    if (
        low is None or low.startswith(("(c)", "copyright")) or "all rights reserved" in low
    ) and _COPYRIGHT.search(line):
        return "copyright"
    if (low is None or any(w in low for w in _BLURB_WORDS)) and _BLURB.search(line):
        return "share/subscribe/follow blurb"
    if _TAGS.match(line) and len(line) <= 200 and not line.endswith("."):
        return "tags"
    if (
        len(line) <= 200
        and ":" in line
        and (low is None or any(w in low for w in _CAPTION_WORDS))
        and _CAPTION.search(line)
    ):
        return "photo caption"
    return None


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of every line from ``start``, stripped; empty lines as (s, s)."""
    out: list[tuple[int, int]] = []
    pos, n = start, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        if e - s <= _MAX_LINE + 50:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
        out.append((s, e))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _is_nav_item(item: str) -> bool:
    return len(item.split()) <= 8 and not item.rstrip().endswith((".", "!", "?"))


def find_boilerplate(text: str, *, start: int = 0) -> tuple[Region, ...]:
    """Mark the page furniture in ``text`` from ``start`` on.

    Args:
        text: the source text.
        start: offset to begin at (after a front matter block).

    Returns:
        Sorted, non-overlapping boilerplate regions, each with a reason.

    Examples:
        >>> text = "Home › World › Story\\n\\nThe vote passed.\\n\\n290\\n\\nShare this story"
        >>> for r in find_boilerplate(text):
        ...     print(repr(text[r.start : r.end]), r.reason)
        'Home › World › Story' breadcrumb
        '290' counter
        'Share this story' share/subscribe/follow blurb
    """
    lines = _lines(text, start)
    reasons: list[str | None] = []
    for s, e in lines:
        reasons.append(line_reason(text[s:e]) if s < e else None)

    # runs of short bullet items: menus and link lists
    n = len(lines)
    i = 0
    while i < n:
        j = i
        while j < n:
            s, e = lines[j]
            if e - s > _MAX_LINE:
                break
            m = _ITEM.fullmatch(text, s, e) if s < e else None
            if m is None or not _is_nav_item(m.group(1)):
                break
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                if reasons[k] is None:
                    reasons[k] = "menu or link list"
        i = max(j, i + 1)

    # "Related posts:" and similar headings with the list under them
    for i, (s, e) in enumerate(lines):
        if s < e and e - s <= 60 and _LIST_HEAD.fullmatch(text, s, e):
            reasons[i] = reasons[i] or "related links"
            k = i + 1
            while k < n:
                ks, ke = lines[k]
                if ks < ke:
                    if ke - ks > _MAX_LINE or _ITEM.fullmatch(text, ks, ke) is None:
                        break
                    reasons[k] = reasons[k] or "related links"
                k += 1

    # short lines sandwiched between furniture after the story began
    first_prose = next((i for i, (s, e) in enumerate(lines) if e - s >= 120 and reasons[i] is None), n)
    for _ in range(2):
        prev_reason: str | None = None
        prev_idx = -1
        nonblank = [i for i, (s, e) in enumerate(lines) if s < e]
        for pos, i in enumerate(nonblank):
            s, e = lines[i]
            if reasons[i] is None and i > first_prose and e - s <= 200 and prev_idx >= 0:
                nxt = nonblank[pos + 1] if pos + 1 < len(nonblank) else None
                if prev_reason is not None and (nxt is None or reasons[nxt] is not None):
                    reasons[i] = "between boilerplate lines"
            prev_reason, prev_idx = reasons[i], i

    regions = [Region(s, e, reason=r) for (s, e), r in zip(lines, reasons) if r is not None and s < e]
    return merge_regions(regions)


def merge_regions(regions: Iterable[Region]) -> tuple[Region, ...]:
    """Sort regions and remove overlaps (a region inside another is dropped, a partial overlap clipped).

    Examples:
        >>> merged = merge_regions([Region(5, 9, reason="b"), Region(0, 6, reason="a")])
        >>> [(r.start, r.end, r.reason) for r in merged]
        [(0, 6, 'a'), (6, 9, 'b')]
    """
    out: list[Region] = []
    for r in sorted(regions, key=lambda r: (r.start, -r.end, r.reason)):
        if r.end <= r.start:
            continue
        if out and r.start < out[-1].end:
            if r.end <= out[-1].end:
                continue
            r = Region(out[-1].end, r.end, kind=r.kind, reason=r.reason)
        out.append(r)
    return tuple(out)
