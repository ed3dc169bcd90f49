"""The data model's invariants."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ModelError
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


# -- Quantity compares with plain numbers ------------------------------------------------------

from hypothesis import given as _given  # noqa: E402
from hypothesis import strategies as _st  # noqa: E402

from claimcheck.model import Quantity as _Q  # noqa: E402


@pytest.mark.parametrize(
    "q, number, exp",
    [
        (_Q(263), 263, True),
        (_Q(263.0), 263, True),
        (_Q(263), 263.0, True),
        (_Q(16, unit="percent"), 16, True),
        (_Q(263), 236, False),
        (_Q(260, 260, None, "at_least"), 260, False),
        (_Q(250, 240, 260, "approx"), 250, False),
        (_Q(1), True, False),  # a bool is not a number here
    ],
)
def test_quantity_equals_a_number_when_exact(q: _Q, number: float, exp: bool) -> None:
    assert (q == number) is exp
    assert (number == q) is exp
    assert (q != number) is not exp


@_given(_st.integers(-(10**12), 10**12), _st.sampled_from([None, "percent", "day"]))
def test_equal_quantities_and_numbers_hash_alike(n: int, unit: str | None) -> None:
    q = _Q(float(n), unit=unit)
    assert q == n and hash(q) == hash(n)
    assert {q: "x"}[n] == "x"
    assert float(q) == n and int(q) == n
    assert q == _Q(float(n), unit=unit) and hash(q) == hash(_Q(float(n), unit=unit))


def test_quantities_still_compare_field_by_field() -> None:
    assert _Q(263, unit="percent") != _Q(263)
    assert _Q(263, 263, 263) != _Q(263)
    assert _Q(263) == _Q(263)


# -- the Report: indexes, views, no back-pointer -----------------------------------------------


def test_report_indexes_and_lookups() -> None:
    from claimcheck.errors import NotFoundError
    from factories import sample_report

    report = sample_report()
    assert report.source("s-trend").id == "s-trend"
    assert report.claim("c-trend-263").source_id == "s-trend"
    assert report.sources_by_id is report.sources_by_id  # built once
    assert {c.id for c in report.claims_of("s-trend")} == {
        c.id for c in report.claims if c.source_id == "s-trend"
    }
    assert report.copy_of("s-copy") == "s-trend" and report.copy_of("s-trend") is None
    assert report.origins_of("c-trend-date") == ("o-trend",)
    with pytest.raises(NotFoundError, match="No source with id 'nope'") as info:
        report.source("nope")
    assert isinstance(info.value, KeyError) and str(info.value) == "No source with id 'nope'."
    with pytest.raises(KeyError):
        report.claim("nope")


def test_report_equality_ignores_its_indexes() -> None:
    from factories import sample_report

    a, b = sample_report(), sample_report()
    a.source("s-trend")  # builds a's index, not b's
    assert a == b


def test_model_errors_are_claimcheck_errors() -> None:
    from claimcheck.errors import ClaimcheckError, ModelError

    with pytest.raises(ModelError) as info:
        Span("s", 5, 3)
    assert isinstance(info.value, ClaimcheckError) and isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    "given, expected",
    [
        ("2022-02-22", datetime.date(2022, 2, 22)),
        (" 2022-02-22T16:05:00+04:00", datetime.date(2022, 2, 22)),
        (datetime.datetime(2022, 2, 22, 16, 5), datetime.date(2022, 2, 22)),
        (datetime.date(2022, 2, 22), datetime.date(2022, 2, 22)),
        (None, None),
    ],
)
def test_published_accepts_dates_and_iso_strings(given: object, expected: object) -> None:
    assert Source("s", "Text.", published=given).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("given", ["yesterday", "22/02/2022", 20220222])
def test_published_that_is_no_date_is_a_clear_error(given: object) -> None:
    with pytest.raises(ModelError, match="published must be a date"):
        Source("s", "Text.", published=given)  # type: ignore[arg-type]
