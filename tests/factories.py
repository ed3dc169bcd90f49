"""Hand-made Reports for the report, export, assertion, query and CLI tests, and a hypothesis strategy."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from claimcheck.model import (
    ArticleRef,
    Claim,
    Copy,
    Corroboration,
    DateValue,
    Fact,
    Link,
    Origin,
    Quantity,
    Region,
    Report,
    Source,
    Span,
    Value,
)

TREND = (
    "Presently, 263 agreements have been inked covering political and economic aspects. "
    "Azerbaijan and Russia signed the Declaration on Allied Interaction on February 22, 2022."
)
COPY = "By the Copy Desk. " + TREND
REVIEW = (
    "Officials said about 250 agreements were signed [bold red]so far[/] <script>alert(1)</script>. "
    "The declaration was signed on 22 February 2022."
)


def _claim(cid: str, src: Source, words: str, kind: str, subject: str, value: Value, **kw: object) -> Claim:
    start = src.text.index(words)
    end = start + len(words)
    s0 = src.text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = src.text.find(".", end)
    s1 = len(src.text) if s1 < 0 else s1 + 1
    return Claim(cid, kind, subject, value, Span(src.id, start, end), Span(src.id, s0, s1), **kw)  # type: ignore[arg-type]


def sample_report() -> Report:
    """Three sources (one a copy), one refused input, a contested count and an agreed date."""
    trend = Source(
        "s-trend",
        TREND,
        outlet="Trend",
        published=dt.date(2024, 4, 4),
        author="Afet Hasanova",
        path="seeds/000_trend.txt",
        metadata_origin={"outlet": "front_matter", "published": "inferred"},
    )
    copy = Source(
        "s-copy",
        COPY,
        outlet="Copy Daily",
        published=dt.date(2024, 4, 5),
        path="seeds/001_copy.txt",
        metadata_origin={"outlet": "manifest"},
        boilerplate=(Region(0, 18, "boilerplate", "byline"),),
    )
    review = Source(
        "s-review",
        REVIEW,
        outlet="Review [bold]Weekly[/]",
        published=dt.date(2024, 4, 6),
        path="seeds/002_review.txt",
        warnings=("no dateline found",),
    )
    bad = Source("s-bad", "", path="seeds/003_binary.bin", refused="binary file", warnings=("binary file",))
    c1 = _claim(
        "c-trend-263",
        trend,
        "263 agreements",
        "count",
        "agreements",
        Quantity(263, 263, 263),
        speaker="Afet Hasanova",
        attribution=("Afet Hasanova", "Trend"),
        detail="agreements inked",
    )
    c2 = _claim("c-copy-263", copy, "263 agreements", "count", "agreements", Quantity(263, 263, 263))
    c3 = _claim(
        "c-review-250",
        review,
        "about 250 agreements",
        "count",
        "agreements",
        Quantity(250, 240, 260, "approx"),
        notes=("approx from 'about'",),
    )
    d1 = _claim(
        "c-trend-date", trend, "February 22, 2022", "date", "signed declaration", DateValue(2022, 2, 22)
    )
    d2 = _claim(
        "c-review-date", review, "22 February 2022", "date", "signed declaration", DateValue(2022, 2, 22)
    )
    a1 = _claim(
        "c-trend-art",
        trend,
        "Declaration on Allied Interaction",
        "article",
        "declaration",
        ArticleRef("16", "Declaration on Allied Interaction", "Text of article 16"),
    )
    links = (
        Link("c-trend-263", "c-copy-263", "agrees", 1.0, "same value"),
        Link("c-trend-263", "c-review-250", "conflicts", 0.8, "263 outside 240-260"),
        Link("c-trend-date", "c-review-date", "agrees", 0.9, "same date"),
    )
    origins = (
        Origin("o-trend", "Trend", "outlet", ("s-copy", "s-trend")),
        Origin("o-review", "Review Weekly", "outlet", ("s-review",)),
    )
    claim_origins = (
        ("c-copy-263", ("o-trend",)),
        ("c-review-250", ("o-review",)),
        ("c-review-date", ("o-review",)),
        ("c-trend-263", ("o-trend",)),
        ("c-trend-date", ("o-trend",)),
    )
    f1 = Fact(
        "f-agreements",
        "agreements",
        "count",
        "agreements",
        Quantity(263, 263, 263),
        ("c-copy-263", "c-review-250", "c-trend-263"),
        ("c-copy-263", "c-trend-263"),
        ("c-review-250",),
        Corroboration(0.42, 1, 2, 1, ("prior 0.5", "Trend x1 (copy discounted)", "conflict Review Weekly")),
        ("o-trend",),
    )
    f2 = Fact(
        "f-date",
        "signed declaration",
        "date",
        "signed declaration",
        DateValue(2022, 2, 22),
        ("c-review-date", "c-trend-date"),
        ("c-review-date", "c-trend-date"),
        (),
        Corroboration(0.91, 2, 2, 0, ("prior 0.5", "two independent origins")),
        ("o-review", "o-trend"),
    )
    f3 = Fact(
        "f-article",
        "declaration article",
        "article",
        "declaration",
        a1.value,
        ("c-trend-art",),
        ("c-trend-art",),
        (),
        Corroboration(0.6, 1, 1, 0),
        ("o-trend",),
    )
    return Report(
        sources=(bad, copy, review, trend),
        claims=(c1, c2, c3, d1, d2, a1),
        links=links,
        facts=(f1, f2, f3),
        copies=(Copy("s-copy", "s-trend", 0.97, "shared passage"),),
        origins=origins,
        claim_origins=claim_origins,
    )


# -- hypothesis ---------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)
_name = st.text("abcdefghij XYZ[]<>&\"'", min_size=1, max_size=12)
_floats = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
_unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    v = draw(_floats | st.integers(-(10**6), 10**6).map(float))
    return Quantity(
        v,
        draw(st.none() | st.just(v)),
        draw(st.none() | _floats),
        draw(st.sampled_from(("exact", "approx", "at_least", "at_most", "range"))),
        draw(st.none() | st.sampled_from(("day", "year", "USD", "percent"))),
    )


@st.composite
def dates(draw: st.DrawFn) -> DateValue:
    year = draw(st.none() | st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    day = draw(st.none() | st.integers(1, 28)) if month is not None else None
    if year is None and month is None:
        month = 1
    until = None
    if year is not None and draw(st.booleans()):
        until = DateValue(year, month, day)
    return DateValue(year, month, day, until)


values = st.one_of(
    quantities(),
    dates(),
    st.builds(ArticleRef, st.integers(1, 99).map(str), st.none() | _name, st.none() | _text),
    _text,
)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Random valid Reports: consistent ids, spans inside their source text."""
    n_src = draw(st.integers(0, 4))
    sources = []
    for i in range(n_src):
        text = draw(st.text(min_size=0, max_size=80))
        sources.append(
            Source(
                f"s{i}",
                text,
                outlet=draw(st.none() | _name),
                published=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
                author=draw(st.none() | _name),
                title=draw(st.none() | _text),
                url=draw(st.none() | st.just(f"https://example.org/{i}")),
                path=draw(st.none() | st.just(f"dir/{i}.txt")),
                metadata_origin=draw(
                    st.dictionaries(
                        st.sampled_from(("outlet", "published", "author")),
                        st.sampled_from(("given", "inferred", "manifest")),
                    )
                ),
                warnings=tuple(draw(st.lists(_text, max_size=2))),
                refused=draw(st.none() | _text),
                body_start=draw(st.integers(0, 5)),
            )
        )
    claims = []
    for s in sources:
        for j in range(draw(st.integers(0, 3))):
            n = len(s.text)
            a = draw(st.integers(0, n))
            b = draw(st.integers(a, n))
            s0 = draw(st.integers(0, a))
            s1 = draw(st.integers(b, n))
            claims.append(
                Claim(
                    f"c-{s.id}-{j}",
                    draw(st.sampled_from(("count", "amount", "date", "article", "quote"))),
                    draw(_name),
                    draw(values),
                    Span(s.id, a, b),
                    Span(s.id, s0, s1),
                    speaker=draw(st.none() | _name),
                    attribution=tuple(draw(st.lists(_name, max_size=2))),
                    detail=draw(st.none() | _text),
                    notes=tuple(draw(st.lists(_text, max_size=2))),
                )
            )
    ids = [c.id for c in claims]
    links = []
    if len(ids) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            a, b = draw(st.sampled_from(ids)), draw(st.sampled_from(ids))
            links.append(Link(a, b, draw(st.sampled_from(("agrees", "conflicts"))), draw(_unit), draw(_text)))
    copies = []
    if len(sources) >= 2 and draw(st.booleans()):
        copies.append(Copy(sources[1].id, sources[0].id, draw(_unit), draw(_text)))
    origins = [Origin(f"o{i}", draw(_name), "outlet", (s.id,)) for i, s in enumerate(sources)]
    claim_origins = [(c.id, (f"o{int(c.source_id[1:])}",)) for c in claims]
    facts = []
    if ids:
        for k in range(draw(st.integers(0, 3))):
            members = tuple(sorted(set(draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4)))))
            sup = tuple(m for m in members if draw(st.booleans()))
            con = tuple(m for m in members if m not in sup)
            facts.append(
                Fact(
                    f"f{k}",
                    draw(_name),
                    "count",
                    draw(_name),
                    draw(values),
                    members,
                    sup,
                    con,
                    Corroboration(
                        draw(_unit),
                        draw(st.integers(0, 5)),
                        len(sup),
                        len(con),
                        tuple(draw(st.lists(_text, max_size=2))),
                    ),
                    tuple(o.id for o in origins[:1]),
                )
            )
    return Report(
        tuple(sources),
        tuple(claims),
        tuple(links),
        tuple(facts),
        tuple(copies),
        tuple(origins),
        tuple(claim_origins),
    )
