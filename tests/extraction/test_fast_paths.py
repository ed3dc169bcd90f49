"""The shortcuts taken for speed give the same answers as the plain code they replace."""

from __future__ import annotations

import attrs
from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction import _speakers
from claimcheck.extraction._speakers import _BREAK, _abbreviation, _last_cut
from claimcheck.extraction.attribution import _with
from claimcheck.model import Claim, Quantity, Span


def _last_cut_by_full_scan(text: str, lo: int, hi: int, *, at_quotes: bool) -> int:
    """The plain left-to-right scan :func:`_last_cut` replaces."""
    cut = -1
    for m in _BREAK.finditer(text, lo, hi):
        word = m.group("w")
        if word is not None:
            if _abbreviation(word):
                continue
        elif m.group("q") is not None and not at_quotes:
            continue
        cut = m.start() if m.group(0) == "\n" else m.end()
    return cut


_PIECES = [
    "the",
    "Minister",
    "U.S.",
    "Inc.",
    "e.g.",
    "x.y.z.",
    "Dr.",
    "said",
    '"',
    "“",
    "”",
    "«",
    ";",
    "?",
    "!",
    "-",
    "–",
    "—",
    ".",
    ",",
    "\n",
    "’",
    "&",
    "3.5",
    "a-b.",
    "A",
]
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  ", "\t"])), max_size=40
).map(lambda parts: "".join(w + sp for w, sp in parts))


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.integers(0, 200), st.integers(0, 200), st.booleans())
def test_last_cut_matches_a_full_scan(text: str, a: int, b: int, at_quotes: bool) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    got = _last_cut(text, lo, hi, at_quotes=at_quotes)
    assert got == _last_cut_by_full_scan(text, lo, hi, at_quotes=at_quotes)


def test_last_cut_finds_a_boundary_far_from_the_cue() -> None:
    text = "Prices rose. " + "The regional trade minister of the small northern republic " * 3 + "said"
    hi = len(text) - len("said")
    assert _last_cut(text, 0, hi, at_quotes=True) == _last_cut_by_full_scan(text, 0, hi, at_quotes=True) == 12


def test_with_equals_evolve_and_covers_every_field() -> None:
    assert [f.name for f in attrs.fields(Claim)] == [
        "id",
        "kind",
        "subject",
        "value",
        "span",
        "sentence",
        "speaker",
        "attribution",
        "detail",
        "notes",
        "frame",
    ], "Claim gained a field: update attribution._with"
    c = Claim(
        id="c-1",
        kind="count",
        subject="visits",
        value=Quantity(3.0, 3.0, 3.0),
        span=Span("s", 4, 5),
        sentence=Span("s", 0, 20),
        speaker=None,
        attribution=("x",),
        detail="visits to the capital",
        notes=("singular: visit",),
    )
    assert _with(c, "Ana Rossi", ("Ana Rossi", "Wire")) == evolve(
        c, speaker="Ana Rossi", attribution=("Ana Rossi", "Wire")
    )


_AFTER_NUMBER = st.lists(
    st.sampled_from(
        [
            *(" ", "\u00a0", "%", " percent", " per cent", " percentage points", " dollars", " USD", "USD"),
            *(" usd", " km", "km", " tonnes", " hectares", " manat", " people", " years", ",", ".", "-"),
            *("m", "x", " Km"),
        ]
    ),
    max_size=3,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_AFTER_NUMBER, st.integers(0, 40))
def test_unit_prefilter_matches_when_one_unit_pattern_does(tail: str, cut: int) -> None:
    from claimcheck.extraction import amounts

    text = "12" + tail
    end = min(len(text), 2 + cut)
    singles = (
        amounts._PERCENT_RE,
        amounts._CURWORD_RE,
        amounts._CODE_AFTER_RE,
        amounts._MINOR_RE,
        amounts._MEASURE_RE,
    )
    any_single = any(p.match(text, 2, end) is not None for p in singles)
    assert (amounts._UNIT_AFTER_RE.match(text, 2, end) is not None) == any_single


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["According", "ACCORDING", "accord", "to", " ", "the", "ministry", "İ", "ı", "ſ", "reported"]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_cue_prefilters_only_skip_sentences_the_patterns_cannot_match(sentence: str) -> None:
    if "accord" not in sentence.lower():
        assert _speakers.ACCORDING.search(sentence) is None
    if "repor" not in sentence and "wrote" not in sentence:
        assert _speakers._REPORTED_AFTER.search(sentence) is None
        assert _speakers.outlet_cue(sentence) is None


def test_number_match_field_order_is_the_one_the_scanner_passes_positionally() -> None:
    from claimcheck.extraction.numbers import NumberMatch

    assert [f.name for f in attrs.fields(NumberMatch)] == [
        "start",
        "end",
        "qual_start",
        "value",
        "low",
        "high",
        "qualifier",
        "is_ordinal",
        "is_word",
        "plain",
        "currency",
        "scale",
    ], "NumberMatch fields moved: update the positional call in numbers._raw_matches"


_CUE_TEXT = st.lists(
    st.sampled_from(
        ["said", "says", "told", "added", "pointed out", "Said", "resaid", "x", "_", "-", '"', "\n", ","]
    ),
    max_size=12,
).flatmap(
    lambda ws: st.lists(st.sampled_from(["", " ", "  "]), min_size=len(ws), max_size=len(ws)).map(
        lambda sps: "".join(w + sp for w, sp in zip(ws, sps, strict=True))
    )
)


@settings(max_examples=400, deadline=None)
@given(_CUE_TEXT, st.integers(0, 120), st.integers(0, 120))
def test_cue_matches_finds_what_the_cue_pattern_finds(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    expected = [(m.start(), m.end(), m.group(0)) for m in _speakers.CUE.finditer(text, lo, hi)]
    assert list(_speakers._cue_matches(text, lo, hi)) == expected


def test_cues_open_and_close_with_a_letter() -> None:
    from claimcheck._words.speech import CUE_VERBS

    assert all(v[:1].isalpha() and v[-1:].isalpha() for v in CUE_VERBS), "_cue_matches relies on it"
