"""ordinal claims: 60th birthday, 30th anniversary."""

from __future__ import annotations

import pytest

from claimcheck.extraction import extract_source
from claimcheck.model import Source


def found(text: str) -> list[tuple[str, float, str]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, c.value.value, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("ordinal",))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("He celebrated his 60th birthday in Baku.", [("birthday", 60, "60th")]),
        ("They marked the 30th anniversary of relations.", [("anniversary", 30, "30th")]),
        ("The thirtieth session opened.", [("session", 30, "thirtieth")]),
        ("It is the 1st meeting this year.", [("meeting", 1, "1st")]),
        ("The twenty-first century began.", [("century", 21, "twenty-first")]),
        ("The third reading passed.", [("reading", 3, "third")]),
        ("They met on February 21st in Moscow.", []),
        ("They met on the 22nd of February.", []),
        ("He turned the 60th.", []),
        ("It was the first time.", []),
        ("No third countries may join.", []),
    ],
)
def test_ordinals(text: str, exp: list[tuple[str, float, str]]) -> None:
    assert found(text) == exp
