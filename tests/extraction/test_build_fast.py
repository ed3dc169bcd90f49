"""Extraction's shortcuts for building model objects make what the plain constructors make (issue 20).

:mod:`claimcheck.extraction._build` sets each slot of a Span, Claim or Frame through its
descriptor and tests the validators' conditions inline; :func:`extraction._finish` reads
each claim's speaker, attribution and frame before building it once. Each is checked here
against the plain path it replaces: the constructors, ``content_id``, and
``attach_frames(attribute(...))``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.errors import ModelError
from claimcheck.extraction import (
    Document,
    _build,
    _finish,
    _resolve_overlaps,
    extractors,
    get_extractor,
    numbers,
)
from claimcheck.extraction.attribution import attribute
from claimcheck.extraction.frames import attach_frames
from claimcheck.extraction.numbers import NumberMatch
from claimcheck.model import FRAME_STATUSES, Claim, DateValue, Frame, Quantity, Source, Span, content_id

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "cls, names",
    [
        (Span, _build.SPAN_FIELDS),
        (Claim, _build.CLAIM_FIELDS),
        (Frame, _build.FRAME_FIELDS),
        (Quantity, _build.QUANTITY_FIELDS),
        (NumberMatch, numbers._NM_FIELDS),
    ],
)
def test_builders_set_every_field_of_their_class_in_its_order(cls: type, names: tuple[str, ...]) -> None:
    assert tuple(a.name for a in attrs.fields(cls)) == names, f"{cls.__name__} changed: update _build"
    assert all(a.init and a.converter is None for a in attrs.fields(cls))
    assert not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__")
    # the builders test these validators' conditions inline: a new validator needs its test there
    checked = {Span: {"start", "end"}, Frame: {"status"}, Quantity: {"qualifier"}}.get(cls, set())
    assert {a.name for a in attrs.fields(cls) if a.validator is not None} == checked


def _same(built: object, plain: object) -> None:
    assert type(built) is type(plain)
    assert built == plain
    assert repr(built) == repr(plain)
    assert hash(built) == hash(plain)
    assert attrs.asdict(built, recurse=False) == attrs.asdict(plain, recurse=False)  # type: ignore[arg-type]


_IDS = st.text(max_size=6)


@given(_IDS, st.integers(-3, 40), st.integers(-3, 40))
def test_span_is_the_constructor_or_fails_as_it_does(sid: str, start: int, end: int) -> None:
    try:
        plain = Span(sid, start, end)
    except ModelError as error:
        with pytest.raises(ModelError, match="must be"):
            _build.span(sid, start, end)
        assert str(error)
        return
    _same(_build.span(sid, start, end), plain)


_VALUES = st.one_of(
    st.builds(Quantity, st.floats(-1e6, 1e6), qualifier=st.sampled_from(["exact", "approx"])),
    st.builds(DateValue, st.integers(1900, 2100), st.integers(1, 12) | st.none()),
    st.text(max_size=5),
)
_FRAMES = st.builds(
    Frame,
    measure=st.text(max_size=4),
    noun=st.text(max_size=4),
    cumulative=st.booleans(),
    status=st.sampled_from(FRAME_STATUSES),
    hedged=st.booleans(),
)


@given(
    st.tuples(
        _IDS,
        st.sampled_from(["count", "amount", "date", "quote"]),
        st.text(max_size=8),
        _VALUES,
        st.builds(Span, _IDS, st.integers(0, 9), st.integers(9, 20)),
        st.builds(Span, _IDS, st.integers(0, 9), st.integers(9, 20)),
        st.none() | st.text(max_size=5),
        st.lists(st.text(max_size=4), max_size=2).map(tuple),
        st.none() | st.text(max_size=5),
        st.lists(st.text(max_size=4), max_size=2).map(tuple),
        st.none() | _FRAMES,
    )
)
def test_claim_is_the_constructor(fields: tuple) -> None:  # type: ignore[type-arg]
    _same(_build.claim(*fields), Claim(*fields))


@given(
    st.text(max_size=4),
    st.text(max_size=4),
    st.text(max_size=4),
    st.booleans(),
    st.sampled_from([*FRAME_STATUSES, "rumour", ""]),
    st.booleans(),
)
def test_frame_is_the_constructor_or_fails_as_it_does(
    measure: str, noun: str, period: str, cumulative: bool, status: str, hedged: bool
) -> None:
    fields = (measure, noun, "kabul", period, cumulative, status, "killed", hedged, "")
    if status not in FRAME_STATUSES:
        with pytest.raises(ValueError, match="status"):
            Frame(*fields)
        with pytest.raises(ValueError, match="status"):
            _build.frame(*fields)
        return
    _same(_build.frame(*fields), Frame(*fields))


@given(
    st.builds(
        Claim,
        _IDS,
        st.just("count"),
        st.text(max_size=4),
        _VALUES,
        st.builds(Span, _IDS, st.just(1), st.just(2)),
        st.builds(Span, _IDS, st.just(0), st.just(9)),
        detail=st.none() | st.text(max_size=3),
        notes=st.just(("n",)),
    ),
    st.none() | st.text(max_size=4),
    st.lists(st.text(max_size=3), max_size=2).map(tuple),
    st.none() | _FRAMES,
)
def test_claim_with_is_evolve(
    c: Claim, speaker: str | None, chain: tuple[str, ...], frame: Frame | None
) -> None:
    _same(
        _build.claim_with(c, speaker, chain, frame),
        attrs.evolve(c, speaker=speaker, attribution=chain, frame=frame),
    )


_NUMBERS = st.floats(-1e9, 1e9) | st.integers(-5, 5)


@given(
    _NUMBERS,
    st.none() | _NUMBERS,
    st.none() | _NUMBERS,
    st.sampled_from(["exact", "approx", "at_least", "at_most", "range", "about", ""]),
    st.none() | st.sampled_from(["percent", "USD", "km"]),
)
def test_quantity_is_the_constructor_or_fails_as_it_does(
    value: float, low: float | None, high: float | None, qualifier: str, unit: str | None
) -> None:
    fields = (value, low, high, qualifier, unit)
    try:
        plain = Quantity(*fields)  # type: ignore[arg-type]
    except ValueError:
        with pytest.raises(ValueError, match="qualifier"):
            _build.quantity(*fields)
        return
    _same(_build.quantity(*fields), plain)


@given(
    st.tuples(
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
        _NUMBERS,
        st.none() | _NUMBERS,
        st.none() | _NUMBERS,
        st.sampled_from(["exact", "approx", "range"]),
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.none() | st.sampled_from(["USD", "EUR"]),
        st.sampled_from([1, 1000, 10**6]),
    )
)
def test_number_match_is_the_constructor(fields: tuple) -> None:  # type: ignore[type-arg]
    _same(numbers._number_match(*fields), NumberMatch(*fields))


@given(st.text(max_size=12), st.text(max_size=8), st.integers(0, 10**7), st.integers(0, 10**7))
def test_claim_id_is_content_id(sid: str, kind: str, start: int, end: int) -> None:
    assert _build.claim_id(sid, kind, start, end) == content_id("c", sid, kind, start, end)


def _plain_finish(doc: Document, claims: list[Claim]) -> list[Claim]:
    return attach_frames(doc.source, attribute(doc, claims))


def _found(source: Source) -> tuple[Document, list[Claim]]:
    doc = Document.from_source(source)
    return doc, _resolve_overlaps([c for name in extractors() for c in get_extractor(name)(doc)])


def _check_finish(source: Source) -> int:
    doc, claims = _found(source)
    got, plain = _finish(doc, claims), _plain_finish(doc, claims)
    assert [repr(c) for c in got] == [repr(c) for c in plain]
    assert got == plain
    return len(got)


def test_finish_equals_attribution_then_frames_on_real_text(seeds_dir: Path, examples_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    texts = [t for _, t in corpus.generate(30, seed=5)]
    sources = [*cc.load(seeds_dir), *cc.load(examples_dir), *cc.load(texts)]
    assert sum(_check_finish(s) for s in sources if s.text) > 500


_PIECES = [
    "31", "2,400", "$5 billion", "about 40", "three", "people", "were", "killed", "in", "Kabul", "on",
    "Tuesday", "22 February 2022", "last year", "said", "Jo Lee", "he", "told", "Reuters", "according to",
    "the", "agreement", "signed", "“", "”", "\"", ",", ".", "so far", "reportedly", "percent", "Article 5",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_finish_equals_attribution_then_frames_on_random_text(text: str) -> None:
    _check_finish(Source("s", text))


def test_finish_keeps_a_claim_subclass_through_evolve() -> None:
    @attrs.frozen
    class Tagged(Claim):
        tag: str = "x"

    src = Source("s", "At least 31 people were killed in Kabul, Jo Lee said.")
    doc = Document.from_source(src)
    plain = Claim("c-1", "count", "people", Quantity(31), Span("s", 9, 11), Span("s", 0, len(src.text)))
    tagged = Tagged(*attrs.astuple(plain, recurse=False), tag="y")
    got = _finish(doc, [tagged])
    assert type(got[0]) is Tagged and got[0].tag == "y"
    assert got == _plain_finish(doc, [tagged])
    assert got[0].frame is not None and got[0].speaker == "Jo Lee"


@given(st.integers(0, 60), st.integers(1, 30), st.none() | st.text(max_size=3))
def test_document_claim_is_the_plain_claim(start: int, length: int, speaker: str | None) -> None:
    src = Source("doc-1", "Prices rose 5 percent. Then 31 people were killed in Kabul on Tuesday.")
    doc = Document.from_source(src)
    end = min(len(src.text), start + length)
    start = min(start, end - 1)
    got = doc.claim("count", "people", Quantity(31), start, end, speaker=speaker, notes=("n",))
    s, e = doc.sentence_of(start)
    s, e = (min(s, start), max(e, end)) if e < end else (s, e)
    plain = Claim(
        id=content_id("c", "doc-1", "count", start, end),
        kind="count",
        subject="people",
        value=Quantity(31),
        span=Span("doc-1", start, end),
        sentence=Span("doc-1", s, e),
        speaker=speaker,
        notes=("n",),
    )
    _same(got, plain)


@pytest.mark.parametrize("bad", [["fact"], None, 3])
def test_builders_fail_as_the_constructors_on_values_of_another_type(bad: object) -> None:
    with pytest.raises((ValueError, TypeError)) as plain:
        Frame("", "", "", "", False, bad, "", False, "")  # type: ignore[arg-type]
    with pytest.raises(plain.type):
        _build.frame("", "", "", "", False, bad, "", False, "")  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError)) as plain:
        Quantity(1.0, 1.0, 1.0, bad, None)  # type: ignore[arg-type]
    with pytest.raises(plain.type):
        _build.quantity(1.0, 1.0, 1.0, bad, None)  # type: ignore[arg-type]
