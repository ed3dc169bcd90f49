"""Link quality: paraphrased heads in one block, places inside their country, bounds that
reach only as far as a writer rounds (sentences written by us)."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck as cc
from claimcheck._words.places import country_of, within
from claimcheck.linking.blocking import block_key
from claimcheck.linking.context import ContextIndex
from claimcheck.linking.relate import frame_conflict, names_differ, relate
from claimcheck.model import Claim, Frame, Quantity, Source, Span

DAY = dt.date(2023, 5, 4)


def claim_at(text: str, words: str) -> Claim:
    found = [
        c
        for c in cc.extract([Source("s", text, published=DAY)]).claims
        if text[c.span.start : c.span.end] == words
    ]
    assert found, words
    return found[0]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Orion Chips agreed to buy Vela Systems for $2.1 billion on Monday.", "$2.1 billion"),
        ("Orion Chips is paying $2.1 billion to acquire Vela Systems.", "$2.1 billion"),
        ("Analysts welcomed Orion Chips' $2.1 billion acquisition of Vela Systems.", "$2.1 billion"),
        ("The deal cost Orion Chips $2.1 billion.", "$2.1 billion"),
        ("Orion Chips will buy Vela Systems for $2.1 billion in cash and stock.", "$2.1 billion"),
        ("The $2.1 billion deal was announced on Monday.", "$2.1 billion"),
    ],
)
def test_the_price_of_a_purchase_is_one_block_whatever_the_word(text: str, words: str) -> None:
    assert block_key(claim_at(text, words)) == ("amount", "price", "usd")


@pytest.mark.parametrize(
    "text, words, key",
    [
        ("Varna, a city of 160,000 people, was shaken.", "160,000", "population"),
        ("Varna is home to 167,000 people.", "167,000", "population"),
        ("More than 300 buildings were damaged in the quake.", "More than 300", "building"),
        ("About 1,000 people were sheltering in the school.", "About 1,000", "displaced"),
        ("Some 14,000 people fled their homes after the warning.", "Some 14,000", "displaced"),
    ],
)
def test_head_variants_share_a_block(text: str, words: str, key: str) -> None:
    found = block_key(claim_at(text, words))
    assert found is not None and found[1] == key


@pytest.mark.parametrize(
    "text, words",
    [
        ("The firm lost nearly $916 million in a single year.", "nearly $916 million"),
        ("The firm took a $916 million loss that year.", "$916 million"),
    ],
)
def test_money_lost_is_a_loss(text: str, words: str) -> None:
    assert block_key(claim_at(text, words)) == ("amount", "loss", "usd")


def test_damaged_and_destroyed_are_different_facts() -> None:
    damaged = claim_at("More than 300 homes were damaged in the quake.", "More than 300")
    destroyed = claim_at("More than 300 homes were destroyed in the quake.", "More than 300")
    assert frame_conflict(damaged.frame, destroyed.frame) == "damaged vs destroyed"


def test_a_measure_before_a_speech_verb_is_not_the_figures() -> None:
    c = claim_at("He counted 24 dead and 249 injured, adding that 300 buildings were damaged.", "300")
    assert c.frame is not None and c.frame.measure == "damaged"


@pytest.mark.parametrize(
    "text, words",
    [
        ("Some 400 residents, among about 900 evacuees, had sought shelter in the gym.", "about 900"),
        ("The row is part of Orion's $2 billion plan in Varna.", "$2 billion"),
    ],
)
def test_no_false_place(text: str, words: str) -> None:
    c = claim_at(text, words)
    assert c.frame is not None and c.frame.place in ("", "varna")
    assert "about" not in c.frame.place and "orion" not in c.frame.place


@pytest.mark.parametrize(
    "a, b, exp",
    [
        ("kabul", "afghanistan", True),
        ("afghanistan", "kabul", False),
        ("Gaza", "Palestine", True),
        ("kabul", "herat", False),
        ("lyon", "france", True),
        ("atlantis", "atlantis", True),
        ("atlantis", "france", False),
    ],
)
def test_within(a: str, b: str, exp: bool) -> None:
    assert within(a, b) is exp


def test_given_names_are_not_places() -> None:
    assert country_of("Jordan") is None and country_of("Chad") is None
    assert country_of("Amman") == "jordan"


@pytest.mark.parametrize(
    "pa, pb, refused",
    [
        ("kabul", "afghanistan", False),
        ("afghanistan", "kabul", False),
        ("kabul", "herat", True),
        ("kabul", "", False),
        ("varna", "burgas", True),
    ],
)
def test_a_city_inside_its_country_is_not_a_different_place(pa: str, pb: str, refused: bool) -> None:
    found = frame_conflict(Frame(measure="killed", place=pa), Frame(measure="killed", place=pb))
    assert (found is not None) is refused


@pytest.mark.parametrize(
    "sa, sb, differ",
    [
        ("The quake hit Aceh on Tuesday.", "The quake struck Indonesia on Tuesday.", False),
        ("The quake hit Aceh on Tuesday.", "The quake struck Lyon on Tuesday.", True),
        ("The deal gives AMD a foothold, he said.", "AMD said SeaMicro will join it.", False),
        ("Shelling hit Gaza's main hospital.", "Shelling hit a hospital in Gaza.", False),
        ("The quake hit Aceh on Tuesday.", "The quake hit the island on Tuesday.", False),
    ],
)
def test_names_differ(sa: str, sb: str, differ: bool) -> None:
    index = ContextIndex.of([sa, sb])
    assert names_differ(index.vector(sa), index.vector(sb)) is differ


def q(value: float, qualifier: str = "exact") -> Quantity:
    if qualifier == "at_least":
        return Quantity(value, value, None, "at_least")
    return Quantity(value, value, value)


def counted(cid: str, sid: str, value: Quantity, *, cumulative: bool = False) -> Claim:
    sp = Span(sid, 0, 3)
    return Claim(
        cid, "count", "people", value, sp, sp, frame=Frame(measure="sheltered", cumulative=cumulative)
    )


@pytest.mark.parametrize(
    "low, exact, relation",
    [
        (300, 350, "agrees"),
        (300, 599, "agrees"),
        (300, 14000, None),  # compatible, but nobody writes "more than 300" for 14,000
        (300, 250, "conflicts"),
    ],
)
def test_a_bound_reaches_as_far_as_a_writer_rounds(low: float, exact: float, relation: str | None) -> None:
    a = counted("a", "s1", q(low, "at_least"))
    b = counted("b", "s2", q(exact))
    found = relate(a, b, published={"s1": DAY, "s2": DAY})
    assert (found.relation if found else None) == relation


def test_an_earlier_bound_of_a_running_total_still_supports_a_later_figure() -> None:
    a = counted("a", "s1", q(100, "at_least"), cumulative=True)
    b = counted("b", "s2", q(263), cumulative=True)
    found = relate(a, b, published={"s1": dt.date(2004, 6, 1), "s2": dt.date(2024, 4, 23)})
    assert found is not None and found.relation == "agrees"


def test_paraphrased_prices_from_two_outlets_corroborate() -> None:
    report = cc.check(
        [
            "---\noutlet: Harbor Times\n---\nOrion Chips agreed on Monday to buy Vela Systems, "
            "the Varna chip designer, for $2.1 billion.",
            "---\noutlet: Daily Ledger\n---\nOrion Chips is paying $2.1 billion to acquire Vela "
            "Systems, the chip designer based in Varna, it said on Monday.",
        ]
    )
    (fact,) = [f for f in report.facts if f.kind == "amount"]
    assert fact.independent_origins == 2 and not fact.conflicting


def vectors(*sentences: str) -> list[dict[str, float]]:
    index = ContextIndex.of(sentences)
    return [index.vector(s) for s in sentences]


def test_who_reported_a_figure_does_not_make_another_event() -> None:
    va, vb = vectors("The quake killed four in Varna on Sunday.", "At least four died, the UN said.")
    assert names_differ(va, vb)  # Varna vs UN: different names
    assert not names_differ(va, vb, ignore_b=frozenset({"un"}))  # the UN only reported it


def test_an_agency_name_names_no_place() -> None:
    va, vb = vectors(
        "The quake injured 50 people in Aceh, Indonesia.",
        "Officials told Agence France Presse that 50 were hurt.",
    )
    assert not names_differ(va, vb)  # France is the agency's, not the event's


def test_a_shared_reporter_is_a_shared_name() -> None:
    va, vb = vectors(
        "The epicentre was 55 km from Bireun, the Geological Survey said.",
        "It struck 55 km from Bireuen in Aceh, data from the Geological Survey showed.",
    )
    assert not names_differ(va, vb, ignore_a=frozenset({"geological", "survey"}))
