"""Relating two claims: are they about one fact, and do they agree, conflict or update?

:func:`same_fact` decides whether two claims sharing a block are about one thing. It refuses,
whatever their words share, two claims whose frames differ: different roles (killed vs
injured), counted nouns (soldiers vs civilians), places (two cities; a part, "including 5
children", vs the whole), periods (2021 vs 2022 sales) or events; and two claims whose
sentences name different people or places and have little else in common (similar events
of one story). Dates of statements, reactions and datelines never join a fact.

:func:`relate` then compares values by meaning: quantities by their bounds and qualifiers
(a round figure in millions agrees with the figures it rounds), dates by precision, article
provisions and quotes by their text. A quantity that changes over time (a running total, or
a figure the text says rose) forms a series: a later different figure *updates* the earlier
one; two different figures for the same time conflict; a running total that falls is
flagged as a conflict.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import re
from collections.abc import Mapping
from typing import NamedTuple

from rapidfuzz import fuzz, utils

from claimcheck._words.frames import ACTIONS, GENERIC_NOUNS, MEASURE_FORMS, PERSON_GROUPS, ROLES, THINGS
from claimcheck._words.nouns import singular
from claimcheck._words.places import within
from claimcheck.linking.blocking import block_key, instrument_key
from claimcheck.linking.context import content_words, cosine, term_counts
from claimcheck.linking.figures import (
    another,
    capacity,
    change,
    charge,
    conditional,
    converted,
    family,
    gap,
    in_name,
    instance,
    listed,
    moment,
    named_after,
    nearness,
    per_unit,
    rate,
    scope,
    score_part,
    selection,
    span,
    threshold,
)
from claimcheck.linking.holders import holder, holders_differ
from claimcheck.linking.wording import canonical, without_referring
from claimcheck.model import ArticleRef, Claim, DateValue, Frame, Quantity

__all__ = [
    "BOUND_REACH",
    "CONFLICT_CONTEXT",
    "EVENT_WORDS",
    "FIGURE_WORDS",
    "PART",
    "Decision",
    "frame_conflict",
    "may_conflict",
    "names_differ",
    "relate",
    "same_fact",
]

#: The place of a figure that is part of a larger one ("including 5 children").
PART = "part of a larger figure"

#: Words telling that a figure changed: the sentence holding them gives the later figure.
_CHANGE = re.compile(
    r"\b(?:so far|to date|thus far|presently|currently|at present|up to now|until now|already|"
    r"now|in total|a total of|as of|rose|risen|rising|climbed|jumped|increased|grew|reached|"
    r"topped|up from|revised|updated|latest)\b",
    re.IGNORECASE,
)
#: Words telling that a figure went down: only then is a lower later figure an update.
_DECREASE = re.compile(
    r"\b(?:fell|fallen|falling|dropped|declined|decreased|down|lowered|revised down|cut|shrank|eased)\b",
    re.IGNORECASE,
)
#: Words telling that a figure is an earlier one in its own source.
_EARLIER = re.compile(r"\b(?:initially|earlier|at first|previously|had been|first reported)\b", re.IGNORECASE)


class Decision(NamedTuple):
    """How two claims relate: ``relation``, ``similarity`` in [0, 1], a readable ``reason``,
    and for ``updates`` the id of the ``newer`` claim (the one that updates the other)."""

    relation: str
    similarity: float
    reason: str
    newer: str | None = None


def frame_conflict(fa: Frame | None, fb: Frame | None) -> str | None:
    """Why two frames cannot be one fact (a short reason), or None when they may be.

    Examples:
        >>> frame_conflict(Frame(measure="killed"), Frame(measure="injured"))
        'killed vs injured'
        >>> frame_conflict(Frame(measure="killed", place="kabul"), Frame(measure="killed"))
        >>> kabul = Frame(measure="killed", place="kabul")
        >>> frame_conflict(kabul, Frame(measure="killed", place="afghanistan"))
        >>> frame_conflict(kabul, Frame(measure="killed", place="herat"))
        'kabul vs herat'
    """
    if fa is None or fb is None:
        return None
    if fa.status != "fact" or fb.status != "fact":
        return "not a fact"
    ma, mb = fa.measure, fb.measure
    lexical = ROLES | ACTIONS
    if ma and mb and ma != mb and ma in lexical and mb in lexical:
        return f"{ma} vs {mb}"
    if ma in ROLES or mb in ROLES:
        # "5 children killed" is not "31 people killed"; other nouns of a role are often
        # the extractor's guess ("Palestinians seeking shelter"): only groups of people count
        ga = fa.noun if fa.noun in PERSON_GROUPS else ""
        gb = fb.noun if fb.noun in PERSON_GROUPS else ""
        if ga != gb:
            return f"{ga or 'people'} vs {gb or 'people'}"
    elif fa.noun and fb.noun and fa.noun != fb.noun:
        return f"{fa.noun} vs {fb.noun}"
    if (fa.place == PART) != (fb.place == PART):
        return "a part vs the whole"
    if fa.place and fb.place and not (within(fa.place, fb.place) or within(fb.place, fa.place)):
        return f"{fa.place} vs {fb.place}"  # a city inside its country is not a different place
    if fa.period and fb.period and fa.period != fb.period and not _maybe_one_day(fa.period, fb.period):
        return f"{fa.period} vs {fb.period}"
    return None


#: Days told relative to the publication date: "last night" may be the Thursday another
#: outlet names.
_RELATIVE_DAYS = frozenset(
    {"yesterday", "last night", "this week", "last week", "last weekend", "this weekend"}
)


def _maybe_one_day(pa: str, pb: str) -> bool:
    """Whether two different periods may name one time: a relative day and a weekday or
    another relative day ("last night" and "thursday"); never two weekdays or two years."""
    if pa.isdigit() or pb.isdigit():
        return False
    return pa in _RELATIVE_DAYS or pb in _RELATIVE_DAYS


def _text_similarity(ta: str, tb: str, *, default: float) -> float:
    if not ta or not tb:
        return default
    return float(fuzz.token_set_ratio(ta, tb, processor=utils.default_process)) / 100


def same_fact(
    a: Claim,
    b: Claim,
    *,
    min_similarity: float = 0.1,
    vectors: Mapping[str, Mapping[str, float]] | None = None,
) -> float | None:
    """The similarity of two claims about one fact, or None when they are about different things.

    Args:
        a: a claim.
        b: another claim.
        min_similarity: the context cosine below which two claims whose sentences name
            different people or places (and share none) are different facts.
        vectors: claim id -> tf-idf vector of its sentence (:mod:`claimcheck.linking.context`).
    """
    key = block_key(a)
    if key is None or key != block_key(b):
        return None
    if a.kind == "article":
        va, vb = a.value, b.value
        ia = instrument_key(va.instrument) if isinstance(va, ArticleRef) else ""
        ib = instrument_key(vb.instrument) if isinstance(vb, ArticleRef) else ""
        if ia and ib and ia != ib:
            return None
        ta = va.text or "" if isinstance(va, ArticleRef) else ""
        tb = vb.text or "" if isinstance(vb, ArticleRef) else ""
        return _text_similarity(ta, tb, default=1.0)
    if a.kind == "quote":
        sim = _text_similarity(str(a.value), str(b.value), default=0.0)
        return sim if sim >= 0.8 else None
    if frame_conflict(a.frame, b.frame) is not None:
        return None
    if vectors is None:
        return 1.0
    va_, vb_ = vectors.get(a.id, {}), vectors.get(b.id, {})
    sim = cosine(va_, vb_) if va_ and vb_ else 1.0
    if names_differ(va_, vb_, ignore_a=_reporters(a), ignore_b=_reporters(b)) and sim < min_similarity:
        return None  # both name who or where, and not the same ones: similar events
    return round(0.5 + 0.5 * min(1.0, sim), 4)


def _names(vector: Mapping[str, float], ignore: frozenset[str] = frozenset()) -> set[str]:
    return {k[2:] for k in vector if k.startswith("N:") and k[2:] not in ignore}


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@functools.lru_cache(maxsize=65536)
def _words_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for name in names for w in _NAME_WORD.findall(name))


def _reporters(claim: Claim) -> frozenset[str]:
    """The words of who reported a claim ("the UN said", "told Agence France Presse"): who
    tells a figure says nothing of which event it is about."""
    chain = (*claim.attribution, claim.speaker or "")
    return _words_of(tuple(chain)) if any(chain) else frozenset()


def names_differ(
    va: Mapping[str, float],
    vb: Mapping[str, float],
    *,
    ignore_a: frozenset[str] = frozenset(),
    ignore_b: frozenset[str] = frozenset(),
) -> bool:
    """Whether two sentences both name people or places and share none of them.

    A name of one counts as shared when the other has the same word anywhere (a name that
    opens a sentence is not marked as one: "AMD said ..."), or when one names a place and the
    other the country it lies in ("Aceh" and "Indonesia", :mod:`claimcheck._words.places`).
    The names of who reported each claim (``ignore_a``, ``ignore_b``: "the UN said") are left
    out: two outlets citing different sources about one event are not two events.

    Examples:
        >>> aceh = {"N:aceh": 1.0}
        >>> names_differ(aceh, {"N:indonesia": 1.0}), names_differ(aceh, {"N:lyon": 1.0})
        (False, True)
        >>> names_differ({"N:amd": 1.0}, {"amd": 1.0, "N:seamicro": 1.0})
        False
    """
    full_a, full_b = _names(va), _names(vb)
    words_a = _parts(full_a) | {k for k in va if not k.startswith("N:")}
    words_b = _parts(full_b) | {k for k in vb if not k.startswith("N:")}
    if _parts(full_a) & words_b or _parts(full_b) & words_a:
        return False  # a name in common, reporters' too ("the U.S. Geological Survey said")
    na = _without_agencies(full_a) - ignore_a
    nb = _without_agencies(full_b) - ignore_b
    if not na or not nb:
        return False
    return not any(within(x, y) or within(y, x) for x in na for y in nb)


def _parts(names: set[str]) -> set[str]:
    """Names with the parts of hyphenated ones ("gaza-where" as left by a missing space)."""
    return names | {p for n in names if "-" in n for p in n.split("-") if len(p) > 1}


def _agency_word_sets() -> tuple[frozenset[str], ...]:
    from claimcheck._words.agencies import AGENCIES, CREDIT_ONLY

    out = set()
    for name, others in AGENCIES.items():
        for form in (name, *others):
            if form in CREDIT_ONLY:
                continue
            found = frozenset(
                w.lower() for w in _NAME_WORD.findall(form.replace("-", " ")) if w[:1].isupper()
            )
            if found and (len(found) > 1 or (form[:1].isupper() and not form.isupper())):
                out.add(found)
    return tuple(sorted(out, key=sorted))


_AGENCY_WORDS = _agency_word_sets()
#: Each word of an agency's name -> the names holding it (only those are checked).
_AGENCY_INDEX: dict[str, tuple[frozenset[str], ...]] = {
    w: tuple(ws for ws in _AGENCY_WORDS if w in ws) for ws in _AGENCY_WORDS for w in ws
}


def _without_agencies(names: set[str]) -> set[str]:
    """``names`` without the words of a news agency's name ("Agence France Presse" names no
    place: France is the agency's, not the event's)."""
    found = {ws for n in names for ws in _AGENCY_INDEX.get(n, ())}
    for words in sorted(found, key=sorted):
        if words <= names:
            names = names - words
    return names


#: The context cosine two claims need to *conflict* when their sentences name people or
#: places but none in common: a disagreement is a stronger claim than an agreement (two
#: players' catches, two teams' coaches share a frame and differ in value by nature).
CONFLICT_CONTEXT = 0.3


def may_conflict(
    a: Claim,
    b: Claim,
    vectors: Mapping[str, Mapping[str, float]] | None,
    sentence_text: Mapping[str, str] | None = None,
    *,
    plain: bool = False,
) -> bool:
    """Whether two claims of one fact are alike enough in context to be called a conflict.

    A disagreement is a stronger claim than an agreement, so two differing figures conflict
    only when nothing says they are figures of different things:

    - **a conversion**: a figure in brackets restating the one before it in another currency
      or unit ("US$1 million ($1.52 million)", "50 km (30 miles)") never conflicts: its
      figure before the bracket speaks for it;
    - **another instance, a score, a moment**: "four prior arrests", "two more bodies" (other
      instances or an increment), one side of a score ("a 20-13 lead"), a number in a name
      ("Windows 2000 users") and a moment of a game ("in the third quarter") are no rivals of
      the story's figure;
    - **a rate, a role, a gap, a nearness**: "one in every 500 users", "20.2 points an
      outing", "four seasons as director", "two years after his death" and "within 80 m of
      the hut" are not counts, careers, durations or distances: they conflict only with
      figures of their own shape;
    - **two events**: two dates or two ranks conflict only when their sentences share
      :data:`EVENT_WORDS` content words besides the frame's own ("Obama won in 2008" and
      "Obama won Latino voters in 2012" share a name and a verb: two elections; "third
      place" and "sixth place" of two candidates share nothing but the noun), two figures
      only when they share :data:`FIGURE_WORDS` ("the $25 billion merger" and "the $46
      million cost gap"), a sentence with fewer words of its own asking fewer;
    - **a day's figure**: a figure for one day or week ("86 arrests over Saturday's
      protests", "five soldiers died on Wednesday") against one for no named day (a total,
      or another span): a part, not a rival;
    - **a game, a season; one of several**: a figure of a sentence naming one game against
      one naming a season or a career ("two catches in their first meeting" against "59
      catches in his fourth season"); a sentence opening with one of several things ("The
      first quake ... 135 km from the city") against one that does not;
    - **charges, a family, a threshold, a change**: "two counts of assault", "a mother of
      13", "the 270 needed to win" and "will cut 2,000 jobs" count charges, children, what
      something needs and a change, rivals only of their own kind ("employs 12,000 people"
      is a level);
    - **a selection, a condition**: "their first five drives" bounds a selection the writer
      picked, and a sentence opening with "If" or "Unless" tells what would follow: never
      rivals;
    - **two measures**: both frames name what is measured, and not the same ("proposed $1
      billion" and "raised $10,800" in funds);
    - **a list**: a figure listed beside the other's value in its own sentence ("the 7.6
      and 7.5 magnitude quakes") names two things;
    - **what is counted**: two counted nouns under one role ("two men" and "13 shots", both
      about a killing; "two million computers" and "10,000 websites" infected), or two names
      right after the figures ("the fifth NBA coach" and "the third Eastern Conference
      coach");
    - **whose figure**: different holders ("Hansbrough finished with 20 points" against
      "Andrew Lovedale finished with 15 points", :mod:`claimcheck.linking.holders`), a
      pronoun's holder being the person the text named before (:attr:`Frame.holder`).

    Otherwise their sentences must share context (:data:`CONFLICT_CONTEXT`) when they name
    people or places but none in common, or when only one of their frames names a measure;
    two sentences alone in their block are compared by their plain word counts, as the idf
    of two sentences weighs every word they share 0.

    Args:
        a: a claim.
        b: a claim of the same fact whose value differs.
        vectors: claim id -> tf-idf vector of its sentence (:mod:`claimcheck.linking.context`).
        sentence_text: claim id -> the text of its sentence (for the figures' words around).
        plain: whether the claims' block part holds two distinct sentences or fewer (then
            ``vectors`` weigh every shared word 0, and plain word counts are compared).
    """
    if sentence_text is not None and not _one_event(a, b, sentence_text):
        return False  # "Obama won in 2008" against "Obama won Latino voters in 2012"; two ranks
    if _two_verbs(a.frame, b.frame):
        return False  # "proposed $1 billion" against "raised $10,800": two facts under one noun
    if _day(a.frame) != _day(b.frame) and not _day_named(a, b, sentence_text):
        return False  # one day's figure against a total or another span: a part, not a rival
    if _other_thing(_counted(a), _counted(b)):
        return False  # "two men" against "13 shots": two things under one role
    if sentence_text is not None:
        ta, tb = _clause_of(a, sentence_text), _clause_of(b, sentence_text)
        if ta is not None and tb is not None and _apart(a, b, ta, tb):
            return False
    if vectors is None:
        return True
    va, vb = vectors.get(a.id, {}), vectors.get(b.id, {})
    if not va or not vb:
        return True  # no words to compare: the frames alone decided
    # a frame whose measure only one side names ("killed ... 30 youths" against "about 100
    # youths hurled") may be two facts under one noun: it takes shared context to disagree
    fa, fb = a.frame, b.frame
    one_measure = fa is not None and fb is not None and bool(fa.measure) != bool(fb.measure)
    if not one_measure and not names_differ(va, vb, ignore_a=_reporters(a), ignore_b=_reporters(b)):
        return True
    if plain and sentence_text is not None:
        # over two sentences the idf weighs every word they share 0: their plain words decide
        plain_a = term_counts(sentence_text.get(a.id, ""))
        plain_b = term_counts(sentence_text.get(b.id, ""))
        return cosine(plain_a, plain_b) >= CONFLICT_CONTEXT
    return cosine(va, vb) >= CONFLICT_CONTEXT


#: How many content words, besides the frame's own, two sentences dating or ranking something
#: must share to be about one event: a verb and a year ("won in 2008", "began in 2016") or a
#: rank of a noun ("third place") are a coincidence in any large story; "voters approved a
#: bond in 2010" is an event.
EVENT_WORDS = 2
#: The same for two figures (counts, amounts, durations): one word in common beyond the
#: frame's ("$25 billion merger" and "$46 million cost gap" share none).
FIGURE_WORDS = 1


def _frame_words(claim: Claim) -> set[str]:
    """Beginnings of the words of a claim's frame (its verb and noun, "beg" for "began")."""
    frame = claim.frame
    if frame is None:
        return set()
    out = {w[:3] for w in (frame.measure, frame.noun) if w}
    # the forms of the frame's classes: "documents" is a form of the noun ``agreements``
    classes = {frame.measure, frame.noun} - {""}
    out.update(form for form, measure in MEASURE_FORMS.items() if measure in classes)
    return out


def _one_event(a: Claim, b: Claim, sentence_text: Mapping[str, str]) -> bool:
    """Whether two claims' sentences share enough words (:data:`EVENT_WORDS` for dates and
    ranks, :data:`FIGURE_WORDS` for figures) besides their frame's to be about one thing. A
    sentence with fewer words of its own asks fewer: "Some 236 agreements." says nothing
    that could tell it apart from "They have signed 263 agreements so far". Nouns pointing
    back at named parties ("the two countries", "the firm") and "so far" are no words of
    a sentence's own (:mod:`claimcheck.linking.wording`), nor are the forms of its frame's
    classes ("documents" of ``agreements``); words of one synonym class ("blast",
    "explosion"; "cut", "eliminate") are one word."""
    ta, tb = sentence_text.get(a.id, ""), sentence_text.get(b.id, "")
    if not ta or not tb:
        return True
    ignore = _frame_words(a) | _frame_words(b)
    wa = content_words(canonical(without_referring(ta)), ignore)
    wb = content_words(canonical(without_referring(tb)), ignore)
    needed = EVENT_WORDS if a.kind in ("date", "ordinal") else FIGURE_WORDS
    return len(wa & wb) >= min(needed, len(wa), len(wb))


def _clause_of(claim: Claim, sentence_text: Mapping[str, str]) -> tuple[str, int, int] | None:
    """A claim's sentence and its span's offsets in it, or None when unknown."""
    text = sentence_text.get(claim.id, "")
    start, end = claim.span.start - claim.sentence.start, claim.span.end - claim.sentence.start
    if not text or not 0 <= start < end <= len(text):
        return None
    return text, start, end


def _apart(a: Claim, b: Claim, ta: tuple[str, int, int], tb: tuple[str, int, int]) -> bool:
    """Whether the words around two figures tell them apart (see :func:`may_conflict`)."""
    for one_side in (converted, another, score_part, in_name, selection):
        if one_side(*ta) or one_side(*tb):
            return True  # a restatement, another instance, a side of a score: no figure of its own
    if a.kind == "ordinal" and (moment(*ta) or moment(*tb)):
        return True  # "in the third quarter": when something happened
    if scope(ta[0]) and scope(tb[0]) and scope(ta[0]) != scope(tb[0]):
        return True  # one game's figure against a season's or a career's
    if a.kind in ("count", "amount") and span(*ta) != span(*tb):
        return True  # "over 50 arrests over four nights" against one night's 46
    if conditional(ta[0]) or conditional(tb[0]):
        return True  # "If Cruz wins Tuesday, Trump needs 57 percent": what would follow
    if instance(ta[0]) != instance(tb[0]):
        return True  # "The first quake ... 135 km" against "The quake ... 75 km"
    for both_sides in (rate, per_unit, capacity, nearness, charge, family, threshold, change):
        if both_sides(*ta) != both_sides(*tb):
            return True  # a rate against a count, a role's span against a career, a bound of nearness
    if a.kind == "duration" and gap(*ta) != gap(*tb):
        return True  # the time between two events against how long something lasted
    qa, qb = a.value, b.value
    if (
        isinstance(qa, Quantity)
        and isinstance(qb, Quantity)
        and (qb.value in listed(*ta) or qa.value in listed(*tb))
    ):
        return True
    if holders_differ(named_after(*ta), named_after(*tb)):
        return True
    return holders_differ(_holder(a, ta), _holder(b, tb))


def _two_verbs(fa: Frame | None, fb: Frame | None) -> bool:
    """Whether both frames name a measure and not the same one ("proposed" and "raised"
    funds, "lived" and "moved" half a mile away): what each figure measures differs."""
    if fa is None or fb is None:
        return False
    return bool(fa.measure) and bool(fb.measure) and fa.measure != fb.measure


def _day(frame: Frame | None) -> str:
    """The day or week a figure holds for ("saturday", "last week"), else ``""``."""
    period = frame.period if frame is not None else ""
    return "" if period.isdigit() else period


def _day_named(a: Claim, b: Claim, sentence_text: Mapping[str, str] | None) -> bool:
    """Whether the claim whose frame holds no day has the other's day in its sentence all the
    same ("rescued 12 miners from the flooded pit on Friday", the day too far from the figure
    for the frame): then both figures are that day's."""
    day_a, day_b = _day(a.frame), _day(b.frame)
    if sentence_text is None or (day_a and day_b):
        return False
    day, other = (day_a, b) if day_a else (day_b, a)
    text = sentence_text.get(other.id, "").lower()
    return bool(text) and re.search(rf"\b{re.escape(day)}\b", text) is not None


def _counted(claim: Claim) -> str:
    """What a figure counts, when its words name it (``shot`` for "13 shots"; ``people``
    for "two men", "46 people"), else ``""``: other generic words ("number"), the words of
    a role ("arrests", "dead") and placeholders name nothing."""
    frame = claim.frame
    if frame is not None and frame.noun:
        return frame.noun
    words = claim.subject.split()
    last = words[-1].lower() if words else ""
    head = _singular(last) if last.isalpha() else ""
    if head in _PEOPLE or last in _PEOPLE:
        return _ANYONE
    if not head or head in GENERIC_NOUNS or last in GENERIC_NOUNS:
        return ""
    known = MEASURE_FORMS.get(head) or MEASURE_FORMS.get(last)
    if known is not None:
        return known if known in THINGS else ""
    return head


#: Generic words for people ("people", "men", "persons"): they count people of any group.
_PEOPLE = frozenset({"people", "person", "persons", "man", "men", "woman", "women"})
_ANYONE = "people"
#: Endings of nouns of people the lexicon lacks ("protester", "resident", "migrant").
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "ic")


def _person_noun(noun: str) -> bool:
    return noun in PERSON_GROUPS or _singular(noun) in PERSON_GROUPS or noun.endswith(_PERSON_ENDINGS)


_singular = functools.lru_cache(maxsize=4096)(singular)


def _other_thing(na: str, nb: str) -> bool:
    """Whether two counted nouns are two things: both known and different, where people in
    general ("46 people") are any group of people ("46 protesters"), never a thing."""
    if not na or not nb or na == nb:
        return False
    if _ANYONE in (na, nb):
        return not _person_noun(nb if na == _ANYONE else na)
    return True


def _holder(claim: Claim, clause: tuple[str, int, int]) -> tuple[str, ...]:
    """The holder of a claim's figure, from its sentence, else the person its pronoun stands
    for (the frame's ``holder``); empty when unsure."""
    text, start, _ = clause
    named = holder(text, start, _reporters(claim))
    if named:
        return named
    frame = claim.frame
    return (frame.holder,) if frame is not None and frame.holder else ()


# -- values -------------------------------------------------------------------------


def _bounds(q: Quantity, *, plausible: bool = False) -> tuple[float, float]:
    """The values ``q`` admits; with ``plausible``, an open bound reaches only as far as a
    writer would round down to it (see :data:`BOUND_REACH`)."""
    low = q.low if q.low is not None else (-float("inf") if q.qualifier in ("at_most",) else q.value)
    high = q.high if q.high is not None else (float("inf") if q.qualifier in ("at_least",) else q.value)
    if q.qualifier == "approx" and q.low is None and q.high is None:
        low, high = q.value * 0.9, q.value * 1.1
    if plausible and q.value > 0:
        if q.qualifier == "at_least" and high == float("inf"):
            high = q.value * BOUND_REACH
        elif q.qualifier == "at_most" and low == -float("inf"):
            low = q.value / BOUND_REACH
    return (min(low, high), max(low, high))


#: How far an open bound reaches as evidence for a figure: "more than N" is what a writer
#: says of a figure rounded down to N, so the figure is below 2N (rounding to one significant
#: digit: "more than 300" for 350 or 399, never for 14,000). Beyond it the two claims are
#: compatible but not one figure: no link.
BOUND_REACH = 2.0


def _fmt_q(q: Quantity) -> str:
    words = {"at_least": "at least ", "at_most": "at most ", "approx": "about ", "range": ""}
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        return f"{q.low:g}-{q.high:g}"
    return f"{words.get(q.qualifier, '')}{q.number}"


def _rounds_to(x: float, y: float) -> bool:
    """Whether ``y`` rounds to the round figure ``x`` (millions and more, two significant
    digits at most: "$5 billion" for 4.8 billion; never "100" for 118)."""
    if min(abs(x), abs(y)) < 1e6 or x == 0:
        return False
    digits = f"{abs(x):.15g}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    if len(digits) > 2:
        return False
    unit = 10.0 ** (math.floor(math.log10(abs(x))) - len(digits) + 1)
    return abs(x - y) < 0.5 * unit


@functools.lru_cache(maxsize=65536)
def _changes(sentence: str) -> bool:
    return _CHANGE.search(sentence) is not None


@functools.lru_cache(maxsize=65536)
def _earlier(sentence: str) -> bool:
    return _EARLIER.search(sentence) is not None


def _time(claim: Claim, published: Mapping[str, _dt.date | None]) -> tuple[int, str] | None:
    """When a figure holds: its period's year if the text says one, else its publication date."""
    frame = claim.frame
    if frame is not None and frame.period.isdigit():
        return (int(frame.period) * 1000 + 999, frame.period)  # the end of that year
    day = published.get(claim.source_id)
    if day is None:
        return None
    return (day.year * 1000 + day.timetuple().tm_yday, day.isoformat())


def _series(a: Claim, b: Claim, published: Mapping[str, _dt.date | None]) -> bool:
    """Whether two claims may be figures of one running total told at different times (an
    earlier "more than 100 agreements" is far below a later 263, and still supports it)."""
    running = any(c.frame is not None and c.frame.cumulative for c in (a, b))
    when_a, when_b = _time(a, published), _time(b, published)
    return running and when_a is not None and when_b is not None and when_a[0] != when_b[0]


def _year_of_its_own(
    a: Claim, b: Claim, published: Mapping[str, _dt.date | None], text: Mapping[str, str]
) -> bool:
    """Whether ``a``'s frame dates its figure to a year that is not the year ``b`` was
    published in, while ``b``'s frame names no year and its sentence does not name
    ``a``'s ("a quake in 2004 killed 160,000 people" against "the quake killed 120
    people"): the dated figure is of another time, an earlier event or period, so two
    differing figures are no rivals."""
    fa, fb = a.frame, b.frame
    year = fa.period if fa is not None else ""
    if not year.isdigit() or (fb is not None and fb.period.isdigit()):
        return False
    day = published.get(b.source_id)
    if day is None or str(day.year) == year:
        return False
    return re.search(rf"\b{year}\b", text.get(b.id, "")) is None


def _quantities(
    a: Claim,
    b: Claim,
    qa: Quantity,
    qb: Quantity,
    published: Mapping[str, _dt.date | None],
    text: Mapping[str, str],
) -> Decision | None:
    la, ha = _bounds(qa)
    lb, hb = _bounds(qb)
    if max(la, lb) <= min(ha, hb):
        if qa.qualifier == "exact" and qb.qualifier == "exact":
            return Decision("agrees", 1.0, f"same value {qa.number}")
        pla, pha = _bounds(qa, plausible=True)
        plb, phb = _bounds(qb, plausible=True)
        if max(pla, plb) > min(pha, phb) and not _series(a, b, published):
            return None  # "more than 300" and 14,000: compatible, but not one figure
        exact, loose = (qa, qb) if qa.qualifier == "exact" else (qb, qa)
        return Decision("agrees", 0.9, f"{exact.number} fits {_fmt_q(loose)}")
    if qa.qualifier == "exact" and qb.qualifier == "exact":
        for x, y in ((qa, qb), (qb, qa)):
            if _rounds_to(x.value, y.value):
                return Decision("agrees", 0.8, f"{y.number:,} rounds to {x.number:,}")
    scale = max(abs(qa.value), abs(qb.value), 1.0)
    closeness = max(0.0, 1.0 - abs(qa.value - qb.value) / scale)
    ta, tb = text.get(a.id, ""), text.get(b.id, "")
    fa, fb = a.frame, b.frame
    running = bool((fa is not None and fa.cumulative) or (fb is not None and fb.cumulative))
    if a.source_id == b.source_id:  # "initially 6, has risen to 9": one source tells the series
        marks = (_earlier(ta) and not _earlier(tb), _earlier(tb) and not _earlier(ta))
        if marks[0] or marks[1]:
            older, newer, qo, qn = (a, b, qa, qb) if marks[0] else (b, a, qb, qa)
            return Decision("updates", closeness, f"{_fmt_q(qo)} earlier, {_fmt_q(qn)} later", newer.id)
        return Decision("conflicts", closeness, f"{_fmt_q(qa)} vs {_fmt_q(qb)}")
    if _year_of_its_own(a, b, published, text) or _year_of_its_own(b, a, published, text):
        return None  # "a quake in 2004 killed 160,000" against this quake's toll: two events
    when_a, when_b = _time(a, published), _time(b, published)
    if when_a is not None and when_b is not None and when_a[0] != when_b[0]:
        older, newer, qo, qn = (a, b, qa, qb) if when_a[0] < when_b[0] else (b, a, qb, qa)
        t_old, t_new = (when_a[1], when_b[1]) if older is a else (when_b[1], when_a[1])
        if running and qn.value < qo.value:
            return Decision(
                "conflicts",
                closeness,
                f"running total fell: {_fmt_q(qo)} on {t_old}, {_fmt_q(qn)} on {t_new}",
            )
        # a later figure of a running total, or one its own sentence says changed, is an
        # update; a lower one only when its sentence says the figure went down
        later = text.get(newer.id, "")
        lower = qn.value < qo.value
        if (running or _changes(later)) and (not lower or _DECREASE.search(later) is not None):
            return Decision(
                "updates",
                closeness,
                f"later figure: {_fmt_q(qn)} on {t_new} after {_fmt_q(qo)} on {t_old}",
                newer.id,
            )
    return Decision("conflicts", closeness, f"{_fmt_q(qa)} vs {_fmt_q(qb)}")


def _mismatch(x: DateValue, y: DateValue) -> str | None:
    """The first field known in both dates where they differ, else None."""
    for name in ("year", "month", "day"):
        u, v = getattr(x, name), getattr(y, name)
        if u is not None and v is not None and u != v:
            return str(name)
    return None


def _ends(d: DateValue) -> tuple[DateValue, ...]:
    plain = DateValue(d.year, d.month, d.day)
    return (plain,) if d.until is None else (plain, d.until)


def _months(d: DateValue) -> tuple[int, int] | None:
    """The first and last month (as year*12 + month) a date covers; None without a year."""
    last = d.until or d
    if d.year is None or last.year is None:
        return None
    return d.year * 12 + (d.month or 1), last.year * 12 + (last.month or 12)


def _dates(da: DateValue, db: DateValue) -> Decision:
    if da == db:
        return Decision("agrees", 1.0, f"same date {da.iso}")
    # a period of months or years (a season, a quarter, a decade) agrees with a date inside it
    for period, inner in ((da, db), (db, da)):
        if period.until is not None and period.until.day is None:
            span, part = _months(period), _months(inner)
            if span is not None and part is not None and span[0] <= part[0] and part[1] <= span[1]:
                return Decision("agrees", 0.8, f"{inner.iso} lies within {period.iso}")
    # a range (9/10 November) agrees with either end; a month with any day in it
    differences = [_mismatch(x, y) for x in _ends(da) for y in _ends(db)]
    if any(d is None for d in differences):
        return Decision("agrees", 0.8, f"{da.iso} and {db.iso} agree at their shared precision")
    return Decision("conflicts", 0.0, f"{da.iso} vs {db.iso} (different {differences[0]})")


def _relative(claim: Claim) -> bool:
    return any("publication date" in note for note in claim.notes)


def _stated_day(claim: Claim) -> bool:
    """Whether a date's month and day are the text's own and only its year was taken from
    the publication date ("on March 3"), not a weekday or a "last week" resolved against it."""
    return "year from publication date" in claim.notes and not any(
        "relative to publication date" in note for note in claim.notes
    )


def relate(
    a: Claim,
    b: Claim,
    *,
    published: Mapping[str, _dt.date | None] | None = None,
    sentence_text: Mapping[str, str] | None = None,
    similarity: float = 1.0,
) -> Decision | None:
    """Decide whether two claims about one fact agree, conflict, or one updates the other.

    Args:
        a: a claim.
        b: a claim about the same fact (see :func:`same_fact`).
        published: source id -> publication date (for figures that change over time).
        sentence_text: claim id -> the text of its sentence.
        similarity: how alike the claims are (grades article and quote links).

    Returns:
        A :class:`Decision` (``relation``, ``similarity``, ``reason``, ``newer``), or None
        when no decision can be made.
    """
    published = published or {}
    text = sentence_text or {}
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return _quantities(a, b, va, vb, published, text)
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        decided = _dates(va, vb)
        if decided.relation == "conflicts" and _relative(a) and _relative(b):
            stated = _stated_day(a) and _stated_day(b) and not decided.reason.endswith("(different year)")
            if not stated:
                return None  # both resolved from their own publication dates: no evidence either way
            # "March 3" against "March 4": both texts state the month and day; only the year
            # was the publication date's, and the two differ in what they state
        return decided
    if isinstance(va, ArticleRef) and isinstance(vb, ArticleRef):
        inst = instrument_key(va.instrument) or instrument_key(vb.instrument) or "same instrument"
        if not va.text or not vb.text:
            return Decision("agrees", 0.8, f"both are article {va.number} of the {inst}")
        # one provision: a paraphrase is not a rival version, so texts only grade the link
        return Decision(
            "agrees", similarity, f"article {va.number} of the {inst}: texts match {similarity:.2f}"
        )
    if isinstance(va, str) and isinstance(vb, str):
        return Decision("agrees", similarity, f"same quoted words ({similarity:.2f})")
    return None
