"""Counts: a number with the noun it counts (``263 agreements``, ``52 official visits``).

The subject is the head noun lower-cased as written (``visits``); the singular
key goes in the notes (``singular: visit``) and the full phrase with its
complement in ``detail`` (``official and working visits to Russia``).

Wire copy's forms (the subject is the counted noun, else the role or the counted head):

* passive and bare verbs: ``31 were killed`` (subject ``killed``), ``31 people were killed``
  (``people``, with the note ``role: killed``), ``injured more than 900`` (``injured``),
  ``killing at least 12`` (``killed``);
* a figure after a verb of reaching: ``the toll topped 1,400``, ``cases rose to 9``,
  ``the number of dead reached 40`` (subject ``toll``, ``cases``, ``dead``): the head before
  the verb must be a plural noun or a tally word (toll, number, total, tally, count, figure);
* ``initially 6, has risen to 9``: two claims; the second has the note ``updates: <id of the
  first>`` and the first ``initial figure``, so linking can relate them;
* ``Label: value`` lines (``Deaths: 31``): one claim per line, the label as subject; a noun
  phrase never runs past the end of its line (labels were read one line off).

Not counts: years and numbers inside dates (the date kind's job), times and
time zones, phone numbers, article or page numbers and labels (``Article 16``,
``Slider Image 1``), numbers without a noun after them, generic phrases
(``the two countries``, ``one of the first``, ``both``), ``one``/``a`` on their
own, numbers followed by a unit (money, percent, measures, time units), street addresses
(``10 Downing Street``), clock times (``at 7 in the evening``), scores (``won 3-1``, ``a 2-0
win``) and years after a preposition (``in 2019 workers``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import evolve

from claimcheck._words.frames import PERSON_GROUPS
from claimcheck._words.numbers import (
    CURRENCY_WORDS,
    MEASURE_UNITS,
    MONTHS,
    NOUN_STOP,
    REF_WORDS,
    SCALES,
    TIME_UNITS,
)
from claimcheck._words.units import UNIT_SYMBOLS
from claimcheck.extraction import _build
from claimcheck.extraction._document import Document
from claimcheck.extraction._registry import register
from claimcheck.extraction.numbers import (
    NumberMatch,
    line_label,
    noun_phrase_after,
    previous_word,
    scan_document,
    singular,
)
from claimcheck.model import Claim, Quantity

__all__ = ["counts"]

_GENERIC_BEFORE = frozenset(
    [
        "the",
        "these",
        "those",
        "both",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "all",
        "every",
        "each",
        "which",
        "whose",
    ]
)
_NOT_NOUNS = (
    frozenset(MONTHS)
    | frozenset(CURRENCY_WORDS)
    | frozenset(MEASURE_UNITS)
    | frozenset(TIME_UNITS)
    | frozenset(SCALES)
    | frozenset(
        [
            "percent",
            "per",
            "pct",
            "a.m",
            "am",
            "p.m",
            "pm",
            "gmt",
            "utc",
            "o'clock",
            "times",
            "dozen",
            "hundred",
            "thousand",
            "million",
            "billion",
            "st",
            "nd",
            "rd",
            "th",
        ]
    )
)
_STOP = NOUN_STOP | frozenset({"times"})


#: Participles of the roles wire copy counts, and the forms that lead to them.
_ROLES: dict[str, str] = {
    **dict.fromkeys(("killed", "killing", "kills", "kill", "dead", "died"), "killed"),
    **dict.fromkeys(("injured", "injuring", "injures", "hurt", "hurting"), "injured"),
    **dict.fromkeys(("wounded", "wounding", "wounds"), "wounded"),
    **dict.fromkeys(("arrested", "arresting", "detained", "detaining"), "arrested"),
    **dict.fromkeys(("evacuated", "evacuating"), "evacuated"),
    **dict.fromkeys(("displaced", "displacing"), "displaced"),
    **dict.fromkeys(("rescued", "rescuing"), "rescued"),
    **dict.fromkeys(("missing",), "missing"),
    **dict.fromkeys(("hospitalized", "hospitalised"), "hospitalized"),
    **dict.fromkeys(("infected", "infecting"), "infected"),
    **dict.fromkeys(("deported", "deporting"), "deported"),
    **dict.fromkeys(("charged",), "charged"),
    **dict.fromkeys(("released", "freed"), "released"),
    **dict.fromkeys(("kidnapped", "abducted"), "kidnapped"),
}
#: Words between a number and its passive role: "31 were killed", "31 people have been injured".
_PASSIVE_RE = re.compile(
    r"[ \t]+(?:(?:people|persons|others|civilians|of them)[ \t]+)?"
    r"(?:(?:were|was|are|is|have|has|had|remain|remained)[ \t]+)(?:been[ \t]+)?"
    r"(?:(?:reported|confirmed|now|also|reportedly|later|still|believed|feared|said)[ \t]+)?"
    r"(?:(?:to[ \t]+be|to[ \t]+have[ \t]+been)[ \t]+)?(?P<role>[a-z]+)\b"
)
#: Verbs of reaching a figure: "topped 1,400", "rose to 9", "has since climbed to 40".
_REACH_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?P<verb>topped|tops|top|reached|reaches|reach|hit|hits|passed|passes|exceeded|exceeds"
    r"|surpassed|surpasses|stood[ \t]+at|stands[ \t]+at|stand[ \t]+at|(?:rose|risen|rises|rise|climbed|climbs"
    r"|jumped|jumps|increased|increases|grew|grown|grows|soared|swelled|fell|fallen|falls|dropped"
    r"|drops|declined|declines|raised|revised(?:[ \t]+(?:upwards?|downwards?|down))?)[ \t]+to)[ \t]+$",
    re.IGNORECASE,
)
#: A verb that brings a tally to a figure: "bringing the death toll to 37", "pushed the number
#: of dead to 40", "raising the total to 12". The tally (group ``tally``) is the subject.
_BRING_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?P<verb>bringing|brought|brings|bring|taking|took|takes|pushing|pushed|pushes"
    r"|raising|raised|raises|lifting|lifted|lifts|putting|puts|sending|sent|driving|drove)[ \t]+"
    r"(?:the|its|their)[ \t]+(?P<tally>(?:[a-z]+[ \t]+){0,2}?(?:toll|tally|total|count|number)"
    r"(?:[ \t]+of[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?)"
    r"[ \t]+(?:(?:so[ \t]+far|now|overall)[ \t]+)?to[ \t]+$",
    re.IGNORECASE,
)
#: A verb that sets a tally at a figure: "put the death toll from the quake at 140", "placed
#: the number of dead at 40". The tally (group ``tally``) is the subject; a complement of a few
#: words may follow it ("from the quake", "in the province") before ``at``.
_PUT_AT_BEFORE_RE = re.compile(
    r"(?<![A-Za-z])(?P<verb>putting|put|puts|placing|placed|places|estimated|estimates|estimating)"
    r"[ \t]+(?:the|its|their)[ \t]+"
    r"(?P<tally>(?:[a-z]+[ \t]+)?(?:toll|tally|number)(?:[ \t]+of[ \t]+(?:dead|deaths|victims|fatalities"
    r"|injured|wounded|missing|casualties|people[ \t]+killed|people[ \t]+dead))?)"
    r"(?:[ \t]+(?:from|in|of|after|following|since|on)[ \t]+[A-Za-z'’-]+(?:[ \t]+[A-Za-z'’-]+){0,4}?)?"
    r"[ \t]+(?:(?:so[ \t]+far|now|overall)[ \t]+)?at[ \t]+$",
    re.IGNORECASE,
)
#: Prepositions that open a complement between a tally and its verb ("the toll from the
#: collapse stands at 52", "the number of dead in the province rose to 40").
_TALLY_COMPLEMENT_PREPS = frozenset(["from", "in", "of", "after", "following", "since", "on", "across"])
#: How many words a complement between a tally and its verb may hold.
_COMPLEMENT_WORDS = 6
#: Words of updating that make a figure after a reaching verb the update of an earlier one.
_UPDATE_VERBS = (
    "rose",
    "risen",
    "climbed",
    "jumped",
    "increased",
    "grew",
    "grown",
    "soared",
    "swelled",
    "reached",
    "raised",
    "revised",
)
#: Words before a first figure that make it the first of a series: "initially 6".
_INITIAL_RE = re.compile(
    r"(?<![A-Za-z])(?:initially|originally|at[ \t]+first|first[ \t]+reported|earlier[ \t]+reported)"
    r"(?:[ \t]+(?:reported|counted|put[ \t]+at|given[ \t]+as|estimated[ \t]+at"
    r"|said[ \t]+to[ \t]+be))?[ \t]+$",
    re.IGNORECASE,
)
#: Labels of page furniture, never a claim ("Views: 1,482", "Comments: 12").
_FURNITURE_LABELS = frozenset(
    ["views", "page views", "comments", "shares", "likes", "reads", "replies", "followers", "page"]
)
#: Any word that may open a series ("initially 6"): sentences without one skip the search.
_SERIES_WORDS = ("initially", "originally", "at first", "first reported", "earlier reported")
#: Heads that name a tally rather than what is counted ("the toll topped 1,400").
_TALLY_HEADS = frozenset(["toll", "number", "total", "tally", "count", "figure", "figures", "tolls"])
_SKIP_BACK = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "was",
        "are",
        "were",
        "now",
        "since",
        "already",
        "then",
        "also",
        "so",
        "far",
        "again",
        "quickly",
        "later",
        "further",
    ]
)
_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "way",
        "place",
        "square",
        "terrace",
        "court",
        "crescent",
    ]
)
_YEAR_PREPS = frozenset(["in", "since", "by", "until", "of", "from", "during", "before", "after", "for"])
_WORD_BACK_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: How far back a subject before a reaching verb is looked for (characters).
_BACK = 80


def _line_end(text: str, pos: int, s_end: int) -> int:
    """Where the line holding ``pos`` ends (within the sentence), read at most 500 characters on."""
    nl = text.find("\n", pos, min(s_end, pos + 500))
    return s_end if nl < 0 else nl


def _words_back(text: str, pos: int, floor: int) -> list[tuple[int, str]]:
    """The words in the ``_BACK`` characters before ``pos`` (not before ``floor``), nearest last."""
    lo = max(floor, pos - _BACK)
    words = [(m.start(), m.group()) for m in _WORD_BACK_RE.finditer(text, lo, pos)]
    if lo > floor and words and words[0][0] == lo and text[lo - 1].isalpha():
        words = words[1:]  # cut in half by the window
    return words


def _subject_before(text: str, pos: int, floor: int) -> tuple[str, str] | None:
    """The counted head before a reaching verb at ``pos``: ``(subject, phrase)`` or None.

    ``the death toll has risen`` -> ``("toll", "death toll")``; ``the number of dead rose`` ->
    ``("dead", "number of dead")``; ``confirmed cases reached`` -> ``("cases", "confirmed cases")``.
    """
    words = _words_back(text, pos, floor)
    i = len(words) - 1
    while i >= 0 and words[i][1].lower() in _SKIP_BACK:
        i -= 1
    if i < 0:
        return None
    gap = text[words[i][0] + len(words[i][1]) : pos]
    if "," in gap and "initially" not in gap.lower():
        return None  # a clause between the head and the verb
    head = words[i][1]
    low = head.lower()
    sentence_initial = text[floor : words[i][0]].strip().lower() in ("", "the")
    if low in NOUN_STOP or not (head.islower() or (sentence_initial and head[1:].islower())):
        return None
    if i >= 2 and words[i - 1][1].lower() == "of" and words[i - 2][1].lower() in _TALLY_HEADS:
        return low, f"{words[i - 2][1]} of {head}".lower()  # "number of dead"
    if low in _TALLY_HEADS:
        prev = words[i - 1][1] if i >= 1 else ""
        phrase = f"{prev} {head}".lower() if prev.islower() and prev.lower() not in NOUN_STOP else low
        return low, phrase
    if low.endswith("s") and not low.endswith(("ss", "us")) and len(low) > 3:
        prev = words[i - 1][1] if i >= 1 else ""
        phrase = f"{prev} {head}".lower() if prev.islower() and prev.lower() not in NOUN_STOP else low
        return low, phrase
    return None


#: What after a bare number shows it is no figure of its own: a time ("1 : 30", "4 times"), a
#: number split by a space ("170, 000"), a compound adjective ("27 - year - old").
_NOT_A_FIGURE_AFTER_RE = re.compile(
    r"[ \t]*(?::|-|–|,[ \t]\d{3}\b|(?:times?|o'clock|years?|months?|weeks?|days?|hours?|minutes?)\b)",
    re.IGNORECASE,
)


def _an_acronym(word: str) -> bool:
    """A name in capitals that only a lower-case unit symbol spells (``HP`` printers, not ``hp``);
    upper-case symbols (``MW``, ``GB``) stay units."""
    return len(word) > 1 and word.isupper() and word not in UNIT_SYMBOLS


_SPACED_SECOND_HALF_RE = re.compile(r"\d [-–:] \Z")


def _owned(text: str, m: NumberMatch, s_start: int) -> bool:
    """Is the number the complement of a noun before it ("a mother of 12 was killed")?"""
    return m.qual_start == m.start and previous_word(text, m.start, s_start) == "of"


def _quantity(m: NumberMatch) -> Quantity:
    return _build.quantity(m.value, m.low, m.high, m.qualifier, None)


def _not_a_count(text: str, m: NumberMatch) -> bool:
    """Numbers that are never counts whatever follows: ordinals, money, signs of scores, ids."""
    if m.is_ordinal or m.currency is not None or m.value < 0:
        return True
    if m.is_word and m.value <= 1:
        return True  # "one", "a"
    if m.end < len(text) and (text[m.end] in "-%/:–$€£" or (text[m.end].isalpha() and not m.is_word)):
        return True  # "3-1", "11am", "76ers", "5G"
    # the second half of a score ("a 2-0 win"), or the end of a compound ("six-foot-two")
    if m.start > 1 and text[m.start - 1] in "-–" and text[m.start - 2].isalnum():
        return True
    # a score or a time as tokenised copy spaces it: "a 7 - 0 lead", "at 5 : 00"
    return (
        m.start > 3
        and text[m.start - 2] in "-–:"
        and text[m.start - 1] == " "
        and _SPACED_SECOND_HALF_RE.search(text, m.start - 4, m.start) is not None
    )


def _a_reference(m: NumberMatch, before: str) -> bool:
    """Is the number a reference, a day of a month or a year, by the word before it?"""
    if before in REF_WORDS or before.rstrip(".") in REF_WORDS or before in MONTHS:
        return True
    return m.is_year_like and before in _YEAR_PREPS


@register("count", priority=10)
def counts(doc: Document) -> Iterator[Claim]:
    """Yield a ``count`` claim for each number that counts a noun or a role.

    Yields:
        Claims whose value is a :class:`~claimcheck.model.Quantity` without unit,
        whose span is the number's words (qualifier included) and whose subject
        is the counted noun (or the role, or the label of a ``Label: value`` line).
    """
    text = doc.text
    low = doc.lowered
    any_series = _has_any(low, _SERIES_WORDS, 0, len(low))  # most documents have none
    for s_start, s_end, found in scan_document(doc):
        first: Claim | None = None  # a figure after "initially", for the update that follows
        series = any_series and _has_any(low, _SERIES_WORDS, s_start, s_end)  # once per sentence
        for m in found:
            if _not_a_count(text, m):
                continue
            before = previous_word(text, m.qual_start, s_start)
            if _a_reference(m, before):
                continue
            claim = _count(doc, m, s_start, s_end, before)
            initial = (
                series and _INITIAL_RE.search(text, max(s_start, m.qual_start - 40), m.qual_start) is not None
            )
            if first is not None and not initial and _is_update(text, m, s_start):
                if claim is None or claim.notes[:1] == ("reached",):
                    # "the toll, initially 6, has risen to 9": the update counts what the first did
                    claim = doc.claim(
                        "count", first.subject, _quantity(m), m.qual_start, m.end, detail=first.detail
                    )
                claim = evolve(claim, notes=(*claim.notes, f"updates: {first.id}"))
                first = None
            if claim is None:
                continue
            if initial:
                claim = evolve(claim, notes=(*claim.notes, "initial figure"))
                first = claim
            yield claim


def _has_any(low: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Is one of ``words`` in ``low[start:end]``? (A plain loop: no generator per sentence.)"""
    for w in words:  # noqa: SIM110 - several times faster than any() over a generator here
        if low.find(w, start, end) >= 0:
            return True
    return False


def _cue_before(
    text: str, m: NumberMatch, s_start: int, cue: str, pattern: re.Pattern[str], reach: int
) -> re.Match[str] | None:
    """``pattern`` within ``reach`` characters before the number, tried only when the words
    right before it end with ``cue`` (a cheap test first)."""
    k = m.qual_start
    while k > s_start and text[k - 1] in " \t":
        k -= 1
    if k - len(cue) < s_start or text[k - len(cue) : k].lower() != cue:
        return None
    return pattern.search(text, max(s_start, m.qual_start - reach), m.qual_start)


def _brought_to(text: str, m: NumberMatch, s_start: int) -> re.Match[str] | None:
    """``bringing the toll to`` before the number, if it is there."""
    return _cue_before(text, m, s_start, "to", _BRING_BEFORE_RE, 70)


def _put_at(text: str, m: NumberMatch, s_start: int) -> re.Match[str] | None:
    """``put the death toll at`` before the number, if it is there."""
    return _cue_before(text, m, s_start, " at", _PUT_AT_BEFORE_RE, 110)


def _tally_before(text: str, pos: int, floor: int) -> tuple[str, str] | None:
    """A tally before a reaching verb at ``pos`` across a short complement: ``("toll", "death
    toll")`` for "the death toll from the collapse stands at", ``("dead", "number of dead")`` for
    "the number of dead in the province rose to". Only a tally head (toll, number, total...)
    is taken this far back, and no comma may stand between it and the verb."""
    words = _words_back(text, pos, floor)
    i = len(words) - 1
    while i >= 0 and words[i][1].lower() in _SKIP_BACK:
        i -= 1
    for k in range(i, max(0, i - _COMPLEMENT_WORDS), -1):
        if words[k][1].lower() not in _TALLY_COMPLEMENT_PREPS or k < 1:
            continue
        if "," in text[words[k][0] : pos]:
            return None
        found = _subject_before(text, words[k][0], floor)
        if found is not None and not _TALLY_HEADS.isdisjoint(found[1].split()):
            return found
    return None


def _is_update(text: str, m: NumberMatch, s_start: int) -> bool:
    reach = _REACH_BEFORE_RE.search(text, max(s_start, m.qual_start - 40), m.qual_start)
    if reach is not None:
        return reach.group("verb").split()[0].lower() in _UPDATE_VERBS
    return _brought_to(text, m, s_start) is not None


def _count(doc: Document, m: NumberMatch, s_start: int, s_end: int, before: str) -> Claim | None:
    """The count claim the number ``m`` makes, if any."""
    text = doc.text
    line_end = _line_end(text, m.end, s_end)
    label = line_label(text, m.qual_start, m.end, s_start, s_end)
    if label is not None:
        if m.is_year_like or label in _FURNITURE_LABELS:
            return None
        return doc.claim(
            "count", label, _quantity(m), m.qual_start, m.end, detail=label, notes=("label line",)
        )
    # "31 were killed", "31 people have been injured"
    passive = _PASSIVE_RE.match(text, m.end, line_end)
    if passive is not None and _owned(text, m, s_start):
        passive = None  # "a mother of 12 was killed": the mother was, not the 12
    word = passive.group("role") if passive is not None else ""
    role = _ROLES.get(word) if word.endswith(("ed", "wn", "urt", "ead", "ing")) else None
    cardinal = m.value > 1 and not m.is_ordinal and not m.is_year_like  # its noun is plural
    np = noun_phrase_after(text, m.end, line_end, stop=_STOP, plural=cardinal)
    passive_np = np is None or np[2].split()[0].lower() in ("people", "persons", "others", "civilians")
    if passive_np and role is not None and not m.is_year_like:
        subject = np[0].lower() if np is not None else role  # "31 people were killed": people
        role_note = (f"role: {role}",)
        return doc.claim("count", subject, _quantity(m), m.qual_start, m.end, detail=role, notes=role_note)
    if np is None:
        return _count_without_noun(doc, m, s_start, line_end, before)
    head, _, phrase, detail_end = np
    low_head = head.lower()
    written = phrase.split()[0].rstrip(".")
    first_word = written.lower()
    if first_word in _NOT_NOUNS and not (written.isupper() and _an_acronym(written)):
        return None
    if low_head in _NOT_NOUNS or first_word in NOUN_STOP:
        return None
    if m.is_year_like and not (low_head.endswith("s") and head.islower()):
        return None
    if (not head.isalpha() and "-" not in head) or len(head) == 1:
        return None  # "3 p. m." (a time as tokenised copy writes it), "2 x 4"
    if low_head.endswith("ly"):
        return None
    if low_head in _ROLES and _owned(text, m, s_start):
        return None  # "a mother of two died": the mother died
    if low_head in _STREET_WORDS and any(w[:1].isupper() for w in phrase.split()):
        return None  # "10 Downing Street": an address
    if (
        m.qual_start == m.start
        and before in _GENERIC_BEFORE
        and (m.is_word or m.value < 10)
        and not (before == "all" and _people_on_hand(low_head, phrase))
    ):
        return None  # "the two countries"; but "all 6 crew members", "all three passengers" count
    notes = [f"singular: {singular(head)}"]
    if low_head in _ROLES and low_head.endswith("ed"):
        notes.append(f"role: {_ROLES[low_head]}")  # "31 killed in blast"
    elif role is not None:
        notes.append(f"role: {role}")
    elif before in _ROLES:
        notes.append(f"role: {_ROLES[before]}")  # "killed 31 soldiers"
    return doc.claim(
        "count",
        low_head,
        _quantity(m),
        m.qual_start,
        m.end,
        detail=text[m.end : detail_end].strip(),
        notes=tuple(notes),
    )


#: Nouns of people that "all <figure>" counts in full ("all 6 crew members", "all 9 occupants").
_ALL_PEOPLE = frozenset(["people", "persons", "occupants", "crew", "crewmen", "crewmembers"])


def _people_on_hand(head: str, phrase: str) -> bool:
    """Whether ``all <figure> <phrase>`` counts a group of people in full: a group of the
    lexicon (``passengers``, ``miners``) or ``crew members``; not ``all three countries``."""
    words = phrase.lower().split()
    return (
        head in PERSON_GROUPS
        or head in _ALL_PEOPLE
        or (head in ("members", "member") and len(words) > 1 and words[-2] in _ALL_PEOPLE)
    )


def _count_without_noun(
    doc: Document, m: NumberMatch, s_start: int, line_end: int, before: str
) -> Claim | None:
    """A number with no noun after it: a role verb before it, or a verb of reaching a figure."""
    text = doc.text
    if m.is_year_like or _NOT_A_FIGURE_AFTER_RE.match(text, m.end, line_end) is not None:
        return None
    if before in _ROLES and before not in ("dead", "missing"):
        role = _ROLES[before]  # "injured more than 900", "killing at least 12"
        return doc.claim(
            "count", role, _quantity(m), m.qual_start, m.end, detail=role, notes=(f"role: {role}",)
        )
    tally = _brought_to(text, m, s_start) or _put_at(text, m, s_start)
    if tally is not None:  # "bringing the toll to 42", "put the death toll at 140"
        phrase = " ".join(tally.group("tally").lower().split())
        words = phrase.split()
        subject = words[-1] if "of" in words else next(w for w in words if w in _TALLY_HEADS)
        return doc.claim(
            "count", subject, _quantity(m), m.qual_start, m.end, detail=phrase, notes=("reached",)
        )
    reach = _REACH_BEFORE_RE.search(text, max(s_start, m.qual_start - 40), m.qual_start)
    if reach is not None:
        found = _subject_before(text, reach.start(), s_start) or _tally_before(text, reach.start(), s_start)
        if found is not None:
            subject, phrase = found
            return doc.claim(
                "count", subject, _quantity(m), m.qual_start, m.end, detail=phrase, notes=("reached",)
            )
    if _INITIAL_RE.search(text, max(s_start, m.qual_start - 40), m.qual_start) is not None:
        ini = _INITIAL_RE.search(text, max(s_start, m.qual_start - 40), m.qual_start)
        assert ini is not None
        pos = ini.start()
        while pos > s_start and text[pos - 1] in " ,\t":
            pos -= 1
        found = _subject_before(text, pos, s_start)
        if found is not None:
            subject, phrase = found
            return doc.claim("count", subject, _quantity(m), m.qual_start, m.end, detail=phrase)
    return None
