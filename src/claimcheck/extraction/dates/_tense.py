"""The direction of a date written without its year or week: tense and aspect of the clause.

A bare weekday or month ("on Thursday", "in March") is the coming one when the verb that
governs it looks forward (``will hold a vote on Thursday``, ``is scheduled for March``,
``plans to``, ``is due``, ``is meeting on Friday``, ``the trial resumes Monday``) and the
latest one when it looks back (``said Tuesday``, ``met on Friday``, ``was held in March``,
``since Monday``). The governing verb is the nearest tense-marked word before the date in
its clause (clauses end at ``;``, ``:``, quotation marks, brackets, a sentence end and
``which``/``who``/``where``...), or, when there is none (``On Thursday, parliament will
vote``), the nearest one after it. With no cue the date looks back: news reports what
happened.

:func:`direction` returns the direction and the words that decided it, kept on the claim
as a note (``direction: future (will)``), so a reader can see why a weekday became the
coming one. One pass over at most :data:`WINDOW` words either side: linear in the sentence.
"""

from __future__ import annotations

import bisect
import re

from claimcheck._words.dates import (
    BARE_PAST_FORMS,
    DEFERRAL_VERBS,
    FUTURE_AUXILIARIES,
    FUTURE_CUES,
    FUTURE_NEEDS_TO,
    INTENT_VERBS,
    LINKING_VERBS,
    NOT_PAST_ED,
    PAST_AUXILIARIES,
    PAST_CUES,
    PAST_FORMS,
    PRESENT_AUXILIARIES,
)

__all__ = ["WINDOW", "Direction", "direction", "direction_note", "sentence_words"]

#: How many words either side of a date are read for its tense.
WINDOW = 10

#: ``(future, cue)``: whether the date looks forward, and the words that said so ("" for none).
Direction = tuple[bool, str]

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’](?:ll|s|re)\b")
#: Characters between two words that end a clause for the tense scan.
#: Searched only in the gap between two words, so a full stop ends a clause only with a space
#: after it (never a dot inside ``a.m.``, which a search ending at the dot would take for a
#: sentence end), and not after a one-letter abbreviation (``a.m.``, ``p.m.``, ``U.S.``).
_BOUNDARY = re.compile(r"[;:()\"“”«»„\[\]]|(?<!\b[A-Za-z]\.[A-Za-z])[.!?]\s|\s[-–—]\s")
#: Words that open a new clause: a cue before them governs another verb.
_CLAUSE_WORDS = frozenset(
    ["which", "who", "whom", "whose", "where", "while", "because", "although", "though", "but", "whereas"]
)
#: Present forms that schedule an event (``the trial resumes Monday``, ``talks begin on Friday``).
_SCHEDULED = frozenset(
    [
        "resumes",
        "resume",
        "begins",
        "begin",
        "starts",
        "start",
        "opens",
        "open",
        "reopens",
        "reopen",
        "meets",
        "meet",
        "convenes",
        "convene",
        "reconvenes",
        "reconvene",
        "ends",
        "end",
        "closes",
        "close",
        "arrives",
        "arrive",
        "departs",
        "depart",
        "expires",
        "expire",
        "kicks",
        "takes",
        "take",
        "goes",
        "go",
        "comes",
        "come",
        "plays",
        "play",
        "holds",
        "hold",
        "votes",
        "vote",
        "faces",
        "face",
    ]
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "this", "that", "our", "next", "last"]
)
_MODALS = frozenset(["could", "may", "might", "should", "must", "can"])
#: A copula right before the date: ``the deadline is Friday``, ``the vote is on Monday``.
_COPULA = frozenset(["is", "are", "'s", "’s", "'re", "’re"])
_ADVERB_SKIP = frozenset(["not", "also", "still", "now", "then", "again", "already", "likely", "soon"])

Word = tuple[int, int, str]


def _start_of(word: Word) -> int:
    return word[0]


def sentence_words(text: str) -> list[Word]:
    """The words of a sentence as ``(start, end, word)`` (contractions kept whole)."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _aux_before(words: list[Word], k: int) -> tuple[str, str]:
    """The auxiliary before ``words[k]`` (skipping adverbs) and the word before that."""
    j = k - 1
    while j >= 0 and (words[j][2].lower() in _ADVERB_SKIP or words[j][2].lower().endswith("ly")):
        j -= 1
    if j < 0:
        return "", ""
    aux = words[j][2].lower()
    return aux, (words[j - 1][2].lower() if j > 0 else "")


def _cue(words: list[Word], k: int) -> tuple[bool, str] | None:
    """The direction ``words[k]`` gives the clause, with the words that give it, or None."""
    raw = words[k][2]
    w = raw.lower()
    nxt = words[k + 1][2].lower() if k + 1 < len(words) else ""
    prev = words[k - 1][2].lower() if k > 0 else ""
    if w in FUTURE_NEEDS_TO:
        if nxt in ("to", "for"):
            return True, f"{w} {nxt}"
        if w in ("set", "intends", "aims", "plans", "plan", "planning"):
            return None if w != "set" else _past_form(words, k, w)
        return True, w  # "the expected vote", "the planned talks"
    if w in FUTURE_CUES:
        if w in _MODALS and not raw.islower():
            return None  # "May", "Can"
        if w in _MODALS | {"would"} and nxt == "have":
            return False, f"{w} have"
        if w == "going" and nxt != "to":
            return None
        if w in ("due", "ahead") and nxt not in ("to", "for", "on", "in", "of", "by"):
            return None
        return True, w if w != "going" else "going to"
    if w in PAST_CUES:
        if w == "last" and (prev == "to" or prev in FUTURE_AUXILIARIES):
            return None  # "expected to last until October": the verb
        return False, w
    if w in _SCHEDULED:
        if prev in _DETERMINERS:
            return None  # "a vote", "the start": a noun
        aux, _ = _aux_before(words, k)
        if aux in PAST_AUXILIARIES or aux in FUTURE_AUXILIARIES or aux in ("did", "does", "do"):
            return None  # an infinitive or a finite verb elsewhere decides
        return True, w
    if raw.islower() and (w in PAST_FORMS or (len(w) > 3 and w.endswith("ed") and w not in NOT_PAST_ED)):
        if w in BARE_PAST_FORMS and (prev == "to" or prev in FUTURE_AUXILIARIES):
            return None  # "plans to cut": an infinitive
        return _past_form(words, k, w)
    if raw.islower() and len(w) > 4 and w.endswith("ing"):
        aux, _ = _aux_before(words, k)
        if aux in PRESENT_AUXILIARIES:
            return True, f"{aux} {w}"  # "is meeting on Friday": an arrangement
        if aux in ("was", "were"):
            return False, f"{aux} {w}"
    return None


def _past_form(words: list[Word], k: int, w: str) -> tuple[bool, str] | None:
    """A participle or past form: looks back, unless an auxiliary puts it ahead (``will be held``)."""
    j = k
    chain = [w]
    aux, _ = _aux_before(words, j)
    while aux in LINKING_VERBS and j > 0:  # "will remain closed", "could be held"
        j -= 1
        while j > 0 and words[j][2].lower() != aux:
            j -= 1
        chain.insert(0, aux)
        aux, _ = _aux_before(words, j)
    if aux in FUTURE_AUXILIARIES and (len(chain) > 1 or aux not in ("to",)):
        return True, " ".join([aux, *chain])
    if aux in PAST_AUXILIARIES:
        return False, " ".join([aux, *chain])
    if aux in PRESENT_AUXILIARIES and len(chain) > 1:
        return None  # "is set to be": the present decides elsewhere
    return False, w


def _to_before(words: list[Word], lo: int, hi: int) -> bool:
    """Whether an infinitive ``to`` lies among ``words[lo:hi]``."""
    return any(words[i][2].lower() == "to" for i in range(lo, hi))


def _deferred(words: list[Word], k: int) -> str:
    """``postponed until``, ``pushed back to``: a deferral verb and the word bringing the
    date (``until``, ``till``, ``to``, ``for``) right before it, or ""."""
    if k < 1 or words[k][2].lower() not in ("until", "till", "to", "for"):
        return ""
    j = k - 1
    if words[j][2].lower() in ("back", "forward", "off", "over") and j > 0:
        j -= 1
    verb = words[j][2].lower()
    if verb not in DEFERRAL_VERBS or (verb in ("put", "pushed") and j == k - 1):
        return ""  # "put to a vote": "put" and "pushed" need "back"/"off"
    return " ".join(w[2].lower() for w in words[j : k + 1])


def direction(text: str, words: list[Word], start: int, end: int) -> Direction:
    """The direction of the date at ``text[start:end]`` from the tense of its clause.

    Args:
        text: the sentence.
        words: :func:`sentence_words` of ``text``.
        start: the date's first character.
        end: one past its last character.

    Returns:
        ``(future, cue)``: ``cue`` names the words that decided ("" when none did:
        then ``future`` is False, the news default).
    """
    # words before the date, nearest first, until a clause boundary
    lo = 0
    hi = len(words)
    first_after = bisect.bisect_left(words, start, key=_start_of)  # the first word at or after start
    right_edge = first_after
    while right_edge < hi and words[right_edge][0] < end:
        right_edge += 1
    last_end = start
    near = first_after - 1
    deferred = _deferred(words, near)
    if deferred:
        return True, deferred  # "was postponed until March 3": the new date is ahead
    if near >= 0 and words[near][2].lower() in ("on", "for", "until"):
        near -= 1
    if (
        near >= 0
        and words[near][2].lower() in _COPULA
        and _BOUNDARY.search(text, words[near][1], start) is None
    ):
        return True, words[near][2].lower()  # "the deadline is Friday"
    for k in range(first_after - 1, max(lo, first_after - WINDOW) - 1, -1):
        if _BOUNDARY.search(text, words[k][1], last_end) is not None:
            break
        if words[k][2].lower() in _CLAUSE_WORDS:
            break
        got = _cue(words, k)
        if got is not None:
            if not got[0] and words[k][2].lower() in INTENT_VERBS and _to_before(words, k + 1, first_after):
                return True, f"{words[k][2].lower()} to"  # "agreed to meet again on Friday"
            return got
        last_end = words[k][0]
    # then the words after it ("On Thursday, parliament will vote")
    last_start = end
    for k in range(right_edge, min(hi, right_edge + WINDOW)):
        if _BOUNDARY.search(text, last_start, words[k][0]) is not None:
            break
        if words[k][2].lower() in _CLAUSE_WORDS:
            break
        got = _cue(words, k)
        if got is not None:
            return got
        last_start = words[k][1]
    return False, ""


def direction_note(found: Direction) -> str:
    """The note a resolved relative date keeps: ``direction: future (will)``."""
    future, cue = found
    return f"direction: {'future' if future else 'past'} ({cue or 'no tense cue'})"
