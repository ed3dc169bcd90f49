"""Linking by frame and context: paraphrases link, different roles/places/periods/events never do;
series over time; blocked linking equals the all-pairs reference; consensus never hides a conflict."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.linking._link import _vectors, block_links, blocks_of, link, prepare, two_sentences
from claimcheck.linking._unionfind import UnionFind
from claimcheck.linking.blocking import block_key
from claimcheck.linking.relate import may_conflict, relate, same_fact
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


def build(
    rows: list[tuple[int, str, str, str, str, float, bool]], *, own_sentences: bool = False
) -> Extraction:
    """Claims on rows ``(source, measure, noun, place, period, value, running)``; with
    ``own_sentences`` each claim has a sentence of its own, else all of a source share one."""
    filler = "".join(f"Line {k:04d} of the storm file. " for k in range(len(rows))) if own_sentences else ""
    sources = [
        Source(
            f"s{i}",
            f"Report {i} from Varna about the storm. {filler}",
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
        sentence = Span(sid, 39 + 29 * j, 39 + 29 * j + 28) if own_sentences else Span(sid, 0, 20)
        claims.append(
            Claim(
                content_id("c", sid, j),
                "count",
                noun or "people",
                Quantity(value, value, value),
                sp,
                sentence,
                frame=frame,
            )
        )
    return Extraction(tuple(sources), tuple(claims))


def all_pairs(ex: Extraction) -> set[Link]:
    """The reference: every pair of claims, the same decisions, no blocking."""
    claims, published, sentence_text, stories = prepare(ex, paraphrases=False)
    # each story's part of a block has its sentences' context vectors, as in block_links
    parts = defaultdict(list)
    for c in claims:
        if block_key(c) is not None:
            parts[(block_key(c), stories.get(c.source_id, ""))].append(c)
    vectors = {}
    plain = {}
    for part, members in parts.items():
        vectors.update(_vectors(members, sentence_text))
        plain[part] = two_sentences(members, sentence_text)
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
    for part, found in decisions.items():
        multi = any(d.relation == "conflicts" and a.source_id == b.source_id for a, b, d in found)
        for a, b, d in found:
            alike = may_conflict(a, b, vectors, sentence_text, plain=plain[part])
            if d.relation == "conflicts" and (multi or not alike):
                continue
            out.add((frozenset((a.id, b.id)), d.relation))
    return out


def _components(ids: Iterable[str], pairs: Iterable[frozenset[str]]) -> set[frozenset[str]]:
    uf = UnionFind(ids)
    for pair in pairs:
        uf.union(*sorted(pair))
    groups: dict[str, set[str]] = defaultdict(set)
    for cid in ids:
        groups[uf.find(cid)].add(cid)
    return {frozenset(g) for g in groups.values()}


@given(claim_rows)
def test_blocked_linking_equals_all_pairs(rows) -> None:
    """Blocked linking gives the all-pairs links, less those that only repeat: a claim
    repeating an earlier one of its sentence (same source, sentence, value and frame) keeps
    one agreement and its share of the run's conflicts and updates (runs zipped: each claim
    keeps at least one link of each relation it had), and one source's agreements on one
    value form no cycle; the groups are the same."""
    ex = build(rows)
    blocked = link(ex, paraphrases=False, provenance=False)
    got = {(frozenset((lk.a, lk.b)), lk.relation) for lk in blocked.links}
    want = all_pairs(ex)
    assert got <= want  # nothing invented
    by_id = {c.id: c for c in ex.claims}
    first: dict[tuple[object, ...], str] = {}
    for c in sorted(ex.claims, key=lambda c: c.id):
        first.setdefault((c.source_id, c.sentence, c.value, c.frame), c.id)
    repeat = {c.id for c in ex.claims if first[(c.source_id, c.sentence, c.value, c.frame)] != c.id}

    def one_origin_echo(pair: frozenset[str]) -> bool:
        a, b = (by_id[x] for x in pair)
        return a.source_id == b.source_id and a.value == b.value

    linked = {(x, relation) for pair, relation in got for x in pair}
    for pair, relation in want - got:
        if relation == "agrees":  # only agreements of a repeat or of one source with itself
            assert pair & repeat or one_origin_echo(pair), (pair, relation)
        else:  # a run of repeats shares its conflicts and updates (runs zipped): each claim
            # of the pair is a repeat or faces one, and keeps a link of that relation
            assert pair & repeat, (pair, relation)
            assert all((x, relation) in linked for x in pair), (pair, relation)
    echoes = [pair for pair, relation in got if relation == "agrees" and one_origin_echo(pair)]
    uf = UnionFind()
    for pair in echoes:  # no cycle: a forest of such agreements
        a, b = sorted(pair)
        assert uf.find(a) != uf.find(b)
        uf.union(a, b)
    ids = [c.id for c in ex.claims]
    assert _components(ids, (p for p, _ in got)) == _components(ids, (p for p, _ in want))


def test_blocks_leave_generic_claims_out() -> None:
    ex = build([(0, "", "", "", "", 12.0, False), (1, "", "", "", "", 19.0, False)])
    claims, *_ = prepare(ex, paraphrases=False)
    assert blocks_of(claims) == {}


def test_links_per_claim_are_bounded_in_a_large_block() -> None:
    rows = [(i % 5, "killed", "", "", "", float(10 + i % 7), True) for i in range(400)]
    ex = build(rows, own_sentences=True)
    claims, published, sentence_text, _ = prepare(ex, paraphrases=False, stories=False)
    assert len({sentence_text[c.id] for c in claims}) == 400
    links = block_links(claims, published=published, sentence_text=sentence_text, max_block=50, window=5)
    degree: dict[str, int] = defaultdict(int)
    for lk in links:
        degree[lk.a] += 1
        degree[lk.b] += 1
    assert max(degree.values()) <= 2 * 5
    assert score(link(ex, max_block=50, window=5)).facts


def _repeating(times: int) -> Extraction:
    """One source repeating one toll ``times`` in one long sentence, two others stating it, a
    fourth a different toll."""
    rows = [(0, "killed", "", "", "", 12.0, False)] * times
    rows += [(1, "killed", "", "", "", 12.0, False), (2, "killed", "", "", "", 12.0, False)]
    rows += [(3, "killed", "", "", "", 15.0, False)] * 3
    ex = build(rows)
    day = ex.sources[0].published
    return evolve(ex, sources=tuple(evolve(s, published=day) for s in ex.sources))


@pytest.mark.parametrize("times", [1, 2, 60])
def test_repeats_in_one_sentence_keep_links_bounded_and_their_roles(times: int) -> None:
    ex = _repeating(times)
    report = score(link(ex, paraphrases=False, provenance=False))
    degree: dict[str, int] = defaultdict(int)
    for lk in report.links:
        degree[lk.a] += 1
        degree[lk.b] += 1
    source = {c.id: c.source_id for c in ex.claims}
    # only the first of a run meets the other claims; a repeat has its chain links and its
    # share of the run's conflicts (the runs zipped): links grow with the repeats, not with
    # repeats times claims
    run = sorted((c for c in ex.claims if source[c.id] == "s0"), key=lambda c: c.id)
    assert all(degree[c.id] <= 2 + 1 for c in run[1:])
    assert len(report.links) <= 2 * times + 20
    agreeing = {
        frozenset((source[lk.a], source[lk.b]))
        for lk in report.links
        if lk.relation == "agrees" and source[lk.a] != source[lk.b]
    }
    assert agreeing == {frozenset({"s0", "s1"}), frozenset({"s0", "s2"}), frozenset({"s1", "s2"})}
    [fact] = report.facts
    assert fact.value == Quantity(12.0, 12.0, 12.0)
    assert set(fact.supporting) == {c.id for c in ex.claims if source[c.id] != "s3"}
    # every statement of the other toll is shown as conflicting, not left unclassified
    assert set(fact.conflicting) == {c.id for c in ex.claims if source[c.id] == "s3"}


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
