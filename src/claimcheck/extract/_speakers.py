"""Who says what: cue-verb mentions, speaker names, coreference and reporter chains.

Shared by :mod:`claimcheck.extract.quotes` and :mod:`claimcheck.extract.attribution`.
Every regular expression is compiled at import and applied to bounded windows,
so a document is scanned in time linear in its size.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import frozen

from claimcheck.extract._document import Document
from claimcheck.extract._lexicon_speech import (
    CUE_VERBS,
    NAME_STOPWORDS,
    OUTLET_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
)

__all__ = ["Mention", "SpeechIndex", "name_of", "speech_index"]

_CUE_ALT = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in CUE_VERBS), key=len, reverse=True))
#: A cue verb as a whole word.
CUE = re.compile(rf"\b(?:{_CUE_ALT})\b")
#: A subject phrase ending right before a cue verb (applied to a short window, anchored at its end).
_SUBJ_BEFORE = re.compile(r"((?:[\w.'’&-]+ ){0,6}[\w.'’&-]+)\s+$")
#: A subject phrase starting right after a cue verb: "said Trump", "said the senator".
_SUBJ_AFTER = re.compile(
    r"\s+((?:the |a |an )?(?:[A-Z][\w.'’&-]*|[a-z]+)(?: (?:of |for |at |from )?[A-Z][\w.'’&-]*){0,5})"
)
_WORD = re.compile(r"[\w.'’&-]+")
_NAME_TOKEN = re.compile(r"[A-Z][\w'’&-]*\.?|[A-Z]\.")
#: "told Trend", "told CNN" — the outlet a person spoke to.
_TOLD = re.compile(r"\btold\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})")
_OUTLET_NOUN = "|".join(re.escape(n) for n in sorted(OUTLET_NOUNS, key=len, reverse=True))
#: "Azertag reported", "the Baku-based Day.az news site reported".
_REPORTED_BEFORE = re.compile(
    rf"(?:the\s+(?:[\w.-]+-based\s+)?)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})"
    rf"(?:\s+(?:{_OUTLET_NOUN}))?\s+(?:reported|reports|said|wrote)\s*$"
)
#: "reported the Baku-based Day.az news site", "reported Azertag", "reports Reuters".
_REPORTED_AFTER = re.compile(
    rf"\b(?:reported|reports|wrote)\s+(?:by\s+)?(?:the\s+)?(?:[\w.-]+-based\s+)?"
    rf"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})(?:\s+(?:{_OUTLET_NOUN}))?"
)
#: "according to the Azerbaijani Foreign Ministry", "according to Smith".
ACCORDING = re.compile(
    r"\baccording\s+to\s+((?:the\s+|a\s+|an\s+)?(?:[\w.'’&-]+\s+){0,6}?[\w.'’&-]+)(?=\s*[,.;:!?)]|\s*$)",
    re.IGNORECASE,
)
_OUTLET_ANAPHOR = re.compile(rf"(?:the|this)\s+(?:{_OUTLET_NOUN}|report|publication|paper)", re.IGNORECASE)
#: Distinct long names checked against their shorter forms (bounds the work per document).
_MAX_FORMS = 256
_ROLE = re.compile(rf"\b(?:{'|'.join(ROLE_NOUNS)})\b", re.IGNORECASE)
_GENERIC_SOURCES = frozenset({"the document", "the declaration", "the report", "the statement", "it"})


@frozen
class Mention:
    """A cue verb with its subject: ``start`` of the cue, the raw subject words and the resolved name."""

    start: int
    end: int
    verb: str
    raw: str
    name: str | None
    reporter: str | None = None


def _clean_name(words: list[str]) -> str | None:
    """The last run of capitalised name tokens in ``words``, titles and stopwords dropped."""
    run: list[str] = []
    best: list[str] = []
    for w in words:
        w2 = w.rstrip(",;:")
        if _NAME_TOKEN.fullmatch(w2) or (w2 in {"of", "de", "van", "von", "bin", "al"} and run):
            run.append(w2)
        else:
            if run:
                best = run
            run = []
    if run:
        best = run
    while best and (best[0] in NAME_STOPWORDS or best[0].lower() in {"of", "de"}):
        best = best[1:]
    while best and best[-1] in {"of", "de", "van", "von", "bin", "al"}:
        best = best[:-1]
    if not best:
        return None
    name = " ".join(best).rstrip(".")
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    return name or None


def name_of(raw: str) -> str | None:
    """The name in a subject phrase ("Azerbaijani MP Elshan Musayev" -> "Elshan Musayev")."""
    return _clean_name(_WORD.findall(raw))


_LEADING = frozenset({"and", "but", "so", "then", "or", "yet", "as", "while", "when", "because"})


def strip_leading(raw: str) -> str:
    """Drop leading conjunctions: "And he" -> "he"."""
    words = raw.split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words)


def _is_anaphor(raw: str) -> bool:
    low = strip_leading(raw.strip()).lower()
    if low in PRONOUNS:
        return True
    words = low.split()
    return bool(words) and words[0] in {"the", "this"} and len(words) <= 3 and bool(_ROLE.search(low))


class SpeechIndex:
    """Every cue-verb mention of a document, with names resolved by coreference."""

    def __init__(self, doc: Document, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self._text_names: dict[str, list[tuple[int, str]]] = {}
        self._forms: dict[str, str] = {}
        self.mentions: list[Mention] = []
        self._names: list[tuple[int, str]] = []
        self._starts: list[int] = []
        #: the start of each mention, for bisection
        self.starts: list[int] = []
        self._by_surname: dict[str, list[tuple[int, str]]] = {}
        self.reporters: dict[str, str] = {}
        text = doc.text
        q_starts = [q[0] for q in quoted]
        self._outlets: list[tuple[int, str]] = []
        for ps, pe in doc.paragraphs:
            for m in _REPORTED_AFTER.finditer(text, ps, pe):
                self._outlets.append((m.start(), m.group(1).rstrip(".")))
        self._outlet_starts = [p for p, _ in self._outlets]
        for ps, pe in doc.paragraphs:
            for m in CUE.finditer(text, ps, pe):
                k = bisect.bisect_right(q_starts, m.start()) - 1
                if k >= 0 and m.start() < quoted[k][1]:
                    continue  # a cue inside a quotation is the speaker's, not ours
                self._add(m.start(), m.end(), m.group(0), ps, pe)

    def _add(self, start: int, end: int, verb: str, ps: int, pe: int) -> None:
        text = self.doc.text
        window = text[max(ps, start - 80) : start]
        raw = ""
        m = _SUBJ_BEFORE.search(window)
        if m:
            raw = m.group(1)
            # keep only the words after the last clause break inside the window
            for sep in ("”", '"', ",", ";", ":", "“", "(", "—", "–"):
                if sep in raw:
                    raw = raw.rsplit(sep, 1)[1].strip()
        name = None
        if raw:
            raw_words = raw.split()
            # "Trump has said", "she also noted": drop auxiliaries and adverbs at the end
            while raw_words and raw_words[-1].lower() in {
                "has",
                "had",
                "have",
                "also",
                "later",
                "then",
                "once",
                "previously",
                "again",
                "further",
                "would",
                "will",
                "recently",
                "reportedly",
                "publicly",
                "never",
            }:
                raw_words.pop()
            raw = strip_leading(" ".join(raw_words))
            name = self._resolve(raw, start)
        if name is None and not raw.strip(" ,"):
            m2 = _SUBJ_AFTER.match(text, end, min(pe, end + 80))
            if m2:
                raw = m2.group(1)
                name = self._resolve(raw, start)
        reporter = None
        t = _TOLD.match(text, start, min(pe, start + 60)) if verb.startswith("told") else None
        if t and t.group(1) not in {"Reuters reporters"}:
            reporter = t.group(1).rstrip(".")
            if reporter.lower().startswith(("reporters", "the")):
                reporter = None
        if name and reporter:
            self.reporters.setdefault(name, reporter)
        self.mentions.append(Mention(start, end, verb, raw, name, reporter))
        self.starts.append(start)
        if name and raw and not _is_anaphor(raw):
            self.add_name(start, name)

    def add_name(self, pos: int, name: str) -> None:
        """Record a named speaker at ``pos`` (positions must not decrease)."""
        if self._starts and pos < self._starts[-1]:
            return
        self._names.append((pos, name))
        self._starts.append(pos)
        if " " in name:
            self._by_surname.setdefault(name.rsplit(" ", 1)[1], []).append((pos, name))

    def _resolve(self, raw: str, pos: int) -> str | None:
        """A name from a subject phrase: pronouns and role nouns refer back, surnames expand."""
        if not raw:
            return None
        if _OUTLET_ANAPHOR.fullmatch(raw.strip()):
            i = bisect.bisect_left(self._outlet_starts, pos) - 1
            return self._outlets[i][1] if i >= 0 else None
        if _is_anaphor(raw):
            return self.last_name(pos)
        name = name_of(raw)
        if name is None:
            return None
        if " " not in name:
            return self.full_name(name, pos)
        return self._shortest_form(name)

    def _shortest_form(self, name: str) -> str:
        """Drop leading words the article never repeats: "Azerbaijan Afet Hasanova" -> "Afet Hasanova"."""
        tokens = name.split()
        if len(tokens) < 3:
            return name
        if name not in self._forms:
            if len(self._forms) >= _MAX_FORMS:
                return name
            best = name
            text = self.doc.text
            uses = text.count(name)
            for k in range(1, len(tokens) - 1):
                suffix = " ".join(tokens[k:])
                if text.count(suffix) > uses:
                    best = suffix
                    break
            self._forms[name] = best
        return self._forms[name]

    def last_name(self, pos: int) -> str | None:
        """The last named speaker mentioned before ``pos``."""
        i = bisect.bisect_left(self._starts, pos) - 1
        return self._names[i][1] if i >= 0 else None

    def full_name(self, surname: str, pos: int) -> str:
        """Expand a surname to the last full name ending with it before ``pos``."""
        found = self._by_surname.get(surname, [])
        i = bisect.bisect_left(found, (pos, "")) - 1
        if i >= 0:
            return found[i][1]
        if surname not in self._text_names:
            rx = re.compile(rf"((?:[A-Z][\w'’-]+ ){{1,3}}){re.escape(surname)}\b")
            hits = []
            for m in rx.finditer(self.doc.text):
                name = _clean_name([*m.group(1).split(), surname])
                if name and " " in name:
                    hits.append((m.start(), name))
            self._text_names[surname] = hits
        hits = self._text_names[surname]
        i = bisect.bisect_left(hits, (pos, "")) - 1
        return hits[i][1] if i >= 0 else surname

    def reporter_of(self, name: str | None) -> str | None:
        """The outlet ``name`` spoke to ("X told Trend" -> "Trend"), if any."""
        if name is None:
            return None
        if name in self.reporters:
            return self.reporters[name]
        for full, outlet in self.reporters.items():
            if full.endswith(" " + name) or name.endswith(" " + full):
                return outlet
        return None


def speech_index(doc: Document, quoted: Sequence[tuple[int, int]] = ()) -> SpeechIndex:
    """Build the speech index of a document; cues inside ``quoted`` ranges (sorted) are skipped."""
    return SpeechIndex(doc, quoted)


def outlet_cue(sentence: str) -> str | None:
    """An outlet reported in a sentence: "Azertag reported", "reported the ... Day.az news site"."""
    m = _REPORTED_AFTER.search(sentence)
    if m:
        return m.group(1).rstrip(".")
    i = sentence.find(" reported")
    if i < 0:
        i = sentence.find(" reports")
    if i > 0:
        head = sentence[max(0, i - 60) : i + 9].strip()
        head = re.split(r"[,;:]", head)[-1].strip()
        m2 = _REPORTED_BEFORE.search(head)
        if m2:
            return _clean_name(m2.group(1).split()) or m2.group(1)
    return None


def according_to(sentence: str) -> str | None:
    """The source of "according to X" in a sentence, cleaned ("the Azerbaijani Foreign Ministry")."""
    m = ACCORDING.search(sentence)
    if not m:
        return None
    raw = m.group(1).strip().rstrip(".")
    if raw.lower() in _GENERIC_SOURCES:
        return None
    low = raw.lower()
    for art in ("the ", "a ", "an "):
        if low.startswith(art):
            raw = raw[len(art) :]
            break
    return raw or None
