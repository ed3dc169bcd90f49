"""Word data for claim frames: what a figure measures, which dates are provenance.

Each lexicon maps the forms news uses to one canonical class, so that paraphrases share a
frame ("killed", "dead", "death toll", "died" -> ``killed``; "exports", "shipments" ->
``exports``). Written by hand for news; nothing is downloaded.
"""

from __future__ import annotations

from claimcheck._words.stopwords import FUNCTION_WORDS

__all__ = [
    "ACTIONS",
    "CARRY_PARTICLES",
    "COUNTED_THINGS",
    "CUMULATIVE",
    "EVENT_CLASSES",
    "FIGURE_VERBS",
    "GENERIC_NOUNS",
    "LENGTH_DIMENSIONS",
    "LENGTH_VERBS",
    "LIGHT_VERBS",
    "MEASURE_FORMS",
    "NOT_HEADS",
    "NOT_MEASURE_BEFORE",
    "OBJECT_CLASSES",
    "OF_QUANTIFIERS",
    "PERSON_GROUPS",
    "PRICE_WORDS",
    "REACTION_VERBS",
    "ROLES",
    "SHARE_NOUNS",
    "SPEECH_VERBS",
    "SUBSET_CUES",
    "THINGS",
    "TOLL_COMPOUNDS",
    "VEHICLES",
]


def _table(groups: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, forms in groups.items():
        for form in forms.split():
            out[form.replace("_", " ")] = key
    return out


#: Roles of people or things counted in news: the role alone says what is counted.
_ROLE_FORMS = {
    "killed": "killed kill kills killing dead death deaths died die dies dying toll fatalities lives "
    "fatality fatally perished slain murdered lives_lost bodies death_toll",
    "injured": "injured injuring injure injures wounded wounding hurt injuries injury hospitalized "
    "hospitalised",
    "missing": "missing unaccounted",
    "arrested": "arrested arrest arrests arresting detained detaining detention custody apprehended",
    "charged": "charged indicted indictment indictments prosecuted",
    "questioned": "questioned interviewed interrogated",
    "evacuated": "evacuated evacuation evacuate evacuees",
    "displaced": "displaced homeless fled refugees shelter shelters sheltering sheltered",
    "rescued": "rescued rescue rescuers saved",
    "infected": "infected infections cases",
    "convicted": "convicted sentenced jailed imprisoned",
    "fired": "fired sacked dismissed laid_off layoffs",
    "aboard": "aboard on_board onboard carrying carried",
}

#: Measured things: the noun alone says what is measured.
_THING_FORMS = {
    "exports": "exports export exported shipments shipped shipment",
    "imports": "imports import imported",
    "sales": "sales sold revenue revenues turnover",
    "profit": "profit profits earnings net_income",
    "loss": "loss losses",
    "staff": "staff employees employee workers worker employs employed personnel workforce jobs job payroll "
    "positions",
    "chapters": "chapters chapter sections section",
    "articles": "articles provisions clauses",
    "pages": "pages page",
    "votes": "votes vote ballots",
    "seats": "seats seat",
    "troops": "troops soldiers soldier servicemen",
    "budget": "budget spending spent spend",
    "debt": "debt debts",
    "fine": "fine fined fines penalty",
    "salary": "salary salaries wage wages",
    "price": "price prices priced costs cost costing",
    "investment": "invested investment investments invest investing",
    "aid": "aid assistance",
    "magnitude": "magnitude",
    "population": "population inhabitants residents home_to city_of town_of village_of",
    "agreements": "agreements agreement accords deals documents",
    "visits": "visits visit",
}

#: Actions: a verb that says what is done to the counted noun.
_ACTION_FORMS = {
    "signed": "signed sign signs signing inked sealed concluded",
    "offered": "offered offer offers offering bid bids",
    "won": "won win wins winning",
    "lost": "lost lose loses",
    "raised": "raised raise raising",
    "opened": "opened open opens opening inaugurated inaugurates inauguration unveiled",
    "built": "built build builds constructed",
    "approved": "approved approve approves passed adopted",
    "received": "received receive receives got",
    "scored": "scored score scores",
    "bought": "bought buy buys buying acquired acquire acquires acquiring acquisition acquisitions "
    "purchase purchased purchases purchasing takeover takeovers buyout",
    "paid": "paid pay pays paying payment payments",
    "damaged": "damaged damaging",
    "destroyed": "destroyed destroying razed flattened levelled leveled",
}

#: For money, what the figure is the price of a purchase: "buy X for $5 billion", "paying $5
#: billion", "a $5 billion deal", "the purchase price", "$281 million in cash". These words
#: put a sum of money in the ``price`` block.
PRICE_WORDS: frozenset[str] = frozenset(
    [
        "bought",
        "paid",
        "deal",
        "acquisition",
        "purchase",
        "takeover",
        "buyout",
        "merger",
        "transaction",
        "cash",
        "stock",
        "capital",
    ]
)

ROLES: frozenset[str] = frozenset(_ROLE_FORMS)
THINGS: frozenset[str] = frozenset(_THING_FORMS)
ACTIONS: frozenset[str] = frozenset(_ACTION_FORMS)

#: Any form (one or two words, lower case) -> its class; two-word forms are joined by a space.
MEASURE_FORMS: dict[str, str] = {
    **_table(_ACTION_FORMS),
    **_table(_THING_FORMS),
    **_table(_ROLE_FORMS),
}

#: Things counted in items or people (or a quake's magnitude): never what a sum of money
#: measures ("a building the city of Palmer valued at $380,600" is no population). Staff is not
#: one: a wage or a payroll is money for staff.
COUNTED_THINGS: frozenset[str] = frozenset(
    {"chapters", "articles", "pages", "votes", "seats", "troops", "magnitude", "population", "visits"}
)

#: Classes whose figures are running totals: a later figure is an update, a fall is flagged.
CUMULATIVE: frozenset[str] = frozenset(
    {"killed", "injured", "arrested", "charged", "evacuated", "displaced", "rescued", "infected"}
)

#: Nouns after "toll" that make it a charge, not a death toll ("the toll road", "toll booths").
TOLL_COMPOUNDS: frozenset[str] = frozenset(
    [
        "road", "roads", "booth", "booths", "plaza", "plazas", "bridge", "bridges", "lane", "lanes",
        "gate", "gates", "highway", "highways", "motorway", "motorways", "tunnel", "tunnels",
        "charge", "charges", "fee", "fees", "free", "collector", "collectors", "station", "stations",
        "rate", "rates", "increase", "increases", "hike", "hikes", "revenue", "revenues", "operator",
    ]
)  # fmt: skip

#: Craft people travel aboard: "aboard", "on board" and "carrying" count people aboard only
#: in a sentence naming one ("280 people were aboard the ferry"; not "400 Democrats on board
#: the campaign", "carried the state 66%").
VEHICLES: frozenset[str] = frozenset(
    [
        "plane", "planes", "aircraft", "airliner", "airliners", "jet", "jets", "jetliner", "flight",
        "flights", "helicopter", "helicopters", "chopper", "ferry", "ferries", "boat", "boats", "ship",
        "ships", "vessel", "vessels", "barge", "barges", "trawler", "trawlers", "yacht", "yachts",
        "tanker", "tankers", "liner", "freighter", "dinghy", "dinghies", "raft", "rafts", "canoe",
        "submarine", "cruise", "train", "trains", "bus", "buses", "coach", "coaches", "minibus",
        "minibuses", "truck", "trucks", "lorry", "lorries", "van", "vans", "car", "cars", "vehicle",
        "vehicles", "craft", "capsule", "spacecraft", "shuttle", "tram", "carriage", "wagon",
    ]
)  # fmt: skip

#: Particles after "carried" that make another verb of it ("carried out 40 raids").
CARRY_PARTICLES: frozenset[str] = frozenset(
    ["out", "on", "off", "over", "through", "forward", "away", "along"]
)

#: Forms of the lexicon that a word right after turns into another word: "toll road" is no
#: death toll, "carried out" no carrying aboard.
NOT_MEASURE_BEFORE: dict[str, frozenset[str]] = {
    "toll": TOLL_COMPOUNDS,
    "carried": CARRY_PARTICLES,
    "carrying": CARRY_PARTICLES,
}

#: Words that name nothing specific: never enough to put two claims in one fact.
GENERIC_NOUNS: frozenset[str] = frozenset(
    [
        "people",
        "person",
        "persons",
        "peoples",
        "man",
        "men",
        "woman",
        "women",
        "individual",
        "individuals",
        "others",
        "other",
        "one",
        "ones",
        "thing",
        "things",
        "money",
        "amount",
        "amounts",
        "sum",
        "number",
        "numbers",
        "total",
        "totals",
        "figure",
        "figures",
        "date",
        "duration",
        "dates",
        "time",
        "times",
        "day",
        "days",
        "year",
        "years",
        "percent",
        "percentage",
        "per",
        "cent",
        "u",
        "almost",
        "about",
        "some",
        "many",
        "more",
        "most",
        "least",
        "lot",
        "lots",
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pound",
        "pounds",
        "unit",
        "units",
        "part",
        "parts",
        "point",
        "points",
        "quantity",
        "value",
        "level",
        "levels",
        "rate",
        "share",
        "count",
        "those",
        "these",
        "them",
        "member",
        "members",
        "group",
        "groups",
        "case",
        "item",
        "items",
        "way",
        "ways",
        "kind",
        "kinds",
        "type",
        "types",
    ]
)

#: Date event keys (as ``claimcheck.extraction.dates`` names them) and our own variants -> class.
EVENT_CLASSES: dict[str, str] = _table(
    {
        "sign": "sign signed signing inked seal sealed conclude concluded",
        "open": "open opened opening inaugurate inaugurated inauguration unveil unveiled",
        "begin": "begin start launch launched",
        "hold": "hold held",
    }
)

#: Objects of dated events -> class (the accord, the trade accord, the deal).
OBJECT_CLASSES: dict[str, str] = _table(
    {
        "agreement": "agreement agreements accord accords deal deals pact pacts treaty treaties",
        "bridge": "bridge crossing span",
        "declaration": "declaration declarations",
    }
)

#: Verbs of saying: a date next to one dates a statement (provenance, not a fact).
SPEECH_VERBS: frozenset[str] = frozenset(
    [
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "tell",
        "stated",
        "states",
        "added",
        "adds",
        "noted",
        "notes",
        "explained",
        "explains",
        "reported",
        "reports",
        "confirmed",
        "confirms",
        "announced",
        "announces",
        "declared",
        "declares",
        "insisted",
        "insists",
        "claimed",
        "claims",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "posted",
        "testified",
        "adding",
        "noting",
        "stating",
        "telling",
        "explaining",
        "announcing",
        "confirming",
        "insisting",
        "claiming",
        "according",
    ]
)

#: Verbs of reacting: a date next to one dates a reaction (provenance, not a fact).
REACTION_VERBS: frozenset[str] = frozenset(
    [
        "condemned",
        "condemns",
        "condemn",
        "denounced",
        "denounces",
        "criticized",
        "criticised",
        "criticizes",
        "criticises",
        "welcomed",
        "welcomes",
        "praised",
        "praises",
        "mourned",
        "mourns",
        "reacted",
        "reacts",
        "responded",
        "responds",
        "expressed",
        "expresses",
        "deplored",
        "deplores",
        "decried",
        "decries",
        "lamented",
        "laments",
        "slammed",
        "slams",
        "blamed",
        "blames",
        "urged",
        "urges",
        "vowed",
        "vows",
        "pledged",
        "pledges",
        "called",
        "calls",
        "demanded",
        "demands",
        "warned",
        "warns",
        "appealed",
        "appeals",
    ]
)

#: Groups of people counted apart from "people": "5 children killed" is not "31 killed".
PERSON_GROUPS: frozenset[str] = frozenset(
    [
        "child",
        "children",
        "kid",
        "kids",
        "boy",
        "boys",
        "girl",
        "girls",
        "woman",
        "women",
        "man",
        "men",
        "baby",
        "babies",
        "infant",
        "infants",
        "minor",
        "minors",
        "student",
        "students",
        "pupil",
        "pupils",
        "teacher",
        "teachers",
        "soldier",
        "soldiers",
        "troop",
        "troops",
        "servicemen",
        "troops",
        "officer",
        "officers",
        "police",
        "policeman",
        "policemen",
        "civilian",
        "civilians",
        "foreigner",
        "foreigners",
        "tourist",
        "tourists",
        "worker",
        "workers",
        "miner",
        "miners",
        "firefighter",
        "firefighters",
        "passenger",
        "passengers",
        "crew",
        "militant",
        "militants",
        "rebel",
        "rebels",
        "fighter",
        "fighters",
        "prisoner",
        "prisoners",
        "inmate",
        "inmates",
        "journalist",
        "journalists",
        "doctor",
        "doctors",
        "nurse",
        "nurses",
        "patient",
        "patients",
        "pilgrim",
        "pilgrims",
    ]
)

#: Words just before a figure telling it is part of a larger one ("including 5 children").
SUBSET_CUES: frozenset[str] = frozenset({"including", "includes", "include"})

#: Words that end the noun phrase after a figure, or are no head of one: time words
#: ("rose 5 percent last year", "overnight"), comparatives and quantifiers.
NOT_HEADS: frozenset[str] = FUNCTION_WORDS | frozenset(
    [
        "last", "next", "this", "year", "years", "month", "months", "week", "weeks", "day", "days",
        "quarter", "overnight", "today", "yesterday", "tonight", "more", "less", "most", "least",
        "than", "over", "under", "about", "around", "nearly", "almost", "only", "each", "per",
        "every", "all", "some", "any", "other", "same", "such", "own", "higher", "lower", "up",
        "down", "off", "out", "back", "so", "also", "still", "just", "even", "since", "ago",
        "before", "after", "while", "when", "where", "which", "who", "whom", "whose", "what",
        "nationwide", "worldwide", "statewide", "citywide", "countrywide", "abroad", "apiece",
        "respectively",
    ]
)  # fmt: skip

#: Words before "of <figure>" that are no noun of the figure ("most of 12", "half of the $3m").
OF_QUANTIFIERS: frozenset[str] = frozenset(
    [
        "most", "all", "half", "some", "part", "one", "out", "because", "instead", "ahead", "none",
        "each", "any", "many", "much", "total", "couple", "lot", "number", "series", "range",
        "group", "sum", "majority", "minority", "share", "rest",
    ]
)  # fmt: skip

#: Past forms that carry no event of their own: a date next to them dates something else
#: ("expected in June", "based in 2010") or nothing a fact-checker would compare.
LIGHT_VERBS: frozenset[str] = frozenset(
    [
        "used", "based", "called", "named", "included", "involved", "related", "compared",
        "followed", "continued", "remained", "seemed", "appeared", "needed", "wanted", "tried",
        "asked", "allowed", "expected", "planned", "scheduled", "proposed", "limited", "united",
        "advanced", "detailed", "concerned", "interested", "married", "armed", "alleged",
        "reported", "published", "announced", "stated", "noted", "added", "explained", "confirmed",
        "dated",
    ]
)  # fmt: skip

#: Nouns a bare percentage stands before as their measure ("68% overall market share", "38
#: percent support"): a share, a rate or a change; after any other word a bare percentage is
#: more often a verb's subject ("40 percent went unused").
SHARE_NOUNS: frozenset[str] = frozenset(
    [
        "share", "rate", "stake", "support", "approval", "turnout", "tariff", "tax", "surcharge",
        "interest", "increase", "rise", "drop", "decline", "fall", "cut", "gain", "lead", "margin",
        "discount", "raise", "majority", "chance", "growth", "return", "yield", "inflation",
        "unemployment", "vote", "ownership", "commission", "fee", "penalty", "markup", "jump",
    ]
)  # fmt: skip

#: Verbs between a quantity's subject and its figure: "unemployment rose to 5%", "the jobless
#: rate was 18.7 percent", "the deficit stood at $3 billion".
FIGURE_VERBS: frozenset[str] = frozenset(
    [
        "was", "is", "were", "are", "rose", "fell", "stood", "reached", "climbed", "dropped",
        "grew", "jumped", "declined", "increased", "decreased", "remained", "hit", "totaled",
        "totalled", "surged", "slipped", "soared", "plunged", "averaged", "topped", "exceeded",
    ]
)  # fmt: skip


#: Verbs of motion or extent that say what a length measures ("threw for 364 yards", "falling
#: about 200 feet", "dragging her 10 feet", "a bridge spanning 2 km"), each form -> its class.
#: Read only for a figure with a unit of length: there the unit settles the verb's sense
#: ("fell 5 percent" is no fall, and is never read with this table).
LENGTH_VERBS: dict[str, str] = _table(
    {
        "ran": "ran run runs running rushed rush rushes rushing raced sprinted scrambled",
        "threw": "threw throw throws throwing thrown hurled flung tossed",
        "passed": "passed passing",
        "caught": "caught catch catches catching",
        "kicked": "kicked kick kicks kicking punted",
        "returned": "returned returning",
        "gained": "gained gain gains gaining",
        "fell": "fell fall falls fallen falling plunged plunging plummeted plummeting tumbled "
        "tumbling dropped dropping sank sinking sunk",
        "slid": "slid slide slides sliding slipped slipping",
        "rose": "rose rise rises risen rising soared",
        "climbed": "climbed climb climbs climbing ascended scaled",
        "jumped": "jumped jump jumps jumping leapt leaped",
        "dragged": "dragged drag drags dragging towed towing",
        "walked": "walked walk walks walking marched marching hiked hiking trekked",
        "drove": "drove drive drives driven driving",
        "flew": "flew fly flies flown flying",
        "traveled": "traveled travelled travel travels traveling travelling",
        "swam": "swam swim swims swimming",
        "moved": "moved move moves moving shifted advanced advancing retreated pushed",
        "stretched": "stretched stretch stretches stretching extends extended extending span spans "
        "spanned spanning",
    }
)

#: Words right after a length that name its dimension ("200 feet tall", "10 km deep", "two
#: miles away", "55 km west of the city"), each -> the dimension. ``from`` and ``off`` name a
#: distance only when no verb of :data:`LENGTH_VERBS` governs the length ("17 miles from the
#: city"; but "fell 200 feet from a ridge" is a fall).
LENGTH_DIMENSIONS: dict[str, str] = _table(
    {
        "height": "tall high above",
        "length": "long",
        "width": "wide",
        "depth": "deep below beneath underground underwater",
        "thickness": "thick",
        "distance": "away from off north south east west northeast northwest southeast southwest "
        "north-east north-west south-east south-west northeastern northwestern southeastern "
        "southwestern",
    }
)
