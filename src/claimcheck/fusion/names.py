"""Author lists written in different styles, normalised to compare by meaning.

``"Knuth, Donald E."``, ``"Donald E. Knuth"`` and ``"KNUTH, DONALD ERVIN"`` are one author;
an author is reduced to (last name, first initial): the last word of the surname without
punctuation (``"van der Linden"`` -> ``linden``, ``"O'Leary"`` -> ``oleary``) and the first letter
of the given names (empty when none is given). A list keeps its order.

Separators: ``;``, ``&``, ``and``, ``/``, role marks such as ``(Author)``; commas are read as
``Last, First, Last, First`` when the pieces alternate that way, else as ``First Last, First Last``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Hashable
from typing import Any

__all__ = [
    "author_list_similarity",
    "normalize_author_list",
    "parse_author_list",
    "parse_person",
]

Author = tuple[str, str]

_MISSING = frozenset({"", "not available", "n/a", "na", "none", "unknown", "various", "anonymous"})
_ROLE = re.compile(
    r"\((?:author|editor|eds?\.?|with|contributor|illustrator|translator|foreword|introduction|"
    r"compiler|jr\.?)[^)]*\)",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEAD = re.compile(r"^\s*(?:by|edited by|written by|author|authors)\s*:?\s+", re.IGNORECASE)
_SEP = re.compile(r"\s*(?:;|&|\band\b|\bwith\b|/|\|)\s*", re.IGNORECASE)
_JOINED = re.compile(r"(?<=[A-Z]\.)(?=[A-Z][a-z]{2,})")  # "Thomas M.Begg" -> "Thomas M. Begg"
_CAMEL = re.compile(r"(?<![Mm]ac)(?<=[a-z]{2})(?=[A-Z][a-z])")  # "Mark DowdJohn" (not McDonald, MacKay)
_SUFFIX = re.compile(r"^(?:jr|sr|ii|iii|iv|phd|ph\.?d|md|dr|prof|mr|mrs|ms|esq)\.?$", re.IGNORECASE)
_ETAL = re.compile(r"\bet\.?\s*al\.?", re.IGNORECASE)
_WORD = re.compile(r"[^\w\s-]+")


def _unmojibake(text: str) -> str:
    """Undo UTF-8 read as latin-1 (``MarcadÃ©`` -> ``Marcadé``) when that is what happened."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _last_key(surname: str) -> str:
    words = [w for w in _WORD.sub("", surname.lower()).split() if not _SUFFIX.match(w)]
    return words[-1].strip("-") if words else ""


def _initial(given: str) -> str:
    words = [w for w in _WORD.sub(" ", given.lower()).split() if not _SUFFIX.match(w)]
    return words[0][0] if words else ""


def parse_person(text: str, *, last_first: bool | None = None) -> Author | None:
    """One name as (last-name key, first initial).

    Examples:
        >>> parse_person("Knuth, Donald E."), parse_person("Donald E. Knuth")
        (('knuth', 'd'), ('knuth', 'd'))
        >>> parse_person("Peter van der Linden"), parse_person("Knuth")
        (('linden', 'p'), ('knuth', ''))
    """
    text = text.strip(" ,.;:-")
    if not text:
        return None
    if "," in text:
        last, _, given = text.partition(",")
        if _SUFFIX.match(given.strip()):  # "Smith, Jr."
            return (_last_key(last), "")
    else:
        words = [w for w in text.split() if not _SUFFIX.match(w.strip(",."))]
        if not words:
            return None
        if last_first:
            last, given = words[0], " ".join(words[1:])
        else:
            last, given = words[-1], " ".join(words[:-1])
    key = _last_key(last)
    if not key:
        return None
    return (key, _initial(given))


def _pieces_alternate(parts: list[str]) -> bool:
    """True when comma-separated pieces read as Last, First, Last, First."""
    if len(parts) % 2:
        return False
    surnames_ok = all(len(parts[i].split()) <= 3 and "." not in parts[i] for i in range(0, len(parts), 2))
    return surnames_ok and any(len(p.split()) == 1 for p in parts)


def _pieces_chain(parts: list[str]) -> bool:
    """True when pieces read as Last, First Last, First (names joined by spaces only)."""
    return (
        len(parts) >= 3
        and len(parts[0].split()) == 1
        and len(parts[-1].split()) <= 3
        and all(len(p.split()) >= 2 for p in parts[1:-1])
    )


def parse_author_list(text: Any) -> tuple[Author, ...] | None:
    """Parse a free-text author list; None when it is missing.

    Examples:
        >>> parse_author_list("Russell, Stuart J.; Norvig, Peter")
        (('russell', 's'), ('norvig', 'p'))
        >>> parse_author_list("Richard Johnsonbaugh, Marcus Schaefer")
        (('johnsonbaugh', 'r'), ('schaefer', 'm'))
        >>> parse_author_list("Bruce, Kim,Danyluk, Andrea,Murtagh, Thomas P.")
        (('bruce', 'k'), ('danyluk', 'a'), ('murtagh', 't'))
        >>> parse_author_list("Farquhar, Erin (Author) Bunce, Philip J. (Author)")
        (('farquhar', 'e'), ('bunce', 'p'))
        >>> parse_author_list("Not Available") is None
        True
    """
    if text is None:
        return None
    raw = _ascii(_unmojibake(html.unescape(str(text)))).strip()
    if raw.strip(" .").lower() in _MISSING:
        return None
    raw = _ROLE.sub(";", raw)
    raw = _PAREN.sub(" ", raw)
    raw = _ETAL.sub(" ", raw)
    raw = _JOINED.sub(" ", raw)
    raw = _CAMEL.sub(" ", raw)
    raw = _LEAD.sub("", raw)
    authors: list[Author] = []
    for chunk in _SEP.split(raw):
        chunk = _LEAD.sub("", chunk).strip(" ,.")
        if not chunk:
            continue
        if "," not in chunk:
            words = chunk.split()
            if (
                len(words) >= 4
                and len(words) % 2 == 0
                and all(w[0].isupper() and "." not in w for w in words)
            ):
                # "Mark Dowd John McDonald": First Last pairs run together
                for i in range(0, len(words), 2):
                    person = parse_person(f"{words[i]} {words[i + 1]}")
                    if person:
                        authors.append(person)
                continue
            person = parse_person(chunk)
            if person:
                authors.append(person)
            continue
        parts = [p.strip() for p in chunk.split(",")]
        parts = [p for p in parts if p and not _SUFFIX.match(p)]
        if len(parts) == 1:
            person = parse_person(parts[0])
            if person:
                authors.append(person)
        elif _pieces_chain(parts):
            # "Dowd, Mark McDonald, John Schuh, Justin": Last, First Last, First ...
            surname = parts[0]
            for middle in parts[1:-1]:
                words = middle.split()
                person = parse_person(f"{surname}, {' '.join(words[:-1])}")
                if person:
                    authors.append(person)
                surname = words[-1]
            person = parse_person(f"{surname}, {parts[-1]}")
            if person:
                authors.append(person)
        elif _pieces_alternate(parts):
            for i in range(0, len(parts), 2):
                person = parse_person(f"{parts[i]}, {parts[i + 1]}")
                if person:
                    authors.append(person)
        else:
            for p in parts:
                person = parse_person(p)
                if person:
                    authors.append(person)
    # the same author twice in a row is one author
    out: list[Author] = []
    for a in authors:
        if out and out[-1][0] == a[0] and (not out[-1][1] or not a[1] or out[-1][1] == a[1]):
            if not out[-1][1]:
                out[-1] = a
            continue
        out.append(a)
    return tuple(out) or None


def normalize_author_list(text: Any) -> Hashable | None:
    """A fusion key for an author list: ``"knuth d|smith j"``; None when missing.

    Examples:
        >>> normalize_author_list("Knuth, Donald E.") == normalize_author_list("Donald Ervin Knuth")
        True
    """
    authors = parse_author_list(text)
    if authors is None:
        return None
    return "|".join(f"{last} {first}".strip() for last, first in authors)


def _split_key(key: str) -> list[Author]:
    out = []
    for part in key.split("|"):
        last, _, first = part.partition(" ")
        out.append((last, first))
    return out


def author_list_similarity(value: Any, other: Any) -> float:
    """How much a vote for the author list ``other`` supports ``value`` (keys of
    :func:`normalize_author_list`), in [0, 1].

    It is the share of ``other``'s authors that ``value`` names in the same order (matched by
    last name; a missing initial matches any), times 0.9 when an initial was missing on one side.
    It is asymmetric on purpose: a listing naming only the first author (``"knuth"``) is
    consistent with the full list and supports it, while the full list only half supports
    a one-author list, which it contradicts about the second author.

    Examples:
        >>> author_list_similarity("knuth d", "knuth")
        0.9
        >>> author_list_similarity("russell s|norvig p", "russell s")
        1.0
        >>> author_list_similarity("russell s", "russell s|norvig p")
        0.5
        >>> author_list_similarity("knuth d", "smith j")
        0.0
    """
    if value == other:
        return 1.0
    xa, xb = _split_key(str(value)), _split_key(str(other))
    n, m = len(xa), len(xb)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    loose = False
    for i in range(n):
        for j in range(m):
            (la, fa), (lb, fb) = xa[i], xb[j]
            if la == lb and (fa == fb or not fa or not fb):
                table[i + 1][j + 1] = table[i][j] + 1
                loose = loose or fa != fb
            else:
                table[i + 1][j + 1] = max(table[i][j + 1], table[i + 1][j])
    score = table[n][m] / m if m else 0.0
    return score * 0.9 if loose else score
