"""The data model's invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.model import DateValue, Quantity, Source, Span, content_id


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="end must be >= start"):
        Span("s", 5, 4)


def test_span_rejects_negative_start() -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        Span("s", -1, 4)


def test_span_text_is_the_slice() -> None:
    src = Source(id="s", text="They signed 263 agreements.")
    assert Span("s", 12, 15).text(src) == "263"
    with pytest.raises(ValueError, match="belongs to source"):
        Span("other", 0, 1).text(src)


@pytest.mark.parametrize(
    ("value", "iso", "precision"),
    [
        (DateValue(2022, 2, 22), "2022-02-22", "day"),
        (DateValue(2022, 2), "2022-02", "month"),
        (DateValue(2022), "2022", "year"),
        (DateValue(None, 2, 22), "--02-22", "day"),
        (DateValue(2020, 11, 9, until=DateValue(2020, 11, 10)), "2020-11-09/2020-11-10", "day"),
    ],
)
def test_date_iso_and_precision(value: DateValue, iso: str, precision: str) -> None:
    assert value.iso == iso
    assert value.precision == precision
    assert DateValue.from_iso(iso) == value


@given(
    year=st.one_of(st.none(), st.integers(1, 9999)),
    month=st.integers(1, 12),
    day=st.one_of(st.none(), st.integers(1, 31)),
)
def test_date_iso_round_trips(year: int | None, month: int, day: int | None) -> None:
    value = DateValue(year, month, day)
    assert DateValue.from_iso(value.iso) == value


def test_month_validated() -> None:
    with pytest.raises(ValueError):
        DateValue(2022, 13, 1)


def test_quantity_bounds() -> None:
    more_than = Quantity(260, low=260, high=None, qualifier="at_least")
    assert more_than.admits(263)
    assert not more_than.admits(250)
    with pytest.raises(ValueError):
        Quantity(1, qualifier="roughly")  # type: ignore[arg-type]


def test_content_ids_are_stable() -> None:
    assert content_id("c", "a", 1) == content_id("c", "a", 1)
    assert content_id("c", "a", 1) != content_id("c", "a", 2)


def test_source_metadata_origin_is_sorted_pairs() -> None:
    src = Source(id="s", text="x", metadata_origin={"published": "inferred", "outlet": "given"})
    assert src.metadata_origin == (("outlet", "given"), ("published", "inferred"))
    assert src.origin_of("outlet") == "given"
    assert src.origin_of("author") is None
