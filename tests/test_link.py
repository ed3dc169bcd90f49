"""Linking: blocking, same-fact grouping, agree/conflict by meaning, paraphrased articles."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from claimcheck.linking._link import (
    block_key,
    instrument_key,
    link,
    paraphrase_claims,
    relate,
)
from claimcheck.linking.blocking import block_pairs
from claimcheck.model import ArticleRef, Claim, DateValue, Extraction, Quantity, Source, Span, content_id


def make_source(
    sid: str, text: str, *, outlet: str | None = None, published: dt.date | None = None
) -> Source:
    return Source(sid, text, outlet=outlet or sid, published=published)


def make_claim(
    source: Source,
    words: str,
    kind: str,
    subject: str,
    value: object,
    *,
    attribution: tuple[str, ...] = (),
    speaker: str | None = None,
    detail: str | None = None,
) -> Claim:
    start = source.text.index(words)
    span = Span(source.id, start, start + len(words))
    return Claim(
        content_id("c", source.id, kind, start),
        kind,
        subject,
        value,  # type: ignore[arg-type]
        span,
        Span(source.id, 0, len(source.text)),
        speaker=speaker,
        attribution=attribution,
        detail=detail,
    )


def q(v: float, qualifier: str = "exact", low: float | None = None, high: float | None = None) -> Quantity:
    if qualifier == "exact":
        low = high = v
    return Quantity(v, low, high, qualifier)  # type: ignore[arg-type]


D1 = dt.date(2024, 4, 23)


@pytest.mark.parametrize(
    "a, b, exp",
    [
        (q(263), q(263), "agrees"),
        (q(263), q(260, "at_least", 260, None), "agrees"),
        (q(236), q(260, "at_least", 260, None), "conflicts"),
        (q(29), q(30, "at_most", None, 30), "agrees"),
        (q(31), q(30, "at_most", None, 30), "conflicts"),
        (q(263), q(236), "conflicts"),
        (q(45), q(40, "range", 40, 50), "agrees"),
    ],
)
def test_quantities_by_meaning(a: Quantity, b: Quantity, exp: str) -> None:
    src = make_source("s", "x 1 y")
    ca = make_claim(src, "1", "count", "agreements", a)
    cb = make_claim(src, "y", "count", "agreements", b)
    decided = relate(ca, cb)
    assert decided is not None
    assert decided[0] == exp
    assert 0.0 <= decided[1] <= 1.0
    assert decided[2]


@pytest.mark.parametrize(
    "a, b, exp",
    [
        (DateValue(2022, 2, 22), DateValue(2022, 2, 22), "agrees"),
        (DateValue(2022, 2), DateValue(2022, 2, 22), "agrees"),
        (DateValue(None, 2, 22), DateValue(2022, 2, 22), "agrees"),
        (DateValue(2022, 2, 23), DateValue(2022, 2, 22), "conflicts"),
        (DateValue(2022, 3), DateValue(2022, 2, 22), "conflicts"),
        (DateValue(2020, 11, 9, DateValue(2020, 11, 10)), DateValue(2020, 11, 10), "agrees"),
        (DateValue(2020, 11, 9, DateValue(2020, 11, 10)), DateValue(2021, 1, 11), "conflicts"),
    ],
)
def test_dates_by_precision(a: DateValue, b: DateValue, exp: str) -> None:
    src = make_source("s", "x 1 y")
    decided = relate(make_claim(src, "1", "date", "sign", a), make_claim(src, "y", "date", "sign", b))
    assert decided is not None and decided[0] == exp


def test_growing_count_earlier_figure_is_not_a_conflict() -> None:
    old = make_source("old", "So far 250 agreements were signed.", published=dt.date(2021, 1, 1))
    new = make_source("new", "Presently 263 agreements have been signed.", published=dt.date(2024, 4, 1))
    a = make_claim(old, "250", "count", "agreements", q(250))
    b = make_claim(new, "263", "count", "agreements", q(263))
    linkage = link(Extraction((old, new), (a, b)))
    assert len(linkage.links) == 1
    (lk,) = linkage.links
    assert (lk.relation, lk.a, lk.b) == ("updates", b.id, a.id)  # the newer updates the older
    assert lk.reason == "later figure: 263 on 2024-04-01 after 250 on 2021-01-01"


def test_same_day_smaller_count_is_a_conflict() -> None:
    s1 = make_source("s1", "So far 263 agreements were signed.", published=D1)
    s2 = make_source("s2", "So far 236 agreements were signed.", published=D1)
    a = make_claim(s1, "263", "count", "agreements", q(263))
    b = make_claim(s2, "236", "count", "agreements", q(236))
    (lk,) = link(Extraction((s1, s2), (a, b))).links
    assert lk.relation == "conflicts"
    assert "263" in lk.reason and "236" in lk.reason


def test_different_events_are_different_facts() -> None:
    s1 = make_source("s1", "He arrived on 21 February.")
    s2 = make_source("s2", "They signed on 22 February.")
    a = make_claim(s1, "21 February", "date", "arrive", DateValue(2022, 2, 21))
    b = make_claim(s2, "22 February", "date", "sign declaration", DateValue(2022, 2, 22))
    linkage = link(Extraction((s1, s2), (a, b)))
    assert linkage.links == ()
    assert len(linkage.groups) == 2


def test_instrument_aliases_share_a_key() -> None:
    keys = {
        instrument_key(n)
        for n in (
            "Declaration on Allied Interaction",
            "Declaration on Allied Cooperation",
            "declaration of alliance",
        )
    }
    assert keys == {"declaration"}
    assert instrument_key("Treaty of Friendship") == "treaty"


def test_article_aliases_link() -> None:
    s1 = make_source("s1", "Article 16 of the declaration reads: the parties may help each other.")
    s2 = make_source("s2", "Under Article 16 of the declaration of alliance the parties may help each other.")
    a = make_claim(
        s1,
        "Article 16",
        "article",
        "article 16",
        ArticleRef("16", "Declaration on Allied Interaction", "the parties may help each other"),
    )
    b = make_claim(
        s2,
        "Article 16",
        "article",
        "article 16",
        ArticleRef("16", "declaration of alliance", "the parties may help each other"),
    )
    assert block_key(a) == block_key(b)
    (lk,) = link(Extraction((s1, s2), (a, b))).links
    assert lk.relation == "agrees"


QUOTED = (
    "Article 9 states: \u201cThe two parties shall jointly maintain the old lighthouse on the northern "
    "pier and share the cost of its lamps equally.\u201d"
)
PARAPHRASE = (
    "The partners will jointly maintain the northern pier lighthouse, sharing the cost of its lamps "
    "in equal parts. Unrelated sentence about fishing quotas follows here."
)


def test_paraphrase_without_number_links_to_quoted_article() -> None:
    s1 = make_source("s1", QUOTED)
    s2 = make_source("s2", PARAPHRASE)
    text = QUOTED[QUOTED.index("\u201c") + 1 : QUOTED.index("\u201d")]
    a = make_claim(s1, "Article 9", "article", "article 9", ArticleRef("9", "Harbour Accord", text))
    synthetic = paraphrase_claims((s1, s2), (a,))
    assert len(synthetic) == 1
    assert synthetic[0].source_id == "s2"
    assert "paraphrase of article 9" in synthetic[0].notes[0]
    assert "fishing" not in s2.text[synthetic[0].span.start : synthetic[0].span.end]
    linkage = link(Extraction((s1, s2), (a,)))
    assert len(linkage.claims) == 2
    (lk,) = linkage.links
    assert lk.relation == "agrees"
    assert {lk.a, lk.b} == {a.id, synthetic[0].id}


def test_links_sorted_bounded_and_groups_cover_claims() -> None:
    srcs = [
        make_source(f"s{i}", f"Some {n} agreements.", published=D1) for i, n in enumerate((263, 263, 236))
    ]
    claims = [
        make_claim(s, s.text.split()[1], "count", "agreements", q(float(s.text.split()[1]))) for s in srcs
    ]
    linkage = link(Extraction(tuple(srcs), tuple(claims)))
    assert list(linkage.links) == sorted(linkage.links, key=lambda k: (k.a, k.b, k.relation))
    assert all(0 <= k.similarity <= 1 and k.reason for k in linkage.links)
    assert sorted(itertools.chain.from_iterable(linkage.groups)) == sorted(c.id for c in claims)
    assert len(linkage.groups) == 1
    assert sorted(k.relation for k in linkage.links) == ["agrees", "conflicts", "conflicts"]


def test_blocking_caps_large_blocks() -> None:
    src = make_source("s", "x")
    sp = Span("s", 0, 1)
    claims = [
        Claim(f"c{i:04d}", "count", "agreements", q(float(i)), sp, sp, detail=f"d{i}") for i in range(500)
    ]
    pairs = list(block_pairs(claims, max_block=100, window=10))
    assert len(pairs) <= 500 * 10
    small = list(block_pairs(claims[:50], max_block=100, window=10))
    assert len(small) == 50 * 49 // 2
    del src


def test_link_is_order_independent() -> None:
    srcs = [
        make_source(f"s{i}", f"Some {n} agreements.", published=D1) for i, n in enumerate((263, 260, 236))
    ]
    claims = [
        make_claim(s, s.text.split()[1], "count", "agreements", q(float(s.text.split()[1]))) for s in srcs
    ]
    one = link(Extraction(tuple(srcs), tuple(claims)))
    two = link(Extraction(tuple(reversed(srcs)), tuple(reversed(claims))))
    assert one.links == two.links and one.groups == two.groups


def test_source_listing_several_dates_is_set_valued_not_conflicting() -> None:
    s1 = make_source("s1", "Statements of 9 November, 11 January and 26 November.")
    s2 = make_source("s2", "The statement of 11 January.")
    claims = (
        make_claim(s1, "9 November", "date", "trilateral statement", DateValue(2020, 11, 9)),
        make_claim(s1, "11 January", "date", "trilateral statement", DateValue(2021, 1, 11)),
        make_claim(s1, "26 November", "date", "trilateral statement", DateValue(2021, 11, 26)),
        make_claim(s2, "11 January", "date", "trilateral statement", DateValue(2021, 1, 11)),
    )
    linkage = link(Extraction((s1, s2), claims))
    assert [k.relation for k in linkage.links] == ["agrees"]
    assert len(linkage.groups) == 3


def test_article_without_instrument_matches_named_one() -> None:
    s1 = make_source("s1", "Article 16 of the treaty text.")
    s2 = make_source("s2", "Article 16 says so.")
    s3 = make_source("s3", "Article 16 of the charter.")
    a = make_claim(s1, "Article 16", "article", "article 16", ArticleRef("16", "Treaty of Friendship"))
    b = make_claim(s2, "Article 16", "article", "article 16", ArticleRef("16", None))
    c = make_claim(s3, "Article 16", "article", "article 16", ArticleRef("16", "UN Charter"))
    linkage = link(Extraction((s1, s2, s3), (a, b, c)))
    pairs = {frozenset((k.a, k.b)) for k in linkage.links}
    assert frozenset((a.id, c.id)) not in pairs
    assert frozenset((a.id, b.id)) in pairs
