"""Hypothesis properties of the default scorer (DESIGN.md, scoring principles).

- scores do not depend on the order of sources or claims;
- an extra independent agreeing source never lowers a fact's score;
- an extra conflicting source never raises it (while the consensus value stays; if the
  newcomer tips the balance the consensus changes to its value, checked too);
- an exact copy of a source changes no score.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.linking._link import link
from claimcheck.model import Claim, DateValue, Extraction, Frame, Quantity, Report, Source, Span, content_id
from claimcheck.scoring._score import score
from claimcheck.scoring.evidence import claim_evidence

VALUES: tuple[Quantity | DateValue, ...] = (
    Quantity(263, 263, 263),
    Quantity(236, 236, 236),
    Quantity(260, 260, None, "at_least"),
    DateValue(2022, 2, 22),
    DateValue(2022, 2, 23),
    DateValue(None, 2, 22),
)
DAY = dt.date(2024, 4, 23)


def make_source(
    sid: str, outlet: str, agency: str | None, values: list[int], day: int = 0
) -> tuple[Source, list[Claim]]:
    text = " ".join(f"{sid}w{j}" for j in range(30))
    src = Source(sid, text, outlet=outlet, published=DAY + dt.timedelta(days=day))
    claims = []
    for i, v in enumerate(values):
        value = VALUES[v]
        kind, subject = (
            ("count", "agreements") if isinstance(value, Quantity) else ("date", "sign declaration")
        )
        sp = Span(sid, i, i + 1)
        claims.append(
            Claim(
                content_id("c", sid, i),
                kind,
                subject,
                value,
                sp,
                Span(sid, 0, len(text)),
                attribution=(agency,) if agency else (),
            )
        )
    return src, claims


source_rows = st.lists(
    st.tuples(
        st.sampled_from(["Alpha", "Beta", "Gamma", "Delta"]),
        st.sampled_from([None, None, "Meridian Press Agency"]),
        st.lists(st.integers(0, len(VALUES) - 1), min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=5,
)


def build(rows: list[tuple[str, str | None, list[int]]]) -> Extraction:
    sources, claims = [], []
    for i, (outlet, agency, values) in enumerate(rows):
        src, cl = make_source(f"s{i}", outlet, agency, values)
        sources.append(src)
        claims.extend(cl)
    return Extraction(tuple(sources), tuple(claims))


def run(ex: Extraction) -> Report:
    return score(link(ex))


def fact_with(report: Report, claim_id: str):
    return next(f for f in report.facts if claim_id in f.claims)


@given(source_rows, st.randoms(use_true_random=False))
def test_order_independent(rows, rnd) -> None:
    ex = build(rows)
    sources, claims = list(ex.sources), list(ex.claims)
    rnd.shuffle(sources)
    rnd.shuffle(claims)
    assert run(ex).facts == run(Extraction(tuple(sources), tuple(claims))).facts


@given(source_rows, st.integers(0, 30))
def test_independent_agreeing_source_never_lowers(rows, pick) -> None:
    ex = build(rows)
    before = run(ex)
    fact = before.facts[pick % len(before.facts)]
    src, cl = make_source("znew", "Independent Outlet", None, [VALUES.index(fact.value)])  # type: ignore[arg-type]
    after = run(Extraction((*ex.sources, src), (*ex.claims, *cl)))
    new = fact_with(after, fact.claims[0])
    assert new.score >= fact.score - 1e-9


@given(source_rows, st.integers(0, 30))
def test_conflicting_source_never_raises(rows, pick) -> None:
    ex = build(rows)
    before = run(ex)
    fact = before.facts[pick % len(before.facts)]
    rivals = {
        DateValue(2022, 2, 22): 4,
        DateValue(None, 2, 22): 4,
        DateValue(2022, 2, 23): 3,
        Quantity(263, 263, 263): 1,
        Quantity(260, 260, None, "at_least"): 1,
        Quantity(236, 236, 236): 0,
    }
    src, cl = make_source("znew", "Independent Outlet", None, [rivals[fact.value]])  # type: ignore[index]
    after = run(Extraction((*ex.sources, src), (*ex.claims, *cl)))
    new = fact_with(after, fact.claims[0])
    if new.value == fact.value:
        assert new.score <= fact.score + 1e-9
    else:
        assert new.value == VALUES[rivals[fact.value]]  # type: ignore[index]


@given(source_rows, st.integers(0, 30))
def test_exact_copy_changes_no_score(rows, pick) -> None:
    ex = build(rows)
    before = run(ex)
    original = ex.sources[pick % len(ex.sources)]
    copy = Source(
        "zcopy", original.text, outlet="Copycat", published=original.published + dt.timedelta(days=1)
    )  # type: ignore[operator]
    copied = [
        Claim(
            content_id("c", "zcopy", c.id),
            c.kind,
            c.subject,
            c.value,
            Span("zcopy", c.span.start, c.span.end),
            Span("zcopy", c.sentence.start, c.sentence.end),
            attribution=c.attribution,
        )
        for c in ex.claims
        if c.source_id == original.id
    ]
    after = run(Extraction((*ex.sources, copy), (*ex.claims, *copied)))
    assert [cp.source for cp in after.copies] == ["zcopy"]
    for fact in before.facts:
        new = fact_with(after, fact.claims[0])
        assert new.score == fact.score
        assert new.independent_origins == fact.independent_origins


# --- the evidence term (how each claim states its value) keeps the properties --------------

ATTRIBUTIONS: tuple[tuple[str, ...], ...] = (
    (),
    ("the interior ministry",),
    ("Ilya Brandt",),
    ("a witness",),
)
FRAMES: tuple[Frame | None, ...] = (
    None,
    Frame(),
    Frame(measure="signed", place="geneva"),
    Frame(measure="signed", hedged=True),
)

evidence_rows = st.lists(
    st.tuples(
        st.sampled_from(["Alpha", "Beta", "Gamma", "Delta"]),
        st.lists(
            st.tuples(
                st.integers(0, 2),  # a quantity: the dates have frames of their own
                st.integers(0, len(ATTRIBUTIONS) - 1),
                st.integers(0, len(FRAMES) - 1),
            ),
            min_size=1,
            max_size=3,
        ),
    ),
    min_size=1,
    max_size=5,
)


def evidence_source(sid: str, outlet: str, items: list[tuple[int, int, int]]) -> tuple[Source, list[Claim]]:
    text = " ".join(f"{sid}w{j}" for j in range(30))
    src = Source(sid, text, outlet=outlet, published=DAY)
    claims = [
        Claim(
            content_id("c", sid, i),
            "count",
            "agreements",
            VALUES[v],
            Span(sid, i, i + 1),
            Span(sid, 0, len(text)),
            attribution=ATTRIBUTIONS[a],
            frame=FRAMES[f],
        )
        for i, (v, a, f) in enumerate(items)
    ]
    return src, claims


def build_evidence(rows: list[tuple[str, list[tuple[int, int, int]]]]) -> Extraction:
    sources, claims = [], []
    for i, (outlet, items) in enumerate(rows):
        src, cl = evidence_source(f"s{i}", outlet, items)
        sources.append(src)
        claims.extend(cl)
    return Extraction(tuple(sources), tuple(claims))


@given(evidence_rows, st.randoms(use_true_random=False))
def test_evidence_order_independent(rows, rnd) -> None:
    ex = build_evidence(rows)
    sources, claims = list(ex.sources), list(ex.claims)
    rnd.shuffle(sources)
    rnd.shuffle(claims)
    assert run(ex).facts == run(Extraction(tuple(sources), tuple(claims))).facts


@given(evidence_rows, st.integers(0, 30), st.integers(0, 3), st.integers(0, 3))
def test_evidence_agreeing_origin_never_lowers(rows, pick, a, f) -> None:
    ex = build_evidence(rows)
    before = run(ex)
    fact = before.facts[pick % len(before.facts)]
    src, cl = evidence_source("znew", "Independent Outlet", [(VALUES.index(fact.value), a, f)])  # type: ignore[arg-type]
    after = run(Extraction((*ex.sources, src), (*ex.claims, *cl)))
    assert fact_with(after, fact.claims[0]).score >= fact.score - 1e-9


@given(evidence_rows, st.integers(0, 30))
def test_evidence_single_origin_stays_below_corroborated(rows, pick) -> None:
    for fact in run(build_evidence(rows)).facts:
        if fact.independent_origins <= 1:
            assert fact.score < 0.5
        else:
            assert fact.score >= 0.5


@given(evidence_rows, st.integers(0, 30), st.integers(0, 3), st.integers(0, 3))
def test_repeat_by_the_same_origin_never_raises_beyond_its_best_claim(rows, pick, a, f) -> None:
    """Another article of an outlet that already supports a fact adds no origin: a repeat
    stated no better than that outlet's best claim changes nothing."""
    ex = build_evidence(rows)
    before = run(ex)
    fact = before.facts[pick % len(before.facts)]
    by_id = {c.id: c for c in ex.claims}
    outlet_of = {s.id: s.outlet for s in ex.sources}
    first = by_id[fact.supporting[0]]
    outlet = outlet_of[first.source_id] or ""
    src, cl = evidence_source("zrepeat", outlet, [(VALUES.index(fact.value), a, f)])  # type: ignore[arg-type]
    after = run(Extraction((*ex.sources, src), (*ex.claims, *cl)))
    new = fact_with(after, fact.claims[0])
    assert new.independent_origins == fact.independent_origins
    best = max(
        claim_evidence(by_id[c])[0] for c in fact.supporting if outlet_of[by_id[c].source_id] == outlet
    )
    if claim_evidence(cl[0])[0] <= best:
        assert new.score == fact.score
    else:
        assert new.score >= fact.score - 1e-9
