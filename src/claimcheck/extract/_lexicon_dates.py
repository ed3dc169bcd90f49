"""Word lists for the date extractor (data only)."""

from __future__ import annotations

__all__ = [
    "DOCUMENT_NOUNS",
    "EVENT_WORDS",
    "MODIFIERS",
    "MONTH_NUMBERS",
    "REPORTING",
    "WEEKDAYS",
    "YEAR_CUES",
]

#: Month names and abbreviations (lower case, without a final dot) -> month number.
MONTH_NUMBERS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

#: Words before a bare year that make it a date ("in 2021", "since 1992").
YEAR_CUES = (
    "in", "since", "until", "till", "by", "from", "during", "before", "after", "of", "year",
    "early", "late", "mid", "mid-", "through", "throughout", "around", "circa", "spring",
    "summer", "autumn", "fall", "winter", "as of", "end of", "start of", "beginning of",
    "middle of", "back in", "in early", "in late",
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
