"""find_fact by words and by value; near misses listed."""

from __future__ import annotations

import pytest

from claimcheck.errors import FactNotFoundError
from claimcheck.output.query import fact_value_text, find_fact, query_numbers
from factories import sample_report


@pytest.mark.parametrize(
    "query, exp",
    [
        ("263 agreements", "f-agreements"),
        ("agreements", "f-agreements"),
        ("Agreements signed", "f-agreements"),
        ("signed declaration", "f-date"),
        ("declaration signed 2022", "f-date"),
        ("declaration article 16", "f-article"),
        ("263", "f-agreements"),
    ],
)
def test_find_fact(query: str, exp: str) -> None:
    assert find_fact(sample_report(), query).id == exp


def test_report_fact_delegates() -> None:
    assert sample_report().fact("263 agreements").id == "f-agreements"


@pytest.mark.parametrize("query", ["300 agreements", "zebra migration patterns"])
def test_not_found_lists_nearest(query: str) -> None:
    with pytest.raises(FactNotFoundError) as info:
        find_fact(sample_report(), query)
    assert isinstance(info.value, LookupError)
    assert "agreements: 263" in str(info.value)


def test_empty_report() -> None:
    from claimcheck.model import Report

    with pytest.raises(LookupError, match="no facts"):
        find_fact(Report((), (), (), ()), "anything")


def test_query_numbers() -> None:
    assert query_numbers("1,200 troops and 3.5 percent") == [1200.0, 3.5]


def test_fact_value_text() -> None:
    from claimcheck.model import Quantity

    assert fact_value_text(Quantity(250, 240, 260, "approx")) == "about 250"
    assert fact_value_text(Quantity(40, 40, 50, "range", "day")) == "40-50 day"
