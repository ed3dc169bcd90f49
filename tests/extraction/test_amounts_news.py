"""Measures and money as news writes them: two-unit heights and weights, fractions without a
figure, compound adjectives, per-share and per-bushel prices, unit spellings, and pounds
decided by the words around them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.model import Source


def found(text: str) -> list[tuple[float, str | None, str, str]]:
    src = Source(id="t", text=text)
    return [
        (round(c.value.value, 6), c.value.unit, c.value.qualifier, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("amount",))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The suspect is 6 feet 2 inches tall.", [(74, "in", "exact", "6 feet 2 inches")]),
        ("The forward stands 5 ft 11 in.", [(71, "in", "exact", "5 ft 11 in")]),
        ("The 6-foot-4 guard scored 30 points.", [(76, "in", "exact", "6-foot-4")]),
        ("The six-foot-two lock was sent off.", [(74, "in", "exact", "six-foot-two")]),
        ("The girl was born weighing 7 pounds 3 ounces.", [(115, "oz", "exact", "7 pounds 3 ounces")]),
        ("The puppy weighed 4lb 6oz at birth.", [(70, "oz", "exact", "4lb 6oz")]),
        ("The fence is roughly 5 feet, 6 inches high.", [(66, "in", "approx", "roughly 5 feet, 6 inches")]),
        # the smaller part must be smaller than one of the larger unit
        ("The plank is 6 feet 14 inches.", [(6, "ft", "exact", "6 feet"), (14, "in", "exact", "14 inches")]),
        ("The fine was 5 pounds 20 pence.", [(5.2, "GBP", "exact", "5 pounds 20 pence")]),
    ],
)
def test_two_unit_measures(text: str, exp: list[tuple[float, str, str, str]]) -> None:
    assert found(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("A second blast hit half a mile away.", [(0.5, "mile", "exact", "half a mile")]),
        ("The column moved a mile and a half.", [(1.5, "mile", "exact", "a mile and a half")]),
        ("He jogged a mile and a quarter.", [(1.25, "mile", "exact", "a mile and a quarter")]),
        ("A quarter-mile stretch was shut.", [(0.25, "mile", "exact", "A quarter-mile")]),
        ("The car was found three-quarters of a mile away.",
         [(0.75, "mile", "exact", "three-quarters of a mile")]),
        ("Crews stopped about half a kilometre short.", [(0.5, "km", "approx", "about half a kilometre")]),
        ("More than half a ton of resin was seized.", [(0.5, "t", "at_least", "More than half a ton")]),
        ("He walked one and a half miles.", [(1.5, "mile", "exact", "one and a half miles")]),
        # no measure: a pronoun, an idiom, a pound without a figure
        ("On behalf of the mile-long queue, she spoke.", []),
        ("He ate half a pound of cake.", []),
        ("It took a bit and a half of luck.", []),
    ],
)  # fmt: skip
def test_fraction_words_without_a_figure(text: str, exp: list[tuple[float, str, str, str]]) -> None:
    assert found(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Crews bored a 3-kilometre-long tunnel.", [(3, "km", "exact", "3-kilometre")]),
        ("They raised a 1.5-mile-long fence.", [(1.5, "mile", "exact", "1.5-mile")]),
        ("A 10-km-wide zone was cleared.", [(10, "km", "exact", "10-km")]),
        ("The fish weighed 3 kgs.", [(3, "kg", "exact", "3 kgs")]),
        ("The estate covers 10 sq. miles.", [(10, "mile2", "exact", "10 sq. miles")]),
        ("They poured 900 cubic yards of concrete.", [(900, "yd3", "exact", "900 cubic yards")]),
        ("The engine makes 500 hp.", [(500, "hp", "exact", "500 hp")]),
        ("The hybrid gets 52 mpg.", [(52, "mile/gallon", "exact", "52 mpg")]),
        ("The hybrid gets 52 miles per gallon.", [(52, "mile/gallon", "exact", "52 miles per gallon")]),
        ("Wheat rose to $7 a bushel.", [(7, "USD/bushel", "exact", "$7 a bushel")]),
        ("The bank earned $1.25 per share.", [(1.25, "USD/share", "exact", "$1.25 per share")]),
        ("Profit came to 50 cents a share.", [(0.5, "USD/share", "exact", "50 cents a share")]),
        ("Power costs 12 cents per kilowatt-hour.",
         [(0.12, "USD/kWh", "exact", "12 cents per kilowatt-hour")]),
        ("Mines shipped 2 million short tons.", [(2e6, "t", "exact", "2 million short tons")]),
        ("Rescuers carried her 2 1/2 miles.", [(2.5, "mile", "exact", "2 1/2 miles")]),
        ("A climber fell 2, 000ft to his death.", [(2000, "ft", "exact", "2, 000ft")]),
        ("The budget is Rs 1.5 lakh crore.", [(1.5e12, "INR", "exact", "Rs 1.5 lakh crore")]),
        ("The bank cut rates by 25 basis points.", [(0.25, "percentage point", "exact", "25 basis points")]),
        ("The bank cut rates by 50 bps.", [(0.5, "percentage point", "exact", "50 bps")]),
        ("Temperatures hit 40° on Monday.", [(40, "degree", "exact", "40°")]),
        ("The thermometer read 40 Celsius.", [(40, "°C", "exact", "40 Celsius")]),
        ("He gained 80 yds on the drive.", [(80, "yd", "exact", "80 yds")]),
        ("Each tank holds 500 gal of fuel.", [(500, "gallon", "exact", "500 gal")]),
        ("The suspect is 6 ft. 1 in. tall.", [(73, "in", "exact", "6 ft. 1 in")]),
        # a degree sign without words of weather is an angle: no amount
        ("The ramp rises at 40° to the road.", []),
    ],
)  # fmt: skip
def test_units_as_news_writes_them(text: str, exp: list[tuple[float, str, str, str]]) -> None:
    assert found(text) == exp


@pytest.mark.parametrize(
    "text, unit",
    [
        ("He won 40,000 pounds on a scratch card.", "GBP"),
        ("The court gave her 5,000 pounds in damages.", "GBP"),
        ("Burglars stole 2,000 pounds from the safe.", "GBP"),
        ("The couple owed 9,000 pounds to the council.", "GBP"),
        ("He shed 30 pounds in weight.", "lb"),
        ("Burglars stole 200 pounds of lead from the roof.", "lb"),
        ("The winning marrow weighed 90 pounds.", "lb"),
        ("Customs seized 300 pounds of khat.", "lb"),
    ],
)
def test_pounds_by_context(text: str, unit: str) -> None:
    ((_, got, _, _),) = found(text)
    assert got == unit


@given(st.integers(4, 7), st.integers(0, 11))
def test_feet_and_inches_add_up(feet: int, inches: int) -> None:
    text = f"The player is {feet} feet {inches} inches tall."
    assert found(text) == [(feet * 12 + inches, "in", "exact", f"{feet} feet {inches} inches")]


_WORDS = ["half", "a", "an", "mile", "and", "quarter", "three-quarters", "of", "inch", "behalf", "the", "ton"]


@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from([" ", "-", "  "]))
def test_fraction_windows_find_what_a_full_scan_finds(words: list[str], sep: str) -> None:
    from claimcheck.extraction.amounts import _FRACTION_UNIT_RE, _fraction_matches

    text = sep.join(words)
    full = {f.span() for f in _FRACTION_UNIT_RE.finditer(text)}
    assert {f.span() for f in _fraction_matches(text, text.lower())} == full
