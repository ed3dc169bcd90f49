"""Figures' own words: what the words right around a figure say of it.

Linking reads them before it calls two differing figures a conflict
(:func:`claimcheck.linking.relate.may_conflict`): a figure in brackets that converts the one
before it ("US$1 million ($1.52 million)"), the base of a rate ("one in every 500 users"),
the figures listed beside it ("the 7.6 and 7.5 magnitude quakes") and the names right after
it ("the fifth NBA coach"). Each reader takes a sentence and the figure's offsets in it.
"""

from __future__ import annotations

import re

from claimcheck._words.dates import MONTH_AND_DAY_NAMES
from claimcheck._words.stopwords import FUNCTION_WORDS

__all__ = ["converted", "listed", "named_after", "rate"]

#: "(", then the figure's own words: the figure restates in brackets the one before it.
_BRACKET_BEFORE = re.compile(r"\d[\d,.]*(?:\s*[A-Za-z%$€£¥]+\.?){0,3}\s*\(\s*[A-Za-z$€£¥]{0,3}\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")


def converted(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a conversion in brackets of the figure just
    before it ("US$1 million ($1.52 million)", "about 60 metres (200 feet)").

    Examples:
        >>> s = "Damage was put at US$1 million ($1.52 million) by the council."
        >>> converted(s, s.index("$1.52"), s.index(")"))
        True
        >>> s = "Okafor (14 points) led the side."
        >>> converted(s, s.index("14"), s.index(")"))
        False
    """
    return (
        _BRACKET_AFTER.match(sentence, end) is not None
        and _BRACKET_BEFORE.search(sentence[max(0, start - 40) : start]) is not None
    )


_RATE = re.compile(r"\b(?:one|1|a)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)


def rate(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the base of a rate ("one in every 500 users")."""
    return _RATE.search(sentence[max(0, start - 20) : start]) is not None


_FIGURE = r"(\d[\d,]*(?:\.\d+)?)"
_LIST_BEFORE = re.compile(_FIGURE + r"\s*(?:,|and|or)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|and|or)\s*" + _FIGURE)


def listed(sentence: str, start: int, end: int) -> frozenset[float]:
    """The figures listed right beside the figure at ``start:end`` ("7.6 and 7.5 magnitude
    quakes": 7.6 beside 7.5).

    Examples:
        >>> s = "It followed the 7.6 and 7.5 magnitude quakes of January."
        >>> sorted(listed(s, s.index("7.5"), s.index("7.5") + 3))
        [7.6]
    """
    found = []
    before = _LIST_BEFORE.search(sentence[max(0, start - 24) : start])
    if before is not None:
        found.append(before.group(1))
    after = _LIST_AFTER.match(sentence, end)
    if after is not None:
        found.append(after.group(1))
    out = set()
    for figure in found:
        try:
            out.add(float(figure.replace(",", "")))
        except ValueError:
            continue
    return frozenset(out)


_NAME_AFTER = re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def named_after(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The names right after a figure, before what it counts ("the fifth NBA head coach":
    ``nba``; "seven Israeli soldiers": ``israeli``), lower case; ``()`` when none.

    Examples:
        >>> s = "He is the third Eastern Conference coach fired."
        >>> named_after(s, s.index("third"), s.index("third") + 5)
        ('eastern conference',)
    """
    words = []
    pos = end
    while True:
        m = _NAME_AFTER.match(sentence, pos + 1) if sentence[pos : pos + 1] == " " else None
        if m is None:
            break
        word = m.group().rstrip(".")
        low = word.lower()
        if not word[:1].isupper() or low in FUNCTION_WORDS or low in MONTH_AND_DAY_NAMES:
            break
        words.append(low.removesuffix("'s").removesuffix("’s"))
        pos = m.end()
    return (" ".join(words),) if words else ()
