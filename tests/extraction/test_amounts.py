"""amount claims: money, percentages and measures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.model import Source


def found(text: str) -> list[tuple[str, float, str, str | None, str]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, round(c.value.value, 6), c.value.qualifier, c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        (
            "Last year bilateral trade in 2021 climbed by 16 percent to almost US$3.4 billion.",
            [
                ("trade", 16, "exact", "percent", "16 percent"),
                ("trade", 3.4e9, "approx", "USD", "almost US$3.4 billion"),
            ],
        ),
        ("Investment reached $2.9bn.", [("investment", 2.9e9, "exact", "USD", "$2.9bn")]),
        ("The budget is USD34.6 million.", [("budget", 34.6e6, "exact", "USD", "USD34.6 million")]),
        ("The fine was USD 200.", [("fine", 200, "exact", "USD", "USD 200")]),
        ("The ticket cost 3 dollars 50 cents.", [("cost", 3.5, "exact", "USD", "3 dollars 50 cents")]),
        ("It sold for $4.25 and 32 more were ordered.", [("money", 4.25, "exact", "USD", "$4.25")]),
        ("The fund holds 300 million manat.", [("fund", 3e8, "exact", "AZN", "300 million manat")]),
        ("Inflation hit 16%.", [("inflation", 16, "exact", "percent", "16%")]),
        ("Inflation hit 16 per cent.", [("inflation", 16, "exact", "percent", "16 per cent")]),
        ("The bridge is 1.2 kilometres long.", [("measure", 1.2, "exact", "km", "1.2 kilometres")]),
        ("Exports reached 816 000 t of grain.", [("exports", 816000, "exact", "t", "816 000 t")]),
        ("Turnover was six billion, in dollar terms.", [("turnover", 6e9, "exact", "USD", "six billion")]),
        ("Prices rose by half a million euros.", [("prices", 5e5, "exact", "EUR", "half a million euros")]),
        ("The third reading passed.", []),
        ("He bought a 500 ruble note.", [("money", 500, "exact", "RUB", "500 ruble")]),
    ],
)
def test_amounts(text: str, exp: list[tuple[str, float, str, str | None, str]]) -> None:
    assert found(text) == exp


def test_period_note() -> None:
    src = Source(id="t", text="Turnover in 2021 rose to $2.9 billion.")
    (c,) = extract_source(src, kinds=("amount",))
    assert "period: 2021" in c.notes


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["$", "US$", "USD ", "€"]))
def test_span_holds_the_value(n: int, prefix: str) -> None:
    text = f"Revenue reached {prefix}{n:,} last year."
    src = Source(id="t", text=text)
    (c,) = extract_source(src, kinds=("amount",))
    assert f"{n:,}" in c.span.text(src)
    assert c.value.value == n  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The startup raised $10M in 2021.", (10_000_000, "USD", "$10M")),
        ("Reserves reached US$1.5 bln at the end of June.", (1_500_000_000, "USD", "US$1.5 bln")),
        ("Growth slowed to minus 2 percent last year.", (-2, "percent", "minus 2 percent")),
    ],
)
def test_amounts_with_less_common_numbers(text: str, exp: tuple[float, str, str]) -> None:
    src = Source(id="t", text=text)
    (c,) = extract_source(src, kinds=("amount",))
    assert (c.value.value, c.value.unit, c.span.text(src)) == exp  # type: ignore[union-attr]


# -- money as news writes it --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Quarterly revenue rose to $2.7 million.", (2.7e6, "USD", "$2.7 million")),
        ("Entry costs fifteen dollars for adults.", (15, "USD", "fifteen dollars")),
        ("The utility will spend €3bn on grid lines.", (3e9, "EUR", "€3bn")),
        ("Shops now refuse a 20-rupee note.", (20, "INR", "20-rupee")),
        ("The ministry set aside USD34.6 million for schools.", (34.6e6, "USD", "USD34.6 million")),
        ("Each family gets USD 200 in aid.", (200, "USD", "USD 200")),
        ("Bread sells for 3 dollars 50 cents now.", (3.5, "USD", "3 dollars 50 cents")),
        ("A coffee costs 2 euros 40 cents there.", (2.4, "EUR", "2 euros 40 cents")),
        ("He was ordered to repay 5,000 pounds sterling.", (5000, "GBP", "5,000 pounds sterling")),
        ("The club agreed a fee of 40 million pounds.", (40e6, "GBP", "40 million pounds")),
        ("The council fined him £5 a day.", (5, "GBP/day", "£5 a day")),
        ("Bus fares rise by 20p in May.", (0.2, "GBP", "20p")),
        ("The coins were each worth 50 cents.", (0.5, "USD", "50 cents")),
        ("The bank earned 1.2 billion Swiss francs.", (1.2e9, "CHF", "1.2 billion Swiss francs")),
        ("The project will cost Rs 500 crore.", (5e9, "INR", "Rs 500 crore")),
        ("The central bank sold 2 trillion won of bonds.", (2e12, "KRW", "2 trillion won")),
        ("The insurer paid C$1.2 billion.", (1.2e9, "CAD", "C$1.2 billion")),
        ("Pledges totalled HK$50 million.", (50e6, "HKD", "HK$50 million")),
        ("Imports were valued at AUD 3.4 billion.", (3.4e9, "AUD", "AUD 3.4 billion")),
        ("The fine came to 12,000 EUR in the end.", (12000, "EUR", "12,000 EUR")),
        ("Gold hit a record of $2,400 an ounce.", (2400, "USD/oz", "$2,400 an ounce")),
        ("Workers earn $7.25 an hour.", (7.25, "USD/h", "$7.25 an hour")),
        ("Brent traded at $84 a barrel.", (84, "USD/barrel", "$84 a barrel")),
        ("Flats rent for $15 per square metre.", (15, "USD/m2", "$15 per square metre")),
        ("The firm was valued at $2.2T last week.", (2.2e12, "USD", "$2.2T")),
        ("The startup sold for €10B in cash.", (10e9, "EUR", "€10B")),
    ],
)
def test_money(text: str, exp: tuple[float, str, str]) -> None:
    src = Source(id="t", text=text)
    got = [
        (round(c.value.value, 6), c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]
    assert got == [exp]


@pytest.mark.parametrize(
    "text, exp",
    [
        # a change is two amounts, not a range
        ("Rents rose from €800 to €950 this year.", [(800, "EUR", "€800"), (950, "EUR", "€950")]),
        ("Revenue rose to $2.7 million, up from $2.1 million a year earlier.",
         [(2.7e6, "USD", "$2.7 million"), (2.1e6, "USD", "$2.1 million")]),
        # "$4.25 and 32" is not a range
        ("Shares closed at $4.25 and 32 analysts rate it a buy.", [(4.25, "USD", "$4.25")]),
        ("Damage was put at $5-7 million.", [(6e6, "USD", "$5-7 million")]),
        # no currency here
        ("I will try 5 times before I give up.", []),
        ("Our side won 3 of the 4 games.", []),
        ("Visitors paid all 5 fees at once.", []),
    ],
)  # fmt: skip
def test_money_not_merged_or_invented(text: str, exp: list[tuple[float, str, str]]) -> None:
    src = Source(id="t", text=text)
    got = [
        (round(c.value.value, 6), c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]
    assert got == exp


# -- measures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The suspect weighs about 150 pounds, police said.", (150, "lb", "about 150 pounds")),
        ("Officers seized 300 pounds of cocaine at the port.", (300, "lb", "300 pounds")),
        ("A 300-pound bear wandered into the camp.", (300, "lb", "300-pound")),
        ("The shop took a 20-pound note.", (20, "GBP", "20-pound")),
        ("The newborn weighed just 4 ounces.", (4, "oz", "4 ounces")),
        ("The harvest reached 2.5 million tonnes of wheat.", (2.5e6, "t", "2.5 million tonnes")),
        ("The ship carried 40,000 tons of grain.", (40000, "t", "40,000 tons")),
        ("Winds of up to 180 km/h tore roofs off.", (180, "km/h", "up to 180 km/h")),
        ("The storm packed winds of 110 miles per hour.", (110, "mile/h", "110 miles per hour")),
        ("The car was doing 95 mph on the bypass.", (95, "mile/h", "95 mph")),
        ("The ferry cruises at 22 knots.", (22, "knot", "22 knots")),
        ("It reached 43 degrees Celsius in Seville.", (43, "°C", "43 degrees Celsius")),
        ("Highs of 104 degrees Fahrenheit are expected.", (104, "°F", "104 degrees Fahrenheit")),
        ("Lows fell to -12C in the valley.", (-12, "°C", "-12C")),
        ("The thermometer read 38°C by noon.", (38, "°C", "38°C")),
        ("The fire burned more than 12,000 hectares.", (12000, "ha", "more than 12,000 hectares")),
        ("Water covered 450 square kilometres.", (450, "km2", "450 square kilometres")),
        ("The estate spans 3,000 acres.", (3000, "acre", "3,000 acres")),
        ("The tower offers 200,000 square feet of offices.", (2e5, "ft2", "200,000 square feet")),
        ("The tunnel is 57 km long.", (57, "km", "57 km")),
        ("The wall stands 8 m high.", (8, "m", "8 m")),
        ("Snow 30 cm deep blocked the pass.", (30, "cm", "30 cm")),
        ("Rain dropped 250 mm on the city.", (250, "mm", "250 mm")),
        ("The statue is about 20 feet tall.", (20, "ft", "about 20 feet")),
        ("The team ran a 10-km route.", (10, "km", "10-km")),
        ("The reservoir holds 4.2 billion cubic metres.", (4.2e9, "m3", "4.2 billion cubic metres")),
        ("Output rose to 1.3 million barrels per day.", (1.3e6, "barrel/day", "1.3 million barrels per day")),
        ("Some 500 litres of oil leaked.", (500, "l", "Some 500 litres")),
        ("The plant will make 1,100 megawatts.", (1100, "MW", "1,100 megawatts")),
        ("The country used 250 TWh of power.", (250, "TWh", "250 TWh")),
        ("Hackers stole 2 terabytes of files.", (2, "TB", "2 terabytes")),
        ("The archive is 400 GB in size.", (400, "GB", "400 GB")),
        ("Users get only 5 Mbps at home.", (5, "Mbit/s", "5 Mbps")),
        ("Workers got doses of 20 millisieverts.", (20, "mSv", "20 millisieverts")),
    ],
)
def test_measures(text: str, exp: tuple[float, str, str]) -> None:
    src = Source(id="t", text=text)
    got = [
        (round(c.value.value, 6), c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]
    assert got == [exp]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The dose rose from 44 mg to 50 mg.", [(44, "mg", "exact"), (50, "mg", "exact")]),
        ("Lows ranged from -18 °C to -34 °C.", [(-26, "°C", "range")]),
        ("The road sits under 10 to 15 metres of mud.", [(12.5, "m", "range")]),
        ("The rover covers between 5 and 7 kilometres a day.", [(6, "km/day", "range")]),
        ("A telescope of 8- to 16-meter mirrors was planned.", [(12, "m", "range")]),
        ("Trials used 44 mg to 50 mg doses.", [(47, "mg", "range")]),
    ],
)
def test_measure_ranges(text: str, exp: list[tuple[float, str, str]]) -> None:
    src = Source(id="t", text=text)
    got = [
        (round(c.value.value, 6), c.value.unit, c.value.qualifier)  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]
    assert got == exp


@pytest.mark.parametrize(
    "text",
    [
        "The home team won 3-1 after extra time.",
        "The press conference starts at 7 pm at the town hall.",
        "He lives at 221 Baker Street with his sister.",
        "The 5G network will cover 90 towns.",
        "The UK has 10m people on waiting lists.",
        "She holds 3 degrees from two universities.",
        "At 2 in the morning the lights went out.",
        "The minister weighed the 2 proposals.",
    ],
)
def test_no_amount(text: str) -> None:
    assert extract_source(Source(id="t", text=text), kinds=("amount",)) == ()


def test_label_line_amount_subject() -> None:
    src = Source(id="t", text="Damage estimates\nCost: $3.2 million\nArea: 450 hectares\n")
    got = [(c.subject, c.value.unit) for c in extract_source(src, kinds=("amount",))]  # type: ignore[union-attr]
    assert got == [("cost", "USD"), ("area", "ha")]


@pytest.mark.parametrize(
    "unit, kind",
    [("USD", "money"), ("USD/barrel", "money"), ("km/h", "speed"), ("barrel/day", "rate"),
     ("°C", "temperature"), ("percent", "percent"), ("GB", "data"), ("kWh", "energy"), ("ha", "area"),
     ("nonsense", None)],
)  # fmt: skip
def test_unit_kind(unit: str, kind: str | None) -> None:
    from claimcheck._words.units import unit_kind

    assert unit_kind(unit) == kind


_UNIT_WORDS = st.sampled_from(
    ["$", "€", "£", "USD ", "", "Rs "]
)  # fmt: skip
_AFTER = st.sampled_from(
    ["", " km", " pounds", " tonnes", " km/h", "C", " degrees Celsius", " dollars 50 cents", " million euros",
     "-km", " per square metre", " a barrel", " mph", " GB", "p", " cents", " won", " sq km", "€", " €",
     " ppm", " cups", " mg"]
)  # fmt: skip


@given(st.lists(st.tuples(_UNIT_WORDS, st.integers(0, 10**7), _AFTER), min_size=1, max_size=8))
def test_amount_spans_slice_back(parts: list[tuple[str, int, str]]) -> None:
    text = " and ".join(f"{pre}{n:,}{post}" for pre, n, post in parts) + "."
    src = Source(id="t", text=text)
    for c in extract_source(src, kinds=("amount",)):
        assert text[c.span.start : c.span.end] == c.span.text(src)
        assert c.span.text(src).strip() == c.span.text(src)
        assert any(ch.isdigit() for ch in c.span.text(src)) or c.span.text(src)[:1].isalpha()


# -- linear time in one long sentence (issue 21) -------------------------------------------


def test_subject_index_built_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.extraction import amounts

    built: list[tuple[int, int]] = []
    real = amounts._Nouns.__init__

    def counting(self: amounts._Nouns, text: str, start: int, end: int) -> None:
        built.append((start, end))
        real(self, text, start, end)

    monkeypatch.setattr(amounts._Nouns, "__init__", counting)
    text = "Trade rose " + "$ 3 " * 200 + "in all."  # one sentence, under the sentence cap
    claims = extract_source(Source(id="t", text=text), kinds=("amount",))
    assert len(claims) == 200
    assert {c.subject for c in claims} == {"trade"}
    assert len(built) == 1


def test_amounts_in_one_long_sentence_grow_linearly() -> None:
    import time

    def cpu(n: int) -> float:
        text = "Revenue was " + "$ 3 " * n + "in total."
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            extract_source(Source(id="t", text=text), kinds=("amount",))
            best = min(best, time.process_time() - t0)
        return best

    small, large = cpu(1500), cpu(6000)
    # four times the text: about four times the work when linear, sixteen when quadratic
    assert large < 9 * max(small, 1e-3)


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The car hit 120 km/hr on the bypass.", (120, "km/h", "120 km/hr")),
        ("They bought a 5,000-square-foot home.", (5000, "ft2", "5,000-square-foot")),
        ("It was 6 deg C at dawn.", (6, "°C", "6 deg C")),
        ("Lunch cost 50 quid.", (50, "GBP", "50 quid")),
        ("It is 40℃ in the shade.", (40, "°C", "40℃")),
        ("Yields hit 3 t/ha this year.", (3, "t/ha", "3 t/ha")),
    ],
)
def test_more_unit_spellings(text: str, exp: tuple[float, str, str]) -> None:
    src = Source(id="t", text=text)
    got = [
        (round(c.value.value, 6), c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]
    assert got == [exp]


def _triples(text: str) -> list[tuple[float, str | None, str]]:
    src = Source(id="t", text=text)
    return [
        (round(c.value.value, 6), c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]


# -- currency symbols after the number ------------------------------------------------------


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Entry to the fair costs 12€ for adults.", [(12, "EUR", "12€")]),
        ("A bed in the dormitory costs 23 € a night.", [(23, "EUR/night", "23 € a night")]),
        ("The deficit came to -40€ per resident.", [(-40, "EUR", "-40€")]),
        ("Rooms start at 85 £ in the off season.", [(85, "GBP", "85 £")]),
        ("The upgrade is priced at 1.5 million € by the city.", [(1.5e6, "EUR", "1.5 million €")]),
        ("Pay 3$ for a coffee.", [(3, "USD", "3$")]),
    ],
)
def test_currency_symbol_after_number(text: str, exp: list[tuple[float, str, str]]) -> None:
    assert _triples(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("He paid with 5 $20 bills.", [(20, "USD", "$20")]),  # the symbol belongs to the next figure
        ("The link ended in issn%280024%2D9114 and broke.", []),  # URL escapes are no percentages
        ("Her score was 9 €uro-points, a made-up unit.", []),  # a symbol glued to a word
        ("Prices rose 20% in May.", [(20, "percent", "20%")]),
    ],
)
def test_no_symbol_after_amount(text: str, exp: list[tuple[float, str, str]]) -> None:
    assert _triples(text) == exp


# -- a figure sharing the unit of the next one ------------------------------------------------


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Volunteers took 20 and 40 mg doses.", [(20, "mg", "20"), (40, "mg", "40 mg")]),
        # "or" between the figures: one rough range
        ("The trail adds 5 or 6 km to the walk.", [(5.5, "km", "5 or 6 km")]),
        ("Buyers paid a 20 or 30 percent premium.", [(25, "percent", "20 or 30 percent")]),
        # "the two" is no figure of the unit
        ("Votes split between the two and 20 percent abstained.", [(20, "percent", "20 percent")]),
        # qualifier words before the second figure: the first is no figure of its unit
        ("Between the two and up to 20 percent could stay home.", [(20, "percent", "up to 20 percent")]),
        ("Tickets were 10 and 15 dollars.", [(10, "USD", "10"), (15, "USD", "15 dollars")]),
        ("Rates of 2 and 3 percent were discussed.", [(2, "percent", "2"), (3, "percent", "3 percent")]),
        # a scale after the second figure may be shared too: the bare figure is left alone
        ("Damage of 5 and 10 million dollars was reported.", [(1e7, "USD", "10 million dollars")]),
        # the second unit is a symbol before its figure: nothing is shared
        ("He paid 5 and $7 for the two.", [(7, "USD", "$7")]),
        # a year is no figure of the unit
        ("In 2019 and 50 mg doses later, he recovered.", [(50, "mg", "50 mg")]),
        # a range word keeps making one range
        ("Snow of 10 to 15 cm fell.", [(12.5, "cm", "10 to 15 cm")]),
    ],
)
def test_shared_unit(text: str, exp: list[tuple[float, str, str]]) -> None:
    assert _triples(text) == exp


# -- units of news added in this round --------------------------------------------------------


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Global emissions reached 37.4 Gt last year.", (37.4, "Gt", "37.4 Gt")),
        ("The smelter emits 2 Mt a year.", (2, "Mt/year", "2 Mt a year")),
        ("The warhead had a yield of 15 kilotons.", (15, "kt", "15 kilotons")),
        ("Carbon dioxide in the air hit 421 ppm in May.", (421, "ppm", "421 ppm")),
        ("Fine dust reached 180 µg/m³ in the capital.", (180, "µg/m3", "180 µg/m³")),
        ("Women are told to take 400 mcg of folic acid.", (400, "µg", "400 mcg")),
        ("The chips are made on a 3 nm process.", (3, "nm", "3 nm")),
        ("The collider now runs at 13.6 TeV.", (13.6, "TeV", "13.6 TeV")),
        ("Noise near the runway reached 85 dB.", (85, "dB", "85 dB")),
        ("A scan of the chest gives about 7 mGy.", (7, "mGy", "about 7 mGy")),
        ("The recipe asks for 2 cups of rice.", (2, "cup", "2 cups")),
        ("Stir in 3 tablespoons of oil.", (3, "tbsp", "3 tablespoons")),
        ("Add 1 tsp of salt.", (1, "tsp", "1 tsp")),
        ("The engine displaces 1,598 cm3 in all.", (1598, "ml", "1,598 cm3")),
    ],
)
def test_units_of_news(text: str, exp: tuple[float, str, str]) -> None:
    assert _triples(text) == [exp]


@pytest.mark.parametrize(
    "text",
    [
        "Climbers set off for the 8 Mt Everest camps.",  # Mt before a name is Mount
        "The World Cup draw put 4 teams in each group.",
        "A ton of letters arrived, a pound of flesh was asked.",
    ],
)
def test_no_new_unit(text: str) -> None:
    assert [t for t in _triples(text) if t[1] in ("Mt", "cup", "t", "lb")] == []


# -- a rate per unit is not a time ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Crude sold at $84 a barrel on Monday.", [(84, "USD/barrel", "$84 a barrel")]),
        ("Rice cost 2 dollars a kilo from Tuesday.", [(2, "USD/kg", "2 dollars a kilo")]),
        # a time unit followed by a time word is a date phrase, not a rate
        ("Sales were $2.1 million a year earlier.", [(2.1e6, "USD", "$2.1 million")]),
        ("Prices were 3 euros a month ago.", [(3, "EUR", "3 euros")]),
    ],
)
def test_rate_before_time_words(text: str, exp: list[tuple[float, str, str]]) -> None:
    assert _triples(text) == exp


def test_new_units_have_dimensions() -> None:
    from claimcheck._words.units import DIMENSIONS, UNIT_SYMBOLS, UNIT_WORDS

    for unit in set(UNIT_WORDS.values()) | set(UNIT_SYMBOLS.values()):
        assert unit in DIMENSIONS or "/" in unit, unit


@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(["mg", "km", "percent", "dollars"]))
def test_shared_unit_gives_both_figures_the_unit(a: int, b: int, unit: str) -> None:
    got = _triples(f"Volunteers took {a} and {b} {unit} in the trial.")
    assert [v for v, _, _ in got] == [a, b]
    assert len({u for _, u, _ in got}) == 1


@pytest.mark.parametrize(
    "text, subject",
    [
        # the head of an "of" phrase after the amount is what it is a part of
        ("The two firms hold 68% of the market.", "market"),
        ("Migrants make up 5% of the county's workforce.", "workforce"),
        # an "in" phrase without a determiner names what the money is in
        ("The audit found $2 billion in unpaid taxes.", "taxes"),
        ("The ledger shows nearly $1 billion in Acme company losses.", "losses"),
        # a name, a year or a time phrase names nothing
        ("The quake struck 10 kilometers in the Northern Province.", "measure"),
        ("She paid $5 billion in 2021.", "money"),
    ],
)
def test_an_of_phrase_names_the_amount(text: str, subject: str) -> None:
    got = [c.subject for c in extract_source(Source("s", text), kinds=("amount",))]
    assert got == [subject]


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a measured noun before an earlier figure is that figure's, not the next one's
        (
            "It struck at a depth of 10 kilometers and its centre lay 55 kilometers west of the town.",
            ["depth", "measure"],
        ),
        # a conversion in brackets shares its figure's noun
        ("The tremor hit at a depth of 12 kilometers (7.5 miles).", ["depth", "depth"]),
    ],
)
def test_a_noun_before_another_figure_is_not_the_next_figures(text: str, subjects: list[str]) -> None:
    assert [c.subject for c in extract_source(Source("s", text), kinds=("amount",))] == subjects
