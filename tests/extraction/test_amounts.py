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
