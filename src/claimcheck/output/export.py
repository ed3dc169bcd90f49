"""Exports: claimcheck JSON (version 2, lossless, and back), GraphML, W3C PROV, HTML, DataFrame.

The JSON document follows the version 2 schema of ``docs/json-schema.md`` (version 1
documents are still read); the extra fields
(``low``, ``high``, ``detail``, source ``text``...) make it lossless so that
``from_json(to_json(report)) == report``. Keys are sorted: the same report always gives the
same bytes.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimcheck._json import loads
from claimcheck.errors import ExportError, MissingExtraError
from claimcheck.model import (
    ArticleRef,
    Claim,
    Copy,
    Corroboration,
    DateValue,
    Fact,
    Frame,
    Link,
    Origin,
    Quantity,
    Region,
    Report,
    Source,
    Span,
    Value,
)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = [
    "FORMAT",
    "READS",
    "VERSION",
    "facts_frame",
    "from_json",
    "to_graphml",
    "to_html",
    "to_json",
    "to_prov",
    "write_atomic",
    "write_json",
]

FORMAT = "claimcheck"
#: The version written. 2 holds each claim's sentence once, in its source's ``sentences``.
VERSION = 2
#: The versions :func:`from_json` reads.
READS = (1, 2)
#: A claimcheck document nests 4 deep; anything much deeper is not one.
_MAX_DEPTH = 32


# -- values ---------------------------------------------------------------------


def _number(x: float | None) -> int | float | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else float(x)


def _value_fields(value: Value) -> dict[str, Any]:
    """The schema's ``value``/``qualifier``/``unit`` plus the extra fields that make it lossless."""
    if isinstance(value, Quantity):
        return {
            "value_type": "quantity",
            "value": _number(value.value),
            "low": _number(value.low),
            "high": _number(value.high),
            "qualifier": value.qualifier,
            "unit": value.unit,
        }
    if isinstance(value, DateValue):
        return {
            "value_type": "date",
            "value": value.iso,
            "precision": value.precision,
            "qualifier": None,
            "unit": None,
        }
    if isinstance(value, ArticleRef):
        return {
            "value_type": "article",
            "value": value.number,
            "instrument": value.instrument,
            "article_text": value.text,
            "article_label": value.label,
            "qualifier": None,
            "unit": None,
        }
    return {"value_type": "text", "value": value, "qualifier": None, "unit": None}


def _value_from(d: dict[str, Any], where: str) -> Value:
    vtype = d.get("value_type")
    raw = d.get("value")
    if vtype == "quantity" or (vtype is None and _is_number(raw)):
        return Quantity(
            value=_number_in(d, "value", where),
            low=_number_in(d, "low", where, optional=True, default=raw),
            high=_number_in(d, "high", where, optional=True, default=raw),
            qualifier=_text_in(d, "qualifier", where, optional=True) or "exact",  # type: ignore[arg-type]
            unit=_text_in(d, "unit", where, optional=True),
        )
    if vtype == "date":
        return DateValue.from_iso(_text_in(d, "value", where))
    if vtype == "article":
        number = raw if isinstance(raw, str) else _int_in(d, "value", where)
        return ArticleRef(
            number=str(number),
            instrument=_text_in(d, "instrument", where, optional=True),
            text=_text_in(d, "article_text", where, optional=True),
            label=_text_in(d, "article_label", where, optional=True) or "Article",
        )
    if vtype not in (None, "text"):
        msg = f"claimcheck JSON: {where} has an unknown value_type {vtype!r}."
        raise ExportError(msg)
    text: str = _text_in(d, "value", where)
    return text


def value_json(value: Value) -> Any:
    """The schema's JSON ``value`` of a typed value (number, ISO date, article number, text)."""
    return _value_fields(value)["value"]


# -- JSON -----------------------------------------------------------------------


def _source_dict(src: Source, report: Report, sentences: list[tuple[int, int]]) -> dict[str, Any]:
    return {
        "id": src.id,
        "path": src.path,
        "outlet": src.outlet,
        "published": src.published.isoformat() if src.published else None,
        "author": src.author,
        "title": src.title,
        "url": src.url,
        "metadata_origin": dict(src.metadata_origin),
        "copy_of": report.copy_of(src.id),
        "text": src.text,
        "sentences": [{"start": s, "end": e, "text": src.text[s:e]} for s, e in sentences],
        "boilerplate": [
            {"start": r.start, "end": r.end, "kind": r.kind, "reason": r.reason} for r in src.boilerplate
        ],
        "warnings": list(src.warnings),
        "refused": src.refused,
        "body_start": src.body_start,
    }


def _claim_dict(claim: Claim, texts: dict[str, str], sentence: int) -> dict[str, Any]:
    text = texts.get(claim.source_id, "")
    d: dict[str, Any] = {
        "id": claim.id,
        "source": claim.source_id,
        "kind": claim.kind,
        "subject": claim.subject,
        "text": text[claim.span.start : claim.span.end],
        "start": claim.span.start,
        "end": claim.span.end,
        "sentence": sentence,
        "sentence_start": claim.sentence.start,
        "sentence_end": claim.sentence.end,
        "speaker": claim.speaker,
        "attribution": list(claim.attribution),
        "detail": claim.detail,
        "notes": list(claim.notes),
    }
    if claim.frame is not None:
        d["frame"] = _frame_dict(claim.frame)
    d.update(_value_fields(claim.value))
    return d


def _frame_dict(frame: Frame) -> dict[str, Any]:
    return {
        "measure": frame.measure,
        "noun": frame.noun,
        "place": frame.place,
        "period": frame.period,
        "cumulative": frame.cumulative,
        "status": frame.status,
        "cue": frame.cue,
        "hedged": frame.hedged,
        "holder": frame.holder,
    }


def _frame_from(d: Any, where: str) -> Frame | None:
    if not d:
        return None
    if not isinstance(d, dict):
        raise _fail(where, "frame", "an object", d)
    where = f"{where}.frame"
    for key in ("cumulative", "hedged"):
        if not isinstance(d.get(key, False), bool):
            raise _fail(where, key, "true or false", d[key])
    try:
        return Frame(
            measure=_text_in(d, "measure", where, optional=True) or "",
            noun=_text_in(d, "noun", where, optional=True) or "",
            place=_text_in(d, "place", where, optional=True) or "",
            period=_text_in(d, "period", where, optional=True) or "",
            cumulative=d.get("cumulative", False),
            status=_text_in(d, "status", where, optional=True) or "fact",
            cue=_text_in(d, "cue", where, optional=True) or "",
            hedged=d.get("hedged", False),
            holder=_text_in(d, "holder", where, optional=True) or "",
        )
    except (TypeError, ValueError) as err:
        msg = f"claimcheck JSON: {where} is not a frame ({err})."
        raise ExportError(msg) from err


def _fact_dict(fact: Fact) -> dict[str, Any]:
    c = fact.corroboration
    d: dict[str, Any] = {
        "id": fact.id,
        "label": fact.label,
        "kind": fact.kind,
        "subject": fact.subject,
        "score": c.score,
        "independent_origins": c.independent_origins,
        "supporting_count": c.supporting,
        "conflicting_count": c.conflicting,
        "claims": list(fact.claims),
        "supporting": list(fact.supporting),
        "conflicting": list(fact.conflicting),
        "updating": list(fact.updating),
        "unclassified": list(fact.unclassified),
        "updating_count": c.updating,
        "verdict": c.verdict,
        "explanation": list(c.explanation),
        "origins": list(fact.origins),
    }
    d.update(_value_fields(fact.value))
    return d


def _sentences(
    report: Report,
) -> tuple[dict[str, list[tuple[int, int]]], dict[tuple[str, tuple[int, int]], int]]:
    """Each source's claim sentences in order, and each sentence's index among them."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for c in report.claims:
        spans.setdefault(c.source_id, set()).add((c.sentence.start, c.sentence.end))
    ordered = {sid: sorted(pairs) for sid, pairs in spans.items()}
    index = {(sid, pair): i for sid, pairs in ordered.items() for i, pair in enumerate(pairs)}
    return ordered, index


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON document (version 2) of ``report`` as plain Python data.

    Each sentence that holds a claim is written once, in its source's ``sentences``;
    a claim's ``sentence`` is its index there (version 1 copied the sentence's text
    into every claim, which grew with the square of a long sentence).
    """
    texts = {s.id: s.text for s in report.sources}
    ordered, index = _sentences(report)
    return {
        "format": FORMAT,
        "version": VERSION,
        "sources": [_source_dict(s, report, ordered.get(s.id, [])) for s in report.sources],
        "claims": [
            _claim_dict(c, texts, index[(c.source_id, (c.sentence.start, c.sentence.end))])
            for c in report.claims
        ],
        "links": [
            {"a": lk.a, "b": lk.b, "relation": lk.relation, "similarity": lk.similarity, "reason": lk.reason}
            for lk in report.links
        ],
        "facts": [_fact_dict(f) for f in report.facts],
        "copies": [_copy_dict(cp) for cp in report.copies],
        "origins": [
            {"id": o.id, "name": o.name, "kind": o.kind, "sources": list(o.sources)} for o in report.origins
        ],
        "claim_origins": [{"claim": cid, "origins": list(oids)} for cid, oids in report.claim_origins],
    }


def write_json(report: Report, out: IO[str]) -> None:
    """Write :func:`to_json` ``(report)`` to ``out`` piece by piece: the same text, never held
    whole (a large report's document is many times its size as Python data).

    Examples:
        >>> import io
        >>> from claimcheck.model import Report
        >>> buf = io.StringIO()
        >>> write_json(Report((), (), (), ()), buf)
        >>> buf.getvalue() == to_json(Report((), (), (), ()))
        True
    """
    texts = {s.id: s.text for s in report.sources}
    ordered, index = _sentences(report)
    sections: dict[str, Callable[[], Iterator[Any]] | Any] = {
        "format": FORMAT,
        "version": VERSION,
        "sources": lambda: (_source_dict(s, report, ordered.get(s.id, [])) for s in report.sources),
        "claims": lambda: (
            _claim_dict(c, texts, index[(c.source_id, (c.sentence.start, c.sentence.end))])
            for c in report.claims
        ),
        "links": lambda: (
            {"a": lk.a, "b": lk.b, "relation": lk.relation, "similarity": lk.similarity, "reason": lk.reason}
            for lk in report.links
        ),
        "facts": lambda: (_fact_dict(f) for f in report.facts),
        "copies": lambda: (_copy_dict(cp) for cp in report.copies),
        "origins": lambda: (
            {"id": o.id, "name": o.name, "kind": o.kind, "sources": list(o.sources)} for o in report.origins
        ),
        "claim_origins": lambda: (
            {"claim": cid, "origins": list(oids)} for cid, oids in report.claim_origins
        ),
    }
    out.write("{")
    for n, key in enumerate(sorted(sections)):
        out.write(("\n" if n == 0 else ",\n") + "  " + json.dumps(key) + ": ")
        value = sections[key]
        if not callable(value):
            out.write(json.dumps(value, ensure_ascii=False))
            continue
        written = 0
        for item in value():
            try:
                text = json.dumps(item, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False)
            except ValueError as err:
                msg = f"The report cannot be written as standard JSON ({err})."
                raise ExportError(msg) from err
            out.write(("[" if written == 0 else ",") + "\n    " + text.replace("\n", "\n    "))
            written += 1
        out.write("[]" if written == 0 else "\n  ]")
    out.write("\n}")


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """Export ``report`` as claimcheck JSON version 2 (sorted keys, deterministic, lossless).

    Only standard JSON is written: a NaN or infinite number raises ExportError.

    .. versionchanged:: 0.2
       Version 2: sentences are held once per source (see ``docs/json-schema.md``).

    Examples:
        >>> from claimcheck.model import Report
        >>> import json
        >>> json.loads(to_json(Report((), (), (), ())))["version"]
        2
    """
    try:
        return json.dumps(to_dict(report), indent=indent, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except ValueError as err:
        msg = f"The report cannot be written as standard JSON ({err})."
        raise ExportError(msg) from err


# -- reading back: every field checked, so a bad document fails here, not in print() --


def _fail(where: str, key: str, expected: str, value: Any) -> ExportError:
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    return ExportError(
        f"claimcheck JSON: {where} field {key!r} must be {expected}"
        f" (got {shown} that is a {type(value).__name__})."
    )


def _get(d: dict[str, Any], key: str, where: str) -> Any:
    if not isinstance(d, dict):
        msg = f"claimcheck JSON: {where} must be an object (got a {type(d).__name__})."
        raise ExportError(msg)
    try:
        return d[key]
    except KeyError as err:
        msg = f"claimcheck JSON: {where} has no field {key!r}."
        raise ExportError(msg) from err


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _text_in(d: dict[str, Any], key: str, where: str, *, optional: bool = False) -> Any:
    value = d.get(key) if optional and isinstance(d, dict) else _get(d, key, where)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _fail(where, key, "a string" + (" or null" if optional else ""), value)
    return value


def _int_in(d: dict[str, Any], key: str, where: str, *, default: Any = None) -> int:
    value = d.get(key, default) if default is not None and isinstance(d, dict) else _get(d, key, where)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**63:
        raise _fail(where, key, "a non-negative integer", value)
    return value


def _number_in(
    d: dict[str, Any], key: str, where: str, *, optional: bool = False, default: Any = None
) -> Any:
    value = d.get(key, default) if optional and isinstance(d, dict) else _get(d, key, where)
    if value is None and optional:
        return None
    if not _is_number(value):
        raise _fail(where, key, "a number" + (" or null" if optional else ""), value)
    try:
        number = float(value)
    except OverflowError as err:
        raise _fail(where, key, "a number a float can hold", value) from err
    if not math.isfinite(number):
        raise _fail(where, key, "a finite number", value)
    return number


def _texts_in(d: dict[str, Any], key: str, where: str, *, required: bool = False) -> tuple[str, ...]:
    value = _get(d, key, where) if required else d.get(key, ())
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise _fail(where, key, "a list of strings", value)
    return tuple(value)


def _spans_in(d: dict[str, Any], where: str) -> tuple[tuple[int, int], ...]:
    """A partial copy's ``spans`` (``[[start, end], ...]``); none for a whole copy."""
    value = d.get("spans", [])
    ok = isinstance(value, list) and all(
        isinstance(p, list)
        and len(p) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) and 0 <= x < 2**63 for x in p)
        and p[0] <= p[1]
        for p in value
    )
    if not ok:
        raise _fail(where, "spans", "a list of [start, end] offset pairs", value)
    return tuple((p[0], p[1]) for p in value)


def _copy_dict(cp: Copy) -> dict[str, Any]:
    """A copy's JSON object; a partial copy also names the copied ``spans``."""
    out: dict[str, Any] = {
        "source": cp.source,
        "original": cp.original,
        "containment": cp.containment,
        "reason": cp.reason,
    }
    if cp.spans:
        out["spans"] = [list(sp) for sp in cp.spans]
    return out


def _list_in(doc: dict[str, Any], key: str, *, required: bool = True) -> list[Any]:
    value = _get(doc, key, "the document") if required else doc.get(key, [])
    if not isinstance(value, list):
        raise _fail("the document", key, "a list", value)
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            msg = f"claimcheck JSON: {key}[{i}] must be an object (got a {type(item).__name__})."
            raise ExportError(msg)
    return value


def _known(ids: set[str], refs: tuple[str, ...], where: str, what: str) -> None:
    missing = [r for r in refs if r not in ids]
    if missing:
        msg = f"claimcheck JSON: {where} names {what} {missing[0]!r}, which the document does not hold."
        raise ExportError(msg)


def _source_from(s: dict[str, Any], where: str) -> Source:
    origin = s.get("metadata_origin") or {}
    if not isinstance(origin, dict) or not all(isinstance(v, str) for v in origin.values()):
        raise _fail(where, "metadata_origin", "an object of strings", origin)
    published = _text_in(s, "published", where, optional=True)
    regions = s.get("boilerplate", [])
    if not isinstance(regions, list) or not all(isinstance(b, dict) for b in regions):
        raise _fail(where, "boilerplate", "a list of objects", regions)
    text = _text_in(s, "text", where, optional=True) or ""
    boilerplate = []
    for j, b in enumerate(regions):
        at = f"{where}.boilerplate[{j}]"
        start, end = _int_in(b, "start", at), _int_in(b, "end", at)
        boilerplate.append(
            Region(
                start,
                end,
                _text_in(b, "kind", at, optional=True) or "boilerplate",
                _text_in(b, "reason", at, optional=True) or "",
            )
        )
    return Source(
        id=_text_in(s, "id", where),
        text=text,
        outlet=_text_in(s, "outlet", where, optional=True),
        published=_dt.date.fromisoformat(published) if published else None,
        author=_text_in(s, "author", where, optional=True),
        title=_text_in(s, "title", where, optional=True),
        url=_text_in(s, "url", where, optional=True),
        path=_text_in(s, "path", where, optional=True),
        metadata_origin=origin,
        boilerplate=tuple(boilerplate),
        warnings=_texts_in(s, "warnings", where),
        refused=_text_in(s, "refused", where, optional=True),
        body_start=_int_in(s, "body_start", where, default=0),
    )


def _claim_from(c: dict[str, Any], where: str, texts: dict[str, str], version: int) -> Claim:
    sid = _text_in(c, "source", where)
    if sid not in texts:
        msg = f"claimcheck JSON: {where} names source {sid!r}, which the document does not hold."
        raise ExportError(msg)
    start, end = _int_in(c, "start", where), _int_in(c, "end", where)
    s_start = _int_in(c, "sentence_start", where, default=start)
    s_end = _int_in(c, "sentence_end", where, default=end)
    limit = len(texts[sid])
    if texts[sid] and max(end, s_end) > limit:
        msg = f"claimcheck JSON: {where} ends at {max(end, s_end)}, past the end of source {sid!r} ({limit})."
        raise ExportError(msg)
    if version >= 2 and not isinstance(c.get("sentence"), int):
        raise _fail(where, "sentence", "an integer (an index into its source's sentences)", c.get("sentence"))
    return Claim(
        id=_text_in(c, "id", where),
        kind=_text_in(c, "kind", where),
        subject=_text_in(c, "subject", where),
        value=_value_from(c, where),
        span=Span(sid, start, end),
        sentence=Span(sid, s_start, s_end),
        speaker=_text_in(c, "speaker", where, optional=True),
        attribution=_texts_in(c, "attribution", where),
        detail=_text_in(c, "detail", where, optional=True),
        notes=_texts_in(c, "notes", where),
        frame=_frame_from(c.get("frame"), where),
    )


def _fact_from(f: dict[str, Any], where: str, claim_ids: set[str]) -> Fact:
    claims = _texts_in(f, "claims", where, required=True)
    supporting = _texts_in(f, "supporting", where, required=True)
    conflicting = _texts_in(f, "conflicting", where, required=True)
    updating = _texts_in(f, "updating", where)
    unclassified = _texts_in(f, "unclassified", where)
    for name, refs in (
        ("claims", claims),
        ("supporting", supporting),
        ("conflicting", conflicting),
        ("updating", updating),
        ("unclassified", unclassified),
    ):
        _known(claim_ids, refs, f"{where}.{name}", "claim")
    label = _text_in(f, "label", where)
    return Fact(
        id=_text_in(f, "id", where),
        label=label,
        kind=_text_in(f, "kind", where),
        subject=_text_in(f, "subject", where, optional=True) or label,
        value=_value_from(f, where),
        claims=claims,
        supporting=supporting,
        conflicting=conflicting,
        corroboration=Corroboration(
            score=_number_in(f, "score", where),
            independent_origins=_int_in(f, "independent_origins", where),
            supporting=_int_in(f, "supporting_count", where, default=len(supporting)),
            conflicting=_int_in(f, "conflicting_count", where, default=len(conflicting)),
            explanation=_texts_in(f, "explanation", where),
            updating=_int_in(f, "updating_count", where, default=len(updating)),
            verdict=_text_in(f, "verdict", where, optional=True) or "",
        ),
        origins=_texts_in(f, "origins", where),
        updating=updating,
        unclassified=unclassified,
    )


def from_dict(doc: Any) -> Report:
    """Rebuild a Report from the data of :func:`to_dict` (version 2, or version 1).

    Every field is checked for its type, every claim, source and origin id a record
    names must be in the document, and spans must lie inside their source's text.

    Raises:
        ExportError: the first problem found, naming the record and the field.
    """
    if not isinstance(doc, dict):
        msg = f"claimcheck JSON must be an object (got {type(doc).__name__})."
        raise ExportError(msg)
    fmt, version = doc.get("format"), doc.get("version")
    if fmt != FORMAT:
        msg = f"Not a claimcheck JSON document: format is {fmt!r}, expected {FORMAT!r}."
        raise ExportError(msg)
    if version not in READS or isinstance(version, bool):
        msg = (
            f"Unsupported claimcheck JSON version {version!r}; this claimcheck reads versions {list(READS)}."
        )
        raise ExportError(msg)
    try:
        sources = tuple(_source_from(s, f"sources[{i}]") for i, s in enumerate(_list_in(doc, "sources")))
        texts = {s.id: s.text for s in sources}
        claims = tuple(
            _claim_from(c, f"claims[{i}]", texts, version) for i, c in enumerate(_list_in(doc, "claims"))
        )
        claim_ids = {c.id for c in claims}
        links = []
        for i, lk in enumerate(_list_in(doc, "links")):
            where = f"links[{i}]"
            a, b = _text_in(lk, "a", where), _text_in(lk, "b", where)
            _known(claim_ids, (a, b), where, "claim")
            links.append(
                Link(
                    a,
                    b,
                    _text_in(lk, "relation", where),
                    _number_in(lk, "similarity", where),
                    _text_in(lk, "reason", where, optional=True) or "",
                )
            )
        facts = tuple(_fact_from(f, f"facts[{i}]", claim_ids) for i, f in enumerate(_list_in(doc, "facts")))
        source_ids = set(texts)
        copies = []
        for i, cp in enumerate(_list_in(doc, "copies", required=False)):
            where = f"copies[{i}]"
            pair = (_text_in(cp, "source", where), _text_in(cp, "original", where))
            _known(source_ids, pair, where, "source")
            copies.append(
                Copy(
                    *pair,
                    _number_in(cp, "containment", where),
                    _text_in(cp, "reason", where, optional=True) or "",
                    _spans_in(cp, where),
                )
            )
        # sources exported without the top-level "copies" list still carry copy_of
        if not copies:
            for i, s in enumerate(doc["sources"]):
                original = _text_in(s, "copy_of", f"sources[{i}]", optional=True)
                if original:
                    _known(source_ids, (original,), f"sources[{i}].copy_of", "source")
                    copies.append(Copy(s["id"], original, 1.0, ""))
        origins = []
        for i, o in enumerate(_list_in(doc, "origins", required=False)):
            where = f"origins[{i}]"
            members = _texts_in(o, "sources", where)
            _known(source_ids, members, where, "source")
            origins.append(
                Origin(
                    _text_in(o, "id", where),
                    _text_in(o, "name", where),
                    _text_in(o, "kind", where, optional=True) or "outlet",
                    members,
                )
            )
        origin_ids = {o.id for o in origins}
        claim_origins = []
        for i, co in enumerate(_list_in(doc, "claim_origins", required=False)):
            where = f"claim_origins[{i}]"
            cid = _text_in(co, "claim", where)
            oids = _texts_in(co, "origins", where, required=True)
            _known(claim_ids, (cid,), where, "claim")
            _known(origin_ids, oids, where, "origin")
            claim_origins.append((cid, oids))
    except ExportError:
        raise
    except (KeyError, TypeError, ValueError, OverflowError) as err:
        msg = f"Malformed claimcheck JSON: {type(err).__name__}: {err}"
        raise ExportError(msg) from err
    return Report(sources, claims, tuple(links), facts, tuple(copies), tuple(origins), tuple(claim_origins))


def from_json(text: str | bytes) -> Report:
    """Restore the Report exported by :func:`to_json` (version 2, or version 1).

    The text must be standard JSON (``NaN`` and ``Infinity`` are refused) nested no
    deeper than a claimcheck document can be.

    Raises:
        ExportError: not JSON, nested too deep, not a claimcheck document, an
            unsupported version, or a malformed record (the message names it).
    """
    try:
        doc = loads(text, max_depth=_MAX_DEPTH, allow_nan=False)
    except (ValueError, UnicodeDecodeError) as err:
        msg = f"Not JSON: {err}"
        raise ExportError(msg) from err
    return from_dict(doc)


# -- files ----------------------------------------------------------------------


def write_atomic(path: str | os.PathLike[str], write: Callable[[Path], object]) -> None:
    """Write an export to ``path`` through ``write(file_path)``, never leaving half a file.

    * ``"-"`` writes to standard output.
    * A regular file (or a new one) is written to a temporary file beside it and
      renamed over it: a failed export leaves the old file as it was. It keeps the
      old file's permissions (a new one gets what a plain ``open()`` would give).
    * A symbolic link is written through: its target is replaced, the link stays.
    * A FIFO, a character or block device or a socket is written into directly,
      never replaced (its reader gets the export).

    Args:
        path: where to write.
        write: writes the export to the path it is given.

    Raises:
        ExportError: the folder to write in does not exist (the message names it).
        OSError: the file cannot be written.
    """
    if os.fspath(path) == "-":
        _write_stdout(write)
        return
    target = Path(path)
    if target.is_symlink():  # write through the link, to what it points at
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        write(target)  # a FIFO or a device: replacing it would break whoever reads it
        return
    folder = target.parent
    if not folder.is_dir():
        msg = f"Cannot write {os.fspath(path)!r}: no folder {str(folder)!r}."
        raise ExportError(msg)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        write(Path(tmp))
        if mode is not None:
            os.chmod(tmp, stat.S_IMODE(mode))
        else:  # mkstemp makes the file private (0600); give it the mode a plain open() would
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_stdout(write: Callable[[Path], object]) -> None:
    """Run ``write`` on a temporary file and copy what it wrote to standard output."""
    import shutil
    import sys

    fd, tmp = tempfile.mkstemp(prefix=".claimcheck-", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        sys.stdout.flush()
        with open(tmp, "rb") as fh:
            out = getattr(sys.stdout, "buffer", None)
            if out is not None:
                shutil.copyfileobj(fh, out)
                out.flush()
            else:  # a text stream without bytes underneath (a notebook, a test)
                sys.stdout.write(fh.read().decode("utf-8", "replace"))
    finally:
        Path(tmp).unlink(missing_ok=True)


# -- GraphML --------------------------------------------------------------------


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Replace characters XML 1.0 cannot hold (control codes, lone surrogates) with U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


def _coerce(value: Any) -> str | int | float | bool:
    if isinstance(value, str):
        return _xml_safe(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, (tuple, list, dict)):
        return _xml_safe(json.dumps(value, sort_keys=True, default=str))
    return _xml_safe(str(value))


def graphml_graph(report: Report) -> nx.MultiDiGraph:
    """A copy of ``report.graph`` whose attributes GraphML can hold.

    No ``None`` (dropped), tuples and dicts JSON-encoded, one type per key (a key holding both
    ints and floats becomes float everywhere; anything else mixed becomes text).
    """
    import networkx as nx

    src = report.graph
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    nodes = [(n, {k: _coerce(v) for k, v in d.items() if v is not None}) for n, d in src.nodes(data=True)]
    edges = [
        (u, v, k, {a: _coerce(x) for a, x in d.items() if x is not None})
        for u, v, k, d in src.edges(keys=True, data=True)
    ]
    for attrs in (
        [d for _, d in nodes],
        [d for *_, d in edges],
    ):
        types: dict[str, set[type]] = {}
        for d in attrs:
            for k, v in d.items():
                types.setdefault(k, set()).add(type(v))
        for k, ts in types.items():
            if len(ts) <= 1:
                continue
            conv: Callable[[Any], Any] = float if ts <= {int, float} else str
            for d in attrs:
                if k in d:
                    d[k] = conv(d[k])
    g.add_nodes_from(nodes)
    for u, v, k, d in edges:
        g.add_edge(u, v, key=str(k), **d)
    return g


def to_graphml(report: Report, path: str | os.PathLike[str] | None = None) -> str:
    """Export the claim graph as GraphML (for Gephi, yEd); write atomically to ``path`` if given.

    Returns:
        The GraphML document as text.
    """
    import networkx as nx

    g = graphml_graph(report)
    text = "\n".join(nx.generate_graphml(g)) + "\n"
    if path is not None:
        write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return text


# -- PROV -----------------------------------------------------------------------


def to_prov_document(report: Report) -> Any:
    """The W3C PROV document of a report (requires the ``prov`` extra).

    Sources and claims are entities (claims ``wasDerivedFrom`` their source), origins are agents
    (sources and claims ``wasAttributedTo`` them), facts are entities derived from their claims
    and generated by the check activity.
    """
    try:
        from prov.model import ProvDocument
    except ImportError as err:  # pragma: no cover - depends on the environment
        msg = "PROV export needs the 'prov' package: pip install 'claimcheck-provenance[prov]'."
        raise ExportError(msg) from err

    doc = ProvDocument()
    doc.add_namespace("cc", "urn:claimcheck:ns#")
    for prefix in ("source", "claim", "fact", "origin", "check"):
        doc.add_namespace(prefix, f"urn:claimcheck:{prefix}:")
    run = doc.activity("check:run", other_attributes={"prov:label": "claimcheck check"})
    for src in report.sources:
        attrs: dict[str, Any] = {"prov:label": src.label}
        for name in ("outlet", "author", "title", "url", "path", "refused"):
            val = getattr(src, name)
            if val:
                attrs[f"cc:{name}"] = str(val)
        if src.published:
            attrs["cc:published"] = src.published.isoformat()
        doc.entity(f"source:{src.id}", attrs)
    for cp in report.copies:
        doc.wasDerivedFrom(
            f"source:{cp.source}", f"source:{cp.original}", other_attributes={"prov:type": "cc:copy"}
        )
    for origin in report.origins:
        doc.agent(f"origin:{origin.id}", {"prov:label": origin.name, "cc:kind": origin.kind})
        for sid in origin.sources:
            doc.wasAttributedTo(f"source:{sid}", f"origin:{origin.id}")
    texts = {s.id: s.text for s in report.sources}
    for claim in report.claims:
        doc.entity(
            f"claim:{claim.id}",
            {
                "prov:label": f"{claim.subject}: {value_json(claim.value)}",
                "prov:value": str(value_json(claim.value)),
                "cc:kind": claim.kind,
                "cc:text": texts.get(claim.source_id, "")[claim.span.start : claim.span.end],
                "cc:start": claim.span.start,
                "cc:end": claim.span.end,
            },
        )
        doc.wasDerivedFrom(f"claim:{claim.id}", f"source:{claim.source_id}")
    for cid, oids in report.claim_origins:
        for oid in oids:
            doc.wasAttributedTo(f"claim:{cid}", f"origin:{oid}")
    for fact in report.facts:
        doc.entity(
            f"fact:{fact.id}",
            {
                "prov:label": fact.label,
                "prov:value": str(value_json(fact.value)),
                "cc:kind": fact.kind,
                "cc:score": float(fact.score),
                "cc:independent_origins": fact.independent_origins,
            },
        )
        doc.wasGeneratedBy(f"fact:{fact.id}", run)
        for cid in fact.claims:
            doc.wasDerivedFrom(f"fact:{fact.id}", f"claim:{cid}")
    return doc


def to_prov(report: Report, *, indent: int | None = 2) -> str:
    """Export the provenance of a report as PROV-JSON (requires the ``prov`` extra)."""
    text: str = to_prov_document(report).serialize(format="json", indent=indent)
    return text


# -- HTML and DataFrame ----------------------------------------------------------


def to_html(report: Report, *, pictures: bool | None = None, **options: Any) -> str:
    """A self-contained HTML page of the report; all source text is escaped.

    Args:
        report: the report to render.
        pictures: embed the claim graph and a timeline as inline SVG. ``None`` (the
            default) embeds them when matplotlib (the ``plot`` extra) is installed.
        **options: passed to :func:`claimcheck.output.html.to_html` (``title``).

    Raises:
        ImportError: ``pictures=True`` and matplotlib is not installed.
    """
    from claimcheck.output.html import to_html as page

    return page(report, pictures=pictures, **options)


def facts_frame(report: Report) -> Any:
    """The facts as a pandas DataFrame, one row per fact (requires pandas).

    Raises:
        ImportError: pandas is not installed (``pip install pandas``).
    """
    try:
        import pandas as pd
    except ImportError as err:
        msg = "facts_frame needs pandas, an optional dependency: pip install 'claimcheck-provenance[pandas]'"
        raise MissingExtraError(msg) from err
    rows = []
    for f in report.facts:
        rows.append(
            {
                "id": f.id,
                "label": f.label,
                "kind": f.kind,
                "subject": f.subject,
                "value": value_json(f.value),
                "score": f.score,
                "independent_origins": f.independent_origins,
                "supporting": len(f.supporting),
                "conflicting": len(f.conflicting),
                "claims": len(f.claims),
            }
        )
    columns = [
        "id", "label", "kind", "subject", "value", "score",
        "independent_origins", "supporting", "conflicting", "claims",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)
