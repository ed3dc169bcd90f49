"""Holders: whose figure it is, read from the figure's own clause.

A figure's *holder* is the named person, organisation, team or place that is the subject or
possessor of the clause stating it: "Hansbrough finished with 20 points" is Hansbrough's,
"Mara Quint scored 14 points, while Ola Brandt added 15" gives 14 to Mara Quint and 15 to
Ola Brandt, "Azerbaijan and Russia signed 263 agreements" is Azerbaijan's and Russia's. Who
*reports* a figure ("the UN said", "told Reuters") is never its holder. The holder is empty
when the clause gives no name before the figure (a pronoun, "Police", a common word opening
the sentence, a headline in title case): unknown, not different.

Linking reads it (:func:`claimcheck.linking.relate.may_conflict`): two figures whose holders
are both known and share no word (and are not a place inside the other) belong to different
holders, so they do not disagree, whatever their values.
"""

from __future__ import annotations

import functools
import re

from claimcheck._words.dates import MONTH_AND_DAY_NAMES
from claimcheck._words.frames import ACTIONS, GENERIC_NOUNS, PERSON_GROUPS, ROLES, SPEECH_VERBS, THINGS
from claimcheck._words.places import within
from claimcheck._words.speech import (
    DETERMINERS,
    NAME_STOPWORDS,
    NOT_NOUNS,
    OUTLET_NOUNS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
)
from claimcheck._words.stopwords import FUNCTION_WORDS

__all__ = ["holder", "holders_differ"]

#: Where a figure's clause starts or ends: semicolons, colons, dashes, commas and the
#: conjunctions that open a second clause without one ("... 14, while Ola Brandt added 15").
_BOUNDARY = re.compile(r"[;:,()\[\]\"“”]|\s[-–—]+\s|\b(?:while|whereas|but)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
_MONTHS_DAYS = MONTH_AND_DAY_NAMES
#: Words that open a sentence in capitals and name no one ("Police said ...", "Officials").
_COMMON = frozenset(
    w.lower()
    for group in (
        FUNCTION_WORDS,
        PERSON_GROUPS,
        ROLES,
        THINGS,
        ACTIONS,
        GENERIC_NOUNS,
        SPEECH_VERBS,
        NAME_STOPWORDS,
        NOT_NOUNS,
        DETERMINERS,
        SUBJECT_PRONOUNS,
        ROLE_NOUNS,
        OUTLET_NOUNS,
    )
    for w in group
) | {"officials", "authorities", "investigators", "rescuers", "witnesses", "residents", "protesters"}


def _common(word: str, following: str) -> bool:
    """Whether a capitalised word opening a sentence is a common word: a known one, one
    shaped like a plural of people or an adverb ("Voters", "Meanwhile"), or one followed by
    a preposition or article ("Plagued by", "Following the"), where a name is followed by
    its verb ("Hansbrough finished", "Manning connected", "Cheeks was")."""
    low = word.lower().rstrip(".")
    return (
        low in _COMMON
        or low in _MONTHS_DAYS
        or low.endswith(("ers", "ors", "ists", "ians", "ents", "ants", "ies", "ly", "while"))
        or following.lower() in _PREPOSITIONS
        or following.lower() in _SKIP
    )


#: Words before a name that make it a place or a party of a phrase, not the clause's subject
#: ("the 61st player in UNC history", "the trial at the Brooklyn Supreme Court").
_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "of",
        "on",
        "to",
        "for",
        "from",
        "with",
        "against",
        "during",
        "by",
        "over",
        "under",
        "into",
        "near",
        "after",
        "before",
        "since",
        "between",
        "among",
        "across",
        "through",
        "than",
        "about",
    ]
)
_SKIP = frozenset({"the", "a", "an"})


#: Verbs that report a figure ("the UN said ..."): not "posted" or "added" (a player's points).
_REPORTING = SPEECH_VERBS - {"posted", "added", "adding", "adds", "announced", "announces", "announcing"}


def _speech(word: str) -> bool:
    return word.lower() in _REPORTING


@functools.lru_cache(maxsize=65536)
def holder(sentence: str, start: int, reporters: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The names holding the figure at ``start`` of ``sentence`` (lower case), or ``()``.

    Args:
        sentence: the text of the figure's sentence.
        start: where the figure starts in ``sentence``.
        reporters: words of who reported the figure (left out: a reporter holds nothing).

    Examples:
        >>> holder("Hansbrough finished with 20 points.", 25)
        ('hansbrough',)
        >>> holder("Mara Quint scored 14 points, while Ola Brandt added 15.", 52)
        ('ola brandt',)
        >>> holder("He finished with 20 points.", 17)
        ()
    """
    if not 0 <= start <= len(sentence):
        return ()
    words = _WORD.findall(sentence)
    capitals = [w for w in words if len(w) > 3 and w[0].isupper()]
    if len(words) >= 4 and len(capitals) * 2 > len([w for w in words if len(w) > 3]):
        return ()  # a headline in title case: every word looks like a name
    begin = 0
    for m in _BOUNDARY.finditer(sentence, 0, start):
        begin = m.end()
    clause = sentence[begin:start]
    opening = not sentence[:begin].strip(" \"'“‘([")  # the clause opens the sentence
    tokens = list(_WORD.finditer(clause))
    # "the UN said Azerbaijan and Russia signed ...": the holder follows the reporting verb
    for i, m in enumerate(tokens):
        if _speech(m.group()):
            tokens, opening = tokens[i + 1 :], False
    names: list[str] = []
    current: list[str] = []
    before = ""  # the word before the current run of names, articles skipped
    for i, m in enumerate(tokens):
        word = m.group().rstrip(".")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        first = i == 0 and opening
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        next_capital = following[:1].isupper()
        is_name = (
            word[:1].isupper()
            and word not in NAME_STOPWORDS
            and word.lower() not in FUNCTION_WORDS
            and word.lower() not in _MONTHS_DAYS
            and not (first and not next_capital and _common(word, following))
            and word.lower() not in reporters
        )
        if is_name:
            current.append(word.lower())
            continue
        if current and before not in _PREPOSITIONS:
            names.append(" ".join(current))
        current = []
        if word.lower() not in _SKIP:
            before = word.lower()
    if current and before not in _PREPOSITIONS:
        names.append(" ".join(current))
    return tuple(dict.fromkeys(names))


def holders_differ(ha: tuple[str, ...], hb: tuple[str, ...]) -> bool:
    """Whether two known holders share no word and neither is a place inside the other.

    Examples:
        >>> holders_differ(("hansbrough",), ("andrew lovedale",))
        True
        >>> holders_differ(("azerbaijan", "russia"), ("russia",)), holders_differ(("moscow",), ("russia",))
        (False, False)
        >>> holders_differ(("hansbrough",), ())
        False
    """
    if not ha or not hb:
        return False
    words_a = {w for n in ha for w in n.split()}
    words_b = {w for n in hb for w in n.split()}
    if words_a & words_b:
        return False
    return not any(within(x, y) or within(y, x) for x in ha for y in hb)
