"""The subject of a date: the event it dates (``sign declaration``), a document noun
(``convention``), ``dateline`` or ``date``, and the phrase around it."""

from __future__ import annotations

import bisect
import re

from claimcheck._words.dates import DOCUMENT_NOUNS, EVENT_WORDS, MODIFIERS, REPORTING
from claimcheck._words.nouns import singular as _singular

__all__ = ["dated_event", "singular"]

_F = re.IGNORECASE

_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,30},(?:\s[^,]{1,40},)?\s*$")
_STOP_OBJECT = frozenset(
    [
        "in",
        "for",
        "by",
        "at",
        "with",
        "to",
        "from",
        "during",
        "after",
        "before",
        "since",
        "as",
        "when",
        "while",
    ]
)
_CLAUSE_MARKS = ",;:()"
_RELATIVE_START = re.compile(r"\s*(?:which|that|who)\b", _F)
_OWN_DATE = re.compile(r"\s+(?:of|dated)\s+(?=\d)", _F)
_SKIP_OBJECT = frozenset(
    ["of", "on", "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "relevant", "new"]
)


def singular(word: str) -> str:
    """The singular of a document noun (``treaties`` -> ``treaty``); other words unchanged."""
    return _singular(word, DOCUMENT_NOUNS)


def _noun_phrase(words: list[tuple[int, int, str]], i: int) -> str:
    """The document noun at ``words[i]`` with a modifier or a proper name before it."""
    word = words[i][2]
    noun = singular(word.lower())
    if i > 0:
        prev = words[i - 1][2]
        if prev.lower() in MODIFIERS or (
            prev[0].isupper() and word[0].isupper() and prev.lower() not in _SKIP_OBJECT
        ):
            return f"{prev.lower()} {noun}"
    return noun


def _object(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[str, int, int] | None:
    """A document noun after the event word (or, for a participle, before it)."""
    for j in range(i + 1, min(i + 5, len(words))):
        gap = text[words[j - 1][1] : words[j][0]]
        if any(c in gap for c in ",;:()"):
            break
        w = words[j][2].lower()
        if w in _STOP_OBJECT:
            break
        if w in DOCUMENT_NOUNS:
            return _noun_phrase(words, j), words[j][0], words[j][1]
    if words[i][2].lower().endswith(("ed", "ned")) or words[i][2].lower() in (
        "held",
        "met",
        "began",
        "begun",
    ):
        for j in range(i - 1, max(i - 11, -1), -1):
            w = words[j][2].lower()
            if w in EVENT_WORDS and w not in ("was", "were"):
                break
            if w in DOCUMENT_NOUNS:
                return _noun_phrase(words, j), words[j][0], words[j][1]
    return None


def dated_event(text: str, words: list[tuple[int, int, str]], ds: int, de: int) -> tuple[str, str]:
    """The dated event for the date at ``text[ds:de]`` (``words`` around it) and a fuller phrase."""
    after = [w for w in words if w[0] >= de]
    if after and after[0][2].lower() in DOCUMENT_NOUNS and after[0][0] - de <= 2:
        return singular(after[0][2].lower()), _phrase(text, ds, after[0][1])
    attributive = _attributive_event(text, words, ds, de)
    if attributive is not None:
        return attributive
    if ds <= 80 and _DATELINE.match(text[:ds]):
        return "dateline", _phrase(text, 0, de)
    owner = _of_owner(text, words, ds)
    if owner is not None and not (
        after and after[0][2].lower() in EVENT_WORDS and not text[de : after[0][0]].strip()
    ):  # "the war of 2020 ended": the verb after the date decides
        return _noun_phrase(words, owner), _phrase(text, words[owner][0], de)
    best: tuple[int, int, int, int] | None = None  # (rank, crosses a clause, distance, index)
    for i, (ws, we, w) in enumerate(words):
        if ds <= ws < de:
            continue
        key = EVENT_WORDS.get(w.lower())
        if key is None:
            continue
        distance = ds - we if we <= ds else ws - de
        rank = 1 if key in REPORTING else 0
        gap = text[we:ds] if we <= ds else text[de:ws]
        crosses = 1 if any(c in gap for c in _CLAUSE_MARKS) else 0
        cand = (rank, crosses, distance, i)
        if best is None or cand < best:
            best = cand
    if best is None or best[1]:
        antecedent = _antecedent(text, words, ds)
        if antecedent is not None:
            return _noun_phrase(words, antecedent), _phrase(text, words[antecedent][0], de)
    if best is not None:
        i = best[3]
        key = EVENT_WORDS[words[i][2].lower()]
        obj = _object(text, words, i)
        lo, hi = min(words[i][0], ds), max(words[i][1], de)
        if obj is not None:
            lo, hi = min(lo, obj[1]), max(hi, obj[2])
            if not obj[0].endswith(key):
                return f"{key} {obj[0]}", _phrase(text, lo, hi)
        return key, _phrase(text, lo, hi)
    nouns = [
        (abs(ws - ds) if ws >= de else ds - we, i)
        for i, (ws, we, w) in enumerate(words)
        if w.lower() in DOCUMENT_NOUNS and not ds <= ws < de and not _dated_elsewhere(text, we, ds)
    ]
    if nouns:
        _, i = min(nouns)
        return _noun_phrase(words, i), _phrase(text, min(words[i][0], ds), max(words[i][1], de))
    return "date", _phrase(text, ds, de)


#: Words before a date that modifies the noun after it ("the June 2010 launch", "a Jan. 21 memo").
_ATTRIBUTIVE_BEFORE = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"])
#: Words that never belong to the noun phrase after such a date.
_NOT_NOUN = _STOP_OBJECT | frozenset(
    [
        "of", "on", "and", "or", "but", "that", "which", "who", "was", "were", "is", "are", "be",
        "been", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can",
        "did", "does", "do", "not", "than", "through", "until", "into", "over", "against", "about",
    ]
)  # fmt: skip
_ATTRIBUTIVE_WORDS = 3
#: Irregular past forms that may follow a subject noun ("the 2012 vote fell on a Monday").
_PAST_FORMS = frozenset(
    [
        "fell", "rose", "won", "lost", "took", "made", "came", "went", "saw", "began", "held", "met",
        "led", "hit", "set", "drew", "left", "got", "gave", "brought",
    ]
)  # fmt: skip


def _attributive_event(
    text: str, words: list[tuple[int, int, str]], ds: int, de: int
) -> tuple[str, str] | None:
    """The noun a date modifies, with one modifier before it, when the date stands between a
    determiner or a possessive and that noun ("the June 2010 launch" -> ``launch``,
    "Sunday's Sept. 11 memorial service" -> ``memorial service``); None otherwise."""
    k = bisect.bisect_right([w[1] for w in words], ds) - 1
    if k < 0 or text[words[k][1] : ds].strip():
        return None
    before = words[k][2].lower()
    if before not in _ATTRIBUTIVE_BEFORE and not before.endswith(("'s", "’s")):
        return None
    j = bisect.bisect_left([w[0] for w in words], de)
    noun: list[tuple[int, int, str]] = []
    at = de
    while j < len(words) and len(noun) < _ATTRIBUTIVE_WORDS:
        ws, we, w = words[j]
        low = w.lower()
        if text[at:ws] != " " or low in _NOT_NOUN or low in EVENT_WORDS or low.endswith(("ly", "'s", "’s")):
            break
        if noun and (low.endswith(("ing", "ed")) or low in _PAST_FORMS):
            break  # "a Jan. 21 memo giving ...", "the July 4 holiday fell": a verb ends it
        noun.append(words[j])
        at, j = we, j + 1
    if not noun:
        return None
    head = [w.lower() for _, _, w in noun[-2:]]
    return " ".join(head), _phrase(text, words[k][0], noun[-1][1])


def _of_owner(text: str, words: list[tuple[int, int, str]], ds: int) -> int | None:
    """The document noun a date is attached to by ``of``/``dated`` (``the statements of
    9/10 November 2020``, ``the Declaration on Allied Interaction of 22 February 2022``)."""
    k = bisect.bisect_right([w[1] for w in words], ds) - 1
    if k < 1 or words[k][2].lower() not in ("of", "dated") or text[words[k][1] : ds].strip():
        return None
    for j in range(k - 1, max(k - 9, -1), -1):
        if any(c in text[words[j][1] : words[j + 1][0]] for c in ";:()"):
            return None
        w = words[j][2].lower()
        if w in DOCUMENT_NOUNS:
            return j
        if w in EVENT_WORDS:
            return None  # "the signing of ...": the event word decides
    return None


def _antecedent(text: str, words: list[tuple[int, int, str]], ds: int) -> int | None:
    """The document noun a relative clause holding the date refers to
    (``diplomatic relations, which date from 4 April 1992`` -> ``relations``)."""
    floor = words[0][0] if words else ds
    cut = max(text.rfind(c, floor, ds) for c in _CLAUSE_MARKS)
    if cut < 0 or not _RELATIVE_START.match(text, cut + 1):
        return None
    k = bisect.bisect_right([w[1] for w in words], cut) - 1
    if k >= 0 and words[k][2].lower() in DOCUMENT_NOUNS and not text[words[k][1] : cut].strip():
        return k
    return None


def _dated_elsewhere(text: str, we: int, ds: int) -> bool:
    """Whether the noun ending at ``we`` carries its own ``of <date>`` (``war of 2020``) that
    is not the date at ``ds``."""
    m = _OWN_DATE.match(text, we)
    return m is not None and m.end() != ds


def _phrase(text: str, start: int, end: int, limit: int = 160) -> str:
    return " ".join(text[start:end].split())[:limit]
