"""Frames: what each claim is about, read from its sentence after the extractors ran.

For a quantity, the frame holds what is measured (the role or action nearest the figure:
``killed`` for "31 were killed", "the death toll rose to 31", "31 dead"; the measured thing:
``exports`` for "exports" and "shipments"), the counted noun, where or of whom ("in Geneva",
"among foreigners", "including 5 children" marks a part), the period it holds for ("in
2021", "last year") and whether it is a running total ("so far", a death toll). For a date,
the frame holds the event it dates (the date extractor's event, its variants merged: "opened"
and "inaugurated"), and whether the date is a fact at all: the date of a statement ("said
Tuesday") or of a reaction ("condemned the attack on Tuesday") is provenance, a dateline is
metadata; neither ever joins a fact.

The reading is by nearness: the lexicon word closest to the figure in its clause, words
across a comma or an "and" counted further away, and never across a semicolon, a colon, a
bracket, a dash or another figure. Lexicons are in :mod:`claimcheck._words.frames`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence

from attrs import evolve

from claimcheck._words.dates import EVENT_WORDS, MONTH_NUMBERS, REPORTING, WEEKDAYS
from claimcheck._words.frames import (
    ACTIONS,
    COUNTED_THINGS,
    CUMULATIVE,
    EVENT_CLASSES,
    FIGURE_VERBS,
    GENERIC_NOUNS,
    LENGTH_DIMENSIONS,
    LENGTH_VERBS,
    LIGHT_VERBS,
    MEASURE_FORMS,
    NOT_HEADS,
    NOT_MEASURE_BEFORE,
    OBJECT_CLASSES,
    OF_QUANTIFIERS,
    PERSON_GROUPS,
    PRICE_WORDS,
    REACTION_VERBS,
    ROLES,
    SHARE_NOUNS,
    SPEECH_VERBS,
    SUBSET_CUES,
    THINGS,
    VEHICLES,
)
from claimcheck._words.nouns import singular
from claimcheck._words.units import DIMENSIONS
from claimcheck.extraction import _build
from claimcheck.extraction._names import person_before
from claimcheck.model import Claim, DateValue, Frame, Quantity, Source

__all__ = ["attach_frames", "date_topic", "frame_of", "topic"]

#: :func:`singular`, remembered: the same heads recur claim after claim.
_singular = functools.lru_cache(maxsize=4096)(singular)

#: Claim kinds whose value is a quantity.
QUANTITY_KINDS = frozenset({"count", "amount", "ordinal", "duration"})

#: A word (letters, inner apostrophes, dots and hyphens), a figure, a comma or a stop. Each
#: optional tail is tried first, as the longer of two alternatives would be.
_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z'’.-]*[A-Za-z])?|\d(?:[\d,.]*\d)?|[;:()\[\]–—,]|--")
_HARD = frozenset(";:()[]–—") | {"--"}
_SOFT = frozenset({"and", "but", "while", "or", "whereas"})
_WINDOW = 8
_GROWTH = re.compile(
    r"\b(?:so far|to date|thus far|up to now|until now|in total|a total of|cumulative|"
    r"toll)\b",
    re.IGNORECASE,
)
#: One of these is in every ASCII text (lower-cased) where ``_GROWTH`` matches: a cheap first test.
_GROWTH_GATE = (
    "so far", "to date", "thus far", "up to now", "until now", "in total", "a total of", "cumulative", "toll",
)  # fmt: skip
_PLACE_PREPS = frozenset({"in", "at", "near", "across", "outside", "inside"})
#: Words a figure's place needs one of nearby.
_PLACE_CUES = _PLACE_PREPS | {"among"}
_WEEKDAY_LOWS = frozenset(w.lower() for w in WEEKDAYS)
_NOT_PLACES = (
    frozenset(MONTH_NUMBERS)
    | frozenset(w.lower() for w in WEEKDAYS)
    | frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "all", "i"})
)
#: Words that qualify a figure ("among about 400", "among nearly 50"), never a group.
_QUALIFIER_WORDS = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "over", "under", "approximately", "at", "up"}
)
#: Words a figure's period needs one of nearby (besides a year).
_PERIOD_CUES = frozenset({"last", "this", "next"})
_PERIOD_PREPS = frozenset({"in", "during", "for", "of", "through", "until", "by", "over"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_PERIOD_REACH = 4
#: How far a speech verb (said [on] Tuesday, told reporters on Tuesday) or a reaction verb
#: with its object (condemned the attack on Tuesday) may be from the date it dates.
_SPEECH_REACH = 2
_REACTION_REACH = 4
#: Prepositions that open a sentence with its date ("On March 3, ...", "In 2013, ...").
_FRONTING_PREPS = frozenset({"on", "in", "at", "by", "during"})
#: How far a verb may be from a date to name the event it dates ("was convicted in June").
_EVENT_REACH = 4
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:been\s+|now\s+|just\s+)?[a-z]+(?:ed|en|ned|igned)\b", re.IGNORECASE
)
_RELATIVE_YEARS = {"last year": -1, "this year": 0, "next year": 1, "a year earlier": -1}
#: Words naming one day a figure holds for ("Saturday's protests", "on Wednesday",
#: "yesterday"), each -> the period it gives (a possessive reads as its day).
_DAY_WORDS: dict[str, str] = {
    form: day for day in (*WEEKDAYS, "yesterday") for form in (day, f"{day}'s", f"{day}’s")
} | {f"{w}{s}": w for w in ("week", "weekend", "night") for s in ("", "'s", "’s")}
#: The words before ``week``, ``weekend`` or ``night`` that make it one period ("last week's").
_DAY_CUES = frozenset({"last", "this"})
#: How far a day may be after the figure it dates ("61 arrests during Friday's
#: marches"): further than a year may, inside the figure's clause; before it, a
#: day is most often another verb's ("On Monday a court jailed the man who
#: shot three"), so only a day right before the figure counts ("Saturday's 86 arrests", "On
#: Saturday, 86 were arrested").
_DAY_REACH = 6
_DAY_REACH_BEFORE = 3
_IRREGULAR_PAST = frozenset(
    [
        "held",
        "met",
        "began",
        "begun",
        "struck",
        "hit",
        "took",
        "made",
        "went",
        "came",
        "fell",
        "shot",
        "won",
        "lost",
        "built",
        "sold",
        "left",
        "ran",
        "broke",
        "opened",
        "signed",
        "killed",
        "died",
        "rose",
        "grew",
        "stood",
    ]
)
_HEDGE = re.compile(
    r"\b(?:reportedly|unconfirmed|allegedly|rumou?red|estimated|an estimate|believed to|thought to|"
    r"may have|might have|could have|may be|might be|could be|as many as|up to|unverified)\b",
    re.IGNORECASE,
)
#: One of these is in every ASCII text (lower-cased) where ``_HEDGE`` matches: a cheap first test.
_HEDGE_GATE = (
    "reportedly", "unconfirmed", "allegedly", "rumo", "estimate", "believed to", "thought to", "may ",
    "might ", "could ", "as many as", "up to", "unverified",
)  # fmt: skip
_SIGNED_DOCUMENTS = frozenset({"agreement", "declaration", "memorandum", "protocol", "charter"})
_DATELINE_HEAD = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Za-z .]{2,30})?\s*(?:\([A-Za-z .]+\))?\s*[-–—,]*\s*$"
)
_STAMP_HEAD = re.compile(
    r"^\s*(?:posted|published|updated|last updated|last modified|first published)\b[^.]{0,20}$",
    re.IGNORECASE,
)


#: What a token is to the scan around a figure (:func:`_scan`).
_WORD, _YEAR_WORD, _COMMA, _SOFT_WORD, _STOP, _FIGURE = range(1, 7)  # all true: ``_KINDS.get(t) or ...``
#: The kinds the scan counts as words, figures stopping it (``numbers_stop``) or not.
_SCAN_WORDS = {True: frozenset({_WORD, _YEAR_WORD}), False: frozenset({_WORD, _YEAR_WORD, _FIGURE})}


class _Sentence:
    """One sentence read for frames, once: every claim of the sentence reads the same tokens
    (a date several times: its status, its event, its clause).

    Attributes:
        text: the sentence's text.
        offset: where it starts in the source text.
        words: its tokens' words.
        lows: each word lower-cased.
        kinds: each token's part in the scan around a figure (:func:`_scan`).
        measures: each token's lexicon class (of the two words starting there, else of the
            word; see :func:`_measure_at`), None for a word the lexicon lacks.
        hedged: the sentence hedges its claims.
        growing: the sentence speaks of a running total.
        has_period: a year, ``last``, ``this`` or ``next`` is among its words (else no
            figure of it has a period).
        has_place: a place preposition or ``among`` is among its words (else no figure of
            it has a place).
    """

    __slots__ = (
        "_around", "_ends", "_starts", "growing", "has_period", "has_place", "hedged", "kinds", "lows",
        "measures", "offset", "text", "words",
    )  # fmt: skip

    def __init__(self, text: str, offset: int) -> None:
        self.text = text
        self.offset = offset
        # each per-token list is built by ``map`` over a method or a lookup: no Python step per token
        found = list(_TOKEN.finditer(text))
        self._starts = list(map(re.Match.start, found))
        self._ends = list(map(re.Match.end, found))
        self.words = list(map(re.Match.group, found))
        self.lows = lows = list(map(str.lower, self.words))
        self.kinds = kinds = list(map(_KINDS.get, lows, itertools.repeat(_WORD)))
        for i in _indices(map(str.isdigit, map(_FIRST_CHAR, lows))):  # the figures and years
            kinds[i] = _number_kind(lows[i])
        self.measures = measures = list(map(MEASURE_FORMS.get, lows))
        if not _PAIR_FIRSTS.isdisjoint(lows):
            for i in _indices(map(_PAIR_FIRSTS.__contains__, lows[:-1])):
                if (pair := f"{lows[i]} {lows[i + 1]}") in MEASURE_FORMS:
                    measures[i] = MEASURE_FORMS[pair]
        if not NOT_MEASURE_BEFORE.keys().isdisjoint(lows):
            # "the toll road", "carried out": a charge, another verb; no toll, no carrying
            for i in _indices(map(NOT_MEASURE_BEFORE.__contains__, lows[:-1])):
                if lows[i + 1] in NOT_MEASURE_BEFORE[lows[i]]:
                    measures[i] = None
        self._around: dict[tuple[int, int, bool], list[tuple[int, int]]] = {}
        low = text.lower() if text.isascii() else None
        self.hedged = _mentions(text, low, _HEDGE_GATE, _HEDGE)
        self.growing = _mentions(text, low, _GROWTH_GATE, _GROWTH)
        self.has_period = (
            _YEAR_WORD in kinds or not _PERIOD_CUES.isdisjoint(lows) or not _DAY_WORDS.keys().isdisjoint(lows)
        )
        self.has_place = not _PLACE_CUES.isdisjoint(lows)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The indices ``first, last`` of the tokens that overlap ``start:end`` (source offsets)."""
        start -= self.offset
        first = bisect.bisect_right(self._ends, start)  # the first token ending after ``start``
        return first, bisect.bisect_left(self._starts, end - self.offset, first)  # the first from ``end`` on

    def around(self, first: int, last: int, *, numbers_stop: bool = True) -> list[tuple[int, int]]:
        """:func:`_scan` around ``tokens[first:last]``, computed once per value (do not change it)."""
        key = (first, last, numbers_stop)
        found = self._around.get(key)
        if found is None:
            found = self._around[key] = _scan(self.kinds, first, last, numbers_stop=numbers_stop)
        return found


def _mentions(text: str, low: str | None, gate: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """``pattern`` is found in ``text``; ``low`` is ``text`` lower-cased when it is ASCII (there the
    pattern can only match where a word of ``gate`` is: most texts need no search)."""
    if low is not None:
        for word in gate:  # a plain loop of ``in`` tests: faster than any() or one regex here
            if word in low:
                break
        else:
            return False
    return pattern.search(text) is not None


#: The part of each comma, conjunction and stop in the scan (a lower-cased token); the other
#: tokens are figures or words (:func:`_number_kind`).
_KINDS = {",": _COMMA} | dict.fromkeys(_SOFT, _SOFT_WORD) | dict.fromkeys(_HARD, _STOP)


_FIRST_CHAR = operator.itemgetter(0)


def _indices(flags: Iterable[bool]) -> Iterator[int]:
    """The indices of the true ``flags`` (a C-level loop: no Python step per flag)."""
    return itertools.compress(itertools.count(), flags)


def _number_kind(word: str) -> int:
    """A year, or another figure: the part of a token that starts with a digit."""
    return _YEAR_WORD if _YEAR.fullmatch(word) else _FIGURE


@functools.lru_cache(maxsize=64)
def _sentence(text: str, offset: int) -> _Sentence:
    """The sentence ``text`` at ``offset``, read once (cached: every claim of it asks)."""
    return _Sentence(text, offset)


def _is_number(word: str) -> bool:
    return word[0].isdigit()


def _scan(kinds: Sequence[int], first: int, last: int, *, numbers_stop: bool = True) -> list[tuple[int, int]]:
    """Token indices around ``tokens[first:last]`` (the value), each with its distance.

    Distance counts the words between; a comma adds 3 and a conjunction 2; a semicolon,
    colon, bracket or dash stops the scan, and so does another figure (its words are its own)
    unless ``numbers_stop`` is false. At most ``_WINDOW`` words on each side.
    ``kinds`` holds each token's part (:class:`_Sentence`).
    """
    out: list[tuple[int, int]] = []
    words = _SCAN_WORDS[numbers_stop]
    for indices in (range(first - 1, -1, -1), range(last, len(kinds))):
        cost = seen = 0
        for i in indices:
            kind = kinds[i]
            if kind in words:
                out.append((cost, i))
                seen += 1
                if seen == _WINDOW:
                    break
                cost += 1
            elif kind == _COMMA:
                cost += 3
            elif kind == _SOFT_WORD:
                cost += 2
            else:  # a stop, or another figure
                break
    out.sort()
    return out


#: The first words of the lexicon's two-word forms ("death toll"): no other word starts a pair.
_PAIR_FIRSTS = frozenset(k.split(" ")[0] for k in MEASURE_FORMS if " " in k)


def _measure_at(lows: Sequence[str], i: int) -> str | None:
    """The lexicon class of the word at ``i`` (or of the two words starting there)."""
    word = lows[i]
    if i + 1 < len(lows) and word in _PAIR_FIRSTS:
        pair = f"{word} {lows[i + 1]}"
        if pair in MEASURE_FORMS:
            return MEASURE_FORMS[pair]
    return MEASURE_FORMS.get(word)


def _place(sent: _Sentence, around: list[tuple[int, int]]) -> str:
    if not sent.has_place:
        return ""
    words, lows = sent.words, sent.lows
    for _, i in around:
        word = lows[i]
        if word == "among" and i + 1 < len(words):
            nxt = lows[i + 1]
            if (
                words[i + 1].isalpha()
                and nxt not in _NOT_PLACES
                and nxt not in SUBSET_CUES
                and nxt not in GENERIC_NOUNS  # "among about 400 people": a qualifier
                and nxt not in _QUALIFIER_WORDS
            ):
                return f"among {nxt}"
        if word not in _PLACE_PREPS:
            continue
        j = i + 1
        if j < len(words) and lows[j] == "the":
            j += 1
        names: list[str] = []
        while j < len(words) and words[j][:1].isupper() and lows[j] not in _NOT_PLACES:
            word = words[j].rstrip(".").lower().replace("’", "'")
            if word.endswith("'s"):  # "in AMD's deal": an owner, not a place
                names = []
                break
            names.append(word)
            j += 1
        if names:
            return " ".join(names)
    return ""


def _period(sent: _Sentence, around: list[tuple[int, int]], published: object, at: int) -> tuple[str, bool]:
    """The period the figure holds for, and whether it is a total up to then ("by 2012").

    A period is a year ("in 2021", "last year"), or one day or week ("over the course of
    Saturday's protests": ``saturday``; "46 were arrested Wednesday night": ``wednesday``;
    "last week's quake": ``last week``). Only a year close to the figure counts (four words
    at most): a year further away belongs to another clause ("since they opened relations in
    1992"); a day may be six words after the figure (``at``, its first token) or right before
    it, never after a speech verb ("said Tuesday" dates the statement) and never after
    "since" (a running total from then).
    """
    if not sent.has_period:
        return "", False
    words, lows, kinds = sent.words, sent.lows, sent.kinds
    for cost, i in around:
        day = _day_period(lows, i) if cost <= (_DAY_REACH if i > at else _DAY_REACH_BEFORE) else None
        if day is not None:
            return ("", True) if day == "since" else (day, False)
        if cost > _PERIOD_REACH:
            continue
        word = words[i]
        if kinds[i] == _YEAR_WORD:
            prev = lows[i - 1] if i > 0 else ""
            nxt = lows[i + 1] if i + 1 < len(words) else ""
            if prev == "since":  # a running total from then until now
                return "", True
            if prev in _PERIOD_PREPS or (nxt.isalpha() and nxt in MEASURE_FORMS):
                return word, prev in ("by", "through", "until")
        if lows[i] in _PERIOD_CUES and i + 1 < len(words):
            phrase = f"{lows[i]} {lows[i + 1]}"
            if phrase in _RELATIVE_YEARS and hasattr(published, "year"):
                return str(published.year + _RELATIVE_YEARS[phrase]), False  # type: ignore[attr-defined]
    return "", False


def _day_period(lows: Sequence[str], i: int) -> str | None:
    """The day or week the word at ``i`` names as a figure's period, ``"since"`` for a
    running total from that day, or None (no such word, or the date of a statement)."""
    day = _DAY_WORDS.get(lows[i])
    if day is None:
        return None
    prev = lows[i - 1] if i > 0 else ""
    if day in ("week", "weekend", "night"):
        return f"{prev} {day}" if prev in _DAY_CUES else None
    if prev == "since":
        return "since"
    if not SPEECH_VERBS.isdisjoint(lows[max(0, i - 3) : i]):
        return None  # "said Tuesday", "told reporters on Tuesday": the statement's day
    return day


def _is_money(claim: Claim) -> bool:
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else None
    return claim.kind == "amount" and unit is not None and len(unit) == 3 and unit.isupper()


def _attributive_head(claim: Claim, lows: Sequence[str], last: int) -> str:
    """The noun a duration or ordinal describes when it stands before it ("the 44-day war",
    "his 60th birthday"), singular and lower-cased; ``""`` otherwise ("the war lasted 44 days")."""
    if claim.kind not in ("duration", "ordinal") or last >= len(lows) or not claim.subject:
        return ""
    head = claim.subject.split()[-1].lower()
    word = lows[last]
    if word != head and _singular(word) != _singular(head):
        return ""
    return _singular(head) if head.isalpha() else ""


#: Words before an adjective, never before a verb: "the allied declaration", "its armed forces".
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "these"})
#: Words before an attributive figure: "a 35 percent tariff", "its 20 percent stake".
_ATTRIBUTIVE_DETERMINERS = _DETERMINERS - {"these"}


def _is_head_word(word: str) -> bool:
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(low) > 2
        and low not in NOT_HEADS
        and low not in SPEECH_VERBS
        and not low.endswith(("ly", "ed"))
    )


def _named(words: list[str]) -> str:
    """A head with at most one modifier; a generic head needs its modifier ("tax rate")."""
    head = _singular(words[-1])
    if head in GENERIC_NOUNS or words[-1] in GENERIC_NOUNS:
        return f"{words[-2]} {head}" if len(words) > 1 and words[-2] not in GENERIC_NOUNS else ""
    return " ".join([*words[-2:-1], head])


def _phrase_noun(sent: _Sentence, first: int, last: int) -> str:
    """The noun an amount names when its words say nothing but a unit: the phrase right after
    it, behind an article ("a 30 percent effective tax rate": ``tax rate``), else the
    noun before "of" ("the legal limit of 0.08 percent": ``legal limit``; "a depth of 10
    km": ``depth``); ``""`` when neither is there. A head keeps one modifier before it."""
    words, lows = sent.words, sent.lows
    phrase: list[str] = []
    i = last
    # only after an article or a possessive ("a 35 percent tariff", "its 20 percent stake"): a
    # bare figure is often the subject of a verb ("40 percent went unused", "40 percent want")
    attributive = first > 0 and lows[first - 1] in _ATTRIBUTIVE_DETERMINERS
    while attributive and i < len(words) and len(phrase) < 3 and _is_head_word(words[i]):
        phrase.append(lows[i])
        i += 1
    if phrase:
        return _named(phrase)
    if first >= 2 and lows[first - 1] == "of":
        head = words[first - 2]
        if _is_head_word(head) and head.lower() not in OF_QUANTIFIERS:
            before = words[first - 3] if first >= 3 else ""
            modifier = [before.lower()] if before and _is_head_word(before) else []
            return _named([*modifier, head.lower()])
    return ""


def _share_noun(claim: Claim, sent: _Sentence, last: int) -> str:
    """The share, rate or change a bare percentage stands before ("would have 68 % overall
    market share": ``market share``, "38 percent support": ``support``); ``""`` otherwise."""
    value = claim.value
    if not isinstance(value, Quantity) or value.unit != "percent":
        return ""
    words, lows = sent.words, sent.lows
    phrase: list[str] = []
    i = last
    while i < len(words) and len(phrase) < 3 and _is_head_word(words[i]):
        phrase.append(lows[i])
        i += 1
    # the phrase ends at its share noun: "85 percent support among voters" (a preposition the
    # head-word test lets through follows it)
    ends = [k for k, word in enumerate(phrase) if _singular(word) in SHARE_NOUNS]
    if not ends:
        return ""
    end = ends[0]
    while end + 1 in ends:
        end += 1  # "59 percent unemployment rate": a share noun before another modifies it
    phrase = phrase[: end + 1]
    return _named(phrase) or phrase[-1]


#: Prepositions that may open a phrase after a figure's subject ("the rate for teenagers was").
_SUBJECT_PREPS = frozenset({"for", "of", "among", "in"})
#: Words between a verb and its figure ("rose to 5%", "stood at $3 billion").
_FIGURE_LINKS = frozenset({"to", "at", "by"})
_SUBJECT_REACH = 8


def _verb_subject(sent: _Sentence, first: int) -> str:
    """The subject of the verb a figure completes ("unemployment rose to 5%": ``unemployment``;
    "the unemployment rate for teenagers was 18.7 percent": ``unemployment rate``), a head with
    one modifier; ``""`` when no such verb stands right before the figure."""
    words, lows = sent.words, sent.lows
    i = first - 1
    if i >= 0 and lows[i] in _FIGURE_LINKS:
        i -= 1
    if i < 1 or lows[i] not in FIGURE_VERBS:
        return ""
    j = i - 1
    for k in range(i - 1, max(-1, i - 1 - _SUBJECT_REACH), -1):
        if words[k] in _HARD or words[k] == ",":
            break
        if lows[k] in _SUBJECT_PREPS:
            j = k - 1  # the noun before the phrase: "the rate [for teenagers] was"
    if j < 0 or not _is_head_word(lows[j]) or (j > 0 and not _is_head_word(words[j])):
        return ""
    lowered = j == 1 or (j > 1 and words[j - 1].islower())  # a capital opens only the sentence
    modifier = [lows[j - 1]] if j >= 1 and _is_head_word(lows[j - 1]) and lowered else []
    return _named([*modifier, lows[j]])


def _quantity_frame(claim: Claim, text: str, s: int, published: object) -> Frame:
    sent = _sentence(text, s)
    words, lows, measures = sent.words, sent.lows, sent.measures
    first, last = sent.span(claim.span.start, claim.span.end)
    around = sent.around(first, last)
    attributive = _attributive_head(claim, lows, last)
    if attributive:  # "the 44-day war", "her 60th birthday": the figure describes the noun
        period, _ = _period(sent, around, published, first)
        return Frame(noun=attributive, period=period, hedged=sent.hedged)
    measure = thing = ""
    thing_cost = _WINDOW
    cue = []
    length = _is_length(claim)
    moved = False
    if length:  # "threw for 364 yards", "falling about 200 feet": the verb of the length
        measure, word = _length_verb(sent, around, first)
        moved = bool(word)
        if moved:
            cue.append(word)
    money = _is_money(claim)
    for cost, i in around:
        found = measures[i]
        if found is None or (length and found in ROLES):
            continue  # a length is never a toll: "died after falling 200 feet"
        if found == "aboard" and (claim.kind != "count" or VEHICLES.isdisjoint(lows)):
            continue  # "400 Democrats on board the campaign", "carried the state 66%": no craft
        if i < first and not SPEECH_VERBS.isdisjoint(lows[i + 1 : first]):
            continue  # "residents said 14 miners ...": the speaker is not what is counted
        if i >= last and _before_figure(sent, i):
            continue  # "42 percent, while Trump received 38 percent": the next figure's verb
        if found in THINGS:
            if money and found in COUNTED_THINGS:
                continue  # "valued at $380,600" in "the city of Palmer": no sum of money is a population
            if not thing:
                thing, thing_cost = found, cost
                cue.append(words[i])
        elif not measure:
            measure = found
            cue.append(words[i])
        if measure and thing:
            break
    if not measure:  # a verb the lexicon lacks: "31 were vaccinated", "questioned 12"
        for cost, i in around:
            word = lows[i]
            # an irregular past only before the figure: "ran for 226 yards", not "left the port"
            past = (len(word) > 4 and word.endswith("ed")) or (word in _IRREGULAR_PAST and i < first)
            # a gerund right before money: "households making $100,000", "earning $6,000"
            earning = cost <= 1 and i < first and word.endswith("ing") and len(word) > 5 and money
            if (
                cost <= 3
                and (past or earning)
                and word not in SPEECH_VERBS
                and not _after_determiner(sent, i)  # "Stumpf's repeated emphasis": an adjective
                and not (i >= last and _before_figure(sent, i))
            ):
                measure = word
                cue.append(words[i])
                break
    subject = claim.subject.split()
    head = _singular(subject[-1].lower()) if subject else ""
    head_class = MEASURE_FORMS.get(head) or MEASURE_FORMS.get(subject[-1].lower() if claim.subject else "")
    noun = ""
    if head_class in THINGS:
        noun = head_class or ""
    elif (head_class in ROLES and not length) or head_class in ACTIONS:
        measure = measure or head_class or ""
    elif head and head not in GENERIC_NOUNS and head.isalpha() and len(head) > 3 and not head.endswith("ed"):
        # a participle ("caught") or a fragment ("ers" of "76ers") counts nothing
        noun = head
    if not noun and head == "member":
        noun = _group_modifier(subject[-1].lower(), claim.detail or "")  # "crew members": crew
    if noun in PERSON_GROUPS and _joined_groups(claim.detail or ""):
        noun = ""  # "162 passengers and crew": everyone, no one group
    if thing and (not noun or thing_cost <= 1):  # "6.1 magnitude", "$5 billion in exports"
        noun = thing
    if length and noun in ("", "measure"):
        # "200 feet tall", "17 miles from the city", "a two-yard run": what the length is of
        noun = _length_dimension(sent, last, moved) or _phrase_noun(sent, first, last) or noun
    if not noun and claim.kind == "amount" and measure not in ROLES:
        # a percentage, a measure or money whose words give only the unit
        noun = _phrase_noun(sent, first, last) or _share_noun(claim, sent, last) or _verb_subject(sent, first)
    if _is_money(claim) and (noun in PRICE_WORDS or (measure in PRICE_WORDS and noun not in THINGS)):
        # "buy ATI for $5.4 billion", "paying $5.4 billion", "a $5.4 billion deal", "in cash":
        # the price of one purchase, whichever word the outlet used
        noun = "price"
        measure = "" if measure in PRICE_WORDS else measure
    elif _is_money(claim) and measure == "lost" and noun not in THINGS:
        noun, measure = "loss", ""  # "lost $916 million" is the "$916 million loss"
    place = _place(sent, around)
    if not SUBSET_CUES.isdisjoint(lows[max(0, first - 3) : first]):
        place = "part of a larger figure"
    period, by = _period(sent, around, published, first)
    by = by or ("since" in lows and any(lows[i] == "since" for cost, i in around if cost <= 2))
    cumulative = by or measure in CUMULATIVE or sent.growing
    # Frame(measure=..., noun=..., ..., status="fact"), built without its per-field lookups
    cues = " ".join(cue)
    return _build.frame(measure, noun, place, period, bool(cumulative), "fact", cues, sent.hedged, "")


def _group_modifier(head: str, detail: str) -> str:
    """The group of people ``members`` are of, by the word before it in the count's phrase
    ("crew members": ``crew``; not "board members"), else ``""``."""
    words = detail.lower().split()
    if head not in words[1:]:
        return ""
    before = _singular(words[words.index(head, 1) - 1])
    return before if before in PERSON_GROUPS else ""


def _joined_groups(detail: str) -> bool:
    """Whether a count's phrase joins two groups of people with "and" ("passengers and
    crew", "students and teachers"): the figure counts them all, people of no one group."""
    words = detail.lower().split()
    if "and" not in words[1:-1]:
        return False
    k = words.index("and")
    return _singular(words[k - 1]) in PERSON_GROUPS and _singular(words[k + 1]) in PERSON_GROUPS


#: Words between a verb and the figure it takes as its object ("received about 38 percent",
#: "got at least 40", "rose to 38 percent"); never "by" ("rescued by 10am": a time).
_GOVERNED_GAP = _QUALIFIER_WORDS | {"only", "just", "more", "less", "than", "least", "to"}
#: Words before an adjective ("the repeated calls", "its revived parliament"); not "that", which
#: is most often a relative pronoun before a verb ("a fire that caused $1 million in damage").
_ADJECTIVE_DETERMINERS = _DETERMINERS - {"that"}


def _before_figure(sent: _Sentence, i: int) -> bool:
    """Whether the word at ``i`` stands right before a figure of its own ("Trump received 38
    percent", "got about 40"), at most two words of degree between: it is that figure's verb
    or noun, not the verb of a figure before it."""
    kinds, lows = sent.kinds, sent.lows
    for j in range(i + 1, min(len(kinds), i + 4)):
        if kinds[j] == _FIGURE:
            return True
        if lows[j] not in _GOVERNED_GAP:
            return False
    return False


#: Words whose "'s" is "is" or "has", not a possessive ("it's believed", "he's signed").
_CONTRACTED = frozenset({"it", "that", "there", "he", "she", "what", "who", "where", "here", "let"})


def _after_determiner(sent: _Sentence, i: int) -> bool:
    """Whether the word at ``i`` follows a determiner or a possessive ("the repeated calls",
    "Stumpf's repeated emphasis"): a participle there is an adjective, not a verb."""
    if i == 0:
        return False
    before = sent.lows[i - 1]
    if before.endswith(("'s", "’s")):
        return before[:-2] not in _CONTRACTED  # "it's believed to be": a verb
    return before in _ADJECTIVE_DETERMINERS


def _is_length(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Quantity) and DIMENSIONS.get(value.unit or "") == "length"


#: How far a verb may stand before the length it governs ("threw for 364 yards": one word;
#: "dragging the woman about 10 feet": two).
_LENGTH_VERB_REACH = 3


def _length_verb(sent: _Sentence, around: list[tuple[int, int]], first: int) -> tuple[str, str]:
    """The class of the verb of motion or extent a length completes, and the verb ("rushed for
    over 100 yards": ``ran``; "fallen some 700 metres": ``fell``), or ``("", "")``: the
    nearest such verb before the figure in its clause, at most three words before it."""
    lows = sent.lows
    for cost, i in around:
        if cost > _LENGTH_VERB_REACH:
            break
        if i < first and (found := LENGTH_VERBS.get(lows[i])) is not None:
            return found, sent.words[i]
    return "", ""


def _length_dimension(sent: _Sentence, last: int, moved: bool) -> str:
    """The dimension the word right after a length names ("200 feet tall": ``height``; "two
    miles away", "55 km west of": ``distance``), past a bracketed conversion ("17 miles (27 km)
    from"); ``""`` for none. ``from`` and ``off`` name a distance only when no verb moved
    along the length (``moved``): "fell 200 feet from a ridge" is a fall."""
    lows = sent.lows
    i = last
    if i < len(lows) and lows[i] == "(":  # "17 miles (27 km) from": the conversion is the length's
        i = lows.index(")", i) + 1 if ")" in lows[i : i + 6] else len(lows)
    if i >= len(lows):
        return ""
    word = lows[i]
    if moved and word in ("from", "off"):
        return ""
    return LENGTH_DIMENSIONS.get(word, "")


#: Pronouns that hold a figure for a person named before ("He has 53 catches", "his 3 goals").
_PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her"})


def _pronoun_held(claim: Claim, text: str, s: int) -> bool:
    """Whether a pronoun of a person stands in the figure's clause ("He has 53 catches",
    "fell 700 metres to his death") or is its sentence's subject ("But he missed 10 games
    and had ... 29 catches"): its holder is then the person named before."""
    sent = _sentence(text, s)
    lows = sent.lows
    if _PERSON_PRONOUNS.isdisjoint(lows):
        return False
    first, last = sent.span(claim.span.start, claim.span.end)
    if any(lows[i] in _PERSON_PRONOUNS for _, i in sent.around(first, last, numbers_stop=False)):
        return True
    # the sentence's subject: "He has rushed for 150 yards ..., when he had ... five catches"
    opening = 1 if lows and lows[0] in _OPENERS else 0
    return opening < first and lows[opening] in ("he", "she")


#: Words that may open a sentence before its subject ("But he missed 10 games").
_OPENERS = frozenset({"but", "and", "then", "still", "so", "yet"})


def _is_verb(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _event_verb(sent: _Sentence, i: int) -> str:
    """The lower-cased verb at ``tokens[i]`` when it can name the event a date dates; ``""``
    for a name ("United"), a light verb ("expected") or a word that is no past form."""
    words = sent.words
    word = words[i]
    low = sent.lows[i]
    if low in LIGHT_VERBS or low in SPEECH_VERBS or low in REACTION_VERBS or not _is_verb(low):
        return ""
    if word[:1].isupper() and i > 0 and words[i - 1] not in ".!?":
        return ""  # a capitalised word inside a sentence is a name, not a verb
    if i > 0 and sent.lows[i - 1] in _DETERMINERS:
        return ""  # "the allied declaration": an adjective
    if low not in EVENT_WORDS and low not in _IRREGULAR_PAST and len(low) <= 4:
        return ""
    return low


def _date_event(claim: Claim, text: str, s: int) -> tuple[str, int]:
    """The nearest verb of the date's own clause that names an event, and its distance.

    Another figure between stops the search: in "sales reached $3 billion in 2021" the year
    is the period of the figure, not the date of a "reaching" event.
    """
    sent = _sentence(text, s)
    first, last = sent.span(claim.span.start, claim.span.end)
    # a date that opens its sentence dates the main clause's verb, a day ("On March 3, Obama
    # directed") as a year or a month ("In 2013, the legislature repealed the law")
    fronted = _fronted_event(sent, first, last)
    if fronted is not None:
        return fronted, 0
    for cost, i in sent.around(first, last):
        if i >= last and _next_conjunct(sent, last, i):
            continue  # "would declare it by March and suggested ...": the next conjunct's verb
        verb = _event_verb(sent, i)
        if verb:
            return verb, cost
    return "", _WINDOW


#: Conjunctions after a date that open the next conjunct (its verbs are not the date's).
_CONJUNCTS = frozenset({"and", "but"})


def _next_conjunct(sent: _Sentence, last: int, at: int) -> bool:
    """The word at ``at``, after the date ending before ``last``, lies past an "and" or a "but"
    that opens another conjunct ("would declare it by March and suggested ..."), not one that
    joins dates or figures ("between January 1 and March 3", "in 2019 and 2020")."""
    lows, kinds = sent.lows, sent.kinds
    for j in range(last, at):
        if lows[j] in _CONJUNCTS:
            after = lows[j + 1]
            if kinds[j + 1] in (_FIGURE, _YEAR_WORD) or after in MONTH_NUMBERS or after in _WEEKDAY_LOWS:
                continue  # "March and April", "2019 and 2020": a second date
            return True
    return False


def _fronted_event(sent: _Sentence, first: int, last: int) -> str | None:
    """For a date that opens its sentence ("On March 3, the council repealed the law"), the
    main clause's first event verb: ``""`` when it has none, or when a figure follows the
    verb ("In 2021, sales reached $3 billion": the year is the figure's period); None for a
    date that does not open its sentence."""
    words, lows = sent.words, sent.lows
    if first > 1 or last >= len(words) or words[last] != ",":
        return None
    if first == 1 and lows[0] not in _FRONTING_PREPS:
        return None
    for i in range(last + 1, min(len(words), last + 1 + _WINDOW)):
        word = words[i]
        if word in _HARD or word == "," or lows[i] in SPEECH_VERBS:
            return ""
        verb = _event_verb(sent, i)
        if verb:
            after = words[i + 1 : i + 6]
            if any(_is_number(w) for w in after if w not in _HARD):
                return ""
            return verb
    return ""


def _clause_words(claim: Claim, text: str, s: int, reach: int = _WINDOW) -> frozenset[str]:
    sent = _sentence(text, s)
    first, last = sent.span(claim.span.start, claim.span.end)
    lows = sent.lows
    return frozenset([lows[i] for cost, i in sent.around(first, last, numbers_stop=False) if cost <= reach])


#: The events the date readers name (the values of their event-word table).
_EVENTS = frozenset(EVENT_WORDS.values())
#: Each such event's words in the table ("opened", "inaugurated" for ``open``).
_EVENT_FORMS = {
    event: frozenset(form for form, key in EVENT_WORDS.items() if key == event) for event in _EVENTS
}

#: Words that say the dated event is another instance than the story's ("another strong quake
#: hit in 1996", "similar quakes that hit the town in 2002"): such a date dates no fact.
_OTHER_INSTANCE = frozenset({"another", "similar", "previous", "prior"})
_OTHER_REACH = 6


def _date_status(claim: Claim, text: str, s: int) -> tuple[str, str]:
    """``fact``, ``statement``, ``reaction`` or ``dateline``, and the word that decided it."""
    head = text[: claim.span.start - s]
    near_start = claim.span.start - s <= 80
    if claim.subject == "dateline" or (
        near_start and (_DATELINE_HEAD.match(head) or _STAMP_HEAD.match(head))
    ):
        return "dateline", "dateline"
    sent = _sentence(text, s)
    words = sent.words
    first, last = sent.span(claim.span.start, claim.span.end)
    key = claim.subject.split()[0] if claim.subject else ""
    event = key not in REPORTING and key in _EVENTS
    told = ""  # the event verb of a clause whose teller follows the date
    for cost, i in sent.around(first, last, numbers_stop=False):
        if i >= last and _next_conjunct(sent, last, i):
            continue  # "by March and suggested ...", "in May but said ...": another clause's verb
        word = sent.lows[i]
        if word in SPEECH_VERBS and (cost <= _SPEECH_REACH or not event):
            if i > last and (attributed := _attributed_event(sent, first, last, i)):
                told = told or attributed
                continue  # "was struck in Oct. 2011, police said": the date is the striking's
            # "said Tuesday", "told reporters on Tuesday": the date of the statement; but a
            # fresh event told in the present perfect is dated by its report ("have signed
            # ..., Azertag reported on February 22")
            if event and _PERFECT.search(text) is not None:
                return "fact", f"{words[i]} (event in the present perfect)"
            return "statement", words[i]
        if word in REACTION_VERBS and cost <= _REACTION_REACH:
            return "reaction", words[i]
        if _is_verb(word) and (word in EVENT_WORDS or word in _IRREGULAR_PAST or len(word) > 4):
            if word in SPEECH_VERBS or word in REACTION_VERBS:
                continue
            return "fact", words[i]
    if told:
        return "fact", told
    if key in REPORTING and len(claim.subject.split()) == 1:
        return "statement", key
    return "fact", ""


def _attributed_event(sent: _Sentence, first: int, last: int, at: int) -> str:
    """When the speech verb at ``at``, after the date, only tells who reported the date's
    clause ("the man was shot in March, police said"), that clause's event verb (the word as
    written), else ``""``: a comma must lie between the date and the speech verb, and an event
    verb stand before the date in its own clause. A date with no verb before it ("On Tuesday,
    officials said", "In a statement Monday, the ministry said") stays the statement's."""
    if "," not in sent.words[last:at]:
        return ""
    for i in range(first - 1, -1, -1):
        word = sent.words[i]
        if word in _HARD or word == "," or sent.lows[i] in SPEECH_VERBS:
            return ""
        if "-" not in word and _event_verb(sent, i):  # "government-financed": an adjective
            return word
    return ""


def _date_frame(claim: Claim, text: str, s: int) -> Frame:
    frame = _date_frame_of(claim, text, s)
    return evolve(frame, hedged=True) if _sentence(text, s).hedged else frame


def _date_frame_of(claim: Claim, text: str, s: int) -> Frame:
    status, cue = _date_status(claim, text, s)
    sent = _sentence(text, s)
    first, _ = sent.span(claim.span.start, claim.span.end)
    if status == "fact" and first > 0 and sent.lows[first - 1] == "since":
        # "a war waged since 1955", "closed since March": the start of a state, not the
        # date of the clause's event (the dying, the closing)
        return Frame(status=status, cue="since")
    if status == "fact" and _OTHER_INSTANCE & _clause_words(claim, text, s, _OTHER_REACH):
        return Frame(status=status, cue=cue)  # another instance of the event: no fact of the story's
    words = claim.subject.split()
    if status == "fact" and _dated_noun(claim, sent):
        # "the June 2010 launch", "Sunday's Sept. 11 memorial service": the noun is the event
        return Frame(noun=claim.subject, status=status, cue=cue)
    verb, verb_cost = _date_event(claim, text, s) if status == "fact" else ("", _WINDOW)
    near = verb if verb_cost <= _EVENT_REACH else ""
    if not words or claim.subject in ("date", "dateline"):
        # the date reader named no event: a verb of the date's own clause may ("the new
        # crossing was inaugurated on 12 March", "he was convicted in June 1998")
        event = EVENT_CLASSES.get(cue.lower()) if status == "fact" else None
        measure = event or EVENT_CLASSES.get(near, near)
        # else the noun the date follows: "the Clean Air Act of 1970", "the floods of 1993"
        noun = _noun_before_date(sent, first) if not measure and status == "fact" else ""
        return Frame(measure=measure, noun=noun, status=status, cue=cue)
    key = words[0]
    if key in REPORTING and status == "fact" and cue:
        # the reader fell back on a reporting verb, but a verb nearer the date dates it
        # ("the summit took place on 3 May, she said")
        return Frame(measure=EVENT_CLASSES.get(cue.lower(), cue.lower()), status=status, cue=cue)
    if key in _EVENTS or key in EVENT_CLASSES:
        measure = EVENT_CLASSES.get(key, key)
        obj = _singular(words[-1]) if len(words) > 1 else ""
        forms = _EVENT_FORMS.get(key, frozenset()) | {key}
        if near and near not in forms and not forms & _clause_words(claim, text, s):
            # the reader's event word lies outside the date's clause, a verb inside it
            # dates it ("filed for bankruptcy in 2015 - ... - regulators were prepared")
            measure, obj = EVENT_CLASSES.get(near, near), ""
    else:  # a document noun alone: "the declaration of 22 February"; "repealed the law in 2013"
        measure, obj = EVENT_CLASSES.get(near, near), _singular(words[-1])
    noun = OBJECT_CLASSES.get(obj, obj)
    if noun in GENERIC_NOUNS:
        noun = ""
    if noun and len(words) > 2 and re.search(rf"\b{re.escape(words[-2].capitalize())}\b", text):
        noun = f"{words[-2]} {noun}"  # a named document: the Shusha Declaration is not any declaration
    if not measure and noun in _SIGNED_DOCUMENTS:
        measure = "sign"  # a document's own date ("the declaration of 22 February") is its signing
    return Frame(measure=measure, noun=noun, status=status, cue=cue)


#: Nouns a date after "of" only places in time ("the summer of 2010", "the end of March", "the
#: night of Sept. 13"): no event of their own.
_TIME_NOUNS = frozenset(
    {
        "summer", "spring", "fall", "autumn", "winter", "end", "beginning", "start", "middle", "half",
        "early", "late", "course", "rest", "part", "period", "time", "decade", "century", "era", "season",
        "session", "term", "date", "dates", "deadline", "ides", "night", "morning", "afternoon", "evening",
        "day", "weekend", "week", "month", "year", "quarter", "semester", "months", "years", "weeks",
    }
)  # fmt: skip
#: Participles that do not end in "-ed" ("made of", "born of"): a verb, not a noun.
_PARTICIPLES = frozenset(
    {
        "born", "taken", "given", "written", "seen", "chosen", "begun", "done", "known", "shown", "grown",
        "drawn", "thrown", "broken", "spoken", "stolen", "sworn", "driven", "risen", "fallen", "held",
        "made", "built", "sent", "set", "put", "won", "lost", "sold", "paid", "left", "met", "struck",
    }
)  # fmt: skip
#: How many capitalised words a name before "of <date>" may have ("the Clean Air Act of 1970").
_NAME_WORDS = 4


def _noun_before_date(sent: _Sentence, first: int) -> str:
    """The noun a date with no verb dates when it follows it through "of" ("the floods of
    1993": ``flood``; "the Clean Air Act of 1970": ``clean air act``), else ``""``. A noun of
    time ("the summer of 2010"), a participle or a verb is no such noun. Not through "in": the
    noun before "in" is as often a place or an object ("a shooting at a courthouse in 2005")."""
    words, lows = sent.words, sent.lows
    if first < 2 or lows[first - 1] != "of":
        return ""
    at = first - 2
    word, low = words[at], lows[at]
    if low in _TIME_NOUNS or low in _PARTICIPLES or low in MONTH_NUMBERS:
        return ""
    if _is_head_word(word) and not _is_verb(low):
        return _singular(low)
    if not word[:1].isupper() or not word.isalpha():
        return ""
    name = [low]
    k = at - 1
    while k >= 0 and len(name) < _NAME_WORDS and words[k][:1].isupper() and words[k].isalpha():
        name.insert(0, lows[k])
        k -= 1
    if k < 0:
        return ""  # the name opens the sentence: it may be any capitalised word
    return " ".join(name)


def _dated_noun(claim: Claim, sent: _Sentence) -> bool:
    """Whether the date's subject is the noun right after it, the date standing as its
    modifier ("the 2012 election", "a Jan. 21 memo"), as the date reader found it."""
    _, last = sent.span(claim.span.start, claim.span.end)
    subject = claim.subject.split()
    if not subject or last >= len(sent.lows) or claim.subject in ("date", "dateline"):
        return False
    after = sent.lows[last : last + len(subject)]
    return after == subject or (len(subject) == 1 and after[:1] == subject)


def frame_of(claim: Claim, source: Source) -> Frame | None:
    """The frame of ``claim`` read from its sentence in ``source``; None for quotes and articles.

    Args:
        claim: a claim of ``source``.
        source: the source it was read from (its text and publication date).

    Examples:
        >>> from claimcheck.model import Quantity, Source, Span
        >>> src = Source("s", "At least 31 people were killed in Kabul on Tuesday.")
        >>> c = Claim("c", "count", "people", Quantity(31), Span("s", 9, 11), Span("s", 0, 51))
        >>> f = frame_of(c, src)
        >>> (f.measure, f.noun, f.place)
        ('killed', '', 'kabul')
    """
    s, e = claim.sentence.start, claim.sentence.end
    if not (0 <= s <= claim.span.start and claim.span.end <= e <= len(source.text)):
        s, e = claim.span.start, claim.span.end
    text = source.text[s:e]
    if claim.kind in QUANTITY_KINDS and isinstance(claim.value, Quantity):
        frame = _quantity_frame(claim, text, s, source.published)
        if _pronoun_held(claim, text, s):
            frame = evolve(frame, holder=person_before(source.text, s))
        return frame
    if claim.kind == "date" and isinstance(claim.value, DateValue):
        return _date_frame(claim, text, s)
    return None


def attach_frames(source: Source, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` of ``source`` with their frames (the pass after the extractors)."""
    out = []
    for claim in claims:
        if claim.frame is None:
            found = frame_of(claim, source)
            if found is not None:
                claim = _with_frame(claim, found)
        out.append(claim)
    return out


def _with_frame(claim: Claim, frame: Frame) -> Claim:
    """``evolve(claim, frame=frame)``, without its per-call introspection (a tenth of the pass)."""
    if type(claim) is not Claim:
        return evolve(claim, frame=frame)
    return _build.claim_with(claim, claim.speaker, claim.attribution, frame)


def topic(frame: Frame | None, subject: str = "") -> str:
    """The block a framed claim is compared in: its role (``killed``), else its thing or noun,
    else its action; ``""`` when the frame is generic (such a claim joins no fact).

    Examples:
        >>> topic(Frame(measure="killed", noun="troops"))
        'killed'
        >>> topic(Frame(measure="signed", noun="agreements"))
        'agreements'
        >>> topic(Frame(noun=""))
        ''
    """
    if frame is None:
        return subject
    if frame.status != "fact":
        return ""
    if frame.measure in ROLES:
        return frame.measure
    return frame.noun or frame.measure


def date_topic(frame: Frame | None, subject: str = "") -> str:
    """The block of a framed date: the event it dates (``sign``); ``""`` for a date that is
    not a fact (a statement's, a reaction's, a dateline) or dates nothing named.

    Examples:
        >>> date_topic(Frame(measure="sign", noun="agreement"))
        'sign'
        >>> date_topic(Frame(measure="say", status="statement"))
        ''
    """
    if frame is None:
        return subject
    if frame.status != "fact":
        return ""
    return frame.measure or frame.noun
