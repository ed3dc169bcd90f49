"""Source dependence: near-duplicate copies, origins, attribution to agencies, wire credits."""

from __future__ import annotations

import datetime as dt

from claimcheck.linking.provenance import attach_provenance, detect_copies, origins, wire_credit
from claimcheck.model import Claim, Linkage, Quantity, Source, Span, content_id

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
    assert wire_credit(Source("s", "Prices rose.\n— AP")) == "AP"
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
