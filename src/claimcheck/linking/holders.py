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

from claimcheck._words.frames import SPEECH_VERBS
from claimcheck._words.places import within
from claimcheck.extraction._names import WORD as _WORD
from claimcheck.extraction._names import headline, name_runs

__all__ = ["holder", "holders_differ"]

#: Where a figure's clause starts or ends: semicolons, colons, dashes, commas and the
#: conjunctions that open a second clause without one ("... 14, while Ola Brandt added 15").
_BOUNDARY = re.compile(r"[;:,()\[\]\"“”]|\s[-–—]+\s|\b(?:while|whereas|but)\b", re.IGNORECASE)


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
    if headline(_WORD.findall(sentence)):
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
    return name_runs([m.group() for m in tokens], opening=opening, exclude=reporters)


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
