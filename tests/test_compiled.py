"""The number scan's table-driven shortcuts answer exactly as the plain code they replace.

Issue 20 asked for compiled hot paths or fewer Python steps per number; mypyc did not pay
(docs/scale.md, "Compiled hot paths"), so the scan was restructured instead. Each shortcut is
checked here against the plain expression it stands for, on the inputs that reach it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import numbers
from claimcheck.extraction.numbers import _CUR_BY_LEN, _CUR_ENDINGS, _CUR_WINDOW, _may_end_currency

ROOT = Path(__file__).resolve().parent.parent


def _may_end_currency_plain(text: str, pos: int) -> bool:
    """The plain test :func:`numbers._may_end_currency` replaces: one ``endswith`` over all prefixes."""
    tail = text[max(0, pos - _CUR_WINDOW) : pos]
    if tail[-1:] in (" ", "\u00a0"):
        tail = tail[:-1]
    return not tail.isascii() or tail.lower().endswith(_CUR_ENDINGS)


#: Pieces that make currency prefixes, near misses and plain words before a number.
_PIECES = [*_CUR_ENDINGS, "US", "Rs", "HK", "NT", "about", "the", "in", "sd", "a", "x", "é", "ſ", "K"]
_TAILS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "\u00a0", "  "])), max_size=4
).map(lambda parts: "".join(w + sp for w, sp in parts))


@given(_TAILS, st.sampled_from([True, False]))
def test_currency_table_agrees_with_the_plain_endswith(before: str, upper: bool) -> None:
    text = (before.upper() if upper else before) + "5"
    for pos in range(len(text) + 1):
        assert _may_end_currency(text, pos) == _may_end_currency_plain(text, pos), (text, pos)


@pytest.mark.parametrize(
    "text, exp",
    [
        ("US$ 5", True),  # a symbol with its space
        ("usd5", True),  # a code, any case
        ("Rs. 40", True),
        ("about 5", False),  # a plain word cannot end a prefix
        ("in 1990", False),
        ("€5", True),
        ("Ω 5", True),  # not ASCII: left to the regex
    ],
)
def test_currency_table_on_written_examples(text: str, exp: bool) -> None:
    pos = text.index(next(c for c in text if c.isdigit()))
    assert _may_end_currency(text, pos) is exp
    assert _may_end_currency_plain(text, pos) is exp


def test_currency_table_holds_every_prefix_once_by_its_length() -> None:
    assert sorted(w for group in _CUR_BY_LEN for w in group) == sorted(_CUR_ENDINGS)
    # the fast test looks at the last 1, 2 and 3 characters: no prefix may be longer
    assert len(_CUR_BY_LEN) == 4 and not _CUR_BY_LEN[0]
    assert numbers._CUR_WINDOW == 4


def _real_texts(seeds_dir: Path, examples_dir: Path) -> list[str]:
    """The seeds, the bundled examples and 40 generated benchmark articles."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    files = [*sorted(seeds_dir.glob("*.txt")), *sorted(examples_dir.glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in files] + [t for _, t in corpus.generate(40, seed=3)]


def test_currency_table_agrees_at_every_number_of_real_text(seeds_dir: Path, examples_dir: Path) -> None:
    checked = 0
    for text in _real_texts(seeds_dir, examples_dir):
        for m in numbers._DIGITS_RE.finditer(text):
            for pos in (m.start(), m.end()):  # before a number, and after one (a near miss)
                assert _may_end_currency(text, pos) == _may_end_currency_plain(text, pos), (text[:40], pos)
                checked += 1
    assert checked > 1000


_NEG_PIECES = ["minus", "Minus", "NEGATIVE", "negative", "minuſ", "the", "some", "us", "ve", "-", "(", "x"]
_NEG_TEXTS = st.lists(
    st.tuples(st.sampled_from(_NEG_PIECES), st.sampled_from(["", " ", "\t", "\u00a0", "  ", "\n"])),
    max_size=5,
).map(lambda parts: "".join(w + sp for w, sp in parts) + "5")


@given(_NEG_TEXTS, st.integers(0, 12))
def test_negative_guard_only_skips_positions_where_the_sign_reader_finds_nothing(
    text: str, floor: int
) -> None:
    """The scan asks :func:`numbers._negative_start` only when its guard holds; elsewhere it finds nothing."""
    pos = len(text) - 1  # the digit
    floor = min(floor, pos)
    guard = (
        pos - 1 > floor
        and text[pos - 1] in numbers._NEG_BLANKS
        and text[pos - 2] in numbers._NEG_BEFORE_BLANK
    )
    if not guard:
        assert numbers._negative_start(text, pos, floor) is None


@pytest.mark.parametrize(
    "text, exp",
    [
        ("minus 5 degrees", -5.0),
        ("negative  one point", -1.0),
        ("it fell to minus\u00a012", -12.0),
        ("the 5 options", 5.0),  # a word ending in e before the number: asked, not a sign
        ("campus 5 rooms", 5.0),  # ends in s before a blank: asked, not a sign
    ],
)
def test_signs_in_words_still_read(text: str, exp: float) -> None:
    assert [m.value for m in numbers.scan_sentence(text)][:1] == [exp]


_SCAN_TEXT = (
    "Minus 5 and 2-3 of 40,000; between 7 and 9 on 2022-02-22, some 12 or negative one.  "
    "Then 3½ of 6 000 000."
)


@given(st.lists(st.tuples(st.integers(0, len(_SCAN_TEXT)), st.integers(0, 40)), max_size=6))
def test_shared_scan_equals_scanning_each_sentence(spans: list[tuple[int, int]]) -> None:
    """Sorted or overlapping sentences (the overlap test runs in C): the same numbers as one scan each."""
    sentences = tuple((s, min(len(_SCAN_TEXT), s + n)) for s, n in spans)
    got = list(numbers._scan_sentences(_SCAN_TEXT, sentences))
    assert got == [(s, e, numbers.scan_sentence(_SCAN_TEXT, s, e)) for s, e in sentences]
