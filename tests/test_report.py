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


# -- a report that scales ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_report() -> Report:
    import datetime as dt

    import claimcheck as cc
    from test_parallel import corpus_module

    records = corpus_module().news(150, seed=3)
    return cc.check(
        [
            cc.Source(r["id"], r["text"], outlet=r["outlet"], published=dt.date.fromisoformat(r["published"]))
            for r in records
        ],
        workers=0,
    )


def _table_rows(text: str) -> list[str]:
    """The facts table's rows: the lines after its header rule, up to the next unindented line."""
    from claimcheck.output.report import FACTS_TITLE

    after = text.split(FACTS_TITLE, 1)[1].splitlines()
    start = next(k for k, line in enumerate(after) if "───" in line) + 1
    rows = []
    for line in after[start:]:
        if line.strip() and not line.startswith(" "):
            break
        if line.strip():
            rows.append(line)
    return rows


def test_default_report_is_bounded_and_says_what_is_hidden(big_report: Report) -> None:
    from claimcheck.output.report import DEFAULT_TOP

    assert len(big_report.facts) > 3 * DEFAULT_TOP
    short_text = report_text(big_report, width=100)
    full = report_text(big_report, width=100, show_all=True)
    assert len(short_text.splitlines()) < len(full.splitlines()) / 3
    assert "hidden" in short_text and "--all" in short_text
    assert "hidden" not in full and "Quotes from one source only" not in full
    assert len(_table_rows(full)) >= len(big_report.facts)  # every fact has its row


def test_table_order_matches_its_heading(big_report: Report) -> None:
    from claimcheck.output.report import _band, _visible, select_facts

    facts = select_facts(big_report)
    bands = [_band(f) for f in facts]
    assert bands == sorted(bands)  # contested, then weak (one origin), then corroborated
    assert all(f.conflicting for f in facts if _band(f) == 0)
    assert all(f.independent_origins <= 1 or f.score < 0.5 for f in facts if _band(f) == 1)
    shown = _visible([f for f in facts if f.kind != "quote"], 20)
    assert [_band(f) for f in shown] == sorted(_band(f) for f in shown)


def test_eighty_columns_one_line_per_fact(big_report: Report) -> None:
    text = report_text(big_report, width=80)
    assert max(len(line) for line in text.splitlines()) <= 80
    rows = _table_rows(text)
    assert 0 < len(rows) <= 30  # one line per fact
    assert all("+" in r or "," not in r.split("  ")[-1] for r in rows)  # outlets: one name and +N


def test_quotes_from_one_source_are_grouped_per_speaker() -> None:
    import claimcheck as cc

    texts = [
        '"Our harbour will reopen within weeks," said Mayor Jane Roe.',
        '"The budget is balanced for once," said Mayor Jane Roe on Monday.',
        '"Nobody told us about the closure," said Tom Reed, a fisherman.',
    ]
    report = cc.check([cc.Source(f"s{i}", t, outlet=f"Post {i}") for i, t in enumerate(texts)])
    text = report_text(report, width=100)
    assert "Quotes from one source only" in text
    assert "Jane Roe: 2 quote(s) in Post 0, Post 1" in text and "Tom Reed: 1 quote(s) in Post 2" in text
    assert "Quotes from one source only" not in report_text(report, width=100, show_all=True)


def test_fact_column_does_not_repeat_the_value() -> None:
    from claimcheck.output.report import _fact_label

    report = sample_report()
    for f in report.facts:
        label = _fact_label(f)
        assert label and (str(f.value) not in label or f.kind == "article")


def test_fact_column_names_the_measure_two_claims_agree_on() -> None:
    import claimcheck as cc
    from claimcheck.output.report import _fact_cell, _fact_label

    texts = [
        "Police said more than 200 people were arrested in the capital on Friday.",
        "More than 200 people were arrested in the capital, police said on Friday.",
        "A storm on Friday left 12 people injured in the port town.",
    ]
    report = cc.check([cc.Source(f"s{i}", t, outlet=f"Post {i}") for i, t in enumerate(texts)])
    cells = {f.label: _fact_cell(report, f, False).plain for f in report.facts}
    # the label's "more than 200" is the value column's "at least 200": not repeated
    assert _fact_label(next(f for f in report.facts if f.label == "more than 200 people")) == "people"
    assert cells["more than 200 people"] == "people · arrested"
    # one claim's reading of its verb is not shown: one sentence can take the wrong verb
    assert cells["12 people"] == "people · uncorroborated"
