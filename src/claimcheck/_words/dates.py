"""Date words shared by every stage: month and weekday tables and patterns (read by the date
extractor and by metadata inference when loading)."""

from __future__ import annotations

__all__ = [
    "DEFERRAL_VERBS",
    "DOCUMENT_NOUNS",
    "EVENT_WORDS",
    "FIXED_HOLIDAYS",
    "MODIFIERS",
    "MONTH_NUMBERS",
    "MONTH_PATTERN",
    "MONTH_WORD_PATTERN",
    "MOVABLE_HOLIDAYS",
    "NAMED_NUMBERS",
    "QUARTER_CONTEXT_WORDS",
    "QUARTER_NUMBERS",
    "REPORTING",
    "SEASON_MONTHS",
    "SPORT_WORDS",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_ABBR_PATTERN",
    "WEEKDAY_NAME_PATTERN",
    "YEAR_CUES",
    "YEAR_EVENT_NOUNS",
    "month_number",
]

#: Month names and abbreviations (lower case, without a final dot) -> month number.
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

#: A month name or abbreviation (match case-insensitively), without a dot.
MONTH_WORD_PATTERN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])"
)
#: A month name; only an abbreviation takes a dot (``Feb.``), a full name leaves a full stop out.
MONTH_PATTERN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)(?![a-z])"
)
#: A weekday's full name; its abbreviation (match case-insensitively).
WEEKDAY_NAME_PATTERN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WEEKDAY_ABBR_PATTERN = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"


def month_number(word: str) -> int:
    """The number of a month name or abbreviation, with or without a dot (``Sept.`` -> 9).

    Args:
        word: the month as written (any case).
    """
    return MONTH_NUMBERS[word.rstrip(".").lower()]


WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

#: The full names of months and weekdays, lower case: calendar words, never names of people or
#: places (``linking.context``, ``linking.holders``).
MONTH_AND_DAY_NAMES: frozenset[str] = frozenset(
    [m for m, n in MONTH_NUMBERS.items() if len(m) > 4 or m in ("may", "june", "july")] + list(WEEKDAYS)
)

#: Weekday abbreviations, read only right before a day number (``Mon 13th``, ``Fri 7/6``).
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip

#: Holidays on the same calendar day every year (lower case, spaces single) -> (month, day).
#: ``Independence Day`` is national (4 July in the US, 28 May or 18 October elsewhere):
#: it is read only with a US marker (see the extractor).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new years day": (1, 1), "new year day": (1, 1),
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year eve": (12, 31),
    "valentine's day": (2, 14), "valentines day": (2, 14), "halloween": (10, 31),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "juneteenth": (6, 19), "boxing day": (12, 26),
    "earth day": (4, 22), "us independence day": (7, 4), "u.s. independence day": (7, 4),
    "american independence day": (7, 4), "america's independence day": (7, 4),
    "fourth of july": (7, 4), "international women's day": (3, 8),
}  # fmt: skip

#: Numbers written like a short date that name an event, not a day of this year.
NAMED_NUMBERS = frozenset(["9/11", "7/7"])

#: Holidays computed each year -> (base, days after it): ``easter`` (Western Easter Sunday),
#: ``thanksgiving`` (US, fourth Thursday of November).
MOVABLE_HOLIDAYS: dict[str, tuple[str, int]] = {
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter day": ("easter", 0),
    "easter monday": ("easter", 1), "good friday": ("easter", -2),
    "thanksgiving": ("thanksgiving", 0), "thanksgiving day": ("thanksgiving", 0),
    "black friday": ("thanksgiving", 1),
}  # fmt: skip

#: Words before a bare year that make it a date ("in 2021", "since 1992").
YEAR_CUES = (
    "in", "since", "until", "till", "by", "from", "during", "before", "after", "of", "year",
    "early", "late", "mid", "mid-", "through", "throughout", "around", "circa", "spring",
    "summer", "autumn", "fall", "winter", "as of", "end of", "start of", "beginning of",
    "middle of", "back in", "in early", "in late", "back to",
)  # fmt: skip

#: Event words (inflected forms) -> a lemma-ish key used as the claim subject.
EVENT_WORDS: dict[str, str] = {}
for _key, _forms in {
    "sign": "sign signs signed signing",
    "establish": "establish establishes established establishing establishment",
    "arrive": "arrive arrives arrived arriving arrival",
    "visit": "visit visits visited visiting",
    "recognize": "recognize recognizes recognized recognizing recognise recognises recognised "
    "recognising recognition",
    "hold": "hold holds held holding",
    "report": "report reports reported reporting",
    "publish": "publish publishes published publishing publication",
    "adopt": "adopt adopts adopted adopting adoption",
    "begin": "begin begins began begun beginning start starts started starting",
    "meet": "meet meets met meeting meetings",
    "born": "born birth",
    "die": "die dies died death",
    "elect": "elect elects elected electing election elections",
    "launch": "launch launches launched launching",
    "announce": "announce announces announced announcing announcement",
    "open": "open opens opened opening",
    "ratify": "ratify ratifies ratified ratifying ratification",
    "end": "end ends ended ending",
    "attack": "attack attacks attacked",
    "declare": "declare declares declared declaring",
    "approve": "approve approves approved approving approval",
    "found": "founded founding",
    "take place": "occurred occur occurs happened",
    "say": "said says told stated",
    "leave": "left leaves",
    "invade": "invade invaded invasion",
    "release": "release released releasing",
    "close": "close closed closing",
    "prepare": "prepare prepared preparing preparation preparations",
}.items():
    for _form in _forms.split():
        EVENT_WORDS[_form] = _key

#: Event keys that only report the news: used only when nothing else dates the sentence.
REPORTING = frozenset({"report", "say", "announce", "publish"})

#: Nouns naming a document or an event; one may be the object of the event word.
DOCUMENT_NOUNS = frozenset(
    [
        "declaration",
        "declarations",
        "protocol",
        "protocols",
        "agreement",
        "agreements",
        "treaty",
        "treaties",
        "convention",
        "conventions",
        "statement",
        "statements",
        "memorandum",
        "memorandums",
        "contract",
        "contracts",
        "deal",
        "deals",
        "law",
        "laws",
        "decree",
        "decrees",
        "charter",
        "accord",
        "accords",
        "resolution",
        "resolutions",
        "relations",
        "ties",
        "embassy",
        "embassies",
        "embassies",
        "talks",
        "summit",
        "summits",
        "meeting",
        "meetings",
        "visit",
        "visits",
        "election",
        "elections",
        "ceasefire",
        "truce",
        "war",
        "referendum",
        "constitution",
        "document",
        "documents",
        "program",
        "programme",
        "plan",
        "strategy",
        "roadmap",
        "communique",
        "communiqué",
        "pact",
        "alliance",
        "union",
        "independence",
        "operations",
        "operation",
        "session",
        "conference",
    ]
)

#: Words that may stand before a document noun and belong to the object ("diplomatic relations").
MODIFIERS = frozenset(
    [
        "diplomatic",
        "allied",
        "trilateral",
        "bilateral",
        "joint",
        "official",
        "state",
        "working",
        "peace",
        "trade",
        "economic",
        "military",
        "strategic",
        "friendship",
        "partnership",
        "cooperation",
        "free",
        "general",
        "presidential",
        "parliamentary",
        "legislative",
    ]
)

#: Nouns a year before them dates (``the 2021 budget``, ``the 2016 elections``), besides the
#: singular document nouns; plural forms here still name one event.
YEAR_EVENT_NOUNS = frozenset(
    [
        "budget",
        "census",
        "campaign",
        "crisis",
        "revolution",
        "coup",
        "uprising",
        "earthquake",
        "flood",
        "floods",
        "invasion",
        "attack",
        "attacks",
        "olympics",
        "games",
        "elections",
        "talks",
        "polls",
        "negotiations",
        "protests",
        "season",
        "tournament",
        "championship",
        "report",
        "survey",
        "edition",
    ]
)

#: Words that put the event of a clause after the time of writing (a bare weekday or month
#: near them is the coming one): modals, schedules, plans; ``would`` is the future seen
#: from a past statement ("said it would vote on Thursday"), which in news is still to come.
FUTURE_CUES = frozenset(
    [
        "will",
        "shall",
        "'ll",
        "’ll",
        "won't",
        "won’t",
        "wont",
        "would",
        "going",
        "due",
        "scheduled",
        "slated",
        "planned",
        "plans",
        "plan",
        "planning",
        "expected",
        "expects",
        "intends",
        "aims",
        "upcoming",
        "forthcoming",
        "expect",
        "expects",
        "could",
        "may",
        "might",
        "should",
        "must",
        "can",
        "ahead",
        "next",
        "coming",
        "tomorrow",
        "set",
    ]
)

#: Cues that only look forward when ``to`` or ``for`` follows (``set to``, ``set for``,
#: ``plan to``), since alone they are nouns or past forms ("the set", "a plan").
FUTURE_NEEDS_TO = frozenset(["set", "plan", "plans", "planning", "expected", "intends", "aims"])

#: Past verbs of intent: with ``to`` after them they look forward (``agreed to meet on Friday``).
INTENT_VERBS = frozenset(
    [
        "agreed",
        "decided",
        "promised",
        "vowed",
        "pledged",
        "threatened",
        "voted",
        "offered",
        "refused",
        "hoped",
        "wanted",
        "sought",
        "asked",
        "urged",
        "planned",
        "prepared",
        "arranged",
        "proposed",
    ]
)

#: Past forms spelt like their bare verb: after ``to`` or a modal they are not past.
BARE_PAST_FORMS = frozenset(
    [
        "cut",
        "put",
        "set",
        "hit",
        "read",
        "quit",
        "spread",
        "shut",
        "cast",
        "hurt",
        "cost",
        "let",
        "split",
        "burst",
    ]
)

#: Irregular past forms that date an event before the time of writing.
PAST_FORMS = frozenset(
    [
        "said",
        "told",
        "met",
        "held",
        "was",
        "were",
        "had",
        "did",
        "went",
        "came",
        "won",
        "lost",
        "took",
        "gave",
        "made",
        "saw",
        "began",
        "fell",
        "rose",
        "left",
        "brought",
        "sent",
        "spoke",
        "ran",
        "struck",
        "hit",
        "shot",
        "fought",
        "led",
        "kept",
        "paid",
        "sold",
        "bought",
        "thought",
        "found",
        "became",
        "broke",
        "caught",
        "chose",
        "drove",
        "flew",
        "forgot",
        "froze",
        "grew",
        "hung",
        "knew",
        "laid",
        "lay",
        "meant",
        "put",
        "quit",
        "read",
        "rode",
        "rang",
        "sank",
        "sat",
        "slept",
        "slid",
        "spent",
        "split",
        "spread",
        "stood",
        "stole",
        "stuck",
        "swore",
        "swept",
        "swung",
        "taught",
        "tore",
        "threw",
        "understood",
        "woke",
        "wore",
        "wrote",
        "got",
        "heard",
        "felt",
        "sought",
        "shut",
        "cut",
        "set",
        "cast",
        "fled",
        "overthrew",
        "withdrew",
        "undertook",
        "oversaw",
        "underwent",
    ]
)

#: Words ending in ``-ed`` that are not past forms.
NOT_PAST_ED = frozenset(
    [
        "need",
        "speed",
        "indeed",
        "feed",
        "seed",
        "breed",
        "bleed",
        "proceed",
        "succeed",
        "exceed",
        "red",
        "bed",
        "shed",
        "wed",
        "hundred",
        "sacred",
        "naked",
        "wicked",
        "kindred",
        "bred",
        "shred",
        "sled",
        "fled",
        "embed",
        "hatred",
    ]
)

#: Auxiliaries that make a following participle or ``-ing`` form look back (``was held``,
#: ``has met``, ``were meeting``) or forward (``will be held``, ``is meeting``, ``to be held``).
PAST_AUXILIARIES = frozenset(["was", "were", "had", "has", "have", "been", "did"])
FUTURE_AUXILIARIES = frozenset(
    ["will", "shall", "'ll", "’ll", "to", "would", "be", "could", "may", "might", "should", "must", "can"]
)
#: Linking verbs a participle may follow (``will remain closed``, ``could be held``).
LINKING_VERBS = frozenset(["be", "remain", "stay", "get", "become"])
PRESENT_AUXILIARIES = frozenset(["is", "are", "am", "'s", "’s", "'re", "’re"])

#: Words that say a time is before writing whatever the verb (``since Monday``, ``ago``).
PAST_CUES = frozenset(["since", "ago", "earlier", "previous", "last", "yesterday", "recently"])

#: Verbs that move an event to a later day: with ``until``/``to`` after them the date is
#: ahead (``the hearing was postponed until March 3``, ``adjourned until Monday``).
DEFERRAL_VERBS = frozenset(
    [
        "postponed",
        "delayed",
        "deferred",
        "adjourned",
        "rescheduled",
        "pushed",
        "moved",
        "put",
        "extended",
        "suspended",
        "shifted",
        "bumped",
    ]
)

#: The first month of each season (northern hemisphere, meteorological seasons).
SEASON_MONTHS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

#: Ordinal words of a quarter -> its number.
QUARTER_NUMBERS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

#: Words of a sentence about business or the economy: a quarter written without its year
#: (``sales rose in the fourth quarter``) is a period of the calendar only among them.
QUARTER_CONTEXT_WORDS = frozenset(
    [
        "sales", "revenue", "revenues", "profit", "profits", "earnings", "loss", "losses",
        "growth", "economy", "economic", "gdp", "output", "inflation", "unemployment",
        "shares", "results", "quarterly", "percent", "investors", "analysts", "income",
        "margin", "margins", "dividend", "deliveries", "shipments", "exports", "imports",
        "spending", "production", "demand", "orders", "turnover", "jobs",
    ]
)  # fmt: skip

#: Words of a sentence about a game: its quarters are periods of play, not of the calendar.
SPORT_WORDS = frozenset(
    [
        "points", "scored", "score", "scoring", "touchdown", "touchdowns", "goal", "goals",
        "game", "games", "match", "quarterback", "basketball", "football", "nba", "nfl",
        "rebounds", "assists", "yards", "innings", "halftime", "buzzer", "overtime",
    ]
)  # fmt: skip
