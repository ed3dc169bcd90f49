"""Frames' per-sentence shortcuts answer exactly as the plain code they replace (issue 20).

A sentence is read once (:class:`frames._Sentence`): its tokens, their lower-cased words,
their part in the scan around a figure, whether it hedges or speaks of a running total (a
plain substring test first, the pattern only where it may match). Each is checked here
against the plain expression it stands for.
"""

from __future__ import annotations

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import frames
from claimcheck.model import Claim, Frame, Quantity, Span

#: Pieces that make hedges, running totals, near misses and case tricks (ſ matches s, K
#: matches k ignoring case).
_PIECES = [
    *frames._HEDGE_GATE,
    *frames._GROWTH_GATE,
    "rumoured", "rumored", "an estimate", "Reportedly", "UP TO", "toll", "tolls", "atoll", "so", "far",
    "may", "be", "have", "eſtimated", "Unconfirmed", "31", "2021", ",", ";", "(", "--", "—", "’s", "é",
    "killed", "and", "the", "Kabul", "K", "1,200", "3.5",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=10).map(" ".join)


def _plain_scan(tokens: list[str], first: int, last: int, numbers_stop: bool) -> list[tuple[int, int]]:
    """The scan as first written: one token at a time, lower-casing as it goes."""
    out: list[tuple[int, int]] = []
    for step, start in ((-1, first - 1), (1, last)):
        cost, i, seen = 0, start, 0
        while 0 <= i < len(tokens) and seen < frames._WINDOW:
            word = tokens[i]
            if word in frames._HARD:
                break
            if word == ",":
                cost += 3
            elif word.lower() in frames._SOFT:
                cost += 2
            elif numbers_stop and word[0].isdigit() and not frames._YEAR.fullmatch(word):
                break
            else:
                out.append((cost, i))
                cost += 1
                seen += 1
            i += step
    return sorted(out)


@given(_TEXTS)
def test_gated_searches_agree_with_the_patterns(text: str) -> None:
    sent = frames._Sentence(text, 0)
    assert sent.hedged == (frames._HEDGE.search(text) is not None)
    assert sent.growing == (frames._GROWTH.search(text) is not None)


@pytest.mark.parametrize(
    "text, hedged, growing",
    [
        ("At least 31 people were reportedly killed.", True, False),
        ("The rumoured deal was worth $5 billion.", True, False),
        ("An estimated 400 homes were destroyed so far.", True, True),
        ("The death toll rose to 31.", False, True),
        ("The atoll had 31 residents.", False, False),
        ("Thirty-one were killed, the ministry said.", False, False),
    ],
)
def test_hedges_and_running_totals(text: str, hedged: bool, growing: bool) -> None:
    sent = frames._Sentence(text, 0)
    assert (sent.hedged, sent.growing) == (hedged, growing)


@given(_TEXTS, st.integers(0, 40))
def test_sentence_tokens_agree_with_the_plain_reading(text: str, offset: int) -> None:
    sent = frames._Sentence(text, offset)
    plain = [(m.start() + offset, m.end() + offset, m.group()) for m in frames._TOKEN.finditer(text)]
    assert sent.words == [w for _, _, w in plain]
    assert sent.lows == [w.lower() for _, _, w in plain]
    for first in range(len(plain) + 1):
        for last in range(first, len(plain) + 1):
            for numbers_stop in (True, False):
                expected = _plain_scan(sent.words, first, last, numbers_stop)
                assert sent.around(first, last, numbers_stop=numbers_stop) == expected
    for start in range(offset, offset + len(text) + 1):
        for end in range(start + 1, offset + len(text) + 2):
            first = next((i for i, t in enumerate(plain) if t[1] > start), len(plain))
            last = first
            while last < len(plain) and plain[last][0] < end:
                last += 1
            assert sent.span(start, end) == (first, max(first, last))


def test_a_year_is_no_figure_to_the_scan() -> None:
    sent = frames._Sentence("In 2021 exports fell 12 percent to 1,200 tonnes", 0)
    kinds = dict(zip(sent.words, sent.kinds, strict=True))
    assert kinds["2021"] == frames._YEAR_WORD
    assert kinds["12"] == kinds["1,200"] == frames._FIGURE
    assert kinds["exports"] == frames._WORD


def test_with_frame_is_evolve() -> None:
    claim = Claim(
        "c1", "count", "people", Quantity(31), Span("s", 9, 11), Span("s", 0, 51), speaker="x", notes=("n",)
    )
    frame = Frame(measure="killed", place="kabul", hedged=True)
    assert frames._with_frame(claim, frame) == evolve(claim, frame=frame)
    assert repr(frames._with_frame(claim, frame)) == repr(evolve(claim, frame=frame))
