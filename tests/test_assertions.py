"""assert_fact: passes quietly, fails with the evidence."""

from __future__ import annotations

import pytest

from claimcheck.errors import ClaimAssertionError
from claimcheck.output.assertions import assert_fact
from factories import sample_report


def test_passes_and_returns_fact() -> None:
    fact = assert_fact(sample_report(), "263 agreements")
    assert fact.id == "f-agreements"
    assert assert_fact(sample_report(), "signed declaration", min_sources=2, min_score=0.9).id == "f-date"


def test_wrong_value_shows_found_value() -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_fact(sample_report(), "300 agreements")
    msg = str(info.value)
    assert "expected 300, found 263" in msg
    assert isinstance(info.value, AssertionError)


def test_min_sources_counts_independent_origins() -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_fact(sample_report(), "263 agreements", min_sources=2)
    msg = str(info.value)
    assert "expected at least 2 independent origin(s), found 1" in msg
    assert "Trend" in msg
    assert '"Presently, 263 agreements have been inked covering political and economic aspects."' in msg
    assert "discounted copies: Copy Daily" in msg
    assert "about 250" in msg  # the conflict
    assert "Nearest other facts" in msg


def test_value_keyword_and_conflicts() -> None:
    assert_fact(sample_report(), "agreements", value=263)
    with pytest.raises(ClaimAssertionError, match="expected 250, found 263"):
        assert_fact(sample_report(), "agreements", value=250)
    with pytest.raises(ClaimAssertionError, match="1 conflicting claim"):
        assert_fact(sample_report(), "agreements", allow_conflicts=False)
    with pytest.raises(ClaimAssertionError, match=r"score: expected at least 0\.90, found 0\.42"):
        assert_fact(sample_report(), "agreements", min_score=0.9)


def test_not_found_lists_nearest() -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_fact(sample_report(), "zebra migration")
    assert "No fact matches 'zebra migration'" in str(info.value)
    assert "agreements: 263" in str(info.value)


def test_date_value_as_string() -> None:
    assert_fact(sample_report(), "signed declaration", value="2022-02-22")
    with pytest.raises(ClaimAssertionError):
        assert_fact(sample_report(), "signed declaration", value="2022-02-21")


def test_seeds_263_agreements(seed_report) -> None:
    fact = seed_report.fact("agreements")
    assert fact.value.number == 263
    with pytest.raises(ClaimAssertionError) as info:
        assert_fact(seed_report, "263 agreements", min_sources=3)
    message = str(info.value)
    assert "Trend" in message
    claim = seed_report.claim(fact.supporting[0])
    sentence = seed_report.source(claim.source_id).text[claim.sentence.start : claim.sentence.end]
    assert " ".join(sentence.split())[:60] in " ".join(message.split())
    with pytest.raises(ClaimAssertionError, match="found 263"):
        assert_fact(seed_report, "300 agreements")
