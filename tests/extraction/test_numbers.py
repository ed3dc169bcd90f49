"""The shared number grammar: values, bounds, offsets, hostile input."""

from __future__ import annotations

import gc
import time

import pytest
from hypothesis import given

from claimcheck.extraction import numbers
from claimcheck.extraction.numbers import iter_numbers, parse_number
from strategies import numbers_in_digits, numbers_in_words


@pytest.mark.parametrize(
    "text, exp",
    [
        ("1,200", 1200),
        ("3.5", 3.5),
        ("816 000", 816000),
        ("816\u202f000", 816000),
        ("1.5 million", 1_500_000),
        ("3bn", 3_000_000_000),
        ("$2.9bn", 2_900_000_000),
        ("USD34.6 million", 34_600_000),
        ("fifty-two", 52),
        ("one hundred and twelve", 112),
        ("a hundred and two", 102),
        ("thirty", 30),
        ("half a million", 500_000),
        ("a dozen", 12),
        ("one and a half million", 1_500_000),
        ("two and a half", 2.5),
        ("two dozen", 24),
        ("seven thousand four hundred", 7400),
        ("twenty-first", 21),
        ("thirtieth", 30),
        ("60th", 60),
        ("1st", 1),
        ("a 500", None),
        ("the third reading", None),
        ("4:05", None),
        ("one one", None),
    ],
)
def test_parse_number(text: str, exp: float | None) -> None:
    assert parse_number(text) == exp


@pytest.mark.parametrize(
    "text, exp",
    [
        ("about 200", ("approx", 180, 220)),
        ("roughly 200", ("approx", 180, 220)),
        ("some 200", ("approx", 180, 220)),
        ("almost thirty", ("approx", 27, 30)),
        ("nearly 30", ("approx", 27, 30)),
        ("more than 260", ("at_least", 260, None)),
        ("over 260", ("at_least", 260, None)),
        ("at least 5", ("at_least", 5, None)),
        ("upwards of 5", ("at_least", 5, None)),
        ("up to 50", ("at_most", None, 50)),
        ("fewer than 50", ("at_most", None, 50)),
        ("less than 50", ("at_most", None, 50)),
        ("between 40 and 50", ("range", 40, 50)),
        ("40-50", ("range", 40, 50)),
        ("40 to 50", ("range", 40, 50)),
        ("from 3 to 5 million", ("range", 3_000_000, 5_000_000)),
        ("263", ("exact", 263, 263)),
    ],
)
def test_qualifiers(text: str, exp: tuple[str, float | None, float | None]) -> None:
    (m,) = list(iter_numbers(text))
    qual, low, high = exp
    assert m.qualifier == qual
    assert m.low == pytest.approx(low) if low is not None else m.low is None
    assert m.high == pytest.approx(high) if high is not None else m.high is None
    assert m.qual_start == 0 and m.end == len(text)


@pytest.mark.parametrize(
    "text, exp",
    [
        ("The meeting began at 4:05 p.m. (UTC+04:00).", []),
        ("Call +994 12 492 30 00 today.", []),
        ("Signed on 2022-02-22.", []),
        ("The 2012–13 budget grew.", []),
        ("Trade rose by $4.25 and 32 cents.", [4.25, 32]),
        ("It cost $4.25 and 32 more were sold.", [4.25, 32]),
        ("Cases of COVID-19 fell.", []),
        ("1,1,1,1,1,1", []),
        ("The numbers 1, 2 and 3.", [1, 2, 3]),
    ],
)
def test_scanner_values(text: str, exp: list[float]) -> None:
    assert [m.value for m in iter_numbers(text)] == exp


def test_offsets_are_absolute() -> None:
    text = "xx 1,200 yy fifty-two zz"
    spans = [text[m.start : m.end] for m in iter_numbers(text, 3, len(text))]
    assert spans == ["1,200", "fifty-two"]


@given(numbers_in_words())
def test_words_round_trip(pair: tuple[int, str]) -> None:
    n, words = pair
    assert parse_number(words) == n


@given(numbers_in_digits())
def test_digits_round_trip(pair: tuple[int, str]) -> None:
    n, digits = pair
    assert parse_number(digits) == n


@pytest.mark.parametrize("unit", ["1,", "one ", "-", "twenty-", "Article ", "000, ", "half a mile "])
def test_hostile_input_is_linear(unit: str) -> None:
    from claimcheck.extraction._document import Document
    from claimcheck.extraction.amounts import amounts
    from claimcheck.extraction.counts import counts
    from claimcheck.extraction.durations import durations
    from claimcheck.extraction.ordinals import ordinals
    from claimcheck.model import Source

    docs = {
        size: Document.from_source(Source(id="h", text=unit * (size // len(unit))))
        for size in (30_000, 300_000)
    }

    def run(size: int) -> float:
        doc = docs[size]
        numbers._CACHE.clear()  # measure the scan too, not the per-document cache
        # CPU time of this process: other work on a shared machine does not count
        t0 = time.process_time()
        for extractor in (counts, amounts, ordinals, durations):
            list(extractor(doc))
        return time.process_time() - t0

    gc.collect()
    gc.disable()  # time the algorithm, not the collector's passes over many small objects
    try:
        small = min(run(30_000) for _ in range(5))
        large = min(run(300_000) for _ in range(3))
    finally:
        gc.enable()
    # linear would be 10; allow for cache effects of ~250k small objects on a loaded machine
    assert large / max(small, 1e-3) < 20
