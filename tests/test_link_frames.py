"""Linking by frame and context: paraphrases link, different roles/places/periods/events never do;
series over time; blocked linking equals the all-pairs reference; consensus never hides a conflict."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.linking._link import block_links, blocks_of, link, prepare
from claimcheck.linking.blocking import block_key
from claimcheck.linking.relate import relate, same_fact
from claimcheck.model import Claim, Extraction, Frame, Link, Quantity, Source, Span, content_id
from claimcheck.scoring._score import score

DAY = dt.date(2022, 3, 1)


def pair_report(first: str, second: str, *, days: tuple[int, int] = (0, 0)) -> cc.Report:
    sources = [
        Source("a", first, outlet="Alpha Post", published=DAY + dt.timedelta(days=days[0])),
        Source("b", second, outlet="Beta Times", published=DAY + dt.timedelta(days=days[1])),
    ]
    return cc.check(sources)


def cross_links(report: cc.Report, kind: str | None = None) -> list[Link]:
    claims = {c.id: c for c in report.claims}
    return [
        lk
        for lk in report.links
        if claims[lk.a].source_id != claims[lk.b].source_id and kind in (None, claims[lk.a].kind)
    ]


@pytest.mark.parametrize(
    "first, second, relation",
    [
        (
            "Exports worth $5 billion left the country in 2021, the ministry said.",
            "Shipments of $4.8 billion left the country in 2021, according to the ministry.",
            "agrees",
        ),
        (
            "The 300-page report has 12 chapters on the river.",
            "The report on the river runs to a dozen sections.",
            "agrees",
        ),
        (
            "The Varna bridge opened on 12 March 2021 after four years of work.",
            "The new Varna crossing was inaugurated on 12 March 2021.",
            "agrees",
        ),
        (
            "The accord signed on 4 May 2021 cuts tariffs on grain.",
            "The trade accord signed in Geneva on 4 May 2021 cuts grain tariffs.",
            "agrees",
        ),
        (
            "The storm killed 31 people in Varna on Monday.",
            "Thirty-one people died in Varna when the storm hit on Monday.",
            "agrees",
        ),
        (
            "The storm killed 31 people in Varna on Monday.",
            "The storm killed 29 people in Varna on Monday.",
            "conflicts",
        ),
    ],
)
def test_paraphrases_link(first: str, second: str, relation: str) -> None:
    report = pair_report(first, second)
    kinds = {c.kind for c in report.claims} - {"quote"}
    kind = "amount" if "amount" in kinds else "count" if "count" in kinds else "date"
    links = cross_links(report, kind)
    assert [lk.relation for lk in links] == [relation], [lk.reason for lk in links]


@pytest.mark.parametrize(
    "first, second",
    [
        ("The storm killed 31 people in Varna.", "The storm injured 31 people in Varna."),  # role
        ("The storm killed 31 people in Varna.", "The storm killed 12 people in Burgas."),  # place
        ("Sales reached $3 billion in 2021.", "Sales reached $4 billion in 2022."),  # period
        ("The storm killed 31 people in Varna.", "The storm killed 5 children in Varna."),  # noun
        ("The fire killed 14 people.", "The fire killed 14 people, including 3 firefighters."),  # a part
        ("Police questioned 12 people on Monday.", "Prosecutors indicted 3 people on Monday."),  # role
        ("Some 40 people were there.", "Some 70 people were there."),  # generic
        (
            "The minister said on Tuesday that talks went well.",
            "The minister said on Wednesday that talks went well.",
        ),
        ("Leaders condemned the attack on Tuesday.", "Leaders condemned the attack on Wednesday."),
    ],
)
def test_different_roles_places_periods_and_events_never_link(first: str, second: str) -> None:
    report = pair_report(first, second)
    bad = [lk for lk in cross_links(report) if lk.relation != "agrees" or "31" in lk.reason]
    assert bad == [], [lk.reason for lk in bad]
    assert not any(f.conflicting for f in report.facts)


def test_a_later_figure_of_a_running_total_updates_the_earlier() -> None:
    report = pair_report(
        "The storm has killed 12 people in Varna so far.",
        "The storm has now killed 19 people in Varna.",
        days=(0, 1),
    )
    (lk,) = cross_links(report)
    newer = next(c for c in report.claims if c.source_id == "b" and c.kind == "count")
    assert (lk.relation, lk.a) == ("updates", newer.id)
    (fact,) = [f for f in report.facts if len(f.claims) == 2]
    assert fact.value.value == 19  # type: ignore[union-attr]
    assert fact.conflicting == () and len(fact.updating) == 1


def test_a_running_total_that_falls_is_flagged() -> None:
    report = pair_report(
        "The storm has killed 19 people in Varna so far.",
        "The storm has killed 12 people in Varna so far.",
        days=(0, 1),
    )
    (lk,) = cross_links(report)
    assert lk.relation == "conflicts" and lk.reason.startswith("running total fell")


def test_one_source_telling_a_series() -> None:
    text = "The toll was initially put at 6 dead. By evening 9 people were dead."
    report = cc.check([Source("a", text, published=DAY)])
    assert [lk.relation for lk in report.links] == ["updates"]


def test_bound_never_hides_conflicting_exact_figures() -> None:
    sources = [
        Source("a", "The storm killed 121 people in Varna.", outlet="Alpha", published=DAY),
        Source("b", "The storm killed 118 people in Varna.", outlet="Beta", published=DAY),
        Source("c", "The storm killed more than 100 people in Varna.", outlet="Gamma", published=DAY),
    ]
    report = cc.check(sources)
    (fact,) = [f for f in report.facts if len(f.claims) == 3]
    assert fact.value.qualifier == "exact"  # type: ignore[union-attr]
    assert fact.corroboration.verdict == "contested"
    values = {report.claim(c).value.number for c in fact.conflicting}  # type: ignore[union-attr]
    assert values and values <= {121, 118} and fact.value.number not in values  # type: ignore[union-attr]
    bound = next(c.id for c in report.claims if c.source_id == "c" and c.kind == "count")
    assert bound in fact.supporting


def test_every_claim_of_a_fact_has_one_role() -> None:
    sources = [
        Source("a", "The storm killed 121 people in Varna.", outlet="Alpha", published=DAY),
        Source("b", "The storm killed 118 people in Varna.", outlet="Beta", published=DAY),
        Source("c", "The storm killed more than 100 people in Varna.", outlet="Gamma", published=DAY),
    ]
    for fact in cc.check(sources).facts:
        roles = (fact.supporting, fact.conflicting, fact.updating, fact.unclassified)
        assert sorted(itertools.chain(*roles)) == sorted(fact.claims)


# -- blocked linking equals the all-pairs reference ------------------------------------------

MEASURES = ("killed", "injured", "signed", "")
NOUNS = ("", "agreements", "troops")
PLACES = ("", "varna", "burgas")
PERIODS = ("", "2021", "2022")

claim_rows = st.lists(
    st.tuples(
        st.integers(0, 4),  # source
        st.sampled_from(MEASURES),
        st.sampled_from(NOUNS),
        st.sampled_from(PLACES),
        st.sampled_from(PERIODS),
        st.sampled_from((12.0, 19.0, 31.0)),
        st.booleans(),  # a running total
    ),
    min_size=1,
    max_size=14,
)


def build(rows: list[tuple[int, str, str, str, str, float, bool]]) -> Extraction:
    sources = [
        Source(
            f"s{i}",
            f"Report {i} from Varna about the storm.",
            outlet=f"Outlet {i}",
            published=DAY + dt.timedelta(days=i % 2),
        )
        for i in range(5)
    ]
    claims = []
    for j, (s, measure, noun, place, period, value, running) in enumerate(rows):
        sid = f"s{s}"
        frame = Frame(measure=measure, noun=noun, place=place, period=period, cumulative=running)
        sp = Span(sid, 0, 6)
        claims.append(
            Claim(
                content_id("c", sid, j),
                "count",
                noun or "people",
                Quantity(value, value, value),
                sp,
                Span(sid, 0, 20),
                frame=frame,
            )
        )
    return Extraction(tuple(sources), tuple(claims))


def all_pairs(ex: Extraction) -> set[Link]:
    """The reference: every pair of claims, the same decisions, no blocking."""
    claims, published, sentence_text, stories = prepare(ex, paraphrases=False)
    decisions = defaultdict(list)
    for a, b in itertools.combinations(sorted(claims, key=lambda c: c.id), 2):
        if stories.get(a.source_id, "") != stories.get(b.source_id, ""):
            continue
        sim = same_fact(a, b)  # no context vectors: frames alone decide here
        if sim is None:
            continue
        decided = relate(a, b, published=published, sentence_text=sentence_text, similarity=sim)
        if decided is not None:
            decisions[(block_key(a), stories.get(a.source_id, ""))].append((a, b, decided))
    out = set()
    for found in decisions.values():
        multi = any(d.relation == "conflicts" and a.source_id == b.source_id for a, b, d in found)
        for a, b, d in found:
            if multi and d.relation == "conflicts":
                continue
            out.add((frozenset((a.id, b.id)), d.relation))
    return out


@given(claim_rows)
def test_blocked_linking_equals_all_pairs(rows) -> None:
    ex = build(rows)
    blocked = link(ex, paraphrases=False, provenance=False)
    got = {(frozenset((lk.a, lk.b)), lk.relation) for lk in blocked.links}
    assert got == all_pairs(ex)


def test_blocks_leave_generic_claims_out() -> None:
    ex = build([(0, "", "", "", "", 12.0, False), (1, "", "", "", "", 19.0, False)])
    claims, *_ = prepare(ex, paraphrases=False)
    assert blocks_of(claims) == {}


def test_links_per_claim_are_bounded_in_a_large_block() -> None:
    rows = [(i % 5, "killed", "", "", "", float(10 + i % 7), True) for i in range(400)]
    ex = build(rows)
    claims, published, sentence_text, _ = prepare(ex, paraphrases=False, stories=False)
    links = block_links(claims, published=published, sentence_text=sentence_text, max_block=50, window=5)
    degree: dict[str, int] = defaultdict(int)
    for lk in links:
        degree[lk.a] += 1
        degree[lk.b] += 1
    assert max(degree.values()) <= 2 * 5
    assert score(link(ex, max_block=50, window=5)).facts


def test_export_keeps_updates_and_roles_and_reads_old_documents() -> None:
    import json

    report = pair_report(
        "The storm has killed 12 people in Varna so far.",
        "The storm has now killed 19 people in Varna.",
        days=(0, 1),
    )
    assert any(lk.relation == "updates" for lk in report.links)
    assert cc.Report.from_json(report.to_json()) == report
    doc = json.loads(report.to_json())
    for claim in doc["claims"]:
        claim.pop("frame", None)
    for fact in doc["facts"]:
        for key in ("updating", "unclassified", "updating_count", "verdict"):
            fact.pop(key)
    old = cc.Report.from_json(json.dumps(doc))  # a document written before frames loads
    assert all(c.frame is None for c in old.claims)
    assert [f.score for f in old.facts] == [f.score for f in report.facts]
    graph = report.graph
    assert any(d.get("type") == "updates" for _, _, d in graph.edges(data=True))


def test_streamed_json_is_the_json_export(examples_dir) -> None:
    import io

    from claimcheck.output.export import to_json, write_json

    report = cc.check(examples_dir)
    out = io.StringIO()
    write_json(report, out)
    assert out.getvalue() == to_json(report)


def test_timeline_joins_a_series(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    report = pair_report(
        "The storm has killed 12 people in Varna so far.",
        "The storm has now killed 19 people in Varna.",
        days=(0, 1),
    )
    (fact,) = [f for f in report.facts if f.updating]
    picture = fact.plot(report)
    (ax,) = picture.figure.axes
    assert [line.get_label() for line in ax.get_lines() if line.get_label() == "series (updates)"]
    assert picture.consensus == 19
