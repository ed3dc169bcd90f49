"""Names in running text: capitalised words that name someone, read without a model.

Shared by the frames (the person a pronoun holding a figure stands for,
:func:`person_before`) and linking (a figure's holder, :mod:`claimcheck.linking.holders`).
A capitalised word is a name unless it is a function word, a month or day, a title
("Mr", "Senator"), or a common word opening a sentence ("Police", "Officials", "Meanwhile",
"Plagued by ..."); a name right after a preposition is a place or a party of a phrase
("in UNC history", "at the Harlow Crown Court"), never a subject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from claimcheck._words.dates import MONTH_AND_DAY_NAMES
from claimcheck._words.frames import ACTIONS, GENERIC_NOUNS, PERSON_GROUPS, ROLES, SPEECH_VERBS, THINGS
from claimcheck._words.sourcing import TITLES
from claimcheck._words.speech import (
    DETERMINERS,
    NAME_STOPWORDS,
    NOT_NOUNS,
    OUTLET_NOUNS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
)
from claimcheck._words.stopwords import FUNCTION_WORDS

__all__ = [
    "COMMON",
    "PREPOSITIONS",
    "SKIP",
    "WORD",
    "common",
    "headline",
    "name_runs",
    "person_before",
    "person_names",
]

WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")

#: Words that open a sentence in capitals and name no one ("Police said ...", "Officials").
COMMON = frozenset(
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

#: Words before a name that make it a place or a party of a phrase, not the clause's subject
#: ("the 61st player in UNC history", "the trial at the Brooklyn Supreme Court").
PREPOSITIONS = frozenset(
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
SKIP = frozenset({"the", "a", "an"})
#: Titles before a name, left out of it ("Mr Buckley" is Buckley).
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "miss", "coach"}) | TITLES


def common(word: str, following: str) -> bool:
    """Whether a capitalised word opening a sentence is a common word: a known one, one
    shaped like a plural of people or an adverb ("Voters", "Meanwhile"), or one followed by
    a preposition or article ("Plagued by", "Following the"), where a name is followed by
    its verb ("Hansbrough finished", "Manning connected", "Cheeks was")."""
    low = word.lower().rstrip(".")
    return (
        low in COMMON
        or low in MONTH_AND_DAY_NAMES
        or low.endswith(("ers", "ors", "ists", "ians", "ents", "ants", "ies", "ly", "while"))
        or following.lower() in PREPOSITIONS
        or following.lower() in SKIP
    )


def headline(words: list[str]) -> bool:
    """Whether words are a headline in title case (every content word capitalised: all look
    like names). A sentence is not one when a fifth or more of its longer words that are not
    function words are in lower case ("Okafor is in his fifth year as Vice President ...").

    Examples:
        >>> headline("Rivers Sign 41 Accords With Coastal Partners".split())
        True
        >>> headline("Okafor is in his fifth season as the Lagos Vice President".split())
        False
    """
    content = [w for w in words if len(w) > 3 and w.lower() not in FUNCTION_WORDS]
    if len(words) < 4 or not content:
        return False
    lower = sum(1 for w in content if not w[0].isupper())
    return lower * 5 < len(content)


def person_names(sentence: str) -> tuple[str, ...]:
    """The names a sentence gives, in order, lower case, titles left out; ``()`` for a
    headline in title case.

    Examples:
        >>> person_names("Police said that Mr Quint's group was poorly equipped.")
        ('quint',)
        >>> person_names("In Lagos's first game of the season, Okafor scored twice.")
        ('okafor',)
    """
    tokens = WORD.findall(sentence)
    return () if headline(tokens) else name_runs(tokens, opening=True)


def name_runs(
    tokens: Sequence[str], *, opening: bool, exclude: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The runs of capitalised words among ``tokens`` that name someone, in order, lower
    case, titles left out.

    Args:
        tokens: the words of a sentence or clause (:data:`WORD`).
        opening: the first token opens the sentence (a common word there is no name).
        exclude: lower-case words that are never part of a name (who reported a figure).
    """
    names: list[str] = []
    current: list[str] = []
    before = ""  # the word before the current run of names, articles skipped
    for i, token in enumerate(tokens):
        word = token.rstrip(".")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        low = word.lower()
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        is_name = (
            word[:1].isupper()
            and word not in NAME_STOPWORDS
            and low not in FUNCTION_WORDS
            and low not in MONTH_AND_DAY_NAMES
            and not (i == 0 and opening and not following[:1].isupper() and common(word, following))
            and low not in exclude
        )
        if is_name and low in _HONORIFICS and following[:1].isupper():
            continue  # "Mr Buckley", "Senator Ruiz": the name follows
        if is_name:
            current.append(low)
            continue
        if current and before not in PREPOSITIONS:
            names.append(" ".join(current))
        current = []
        if low not in SKIP:
            before = low
    if current and before not in PREPOSITIONS:
        names.append(" ".join(current))
    return tuple(dict.fromkeys(names))


#: Where a sentence ends: a stop, a question or exclamation mark (and closing quotes), or a
#: line break.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n+")
#: How far back a pronoun's person is looked for (characters, sentences).
_PERSON_WINDOW = 600
_PERSON_SENTENCES = 3


@functools.lru_cache(maxsize=256)  # the claims of one source ask in a row
def person_before(text: str, start: int) -> str:
    """The person the text named last before ``start`` (lower case): the first name of the
    nearest of the three sentences before it that names someone; ``""`` when neither does.

    Args:
        text: the source text.
        start: where the sentence holding a pronoun starts.

    Examples:
        >>> text = "Okafor joined Lagos in 2019. He has 53 catches this season."
        >>> person_before(text, text.index("He"))
        'okafor'
        >>> person_before("He has 53 catches.", 0)
        ''
    """
    lo = max(0, start - _PERSON_WINDOW)
    sentences = [s for s in _SENTENCE_END.split(text[lo:start]) if s.strip()]
    if lo > 0 and sentences:
        sentences = sentences[1:]  # the first may be cut
    for sentence in reversed(sentences[-_PERSON_SENTENCES:]):
        names = person_names(sentence)
        if names:
            return names[0]
    return ""
