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
from claimcheck.model import Claim, DateValue, Extraction, Quantity, Report, Source, Span, content_id
from claimcheck.scoring._score import score

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
