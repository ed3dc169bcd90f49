"""Token lists built in C (``map`` and ``zip`` over the matches) equal the comprehensions they replace.

Issue 20: the speech index's clause windows, the date reader's words around a date and the
measured nouns of a sentence were read by one Python step per token; they are now built by
``map``/``zip``/``compress`` over the same matches. Each is checked against the plain code.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import _speakers, amounts
from claimcheck.extraction import dates as dates_mod

_PIECES = [
    "Jo", "Lee", "said", "U.S.-based", "so-called", "’s", "'", "&", "—", "-", ".", ",", "\n", "“", "”",
    "the", "metres", "tonnes", "km", "3.5", "2021", "Feb.", "é", "ſ", "_", "  ", "O'Neil", "rock-and-roll",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join)


@given(_TEXTS, st.integers(0, 60), st.integers(0, 200), st.booleans())
def test_cut_tokens_equal_the_comprehension(text: str, lo: int, hi: int, at_quotes: bool) -> None:
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    got, cut = _speakers._cut_tokens(text, lo, hi, at_quotes=at_quotes)
    start = _speakers._last_cut(text, lo, hi, at_quotes=at_quotes)
    start = lo if start < 0 else start
    assert got == [(m.group(0), m.start()) for m in _speakers._TOKEN.finditer(text, start, hi)]
    assert cut == (_speakers._last_cut(text, lo, hi, at_quotes=at_quotes) >= 0)


@given(_TEXTS)
def test_date_words_equal_the_comprehension(text: str) -> None:
    words, starts = dates_mod._words(text)
    assert words == [(w.start(), w.end(), w.group()) for w in dates_mod._WORD.finditer(text)]
    assert starts == [w[0] for w in words]


@given(_TEXTS, st.integers(0, 40), st.integers(0, 400))
def test_measured_nouns_equal_the_comprehension(text: str, start: int, end: int) -> None:
    nouns = amounts._Nouns(text, start, end)
    found = [(w.end(), w.group().lower()) for w in amounts._WORD_RE.finditer(text, start, end)]
    kept = [(e, w) for e, w in found if w in amounts.MEASURE_NOUNS]
    assert nouns._ends == [e for e, _ in kept]
    assert nouns._words == [w for _, w in kept]


def test_measured_nouns_are_found_in_a_written_sentence() -> None:
    text = "The quake struck at a depth of 10 km, 40 metres below the old tonnes mark."
    nouns = amounts._Nouns(text, 0, len(text))
    assert "depth" in nouns._words or "metres" in nouns._words
    assert all(text[e - len(w) : e].lower() == w for e, w in zip(nouns._ends, nouns._words, strict=True))
