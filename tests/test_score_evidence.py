"""The evidence term: how well one claim states its value (sourcing, hedges, vagueness, frame).

Single-origin facts rank by it, below every corroborated fact; repeats by one origin never
raise it.
"""

from __future__ import annotations

import pytest

import claimcheck as cc
from claimcheck.model import Claim, DateValue, Frame, Quantity, Span
from claimcheck.scoring.evidence import claim_evidence, evidence_terms, sourcing

SP = Span("s", 0, 1)


def claim(*who: str, kind: str = "count", value: object = None, frame: Frame | None = None) -> Claim:
    v = Quantity(5, 5, 5) if value is None else value
    return Claim("c", kind, "x", v, SP, SP, attribution=who, frame=frame)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "who, exp",
    [
        (("the interior ministry",), "official source"),
        (("U.S. Geological Survey",), "official source"),
        (("Interior Secretary Dirk Kempthorne",), "official source"),
        (("Sgt. Marta Ellison",), "official source"),
        (("police",), "official source"),
        (("Central Elections Commission of Turkmenistan",), "official source"),
        (("UN",), "official source"),
        (("WHO",), "official source"),
        (("the family who lost the house",), "unnamed source"),
        (("Umm Salma",), "named source"),
        (("Northwind Robotics",), "named source"),
        (("a witness", "Daily Ledger"), "unnamed source"),
        (("sources close to the talks",), "unnamed source"),
        (("officials who asked not to be named",), "unnamed source"),
        (("a police spokesman",), "unnamed source"),
        (("he",), "unnamed source"),
        (("the information",), "unnamed source"),
        (("the family",), "unnamed source"),
        ((), "outlet's own statement"),
    ],
)
def test_sourcing(who: tuple[str, ...], exp: str) -> None:
    assert sourcing(claim(*who)) == exp


def test_a_quotation_without_speaker_is_unnamed() -> None:
    assert sourcing(claim(kind="quote", value="We will rebuild")) == "unnamed source"


@pytest.mark.parametrize(
    "value, exp",
    [
        ("We will rebuild every house", []),
        ("a waste of money and time", ["quoted fragment"]),
        ("  \u2018 a waste of money", ["quoted fragment"]),
    ],
)
def test_quoted_fragment(value: str, exp: list[str]) -> None:
    terms = evidence_terms(claim("Lena Ortiz", kind="quote", value=value))
    assert [name for name, _ in terms if name != "named source"] == exp


@pytest.mark.parametrize(
    "value, frame, exp",
    [
        (Quantity(5, 5, 5), Frame(measure="killed", noun="soldier", place="kabul"), []),
        (Quantity(5, 5, 5), Frame(measure="killed", period="2021"), []),
        (Quantity(5, 5, 5), Frame(measure="killed"), ["no place or period"]),
        (Quantity(5, 5, 5), Frame(), ["what is measured unsaid", "no place or period"]),
        (Quantity(5, 5, 5), Frame(measure="killed", place="kabul", hedged=True), ["hedged"]),
        (Quantity(5, 5, None, "at_least"), Frame(measure="killed", place="kabul"), ["vague figure"]),
        (DateValue(2022, 2, 22), Frame(measure="sign", noun="agreement"), []),
        (DateValue(None, 2, 22), Frame(measure="sign"), ["year unsaid"]),
        (DateValue(2022, 2), Frame(measure="sign"), ["date known to the month"]),
        (DateValue(2022), Frame(), ["date known to the year", "event unsaid"]),
        (Quantity(5, 5, 5), None, []),
    ],
)
def test_frame_terms(value: object, frame: Frame | None, exp: list[str]) -> None:
    terms = evidence_terms(claim("police", value=value, frame=frame))
    assert [name for name, _ in terms] == exp
    q, why = claim_evidence(claim("police", value=value, frame=frame))
    assert 0.0 < q <= 1.0
    assert why == ", ".join(exp)


def single_score(text: str) -> float:
    report = cc.check([text])
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert fact.corroboration.verdict == "uncorroborated"
    return fact.score


def test_single_origin_facts_rank_by_their_evidence() -> None:
    official = single_score("The interior ministry said 14 miners were killed in Tarsk on Monday.")
    named = single_score("Fourteen miners were killed in Tarsk on Monday, Ilya Brandt said.")
    own = single_score("Fourteen miners were killed in Tarsk on Monday.")
    unnamed = single_score("Fourteen miners were killed in Tarsk on Monday, a witness said.")
    hedged = single_score("Fourteen miners were reportedly killed in Tarsk on Monday.")
    assert official > named > own > unnamed > hedged
    assert official < 0.5  # still uncorroborated


def test_two_weak_origins_outrank_one_strong_one() -> None:
    official = single_score("The interior ministry said 14 miners were killed in Tarsk on Monday.")
    report = cc.check(
        [
            "Fourteen miners were reportedly killed in Tarsk on Monday, a witness said.",
            "Residents said about 14 miners were killed in Tarsk, reportedly on Monday.",
        ]
    )
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert fact.independent_origins == 2
    assert fact.score >= 0.5 > official


def test_explanation_names_the_terms() -> None:
    report = cc.check(["Fourteen miners were killed in Tarsk on Monday, a witness said."])
    (fact,) = [f for f in report.facts if f.kind == "count"]
    assert any("x evidence 0.8 (unnamed source)" in t for t in fact.corroboration.explanation)
