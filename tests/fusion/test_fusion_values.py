from __future__ import annotations

import pytest

from claimcheck.fusion.values import default_similarity, normalize_value


@pytest.mark.parametrize(
    "values, key",
    [
        (("1,200", "1200", 1200, 1200.0, "1.2 thousand", "1.2k", " 1 200 "), "n:1200"),
        (("3.5 million", 3_500_000, "3,500,000"), "n:3500000"),
        (("0.5", ".5", 0.5), "n:0.5"),
        (("-7", -7), "n:-7"),
        (
            ("2022-02-22", "22 February 2022", "Feb 22, 2022", "February 22nd, 2022", "2022/02/22"),
            "d:2022-02-22",
        ),
        (("February 2022", "2022-02", "Feb. 2022"), "d:2022-02"),
        (("14:30", "2:30 pm", "2:30 p.m.", "2.30pm"), "t:14:30"),
        (("12 am", "00:00"), "t:00:00"),
        (("Paris", " paris ", "PARIS!", "Paris."), "s:paris"),
        (("New  York", "new-york"), "s:new york"),
    ],
)
def test_same_meaning_same_key(values: tuple[object, ...], key: str) -> None:
    assert {normalize_value(v) for v in values} == {key}


@pytest.mark.parametrize("value", [None, "", "  ", "Not Available", "N/A", "unknown", float("nan")])
def test_missing_values_are_not_votes(value: object) -> None:
    assert normalize_value(value) is None


@pytest.mark.parametrize(
    "a, b",
    [("1,200", "1300"), ("2022-02-22", "2022-02-21"), ("14:30", "14:31"), ("Paris", "London"), ("1", "one")],
)
def test_different_meanings_differ(a: str, b: str) -> None:
    assert normalize_value(a) != normalize_value(b)


@pytest.mark.parametrize(
    "a, b, lo, hi",
    [
        ("n:100", "n:100", 1.0, 1.0),
        ("n:100", "n:99", 0.85, 0.95),
        ("n:100", "n:50", 0.0, 0.0),
        ("d:2022-02", "d:2022-02-22", 0.8, 0.8),
        ("d:2022-02-21", "d:2022-02-22", 0.0, 0.0),
        ("s:colour", "s:color", 0.8, 1.0),
        ("s:paris", "s:london", 0.0, 0.0),
        ("n:3", "s:3", 0.0, 0.0),
    ],
)
def test_default_similarity(a: str, b: str, lo: float, hi: float) -> None:
    assert lo <= default_similarity(a, b) <= hi
    assert default_similarity(a, b) == default_similarity(b, a)
