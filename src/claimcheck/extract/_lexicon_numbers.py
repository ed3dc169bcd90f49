"""Word lists for the number grammar and the numeric extractors (data only)."""

from __future__ import annotations

__all__ = [
    "APPROX",
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "MEASURE_NOUNS",
    "MEASURE_UNITS",
    "MONTHS",
    "NOUN_STOP",
    "ONES",
    "ORDINAL_WORDS",
    "PERCENT_WORDS",
    "REF_WORDS",
    "SCALES",
    "TENS",
    "TIME_UNITS",
]

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Multipliers written as words or abbreviations (case-insensitive keys).
SCALES: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000,
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip

#: Approximators and bounds -> qualifier; the grammar turns them into low/high.
APPROX: dict[str, str] = {
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "approx.": "approx", "circa": "approx", "an estimated": "approx",
    "close to": "approx", "nearly": "almost", "almost": "almost", "just under": "almost",
    "more than": "at_least", "over": "at_least", "at least": "at_least", "upwards of": "at_least",
    "in excess of": "at_least", "as many as": "at_most_as", "as much as": "at_most_as",
    "up to": "at_most", "fewer than": "at_most", "less than": "at_most", "at most": "at_most",
    "under": "at_most", "no more than": "at_most", "not more than": "at_most",
    "just over": "at_least",
}  # fmt: skip

#: ISO 4217 codes we recognise when written before or after a number.
CURRENCY_CODES = frozenset(
    "USD EUR GBP RUB AZN JPY CNY CHF TRY KZT GEL UAH INR IRR AED SAR CAD AUD".split()
)
#: Symbols and symbol-like prefixes -> ISO code.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₼": "AZN", "¥": "JPY",
    "₺": "TRY", "₹": "INR", "C$": "CAD", "A$": "AUD",
}  # fmt: skip
#: Currency words written after a number -> ISO code (lower-case keys).
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "manat": "AZN", "manats": "AZN",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yuan": "CNY",
    "lira": "TRY", "liras": "TRY", "tenge": "KZT", "lari": "GEL", "hryvnia": "UAH",
    "hryvnias": "UAH", "yen": "JPY", "rupees": "INR", "dirhams": "AED", "riyals": "SAR",
}  # fmt: skip
PERCENT_WORDS = ("percentage points", "percentage point", "per cent", "percent", "pct", "%")

#: Measure units (lower-case as written) -> normalised unit.
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m", "miles": "mile", "mile": "mile",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "tonnes": "t", "tonne": "t", "tons": "t",
    "ton": "t", "t": "t", "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "barrels": "barrel",
    "barrel": "barrel", "bcm": "bcm", "cubic metres": "m3", "cubic meters": "m3", "mw": "MW",
    "megawatts": "MW", "gw": "GW", "gigawatts": "GW", "kwh": "kWh", "litres": "l", "liters": "l",
}  # fmt: skip

#: Time units for durations (singular and plural) -> normalised unit.
TIME_UNITS: dict[str, str] = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}  # fmt: skip

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

#: Words before a number that make it a reference or label, never a count.
REF_WORDS = frozenset(
    "article articles art art. clause clauses section sections paragraph paragraphs chapter "
    "part no no. nos number resolution page pages p p. pp image slider photo figure fig fig. "
    "table item point points rule annex appendix protocol grade level vol volume issue "
    "episode season round stage phase room gate terminal platform route flight unit covid "
    "ukraine hall block building apartment line row #".split()
)

#: Nouns that make an amount's subject when they come before it in the sentence.
MEASURE_NOUNS = frozenset(
    "trade turnover exports export imports import investment investments budget revenue "
    "revenues gdp growth inflation price prices cost costs production output debt aid loan "
    "loans deficit surplus sales population unemployment share capacity funding value volume "
    "length distance area income profit profits spending expenditure reserves assets capital "
    "transit supplies supply deliveries rate tax salary salaries wage wages pension pensions "
    "fund funds grant grants contract deal fine damage damages losses tariff tariffs".split()
)

#: Words that end (or cannot be) the noun phrase after a count.
NOUN_STOP = frozenset(
    """a an the this that these those of to in on at by for from with without into onto over under
    about around between among through during since until till after before against within across
    per via than as like and or but nor so yet if when while because although though which who whom
    whose what where why how is are was were be been being am have has had having do does did
    will would shall should can could may might must not no it its he she they them their his her
    we our us you your i me my mine ours more most less least many much few other others own
    same such only also just very too all both each either neither some any every several
    up down out off again further then once here there said says say told reported according
    per cent percent""".split()
)
