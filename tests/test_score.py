"""Scoring: consensus values, Bayesian vote counting over independent origins, explanations."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

import claimcheck as cc
from claimcheck.linking._link import link
from claimcheck.model import Claim, DateValue, Extraction, Quantity, Report, Source, Span, content_id
from claimcheck.scoring._score import DEFAULT_ACCURACY, score, vote
from claimcheck.scoring.evidence import claim_evidence

DAY = dt.date(2024, 4, 23)


def corpus(*rows: tuple[str, str, object, tuple[str, ...]], days: dict[str, int] | None = None) -> Extraction:
    """Rows of (source id, kind, value, attribution): one short source per distinct id."""
    sources: dict[str, Source] = {}
    claims = []
    for i, (sid, kind, value, attribution) in enumerate(rows):
        text = f"Filler words for {sid} number {i}."
        day = (days or {}).get(sid)
        sources.setdefault(
            sid, Source(sid, text, outlet=sid.title(), published=dt.date(2024, 4, day) if day else DAY)
        )
        sp = Span(sid, 0, 4)
        subject = "agreements" if kind == "count" else "sign declaration"
        claims.append(
            Claim(content_id("c", sid, i), kind, subject, value, sp, sp, attribution=attribution)  # type: ignore[arg-type]
        )
    return Extraction(tuple(sources.values()), tuple(claims))


def n(v: float) -> Quantity:
    return Quantity(v, v, v)


def only_fact(report: Report):
    assert len(report.facts) == 1
    return report.facts[0]


def evidence_of(report: Report) -> float:
    """The evidence of the (single) claim of ``report``, as the scorer reads it."""
    (claim,) = report.claims
    return claim_evidence(claim)[0]


def test_single_origin_is_uncorroborated_and_scores_half_its_accuracy_times_evidence() -> None:
    report = score(link(corpus(("a", "count", n(263), ()))))
    fact = only_fact(report)
    # the outlet's own statement (0.9) of a figure with no place or period (0.95)
    assert evidence_of(report) == pytest.approx(0.9 * 0.95)
    assert fact.score == pytest.approx(0.5 * DEFAULT_ACCURACY * 0.9 * 0.95)
    assert fact.corroboration.verdict == "uncorroborated"
    assert fact.independent_origins == 1
    assert fact.label == "263 agreements"
    assert "uncorroborated (one origin)" in fact.corroboration.explanation[-1]


def test_priors_per_outlet() -> None:
    ex = corpus(("a", "count", n(263), ()))
    report = score(link(ex), priors={"A": 0.9})
    assert only_fact(report).score == pytest.approx(0.5 * 0.9 * evidence_of(report))


def test_any_corroborated_fact_outranks_any_uncorroborated_one() -> None:
    best_single = only_fact(score(link(corpus(("a", "count", n(263), ()))), priors={"*": 0.99}))
    contested = only_fact(
        score(
            link(
                corpus(
                    ("a", "count", n(263), ()),
                    ("b", "count", n(263), ()),
                    ("c", "count", n(236), ()),
                    ("d", "count", n(236), ()),
                    ("e", "count", n(236), ()),
                )
            ),
            priors={"*": 0.3},
        )
    )
    assert contested.independent_origins >= 2 and contested.corroboration.verdict == "contested"
    assert contested.score >= 0.5 > best_single.score


def test_more_origins_more_score_and_explanation() -> None:
    one = only_fact(score(link(corpus(("a", "count", n(263), ())))))
    two_report = score(link(corpus(("a", "count", n(263), ()), ("b", "count", n(263), ()))))
    two, two_claims = only_fact(two_report), two_report.claims
    assert two.score > one.score
    assert two.independent_origins == 2
    expl = " | ".join(two.corroboration.explanation)
    assert "2 independent origin(s) support 263: A, B" in expl
    q = claim_evidence(two_claims[0])[0]
    assert f"prior accuracy 0.7 x evidence {q:g}" in expl
    assert f"vote {vote(0.7 * q):.2f}" in expl


def test_conflict_lowers_score_and_majority_wins() -> None:
    ex = corpus(
        ("a", "count", n(263), ()),
        ("b", "count", Quantity(260, 260, None, "at_least"), ()),
        ("c", "count", n(236), ()),
    )
    fact_report = score(link(ex))
    fact = only_fact(fact_report)
    assert fact.value == n(263)
    assert fact.independent_origins == 2
    assert fact.corroboration.conflicting == 1
    assert any(t.startswith("conflict: C says 236") for t in fact.corroboration.explanation)
    assert fact.corroboration.verdict == "contested"
    q = {c.source_id: claim_evidence(c)[0] for c in fact_report.claims}
    assert q["b"] == pytest.approx(q["a"] * 0.9)  # "more than 260" is a vague figure
    c_v = vote(0.7 * q["a"]) + vote(0.7 * q["b"])
    expected = math.exp(c_v) / (math.exp(c_v) + math.exp(vote(0.7 * q["c"])) + 10)
    assert fact.score == pytest.approx(0.5 + 0.5 * expected, abs=1e-6)


def test_misdated_signing_loses() -> None:
    ex = corpus(
        ("a", "date", DateValue(2022, 2, 22), ()),
        ("b", "date", DateValue(None, 2, 22), ()),
        ("c", "date", DateValue(2022, 2, 23), ()),
    )
    fact = only_fact(score(link(ex)))
    assert fact.value == DateValue(2022, 2, 22)
    assert fact.label == "sign declaration: 2022-02-22"
    assert fact.corroboration.conflicting == 1


def test_shared_agency_counts_once() -> None:
    ex = corpus(
        ("a", "date", DateValue(2022, 2, 22), ("Meridian Press Agency",)),
        ("b", "date", DateValue(2022, 2, 22), ("Meridian Press Agency",)),
    )
    fact = only_fact(score(link(ex)))
    assert fact.independent_origins == 1
    assert fact.score == pytest.approx(0.5 * DEFAULT_ACCURACY)
    assert "Meridian Press Agency" in fact.corroboration.explanation[0]


def test_copy_is_discounted_and_explained() -> None:
    body = " ".join(f"word{i}" for i in range(80))
    s1 = Source("a", body, outlet="A", published=DAY)
    s2 = Source("b", "NEW MASTHEAD " + body, outlet="B", published=DAY + dt.timedelta(days=1))
    claims = tuple(
        Claim(content_id("c", s.id), "count", "agreements", n(263), Span(s.id, 0, 3), Span(s.id, 0, 3))
        for s in (s1, s2)
    )
    fact = only_fact(score(link(Extraction((s1, s2), claims))))
    assert fact.independent_origins == 1
    assert fact.corroboration.supporting == 2
    assert any(t.startswith("copy B discounted (copy of A") for t in fact.corroboration.explanation)


def test_facts_sorted_and_ids_from_content() -> None:
    ex = corpus(
        ("a", "count", n(263), ()), ("b", "date", DateValue(2022, 2, 22), ()), ("c", "count", n(263), ())
    )
    r1, r2 = score(link(ex)), score(link(Extraction(ex.sources[::-1], ex.claims[::-1])))
    assert r1.facts == r2.facts
    assert [f.score for f in r1.facts] == sorted((f.score for f in r1.facts), reverse=True)
    assert all(f.id == content_id("f", *sorted(f.claims)) for f in r1.facts)


# -- the real seeds and the example corpus (whole pipeline) ---------------------------------


def _needs_claims(report: Report) -> None:
    assert report.claims, "the extractors found no claims"


def _sources(report: Report, fact) -> set[str]:
    return {report.claim(c).source_id[:3] for c in fact.supporting}


def test_seeds_signing_arrival_articles_and_no_conflicts(seed_report: Report) -> None:
    rep = seed_report
    _needs_claims(rep)
    assert [k for k in rep.links if k.relation == "conflicts"] == []
    signing = [
        f for f in rep.facts if f.kind == "date" and f.value == DateValue(2022, 2, 22) and "sign" in f.subject
    ]
    assert len(signing) == 1
    assert {"000", "001", "002"} <= _sources(rep, signing[0])
    assert signing[0].independent_origins == 3
    arrival = [
        f
        for f in rep.facts
        if f.kind == "date" and f.value == DateValue(2022, 2, 21) and "arriv" in f.subject
    ]
    assert arrival and arrival[0].id != signing[0].id and arrival[0].conflicting == ()
    for number in ("16", "25"):
        (art,) = [f for f in rep.facts if f.kind == "article" and f.value.number == number]  # type: ignore[union-attr]
        assert {"001", "002"} <= _sources(rep, art)
    for label in ("263 agreements", "52 visits"):
        (f,) = [f for f in rep.facts if f.label == label]
        assert f.independent_origins == 1
        assert f.score < signing[0].score


def test_examples_conflicts_copies_agencies(examples_dir) -> None:
    import claimcheck as cc

    rep = cc.check(examples_dir)
    _needs_claims(rep)
    assert [(c.source, c.original) for c in rep.copies] == [("02_northbridge_wire", "01_caspian_ledger")]
    (agreements,) = [f for f in rep.facts if f.kind == "count" and f.subject == "agreements"]
    assert agreements.value.number == 263  # type: ignore[union-attr]
    assert {"01_", "05_"} <= _sources(rep, agreements)
    assert {rep.claim(c).source_id[:3] for c in agreements.conflicting} == {"06_"}
    signing = [f for f in rep.facts if f.kind == "date" and f.subject == "sign declaration"]
    (signing_fact,) = signing
    assert signing_fact.value == DateValue(2022, 2, 22)
    assert {rep.claim(c).source_id[:3] for c in signing_fact.conflicting} == {"07_"}
    by_source = {rep.claim(c).source_id[:3]: dict(rep.claim_origins)[c] for c in signing_fact.supporting}
    assert by_source["03_"] == by_source["04_"]

    without_copy = cc.check([p for p in sorted(examples_dir.glob("*.txt")) if not p.name.startswith("02_")])
    before = {f.id: f.score for f in without_copy.facts}
    for fact in rep.facts:
        rest = tuple(c for c in fact.claims if not rep.claim(c).source_id.startswith("02_"))
        if rest:
            assert before[content_id("f", *rest)] == fact.score, fact.label


def test_growing_count_takes_the_latest_figure_as_the_fact() -> None:
    import claimcheck as cc

    rows = [
        ("2004-06-01", "Gulf Times", "Up to now the two capitals have concluded more than 100 agreements."),
        ("2021-03-10", "Delta Post", "Officials said more than 230 agreements have been concluded."),
        ("2022-02-22", "Kura Daily", "To date 245 agreements have been concluded, the minister said."),
        ("2024-04-23", "River Star", "Altogether 263 agreements have been concluded, the envoy said."),
    ]
    for order in (rows, rows[::-1]):
        sources = [
            Source(f"g{i}", text, outlet=outlet, published=dt.date.fromisoformat(day))
            for i, (day, outlet, text) in enumerate(order)
        ]
        report = cc.check(sources)
        fact = report.fact("agreements")
        # earlier figures are dated, not contradicted: bounds support, 245 is an update; the
        # latest is the value
        assert fact.value.value == 263 and not fact.conflicting and fact.independent_origins == 3
        assert [report.claim(c).value.number for c in fact.updating] == [245]  # type: ignore[union-attr]
        assert any(
            t.startswith("update: Kura Daily gives 245 earlier") for t in fact.corroboration.explanation
        )


def test_a_group_scores_the_same_with_only_the_context_its_claims_read(examples_dir: Path) -> None:
    from claimcheck.scoring._score import ScoringContext, group_links, score_group

    linkage = cc.link(cc.extract(cc.load(examples_dir)))
    report = cc.score(linkage)
    context = ScoringContext.of(linkage)
    by_id = {c.id: c for c in linkage.claims}
    facts = {f.claims: f for f in report.facts}
    for group, links in zip(linkage.groups, group_links(linkage), strict=True):
        members = [by_id[cid] for cid in sorted(group)]
        small = context.subset(members)
        assert len(small.claim_origins) <= len(members)
        # a group of datelines or statement dates is no fact (score_group gives None)
        assert score_group(group, members, links, small) == facts.get(tuple(sorted(group)))
