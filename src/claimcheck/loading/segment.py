"""Paragraphs and sentences with exact offsets into the source text.

Paragraphs are blocks separated by blank lines; a block whose lines are long
(one paragraph per line, as scraped pages are) is split at each line break.
Boilerplate regions are cut out of paragraphs. Sentences end at ``.``, ``!``,
``?`` or an ellipsis (with any closing quotes or brackets) followed by
whitespace, unless the period belongs to an abbreviation (``Dr.``, ``No. 5``,
``Feb. 22``), an initial (``Vladimir V. Putin``) or a dotted abbreviation that
does not end the sentence (``U.S. officials``, ``4 p.m. local time``), or the
next word starts in lower case.

A line break inside a paragraph ends a sentence when it is deliberate rather
than a wrap: when the next line is a list item (``- ``, ``* ``, ``1. ``...) or
either line is a table row (holds ``|`` or a tab), or when the next line's first
word would have fitted on the line before it (a wrapping editor would have put
it there; this is how a list of short lines differs from hard-wrapped prose), or
when it and a neighbouring line both start with a digit (rows of figures).
No sentence is longer than :data:`MAX_SENTENCE` characters: a longer run is
split at its last ``;``, else ``,``, else space before the limit, so no later
stage does work that grows with the square of a sentence's length.

Every function is linear in the length of the text: the regular expressions
have no nested quantifiers, and each candidate boundary looks at most a few
dozen characters around it. Offsets are never shifted: ``text[start:end]`` is
the paragraph or sentence, with surrounding whitespace left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from claimcheck.model import Region

__all__ = ["MAX_SENTENCE", "paragraphs", "sentences"]

#: A blank line: two or more line breaks with only spaces between. One character class, so the
#: engine runs it as a single loop; ``\n(?:[ \t]*\n)+`` matches the same but keeps a backtrack
#: entry per line, 60x slower on a megabyte of blank lines.
_BLANK = re.compile(r"\n[ \t\r\f\v\u00a0\n]*\n")
#: A run of terminal marks not preceded by one, with closing quotes or brackets, before a space.
#: The first item is a plain character class so the regex engine skips ahead to one in C
#: (the same matches as ``(?<![.!?…])[.!?…]+...``).
_END = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*[\"'”’»)\]]*(?=\s)")
#: A line longer than this means the block is not hard-wrapped: each line is a paragraph.
_WRAP = 100
_LOOKBACK = 40
#: The longest sentence (in characters); longer runs are split at a safe boundary.
MAX_SENTENCE = 1000
#: A list item at the start of a line: a bullet or a number with ``.`` or ``)``, then a space.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+\u2022\u2023\u25aa\u00b7\u2013\u2014]|\d{1,3}[.)])[ \t]")

#: Titles before a name: a period after them never ends a sentence.
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "gov",
        "sen",
        "rep",
        "st",
        "mt",
        "ft",
        "pres",
        "rev",
        "hon",
        "amb",
        "messrs",
        "mme",
        "mlle",
        "sr",
        "jr",
        "supt",
        "insp",
        "det",
        "cpl",
        "pvt",
        "brig",
        "cdr",
    ]
)
#: Abbreviations that come before a number: no sentence end when a digit follows.
_BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "art",
        "arts",
        "vol",
        "vols",
        "fig",
        "figs",
        "p",
        "pp",
        "para",
        "paras",
        "ch",
        "chap",
        "sec",
        "sect",
        "par",
        "cl",
        "item",
        "op",
        "ed",
        "eds",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "ca",
        "est",
    ]
)
#: Abbreviations that rarely end a sentence (whatever follows).
_INNER = frozenset(
    ["e.g", "i.e", "cf", "vs", "viz", "al", "approx", "incl", "esp", "dept", "univ", "assn", "est"]
)
#: Words that start a new sentence after a dotted abbreviation (``in the U.S. The ...``).
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "there",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "as",
        "after",
        "before",
        "when",
        "while",
        "if",
        "however",
        "meanwhile",
        "also",
        "then",
        "according",
        "earlier",
        "later",
        "last",
        "next",
        "no",
        "not",
        "one",
        "some",
        "many",
        "most",
    ]
)
#: A news dateline ending in a day number: ``CITY, Country, April 22.`` does not end a sentence.
_DATELINE = re.compile(r"[A-Z][A-Z'\-]+(?:[ \t][A-Z][A-Z'\-]+)*,[^.\n]{0,40}[ \t]\d{1,2}")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENERS = "\"'“‘«([¿¡—–-"


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _merge(skip: Sequence[Region]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted((r.start, r.end) for r in skip if r.end > r.start):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _blocks(text: str, start: int) -> list[tuple[int, int]]:
    """Blank-line separated blocks; long-lined blocks split at every line break."""
    out: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    while pos < n:
        m = _BLANK.search(text, pos)
        end = m.start() if m else n
        # lines of the block
        lines: list[tuple[int, int]] = []
        longest = 0
        ls = pos
        while True:
            nl = text.find("\n", ls, end)
            le = end if nl < 0 else nl
            lines.append((ls, le))
            longest = max(longest, le - ls)
            if nl < 0:
                break
            ls = nl + 1
        if longest > _WRAP and len(lines) > 1:
            out.extend(lines)
        else:
            out.append((pos, end))
        if m is None:
            break
        pos = m.end()
    return out


def paragraphs(text: str, *, skip: Sequence[Region] = (), start: int = 0) -> tuple[tuple[int, int], ...]:
    """Split ``text`` into body paragraphs, leaving out ``skip`` regions.

    A paragraph partly covered by a region keeps its uncovered parts (each a
    paragraph of its own when the region sits in the middle).

    Args:
        text: the source text.
        skip: regions to leave out (boilerplate), in any order.
        start: the offset the body starts at.

    Returns:
        ``(start, end)`` pairs in text order, stripped of surrounding whitespace.

    Examples:
        >>> text = "Menu\\n\\nFirst para.\\nStill first.\\n\\nSecond."
        >>> [text[s:e] for s, e in paragraphs(text, skip=[Region(0, 4)])]
        ['First para.\\nStill first.', 'Second.']
    """
    cuts = _merge(skip)
    j = 0
    out: list[tuple[int, int]] = []
    for bs, be in _blocks(text, max(0, start)):
        while j < len(cuts) and cuts[j][1] <= bs:
            j += 1
        s = bs
        k = j
        while k < len(cuts) and cuts[k][0] < be:
            cs, ce = cuts[k]
            if cs > s:
                piece = _strip(text, s, cs)
                if piece[0] < piece[1]:
                    out.append(piece)
            s = max(s, ce)
            k += 1
        if s < be:
            piece = _strip(text, s, be)
            if piece[0] < piece[1]:
                out.append(piece)
    return tuple(out)


def _word_start(text: str, q: int, e: int) -> int:
    """Where the next word after ``q`` begins: past up to four opening quotes or brackets."""
    r = q
    limit = min(e, q + 4)
    while r < limit and text[r] in _OPENERS:
        r += 1
    return r


def _first_word(text: str, q: int, e: int) -> str:
    """The next word after ``q`` (skipping opening quotes): up to 20 letters."""
    r = w = _word_start(text, q, e)
    limit = min(e, r + 20)
    while w < limit and text[w].isalpha():
        w += 1
    return text[r:w]


def _token_before(text: str, lo: int, ms: int) -> str:
    """The characters before ``ms`` back to the last whitespace, never before ``lo``."""
    seg = text[lo:ms]
    if not seg or seg[-1].isspace():
        return ""
    return seg.rsplit(None, 1)[-1]  # splits at the whitespace ``str.isspace`` knows


def _is_boundary(text: str, ms: int, me: int, q: int, e: int, ps: int, cur: int) -> bool:
    """Does the terminal run ``text[ms:me]`` followed by whitespace end a sentence?"""
    r = _word_start(text, q, e)
    first = text[r] if r < e else ""
    if first.islower():
        return False
    run = text[ms:me]
    if "!" in run or "?" in run or "…" in run or run.startswith(".."):
        return True
    if run != ".":  # a period with closing quotes or brackets: `."` ends the sentence
        return True
    # the token before the period
    token = _token_before(text, max(ps, ms - _LOOKBACK), ms).lstrip("\"'“‘«([")
    low = token.lower()
    if not token:
        return True
    if low in _TITLES:
        return False
    if low in _BEFORE_NUMBER and first.isdigit():
        return False
    if low in _INNER:
        return False
    if len(token) == 1 and token.isupper():  # an initial: A. Writer, Vladimir V. Putin
        return False
    if "." in token and _DOTTED.fullmatch(token):  # U.S, p.m, a.m
        return _first_word(text, q, e).lower() in _STARTERS
    return not (token.isdigit() and ms - cur <= 60 and _DATELINE.fullmatch(text, cur, ms))


def _units(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """The paragraph ``text[ps:pe]`` cut at its deliberate line breaks (see the module text)."""
    if text.find("\n", ps, pe) < 0:
        return [(ps, pe)]
    lines: list[tuple[int, int]] = []
    ls = ps
    while True:
        nl = text.find("\n", ls, pe)
        le = pe if nl < 0 else nl
        lines.append(_strip(text, ls, le))
        if nl < 0:
            break
        ls = nl + 1
    width = max(e - s for s, e in lines[:-1])  # a paragraph's last line may be longer than its wrap
    numbered = [s < e and text[s].isdigit() for s, e in lines]
    out: list[tuple[int, int]] = []
    cur = lines[0][0]
    for i, ((s0, e0), (s1, e1)) in enumerate(itertools.pairwise(lines)):
        if s1 >= e1:
            continue
        word_end = s1
        while word_end < e1 and not text[word_end].isspace():
            word_end += 1
        deliberate = (
            (e0 - s0) + 1 + (word_end - s1) <= width
            or _LIST_ITEM.match(text, s1, e1) is not None
            or (numbered[i + 1] and (numbered[i] or (i + 2 < len(lines) and numbered[i + 2])))
            or _is_row(text, s0, e0)
            or _is_row(text, s1, e1)
        )
        if deliberate:
            if cur < e0:
                out.append((cur, e0))
            cur = s1
    out.append((cur, lines[-1][1]))
    return out


def _is_row(text: str, s: int, e: int) -> bool:
    return text.find("|", s, e) >= 0 or text.find("\t", s, e) >= 0


def _cap(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    """Append ``text[s:e]`` to ``out`` as pieces of at most :data:`MAX_SENTENCE` characters."""
    while e - s > MAX_SENTENCE:
        limit = s + MAX_SENTENCE
        floor = s + MAX_SENTENCE // 2
        cut = -1
        for mark in (";", ","):
            at = text.rfind(mark, floor, limit - 1)
            if at >= 0 and text[at + 1].isspace():
                cut = at + 1
                break
        if cut < 0:
            at = limit
            while at > floor and not text[at - 1].isspace():
                at -= 1
            cut = at if at > floor else limit
        a, b = _strip(text, s, cut)
        if a < b:
            out.append((a, b))
        s, e = _strip(text, cut, e)
    if s < e:
        out.append((s, e))


def sentences(text: str, paras: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Split each paragraph into sentences.

    Args:
        text: the source text.
        paras: ``(start, end)`` paragraphs, as :func:`paragraphs` returns.

    Returns:
        ``(start, end)`` sentences in order, never overlapping, each stripped of
        surrounding whitespace and lying within its paragraph.

    Examples:
        >>> text = 'Dr. A. Writer met U.S. officials at 4 p.m. on Feb. 22. "We agree." He left.'
        >>> [text[s:e] for s, e in sentences(text, [(0, len(text))])]
        ['Dr. A. Writer met U.S. officials at 4 p.m. on Feb. 22.', '"We agree."', 'He left.']
    """
    out: list[tuple[int, int]] = []
    for para_start, para_end in paras:
        for ps, pe in _units(text, para_start, para_end):
            cur = ps
            for m in _END.finditer(text, ps, pe):
                ms, me = m.start(), m.end()
                q = me
                while q < pe and text[q].isspace():
                    q += 1
                if q >= pe:
                    break
                if _is_boundary(text, ms, me, q, pe, ps, cur):
                    s, e = _strip(text, cur, me)
                    if s < e:
                        _cap(text, s, e, out)
                    cur = q
            s, e = _strip(text, cur, pe)
            if s < e:
                _cap(text, s, e, out)
    return tuple(out)
