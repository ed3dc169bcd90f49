"""Speech lexicon: cue verbs, pronouns, role nouns and outlet patterns (data only).

Agency and outlet names are never listed: they are recognised by generic
patterns ("X reported", "told X", "the Baku-based X news site").
"""

from __future__ import annotations

__all__ = [
    "CUE_VERBS",
    "INSTRUMENT_HEADS",
    "NAME_STOPWORDS",
    "OUTLET_NOUNS",
    "PRONOUNS",
    "ROLE_NOUNS",
]

#: Verbs (inflected) that introduce or close a quotation or a reported statement.
CUE_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes",
    "stressed", "stresses", "emphasized", "emphasised", "underlined", "stated", "states",
    "declared", "declares", "explained", "explains", "wrote", "writes", "asked", "asks",
    "argued", "argues", "insisted", "insists", "claimed", "claims", "continued", "continues",
    "recalled", "recalls", "remarked", "remarks", "replied", "replies", "responded",
    "announced", "announces", "warned", "warns", "tweeted", "tweets", "posted",
    "reported", "reports", "commented", "comments", "observed", "pointed out",
    "concluded", "quipped", "joked", "mused", "acknowledged", "admitted", "conceded",
    "complained", "predicted", "suggested", "told reporters", "shouted", "yelled",
    "cried", "whispered", "boasted", "vowed", "promised", "urged", "countered",
    "elaborated", "reiterated", "highlighted", "believes", "thinks", "said in a statement",
)

#: Pronouns that refer back to the last named speaker.
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we"})

#: Role nouns: "the MP", "the minister" refer back to the last named person.
ROLE_NOUNS: tuple[str, ...] = (
    "mp", "minister", "president", "senator", "candidate", "governor", "spokesman",
    "spokeswoman", "spokesperson", "official", "lawmaker", "deputy", "ambassador",
    "chairman", "chairwoman", "chair", "expert", "analyst", "mayor", "congressman",
    "congresswoman", "leader", "diplomat", "professor", "businessman", "billionaire",
    "nominee", "secretary", "director", "adviser", "advisor", "representative",
    "head", "author", "former", "politician", "speaker",
)

#: Capitalised words that start sentences or titles but are not names.
NAME_STOPWORDS: frozenset[str] = frozenset({
    "The", "A", "An", "And", "But", "Or", "In", "On", "At", "For", "As", "It", "This",
    "That", "These", "Those", "He", "She", "They", "We", "I", "You", "His", "Her", "Their",
    "Our", "My", "Its", "When", "While", "If", "Then", "So", "Mr", "Mr.", "Mrs", "Mrs.",
    "Ms", "Ms.", "Dr", "Dr.", "Sen", "Sen.", "Rep", "Rep.", "Gov", "Gov.", "President",
    "MP", "Minister", "Senator", "Former", "Republican", "Democratic", "Democrat",
    "Azerbaijani", "Russian", "American", "US", "U.S.", "Also", "However", "According",
    "Another", "Meanwhile", "Later", "Earlier", "After", "Before", "Today", "Yesterday",
    "Speaking", "Secretary", "Chairman", "Prime", "Deputy", "Vice", "Candidate", "GOP",
    "Presidential", "Gen", "Gen.", "Lt", "Col", "Prof", "Prof.", "Judge", "Justice",
    "Governor", "Mayor", "Ambassador", "Spokesman", "Spokeswoman", "Professor",
    "Commissioner", "Lawmaker", "Congressman", "Congresswoman", "Chancellor", "Chairwoman",
    "Director", "Councillor", "Councilor", "Officer", "Sheriff", "Reverend", "Rev.", "Sir",
    "Lord", "Lady", "Dame", "Sgt.", "Capt.", "Adm.", "Attorney", "General", "Representative",
    "Delegate", "Premier", "Chief", "Executive", "Senior", "Minority", "Majority", "Press",
    "Reporter", "Moderator", "Host", "Anchor", "Analyst", "Expert", "Activist", "Author",
})

#: Nouns after an outlet name: "the Baku-based Day.az news site".
OUTLET_NOUNS: tuple[str, ...] = (
    "news site", "news agency", "news portal", "news outlet", "newspaper", "agency",
    "website", "portal", "outlet", "channel", "tv channel", "broadcaster", "daily",
    "magazine", "news service",
)

#: Head words of named instruments: "the UN Charter", "Declaration on Allied Interaction".
INSTRUMENT_HEADS: tuple[str, ...] = (
    "Declaration", "Charter", "Treaty", "Convention", "Constitution", "Agreement",
    "Protocol", "Act", "Code", "Statute", "Covenant", "Accord", "Resolution", "Memorandum",
    "Law", "Pact", "Directive", "Regulation", "Amendment",
)
