"""The rich report: key lines at a fixed width, no markup injection, notebook bundles."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from rich.console import Console

from claimcheck.errors import FactNotFoundError
from claimcheck.model import Report
from claimcheck.output.report import (
    fact_mimebundle,
    mimebundle,
    print_report,
    render_claim,
    render_fact,
    render_report,
    render_source,
    report_html,
    report_text,
    score_bar,
)
from factories import reports, sample_report


def _text(*renderables: object, width: int = 100) -> str:
    console = Console(record=True, width=width, file=io.StringIO())
    for r in renderables:
        console.print(r)
    return console.export_text()


def test_header_counts() -> None:
    text = report_text(sample_report())
    assert "3 sources (+1 refused) · 6 claims · 3 facts · 1 contested · 1 copies found" in text


def test_contested_fact_listed_first() -> None:
    text = report_text(sample_report())
    table = text.split("Facts: contested, then weak (one origin), then best corroborated", 1)[1]
    assert table.index("agreements ⚠ contested") < table.index("signed declaration")
    assert "████░░░░░░ 0.42" in table


def test_conflict_shows_both_sides_with_exact_words() -> None:
    text = report_text(sample_report())
    assert "Conflict: agreements (consensus 263)" in text
    assert "conflicts about 250 — Review [bold]Weekly[/] · 2024-04-06" in text
    assert "Presently, 263 agreements have been inked" in text
    assert "said by Afet Hasanova" in text


def test_value_is_highlighted_in_sentence() -> None:
    report = sample_report()
    claim = report.claim("c-trend-263")
    from claimcheck.output.report import claim_sentence

    t = claim_sentence(report, claim)
    (span,) = t.spans
    assert t.plain[span.start : span.end] == "263 agreements"


def test_markup_in_source_text_prints_literally() -> None:
    text = report_text(sample_report())
    assert "[bold red]so far[/]" in text
    assert "<script>alert(1)</script>" in text


def test_sources_table_and_refused_inputs() -> None:
    text = report_text(sample_report(), width=140)
    assert "refused: binary file" in text
    assert "(front_matter)" in text and "(manifest)" in text
    assert "Copy Daily copies Trend (containment 0.97)" in text
    assert "no dateline found" in text


def test_options_min_score_kind_fact_explain() -> None:
    report = sample_report()
    only_high = report_text(report, min_score=0.9)
    assert "signed declaration" in only_high and "agreements ⚠" not in only_high
    dates = report_text(report, kind="date")
    assert "Article 16" not in dates.split("Sources")[0]
    one = report_text(report, fact="263 agreements", explain=True)
    assert "prior 0.5" in one and "Trend x1 (copy discounted)" in one
    assert "2022-02-22" not in one.split("Sources")[0]
    with pytest.raises(FactNotFoundError):
        report_text(report, fact="zebra migration")


def test_explanation_hidden_without_explain() -> None:
    assert "how the score was computed" not in report_text(sample_report())


def test_print_report_plain_when_piped() -> None:
    buf = io.StringIO()
    print_report(sample_report(), width=90, file=buf)
    out = buf.getvalue()
    assert "\x1b[" not in out
    assert "claimcheck report" in out


def test_rich_console_protocol_on_report() -> None:
    text = _text(sample_report())
    assert "claimcheck report" in text


def test_renderable_helpers() -> None:
    report = sample_report()
    assert "263 agreements have been inked" in _text(render_claim(report, report.claim("c-trend-263")))
    assert "front_matter" in _text(render_source(report, report.source("s-trend")))
    fact = _text(render_fact(report, report.fact("agreements")))
    assert "origin: Trend" in fact and "copy, discounted" in fact


def test_mimebundle_compact_and_escaped() -> None:
    report = sample_report()
    bundle = mimebundle(report)
    assert set(bundle) == {"text/plain", "text/html"}
    assert "claimcheck report" in bundle["text/plain"]
    assert "Conflict:" not in bundle["text/plain"]  # compact
    assert report._repr_mimebundle_() == bundle
    fb = fact_mimebundle(report, report.fact("agreements"))
    assert "<script>" not in fb["text/html"] and "&lt;script&gt;" in fb["text/html"]


def test_html_export_escapes_script() -> None:
    html = report_html(sample_report())
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[bold red]so far[/]" in html


def test_score_bar() -> None:
    assert score_bar(0.5).plain == "█████░░░░░ 0.50"


def test_render_report_generator() -> None:
    parts = list(render_report(sample_report(), compact=True))
    assert len(parts) == 2


def test_seeds_report(seed_report) -> None:
    text = report_text(seed_report, width=120)
    assert "claimcheck report" in text
    assert "Sources" in text


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    tty = _Tty()
    print_report(sample_report(), width=90, file=tty)
    assert "\x1b[" in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    tty = _Tty()
    print_report(sample_report(), width=90, file=tty)
    assert "\x1b[" not in tty.getvalue()
    tty = _Tty()
    monkeypatch.delenv("NO_COLOR")
    print_report(sample_report(), width=90, file=tty, color=False)
    assert "\x1b[" not in tty.getvalue()


@given(reports())
def test_any_report_renders(report: Report) -> None:
    text = report_text(report, width=80, explain=True)
    assert "claimcheck report" in text
    assert mimebundle(report)["text/plain"]


def test_summaries_without_report() -> None:
    from claimcheck.output.report import claim_summary, fact_summary

    report = sample_report()
    assert "agreements = 263  ████░░░░░░ 0.42  1 independent origin(s), 1 conflicting" in _text(
        fact_summary(report.fact("agreements"))
    )
    assert "count agreements: 263  [s-trend" in _text(claim_summary(report.claim("c-trend-263")))
    assert "front_matter" in _text(render_source(None, report.source("s-trend")))


def test_claim_line_names_the_speaker_once() -> None:
    import claimcheck as cc
    from claimcheck.output.report import _claim_meta

    rep = cc.check(["The council approved 12 new parks, Mayor Jane Roe told the Daily Star."])
    (claim,) = rep.claims
    assert claim.attribution == ("Jane Roe", "Daily Star")
    line = _claim_meta(rep, claim).plain
    assert line.count("Jane Roe") == 1 and line.endswith("said by Jane Roe · via Daily Star")
