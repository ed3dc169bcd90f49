"""Hypothesis strategies shared by the tests: numbers rendered in words or digits, news-like text."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["int_to_words", "news_text", "numbers_in_digits", "numbers_in_words"]

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, *, and_: bool) -> str:
    parts: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
        if rest and and_:
            parts.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(_ONES[rest])
    return " ".join(parts)


def int_to_words(n: int, *, and_: bool = True) -> str:
    """Render ``0 <= n < 10**12`` in English words (``112`` -> ``one hundred and twelve``)."""
    if n == 0:
        return "zero"
    out: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale)
        if chunk:
            out.append(_below_thousand(chunk, and_=and_) + (f" {name}" if name else ""))
    return " ".join(out)


def numbers_in_words() -> st.SearchStrategy[tuple[int, str]]:
    """Pairs ``(n, words)``."""
    return st.builds(
        lambda n, a: (n, int_to_words(n, and_=a)),
        st.integers(min_value=2, max_value=999_999_999),
        st.booleans(),
    )


def numbers_in_digits() -> st.SearchStrategy[tuple[int, str]]:
    """Pairs ``(n, digits)`` with or without thousands separators."""
    return st.builds(
        lambda n, sep: (n, f"{n:,}" if sep else str(n)),
        st.integers(min_value=0, max_value=10**12),
        st.booleans(),
    )


_PIECES = st.sampled_from(
    [
        "263", "agreements", "1,200", "3.5", "million", "$", "US$2.9bn", "per cent", "%", "-", "–",
        "thirty", "almost", "between", "and", "to", "60th", "year", "-day", "Article", "16", ":",
        "4:05", "p.m.", "UTC+04:00", "one", "hundred", "a", "half", "\u202f", "000", ".", ",",
        "\n\n", '"', "“", "”", "manat", "USD", "cents", "dollars", "over", "for", "years", " ",
    ]
)  # fmt: skip


def news_text() -> st.SearchStrategy[str]:
    """Arbitrary text mixing number-like pieces, separators and random characters."""
    return st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map(lambda xs: " ".join(xs))
