"""Who stands behind a claim: words that mark an official source, an unnamed one, or none.

Read by :mod:`claimcheck.scoring.evidence` to grade the attribution of a claim ("the U.S.
Geological Survey said", "a witness said", "he said"). Lower case; matched as whole words.
"""

from __future__ import annotations

__all__ = ["ACRONYMS", "INDEFINITE", "INSTITUTIONS", "PRONOUNS", "TITLES", "UNNAMED"]

#: Institutions whose short name is an ordinary word in lower case: official only in capitals.
ACRONYMS: frozenset[str] = frozenset(["WHO", "UN", "EU", "IAEA", "OSCE", "ICRC", "UNESCO", "FAO", "WFP"])

#: Titles and roles of people who speak for an office ("Interior Secretary Ken Salazar",
#: "Sgt. Marty Earley", "police spokesman"). A title names an office, so a claim attributed
#: to one can be checked with that office.
TITLES: frozenset[str] = frozenset(
    [
        "president",
        "vice-president",
        "prime",
        "premier",
        "chancellor",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "senator",
        "sen",
        "rep",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        "ambassador",
        "envoy",
        "commissioner",
        "director",
        "chief",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "cfo",
        "executive",
        "sheriff",
        "deputy",
        "sgt",
        "sergeant",
        "lieutenant",
        "lt",
        "captain",
        "capt",
        "inspector",
        "detective",
        "officer",
        "constable",
        "superintendent",
        "colonel",
        "col",
        "general",
        "gen",
        "major",
        "admiral",
        "commander",
        "prosecutor",
        "attorney",
        "judge",
        "justice",
        "coroner",
        "examiner",
        "administrator",
        "coordinator",
        "official",
        "spokesmen",
    ]
)

#: Institutions and offices that speak as a body ("police said", "the ministry said",
#: "according to the U.S. Geological Survey").
INSTITUTIONS: frozenset[str] = frozenset(
    [
        "police",
        "ministry",
        "department",
        "agency",
        "office",
        "bureau",
        "commission",
        "council",
        "committee",
        "board",
        "authority",
        "authorities",
        "government",
        "administration",
        "court",
        "tribunal",
        "parliament",
        "congress",
        "senate",
        "army",
        "military",
        "navy",
        "pentagon",
        "embassy",
        "survey",
        "service",
        "institute",
        "centre",
        "center",
        "observatory",
        "hospital",
        "university",
        "un",
        "united nations",
        "nato",
        "fbi",
        "cia",
        "unicef",
        "unhcr",
        "imf",
        "white house",
        "kremlin",
        "cabinet",
        "prosecutors",
        "statement",
        "report",
        "figures",
        "data",
        "census",
        "registry",
    ]
)

#: Words that say the source is not named ("a witness", "sources close to the talks",
#: "officials who asked not to be named").
UNNAMED: frozenset[str] = frozenset(
    [
        "source",
        "sources",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "insider",
        "insiders",
        "observer",
        "observers",
        "officials",
        "anonymity",
        "anonymous",
        "unnamed",
        "unidentified",
        "familiar",
        "someone",
        "people",
        "person",
        "neighbours",
        "neighbors",
        "reports",
        "rumours",
        "rumors",
        "media",
    ]
)

#: Determiners that open an unnamed source ("a spokesman", "one official", "several people").
INDEFINITE: frozenset[str] = frozenset(
    ["a", "an", "one", "some", "several", "many", "two", "three", "other", "another", "various"]
)

#: A speaker left unresolved ("he said", "the information said"): nobody to check with.
PRONOUNS: frozenset[str] = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "this",
        "that",
        "information",
        "the information",
        "the source",
    ]
)
