"""Readers of periods longer than a day that news dates events by: seasons (``last spring``,
``the summer of 2019``), calendar quarters (``the third quarter of 2024``, ``Q3 2024``),
decades (``in the 1990s``, ``since the late 1980s``) and the weeks either side of last and next week
(``the week before last``, ``the week after next``).

Each is a range of months (seasons, quarters), of years (decades) or of days (weeks): the
``until`` end of a :class:`DateValue`. A season or quarter written without its year takes
it from the publication date in the tense's direction: looking back, the latest one that
has ended by publication; looking forward, the earliest one not yet over. Seasons are those
of the northern hemisphere (meteorological: spring is March to May), and say so in a note.
"""

from __future__ import annotations

import datetime as _dt
import re

from claimcheck._words.dates import (
    QUARTER_CONTEXT_WORDS,
    QUARTER_NUMBERS,
    SEASON_MONTHS,
    SPORT_WORDS,
)
from claimcheck.extraction.dates._parts import Read
from claimcheck.extraction.dates._tense import direction, sentence_words
from claimcheck.model import DateValue

__all__ = [
    "DECADE",
    "QUARTER",
    "SEASON",
    "WEEK_PAIR",
    "read_decade",
    "read_quarter",
    "read_season",
    "read_week_pair",
]

_F = re.IGNORECASE

_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"

#: ``last spring``, ``this summer``, ``next autumn``; ``the summer of 2019``, ``spring 2021``;
#: ``in the spring`` (the tense decides which), ``early next summer``.
SEASON = re.compile(
    rf"\b(?:(?:(?P<part>early|late|mid-?)\s{{0,3}})?(?P<rel>last|this|next|past|previous|coming)"
    rf"\s{{1,3}}(?P<s1>{_SEASON})\b(?!['’-])"
    rf"|(?P<the>the\s{{1,3}}(?:(?:early|late)\s{{1,3}})?)?(?P<s2>{_SEASON})(?:\s{{1,3}}of)?\s{{1,3}}(?P<y>{_YEAR})\b(?![-–/.,]\d|\s?%|\s{{0,3}}per\s?cent)"
    rf"|(?<=\bin\s)(?P<bare>the\s{{1,3}}(?P<s3>spring|summer|autumn|winter))\b(?!\s{{0,3}}(?:of|['’-]))"
    rf")",
    _F,
)

#: ``the third quarter of 2024``, ``the first quarter of this year``, ``the fourth quarter``
#: (only in a sentence about business or the economy), ``Q3 2024``, ``2024 Q3``.
QUARTER = re.compile(
    rf"\b(?P<fiscal>fiscal\s{{1,3}})?(?:the\s{{1,3}})?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"(?:\s{{1,3}}|-)quarter\b(?!-)"
    rf"(?:\s{{1,3}}of\s{{1,3}}(?:(?P<y>{_YEAR})\b|(?:the\s{{1,3}})?(?P<rel>this|last|next|previous)\s{{1,3}}year\b)"
    rf"|\s{{1,3}}(?P<y2>{_YEAR})\b)?"
    rf"|\b[Qq](?P<qn>[1-4])\s{{0,2}}(?P<y3>{_YEAR})\b"
    rf"|\b(?P<y4>{_YEAR})\s{{0,2}}[Qq](?P<qn2>[1-4])\b",
    _F,
)

#: ``in the 1990s``, ``since the early 2000s``, ``during the mid-1980s``: a decade only
#: after a preposition of time (``music of the 1990s`` is a style, not the date of an event).
DECADE = re.compile(
    r"\b(?:in|during|since|by|until|till|through|throughout|from|before|after|to)\s{1,3}"
    r"(?P<d>(?:the\s{1,3})?(?:(?P<part>early|late|mid)(?:-|\s{1,3}))?(?P<y>1[5-9]\d0|20\d0)['’]?s)\b",
    _F,
)

#: ``the week before last``, ``the week after next``: Monday to Sunday, two weeks away.
WEEK_PAIR = re.compile(r"\bthe\s{1,3}week\s{1,3}(?P<way>before\s{1,3}last|after\s{1,3}next)\b", _F)

_RELATIVE = "relative to publication date"

#: Characters either side of a bare season read for its tense, and of a bare quarter for
#: the business or game words around it.
_TENSE_WINDOW = 160
_CONTEXT_WINDOW = 200
_LOWER_WORD = re.compile(r"[a-z]+")

#: A preposition right before ``fall 2019`` (else ``fall`` may be the verb).
_FALL_PREP = re.compile(r"\b(?:in|of|during|since|by|until|from|through)\s{1,3}\Z", _F)

#: ``fiscal`` or ``financial year`` right before or after a quarter: a company's year, which
#: need not start in January, so the quarter is left unread.
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial)[-\s]{1,3}(?:year[-\s]{1,3})?(?:\d{4}\s{1,3})?\Z", _F)
_FISCAL_AFTER = re.compile(
    r"\s{1,3}of\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:fiscal|financial)\b", _F
)


def _month_range(first: tuple[int, int], months: int) -> DateValue:
    """The months from ``first`` (year, month) for ``months`` months, as one range."""
    y, m = first
    last = y * 12 + m - 1 + months - 1
    return DateValue(y, m, until=DateValue(last // 12, last % 12 + 1))


def _pick(
    starts: list[tuple[int, int]], months: int, published: _dt.date, *, future: bool, started: bool = False
) -> tuple[int, int]:
    """Of the candidate starts (year, month): looking back, the latest period over by
    publication (or only begun by it, with ``started``); looking forward, the earliest
    not yet over."""
    pub = published.year * 12 + published.month - 1
    ordered = sorted(starts)
    if future:
        return next(s for s in ordered if s[0] * 12 + s[1] - 1 + months - 1 >= pub)
    last = 0 if started else months - 1
    return [s for s in ordered if s[0] * 12 + s[1] - 1 + last < pub + (1 if started else 0)][-1]


def read_season(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """A season as its three months (northern hemisphere, meteorological)."""
    season = (m["s1"] or m["s2"] or m["s3"]).lower()
    if season == "fall" and m["s1"] is None and m["y"] is None:
        return None  # "the fall": the verb or "the fall of Kabul"
    before = _FALL_PREP.search(m.string, max(0, m.start() - 12), m.start())
    if m["s2"] is not None and season == "fall" and not m["the"] and before is None:
        return None  # "prices fall 2020 ...": the verb; "in fall 2019", "the fall of 2019" are dates
    first_month = SEASON_MONTHS[season]
    notes = ["season: northern hemisphere, meteorological (three months)"]
    if m["y"] is not None:
        if season == "winter":
            return None  # "winter 2019": December 2018 or December 2019? left unread
        return _month_range((int(m["y"]), first_month), 3), tuple(notes), m.start(), m.end()
    if published is None:
        return None
    starts = [(published.year + k, first_month) for k in (-2, -1, 0, 1, 2)]
    rel = (m["rel"] or "").lower()
    notes.insert(0, _RELATIVE)
    if rel in ("last", "past", "previous"):
        first = _pick(starts, 3, published, future=False)
        notes.append("the latest such season over by publication")
    elif rel in ("next", "coming"):  # in May "next summer" is a year off: this one is "this summer"
        pub = published.year * 12 + published.month - 1
        first = next(s for s in starts if s[0] * 12 + s[1] - 1 - pub >= 3)
        notes.append("the first such season starting three months or more after publication")
    elif rel == "this":  # the season of the publication year; a winter, the one around its January
        year = published.year
        if season == "winter" and published.month <= 6:
            year -= 1
        first = (year, first_month)
        if future and (year * 12 + first_month + 1) < published.year * 12 + published.month - 1:
            first = (year + 1, first_month)  # "expecting a child this summer" written in December
            notes.append("this season: over in the publication year, so the next one (the tense)")
        else:
            notes.append("this season: the one of the publication year")
    else:  # "in the spring": looking back, the latest begun by publication
        lo = max(0, m.start() - _TENSE_WINDOW)  # a window keeps a text of many seasons linear
        text = m.string[lo : m.end() + _TENSE_WINDOW]
        if not direction(text, sentence_words(text), m.start() - lo, m.end() - lo)[1]:
            return None  # no verb with a tense: "prices fall in the spring" is a habit
        first = _pick(starts, 3, published, future=future, started=True)
        notes.append(
            "the next such season not yet over" if future else "the latest such season begun by publication"
        )
    return _month_range(first, 3), tuple(notes), m.start(), m.end()


def _quarter_context(text: str, start: int, end: int) -> bool:
    """Whether the words around a quarter are about business or the economy and not about a
    game (a window either side: linear in a text of many quarters)."""
    near = text[max(0, start - _CONTEXT_WINDOW) : end + _CONTEXT_WINDOW].lower()
    words = set(_LOWER_WORD.findall(near))
    return bool(words & QUARTER_CONTEXT_WORDS) and not words & SPORT_WORDS


def read_quarter(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """A calendar quarter as its three months; a fiscal quarter is left unread (a company's
    fiscal year need not start in January)."""
    if (
        m["fiscal"]
        or _FISCAL_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
        or _FISCAL_AFTER.match(m.string, m.end())
    ):
        return None
    q = int(m["qn"] or m["qn2"]) if (m["qn"] or m["qn2"]) else QUARTER_NUMBERS[m["q"].lower()]
    first_month = 3 * (q - 1) + 1
    year_text = m["y"] or m["y2"] or m["y3"] or m["y4"]
    notes = ["calendar quarter (three months)"]
    if year_text:
        return _month_range((int(year_text), first_month), 3), tuple(notes), m.start(), m.end()
    if published is None:
        return None
    notes.insert(0, _RELATIVE)
    if m["rel"]:
        step = {"this": 0, "last": -1, "previous": -1, "next": 1}[m["rel"].lower()]
        return (
            _month_range((published.year + step, first_month), 3),
            tuple(notes),
            m.start(),
            m.end(),
        )
    if not _quarter_context(m.string, m.start(), m.end()):
        return None  # "in the fourth quarter" of a game
    starts = [(published.year + k, first_month) for k in (-1, 0, 1)]
    first = _pick(starts, 3, published, future=future)
    notes.append("the latest such quarter over by publication" if not future else "the quarter not yet over")
    return _month_range(first, 3), tuple(notes), m.start(), m.end()


def read_decade(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """A decade as its ten years (``the late 1980s`` keeps the whole decade, with a note)."""
    year = int(m["y"])
    if year % 100 == 0:
        return None  # "the 1900s", "the 2000s": a century as often as a decade
    notes = ["decade (ten years)"]
    if m["part"]:
        notes.append(f"{m['part'].lower()} part of the decade, kept whole")
    return DateValue(year, until=DateValue(year + 9)), tuple(notes), m.start("d"), m.end("d")


def read_week_pair(m: re.Match[str], published: _dt.date | None, future: bool) -> Read:
    """``the week before last``: Monday to Sunday two weeks before publication's week."""
    if published is None:
        return None
    step = -2 if m["way"].lower().startswith("before") else 2
    monday = published - _dt.timedelta(days=published.weekday() - 7 * step)
    sunday = monday + _dt.timedelta(days=6)
    value = DateValue(
        monday.year, monday.month, monday.day, until=DateValue(sunday.year, sunday.month, sunday.day)
    )
    way = "two weeks before" if step < 0 else "two weeks after"
    notes = (_RELATIVE, "week: Monday to Sunday", f"{way} publication's week")
    return value, notes, m.start(), m.end()
