"""Places: countries, their people's names and their capitals, major cities and regions.

Read by linking to tell a place inside a country from a different place ("Kabul" is in
"Afghanistan": not a different place; "Kabul" and "Lyon" are). Written by hand for news: a
small gazetteer of the places news names most, not an atlas; a place it lacks is compared by
its name only. Lower case; multi-word names joined by spaces.
"""

from __future__ import annotations

__all__ = ["AMBIGUOUS", "COUNTRY_OF", "country_of", "is_country", "within"]

#: Country -> (its adjectives and demonyms, its capital, major cities and regions).
_PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "afghanistan": (
        ("afghan", "afghans"),
        ("kabul", "kandahar", "herat", "mazar-i-sharif", "jalalabad", "helmand", "kunduz"),
    ),
    "albania": (
        ("albanian",),
        ("tirana",),
    ),
    "algeria": (
        ("algerian",),
        ("algiers", "oran"),
    ),
    "angola": (
        ("angolan",),
        ("luanda",),
    ),
    "argentina": (
        ("argentine", "argentinian"),
        ("buenos aires", "cordoba", "rosario"),
    ),
    "armenia": (
        ("armenian",),
        ("yerevan",),
    ),
    "australia": (
        ("australian", "australians"),
        (
            "canberra",
            "sydney",
            "melbourne",
            "brisbane",
            "perth",
            "adelaide",
            "queensland",
            "victoria",
            "tasmania",
        ),
    ),
    "austria": (
        ("austrian",),
        ("vienna", "salzburg", "graz"),
    ),
    "azerbaijan": (
        ("azerbaijani", "azeri"),
        ("baku", "ganja", "shusha", "nakhchivan"),
    ),
    "bahrain": (
        ("bahraini",),
        ("manama",),
    ),
    "bangladesh": (
        ("bangladeshi",),
        ("dhaka", "chittagong"),
    ),
    "belarus": (
        ("belarusian",),
        ("minsk",),
    ),
    "belgium": (
        ("belgian",),
        ("brussels", "antwerp"),
    ),
    "bolivia": (
        ("bolivian",),
        ("la paz", "sucre"),
    ),
    "bosnia": (
        ("bosnian",),
        ("sarajevo",),
    ),
    "brazil": (
        ("brazilian", "brazilians"),
        ("brasilia", "sao paulo", "rio de janeiro", "rio"),
    ),
    "bulgaria": (
        ("bulgarian",),
        ("sofia",),
    ),
    "cambodia": (
        ("cambodian",),
        ("phnom penh",),
    ),
    "cameroon": (
        ("cameroonian",),
        ("yaounde", "douala"),
    ),
    "canada": (
        ("canadian", "canadians"),
        ("ottawa", "toronto", "montreal", "vancouver", "calgary", "ontario", "quebec", "alberta", "markham"),
    ),
    "chad": (
        ("chadian",),
        ("n'djamena",),
    ),
    "chile": (
        ("chilean",),
        ("santiago",),
    ),
    "china": (
        ("chinese",),
        ("beijing", "shanghai", "hong kong", "guangzhou", "shenzhen", "wuhan", "tibet", "xinjiang"),
    ),
    "colombia": (
        ("colombian",),
        ("bogota", "medellin", "cali"),
    ),
    "congo": (
        ("congolese",),
        ("kinshasa", "brazzaville", "goma"),
    ),
    "croatia": (
        ("croatian",),
        ("zagreb",),
    ),
    "cuba": (
        ("cuban", "cubans"),
        ("havana",),
    ),
    "cyprus": (
        ("cypriot",),
        ("nicosia",),
    ),
    "czech republic": (
        ("czech",),
        ("prague", "brno"),
    ),
    "denmark": (
        ("danish",),
        ("copenhagen",),
    ),
    "egypt": (
        ("egyptian", "egyptians"),
        ("cairo", "alexandria", "sinai"),
    ),
    "ethiopia": (
        ("ethiopian",),
        ("addis ababa",),
    ),
    "finland": (
        ("finnish",),
        ("helsinki",),
    ),
    "france": (
        ("french",),
        ("paris", "marseille", "lyon", "toulouse", "nice"),
    ),
    "georgia": (
        ("georgian",),
        ("tbilisi",),
    ),
    "germany": (
        ("german", "germans"),
        ("berlin", "munich", "hamburg", "frankfurt", "cologne"),
    ),
    "ghana": (
        ("ghanaian",),
        ("accra",),
    ),
    "greece": (
        ("greek",),
        ("athens", "thessaloniki"),
    ),
    "haiti": (
        ("haitian",),
        ("port-au-prince",),
    ),
    "hungary": (
        ("hungarian",),
        ("budapest",),
    ),
    "india": (
        ("indian", "indians"),
        (
            "new delhi",
            "delhi",
            "mumbai",
            "bombay",
            "kolkata",
            "calcutta",
            "chennai",
            "bangalore",
            "hyderabad",
            "kashmir",
        ),
    ),
    "indonesia": (
        ("indonesian", "indonesians"),
        (
            "jakarta",
            "aceh",
            "banda aceh",
            "sumatra",
            "java",
            "bali",
            "papua",
            "west papua",
            "manokwari",
            "sulawesi",
            "borneo",
            "kalimantan",
            "sorong",
            "bireuen",
            "nias",
            "surabaya",
            "bandung",
            "medan",
        ),
    ),
    "iran": (
        ("iranian", "iranians"),
        ("tehran", "isfahan"),
    ),
    "iraq": (
        ("iraqi", "iraqis"),
        ("baghdad", "basra", "mosul", "kirkuk", "fallujah", "erbil"),
    ),
    "ireland": (
        ("irish",),
        ("dublin", "cork"),
    ),
    "israel": (
        ("israeli", "israelis"),
        ("jerusalem", "tel aviv", "haifa"),
    ),
    "italy": (
        ("italian", "italians"),
        ("rome", "milan", "naples", "turin", "venice", "florence", "sicily"),
    ),
    "japan": (
        ("japanese",),
        ("tokyo", "osaka", "kyoto", "hiroshima", "fukushima"),
    ),
    "jordan": (
        ("jordanian",),
        ("amman",),
    ),
    "kazakhstan": (
        ("kazakh",),
        ("astana", "almaty"),
    ),
    "kenya": (
        ("kenyan",),
        ("nairobi", "mombasa"),
    ),
    "kuwait": (
        ("kuwaiti",),
        ("kuwait city",),
    ),
    "kyrgyzstan": (
        ("kyrgyz",),
        ("bishkek",),
    ),
    "lebanon": (
        ("lebanese",),
        ("beirut", "qana", "tyre", "sidon"),
    ),
    "libya": (
        ("libyan",),
        ("tripoli", "benghazi"),
    ),
    "malaysia": (
        ("malaysian",),
        ("kuala lumpur",),
    ),
    "mali": (
        ("malian",),
        ("bamako",),
    ),
    "mexico": (
        ("mexican", "mexicans"),
        ("mexico city", "guadalajara", "monterrey", "tijuana"),
    ),
    "morocco": (
        ("moroccan",),
        ("rabat", "casablanca"),
    ),
    "myanmar": (
        ("burmese",),
        ("naypyidaw", "yangon", "rangoon"),
    ),
    "nepal": (
        ("nepalese", "nepali"),
        ("kathmandu",),
    ),
    "netherlands": (
        ("dutch",),
        ("amsterdam", "the hague", "rotterdam"),
    ),
    "new zealand": (
        ("new zealander",),
        ("wellington", "auckland", "christchurch"),
    ),
    "nigeria": (
        ("nigerian", "nigerians"),
        ("abuja", "lagos", "kano"),
    ),
    "north korea": (
        ("north korean",),
        ("pyongyang",),
    ),
    "norway": (
        ("norwegian",),
        ("oslo",),
    ),
    "pakistan": (
        ("pakistani", "pakistanis"),
        ("islamabad", "karachi", "lahore", "peshawar", "quetta", "rawalpindi"),
    ),
    "palestine": (
        ("palestinian", "palestinians"),
        (
            "gaza",
            "gaza city",
            "west bank",
            "ramallah",
            "jabaliya",
            "zeitoun",
            "beit lahiya",
            "khan younis",
            "rafah",
        ),
    ),
    "peru": (
        ("peruvian",),
        ("lima",),
    ),
    "philippines": (
        ("filipino", "philippine"),
        ("manila", "cebu", "mindanao"),
    ),
    "poland": (
        ("polish",),
        ("warsaw", "krakow"),
    ),
    "portugal": (
        ("portuguese",),
        ("lisbon", "porto"),
    ),
    "qatar": (
        ("qatari",),
        ("doha",),
    ),
    "romania": (
        ("romanian",),
        ("bucharest",),
    ),
    "russia": (
        ("russian", "russians"),
        ("moscow", "st petersburg", "chechnya", "grozny"),
    ),
    "rwanda": (
        ("rwandan",),
        ("kigali",),
    ),
    "saudi arabia": (
        ("saudi", "saudis"),
        ("riyadh", "jeddah", "mecca", "medina"),
    ),
    "senegal": (
        ("senegalese",),
        ("dakar",),
    ),
    "serbia": (
        ("serbian",),
        ("belgrade",),
    ),
    "singapore": (
        ("singaporean",),
        ("singapore",),
    ),
    "somalia": (
        ("somali",),
        ("mogadishu",),
    ),
    "south africa": (
        ("south african",),
        ("pretoria", "johannesburg", "cape town", "durban"),
    ),
    "south korea": (
        ("south korean", "korean"),
        ("seoul", "busan"),
    ),
    "south sudan": (
        ("south sudanese",),
        ("juba", "unity state", "yida", "pariang", "bentiu"),
    ),
    "spain": (
        ("spanish",),
        ("madrid", "barcelona", "valencia", "seville"),
    ),
    "sri lanka": (
        ("sri lankan",),
        ("colombo",),
    ),
    "sudan": (
        ("sudanese",),
        ("khartoum", "darfur"),
    ),
    "sweden": (
        ("swedish",),
        ("stockholm",),
    ),
    "switzerland": (
        ("swiss",),
        ("bern", "geneva", "zurich", "basel", "lausanne"),
    ),
    "syria": (
        ("syrian", "syrians"),
        ("damascus", "aleppo", "homs", "idlib"),
    ),
    "taiwan": (
        ("taiwanese",),
        ("taipei",),
    ),
    "tajikistan": (
        ("tajik",),
        ("dushanbe",),
    ),
    "thailand": (
        ("thai",),
        ("bangkok",),
    ),
    "tunisia": (
        ("tunisian",),
        ("tunis",),
    ),
    "turkey": (
        ("turkish",),
        ("ankara", "istanbul", "izmir"),
    ),
    "turkmenistan": (
        ("turkmen",),
        ("ashgabat",),
    ),
    "uganda": (
        ("ugandan",),
        ("kampala",),
    ),
    "ukraine": (
        ("ukrainian", "ukrainians"),
        ("kyiv", "kiev", "kharkiv", "odesa", "lviv", "donetsk", "crimea"),
    ),
    "united arab emirates": (
        ("emirati", "uae"),
        ("abu dhabi", "dubai"),
    ),
    "united kingdom": (
        ("british", "britain", "uk", "england", "english", "scotland", "scottish", "wales", "welsh"),
        ("london", "manchester", "birmingham", "liverpool", "glasgow", "edinburgh", "cardiff", "belfast"),
    ),
    "united states": (
        ("american", "americans", "us", "u.s.", "usa", "america"),
        (
            "washington",
            "new york",
            "los angeles",
            "chicago",
            "houston",
            "philadelphia",
            "phoenix",
            "boston",
            "miami",
            "atlanta",
            "seattle",
            "denver",
            "detroit",
            "dallas",
            "san francisco",
            "las vegas",
            "new orleans",
            "baltimore",
            "minneapolis",
            "burnsville",
            "brooklyn",
            "manhattan",
            "bronx",
            "queens",
            "california",
            "texas",
            "florida",
            "ohio",
            "michigan",
            "pennsylvania",
            "illinois",
            "georgia",
            "virginia",
            "north carolina",
            "south carolina",
            "arizona",
            "nevada",
            "colorado",
            "minnesota",
            "massachusetts",
            "oregon",
            "louisiana",
            "alabama",
            "kentucky",
            "tennessee",
            "missouri",
            "iowa",
            "nebraska",
            "kansas",
            "oklahoma",
            "indiana",
            "wisconsin",
            "utah",
            "alaska",
            "hawaii",
            "maryland",
            "new jersey",
            "connecticut",
        ),
    ),
    "uzbekistan": (
        ("uzbek",),
        ("tashkent", "samarkand"),
    ),
    "venezuela": (
        ("venezuelan",),
        ("caracas",),
    ),
    "vietnam": (
        ("vietnamese",),
        ("hanoi", "ho chi minh city", "saigon"),
    ),
    "yemen": (
        ("yemeni",),
        ("sanaa", "aden"),
    ),
    "zimbabwe": (
        ("zimbabwean",),
        ("harare",),
    ),
}


#: Names that are places but more often something else in news (given names, a town that
#: is also a word): never read as places.
AMBIGUOUS: frozenset[str] = frozenset(
    ["jordan", "chad", "georgia", "victoria", "nice", "sofia", "santiago", "medina", "phoenix", "aden", "us"]
)


def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for country, (people, places) in _PLACES.items():
        out.setdefault(country, country)
        for name in (*people, *places):
            out.setdefault(name, country)
    return {name: country for name, country in out.items() if name not in AMBIGUOUS}


#: Any known place, country or demonym (lower case) -> its country.
COUNTRY_OF: dict[str, str] = _index()


def country_of(name: str) -> str | None:
    """The country a place name lies in (a country is in itself), or None when unknown.

    Examples:
        >>> country_of("Kabul"), country_of("afghanistan"), country_of("Gaza's"), country_of("Lyonnais")
        ('afghanistan', 'afghanistan', 'palestine', None)
    """
    key = " ".join(name.lower().replace("\u2019", "'").split())
    if key.endswith("'s"):
        key = key[:-2]
    return COUNTRY_OF.get(key)


def is_country(name: str) -> bool:
    """Whether ``name`` names a country (or its people: "Afghan" stands for Afghanistan)."""
    found = country_of(name)
    key = " ".join(name.lower().split())
    return found is not None and (key == found or key in _PLACES[found][0])


def within(a: str, b: str) -> bool:
    """Whether place ``a`` lies in place ``b`` or is ``b``: a city in its country, a country
    in itself. Unknown places are only within themselves.

    Examples:
        >>> within("kabul", "afghanistan"), within("afghanistan", "kabul"), within("kabul", "lyon")
        (True, False, False)
    """
    if " ".join(a.lower().split()) == " ".join(b.lower().split()):
        return True
    ca = country_of(a)
    return ca is not None and is_country(b) and country_of(b) == ca
