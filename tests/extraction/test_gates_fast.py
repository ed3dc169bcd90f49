"""The date gates' substring tests before their patterns leave each gate's answer unchanged (issue 20).

``quarter`` is searched as a word, and ``Q1``-``Q4`` only where a "q" is; the decade pattern
only where one of the pieces every match holds is. Checked against the plain patterns.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction.dates import _gates

_PIECES = [
    "quarter", "Quarter", "QUARTER", "Q3", "q4", "Q5", "FAQ1", "Q1s", "1990s", "1990's", "1990’s", "80s",
    "2000", "10s", "0s", "in", "the", "of", "first", "2021", "s", "'", "’", "-", "é", "ß", "İ", "K",
]  # fmt: skip
_TEXTS = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", ",", "."])), max_size=8).map(
    lambda parts: "".join(w + sep for w, sep in parts)
)


def _plain(text: str) -> tuple[bool, bool]:
    """Whether the quarter and decade gates hold, read by their patterns alone."""
    has_digit = _gates._GATE_DIGIT.search(text) is not None
    return (
        _gates._GATE_QUARTER.search(text) is not None,
        has_digit and _gates._GATE_DECADE.search(text) is not None,
    )


@given(_TEXTS)
def test_quarter_and_decade_gates_agree_with_their_patterns(text: str) -> None:
    on = _gates.gates(text)
    assert ("quarter" in on, "decade" in on) == _plain(text)


@pytest.mark.parametrize(
    "text, quarter, decade",
    [
        ("Profits rose in the third quarter.", True, False),
        ("Sales in Q3 were flat.", True, False),
        ("The FAQ1 page", False, False),
        ("Prices of the 1990s and the '80s", False, True),
        ("In the 1990’s it grew.", False, True),
        ("He scored 10 points.", False, False),
    ],
)
def test_quarter_and_decade_gates_on_written_sentences(text: str, quarter: bool, decade: bool) -> None:
    on = _gates.gates(text)
    assert ("quarter" in on, "decade" in on) == (quarter, decade) == _plain(text)
