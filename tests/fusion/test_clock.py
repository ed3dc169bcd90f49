"""Times with zones and dates, gate codes, and their reconciliation within an item."""

from __future__ import annotations

import pytest

from claimcheck.fusion import fuse
from claimcheck.fusion._clock import parse_clock, reconcile
from claimcheck.fusion.values import normalize_value


@pytest.mark.parametrize(
    "text, key",
    [
        ("12/1/11 2:06 PM (-05:00)", "dt:2011-12-01T14:06@-0500"),
        ("12/1/2011 2:07PM EST", "dt:2011-12-01T14:07@-0500"),
        ("2:07 PMDec 01", "dt:--12-01T14:07"),
        ("1:55pDec 1", "dt:--12-01T13:55"),
        ("Dec 01 - 12:00noon", "dt:--12-01T12:00"),
        ("Thu., Dec.01, 2011 1:55 p.m.", "dt:2011-12-01T13:55"),
        ("08:36 AM  Thu 01-Dec-2011", "dt:2011-12-01T08:36"),
        ("2011-12-01 9:04 PM (Estimated runway)", "dt:2011-12-01T21:04"),
        ("9:20 PM, Dec 01&nbsp(Estimated)", "dt:--12-01T21:20"),
        ("Thu, Dec 1 11:50 AM            Delayed", "dt:--12-01T11:50"),
        ("10:30 utc+01:00", "t:10:30@+0100"),
    ],
)
def test_clock_cells(text: str, key: str) -> None:
    assert parse_clock(text) == key


@pytest.mark.parametrize("text", ["Dec 01", "2011-12-01 11/30 8:00 PM", "25:10 PM", "gate 12"])
def test_not_a_clock(text: str) -> None:
    assert parse_clock(text) is None


@pytest.mark.parametrize(
    "values, key",
    [
        (("K7", "K7/T3", "Terminal 3 - K7", " K7 ", "Gate K7"), "c:k7"),
        (("17", "Terminal A - 17", "Gate 17", " 17 "), "n:17"),
        (("C-44", "Term C - C44", "c44"), "c:c44"),
        (("44D", "44D/T4", "Terminal T4 - 44D"), "c:44d"),
    ],
)
def test_gate_codes(values: tuple[str, ...], key: str) -> None:
    assert {normalize_value(v) for v in values} == {key}


@pytest.mark.parametrize(
    "value", ["Dec 01 - Not Available", "Dec 01 - Contact Airline", "Not provided by airline"]
)
def test_no_value_phrases(value: str) -> None:
    assert normalize_value(value) is None


def test_single_letter_scales_need_a_decimal() -> None:
    assert normalize_value("47B") == "c:47b"
    assert normalize_value("3.5B") == "n:3500000000"


def test_reconcile_completes_partial_keys_and_zones() -> None:
    keys = ["t:14:07", "dt:2011-12-01T14:07@-0500", "dt:--12-01T15:07@-0400", "dt:2011-12-01T14:08"]
    remap = reconcile(keys)
    assert remap["t:14:07"] == "dt:2011-12-01T14:07"
    assert remap["dt:--12-01T15:07@-0400"] == "dt:2011-12-01T14:07"
    assert "dt:2011-12-01T14:08" not in remap


def test_a_partial_key_agreeing_with_two_full_ones_stays() -> None:
    assert reconcile(["t:14:07", "dt:2011-12-01T14:07", "dt:2011-12-02T14:07"]) == {}


def test_fuse_reads_formats_and_lists_unreadable_values() -> None:
    rows = [
        ("a", "f1", "12/1/11 2:06 PM (-05:00)"),
        ("b", "f1", "2:06 PMDec 01"),
        ("c", "f1", "2011-12-01 02:06 PM"),
        ("d", "f1", "2011-12-01 Cancelled"),
    ]
    result = fuse(rows, method="vote")
    assert result["f1"].support == ("a", "b", "c")
    assert result.unreadable == (("d", "f1", "2011-12-01 Cancelled"),)
