"""Exports: JSON v1 (lossless, deterministic), GraphML, PROV, HTML, DataFrame."""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given

from claimcheck.errors import ExportError
from claimcheck.model import Report
from claimcheck.output.export import (
    facts_frame,
    from_json,
    to_graphml,
    to_html,
    to_json,
    to_prov,
    write_atomic,
)
from factories import reports, sample_report


def test_json_required_fields() -> None:
    doc = json.loads(to_json(sample_report()))
    assert doc["format"] == "claimcheck" and doc["version"] == 2
    src = next(s for s in doc["sources"] if s["id"] == "s-copy")
    for key in ("id", "path", "outlet", "published", "author", "title", "url", "metadata_origin", "copy_of"):
        assert key in src
    assert src["copy_of"] == "s-trend" and src["published"] == "2024-04-05"
    assert src["metadata_origin"] == {"outlet": "manifest"}
    claim = next(c for c in doc["claims"] if c["id"] == "c-trend-263")
    for key in ("id", "source", "kind", "subject", "value", "qualifier", "unit", "text", "start", "end",
                "sentence", "speaker", "attribution"):  # fmt: skip
        assert key in claim
    assert claim["value"] == 263 and isinstance(claim["value"], int)
    assert claim["text"] == "263 agreements"
    trend = next(s for s in doc["sources"] if s["id"] == claim["source"])
    sentence = trend["sentences"][claim["sentence"]]
    assert sentence["text"].startswith("Presently, 263 agreements")
    assert (sentence["start"], sentence["end"]) == (claim["sentence_start"], claim["sentence_end"])
    assert claim["attribution"] == ["Afet Hasanova", "Trend"]
    approx = next(c for c in doc["claims"] if c["id"] == "c-review-250")
    assert approx["qualifier"] == "approx" and approx["low"] == 240
    date = next(c for c in doc["claims"] if c["id"] == "c-trend-date")
    assert date["value"] == "2022-02-22"
    art = next(c for c in doc["claims"] if c["kind"] == "article")
    assert art["value"] == "16"
    assert {lk["relation"] for lk in doc["links"]} == {"agrees", "conflicts"}
    fact = next(f for f in doc["facts"] if f["id"] == "f-agreements")
    for key in ("id", "label", "kind", "value", "score", "independent_origins", "claims", "supporting",
                "conflicting", "explanation"):  # fmt: skip
        assert key in fact
    assert fact["value"] == 263 and fact["conflicting"] == ["c-review-250"]


def test_json_round_trip_sample() -> None:
    report = sample_report()
    text = to_json(report)
    back = from_json(text)
    assert back == report
    assert to_json(back) == text
    assert Report.from_json(report.to_json()) == report


@given(reports())
def test_json_round_trip_property(report: Report) -> None:
    text = to_json(report)
    back = from_json(text)
    assert back == report
    assert to_json(back) == text


@pytest.mark.parametrize(
    "doc, match",
    [
        ('{"format": "other", "version": 1}', "format is 'other'"),
        ('{"format": "claimcheck", "version": 3}', "version 3"),
        ("[1, 2]", "must be an object"),
        ("not json", "Not JSON"),
        (
            '{"format": "claimcheck", "version": 1, "sources": [{}], "claims": [], "links": [], "facts": []}',
            "id",
        ),
    ],
)
def test_json_errors(doc: str, match: str) -> None:
    with pytest.raises(ExportError, match=match):
        from_json(doc)


def test_graphml_reads_back(tmp_path: Path) -> None:
    report = sample_report()
    out = tmp_path / "g.graphml"
    to_graphml(report, out)
    g = nx.read_graphml(out, force_multigraph=True)
    assert set(g.nodes) == set(report.graph.nodes)
    assert sorted((u, v) for u, v in g.edges()) == sorted((u, v) for u, v in report.graph.edges())
    assert not list(tmp_path.glob(".*.tmp"))


@given(reports())
def test_graphml_property(report: Report) -> None:
    import io

    text = to_graphml(report)
    g = nx.read_graphml(io.BytesIO(text.encode()), force_multigraph=True)
    assert set(g.nodes) == set(report.graph.nodes)
    assert g.number_of_edges() == report.graph.number_of_edges()


def test_prov_round_trips_with_prov_package() -> None:
    prov_model = pytest.importorskip("prov.model")
    text = to_prov(sample_report())
    doc = prov_model.ProvDocument.deserialize(content=text, format="json")
    again = prov_model.ProvDocument.deserialize(content=doc.serialize(format="json"), format="json")
    assert doc == again
    ids = {str(r.identifier) for r in doc.get_records() if r.identifier is not None}
    assert any("fact:f-agreements" in i for i in ids)
    assert any("claim:c-trend-263" in i for i in ids)
    kinds = {type(r).__name__ for r in doc.get_records()}
    assert {"ProvEntity", "ProvAgent", "ProvActivity", "ProvDerivation", "ProvAttribution"} <= kinds


def test_html_is_self_contained_and_escaped() -> None:
    html = to_html(sample_report())
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "<link" not in html


def test_facts_frame() -> None:
    pd = pytest.importorskip("pandas")
    frame = facts_frame(sample_report())
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["id"]) == ["f-agreements", "f-date", "f-article"]


def test_facts_frame_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"claimcheck-provenance\[pandas\]"):
        facts_frame(sample_report())


def test_seeds_json_round_trip(seed_report) -> None:
    assert from_json(to_json(seed_report)) == seed_report


def test_html_embeds_pictures_when_matplotlib_is_there() -> None:
    pytest.importorskip("matplotlib")
    report = sample_report()
    with_pictures = to_html(report)
    assert 'id="claim-graph"' in with_pictures and "<svg" in with_pictures
    assert "<svg" not in to_html(report, pictures=False)


def test_exported_files_get_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        out = tmp_path / "r.json"
        write_atomic(out, lambda tmp: tmp.write_text("{}", encoding="utf-8"))
    finally:
        os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o644
