"""Source dependence: near-duplicate copies, origins, attribution to agencies, wire credits."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimcheck.errors import ExportError
from claimcheck.linking import provenance
from claimcheck.linking.provenance import (
    agency_of,
    attach_provenance,
    detect_copies,
    detect_partial_copies,
    origins,
    wire_credit,
)
from claimcheck.model import Claim, Linkage, Quantity, Report, Source, Span, content_id
from claimcheck.pipeline import check

BODY = (
    "The harbour board met on Tuesday evening to discuss the new ferry timetable for the winter season. "
    "Members agreed that the early crossing would leave at six in the morning instead of seven. "
    "The chair said the change would help workers reach the island factories before their shifts began. "
    "A second vote approved repairs to the eastern slipway, which has been closed since the spring storms. "
    "Residents asked whether fares would rise, and the treasurer said that prices stay frozen until March. "
    "The board will meet again next month to review passenger numbers and the cost of extra fuel."
)
OTHER = (
    "A small bakery on the corner of Mill Street celebrated twenty years of business with free bread rolls. "
    "The owner thanked neighbours for their loyalty and promised a new rye loaf in the autumn. "
    "Children from the nearby school painted a mural on the side wall showing wheat fields and windmills."
)


def src(sid: str, text: str, day: int, outlet: str | None = None) -> Source:
    return Source(sid, text, outlet=outlet or sid.upper(), published=dt.date(2024, 4, day))


def test_copy_with_new_masthead_trim_and_edits_is_detected() -> None:
    original = src("a", "HARBOUR NEWS\n\n" + BODY, 1)
    edited = BODY.replace("six in the morning", "6 a.m.").replace("stay frozen", "remain frozen")
    edited = edited.rsplit(". ", 1)[0] + "."  # last sentence dropped
    copy = src("b", "ISLAND TIMES\nA new headline\n\n" + edited, 2)
    unrelated = src("c", OTHER, 1)
    copies = detect_copies((copy, unrelated, original))
    assert len(copies) == 1
    (cp,) = copies
    assert (cp.source, cp.original) == ("b", "a")
    assert cp.containment >= 0.6
    assert "shared passage" in cp.reason


def test_original_is_earlier_then_longer_then_smaller_id() -> None:
    a, b = src("a", BODY, 5), src("b", BODY, 3)
    assert detect_copies((a, b))[0].original == "b"
    a, b = src("a", BODY, 3), src("b", BODY, 3)
    assert detect_copies((b, a))[0].original == "a"


def test_topic_overlap_is_not_a_copy() -> None:
    a = src("a", BODY, 1)
    b = src(
        "b",
        "The harbour board met on Tuesday. Ferry fares will not change this winter, the treasurer said, "
        "and the slipway reopens in May after repairs. Workers welcomed the earlier crossing.",
        2,
    )
    assert detect_copies((a, b)) == ()


def test_chain_of_copies_maps_to_root() -> None:
    a, b, c = src("a", BODY, 1), src("b", BODY, 2), src("c", BODY, 3)
    copies = detect_copies((c, b, a))
    assert {(x.source, x.original) for x in copies} == {("b", "a"), ("c", "a")}


def test_wire_credit() -> None:
    assert wire_credit(Source("s", "LONDON (Reuters) - Prices rose.")) == "Reuters"
    assert wire_credit(Source("s", "Prices rose.\n— AP")) == "Associated Press"
    assert wire_credit(Source("s", "Prices rose.\nSource: Meridian Press Agency")) == "Meridian Press Agency"
    assert wire_credit(Source("s", "Prices rose (a little).")) is None


def claim(source: Source, n: int, attribution: tuple[str, ...] = (), speaker: str | None = None) -> Claim:
    sp = Span(source.id, 0, 1)
    return Claim(
        content_id("c", source.id, n),
        "count",
        "agreements",
        Quantity(n, n, n),
        sp,
        sp,
        attribution=attribution,
        speaker=speaker,
    )


def test_origins_copies_agencies_and_people() -> None:
    a = src("a", BODY, 1, "Ledger")
    b = src("b", BODY, 2, "Wire")  # copy of a
    c = src("c", OTHER, 1, "Daily")
    d = src("d", OTHER.replace("bakery", "shop"), 9, "Observer")
    claims = (
        claim(a, 1, ("Jane Roe", "Ledger"), speaker="Jane Roe"),
        claim(b, 2, ("Jane Roe", "Ledger"), speaker="Jane Roe"),
        claim(c, 3, ("Meridian Press Agency",)),
        claim(d, 4, ("Meridian Press Agency",)),
        claim(d, 5, ("Jane Roe",), speaker="Jane Roe"),
        claim(b, 6),
    )
    linkage = attach_provenance(Linkage((a, b, c, d), claims, (), ()))
    cmap = dict(linkage.claim_origins)
    names = {o.id: o for o in linkage.origins}
    # copy shares its original's origin
    assert cmap[claims[0].id] == cmap[claims[1].id] == cmap[claims[5].id]
    assert names[cmap[claims[0].id][0]].name == "Ledger"
    # two outlets repeating one agency share one agency origin
    assert cmap[claims[2].id] == cmap[claims[3].id]
    agency = names[cmap[claims[2].id][0]]
    assert agency.kind == "agency" and agency.sources == ("c", "d")
    # a quoted person alone is not an origin: the outlet is (d copies c, so Daily)
    assert names[cmap[claims[4].id][0]].name == "Daily"
    assert {(x.source, x.original) for x in linkage.copies} == {("b", "a"), ("d", "c")}


def test_origins_are_sorted_and_deterministic() -> None:
    a, b = src("a", BODY, 1), src("b", OTHER, 2)
    one = origins((a, b), (), ())
    two = origins((b, a), (), ())
    assert one[0] == two[0]
    assert [o.id for o in one[0]] == sorted(o.id for o in one[0])


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ("TARVEL, May 3 (Reuters) - The river rose overnight.", "Reuters"),
        ("TARVEL (AP) \u2014 The river rose overnight.", "Associated Press"),
        ("The river rose overnight, officials said.\n\u2014 AFP", "Agence France-Presse"),
        ("By Mira Osk, Associated Press\nThe river rose overnight.", "Associated Press"),
        ("The river rose overnight.\nReuters contributed to this report.", "Reuters"),
        ("The river rose overnight, according to the Xinhua news agency.", "Xinhua"),
        ("The river rose overnight, according to Interfax.", "Interfax"),
        ("KARSK, June 2 (Trend) - The river rose overnight.", "Trend News Agency"),
        ("The river rose overnight. dpa contributed reporting.", "Deutsche Presse-Agentur"),
    ],
)
def test_agency_credits(text: str, exp: str) -> None:
    assert wire_credit(Source("s", text)) == exp


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said the river rose overnight.",  # a demonym
        "A newspaper report said the river rose overnight.",
        "The trend is clear, according to the report by Mira Osk.",  # ordinary words, a person
        "He told Agence France-Presse (AFP) news agency that the river rose.",  # a mention, not a credit
        "The river rose overnight (AP analysts disagree).",
        "According to Mira Osk, the river rose overnight.",
    ],
)
def test_no_agency_from_ordinary_words_mentions_or_people(text: str) -> None:
    assert wire_credit(Source("s", text)) is None


@pytest.mark.parametrize(
    ("name", "exp"),
    [
        ("the AP", "Associated Press"),
        ("Xinhua news agency", "Xinhua"),
        ("Kyodo", "Kyodo News"),
        ("Tarvel News Service", "Tarvel News Service"),
        ("Russian", None),
        ("newspaper report", None),
        ("Mira Osk", None),
        ("trend", None),
        ("the report", None),
    ],
)
def test_agency_of(name: str, exp: str | None) -> None:
    assert agency_of(name) == exp


def test_a_source_without_outlet_is_an_unknown_origin_of_its_own() -> None:
    a = Source("a", BODY, path="/data/feeds/page_17.txt")
    b = Source("b", OTHER)
    found, source_origin, _ = origins((a, b), (), ())
    names = {o.id: o.name for o in found}
    assert names[source_origin["a"]] == "unknown outlet (page_17.txt)"
    assert names[source_origin["b"]] == "unknown outlet (b)"
    assert source_origin["a"] != source_origin["b"]


def test_a_claim_attributed_to_a_person_or_demonym_keeps_its_outlet() -> None:
    a = src("a", BODY, 1, "Ledger")
    claims = (claim(a, 1, ("Mira Osk",)), claim(a, 2, ("Russian",)), claim(a, 3, ("AFP",)))
    linkage = attach_provenance(Linkage((a,), claims, (), ()))
    names = {o.id: o.name for o in linkage.origins}
    cmap = dict(linkage.claim_origins)
    assert [names[cmap[c.id][0]] for c in claims] == ["Ledger", "Ledger", "Agence France-Presse"]


_TAKEN = (
    "Rescue crews in Tarvel pulled nine people from the flooded market hall late on Tuesday "
    "after the river broke its banks for the second time this spring."
)


def test_a_paragraph_taken_from_an_older_source_is_a_partial_copy() -> None:
    original = src(
        "o",
        "The ledger's own account of the spring floods in the valley, the dams, the farms and "
        f"the roads that were cut, told in its own words.\n{_TAKEN}\nThe ledger closes with the "
        "forecast for the week, the relief fund, the volunteers and the schools that stay shut.",
        1,
        "Ledger",
    )
    taker = src(
        "t",
        "A long report of our own on the council vote in Karsk, with many words of its own, "
        "about the turnout, the count, the new mayor and the plans for the harbour and the schools.\n"
        f"{_TAKEN}\nMore of our own reporting on the vote, the turnout and the new mayor's plans "
        "for the budget, the roads, the bridge and the old town hall that needs a new roof.",
        3,
        "Daily",
    )
    assert detect_copies((original, taker)) == ()  # not a whole copy
    [pc] = detect_partial_copies((original, taker))
    assert (pc.source, pc.original) == ("t", "o")
    [(start, end)] = pc.spans
    assert taker.text[start:end] == _TAKEN
    # the copied claim takes the original's origin and does not corroborate it
    at = taker.text.index("nine")
    copied = Claim(
        content_id("c", "t", 1), "count", "people", Quantity(9), Span("t", at, at + 4), Span("t", at, end)
    )
    mine = Claim(content_id("c", "t", 2), "count", "vote", Quantity(1), Span("t", 0, 1), Span("t", 0, 10))
    at_o = original.text.index("nine")
    first = Claim(
        content_id("c", "o", 1), "count", "people", Quantity(9), Span("o", at_o, at_o + 4), Span("o", 0, 5)
    )
    linkage = attach_provenance(Linkage((original, taker), (first, copied, mine), (), ()))
    cmap = dict(linkage.claim_origins)
    assert cmap[copied.id] == cmap[first.id] != cmap[mine.id]
    notes = {c.id: c.notes for c in linkage.claims}
    assert any("copied from o" in n for n in notes[copied.id]) and not notes[mine.id]
    # the partial copy is listed with the copies, with its span; it is not a whole copy
    [listed] = linkage.copies
    assert (listed.source, listed.original, listed.spans, listed.partial) == ("t", "o", pc.spans, True)


def _partial_report() -> Report:
    original = src(
        "o",
        "The ledger's own account of the spring floods in the valley, the dams, the farms and "
        f"the roads that were cut.\n{_TAKEN}\nThe ledger closes with the forecast for the week.",
        1,
        "Ledger",
    )
    taker = src(
        "t",
        "A long report of our own on the council vote in Karsk, with many words of its own, "
        "about the turnout, the count, the new mayor and the plans for the harbour and the schools.\n"
        f"{_TAKEN}\nMore of our own reporting on the vote, the turnout and the new mayor's plans "
        "for the budget, the roads, the bridge and the old town hall that needs a new roof.",
        3,
        "Daily",
    )
    return check([original, taker], workers=0)


def test_a_partial_copy_is_in_the_report_and_survives_the_json_round_trip() -> None:
    report = _partial_report()
    [cp] = report.copies
    assert cp.partial and (cp.source, cp.original) == ("t", "o")
    [(start, end)] = cp.spans
    assert report.source("t").text[start:end] == _TAKEN
    assert report.copy_of("t") is None  # only a paragraph was taken, not the source
    doc = json.loads(report.to_json())
    assert doc["copies"][0]["spans"] == [[start, end]]
    assert next(s for s in doc["sources"] if s["id"] == "t")["copy_of"] is None
    assert Report.from_json(report.to_json()) == report


@pytest.mark.parametrize("spans", [[[5]], [[3, 1]], [["0", 4]], "0-4", [[-1, 2]]])
def test_bad_partial_copy_spans_are_refused_naming_the_field(spans: object) -> None:
    doc = json.loads(_partial_report().to_json())
    doc["copies"][0]["spans"] = spans
    with pytest.raises(ExportError, match="spans"):
        Report.from_json(json.dumps(doc))


def test_sharded_shingle_index_finds_the_same_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [BODY, OTHER, BODY.replace("Tuesday", "Monday"), f"Intro line.\n{BODY}"]
    sources = [src(f"s{i}", text, 1 + i) for i, text in enumerate(texts)]
    sources += list(_partial_report().sources)
    whole = detect_copies(sources)
    partial = detect_partial_copies(sources, copies=whole)
    assert whole and partial
    monkeypatch.setattr(provenance, "SHARD_SHINGLES", 7)  # many shards of a few shingles
    assert detect_copies(sources) == whole
    assert detect_partial_copies(sources, copies=whole) == partial


def test_a_shared_short_phrase_is_not_a_partial_copy() -> None:
    a = src("a", "Officials said the river rose overnight in Tarvel and homes were lost.", 1, "Ledger")
    b = src("b", "In Karsk the council met; the river rose overnight in Tarvel, a guest said.", 2, "Daily")
    assert detect_partial_copies((a, b)) == ()
