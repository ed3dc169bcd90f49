"""Segmentation's shortcuts answer exactly as the plain loops they replace (issue 20)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.loading import segment

#: Characters that make tokens, blanks of every kind and the openers the segmenter skips.
_CHARS = st.sampled_from([*"aZ.'\"“(1 \t\n\u00a0\u2003\u3000x", "U.S", "Dr"])
_TEXTS = st.lists(_CHARS, max_size=30).map("".join)


def _token_before_plain(text: str, lo: int, ms: int) -> str:
    """The loop :func:`segment._token_before` replaces: back from ``ms`` to a blank or ``lo``."""
    b = ms
    while b > lo and not text[b - 1].isspace():
        b -= 1
    return text[b:ms]


@given(_TEXTS, st.data())
def test_token_before_agrees_with_the_plain_loop(text: str, data: st.DataObject) -> None:
    ms = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, ms))
    assert segment._token_before(text, lo, ms) == _token_before_plain(text, lo, ms)


def test_the_word_after_a_dotted_abbreviation_decides() -> None:
    text = "The U.S. Senate voted. They left at 4 p.m. It rained."
    got = [text[s:e] for s, e in segment.sentences(text, [(0, len(text))])]
    assert got == ["The U.S. Senate voted.", "They left at 4 p.m.", "It rained."]
