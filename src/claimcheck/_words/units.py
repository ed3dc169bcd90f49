"""Units of money and measure as news writes them, and the vocabulary they normalise to (data only).

Money normalises to an ISO 4217 code (``USD``); a measure to a short symbol (``km``, ``t``,
``°C``, ``kWh``, ``GB``), or, for units without a metric symbol, a singular name (``mile``,
``acre``, ``gallon``, ``barrel``, ``knot``); a rate joins two units with ``/`` (``USD/barrel``,
``km/h``, ``barrel/day``). docs/quantities.md lists the whole vocabulary.

Tables, each from the form as written to the normalised unit:

* :data:`CURRENCY_SYMBOLS`: prefixes (``$``, ``US$``, ``HK$``, ``Rs``) -> code.
* :data:`CURRENCY_CODES`: ISO codes read before or after a number, upper case only
  (``try 5 times`` holds no Turkish lira).
* :data:`CURRENCY_WORDS`: names after a number (``dollars``, ``Swiss francs``), lower case.
* :data:`MINOR_UNITS`: hundredths (``cents``, ``pence``) -> (code, factor).
* :data:`UNIT_WORDS`: measure names, case-insensitive (``kilometres``, ``square feet``).
* :data:`UNIT_SYMBOLS`: measure symbols, case-sensitive (``MW`` is not ``mW``, ``GB`` not ``gb``).
* :data:`PER_UNITS`: what may follow ``per``, ``/``, ``a`` or ``an`` to make a rate.
* :data:`DIMENSIONS`: normalised unit -> what it measures (``length``, ``mass``...).
"""

from __future__ import annotations

__all__ = [
    "AFTER_LETTER_SYMBOL",
    "AMBIGUOUS_MONEY_WORDS",
    "CURRENCY_CODES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_SYMBOLS_AFTER",
    "CURRENCY_WORDS",
    "DIMENSIONS",
    "MINOR_UNITS",
    "MONEY_CUES",
    "MONEY_HYPHEN_NOUNS",
    "PER_UNITS",
    "TEMPERATURE_CUES",
    "UNIT_SYMBOLS",
    "UNIT_WORDS",
    "WEIGHT_CUES",
    "unit_kind",
]

#: ISO 4217 codes read before (``USD 200``, ``USD34.6 million``) or after (``15 EUR``) a number.
CURRENCY_CODES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "RUB",
        "AZN",
        "JPY",
        "CNY",
        "CHF",
        "TRY",
        "KZT",
        "GEL",
        "UAH",
        "INR",
        "IRR",
        "AED",
        "SAR",
        "CAD",
        "AUD",
        "NZD",
        "HKD",
        "SGD",
        "TWD",
        "KRW",
        "INR",
        "PKR",
        "BDT",
        "LKR",
        "NPR",
        "IDR",
        "MYR",
        "THB",
        "PHP",
        "VND",
        "BRL",
        "MXN",
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "ZAR",
        "NGN",
        "KES",
        "EGP",
        "MAD",
        "ILS",
        "QAR",
        "KWD",
        "BHD",
        "OMR",
        "JOD",
        "IQD",
        "LBP",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "RSD",
        "ISK",
        "AMD",
        "BYN",
        "UZS",
        "GHS",
        "ETB",
        "TZS",
        "UGX",
        "XOF",
        "XAF",
    ]
)

#: Symbols and symbol-like prefixes written before a number -> ISO code.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₼": "AZN", "¥": "JPY",
    "₺": "TRY", "₹": "INR", "C$": "CAD", "A$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "NT$": "TWD", "R$": "BRL", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₱": "PHP", "₪": "ILS",
    "₦": "NGN", "₫": "VND", "฿": "THB", "₴": "UAH", "₸": "KZT", "₾": "GEL",
}  # fmt: skip

#: Symbols that may follow the number instead (``45€``, ``19 €``, ``500 £``), as European copy
#: writes them -> ISO code. Letters (``Rs``) and ``$`` forms with a prefix are read before only.
CURRENCY_SYMBOLS_AFTER: dict[str, str] = {s: code for s, code in CURRENCY_SYMBOLS.items() if len(s) == 1}

#: Currency names written after a number (lower case) -> ISO code. Qualified names come first
#: in matching (the longest form wins): ``Hong Kong dollars`` before ``dollars``.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "canadian dollars": "CAD", "australian dollars": "AUD",
    "new zealand dollars": "NZD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "quid": "GBP", "egyptian pounds": "EGP",
    "lebanese pounds": "LBP",
    "manat": "AZN", "manats": "AZN", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
    "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "lira": "TRY", "liras": "TRY",
    "turkish lira": "TRY", "tenge": "KZT", "lari": "GEL", "hryvnia": "UAH", "hryvnias": "UAH",
    "hryvnas": "UAH", "yen": "JPY", "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR", "sri lankan rupees": "LKR", "nepalese rupees": "NPR",
    "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "dong": "VND", "peso": "MXN",
    "pesos": "MXN", "mexican pesos": "MXN", "argentine pesos": "ARS", "chilean pesos": "CLP",
    "colombian pesos": "COP", "philippine pesos": "PHP", "reais": "BRL", "brazilian reais": "BRL",
    "rand": "ZAR", "naira": "NGN", "shekel": "ILS", "shekels": "ILS", "swiss francs": "CHF",
    "swiss franc": "CHF", "francs": "CHF", "cfa francs": "XOF", "dirham": "AED", "dirhams": "AED",
    "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR", "qatari riyals": "QAR", "rial": "IRR",
    "rials": "IRR", "iranian rials": "IRR", "omani rials": "OMR", "dinar": "IQD", "dinars": "IQD",
    "iraqi dinars": "IQD", "kuwaiti dinars": "KWD", "jordanian dinars": "JOD",
    "bahraini dinars": "BHD", "won": "KRW", "south korean won": "KRW", "zloty": "PLN",
    "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "kronor": "SEK",
    "swedish kronor": "SEK", "swedish crowns": "SEK", "norwegian kroner": "NOK",
    "norwegian crowns": "NOK", "danish kroner": "DKK", "danish crowns": "DKK",
    "czech crowns": "CZK", "korunas": "CZK", "lei": "RON", "dram": "AMD", "drams": "AMD",
    "shillings": "KES", "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "cedis": "GHS", "birr": "ETB", "bitcoin": "BTC",
    "bitcoins": "BTC",
}  # fmt: skip

#: Money words that read as something else unless the context says money: ``pound`` (a weight),
#: ``won`` (a verb), ``dong``, ``rand``, ``lei``, ``dram`` ... Read as money only after a scale
#: word (``2 trillion won``) or a number written with separators (``5,000 rand``), except
#: ``pound``, which context decides (see ``amounts``).
AMBIGUOUS_MONEY_WORDS = frozenset(["won", "dong", "rand", "lei", "dram", "drams", "birr", "dinar", "rial"])

#: Hundredths of a currency written after a number -> (code, factor).
MINOR_UNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "euro cents": ("EUR", 0.01),
    "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01),
    "kopecks": ("RUB", 0.01), "dime": ("USD", 0.1), "dimes": ("USD", 0.1),
    "nickel": ("USD", 0.05), "nickels": ("USD", 0.05), "kopeks": ("RUB", 0.01), "paise": ("INR", 0.01),
}  # fmt: skip

#: Measure names (lower case, singular and plural, British and American spelling) -> unit.
UNIT_WORDS: dict[str, str] = {
    # length
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "kilometre": "km",
    "kilometres": "km", "kilometer": "km", "kilometers": "km", "kms": "km", "inch": "in",
    "inches": "in", "foot": "ft", "feet": "ft", "yard": "yd", "yards": "yd", "mile": "mile",
    "miles": "mile", "nautical mile": "nmi", "nautical miles": "nmi", "nanometre": "nm",
    "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
    # area
    "square metre": "m2", "square metres": "m2", "square meter": "m2", "square meters": "m2",
    "sq m": "m2", "square kilometre": "km2", "square kilometres": "km2",
    "square kilometer": "km2", "square kilometers": "km2", "sq km": "km2", "hectare": "ha",
    "hectares": "ha", "acre": "acre", "acres": "acre", "square mile": "mile2",
    "square miles": "mile2", "sq mi": "mile2", "square foot": "ft2", "square feet": "ft2",
    "sq ft": "ft2", "sq. m": "m2", "sq. km": "km2", "sq. mi": "mile2", "sq. ft": "ft2",
    "sq feet": "ft2", "sq metres": "m2", "sq meters": "m2", "sq miles": "mile2",
    "sq kilometres": "km2", "sq kilometers": "km2", "square-foot": "ft2", "square-feet": "ft2",
    "square-metre": "m2", "square-meter": "m2", "square-mile": "mile2", "square-kilometre": "km2",
    "square-kilometer": "km2",
    "km squared": "km2", "square km": "km2", "km cubed": "km3",
    "sq. miles": "mile2", "sq. feet": "ft2", "sq. metres": "m2", "sq. meters": "m2",
    "sq. kilometres": "km2", "sq. kilometers": "km2", "sq. yards": "yd2", "sq yards": "yd2",
    "square yard": "yd2", "square yards": "yd2", "square kms": "km2", "sq kms": "km2",
    # mass
    "milligram": "mg", "milligrams": "mg", "gram": "g", "grams": "g", "gramme": "g",
    "grammes": "g", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "kilo": "kg", "kilos": "kg", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
    "metric tons": "t", "metric tonnes": "t", "pound": "lb", "pounds": "lb", "ounce": "oz",
    "ounces": "oz", "troy ounce": "oz", "troy ounces": "oz", "microgram": "µg",
    "micrograms": "µg", "kilotonnes": "kt", "kilotons": "kt", "megatonnes": "Mt",
    "megatons": "Mt", "gigatonnes": "Gt", "gigatons": "Gt", "metric ton": "t",
    "metric tonne": "t", "short tons": "t", "short ton": "t", "long tons": "t", "long ton": "t",
    # volume
    "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "cubic centimetres": "ml", "cubic centimeters": "ml", "centilitre": "cl", "centilitres": "cl",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "cubic metre": "m3",
    "cubic metres": "m3", "cubic meter": "m3", "cubic meters": "m3", "cubic kilometre": "km3",
    "cubic kilometres": "km3", "cubic kilometers": "km3", "cubic feet": "ft3", "cubic foot": "ft3",
    "cubic yard": "yd3", "cubic yards": "yd3", "cu ft": "ft3", "cu. ft": "ft3", "cu m": "m3",
    "cu. m": "m3", "bushel": "bushel", "bushels": "bushel", "gallon": "gallon",
    "gallons": "gallon", "gal": "gallon", "gals": "gallon", "barrel": "barrel", "barrels": "barrel",
    "billion cubic metres": "bcm",
    "cup": "cup", "cups": "cup", "tablespoon": "tbsp", "tablespoons": "tbsp", "teaspoon": "tsp",
    "teaspoons": "tsp",
    # speed
    "kilometres per hour": "km/h", "kilometers per hour": "km/h", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "miles per hour": "mile/h", "miles an hour": "mile/h",
    "metres per second": "m/s", "meters per second": "m/s", "knot": "knot", "knots": "knot",
    "miles per gallon": "mile/gallon", "miles a gallon": "mile/gallon",
    # temperature
    "degrees celsius": "°C", "degree celsius": "°C", "degrees centigrade": "°C",
    "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "degrees c": "°C", "degrees f": "°F",
    "deg c": "°C", "deg f": "°F", "deg celsius": "°C", "deg fahrenheit": "°F",
    "kelvin": "K", "celsius": "°C", "centigrade": "°C", "fahrenheit": "°F",
    # energy and power
    "joule": "J", "joules": "J", "kilojoules": "kJ", "megajoules": "MJ", "gigajoules": "GJ",
    "kilocalories": "kcal", "calories": "kcal", "watt": "W", "watts": "W", "kilowatt": "kW",
    "kilowatts": "kW", "megawatt": "MW", "megawatts": "MW", "gigawatt": "GW", "gigawatts": "GW",
    "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "kilowatt hour": "kWh",
    "megawatt hours": "MWh", "megawatt-hours": "MWh", "gigawatt hours": "GWh",
    "gigawatt-hours": "GWh", "terawatt hours": "TWh", "terawatt-hours": "TWh",
    "kilowatt-hour": "kWh", "megawatt hour": "MWh", "megawatt-hour": "MWh", "horsepower": "hp",
    # data
    "bit": "bit", "bits": "bit", "byte": "B", "bytes": "B", "kilobyte": "kB", "kilobytes": "kB",
    "megabyte": "MB", "megabytes": "MB", "gigabyte": "GB", "gigabytes": "GB", "terabyte": "TB",
    "terabytes": "TB", "petabyte": "PB", "petabytes": "PB", "exabyte": "EB", "exabytes": "EB",
    "megabits per second": "Mbit/s", "gigabits per second": "Gbit/s",
    # frequency and radiation
    "parts per million": "ppm", "parts per billion": "ppb", "decibels": "dB",
    "electronvolts": "eV", "electron volts": "eV",
    "hertz": "Hz", "kilohertz": "kHz", "megahertz": "MHz", "gigahertz": "GHz",
    "sievert": "Sv", "sieverts": "Sv", "millisievert": "mSv", "millisieverts": "mSv",
    "microsievert": "µSv", "microsieverts": "µSv", "becquerel": "Bq", "becquerels": "Bq",
    "milligray": "mGy", "milligrays": "mGy",
}  # fmt: skip

#: Measure symbols, matched with their case (``MW`` not ``mw``) -> unit. ``C``/``F`` only
#: attached (``40C``, ``-12F``) and ``m``/``g`` only before a non-noun (``amounts`` checks).
UNIT_SYMBOLS: dict[str, str] = {
    "mm": "mm", "cm": "cm", "m": "m", "km": "km", "ft": "ft", "yd": "yd", "yds": "yd", "mi": "mile",
    "nmi": "nmi", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2", "ha": "ha", "mg": "mg",
    "g": "g", "kg": "kg", "kgs": "kg", "t": "t", "lb": "lb", "lbs": "lb", "oz": "oz", "ml": "ml", "mL": "ml",
    "cl": "cl", "l": "l", "L": "l", "m3": "m3", "m³": "m3", "km3": "km3", "cc": "ml",
    "bcm": "bcm", "km/h": "km/h", "kph": "km/h", "kmph": "km/h", "kmh": "km/h", "mph": "mile/h",
    "m/s": "m/s", "°C": "°C", "ºC": "°C", "° C": "°C", "°F": "°F", "ºF": "°F", "° F": "°F",
    "C": "°C", "F": "°F", "K": "K", "J": "J", "kJ": "kJ", "MJ": "MJ", "GJ": "GJ",
    "kcal": "kcal", "Wh": "Wh", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "W": "W", "kW": "kW", "MW": "MW", "GW": "GW", "TW": "TW", "kB": "kB", "KB": "kB",
    "MB": "MB", "GB": "GB", "TB": "TB", "PB": "PB", "EB": "EB", "kbps": "kbit/s",
    "Kbps": "kbit/s", "Mbps": "Mbit/s", "Gbps": "Gbit/s", "Mbit/s": "Mbit/s",
    "Gbit/s": "Gbit/s", "bpd": "barrel/day", "km^2": "km2", "m^2": "m2", "km^3": "km3",
    "m^3": "m3", "in": "in", "℃": "°C", "℉": "°F", "km/hr": "km/h", "Hz": "Hz", "kHz": "kHz",
    "MHz": "MHz", "GHz": "GHz", "Sv": "Sv",
    "mSv": "mSv", "µSv": "µSv", "μSv": "µSv", "Bq": "Bq", "Gy": "Gy", "mGy": "mGy",
    "tbsp": "tbsp", "tsp": "tsp", "nm": "nm", "µg": "µg", "μg": "µg", "mcg": "µg", "Mt": "Mt",
    "Gt": "Gt", "cm3": "ml", "cm³": "ml", "ppm": "ppm", "ppb": "ppb", "dB": "dB", "eV": "eV",
    "keV": "keV", "MeV": "MeV", "GeV": "GeV", "TeV": "TeV", "µg/m3": "µg/m3", "µg/m³": "µg/m3",
    "μg/m3": "µg/m3", "μg/m³": "µg/m3", "hp": "hp", "bhp": "hp", "mpg": "mile/gallon",
    "yd2": "yd2", "yd3": "yd3", "ft2": "ft2", "ft3": "ft3", "sq.ft": "ft2", "sqft": "ft2",
}  # fmt: skip

#: What may follow ``per``, ``/``, ``a`` or ``an`` after a unit to make a rate (lower case)
#: -> the denominator's unit. Only these: ``$5 a head`` and ``per capita`` are left as they are.
PER_UNITS: dict[str, str] = {
    "hour": "h", "hr": "h", "h": "h", "second": "s", "s": "s", "day": "day", "night": "night",
    "week": "week",
    "month": "month", "year": "year", "annum": "year", "square metre": "m2", "square meter": "m2",
    "sq m": "m2", "m2": "m2", "square foot": "ft2", "sq ft": "ft2", "hectare": "ha",
    "ha": "ha", "acre": "acre", "kilogram": "kg", "kilo": "kg", "kg": "kg", "tonne": "t",
    "ton": "t", "t": "t", "pound": "lb", "lb": "lb", "ounce": "oz", "oz": "oz", "litre": "l",
    "liter": "l", "l": "l", "gallon": "gallon", "barrel": "barrel", "cubic metre": "m3",
    "cubic meter": "m3", "kilometre": "km", "kilometer": "km", "km": "km", "mile": "mile",
    "kilowatt hour": "kWh", "kwh": "kWh", "megawatt hour": "MWh", "mwh": "MWh",
    "kilowatt-hour": "kWh", "megawatt-hour": "MWh", "sq. ft": "ft2", "square-foot": "ft2",
    "bushel": "bushel", "share": "share", "troy ounce": "oz",
}  # fmt: skip

#: Normalised unit -> what it measures.
DIMENSIONS: dict[str, str] = {
    **dict.fromkeys(["mm", "cm", "m", "km", "in", "ft", "yd", "mile", "nmi", "nm"], "length"),
    **dict.fromkeys(["m2", "km2", "ha", "acre", "mile2", "ft2", "yd2"], "area"),
    **dict.fromkeys(["µg", "mg", "g", "kg", "t", "kt", "Mt", "Gt", "lb", "oz"], "mass"),
    **dict.fromkeys(["ml", "cl", "l", "m3", "km3", "ft3", "yd3", "gallon", "barrel", "bcm"], "volume"),
    **dict.fromkeys(["bushel", "cup", "tbsp", "tsp"], "volume"),
    **dict.fromkeys(["km/h", "mile/h", "m/s", "knot"], "speed"),
    **dict.fromkeys(["°C", "°F", "K", "degree"], "temperature"),
    **dict.fromkeys(
        ["J", "kJ", "MJ", "GJ", "kcal", "Wh", "kWh", "MWh", "GWh", "TWh", "eV", "keV", "MeV", "GeV", "TeV"],
        "energy",
    ),
    **dict.fromkeys(["W", "kW", "MW", "GW", "TW", "hp"], "power"),
    "mile/gallon": "fuel economy",
    **dict.fromkeys(["bit", "B", "kB", "MB", "GB", "TB", "PB", "EB"], "data"),
    **dict.fromkeys(["kbit/s", "Mbit/s", "Gbit/s"], "data rate"),
    **dict.fromkeys(["Hz", "kHz", "MHz", "GHz"], "frequency"),
    **dict.fromkeys(["Sv", "mSv", "µSv", "Bq", "Gy", "mGy"], "radiation"),
    **dict.fromkeys(["ppm", "ppb", "µg/m3"], "concentration"),
    "dB": "sound level",
}


#: Words before "pounds" that make them a weight.
WEIGHT_CUES = frozenset(
    [
        "weigh", "weighs", "weighed", "weighing", "weight", "weights", "weighted", "heavy", "heavier",
        "lighter", "lost", "gained", "shed", "lift", "lifts", "lifted", "lifting", "overweight",
        "obese", "scale", "scales", "catch", "caught",
    ]
)  # fmt: skip
#: Words before "pounds" that make them money (after a scale they are money anyway).
MONEY_CUES = frozenset(
    [
        "cost", "costs", "costing", "paid", "pay", "pays", "paying", "worth", "price", "prices",
        "priced", "fine", "fined", "fines", "fee", "fees", "salary", "wage", "wages", "spend", "spent",
        "spending", "raise", "raised", "raising", "budget", "sold", "sell", "sells", "bought", "buy",
        "bid", "offer", "offered", "deal", "contract", "fund", "funds", "funding", "bill", "prize",
        "compensation", "damages", "debt", "loan", "loans", "earn", "earned", "earns", "charge",
        "charged", "charges", "ticket", "tickets", "fare", "fares", "rent", "tax", "taxes", "sterling",
        "award", "awarded", "grant", "donated", "donation", "invest", "invested", "investment",
        "profit", "profits", "revenue", "revenues", "turnover", "sale", "sales", "bonus", "bonuses",
        "pension", "penalty", "tariff", "won", "win", "wins", "winning", "winnings", "jackpot",
        "lottery", "owed", "owe", "owes", "owing", "bail", "reward", "payout", "payment", "payments",
        "refund", "valued", "income", "insurance", "benefit", "benefits", "stole", "stolen", "steal",
        "embezzled", "laundered", "cheque", "wealth", "fortune", "savings", "bet",
    ]
)  # fmt: skip
#: Nouns after "pounds in" that make them money ("5,000 pounds in damages").
MONEY_IN_NOUNS = frozenset(
    [
        "damages", "compensation", "costs", "fines", "bail", "cash", "savings", "debts", "debt", "loans",
        "grants", "prizes", "prize", "winnings", "bonuses", "salary", "wages", "tax", "taxes", "fees",
        "rent", "benefits", "donations", "funding", "investment", "investments", "revenue", "sales",
        "profits", "profit", "aid", "payments", "bribes", "legal", "unpaid", "back",
        "cheques", "notes", "coins", "sterling", "contributions", "subsidies", "income",
    ]
)  # fmt: skip
#: Nouns after a hyphenated "N-pound" that make it money ("a 20-pound note").
MONEY_HYPHEN_NOUNS = frozenset(
    [
        "note", "notes", "coin", "coins", "fine", "fee", "bill", "ticket", "voucher", "prize",
    ]
)  # fmt: skip
#: Words near "degrees" that make it a temperature.
TEMPERATURE_CUES = frozenset(
    [
        "temperature", "temperatures", "heat", "hot", "cold", "warm", "warmer", "colder", "cooler",
        "thermometer", "mercury", "highs", "lows", "high", "low", "degrees",
    ]
)  # fmt: skip
#: Words after a symbol that is also a letter (``m``, ``t``, ``g``) that keep it a unit:
#: ``8 m high``, ``816 000 t of grain``, ``the 100 m sprint``; ``10m people`` is no metre.
AFTER_LETTER_SYMBOL = frozenset(
    [
        "long", "high", "tall", "wide", "deep", "thick", "above", "below", "away", "in", "from", "of",
        "under", "into", "at", "on", "and", "or", "to", "behind", "ahead", "across", "off", "per", "a",
        "an", "the", "sprint", "race", "hurdles", "freestyle", "butterfly", "backstroke",
        "breaststroke", "relay", "medley", "dash",
    ]
)  # fmt: skip


def unit_kind(unit: str | None) -> str | None:
    """What a normalised unit measures: ``money``, ``percent``, a dimension, ``rate`` or None.

    Args:
        unit: a unit as the amount extractor writes it (``USD``, ``km``, ``USD/barrel``).

    Returns:
        ``money`` for a currency (or a price per unit, ``USD/barrel``), ``percent`` for
        percentages and percentage points, the dimension of a measure (``length``, ``mass``,
        ``volume``, ``speed``, ``temperature``, ``energy``, ``power``, ``data``, ``data rate``,
        ``area``), ``rate`` for another measure per unit (``barrel/day``), None when unknown.

    Examples:
        >>> unit_kind("USD/barrel"), unit_kind("km/h"), unit_kind("barrel/day")
        ('money', 'speed', 'rate')
    """
    if unit is None:
        return None
    if unit in ("percent", "percentage point"):
        return "percent"
    if unit in DIMENSIONS:
        return DIMENSIONS[unit]
    head = unit.split("/", 1)[0]
    if head in CURRENCY_CODES or head == "BTC":
        return "money"
    if head in DIMENSIONS:
        return "rate"
    return None
