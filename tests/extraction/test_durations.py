"""duration claims: 44-day war, almost thirty-year occupation, for 30 years."""

from __future__ import annotations

import pytest

from claimcheck.extraction import extract_source
from claimcheck.model import Source


def found(text: str) -> list[tuple[str, float, str, str | None, str]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, c.value.value, c.value.qualifier, c.value.unit, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("duration",))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Veterans of the 44-day war gathered.", [("war", 44, "exact", "day", "44-day")]),
        ("The 44-day Karabakh war ended.", [("war", 44, "exact", "day", "44-day")]),
        (
            "The land was freed after an almost thirty-year occupation.",
            [("occupation", 30, "approx", "year", "almost thirty-year")],
        ),
        (
            "The land was freed from almost thirty-year-occupation by force.",
            [("occupation", 30, "approx", "year", "almost thirty-year")],
        ),
        ("The city was occupied for 30 years.", [("occupied", 30, "exact", "year", "30 years")]),
        ("He made a two-week visit to Rome.", [("visit", 2, "exact", "week", "two-week")]),
        ("They marked 30 years of independence.", [("independence", 30, "exact", "year", "30 years")]),
        ("It happened 30 years ago.", []),
        ("A 60-year-old man spoke.", []),
    ],
)
def test_durations(text: str, exp: list[tuple[str, float, str, str | None, str]]) -> None:
    assert found(text) == exp


def test_almost_admits_just_under() -> None:
    src = Source(id="t", text="It ended an almost thirty-year occupation.")
    (c,) = extract_source(src, kinds=("duration",))
    assert c.value.admits(29) and not c.value.admits(31)  # type: ignore[union-attr]
