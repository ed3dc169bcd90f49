"""Figures' own words: what the words right around a figure say of it.

Linking reads them before it calls two differing figures a conflict
(:func:`claimcheck.linking.relate.may_conflict`): a figure in brackets that converts the one
before it ("US$1 million ($1.52 million)"), the base of a rate ("one in every 500 users"),
the figures listed beside it ("the 7.6 and 7.5 magnitude quakes"), the names right after
it ("the fifth NBA coach"), other instances or more of them ("four prior arrests", "two
more bodies"), one side of a score ("a 20-13 lead"), a rate per game or head ("20.2 points
an outing"), a role ("four seasons as director"), the time between two events ("two years
after his death"), a moment of a game ("in the third quarter") and a bound of nearness
("within 80 metres of the hut"), a number that is part of a name ("Windows 2000"), legal
charges ("two counts of assault"), a family's size ("a mother of 13"), a change ("will cut
2,000 jobs") and a selection ("their first five drives"). Each reader takes a sentence and the
figure's offsets in it; :func:`scope` ("game" or "season"), :func:`instance` ("The first
quake ...") and :func:`conditional` ("If the talks fail, ...") read the whole sentence.
"""

from __future__ import annotations

import re

from claimcheck._words.dates import MONTH_AND_DAY_NAMES
from claimcheck._words.stopwords import FUNCTION_WORDS

__all__ = [
    "another",
    "capacity",
    "change",
    "charge",
    "conditional",
    "converted",
    "family",
    "gap",
    "in_name",
    "instance",
    "listed",
    "moment",
    "named_after",
    "nearness",
    "per_unit",
    "rate",
    "scope",
    "score_part",
    "selection",
    "span",
    "threshold",
]

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


_RATE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|a)\s+(?:in|out\s+of)\s+(?:every\s+)?$",
    re.IGNORECASE,
)


def rate(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is the base of a rate ("one in every 500 users",
    "about 6 in 10 voters").

    Examples:
        >>> s = "About 6 in 10 voters backed her."
        >>> rate(s, s.index("10"), s.index("10") + 2)
        True
        >>> s = "Police held 6 in Leeds and 10 in York."
        >>> rate(s, s.index("10"), s.index("10") + 2)
        False
    """
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


#: Words right after a figure that make it another instance or an increment, not the
#: story's figure ("four prior arrests", "two other rule changes", "two more bodies").
_ANOTHER = frozenset(
    {"prior", "previous", "other", "former", "earlier", "past", "more", "additional", "further", "extra"}
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def another(sentence: str, start: int, end: int) -> bool:
    """Whether the figure counts other instances or more of them ("four prior arrests", "two
    more bodies"): its figure is not the total of the story's event.

    Examples:
        >>> s = "Quint has four prior arrests."
        >>> another(s, s.index("four"), s.index("four") + 4)
        True
    """
    m = _NEXT_WORD.match(sentence, end)
    return m is not None and m.group(1).lower() in _ANOTHER


_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_SCORE_AFTER = re.compile(r"\s*[-–]\s*\d")


def score_part(sentence: str, start: int, end: int) -> bool:
    """Whether the figure is one side of a score or tally ("a 20-13 lead", "a 45 - 42
    game"): a side of a score is no figure on its own.

    Examples:
        >>> s = "It gave the Colts a 20 - 13 lead."
        >>> score_part(s, s.index("13"), s.index("13") + 2)
        True
        >>> s = "A 16 - year - old was hurt."
        >>> score_part(s, s.index("16"), s.index("16") + 2)
        False
    """
    return (
        _SCORE_BEFORE.search(sentence[max(0, start - 8) : start]) is not None
        or _SCORE_AFTER.match(sentence, end) is not None
    )


_PER = re.compile(
    r"(?:[^.;:,]|\.\d){0,60}?\b(?:per|an?|each)\s+(?:game|outing|match|night|day|week|month|year|season|head|capita)\b"
    r"(?!\s+(?:after|before|earlier|later|ago))",
    re.IGNORECASE,
)


def per_unit(sentence: str, start: int, end: int) -> bool:
    """Whether the figure is a rate per game, day or head ("20.2 points ... an outing",
    "$40 per head"): an average, never a rival of a total.

    Examples:
        >>> s = "He has logged 20.2 points in 31 minutes an outing."
        >>> per_unit(s, s.index("20.2"), s.index("20.2") + 4)
        True
        >>> s = "He scored 22 points a day after the draw."
        >>> per_unit(s, s.index("22"), s.index("22") + 2)
        False
    """
    return _PER.match(sentence, end) is not None


_CAPACITY = re.compile(
    r"(?:\s+[a-z]+)?\s+as\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?!(?:of|well|many|much|long|soon|far|result|part|such|if|though|usual|expected|planned|"
    r"it|they|he|she|we|i|you|a|an|the)\b)[A-Za-z]"
)


def capacity(sentence: str, start: int, end: int) -> bool:
    """Whether a role qualifies the figure ("four seasons as the club's scout", "seven
    years as mayor"): a span of a career in one role, part of a longer one.

    Examples:
        >>> s = "He spent four seasons as the club's chief scout."
        >>> capacity(s, s.index("four"), s.index("four") + 4)
        True
        >>> s = "He spent four seasons in Lyon as well."
        >>> capacity(s, s.index("four"), s.index("four") + 4)
        False
    """
    return _CAPACITY.match(sentence, end) is not None


_GAP = re.compile(r"(?:\s+[a-z]+)?\s+(?:after|before|later|earlier|ago)\b", re.IGNORECASE)


def gap(sentence: str, start: int, end: int) -> bool:
    """Whether a duration is the time between two events ("two years after the death",
    "one day after placing him on the list"), not how long something lasted.

    Examples:
        >>> s = "The vote comes two years after his death."
        >>> gap(s, s.index("two"), s.index("two") + 9)
        True
    """
    return _GAP.match(sentence, end) is not None


_MOMENT_BEFORE = re.compile(r"\b(?:in|during|of)\s+the\s+$", re.IGNORECASE)
_MOMENT_AFTER = re.compile(r"\s+(?:quarter|half|inning|innings|period|round|set|lap|minute|over|frame)\b")


def moment(sentence: str, start: int, end: int) -> bool:
    """Whether an ordinal names a moment of a game ("in the third quarter", "during the
    second half"): when something happened, not a figure about it.

    Examples:
        >>> s = "He scored in the third quarter."
        >>> moment(s, s.index("third"), s.index("third") + 5)
        True
    """
    return (
        _MOMENT_BEFORE.search(sentence[max(0, start - 12) : start]) is not None
        and _MOMENT_AFTER.match(sentence, end) is not None
    )


_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|some\s+|just\s+)?$", re.IGNORECASE)


def nearness(sentence: str, start: int, end: int) -> bool:
    """Whether the figure bounds a nearness ("got within 80 metres of the hut", "within 60
    days"): a bound on how near, not a distance or time something measured.

    Examples:
        >>> s = "They got within 80 metres of the hut."
        >>> nearness(s, s.index("80"), s.index("80") + 9)
        True
    """
    return _WITHIN.search(sentence[max(0, start - 20) : start]) is not None


_NAME_BEFORE = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][A-Za-z]+) $")


def in_name(sentence: str, start: int, end: int) -> bool:
    """Whether a bare number is part of a name ("Windows 2000 users", "a Boeing 747"): right
    after a capitalised word inside the sentence that is no month, day or function word.

    Examples:
        >>> s = "It hit Windows XP and Windows 2000 users."
        >>> in_name(s, s.index("2000"), s.index("2000") + 4)
        True
        >>> s = "Talks began on May 9 in Oslo."
        >>> in_name(s, s.index("9"), s.index("9") + 1)
        False
    """
    if not sentence[start:end].isdigit():
        return False
    m = _NAME_BEFORE.search(sentence[max(0, start - 30) : start])
    if m is None:
        return False
    low = m.group(1).lower()
    return low not in MONTH_AND_DAY_NAMES and low not in FUNCTION_WORDS and low not in _MONTH_ABBREVIATIONS


_MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "number"}
)


_CHARGE = re.compile(r"\s+(?:more\s+|other\s+|further\s+)?(?:counts?|charges?)\s+of\b", re.IGNORECASE)


def charge(sentence: str, start: int, end: int) -> bool:
    """Whether the figure counts legal charges ("two counts of assault", "three charges of
    fraud"): charges are no count of people, shots or victims.

    Examples:
        >>> s = "He was convicted on two counts of assault."
        >>> charge(s, s.index("two"), s.index("two") + 3)
        True
        >>> s = "He was hit by two shots."
        >>> charge(s, s.index("two"), s.index("two") + 3)
        False
    """
    return _CHARGE.match(sentence, end) is not None


_FAMILY = re.compile(
    r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?\s+of\s+$", re.IGNORECASE
)


def family(sentence: str, start: int, end: int) -> bool:
    """Whether the figure counts a parent's children ("a mother of 13", "father of three"):
    a family's size, not a figure of the story's event.

    Examples:
        >>> s = "A mother of 13 was shot on Monday."
        >>> family(s, s.index("13"), s.index("13") + 2)
        True
    """
    return _FAMILY.search(sentence[max(0, start - 24) : start]) is not None


#: One game named in a sentence ("in the game", "their first meeting"): "game" alone, not
#: "games" or "game-winning".
_GAME = re.compile(r"\b(?:game|meeting|match|matchup)\b(?![-’'s]|\s+-\s)", re.IGNORECASE)
#: A season or a career named in a sentence ("this season", "a career-high").
_SEASON = re.compile(r"\b(?:seasons?|career)\b", re.IGNORECASE)


def scope(sentence: str) -> str:
    """What a sentence's sports figures hold for: ``game`` when it names one game (this
    wins: "in their first meeting this season" is one game), ``season`` when it names a
    season or a career, else ``""``.

    Examples:
        >>> scope("In the first meeting this season, he had two catches.")
        'game'
        >>> scope("He has 59 catches in his fourth season."), scope("He has 105 games.")
        ('season', '')
    """
    if _GAME.search(sentence) is not None:
        return "game"
    return "season" if _SEASON.search(sentence) is not None else ""


_INSTANCE = re.compile(r"\s*(?:The|A|An)\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+[a-z]")


def instance(sentence: str) -> str:
    """The ordinal of a sentence opening with one of several things ("The first quake ...":
    ``first``), else ``""``: its figures are that one's, not the story's.

    Examples:
        >>> instance("The second blast, minutes later, killed 12."), instance("The blast killed 12.")
        ('second', '')
    """
    m = _INSTANCE.match(sentence)
    return m.group(1).lower() if m is not None else ""


_CONDITIONAL = re.compile(r"\s*[\"'“‘(]?\s*(?:if|unless|should|were)\s", re.IGNORECASE)


def conditional(sentence: str) -> bool:
    """Whether a sentence opens with a condition ("If Cruz wins Tuesday, Trump needs 57
    percent ...", "Unless talks resume, 4,000 jobs will go"): its figures are what would
    follow, no rival of a figure stated as fact.

    Examples:
        >>> conditional("If the bill passes, 2,000 jobs will go."), conditional("The bill cut 2,000 jobs.")
        (True, False)
    """
    return _CONDITIONAL.match(sentence) is not None


_NUMBER_WORD = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
_SPAN = re.compile(
    r"\b(?:over|in|during|across|throughout)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
    rf"({_NUMBER_WORD})\s+(?:straight\s+|consecutive\s+)?(days?|nights?|weeks?)\b",
    re.IGNORECASE,
)


def span(sentence: str, start: int, end: int) -> str:
    """The span of days or weeks the figure's words give it ("over 50 arrests over four
    nights": ``four night``), lower case, singular, else ``""``: a span's figure is a total for it,
    not a rival of one night's or of an unbounded one. Read within 60 characters of the
    figure, never in the figure's own words ("for three days" is no span of "three days").

    Examples:
        >>> s = "Police made 61 arrests over four nights of protest."
        >>> span(s, s.index("61"), s.index("61") + 2)
        'four night'
        >>> s = "The siege lasted four days."
        >>> span(s, s.index("four"), s.index("four") + 9)
        ''
    """
    lo = max(0, start - 60)
    for m in _SPAN.finditer(sentence, lo, min(len(sentence), end + 60)):
        if m.end() <= start or m.start() >= end:
            return f"{m.group(1).lower()} {m.group(2).lower().rstrip('s')}"
    return ""


#: Verbs of change right before a figure ("will cut 2,000 jobs", "plans to add 500 staff").
_CHANGE_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|shed|sheds|shedding|eliminat(?:e|es|ed|ing)|"
    r"ax(?:e|es|ed|ing)|lay(?:s|ing)?\s+off|laid\s+off|add|adds|added|adding|creat(?:e|es|ed|ing)|"
    r"hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|los(?:e|es|ing)|lost|reduc(?:e|es|ed|ing)|"
    r"trim(?:s|med|ming)?|scrap(?:s|ped|ping)?)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|up\s+to|at\s+least|more\s+than|over|another|"
    r"an\s+additional|a\s+further)\s+)?$",
    re.IGNORECASE,
)
#: Nouns of change right after a figure ("2,000 job cuts", "500 new jobs", "300 layoffs").
_CHANGE_AFTER = re.compile(
    r"\s+(?:new\b|(?:[a-z]+\s+)?(?:cuts|losses|layoffs|lay-offs|redundancies|reductions)\b)",
    re.IGNORECASE,
)

#: A change told after the counted noun, in its clause ("2,800 employees at the plant will
#: lose their jobs", "300 workers were laid off").
_CHANGE_LATER = re.compile(
    r"(?:\s+[^\s,;:.]+){0,6}?\s+(?:(?:will|would|could|to|are|were|have|had|be|been|being)\s+){0,3}"
    r"(?:los(?:e|es|ing)\s+(?:their\s+|the(?:ir)?\s+)?jobs?|lost\s+(?:their\s+)?jobs?|"
    r"laid\s+off|let\s+go|made\s+redundant|cut|eliminated|axed|shed|slashed)\b",
    re.IGNORECASE,
)


def change(sentence: str, start: int, end: int) -> bool:
    """Whether the figure is a change, by a verb of change right before it ("will cut 2,000
    jobs", "eliminate 1,500 positions", "hired 300"), a noun of change right after it
    ("2,000 job cuts", "500 new jobs") or a change its noun undergoes later in the clause
    ("300 workers were laid off", "2,800 staff will lose their jobs"): a change is no rival
    of a level ("employs 12,000 people") and a level none of a change.

    Examples:
        >>> s = "The firm will cut 2,000 jobs in Germany."
        >>> change(s, s.index("2,000"), s.index("2,000") + 5)
        True
        >>> s = "The firm employs 12,000 people in Germany."
        >>> change(s, s.index("12,000"), s.index("12,000") + 6)
        False
        >>> s = "Some 300 workers at the mill were laid off."
        >>> change(s, s.index("300"), s.index("300") + 3)
        True
    """
    return (
        _CHANGE_BEFORE.search(sentence[max(0, start - 40) : start]) is not None
        or _CHANGE_AFTER.match(sentence, end) is not None
        or _CHANGE_LATER.match(sentence, end) is not None
    )


_SELECTION = re.compile(
    r"\b(?:first|last|past|next|top|bottom|opening|final|previous)\s+(?:(?:about|some|nearly|around)\s+)?$",
    re.IGNORECASE,
)


def selection(sentence: str, start: int, end: int) -> bool:
    """Whether the figure bounds a selection the writer chose ("their first five drives",
    "the past three years", "the top 10 seeds"): how many were picked out, not a count
    anyone measured, so no rival of another selection's or of a count.

    Examples:
        >>> s = "They scored on four of their first five drives."
        >>> selection(s, s.index("five"), s.index("five") + 4)
        True
        >>> s = "They scored on their five drives."
        >>> selection(s, s.index("five"), s.index("five") + 4)
        False
    """
    return _SELECTION.search(sentence[max(0, start - 24) : start]) is not None


_THRESHOLD = re.compile(r"\s+(?:\w+\s+)?(?:needed|required|necessary)\b", re.IGNORECASE)


def threshold(sentence: str, start: int, end: int) -> bool:
    """Whether the figure is what something needs ("the 270 needed to win", "2,383 delegates
    required"): a threshold, no rival of a figure something reached.

    Examples:
        >>> s = "She needs 67 more to reach the 2,383 needed to win."
        >>> threshold(s, s.index("2,383"), s.index("2,383") + 5)
        True
        >>> s = "He won 332 votes, more than he needed."
        >>> threshold(s, s.index("332"), s.index("332") + 3)
        False
    """
    return _THRESHOLD.match(sentence, end) is not None
