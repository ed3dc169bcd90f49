"""Stories: which sources report the same event, and linking only within a story."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.linking._link import link
from claimcheck.linking.stories import name_terms, salient_terms, stories
from claimcheck.model import Claim, DateValue, Extraction, Quantity, Source, Span, content_id
from claimcheck.scoring._score import score
from test_parallel import corpus_module
from timing import growth

news = corpus_module().news

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_names_skip_sentence_starts_headlines_titles_and_outlets() -> None:
    text = (
        "Storm Damage Closes Harbour In Velmora\n\n"
        "VELMORA, May 3 (Delta Wire) - Officials said the storm hit Velmora overnight. "
        "Mayor Ilse Brandt told Delta Wire that crews were out. Crews cleared the road."
    )
    terms = name_terms(text, exclude=["Delta Wire"])
    assert set(terms) == {"velmora", "ilse", "brandt"}
    assert terms["velmora"] == 3  # the dateline, the body, and the headline once seen mid-sentence


def test_a_word_capitalised_mid_sentence_also_counts_at_sentence_starts() -> None:
    terms = name_terms("Talks began in Orsk. Orsk is a river town. Rivers flood.")
    assert terms == Counter({"orsk": 2})


def test_salient_terms_leave_out_names_common_to_many_stories() -> None:
    sources = [
        Source(f"s{i:03d}", f"The Velm Charter was cited in Town{i} by Ana{i} Lor{i}.") for i in range(120)
    ]
    terms = salient_terms(sources)
    assert all("charter" not in ts and "velm" not in ts for ts in terms.values())  # in 120 > 50 sources
    assert terms["s007"] == ("ana7", "lor7", "town7")


def _sources(records: list[dict[str, object]]) -> list[Source]:
    return [
        Source(
            str(r["id"]),
            str(r["text"]),
            outlet=str(r["outlet"]),
            published=dt.date.fromisoformat(str(r["published"])),
        )
        for r in records
    ]


def _pair_scores(found: dict[str, str], truth: dict[str, int]) -> tuple[float, float]:
    """Pair precision and recall of ``found`` stories against ``truth`` (story-less: a singleton)."""

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    together = sum(pairs(n) for n in Counter((found[s], truth[s]) for s in found if found[s]).values())
    predicted = sum(pairs(n) for n in Counter(found[s] for s in found if found[s]).values())
    true_pairs = sum(pairs(n) for n in Counter(truth.values()).values())
    return together / max(predicted, 1), together / max(true_pairs, 1)


def test_generated_news_splits_into_its_stories() -> None:
    records = news(1500, seed=3, with_story=True)
    found = stories(_sources(records))
    precision, recall = _pair_scores(found, {str(r["id"]): int(r["story"]) for r in records})  # type: ignore[call-overload]
    assert recall > 0.98  # syndicated copies and every outlet's report of one story stay together
    assert precision > 0.9  # measured .93 at 10k (benchmarks/stories.py); merges come from shared names


def test_a_corpus_about_one_story_is_one_story() -> None:
    records = news(400, seed=5, per_story=400, with_story=True)
    assert len({r["story"] for r in records}) == 1
    found = stories(_sources(records))
    assert len(set(found.values())) == 1


def test_the_seed_articles_report_one_story() -> None:
    if not SEEDS.is_dir():
        pytest.skip("needs ../shared/seeds")
    import claimcheck as cc

    sources = cc.load(SEEDS)
    found = stories(sources)
    assert len(set(found.values())) == 1 and "" not in found.values()


def test_the_seed_story_stays_whole_and_apart_in_a_day_of_other_news() -> None:
    if not SEEDS.is_dir():
        pytest.skip("needs ../shared/seeds")
    import claimcheck as cc

    seeds = list(cc.load(SEEDS))
    for n in (15, 60, 300):
        others = _sources(news(n, seed=n))
        found = stories(seeds + others)
        seed_stories = {found[s.id] for s in seeds}
        assert len(seed_stories) == 1 and "" not in seed_stories
        assert not any(found[s.id] in seed_stories for s in others)


def test_every_source_has_a_story_and_a_source_like_no_other_is_its_own() -> None:
    found = stories([Source("a", "the price rose again."), Source("b", "Zara Pell met Ivo Rusk in Tarn.")])
    assert found == {"a": "a", "b": "b"}  # never "": no source meets every story


def _quake(place: str, town: str, n: int, magnitude: str, i: int) -> str:
    return (
        f"A magnitude {magnitude} earthquake struck {place} province on Tuesday, killing {n} people "
        f"and injuring dozens near the town of {town}, the disaster agency said. Houses collapsed "
        f"in {town} and rescuers searched the rubble; report {i} of the day."
    )


def test_two_earthquakes_of_one_kind_are_two_stories() -> None:
    sources = [
        Source(f"a{i}", _quake("Velmora", "Karsk", 24, "6.1", i), outlet=f"Outlet {i}") for i in range(5)
    ]
    sources += [
        Source(f"b{i}", _quake("Ostrel", "Tarn", 4, "7.6", i), outlet=f"Outlet {i}") for i in range(5)
    ]
    found = stories(sources)
    assert len({found[f"a{i}"] for i in range(5)}) == 1
    assert len({found[f"b{i}"] for i in range(5)}) == 1
    assert found["a0"] != found["b0"]


def test_a_source_with_few_names_joins_the_story_it_resembles() -> None:
    sources = [Source(f"a{i}", _quake("Velmora", "Karsk", 24, "6.1", i)) for i in range(4)]
    sources += [
        Source(f"c{i}", f"Voters in Ostrava chose a council; turnout was low, report {i}.") for i in range(3)
    ]
    plain = Source("p", "the earthquake killed 24 people and houses collapsed; rescuers searched the rubble.")
    found = stories([*sources, plain])
    assert found["p"] == found["a0"] != found["c0"]


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_stories_do_not_depend_on_the_order_of_sources(rng: random.Random) -> None:
    sources = _sources(news(60, seed=11))
    shuffled = list(sources)
    rng.shuffle(shuffled)
    assert stories(shuffled) == stories(sources)


def test_finding_stories_is_linear() -> None:
    small, large = _sources(news(300, seed=2)), _sources(news(3000, seed=2))
    assert growth(lambda: stories(small), lambda: stories(large)) < 25  # 10x the corpus; all-pairs ~100x


def _two_summits() -> Extraction:
    texts = {
        "a": "Leaders met at the summit in Velmora on 3 May. Velmora hosted Ilse Brandt.",
        "b": "The summit in Velmora took place on 3 May, Ilse Brandt said.",
        "c": "Delegates gathered at the summit in Karsk on 9 May. Karsk welcomed Oren Tal.",
        "d": "The summit in Karsk was held on 9 May, said Oren Tal.",
    }
    sources = tuple(Source(sid, text, outlet=f"Outlet {sid}") for sid, text in texts.items())
    claims = []
    for src in sources:
        start = src.text.index(" May") - 1
        span = Span(src.id, start, start + 5)
        day = int(src.text[start])
        claims.append(
            Claim(
                content_id("c", src.id), "date", "summit", DateValue(2024, 5, day), span, Span(src.id, 0, 10)
            )
        )
    return Extraction(sources, tuple(claims))


def test_claims_of_two_stories_are_two_facts_not_a_conflict() -> None:
    extraction = _two_summits()
    report = score(link(extraction))
    assert len(report.facts) == 2
    assert all(f.corroboration.conflicting == 0 for f in report.facts)
    assert {f.value for f in report.facts} == {DateValue(2024, 5, 3), DateValue(2024, 5, 9)}


def test_linking_without_stories_compares_across_the_corpus() -> None:
    linkage = link(_two_summits(), stories=False)
    assert len(linkage.groups) == 1
    relations = Counter(lk.relation for lk in linkage.links)
    # the two summits' dates meet across stories: conflicts (fewer than the 4 pairs, as
    # sentences sharing no word beyond the frame's are refused: linking.relate.may_conflict)
    assert relations["agrees"] == 2 and relations["conflicts"] >= 1


def test_counts_of_one_story_still_conflict() -> None:
    texts = {
        "a": "Floods in Velmora: Ilse Brandt said 120 homes were lost.",
        "b": "In Velmora, Ilse Brandt counted 95 homes lost to the floods.",
    }
    sources = tuple(Source(sid, t, outlet=f"Outlet {sid}") for sid, t in texts.items())
    claims = []
    for src, n in zip(sources, (120, 95), strict=True):
        start = src.text.index(str(n))
        span = Span(src.id, start, start + len(str(n)))
        claims.append(
            Claim(
                content_id("c", src.id),
                "count",
                "homes",
                Quantity(n),
                span,
                Span(src.id, 0, len(src.text)),
                detail="homes lost",
            )
        )
    linkage = link(Extraction(sources, tuple(claims)))
    assert [lk.relation for lk in linkage.links] == ["conflicts"]


def test_a_provision_is_paraphrased_only_within_its_story() -> None:
    from claimcheck.model import ArticleRef

    texts = {
        "a": "Article 5 of the Velm Charter guarantees free passage for civilian ships in the strait. "
        "Ilse Brandt spoke in Velmora.",
        "b": "In Velmora, Ilse Brandt said the charter guarantees free passage for civilian ships "
        "in the strait.",
        "c": "In Karsk, Oren Tal said the pact guarantees free passage for civilian ships in the strait.",
    }
    sources = tuple(Source(sid, t, outlet=f"Outlet {sid}") for sid, t in texts.items())
    provision = "guarantees free passage for civilian ships in the strait"
    a = sources[0]
    span = Span("a", 0, a.text.index(".") + 1)
    ref = ArticleRef(number="5", instrument="Velm Charter", text=provision)
    claim = Claim(content_id("c", "a"), "article", "Velm Charter", ref, span, span)
    linkage = link(Extraction(sources, (claim,)))
    paraphrased = {c.source_id for c in linkage.claims if any("paraphrase" in n for n in c.notes)}
    assert paraphrased == {"b"}
    without = link(Extraction(sources, (claim,)), stories=False)
    assert {c.source_id for c in without.claims} == {"a", "b", "c"}  # the test can fail
