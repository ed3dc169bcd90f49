"""Word classes linking reads when it decides whether two sentences report one thing.

- :data:`REFERRING_NOUNS`: nouns a report uses to point back at parties it named before
  ("the two countries", "the company", "the firm"): they name no event of their own, so a
  sentence whose only words besides its figure's frame are such nouns cannot be told apart
  from another report of the same figure;
- :func:`without_referring`: a sentence with those nouns and the words of time that say
  only when a figure was counted ("so far", "to date") blanked out;
- :data:`SYNONYMS` and :func:`canonical`: words news uses for one event or one change
  ("blast", "explosion", "bombing"; "cut", "eliminate", "shed" jobs), each written as its
  class's first word, so two wordings of one report share it.

Written by hand for news; the classes are closed lists, not learned.
"""

from __future__ import annotations

import re

__all__ = ["REFERRING_NOUNS", "SYNONYMS", "canonical", "without_referring"]

#: Nouns that point back at a named party ("the two countries signed 236 documents").
REFERRING_NOUNS: frozenset[str] = frozenset(
    [
        "country", "countries", "nation", "nations", "side", "sides", "party", "parties", "state",
        "states", "government", "governments", "company", "companies", "firm", "firms", "group",
        "groups", "business", "businesses", "organisation", "organization", "organisations",
        "organizations", "authority", "authorities", "official", "officials", "leader", "leaders",
    ]
)  # fmt: skip

_REFERRING = re.compile(
    r"\b(?:" + "|".join(sorted(REFERRING_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
#: Phrases telling only when a figure was counted, not what it counts.
_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|up to now|until now|as yet)\b", re.IGNORECASE)


def without_referring(sentence: str) -> str:
    """``sentence`` with its referring nouns and "so far"-phrases replaced by spaces.

    Examples:
        >>> without_referring("The two countries have signed 236 documents so far.").split()
        ['The', 'two', 'have', 'signed', '236', 'documents', '.']
    """
    blank = _REFERRING.sub(lambda m: " " * len(m.group()), sentence)
    return _SO_FAR.sub(lambda m: " " * len(m.group()), blank)


#: Classes of words news uses for one event or one change; each form -> the class's first word.
_CLASSES = (
    "blast blasts explosion explosions bombing bombings detonation",
    "quake quakes earthquake earthquakes tremor tremors",
    "fire fires blaze blazes",
    "crash crashes collision collisions",
    "cut cuts cutting slash slashes slashed slashing shed sheds shedding eliminate eliminates "
    "eliminated eliminating axe axes axed axing trim trims trimmed trimming",
    "add adds added adding create creates created creating",
)
SYNONYMS: dict[str, str] = {form: forms.split()[0] for forms in _CLASSES for form in forms.split()}
_SYNONYM = re.compile(r"\b(?:" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def canonical(sentence: str) -> str:
    """``sentence`` with each word of a :data:`SYNONYMS` class written as its class's first word.

    Examples:
        >>> canonical("The explosion killed 14; the firm will eliminate 300 jobs.")
        'The blast killed 14; the firm will cut 300 jobs.'
    """
    return _SYNONYM.sub(lambda m: SYNONYMS[m.group().lower()], sentence)
