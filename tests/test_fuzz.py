"""Hostile text through the whole pipeline: nothing crashes, every span slices back.

The ``fuzz`` profile (``HYPOTHESIS_PROFILE=fuzz``) runs 10,000 derandomised
examples; CI runs it as a separate step.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.model import Source

_NEWSY = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        '"',
        "“",
        "”",
        "'",
        "’",
        ".",
        ",",
        ":",
        "-",
        "–",
        "(",
        ")",
        "Article ",
        "Art. 16",
        "263",
        "4,500",
        "3.5",
        "60th",
        "44-day",
        "thirty-year",
        "more than ",
        "almost ",
        "agreements",
        "visits",
        "February 22",
        "22 February 2022",
        "2022-02-22",
        "9/10 November",
        "last year",
        "yesterday",
        "said",
        "told Trend",
        "according to the ministry",
        "Azertag reported",
        "By A. Writer",
        "---\noutlet: X\n---\n",
        "$3.4 billion",
        "16 percent",
        "\u200b",
        "\u200f",
        "\x00",
        "[bold red]",
        "<script>",
        "Mr.",
        "U.S.",
        "p.m.",
        "UTC+04:00",
        "•",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_NEWSY, st.text(max_size=8)), max_size=60).map("".join),
)


@pytest.mark.fuzz
@given(texts=st.lists(_TEXT, min_size=1, max_size=3))
def test_pipeline_never_crashes_and_offsets_hold(texts: list[str]) -> None:
    sources = [Source(id=f"s{i}", text=t) for i, t in enumerate(texts)]
    report = cc.check(sources)
    by_id = {s.id: s for s in report.sources}
    for claim in report.claims:
        src = by_id[claim.source_id]
        assert 0 <= claim.span.start <= claim.span.end <= len(src.text)
        assert claim.sentence.start <= claim.span.start
        assert claim.span.end <= claim.sentence.end
    for fact in report.facts:
        assert 0.0 <= fact.score <= 1.0
    assert cc.Report.from_json(report.to_json()) == report
