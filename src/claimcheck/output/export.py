"""Exports: claimcheck JSON (version 1, lossless, and back), GraphML, W3C PROV, HTML, DataFrame.

The JSON document follows the version 1 schema of ``docs/json-schema.md``; the extra fields
(``low``, ``high``, ``detail``, source ``text``...) make it lossless so that
``from_json(to_json(report)) == report``. Keys are sorted: the same report always gives the
same bytes.
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimcheck.errors import ExportError
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
VERSION = 1


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


def _value_from(d: dict[str, Any]) -> Value:
    vtype = d.get("value_type")
    raw = d.get("value")
    if vtype == "quantity" or (vtype is None and isinstance(raw, (int, float))):
        low, high = d.get("low", raw), d.get("high", raw)
        return Quantity(
            value=float(_get(d, "value", "a quantity value")),
            low=None if low is None else float(low),
            high=None if high is None else float(high),
            qualifier=d.get("qualifier") or "exact",
            unit=d.get("unit"),
        )
    if vtype == "date":
        return DateValue.from_iso(str(raw))
    if vtype == "article":
        return ArticleRef(
            number=str(raw),
            instrument=d.get("instrument"),
            text=d.get("article_text"),
            label=d.get("article_label", "Article"),
        )
    return str(raw)


def value_json(value: Value) -> Any:
    """The schema's JSON ``value`` of a typed value (number, ISO date, article number, text)."""
    return _value_fields(value)["value"]


# -- JSON -----------------------------------------------------------------------


def _source_dict(src: Source, report: Report) -> dict[str, Any]:
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
        "boilerplate": [
            {"start": r.start, "end": r.end, "kind": r.kind, "reason": r.reason} for r in src.boilerplate
        ],
        "warnings": list(src.warnings),
        "refused": src.refused,
        "body_start": src.body_start,
    }


def _claim_dict(claim: Claim, texts: dict[str, str]) -> dict[str, Any]:
    text = texts.get(claim.source_id, "")
    d: dict[str, Any] = {
        "id": claim.id,
        "source": claim.source_id,
        "kind": claim.kind,
        "subject": claim.subject,
        "text": text[claim.span.start : claim.span.end],
        "start": claim.span.start,
        "end": claim.span.end,
        "sentence": text[claim.sentence.start : claim.sentence.end],
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
    }


def _frame_from(d: Any) -> Frame | None:
    if not d:
        return None
    return Frame(
        measure=d.get("measure", ""),
        noun=d.get("noun", ""),
        place=d.get("place", ""),
        period=d.get("period", ""),
        cumulative=bool(d.get("cumulative", False)),
        status=d.get("status", "fact"),
        cue=d.get("cue", ""),
        hedged=bool(d.get("hedged", False)),
    )


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


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON version 1 document of ``report`` as plain Python data."""
    texts = {s.id: s.text for s in report.sources}
    return {
        "format": FORMAT,
        "version": VERSION,
        "sources": [_source_dict(s, report) for s in report.sources],
        "claims": [_claim_dict(c, texts) for c in report.claims],
        "links": [
            {"a": lk.a, "b": lk.b, "relation": lk.relation, "similarity": lk.similarity, "reason": lk.reason}
            for lk in report.links
        ],
        "facts": [_fact_dict(f) for f in report.facts],
        "copies": [
            {"source": cp.source, "original": cp.original, "containment": cp.containment, "reason": cp.reason}
            for cp in report.copies
        ],
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
    sections: dict[str, Callable[[], Iterator[Any]] | Any] = {
        "format": FORMAT,
        "version": VERSION,
        "sources": lambda: (_source_dict(s, report) for s in report.sources),
        "claims": lambda: (_claim_dict(c, texts) for c in report.claims),
        "links": lambda: (
            {"a": lk.a, "b": lk.b, "relation": lk.relation, "similarity": lk.similarity, "reason": lk.reason}
            for lk in report.links
        ),
        "facts": lambda: (_fact_dict(f) for f in report.facts),
        "copies": lambda: (
            {"source": cp.source, "original": cp.original, "containment": cp.containment, "reason": cp.reason}
            for cp in report.copies
        ),
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
            text = json.dumps(item, indent=2, sort_keys=True, ensure_ascii=False)
            out.write(("[" if written == 0 else ",") + "\n    " + text.replace("\n", "\n    "))
            written += 1
        out.write("[]" if written == 0 else "\n  ]")
    out.write("\n}")


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """Export ``report`` as claimcheck JSON version 1 (sorted keys, deterministic, lossless).

    Examples:
        >>> from claimcheck.model import Report
        >>> import json
        >>> json.loads(to_json(Report((), (), (), ())))["version"]
        1
    """
    return json.dumps(to_dict(report), indent=indent, sort_keys=True, ensure_ascii=False)


def _get(d: dict[str, Any], key: str, where: str) -> Any:
    try:
        return d[key]
    except (KeyError, TypeError) as err:
        msg = f"claimcheck JSON: {where} has no field {key!r}."
        raise ExportError(msg) from err


def from_dict(doc: Any) -> Report:
    """Rebuild a Report from the data of :func:`to_dict`."""
    if not isinstance(doc, dict):
        msg = f"claimcheck JSON must be an object (got {type(doc).__name__})."
        raise ExportError(msg)
    fmt, version = doc.get("format"), doc.get("version")
    if fmt != FORMAT:
        msg = f"Not a claimcheck JSON document: format is {fmt!r}, expected {FORMAT!r}."
        raise ExportError(msg)
    if version != VERSION:
        msg = f"Unsupported claimcheck JSON version {version!r}; this claimcheck reads version {VERSION}."
        raise ExportError(msg)
    try:
        sources = tuple(
            Source(
                id=_get(s, "id", "a source"),
                text=s.get("text", ""),
                outlet=s.get("outlet"),
                published=_dt.date.fromisoformat(s["published"]) if s.get("published") else None,
                author=s.get("author"),
                title=s.get("title"),
                url=s.get("url"),
                path=s.get("path"),
                metadata_origin=s.get("metadata_origin") or {},
                boilerplate=tuple(
                    Region(b["start"], b["end"], b.get("kind", "boilerplate"), b.get("reason", ""))
                    for b in s.get("boilerplate", ())
                ),
                warnings=tuple(s.get("warnings", ())),
                refused=s.get("refused"),
                body_start=s.get("body_start", 0),
            )
            for s in _get(doc, "sources", "the document")
        )
        claims = tuple(
            Claim(
                id=_get(c, "id", "a claim"),
                kind=c["kind"],
                subject=c["subject"],
                value=_value_from(c),
                span=Span(c["source"], c["start"], c["end"]),
                sentence=Span(
                    c["source"], c.get("sentence_start", c["start"]), c.get("sentence_end", c["end"])
                ),
                speaker=c.get("speaker"),
                attribution=tuple(c.get("attribution", ())),
                detail=c.get("detail"),
                notes=tuple(c.get("notes", ())),
                frame=_frame_from(c.get("frame")),
            )
            for c in _get(doc, "claims", "the document")
        )
        links = tuple(
            Link(lk["a"], lk["b"], lk["relation"], lk["similarity"], lk.get("reason", ""))
            for lk in _get(doc, "links", "the document")
        )
        facts = tuple(
            Fact(
                id=_get(f, "id", "a fact"),
                label=f["label"],
                kind=f["kind"],
                subject=f.get("subject", f["label"]),
                value=_value_from(f),
                claims=tuple(f["claims"]),
                supporting=tuple(f["supporting"]),
                conflicting=tuple(f["conflicting"]),
                corroboration=Corroboration(
                    score=f["score"],
                    independent_origins=f["independent_origins"],
                    supporting=f.get("supporting_count", len(f["supporting"])),
                    conflicting=f.get("conflicting_count", len(f["conflicting"])),
                    explanation=tuple(f.get("explanation", ())),
                    updating=f.get("updating_count", len(f.get("updating", ()))),
                    verdict=f.get("verdict", ""),
                ),
                origins=tuple(f.get("origins", ())),
                updating=tuple(f.get("updating", ())),
                unclassified=tuple(f.get("unclassified", ())),
            )
            for f in _get(doc, "facts", "the document")
        )
        copies = tuple(
            Copy(cp["source"], cp["original"], cp["containment"], cp.get("reason", ""))
            for cp in doc.get("copies", ())
        )
        # sources exported without the top-level "copies" list still carry copy_of
        if not copies:
            copies = tuple(Copy(s["id"], s["copy_of"], 1.0, "") for s in doc["sources"] if s.get("copy_of"))
        origins = tuple(
            Origin(o["id"], o["name"], o.get("kind", "outlet"), tuple(o.get("sources", ())))
            for o in doc.get("origins", ())
        )
        claim_origins = tuple((co["claim"], tuple(co["origins"])) for co in doc.get("claim_origins", ()))
    except ExportError:
        raise
    except (KeyError, TypeError, ValueError) as err:
        msg = f"Malformed claimcheck JSON: {type(err).__name__}: {err}"
        raise ExportError(msg) from err
    return Report(sources, claims, links, facts, copies, origins, claim_origins)


def from_json(text: str | bytes) -> Report:
    """Restore the Report exported by :func:`to_json`.

    Raises:
        ExportError: not JSON, not a claimcheck document, or an unsupported version.
    """
    try:
        doc = json.loads(text)
    except ValueError as err:
        msg = f"Not JSON: {err}"
        raise ExportError(msg) from err
    return from_dict(doc)


# -- files ----------------------------------------------------------------------


def write_atomic(path: str | os.PathLike[str], write: Callable[[Path], object]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it over ``path``.

    A failed export never leaves a truncated or empty file behind.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    os.close(fd)
    try:
        write(Path(tmp))
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
        **options: passed to :func:`claimcheck.output.report.report_html`.

    Raises:
        ImportError: ``pictures=True`` and matplotlib is not installed.
    """
    from claimcheck.output.report import report_html

    if pictures is None:
        pictures = importlib.util.find_spec("matplotlib") is not None
    if pictures:
        from claimcheck.output.plot import report_html_with_pictures

        return report_html_with_pictures(report, **options)
    return report_html(report, **options)


def facts_frame(report: Report) -> Any:
    """The facts as a pandas DataFrame, one row per fact (requires pandas).

    Raises:
        ImportError: pandas is not installed (``pip install pandas``).
    """
    try:
        import pandas as pd
    except ImportError as err:
        msg = "facts_frame needs pandas, an optional dependency: pip install pandas"
        raise ImportError(msg) from err
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
