"""Who says what: cue-verb mentions, speaker names, coreference and reporter chains.

Shared by :mod:`claimcheck.extraction.quotes` and :mod:`claimcheck.extraction.attribution`
through ``Document.speech`` (built once per document).

A cue's subject is read from the tokens of its own clause (never across a sentence
end, a line break or a quotation mark): a pronoun, a name, or a described speaker
("a member of the council"), skipping appositives ("X, 44, a nurse, said") and
adverbs; participles and "... and said" take the clause's subject; an inverted cue
(`," said X`) takes the words after it. The listener after "told" is the channel,
never the speaker; numerals, wh-words and texts ("Article 6 says", "the parties
say") are never speakers; weak verbs ("concluded", "noted") are cues only before
"that", a colon, a comma or a quotation. Every regular expression is compiled at
import and applied to bounded windows, so a document is scanned in linear time.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from attrs import frozen

from claimcheck._words.numbers import ONES, SCALES, TENS
from claimcheck._words.speech import (
    ABBREVIATIONS,
    AFTER_QUOTE_CUES,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_MARKERS,
    FEMALE_NAMES,
    MALE_MARKERS,
    MALE_NAMES,
    NAME_STOPWORDS,
    NOT_NOUNS,
    OUTLET_NOUNS,
    PARTICIPLE_CUES,
    PRONOUNS,
    QUOTE_ONLY_CUES,
    ROLE_NOUNS,
    SKIP_BEFORE_CUE,
    SPEECH_NOUNS,
    STRONG_CUES,
    SUBJECT_PRONOUNS,
)
from claimcheck.extraction._document import Document

__all__ = ["Mention", "SpeechIndex", "document_speech", "name_of", "speech_index"]


def _trie_pattern(words: Sequence[str]) -> str:
    """An alternation of ``words`` factored by common prefixes (about 4x faster than a flat one).

    Longer words win over their prefixes, as in a longest-first alternation; a space
    matches any run of whitespace.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        parts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not parts:
            return ""
        body = "(?:" + "|".join(parts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


#: A cue verb as a whole word.
CUE = re.compile(rf"\b{_trie_pattern(CUE_VERBS)}\b")
#: A cue verb after the non-word character before it: the same matches as ``CUE`` past a
#: range's first character, found faster (the engine stops only after non-word characters).
_CUE_AFTER = re.compile(rf"\W(?P<c>{_trie_pattern(CUE_VERBS)})\b")


def _cue_matches(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """``(start, end, verb)`` of each match of ``CUE`` in ``text[start:end]``, in order.

    A cue opens with a letter, so ``\\b`` before it is a non-word character before it; a
    match of ``CUE`` never ends just before another, so after ``start`` the two patterns
    find the same cues.
    """
    pos = start
    first = CUE.match(text, start, end)
    if first is not None:
        yield first.start(), first.end(), first.group(0)
        pos = first.end()
    for m in _CUE_AFTER.finditer(text, pos, end):
        yield m.start("c"), m.end("c"), m.group("c")


#: Every single word of the cue verbs ("pointed", "out", "said" ...).
CUE_WORDS = frozenset(v.split()[0] for v in CUE_VERBS) | {"out", "back", "on", "to", "say"}
"""The verbs of the cues and their particles, not the nouns of "said in a statement", "told reporters"."""
#: Tokens of a subject window: words (with inner dots, hyphens, apostrophes) and single marks.
_TOKEN = re.compile(r"\w[\w'’&.-]*|[^\w\s]")
#: What follows a weak cue when it introduces speech: "that", a colon, a comma, a mark, the end.
_COMPLEMENT = re.compile(
    r"[ \t]*(?:[a-z]{3,}ly[ \t]+)?(?:(?:him|her|them|us|me)\b[ \t]*)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
    r"|(?:last|this|earlier[ \t]+this)[ \t]+(?:week|month|year))[ \t]*)?"
    r"(?:(?:on|in|at|during|after|to|upon|about)[ \t][^,.:;\"“\n]{0,40}?[ \t]*)?"
    r"(?:[,:\"“”]|that\b|how\b|why\b|whether\b|[.!?]|$|(?:the|a|an|his|her|their|its)[ \t]+[\"“]"
    rf"|(?:his|her|their|its|the)[ \t]+(?:[a-z]+[ \t]+)?(?:{'|'.join(SPEECH_NOUNS)})[ \t]*[.:])"
)
_WORD = re.compile(r"[\w.'’&-]+")
_NAME_TOKEN = re.compile(r"[A-Z][\w'’&-]*\.?|[A-Z]\.")
#: A run of capitalised words: candidate full names, indexed once per document.
_CAP_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,5}")
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
#: Characters before a pronoun searched for a full name when no speaker was named yet.
_PERSON_WINDOW = 600
#: Distinct long names checked against their shorter forms (bounds the work per document).
_MAX_FORMS = 256
_ROLE = re.compile(rf"\b(?:{'|'.join(ROLE_NOUNS)})\b", re.IGNORECASE)
_GENERIC_SOURCES = frozenset({"the document", "the declaration", "the report", "the statement", "it"})
#: Characters before a cue searched for its subject.
SUBJECT_WINDOW = 160
#: A boundary a subject never crosses (see :func:`_cut_tokens`); one left-to-right scan.
_BREAK = re.compile(
    r"[?!;—–\n]|(?<=\s)-(?=\s)|(?P<q>[\"“”«»„])"
    r"|(?<![\w'’&.-])(?P<w>\w[\w'’&.-]*?\.)(?![\w'’&-])(?=\s*[A-Z\"“”«»„])"
    r"|(?<![\w'’&.-])\.(?=\s*[A-Z])"
)
_QUOTE_MARKS = frozenset("\"“”«»„`'‘’‚")
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS | {"who"}
_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "in", "on"})
#: Words opening an introductory phrase or a circumstance: "In an interview, ...".
_INTRO_WORDS = frozenset(
    {"of", "for", "at", "from", "with", "in", "on", "after", "before", "during", "asked", "earlier", "later"}
    | {
        "meanwhile",
        "however",
        "last",
        "once",
        "when",
        "while",
        "since",
        "as",
        "like",
        "unlike",
        "under",
        "by",
    }
)
_INTRO_CONJ = frozenset({"and", "but", "so", "yet", "still", "then", "or"})
_INTRO_WORDS = _INTRO_WORDS | {
    "here",
    "instead",
    "indeed",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "thus",
    "therefore",
    "besides",
    "likewise",
    "similarly",
    "overall",
    "otherwise",
    "amid",
    "despite",
    "following",
    "throughout",
    "among",
    "about",
    "against",
    "through",
    "upon",
    "across",
    "regarding",
    "because",
    "if",
    "although",
    "though",
    "until",
    "whether",
}
#: Capitalised function words that open a sentence but never a name.
_LEADING_FUNCTION = (
    _INTRO_CONJ
    | _INTRO_WORDS
    | {"what", "which", "who", "where", "why", "how", "to", "not", "even", "also", "now", "here", "there"}
)
#: Cues never inverted: `"...," described the impact as` has an object after the verb, not a subject.
_NOT_INVERTED = frozenset(
    {"told", "tells", "told reporters", "reported", "reports", "believes", "thinks"}
    | (QUOTE_ONLY_CUES - {"reads", "echoed"})
)
_REPORT_INVERTED = frozenset({"reported", "reports"})
#: A quotation ending with a comma, ? or ! just before a cue: `,"`, `?”`, `,''`.
_AFTER_QUOTE = re.compile(r"[,?!][\"”’']+\s*$")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
)
#: A subject found before a cue: token range and kind ("name", "np", "pronoun", "doc").
_Found = tuple[int, int, str]

#: Words opening a subordinate clause before its subject ("When Jo Lee ... and said").
_SUBORDINATORS = frozenset({"when", "after", "as", "while", "before", "once", "because", "since", "although"})
#: A sentence end inside a dashed aside (it is then no aside).
_BREAK_SENTENCE = re.compile(r"[.!?][\"”’]?\s+[A-Z]|[\n;]")

#: A dash between words: the end of a clause before a participle ("... victory - only saying").
_DASH = re.compile(r"\s[—–-]{1,2}\s|—")
#: The gender a pronoun asks of its referent.
_PRONOUN_GENDER = {"he": "m", "she": "f"}
#: Named speakers a gendered pronoun may skip back over to find one of its gender.
_GENDER_LOOKBACK = 6
#: "Mr. Lee", "Mrs Ruiz": an honorific before a surname (the name is the group).
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+([A-Z][\w'’-]+)")

#: Characters between a quotation's closing mark and a cue after a long subject:
#: `"...," Jo Lee, the chair of the county party, recalled`.
_APPOSITIVE_WINDOW = 120
#: How far back (characters) a person named as the subject of any verb stays a candidate
#: antecedent for "he" or "she", and how many such subjects are looked at, nearest first.
_SUBJECT_PERSON_WINDOW = 1500
_SUBJECT_PERSON_LOOKBACK = 8
#: A sentence's start: after a sentence end (or a line break) and before a capital.
_SENTENCE_START = re.compile(r"[.!?][\"”’)]?[ \t]+(?=[A-Z])|\n[ \t]*(?=[A-Z])")
#: Words that, right after a name, show it is no verb's subject ("Lee and Ruiz", "Lee of Ohio").
_NOT_A_VERB = frozenset(
    {"and", "or", "nor", "of", "in", "on", "at", "for", "from", "with", "to", "by", "as", "than"}
    | {"who", "which", "that", "whose", "whom", "vs", "versus", "via", "per", "about", "into", "over"}
    | {"under", "after", "before"}
)
#: Words an aside between a subject and its verb may hold ("Jo Lee, the mayor, laughed").
_APPOSITIVE_WORDS = 12
#: Tokens read at a sentence's start when looking for its subject.
_START_TOKENS = 30

#: A quotation closed after a comma, "?" or "!" (the end of a window), then a subject.
#: "that" right after a cue: the complementiser of a reported clause, never an inverted
#: subject ("argues that Lee is ...", not `," said that official`).
_REPORTED_CLAUSE = re.compile(r"[ \t]+that[ \t]")
#: The next lower-case word after a span (a space before it, no mark between).
_NEXT_TOKEN = re.compile(r"[ \t]+([a-z]+)\b")
#: Verbs that show a subject is a reported clause's, not an inverted cue's (`said the plan is`).
_CLAUSE_VERBS = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should"}
    | {"may", "might", "must", "does", "did", "do"}
)
#: The first words of cue verbs, without the particles of CUE_WORDS ("said a source close to").
_CUE_HEADS = frozenset(v.split()[0] for v in CUE_VERBS)
_QUOTE_CLOSE = re.compile(r"[,?!][\"”’']+[ \t]+")


def _after_quote_subject(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a comma-closed quotation followed only by a subject
    (capitalised or with a determiner, no sentence end): `"...," Jo Lee, the chair, recalled`."""
    k = max(text.rfind('"', lo, hi), text.rfind("”", lo, hi))
    if k <= lo:
        return False
    m = _QUOTE_CLOSE.match(text, k - 1, hi)
    if m is None:
        return False
    between = text[m.end() : hi]
    if not between or (any(c in between for c in ".;:!?\n") and not _abbrev_only(between)):
        return False
    words = between.split()
    if not between.rstrip().endswith(",") and len(words) > 4:
        return False  # a subject and its appositive end on a comma ("Jo Lee, the chair,"), or are short
    return words[0][:1].isupper() or words[0].lower() in DETERMINERS


def _abbrev_only(words: str) -> bool:
    """Whether every period of ``words`` ends an abbreviation ("Sen.", "D.C.") and no other
    sentence mark occurs."""
    if any(c in words for c in ";:!?\n"):
        return False
    return all(abbreviation(w) for w in words.split() if "." in w)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() and tok[:1].isalpha()


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def abbreviation(tok: str) -> bool:
    """Whether a word ending in a period is an abbreviation or an initial ("U.S.", "Rep.", "J.")."""
    core = tok.rstrip(".")
    if "." in core or len(core) == 1:
        return True  # U.S., initials
    return core.rsplit("-", 1)[-1].lower() in ABBREVIATIONS


_abbreviation = abbreviation  # the old private name, kept for callers


def clause_tokens(text: str, lo: int, hi: int) -> list[tuple[str, int]]:
    """Tokens of ``text[lo:hi]`` after its last sentence or quotation boundary, with offsets."""
    return _cut_tokens(text, lo, hi, at_quotes=True)[0]


_MATCH_GROUP = re.Match.group
_MATCH_START = re.Match.start


def _cut_tokens(text: str, lo: int, hi: int, *, at_quotes: bool) -> tuple[list[tuple[str, int]], bool]:
    """Tokens after the last boundary of ``text[lo:hi]``, and whether a boundary was found.

    Boundaries: a sentence end (a period not of an abbreviation, before a capital or a
    mark), ? ! ; and dashes, a line break, and (``at_quotes``) a quotation mark.
    """
    cut = _last_cut(text, lo, hi, at_quotes=at_quotes)
    start = lo if cut < 0 else cut
    found = list(_TOKEN.finditer(text, start, hi))  # (word, start) pairs built in C
    return list(zip(map(_MATCH_GROUP, found), map(_MATCH_START, found))), cut >= 0


#: The last character that can be part of a ``_BREAK`` match in a range: every match holds one.
_LAST_BREAK_CHAR = re.compile(r"(?s:.*)[?!;—–\n\-\"“”«»„.]")


def _last_cut(text: str, lo: int, hi: int, *, at_quotes: bool) -> int:
    """Where the text after the last boundary of ``text[lo:hi]`` begins (-1: no boundary).

    The same as scanning ``_BREAK`` left to right over the window and keeping the last
    boundary, but reading the window from its end: the boundary is usually near the cue.
    Every match holds one of a few characters; the scan starts after the space before the
    last of them (no match crosses a space, so it sees the matches a whole scan would see
    there), and moves back when none of its matches is a boundary. The scan runs to ``hi``
    so that lookaheads see what they would; matches at or after ``stop`` were seen before.
    """
    stop = hi
    while stop > lo:
        last = _LAST_BREAK_CHAR.match(text, lo, stop)
        if last is None:
            return -1
        c = last.end() - 1
        while c > lo and not text[c - 1].isspace():
            c -= 1
        cut = -1
        for m in _BREAK.finditer(text, c, hi):
            if m.start() >= stop:
                break
            word = m.group("w")
            if word is not None:
                if abbreviation(word):
                    continue
            elif m.group("q") is not None and not at_quotes:
                continue
            cut = m.start() if m.group(0) == "\n" else m.end()
        if cut >= 0:
            return cut
        stop = c
    return -1


_NUMBER_WORDS = frozenset((*ONES, *TENS, *SCALES))


def _is_numeral(tok: str) -> bool:
    return tok[:1].isdigit() or tok.lower() in _NUMBER_WORDS


def _chunk_start(words: list[str], i: int) -> tuple[int, str] | None:
    """The start of the noun chunk ending at ``words[i]`` and its kind ("name" or "np")."""
    t = words[i]
    if _is_cap(t):
        k = i
        while k > 0 and (
            _is_cap(words[k - 1])
            or (words[k - 1] in {"of", "de", "van", "von", "al"} and k > 1 and _is_cap(words[k - 2]))
        ):
            k -= 1
        while k < i and words[k].lower() in _LEADING_FUNCTION:
            k += 1  # "What Baku ...", "But Tom Miller", "Under Article 6"
        if k == i and (t.lower() in _LEADING_FUNCTION or t.lower() in _WEEKDAYS):
            return None  # "When asked", "Here in Ohio", "later Thursday said": not a name
        if k > 0 and words[k - 1].lower() == "that":
            return k, "name"  # "noted that Lee": the complementiser of a reported clause
        if k > 0 and (words[k - 1].lower() in DETERMINERS or words[k - 1].endswith(("'s", "’s"))):
            k -= 1
        return k, "name"
    low = t.lower()
    if not t[:1].isalpha() or low in NOT_NOUNS or low in DETERMINERS or low in CUE_WORDS:
        return None
    k = i
    for _ in range(5):
        if k == 0:
            break
        p = words[k - 1]
        pl = p.lower()
        if pl == "that" and words[i].endswith("s") and not words[i].endswith("ss"):
            return k, "np"  # "believed that voters will": "that" opens a reported clause
        if pl in DETERMINERS or _is_numeral(p) or p.endswith(("'s", "’s")):
            k -= 1
            while k > 0 and _is_cap(words[k - 1]) and words[k].endswith(("'s", "’s")):
                k -= 1
            if k > 0 and words[k].endswith(("'s", "’s")) and words[k - 1].lower() in DETERMINERS:
                k -= 1  # "the mayor's chief aide"
            return k, "np"
        if pl in NOT_NOUNS or pl in CUE_WORDS or not p[:1].isalpha():
            break
        k -= 1
    while k < i and words[k].lower() in _INTRO_CONJ:
        k += 1  # "And Florida's attorney general"
    at_clause_start = k == 0 or words[k - 1] in {",", ";", ":", "("} or words[k - 1].lower() in _INTRO_CONJ
    if at_clause_start and (any(_is_cap(w) for w in words[k : i + 1]) or (t.endswith("s") and i > k)):
        return k, "np"
    if k < i and _is_cap(words[k]) and words[k] not in NAME_STOPWORDS:
        return k, "np"  # "Growth ad", "GOP strategists" after a preposition or a verb
    return None


def _np_ending(words: list[str], i: int) -> _Found | None:
    """The noun phrase ending at ``words[i]``: a chunk, with "of/for/in ..." complements."""
    if i < 0:
        return None
    low = words[i].lower()
    if low in _SUBJECT_PRONOUNS:
        return i, i + 1, "pronoun"
    found = _chunk_start(words, i)
    if (
        found is None
        and i >= 2
        and words[i - 1] in _PREPOSITIONS
        and words[i][:1].isalpha()
        and low not in NOT_NOUNS
        and low not in CUE_WORDS
    ):
        found = i, "np"  # "the secretary of state": the object of "of" joins the chunk before it
    if found is None:
        return None
    k, kind = found
    if kind == "name" and k >= 2 and words[k - 1] == "and" and _is_cap(words[k - 2]):
        other = _chunk_start(words, k - 2)
        if other is not None and other[1] == "name":
            return other[0], i + 1, "np"  # "Norland and Tessin declare": both speak
    head_start, head_kind = k, kind
    for _ in range(2):
        if head_start >= 2 and words[head_start - 1] in _PREPOSITIONS:
            outer = _chunk_start(words, head_start - 2)
            if outer is None:
                if kind == "name" and i > head_start:
                    break  # "... of Norland Ivo Brandt": keep the full name
                return None  # the object of a preposition is not a subject
            head_start, head_kind = outer
            kind = "np"
        else:
            break
    head_words = [w.lower().rstrip(".") for w in words[head_start : i + 1] if w not in _PREPOSITIONS]
    if any(w in DOCUMENT_NOUNS for w in head_words[:3]) and head_kind != "name":
        return head_start, i + 1, "doc"
    if words[head_start].rstrip(".") in {"Article", "Articles", "Section", "Clause", "Art"}:
        return head_start, i + 1, "doc"
    if all(_is_numeral(w) or w.lower() in DETERMINERS for w in words[head_start : i + 1]):
        return None
    return head_start, i + 1, kind


#: Verbs that also name a thing after a noun ("a class called 'Perception'"), and the quotation
#: right after them that shows it (no object between the verb and the quoted name).
_NAMING = frozenset({"called", "dubbed", "labeled", "labelled", "termed"})
_NAMED_RIGHT_AFTER = re.compile(r"[ \t]+(?:(?:a|an|the)[ \t]+)?[\"“]")
#: Auxiliaries that are also names when capitalised ("Will described", "Mark said").
_NAME_LIKE_AUX = frozenset({"will", "may", "mark", "rob", "bill", "sue", "pat", "art", "grant", "june"})
#: Cue words that are also plural nouns ("his scathing remarks"), and possessive determiners.
_NOUN_FORMS = frozenset({"remarks", "comments", "notes", "claims", "reports", "tweets", "answers", "replies"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
#: Determiners before a number word that names a group of people ("the two", "all three").
_GROUP_DETERMINERS = frozenset({"the", "all", "these", "those"})
#: Verbs that also name a thing after a noun ("a class called 'Perception'"), and the quotation
#: right after them that shows it (no object between the verb and the quoted name).
_NAMING = frozenset({"called", "dubbed", "labeled", "labelled", "termed"})
_NAMED_RIGHT_AFTER = re.compile(r"[ \t]+(?:(?:a|an|the)[ \t]+)?[\"“]")
#: Cue words that are also plural nouns after a number ("the two states", "three notes").
_NOUN_CUES = frozenset({"note", "read", "reply", "joke", "tell", "ask", "stress", "recall"})


def _group_subject(words: list[str], i: int, verb: str) -> bool:
    """Whether ``words[i]``, a number word after "the" ("the two", "all three"), is the subject
    of the cue ``verb`` that follows: a verb form, not a noun ("the two said", "the three argue";
    never "the two states", "the three notes")."""
    if i < 1 or words[i].lower() not in ONES or words[i - 1].lower() not in _GROUP_DETERMINERS:
        return False
    return (
        verb.endswith("ed")
        or verb in {"said", "told", "wrote", "say"}
        or (" " not in verb and not verb.endswith("s") and verb not in _NOUN_CUES)
    )


_TIME_UNITS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "night", "morning"}
    | {"afternoon", "evening", "weekend", "minutes", "decade", "decades"}
)
_TIME_BEFORE_UNIT = frozenset(
    {"last", "this", "next", "earlier", "later", "that", "the", "a", "few", "several"}
)
_AGO_WORDS = frozenset({"than", "less", "more", "about", "nearly", "almost", "just", "a", "few", "several"})


def _skip_time(words: list[str], i: int) -> int:
    """The index before a time phrase ending at ``words[i]`` ("two weeks ago", "last week"), else ``i``."""
    if i < 1:
        return i
    low = words[i].lower()
    if low == "ago":
        j = i - 1
        while (
            j >= 0
            and i - j <= 6
            and (words[j].lower() in _TIME_UNITS or words[j].lower() in _AGO_WORDS or _is_numeral(words[j]))
        ):
            j -= 1
        return j if j < i - 1 else i
    if low in _TIME_UNITS and words[i - 1].lower() in _TIME_BEFORE_UNIT:
        j = i - 2
        if j >= 0 and words[j].lower() in {"earlier", "later", "early", "late"}:
            j -= 1  # "earlier this month"
        return j
    return i


def _skip_paren(words: list[str], i: int) -> int:
    """The index before a parenthesis ending at ``words[i]`` ("Jo Lee (R-Ariz.)"), else ``i``."""
    if i >= 1 and words[i] == ")":
        j = i - 1
        while j >= 0 and words[j] != "(" and i - j < 10:
            j -= 1
        if j >= 0 and words[j] == "(":
            return j - 1
    return i


def _skippable(word: str) -> bool:
    """An adverb or auxiliary between a subject and its cue ("has also"), not a name ("Will")."""
    return word.lower() in SKIP_BEFORE_CUE and not (_is_cap(word) and word.lower() in _NAME_LIKE_AUX)


def subject_before(words: list[str]) -> _Found | str | None:
    """The subject ending the clause ``words`` (the words before a cue).

    Returns a token range with its kind, ``"clause"`` when the cue's subject is the
    clause's ("... and said", "..., saying"), ``"after"`` when it follows the cue
    (`," said X`), or None.
    """
    i = len(words) - 1
    while i >= 0 and (
        _skippable(words[i])
        or (
            words[i].endswith("ly")
            and words[i].islower()
            and len(words[i]) > 4
            and i
            and words[i - 1].lower() not in DETERMINERS
        )
    ):
        i -= 1
    if i >= 1 and words[i].lower() in _WEEKDAYS and words[i - 1] in {"on", "On"}:
        i -= 2
    elif i >= 1 and words[i].lower() in _WEEKDAYS:
        i -= 1  # "Priebus later Thursday told"
        while i >= 0 and words[i].lower() in SKIP_BEFORE_CUE | {"earlier", "late", "early"}:
            i -= 1
    i = _skip_time(words, i)  # "The ministry two weeks ago said", "Lee last week said"
    i = _skip_paren(words, i)  # "Sen. Jo Lee (R-Ariz.) said"
    if i < 0:
        return "after"
    t = words[i]
    if t in _QUOTE_MARKS:
        return "after"  # `,'' said X`, `,' said X`: single-character marks the clause cut leaves in
    if t == ",":
        if i == 0 or words[i - 1] in _QUOTE_MARKS:
            return "after"
        seg_end = i
        for _ in range(3):
            c = seg_end - 1
            while c >= 0 and words[c] != "," and seg_end - c < 25:
                c -= 1
            if c < 1 or words[c] != ",":
                return None
            seg_start = c - 1
            while seg_start > 0 and words[seg_start - 1] != "," and c - seg_start < 25:
                seg_start -= 1
            if words[seg_start].lower() in _INTRO_WORDS:
                seg_end = c  # "Clinton, during a town hall in Ames, Iowa, said": a circumstance
                continue
            r = _np_ending(words, _skip_paren(words, c - 1))  # "Jo Lee (D-Md.), chair of X, said"
            appositive = words[c + 1 : seg_end]
            if (
                r is not None
                and r[2] == "np"
                and 2 <= len(appositive) <= 4
                and all(_NAME_TOKEN.fullmatch(w) for w in appositive)
                and appositive[0] not in NAME_STOPWORDS
            ):
                return c + 1, seg_end, "name"  # "Florida's attorney general, Pam Bondi, said"
            if r is not None and not (r[2] == "pronoun" and words[r[0]].lower() == "it"):
                return r
            seg_end = c
        return None
    if t.lower() in _INTRO_CONJ:
        return "clause"
    if i >= 1 and t.lower() in ONES and words[i - 1].lower() in _GROUP_DETERMINERS:
        return i - 1, i + 1, "np"  # "the two write", "all three said": a group named by its number
    return _np_ending(words, i)


_TIME_INTRO = _TIME_UNITS | _WEEKDAYS | {"ago", "later", "earlier", "minutes", "moments"}
#: Words a time phrase before a clause may open with ("On Monday,", "Two days later,", "Last week,").
_TIME_OPENERS = (
    _TIME_BEFORE_UNIT
    | _AGO_WORDS
    | {
        "on",
        "in",
        "at",
        "by",
        "during",
        "over",
        "for",
        "since",
        "after",
        "before",
        "until",
        "within",
        "early",
        "late",
        "just",
        "only",
        "some",
        "about",
        "around",
        "back",
        "hours",
        "seconds",
        "moments",
        "an",
        "one",
        "two",
        "three",
        "four",
        "five",
    }
)


def _time_intro(words: list[str], k: int) -> bool:
    """Whether ``words[k:]`` opens with a time phrase and a comma: "Eight years ago,", "Minutes later,".

    The phrase must begin as a time phrase does (a number, a time word, a preposition,
    "last", "earlier"...): "He left the next day," and "Jo Lee spoke on Monday," are a
    subject and its verb, not an introduction.
    """
    if k >= len(words):
        return False
    first = words[k].lower()
    if not (_is_numeral(first) or first in _TIME_INTRO or first in _TIME_OPENERS):
        return False
    for c in range(k, min(len(words), k + 6)):
        if words[c] == ",":
            return c > k and any(w.lower() in _TIME_INTRO for w in words[k:c])
        if not words[c][:1].isalnum():
            return False
    return False


def _participle_intro(words: list[str], k: int) -> bool:
    """ "Challenged by ...,", "Introduced at the event by ...,": a past participle and a
    preposition opening the sentence."""
    w = words[k]
    return (
        k + 1 < len(words)
        and w.endswith("ed")
        and len(w) > 2
        and _is_cap(w)
        and words[k + 1] in {"by", "at", "with", "in", "on", "to", "for", "about", "after"}
    )


def _descriptor(w: str) -> bool:
    """A lower-case word that may stand in a title before a name ("presidential", "nominee")."""
    return w.islower() and w not in NOT_NOUNS and not w.endswith(("ed", "s"))


#: Words an introductory phrase before a clause's subject may hold ("After ..., Jo Lee said").
INTRO_MAX_WORDS = 20


def subject_at_start(words: list[str]) -> _Found | None:
    """The subject opening a clause: "In an interview, Smith ..." -> Smith."""
    k = 0
    while k < len(words) and words[k].lower() in _INTRO_CONJ:
        k += 1
    if k < len(words) and not _is_word(words[k]):
        return None
    for _ in range(3):  # "On Thursday, after remaining neutral for months, Warren ..."
        if not (
            k < len(words)
            and (
                words[k].lower() in _INTRO_WORDS
                or words[k].endswith(("ing", "ly"))
                or _time_intro(words, k)
                or _participle_intro(words, k)
            )
        ):
            break
        c = k
        while c < len(words) and words[c] != "," and c - k < INTRO_MAX_WORDS:
            c += 1
        if c + 1 >= len(words) and c - k > 2 and words[k].lower() not in _INTRO_WORDS and _is_cap(words[k]):
            break  # "Carly Lee won on Monday," before a participle: a clause, not an introduction
        if c < len(words) and words[c] == ",":
            k = c + 1
        elif words[k].lower() in _INTRO_WORDS:
            return None  # "For that she ...": no subject at the start
        else:
            break
    if k >= len(words):
        return None
    if words[k].lower() in _SUBJECT_PRONOUNS:
        return k, k + 1, "pronoun"
    # extend right while the noun chunk goes on
    e = k
    if _is_cap(words[k]) and words[k].lower() not in DETERMINERS:
        while e + 1 < len(words):
            nxt = words[e + 1]
            if _is_cap(nxt) or words[e].endswith(("'s", "’s")):
                e += 1
            elif (
                e + 2 < len(words)
                and nxt.islower()
                and nxt not in NOT_NOUNS
                and nxt not in CUE_WORDS
                and not nxt.endswith(("ed", "s"))
                and _is_cap(words[e + 2])
            ):
                e += 2  # "Republican presidential hopeful Sen. Ted Cruz"
            elif (
                e + 3 < len(words)
                and all(
                    w.islower() and w not in NOT_NOUNS and w not in CUE_WORDS and not w.endswith(("ed", "s"))
                    for w in words[e + 1 : e + 3]
                )
                and _is_cap(words[e + 3])
            ):
                e += 3  # "Republican presidential nominee Donald Trump"
            else:
                break
    elif words[k].lower() in DETERMINERS:
        while (
            e + 1 < len(words)
            and e - k < 4
            and words[e + 1][:1].isalpha()
            and words[e + 1].lower() not in NOT_NOUNS
            and words[e + 1].lower() not in CUE_WORDS
            and (not words[e + 1].endswith("ed") or (e == k and _attributive_ed(words, e + 1)))
        ):
            e += 1
        if e == k:
            return None
    else:
        return None
    return _np_ending(words[: e + 1], e)


def _attributive_ed(words: list[str], i: int) -> bool:
    """Whether the "-ed" word ``words[i]`` after a determiner is an adjective before its noun
    ("The retired surgeon has", "the embattled mayor said"), not a verb ("The board voted")."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in NOT_NOUNS
        and nxt not in CUE_WORDS
        and nxt not in DETERMINERS
        and not nxt.endswith(("ed", "ly"))
    )


#: Words after an inverted cue that end its subject search ("said on Monday", "said in a statement").
_AFTER_STOP = NOT_NOUNS | _INTRO_WORDS | {"it", "this", "that", "who", "which"}
#: Lower-case descriptors before a name after an inverted cue ("said former governor X") at most.
_MAX_DESCRIPTORS = 5


def _attributive(toks: list[tuple[str, int]], e: int) -> bool:
    """Whether the "-ed" word ``toks[e]`` right after a determiner is an adjective: a noun
    follows it ("one unaligned strategist", "a retired general"), not a phrase ("a man
    reached by phone")."""
    if e + 1 >= len(toks):
        return False
    nxt = toks[e + 1][0]
    return nxt[:1].isalpha() and nxt.lower() not in NOT_NOUNS and nxt.lower() not in CUE_WORDS


def _numeric_modifier(toks: list[tuple[str, int]], e: int) -> bool:
    """Whether ``toks[e]``, right after a determiner, is a number that describes a speaker:
    "the 46-year-old", "a 2008 campaign aide" (a year or an age), not a count ("the 2 of us")."""
    w = toks[e][0].rstrip(".")
    if not w[:1].isdigit():
        return False
    if "-" in w:
        return any(c.isalpha() for c in w)  # "46-year-old", "34-year-old"
    return e + 1 < len(toks) and toks[e + 1][0][:1].isalpha() and toks[e + 1][0].lower() not in NOT_NOUNS


def subject_after(text: str, end: int, limit: int) -> tuple[int, int, str] | None:
    """The subject of an inverted cue (`," said X`): offsets and kind.

    A pronoun; a determiner or a possessive and its noun phrase ("the senator", "one party
    activist", "Clinton's introducer, actress Jamie Lee Curtis": the name after the comma
    wins); or a name with the lower-case titles before it ("former Utah governor Mike Lee",
    "pollster Frank Luntz"), which must end on a capitalised word.
    """
    toks = [(m.group(0), m.start()) for m in _TOKEN.finditer(text, end, limit)]
    if not toks:
        return None
    first = toks[0][0]
    if first.lower() in {"he", "she", "they", "i", "we"}:
        return toks[0][1], toks[0][1] + len(first), "pronoun"
    k = 0
    while k < len(toks) and toks[k][0].lower() in _WEEKDAYS:
        k += 1  # `," said Tuesday X` is rare; `said Monday` names no one
    if k and (k >= len(toks) or not _is_cap(toks[k][0]) or toks[k][0].lower() in _WEEKDAYS):
        return None
    kind = "name"
    w0 = toks[k][0] if k < len(toks) else ""
    possessive = _is_cap(w0) and w0.endswith(("'s", "’s"))
    if w0.lower() in DETERMINERS or possessive:
        kind = "np"
    elif not _is_cap(w0):
        # lower-case titles before a name: "former Utah governor Mike Lee"
        e = k
        while (
            e < len(toks)
            and e - k < _MAX_DESCRIPTORS + 3
            and toks[e][0][:1].isalpha()
            and toks[e][0].lower() not in _AFTER_STOP - {"of"}
            and toks[e][0].lower() not in CUE_WORDS
            and "\n" not in text[toks[max(e - 1, k)][1] : toks[e][1]]
        ):
            e += 1
        caps = [j for j in range(k, e) if _is_cap(toks[j][0])]
        if not caps or caps[-1] != e - 1 or caps[0] - k > _MAX_DESCRIPTORS:
            return None
        last, at = toks[e - 1]
        stop = at + len(last)
        if last.endswith(".") and not abbreviation(last):
            stop -= 1
        return toks[k][1], stop, "name"
    e = k + 1 if kind == "np" else k
    start_k = k
    while e < len(toks) and e - start_k < 6:
        w = toks[e][0]
        if (
            _is_cap(w)
            or (
                kind == "np"
                and w[:1].isalpha()
                and w.lower() not in NOT_NOUNS
                and w.lower() not in CUE_WORDS
                and (not w.rstrip(".").endswith("ed") or (e == start_k + 1 and _attributive(toks, e)))
            )
            or (w in {"of", "de"} and e + 1 < len(toks) and _is_cap(toks[e + 1][0]) and e > start_k)
            or (w == "of" and kind == "np" and e == start_k + 1 and not possessive)  # "one of those aides"
            or (kind == "np" and e == start_k + 1 and _numeric_modifier(toks, e))  # "a 2008 campaign aide"
        ):
            if e > start_k and "\n" in text[toks[e - 1][1] : toks[e][1]]:
                break
            e += 1
            if w.endswith(".") and not abbreviation(w):
                break  # the sentence ends here
        else:
            break
    if e == start_k or (kind == "np" and e == start_k + 1 and not possessive):
        return None
    if kind == "np" and e + 1 < len(toks) and toks[e][0] == ",":
        # "Clinton's introducer, actress Jamie Lee Curtis": a name in apposition names the speaker
        appo = subject_after(text, toks[e][1] + 1, limit)
        if appo is not None and appo[2] == "name":
            return toks[start_k][1], appo[1], "name"
    last, at = toks[e - 1]
    stop = at + len(last)
    if last.endswith(".") and not abbreviation(last):
        stop -= 1
    return toks[start_k][1], stop, kind


@frozen
class Mention:
    """A cue verb with its subject: ``start`` of the cue, the raw subject words and the resolved name."""

    start: int
    end: int
    verb: str
    raw: str
    name: str | None
    reporter: str | None = None
    #: "name", "np" (a described speaker), "pronoun", "doc" (a text speaks: "Article 6 says") or ""
    kind: str = ""


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
    while len(best) > 2 and best[0].endswith(("'s", "’s")):
        best = best[1:]  # "The Post's Dana Milbank": the outlet's possessive is no part of the name
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


_ROLE_WORDS = frozenset(ROLE_NOUNS)


def _without_title(name: str) -> str:
    """A name without the title before it: "Labor Secretary Tom Perez" -> "Tom Perez",
    "Gov. Ana Ruiz" -> "Ana Ruiz", "Acme CEO Jo Lee" -> "Jo Lee" (a middle initial stays)."""
    tokens = name.split()
    cut = 0
    for k, t in enumerate(tokens[:-1]):
        bare = t.rstrip(".")
        title = bare.lower() in _ROLE_WORDS or (len(bare) > 1 and (bare.isupper() or t.endswith(".")))
        if title:
            cut = k + 1
    return " ".join(tokens[cut:])


def strip_leading(raw: str) -> str:
    """Drop leading conjunctions: "And he" -> "he"."""
    words = raw.split()
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return " ".join(words)


def _described(raw: str) -> str:
    """A described speaker as written, its article in lower case: "A member of the council"."""
    head, _, rest = raw.partition(" ")
    return f"{head.lower()} {rest}" if rest and head in {"The", "A", "An"} else raw


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
        self._text_names: dict[str, list[tuple[int, str]]] | None = None
        self._forms: dict[str, str] = {}
        self._descriptions: dict[str, str | None] = {}
        self.mentions: list[Mention] = []
        self._names: list[tuple[int, str]] = []
        #: "f", "m" or "" (not known) for each of ``_names``
        self._genders: list[str] = []
        self._honorifics: dict[str, str] | None = None
        self._starts: list[int] = []
        #: the start of each mention, for bisection
        self.starts: list[int] = []
        self._by_surname: dict[str, list[tuple[int, str]]] = {}
        #: people named as the subject of any verb (position, name, gender), built when needed
        self._subjects: list[tuple[int, str, str]] | None = None
        self._subject_starts: list[int] = []
        self._quoted = list(quoted)
        self.reporters: dict[str, str] = {}
        text = doc.text
        q_starts = [q[0] for q in quoted]
        self._outlets: list[tuple[int, str]] = []
        has_report = "reported" in text or "reports" in text or "wrote" in text  # the verbs it needs
        for ps, pe in doc.paragraphs if has_report else ():
            if text.find("repor", ps, pe) < 0 and text.find("wrote", ps, pe) < 0:
                continue  # every match holds "reported", "reports" or "wrote": a quick find says no
            for m in _REPORTED_AFTER.finditer(text, ps, pe):
                self._outlets.append((m.start(), m.group(1).rstrip(".")))
        self._outlet_starts = [p for p, _ in self._outlets]
        for ps, pe in doc.paragraphs:
            for c_start, c_end, verb in _cue_matches(text, ps, pe):
                if text[c_start - 1] == "-" and text[c_start - 2 : c_start - 1].isalpha():
                    continue  # "so-called", "self-described": a word, not a cue
                k = bisect.bisect_right(q_starts, c_start) - 1
                if k >= 0 and c_start < quoted[k][1]:
                    continue  # a cue inside a quotation is the speaker's, not ours
                self._add(c_start, c_end, verb, ps, pe)

    def _add(self, start: int, end: int, verb: str, ps: int, pe: int) -> None:
        text = self.doc.text
        if (
            verb in AFTER_QUOTE_CUES
            and not _AFTER_QUOTE.search(text, max(ps, start - 8), start)
            and not _after_quote_subject(text, max(ps, start - _APPOSITIVE_WINDOW), start)
        ):
            return  # "agreed to pay", "laughed at it": a cue only right after a quotation
        if (
            verb not in STRONG_CUES
            and verb not in QUOTE_ONLY_CUES
            and not _COMPLEMENT.match(text, end, min(pe, end + 60))
            and not _AFTER_QUOTE.search(text, max(ps, start - 8), start)  # `"...," noted X`
        ):
            if not _after_quote_subject(text, max(ps, start - _APPOSITIVE_WINDOW), start):
                return  # "concluded 260 agreements": a plain object, not speech (tested first: cheap)
            inverted_ok = False  # `"...," Jo Lee, the chair, urged the voters`: the subject comes first
        else:
            inverted_ok = True
        toks = clause_tokens(text, max(ps, start - SUBJECT_WINDOW), start)
        words = [w for w, _ in toks]
        if words:
            prev = words[-1]
            if (prev.lower() in DETERMINERS or _is_numeral(prev) or prev.endswith(("'s", "’s"))) and not (
                _group_subject(words, len(words) - 1, verb)
            ):
                return  # a noun, not a cue: "the two states", "his remarks"
            if len(words) > 1 and prev.endswith("ly") and words[-2].lower() in DETERMINERS:
                return  # an adjective: "a swiftly called meeting"
            if verb in _NOUN_FORMS and len(words) > 1 and words[-2].lower() in _POSSESSIVES:
                return  # a noun after an adjective: "his scathing remarks", "her latest tweets"
            if prev == "to" and " " not in verb:
                return  # an infinitive: "too early to tell", "wants to add"

        found: _Found | None = None
        span: tuple[int, int] | None = None
        r = "clause" if verb in PARTICIPLE_CUES else subject_before(words)
        inverted = r == "after" or (r is None and bool(words) and words[-1] == ",")
        if inverted and self._reports_clause(end, pe, after_quote=not words):
            # `The spot, named "X", argues that Lee`, `X, the author of "Y," said the days when`:
            # the words after the cue are a reported clause, not its inverted subject
            r = "clause"
            reported = True
        else:
            reported = False
        if r == "after" and not words:
            dashed = self._before_dashes(start, ps)  # "Jo Lee — a former aide — told X"
            if dashed is not None:
                toks, r = dashed
                words = [w for w, _ in toks]
        last = len(words) - 1
        while last > 1 and words[last].endswith("ly") and words[last].islower():
            last -= 1  # "Carson privately saying": an adverb between the name and the participle
        if r == "clause" and last > 0 and _is_cap(words[last]) and words[last] not in NAME_STOPWORDS:
            near = _np_ending(words, last)  # "with Senator Jo Lee telling reporters"
            if near is not None and near[2] == "name" and near[0] > 0:
                r = near
        if r == "clause" and self._same_subject(start, end, verb, ps):
            return  # "X said ... and added", `"...," X said, adding`: the previous cue's subject
        if r == "clause":
            r = None
            lo = max(ps, start - 2 * SUBJECT_WINDOW)
            # `"...," X said, adding` first, then the sentence; a reported clause after the cue
            # (`X, author of "Y," said the plan is`): the sentence, whatever quotes it holds
            for at_quotes in (False,) if reported else (True, False):
                toks, anchored = _cut_tokens(text, lo, start, at_quotes=at_quotes)
                words = [w for w, _ in toks]
                j = len(words) - 1
                if j >= 2 and words[j].lower() in {"and", "but"} and words[j - 1].endswith("ed"):
                    r = _np_ending(words, j - 2)  # "he laughed and said"
                if r is None and (anchored or lo == ps):
                    r = subject_at_start(words)
                    if r is not None and r[0] > 0 and words[r[0] - 1].lower() == "that":
                        r = None  # "- that Ruiz wanted more beds, said": a reported clause's subject
                if (
                    r is None
                    and (anchored or lo == ps)
                    and len(words) > 2
                    and words[0].lower() in _SUBORDINATORS
                ):
                    sub = subject_at_start(words[1:])  # "When Jo Lee spoke of it and said"
                    if sub is not None and sub[2] in ("name", "pronoun"):
                        r = sub[0] + 1, sub[1] + 1, sub[2]
                if r is not None:
                    break
            if r is None and verb in PARTICIPLE_CUES:
                dashed = self._before_dash(lo, start)  # "she declined to claim victory - only saying"
                if dashed is not None:
                    toks, r = dashed
                    words = [w for w, _ in toks]
        if r is None and len(words) > 1 and words[-1] == "," and verb not in _NOT_INVERTED and not reported:
            r = "after"  # `"..." about the plan, said X, a teacher`: an inverted cue after a comma
        if r == "after" and not inverted_ok:
            r = None
        if r == "after":
            if verb not in _NOT_INVERTED or (
                verb in _REPORT_INVERTED and _AFTER_QUOTE.search(text, max(ps, start - 8), start)
            ):  # `"...," reported Reuters`: right after a quotation "reported" names its source
                a = subject_after(text, end, min(pe, end + 80))
                if a is not None:
                    span, kind = (a[0], a[1]), a[2]
        elif isinstance(r, tuple):
            if (
                verb in _NAMING
                and r[2] == "np"
                and r[0] > 0
                and words[r[0] - 1] not in {",", "(", ":"}
                and words[r[0] - 1].lower() not in _INTRO_CONJ
                and _NAMED_RIGHT_AFTER.match(text, end, min(pe, end + 12))
            ):
                return  # "a class called "Perception"", "the loophole dubbed an "inversion"": a name
            found = r
            i, j, kind = r
            span = toks[i][1], toks[j - 1][1] + len(toks[j - 1][0])
        raw = " ".join(text[span[0] : span[1]].split()) if span else ""
        name = None
        if span is not None:
            if (
                kind == "pronoun"
                and raw.lower() == "who"
                and found is not None
                and found[0] >= 2
                and words[found[0] - 1] == ","
            ):
                ante = _np_ending(words[: found[0] - 1], found[0] - 2)
                if ante is not None and ante[2] == "name":
                    a0, a1 = toks[ante[0]][1], toks[ante[1] - 1][1] + len(toks[ante[1] - 1][0])
                    name = self._resolve(" ".join(text[a0:a1].split()), "name", start)
            else:
                name = self._resolve(raw, kind, start)
        else:
            kind = ""
        reporter = None
        t = _TOLD.match(text, start, min(pe, start + 60)) if verb.startswith("told") else None
        if t and t.group(1) not in {"Reuters reporters"}:
            reporter = t.group(1).rstrip(".")
            if reporter.lower().startswith(("reporters", "the")):
                reporter = None
        if name and reporter:
            self.reporters.setdefault(name, reporter)
        self.mentions.append(Mention(start, end, verb, raw, name, reporter, kind))
        self.starts.append(start)
        if name and kind == "name" and verb not in QUOTE_ONLY_CUES:
            self.add_name(start, name, raw)  # "X praised him" names no one "she" can refer to

    def _reports_clause(self, end: int, pe: int, *, after_quote: bool) -> bool:
        """Whether the words after a cue ending at ``end`` open a clause it reports ("that
        Lee is", "the program is", "Lee called") rather than name its inverted subject;
        right after a quotation "that" is a determiner (`"...," said that official`)."""
        text = self.doc.text
        if _REPORTED_CLAUSE.match(text, end, pe):
            return not after_quote
        a = subject_after(text, end, min(pe, end + 80))
        if a is None:
            return False
        nxt = _NEXT_TOKEN.match(text, a[1], min(pe, a[1] + 30))
        return nxt is not None and (nxt.group(1) in _CLAUSE_VERBS or nxt.group(1) in _CUE_HEADS)

    def _before_dashes(self, start: int, ps: int) -> tuple[list[tuple[str, int]], _Found] | None:
        """The subject before a dashed aside that ends right before a cue: "Jo Lee — a former
        aide — told X" gives Jo Lee; None when no dash pair or no subject before it."""
        text = self.doc.text
        k = start - 1
        while k > ps and text[k].isspace():
            k -= 1
        if text[k] not in "—–-" or k - ps < 3:
            return None
        close = k
        while close > ps and text[close - 1] in "—–-":
            close -= 1
        lo = max(ps, close - _APPOSITIVE_WINDOW)
        opening = max(text.rfind("—", lo, close), text.rfind("–", lo, close), text.rfind("--", lo, close))
        if opening <= lo or _BREAK_SENTENCE.search(text, opening, close):
            return None
        toks = clause_tokens(text, max(ps, opening - SUBJECT_WINDOW), opening)
        r = subject_before([w for w, _ in toks])
        if isinstance(r, tuple) and r[2] in ("name", "np", "pronoun"):
            return toks, r
        return None

    def _before_dash(self, lo: int, start: int) -> tuple[list[tuple[str, int]], _Found] | None:
        """The subject opening the sentence before a single dash that precedes a participle cue
        at ``start`` ("Ada Lin declined to claim victory - only saying"), or None."""
        text = self.doc.text
        dashes = list(_DASH.finditer(text, lo, start))
        m = dashes[-1] if dashes else None
        if m is None or _BREAK_SENTENCE.search(text, m.end(), start):
            return None
        toks, anchored = _cut_tokens(text, lo, m.start(), at_quotes=False)
        if not anchored and lo > self.doc.sentence_of(m.start())[0]:
            return None
        r = subject_at_start([w for w, _ in toks])
        if r is None or r[2] not in ("name", "pronoun", "np"):
            return None
        return toks, r

    def _same_subject(self, start: int, end: int, verb: str, ps: int) -> bool:
        """Record a cue that shares the subject of the cue before it in its sentence, if any."""
        prev = self.mentions[-1] if self.mentions else None
        if (
            prev is None
            or not prev.raw
            or prev.kind in ("", "doc")
            or prev.start < ps
            or start - prev.end > 2 * SUBJECT_WINDOW
            or _last_cut(self.doc.text, prev.start, start, at_quotes=False) >= 0
        ):
            return False
        self.mentions.append(Mention(start, end, verb, prev.raw, prev.name, None, prev.kind))
        self.starts.append(start)
        return True

    def add_name(self, pos: int, name: str, raw: str = "") -> None:
        """Record a named speaker at ``pos`` (positions must not decrease); ``raw``, the words
        that named them ("Mrs. Ana Ruiz", "spokesman Jo Lee"), may tell their gender."""
        if self._starts and pos < self._starts[-1]:
            return
        self._names.append((pos, name))
        self._genders.append(self.gender(name, raw))
        self._starts.append(pos)
        if " " in name:
            self._by_surname.setdefault(name.rsplit(" ", 1)[1], []).append((pos, name))

    def _resolve(self, raw: str, kind: str, pos: int) -> str | None:
        """The speaker named by a subject: pronouns and role nouns refer back, surnames expand."""
        if not raw or kind == "doc":
            return None
        if kind == "pronoun":
            if raw.lower() not in PRONOUNS:
                return None
            return self.last_name(pos, raw) or self._last_person(pos, raw)
        if _OUTLET_ANAPHOR.fullmatch(raw):
            i = bisect.bisect_left(self._outlet_starts, pos) - 1
            return self._outlets[i][1] if i >= 0 else None
        name = name_of(raw) if kind == "name" else None
        if name is None:  # a described speaker: "the MP", "a member of the council"
            named = self._named_description(raw)
            if named is not None:
                return named  # "the influential daily" where the text says "the daily, Kuryer,"
            if _is_anaphor(raw):
                return self.last_name(pos) or _described(raw)
            return _described(raw)
        if " " not in name:
            return self.full_name(name, pos)
        return self._shortest_form(name)

    def _last_person(self, pos: int, pronoun: str = "") -> str | None:
        """The last full name (two to four capitalised words) in the text shortly before ``pos``:
        a pronoun's referent when no speaker was named yet ("Ana Ruiz arrived. ... she said");
        for "he" or "she", the last name known to be of that gender, else the last not known
        to be of the other."""
        want = _PRONOUN_GENDER.get(pronoun.lower(), "")
        lo = max(0, pos - _PERSON_WINDOW)
        best: str | None = None
        unknown: str | None = None
        for m in _CAP_RUN.finditer(self.doc.text, lo, pos):
            tokens = m.group(0).split()
            if len(tokens) > 4 or any(t.lower() in _WEEKDAYS for t in tokens):
                continue
            name = _clean_name(tokens)
            if name and " " in name:
                g = self.gender(name) if want else ""
                if g == want:
                    best = name
                elif not g:
                    unknown = name
        return best or unknown

    def _named_description(self, raw: str) -> str | None:
        """The name the text gives a described speaker: for "the influential daily", the name
        after its head noun anywhere in the text ("the daily Kuryer", "the daily, Kuryer,")."""
        words = raw.split()
        if len(words) < 2 or words[0].lower() not in ("the", "this", "that"):
            return None  # "a senior official" names nobody in particular
        head = words[-1].lower().strip(".,")
        if not head.isalpha() or len(head) < 3:
            return None
        if head in self._descriptions:
            return self._descriptions[head]
        found: str | None = None
        if len(self._descriptions) < _MAX_FORMS:
            rx = re.compile(rf"\b(?i:{re.escape(head)}),?[ \t]+((?:[A-Z][\w'’.-]*[ \t]?){{1,4}})")
            for m in rx.finditer(self.doc.text):
                tokens = m.group(1).split()
                for k, tok in enumerate(tokens):
                    if tok.endswith(".") and not abbreviation(tok):
                        tokens = tokens[: k + 1]  # "the daily Kuryer. Then": the sentence ends
                        break
                if tokens and tokens[0].lower() not in _WEEKDAYS and tokens[0] not in NAME_STOPWORDS:
                    found = _clean_name(tokens)
                    if found:
                        break
            self._descriptions[head] = found
        return found

    def speaker_of(self, raw: str, kind: str, pos: int) -> str | None:
        """The speaker named by subject words ``raw`` of ``kind`` found at ``pos`` (see Mention.kind)."""
        return self._resolve(raw, kind, pos)

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

    def last_name(self, pos: int, pronoun: str = "") -> str | None:
        """The last named speaker mentioned before ``pos``; for "he" or "she", the last one
        not known to be of the other gender (at most ``_GENDER_LOOKBACK`` speakers back), or
        a person of that gender named since as the subject of any verb ("Ana Ruiz laughed."),
        whichever is nearer."""
        i = bisect.bisect_left(self._starts, pos) - 1
        want = _PRONOUN_GENDER.get(pronoun.lower())
        if want is None:
            return self._names[i][1] if i >= 0 else None
        spoken: tuple[int, str] | None = None
        for k in range(i, max(-1, i - _GENDER_LOOKBACK), -1):
            if self._genders[k] in ("", want):
                spoken = self._names[k]
                break
        subject = self._last_subject(pos, want)
        if subject is not None and (spoken is None or subject[0] > spoken[0]):
            return subject[1]
        return spoken[1] if spoken else None

    def _last_subject(self, pos: int, want: str) -> tuple[int, str] | None:
        """The nearest person of gender ``want`` named as a sentence's subject before ``pos``,
        at most ``_SUBJECT_PERSON_WINDOW`` characters and ``_SUBJECT_PERSON_LOOKBACK`` subjects back."""
        if self._subjects is None:
            self._subjects = self._subject_people()
            self._subject_starts = [p for p, _, _ in self._subjects]
        i = bisect.bisect_left(self._subject_starts, pos) - 1
        for k in range(i, max(-1, i - _SUBJECT_PERSON_LOOKBACK), -1):
            p, name, g = self._subjects[k]
            if pos - p > _SUBJECT_PERSON_WINDOW:
                break
            if g == want:
                return p, name
        return None

    def _subject_people(self) -> list[tuple[int, str, str]]:
        """Every person named (full name, or a surname the text gives in full) as the subject
        opening a sentence outside quotations and followed by a verb-like word, with a known
        gender: (position, name, gender), in text order. One bounded look per sentence."""
        text = self.doc.text
        q_starts = [q[0] for q in self._quoted]
        out: list[tuple[int, str, str]] = []
        starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text)]
        starts.append(len(text))
        for s, end in itertools.pairwise(starts):
            k = bisect.bisect_right(q_starts, s) - 1
            if k >= 0 and s < self._quoted[k][1]:
                continue  # a sentence inside a quotation is the speaker's
            toks: list[tuple[str, int]] = []
            for m in _TOKEN.finditer(text, s, min(end, s + 8 * _START_TOKENS)):
                toks.append((m.group(0), m.start()))
                if len(toks) >= _START_TOKENS:
                    break
            words = [w for w, _ in toks]
            found = subject_at_start(words)
            if found is None or found[2] != "name" or found[1] >= len(words):
                continue
            after = found[1]
            if words[after - 1].endswith(("’", "'", "’s", "'s")):
                continue  # "Jo Lees' plan failed": a possessive, not the subject
            if words[after] == ",":  # "Jo Lee, the mayor, laughed": past the aside
                close = after + 1
                while close < len(words) and close - after <= _APPOSITIVE_WORDS and words[close] != ",":
                    close += 1
                if close + 1 >= len(words) or words[close] != "," or close == after + 1:
                    continue
                after = close + 1
            nxt = words[after].rstrip(".")
            if not (nxt.isalpha() and nxt.islower()) or nxt in _NOT_A_VERB or nxt in DETERMINERS:
                continue  # "Lee and Ruiz", "Lee of Ohio": no subject of a verb
            start = toks[found[0]][1]
            if q_starts:
                k = bisect.bisect_right(q_starts, start) - 1
                if k >= 0 and start < self._quoted[k][1]:
                    continue
            raw = " ".join(words[found[0] : found[1]])
            name = name_of(raw)
            if name is None:
                continue
            name = _without_title(name)
            if " " not in name:
                name = self.full_name(name, start)
                if " " not in name and self.gender(name) == "":
                    continue
            g = self.gender(name, raw)
            if g and (not out or out[-1][0] < start):
                out.append((start, self._shortest_form(name), g))
        return out

    def gender(self, name: str, raw: str = "") -> str:
        """ "f", "m" or "" for a person's name: from an honorific or a gendered role noun in
        ``raw`` ("Mrs.", "congresswoman"), a common given name ("Ana Ruiz"), or an honorific
        the text puts before the surname elsewhere ("Ms. Ruiz")."""
        for w in _WORD.findall(raw):
            low = w.lower().rstrip(".")
            if low in FEMALE_MARKERS:
                return "f"
            if low in MALE_MARKERS:
                return "m"
        tokens = name.split()
        for k in range(len(tokens) - 2, -1, -1):  # the given name: right of any title ("Gov.")
            t = tokens[k]
            if t.endswith(".") and len(t) > 2:
                break  # "Virginia Gov. Terry Lee": words before a title are no given name
            low = t.lower()
            if low in FEMALE_NAMES:
                return "f"
            if low in MALE_NAMES:
                return "m"
        if self._honorifics is None:
            self._honorifics = {}
            for m in _HONORIFIC.finditer(self.doc.text):
                g = "m" if m.group(1) == "Mr" else "f"
                if self._honorifics.setdefault(m.group(2), g) != g:
                    self._honorifics[m.group(2)] = "?"  # "Mr. and Mrs. Lee": no evidence
        g = self._honorifics.get(tokens[-1], "") if tokens else ""
        return g if g != "?" else ""

    def full_name(self, surname: str, pos: int) -> str:
        """Expand a surname to the last full name ending with it before ``pos``."""
        found = self._by_surname.get(surname, [])
        i = bisect.bisect_left(found, (pos, "")) - 1
        if i >= 0:
            return found[i][1]
        if self._text_names is None:
            self._text_names = {}
            for m in _CAP_RUN.finditer(self.doc.text):
                tokens = m.group(0).split()
                for k in range(1, len(tokens)):
                    name = _clean_name(tokens[max(0, k - 3) : k + 1])
                    if name and " " in name and name.endswith(tokens[k]):
                        self._text_names.setdefault(tokens[k], []).append((m.start(), name))
        hits = self._text_names.get(surname, [])
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


def document_speech(doc: Document) -> SpeechIndex:
    """The speech index of ``doc`` with cues inside its quotations skipped (use ``doc.speech``)."""
    return SpeechIndex(doc, [(q.open, q.close) for q in doc.quotations])


def outlet_cue(sentence: str) -> str | None:
    """An outlet reported in a sentence: "Azertag reported", "reported the ... Day.az news site"."""
    if "repor" not in sentence and "wrote" not in sentence:
        return None  # every pattern below needs "reported", "reports" or "wrote"
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
    if "accord" not in sentence.lower():  # no case-insensitive match of the pattern without it
        return None
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
