"""count claims: a number and the noun it counts."""

from __future__ import annotations

import pytest
from hypothesis import given

from claimcheck.extraction import extract_source
from claimcheck.model import Quantity, Source
from strategies import news_text


def found(text: str, kind: str) -> list[tuple[str, float, str, str]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, c.value.value, c.value.qualifier, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=(kind,))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Officials say 263 agreements have been signed so far.", [("agreements", 263, "exact", "263")]),
        ("The minister has paid 52 official and working visits to Moscow.", [("visits", 52, "exact", "52")]),
        ("The two sides signed fifty-two accords.", [("accords", 52, "exact", "fifty-two")]),
        ("More than 260 documents were adopted.", [("documents", 260, "at_least", "More than 260")]),
        ("Some 1,200 delegates attended.", [("delegates", 1200, "approx", "Some 1,200")]),
        ("Between 40 and 50 people gathered.", [("people", 45, "range", "Between 40 and 50")]),
        ("A hundred and two students graduated.", [("students", 102, "exact", "A hundred and two")]),
        ("The 12 agreements signed in spring took effect.", [("agreements", 12, "exact", "12")]),
        ("The two countries agreed.", []),
        ("It was one of the first visits.", []),
        ("Both leaders spoke at 4:05 p.m. (UTC+04:00).", []),
        ("Relations began in 1992 and deepened in 2021.", []),
        ("Article 16 of the declaration covers security.", []),
        ("Slider Image 1", []),
        ("290", []),
        ("Call 012 492 30 00 for tickets.", []),
        ("The talks on 22 February 2022 ended.", []),
        ("Trade grew by 16 percent.", []),
        ("The war lasted 44 days.", []),
        ("The 2012–13 season ended.", []),
    ],
)
def test_counts(text: str, exp: list[tuple[str, float, str, str]]) -> None:
    assert found(text, "count") == exp


def test_detail_and_singular_key() -> None:
    src = Source(id="t", text="She has made 52 official and working visits to Moscow since then.")
    (c,) = extract_source(src, kinds=("count",))
    assert c.detail == "official and working visits to Moscow"
    assert "singular: visit" in c.notes
    assert c.value == Quantity(52, 52, 52)


@given(news_text())
def test_never_raises_and_is_deterministic(text: str) -> None:
    src = Source(id="t", text=text)
    kinds = ("count", "amount", "ordinal", "duration")
    first = extract_source(src, kinds=kinds)
    assert first == extract_source(src, kinds=kinds)
    for c in first:
        assert 0 <= c.span.start <= c.span.end <= len(text)


@pytest.mark.parametrize(
    "text, exp_subject",
    [
        # an adverb between the counted noun and its verb ends the noun phrase
        ("Officials: 48 treaties now link Georgia and Turkey", "treaties"),
        ("By May, 17 pipelines already supply Tbilisi.", "pipelines"),
        ("Reports say 9 ministries still oversee Kyiv contracts.", "ministries"),
        ("At least 30 contracts currently cover Astana.", "contracts"),
        # no adverb: a plural noun, an unlisted verb, then a name
        ("In all, 75 protocols bind Yerevan.", "protocols"),
        # a name before the counted noun is still a modifier
        ("Some 16 Karabakh veterans met the press.", "veterans"),
    ],
)
def test_head_is_the_noun_after_the_number(text: str, exp_subject: str) -> None:
    assert [subject for subject, *_ in found(text, "count")] == [exp_subject]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("A half-million people marched on Sunday.", [("people", 500_000, "exact", "A half-million")]),
        ("Nearly 3 hundred volunteers came.", [("volunteers", 300, "approx", "Nearly 3 hundred")]),
        ("The app has 10M users in Europe.", [("users", 10_000_000, "exact", "10M")]),
        ("Pick the one you like best.", []),
        ("The squad, minus 3 injured players, flew home.", []),
        ("At one point two men ran off.", []),  # not 1.2 men ("point 2" reads as a reference)
    ],
)
def test_counts_with_less_common_numbers(text: str, exp: list[tuple[str, float, str, str]]) -> None:
    assert found(text, "count") == exp
