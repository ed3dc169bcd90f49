"""Building the model's objects inside extraction, without re-running checks already made.

The attrs classes of :mod:`claimcheck.model` are frozen and slotted: their ``__init__`` sets
each field through ``object.__setattr__`` (a lookup of the field's name on the class per
field) and runs the validators. Extraction builds a few objects per sentence whose values it
has already checked, so here each field's slot is set through its descriptor directly, the
validators' conditions are tested inline, and the plain constructor is called only when a
value would fail them (so a bad value raises exactly the error it always did).

Every builder makes an object equal to the one its class's constructor makes from the same
arguments, with the same ``repr`` and hash; ``tests/extraction/test_build_fast.py`` checks
each against its constructor and checks that the field lists here are the classes' fields.
The public constructors are unchanged and still validate.
"""

from __future__ import annotations

import hashlib

from claimcheck.model import FRAME_STATUSES, QUALIFIERS, Claim, Frame, Quantity, Span, Value

__all__ = [
    "CLAIM_FIELDS",
    "FRAME_FIELDS",
    "QUANTITY_FIELDS",
    "SPAN_FIELDS",
    "claim",
    "claim_id",
    "claim_with",
    "frame",
    "quantity",
    "span",
]

#: The fields each builder sets, in the order of the class's ``__init__`` (tested).
SPAN_FIELDS = ("source_id", "start", "end")
CLAIM_FIELDS = (
    "id", "kind", "subject", "value", "span", "sentence",
    "speaker", "attribution", "detail", "notes", "frame",
)  # fmt: skip
QUANTITY_FIELDS = ("value", "low", "high", "qualifier", "unit")
FRAME_FIELDS = ("measure", "noun", "place", "period", "cumulative", "status", "cue", "hedged", "holder")

_new = object.__new__
#: Each field's slot setter, one module name each (a global read is one step, an unpacking more).
_s0, _s1, _s2 = (Span.__dict__[name].__set__ for name in SPAN_FIELDS)
_c0, _c1, _c2, _c3, _c4, _c5, _c6, _c7, _c8, _c9, _c10 = (Claim.__dict__[n].__set__ for n in CLAIM_FIELDS)
_f0, _f1, _f2, _f3, _f4, _f5, _f6, _f7, _f8 = (Frame.__dict__[name].__set__ for name in FRAME_FIELDS)
_q0, _q1, _q2, _q3, _q4 = (Quantity.__dict__[name].__set__ for name in QUANTITY_FIELDS)
_STATUSES = frozenset(FRAME_STATUSES)
_QUALIFIERS = frozenset(QUALIFIERS)


def span(source_id: str, start: int, end: int) -> Span:
    """``Span(source_id, start, end)``; the constructor itself when the offsets would fail it."""
    if not 0 <= start <= end:
        return Span(source_id, start, end)  # raises the ModelError it always raised
    obj = _new(Span)
    _s0(obj, source_id)
    _s1(obj, start)
    _s2(obj, end)
    return obj


def quantity(
    value: float, low: float | None, high: float | None, qualifier: str, unit: str | None
) -> Quantity:
    """``Quantity(value, low, high, qualifier, unit)``; the constructor itself for an unknown qualifier."""
    if type(qualifier) is not str or qualifier not in _QUALIFIERS:  # the set needs a hashable
        return Quantity(value, low, high, qualifier, unit)  # type: ignore[arg-type] # raises
    obj = _new(Quantity)
    _q0(obj, value)
    _q1(obj, low)
    _q2(obj, high)
    _q3(obj, qualifier)
    _q4(obj, unit)
    return obj


def claim(
    id: str,
    kind: str,
    subject: str,
    value: Value,
    span: Span,
    sentence: Span,
    speaker: str | None,
    attribution: tuple[str, ...],
    detail: str | None,
    notes: tuple[str, ...],
    frame: Frame | None,
) -> Claim:
    """``Claim(...)`` with every field given, in the class's order (Claim has no validators)."""
    obj = _new(Claim)
    _c0(obj, id)
    _c1(obj, kind)
    _c2(obj, subject)
    _c3(obj, value)
    _c4(obj, span)
    _c5(obj, sentence)
    _c6(obj, speaker)
    _c7(obj, attribution)
    _c8(obj, detail)
    _c9(obj, notes)
    _c10(obj, frame)
    return obj


def claim_with(c: Claim, speaker: str | None, attribution: tuple[str, ...], frame: Frame | None) -> Claim:
    """``evolve(c, speaker=speaker, attribution=attribution, frame=frame)`` for a plain Claim."""
    obj = _new(Claim)
    _c0(obj, c.id)
    _c1(obj, c.kind)
    _c2(obj, c.subject)
    _c3(obj, c.value)
    _c4(obj, c.span)
    _c5(obj, c.sentence)
    _c6(obj, speaker)
    _c7(obj, attribution)
    _c8(obj, c.detail)
    _c9(obj, c.notes)
    _c10(obj, frame)
    return obj


def frame(
    measure: str,
    noun: str,
    place: str,
    period: str,
    cumulative: bool,
    status: str,
    cue: str,
    hedged: bool,
    holder: str,
) -> Frame:
    """``Frame(...)`` with every field given; the constructor itself for an unknown status."""
    if type(status) is not str or status not in _STATUSES:  # the set needs a hashable
        return Frame(measure, noun, place, period, cumulative, status, cue, hedged, holder)  # raises
    obj = _new(Frame)
    _f0(obj, measure)
    _f1(obj, noun)
    _f2(obj, place)
    _f3(obj, period)
    _f4(obj, cumulative)
    _f5(obj, status)
    _f6(obj, cue)
    _f7(obj, hedged)
    _f8(obj, holder)
    return obj


def claim_id(source_id: str, kind: str, start: int, end: int) -> str:
    """``content_id("c", source_id, kind, start, end)``: the same text hashed, joined in one f-string."""
    text = f"{source_id}\x1f{kind}\x1f{start}\x1f{end}"
    return "c-" + hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()
