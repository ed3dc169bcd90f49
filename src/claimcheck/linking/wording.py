"""Word classes linking reads when it decides whether two sentences report one thing.

- :data:`REFERRING_NOUNS`: nouns a report uses to point back at parties it named before
  ("the two countries", "the company", "the firm"): they name no event of their own, so a
  sentence whose only words besides its figure's frame are such nouns cannot be told apart
  from another report of the same figure;
- :func:`without_referring`: a sentence with those nouns and the words of time that say
  only when a figure was counted ("so far", "to date") blanked out.

Written by hand for news; the classes are closed lists, not learned.
"""

from __future__ import annotations

import re

__all__ = ["REFERRING_NOUNS", "without_referring"]

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
