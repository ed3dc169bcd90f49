"""Overlap resolution between kinds: the bisect fast path equals the all-pairs reference."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import _resolve_overlaps
from claimcheck.extraction._registry import priority
from claimcheck.model import Claim, Quantity, Span


def _reference(claims: list[Claim]) -> list[Claim]:
    ranked = sorted(
        claims, key=lambda c: (-priority(c.kind), -(c.span.end - c.span.start), c.span.start, c.id)
    )
    kept: list[Claim] = []
    taken: list[tuple[int, int]] = []
    seen: set[str] = set()
    for c in ranked:
        if c.id in seen:
            continue
        if c.kind != "quote":
            s, e = c.span.start, c.span.end
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
        seen.add(c.id)
        kept.append(c)
    return kept


def _claim(i: int, start: int, length: int, kind: str) -> Claim:
    return Claim(
        id=f"c{i}",
        kind=kind,
        subject="x",
        value=Quantity(1),
        span=Span("s", start, start + length),
        sentence=Span("s", 0, 200),
    )


@given(
    st.lists(
        st.tuples(
            st.integers(0, 60), st.integers(1, 12), st.sampled_from(["count", "date", "amount", "quote"])
        ),
        max_size=40,
    )
)
def test_fast_overlap_resolution_equals_reference(items: list[tuple[int, int, str]]) -> None:
    claims = [_claim(i, a, n, k) for i, (a, n, k) in enumerate(items)]
    assert _resolve_overlaps(claims) == _reference(claims)


def test_higher_priority_kind_wins() -> None:
    date = _claim(0, 0, 10, "date")
    count = _claim(1, 3, 5, "count")
    assert _resolve_overlaps([count, date]) == [date]


def test_an_extractor_yielding_an_empty_span_is_named() -> None:
    import pytest

    from claimcheck.errors import ExtractorError
    from claimcheck.extraction import extract_source, register, unregister
    from claimcheck.model import Source

    @register("broken-test-extractor")
    def broken(doc):  # type: ignore[no-untyped-def]
        yield doc.claim("count", "x", Quantity(1), 2, 2)

    try:
        with pytest.raises(ExtractorError, match="broken-test-extractor"):
            extract_source(Source(id="s", text="Some text here."), kinds=["broken-test-extractor"])
    finally:
        unregister("broken-test-extractor")
