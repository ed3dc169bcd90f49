"""Quotations in every convention, the no-quotation warning, and speakers of wire copy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.extraction import Document
from claimcheck.extraction.quotes import _SINGLE_OPENER, _single_role, quote_spans
from claimcheck.model import Source
from quoting import quotes
from timing import growth


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # AP and NYT archives: ``double backquote''
            "WASHINGTON (AP) -- ``We will not back down from this fight,'' Senator Ann Ruiz said.",
            "We will not back down from this fight",
            "Ann Ruiz",
        ),
        (
            "Ann Ruiz said: ``The committee has not seen a single page of the contract.''",
            "The committee has not seen a single page of the contract.",
            "Ann Ruiz",
        ),
        (  # guillemets
            "Ann Ruiz said: « The committee has not seen a single page of the contract. »",
            "The committee has not seen a single page of the contract.",
            "Ann Ruiz",
        ),
        (  # German low-high marks: the closing mark is the English opening one
            "Ann Ruiz said: „The committee has not seen a single page of the contract.“ Then she left.",
            "The committee has not seen a single page of the contract.",
            "Ann Ruiz",
        ),
        (  # German single low-high marks
            "Ann Ruiz said: ‚The committee has not seen a single page of the contract.‘",
            "The committee has not seen a single page of the contract.",
            "Ann Ruiz",
        ),
        (  # British single quotes; apostrophes inside do not close them
            "The chief constable said: 'We don't yet know why the players' coach left so early.'",
            "We don't yet know why the players' coach left so early.",
            "the chief constable",
        ),
        (
            "'It was the worst flood in living memory,' said Jane O'Neill, a farmer.",
            "It was the worst flood in living memory",
            "Jane O'Neill",
        ),
        (
            "Mr Patel said: ‘The government’s plan will cost far more than anyone admits.’",
            "The government’s plan will cost far more than anyone admits.",
            "Patel",
        ),
        (  # Danish and Swedish copy open with »
            "»The committee has not seen a single page of the contract«, Ann Ruiz said.",
            "The committee has not seen a single page of the contract",
            "Ann Ruiz",
        ),
    ],
)
def test_quote_conventions(text: str, words: str, speaker: str) -> None:
    found = quotes(text)
    assert [(c.value, c.speaker) for c in found] == [(words, speaker)]
    c = found[0]
    assert text[c.span.start : c.span.end].strip("'‘’`").startswith(words[:10])


def test_backquote_quote_over_paragraphs_is_one_claim() -> None:
    text = (
        "Ann Ruiz said: ``The first part of the plan is to repair the roads.\n\n"
        "``The second part is to build new bridges across the river,'' she added."
    )
    (c,) = quotes(text)
    assert c.value.startswith("The first part") and c.value.endswith("across the river")
    assert c.speaker == "Ann Ruiz"


def test_british_quote_over_paragraphs_is_one_claim() -> None:
    text = (
        "Ann Ruiz said: 'The first part of the plan is to repair the roads.\n\n"
        "'The second part is to build new bridges across the river,' she added."
    )
    (c,) = quotes(text)
    assert c.value.endswith("across the river")


def test_single_quotes_in_us_copy_stay_nested() -> None:
    text = "\"He told me 'never again' and walked out of the room,\" Ann Ruiz said."
    (c,) = quotes(text)
    assert c.value == "He told me 'never again' and walked out of the room"


def test_odd_marks_never_lose_the_document() -> None:
    text = (
        "``This opening mark never closes and the paragraph runs on without one.\n\n"
        "Ann Ruiz said: ``We will publish the figures on Monday next week.''"
    )
    assert [c.value for c in quotes(text)] == ["We will publish the figures on Monday next week."]


_CUES = (
    "The senator said the bill was dead. Her aide said it was not. "
    "The governor told reporters he would veto it. A spokesman said talks would resume. "
)


def test_warning_when_speech_verbs_find_no_quotation() -> None:
    text = _CUES + "The minister said: ''We will fight this to the end`` and then left the hall."
    (src,) = cc.extract([Source(id="w", text=text)]).sources
    assert any("no quotation read" in w and "speech verbs" in w for w in src.warnings)


@pytest.mark.parametrize(
    "text",
    [
        _CUES,  # reported speech only
        _CUES + 'The minister said: "We will fight this to the end of the session."',  # a quote read
        "The hall was full and the mood was good.",
        _CUES + 'The report calls it a "success" and the "best" year.',  # scare quotes were read
    ],
)
def test_no_warning_when_nothing_was_missed(text: str) -> None:
    (src,) = cc.extract([Source(id="w", text=text)]).sources
    assert not any("no quotation read" in w for w in src.warnings)


def test_warning_only_when_quotes_run() -> None:
    text = _CUES + "The minister said: ''We will fight this to the end`` and then left the hall."
    (src,) = cc.extract([Source(id="w", text=text)], kinds=["count"]).sources
    assert not src.warnings


_PIECES = [*"ab `'\"‘’‚„“”«»\n.,:-", "``", "''", " said ", "Ann Lee"]


@given(st.lists(st.sampled_from(_PIECES), max_size=150).map("".join))
def test_any_marks_never_raise_and_spans_slice_back(text: str) -> None:
    for c in quotes(text):
        assert 0 <= c.span.start < c.span.end <= len(text)
    doc = Document.from_source(Source(id="t", text=text))
    for q in quote_spans(doc):
        assert q.open < q.close <= len(text)
        for s, e in q.pieces:
            assert q.open <= s <= e <= q.close


@pytest.mark.parametrize("unit", ["``a '' b ", "'a' b's ", "„ “ « » ‚ ‘ ", "``\n\n", "' don't '\n\n"])
def test_linear_time_on_hostile_marks(unit: str) -> None:
    def work(size: int):  # type: ignore[no-untyped-def]
        text = (unit * (size // len(unit) + 1))[:size]
        return lambda: quotes(text)

    assert growth(work(40_000), work(400_000)) < 25  # 10x the input; quadratic would be ~100x


@given(st.lists(st.sampled_from([*"ab '‘’‚\n(-.,", "don't", "s' "]), max_size=60).map("".join))
def test_single_opener_search_agrees_with_the_rule(text: str) -> None:
    fast = {m.start() for m in _SINGLE_OPENER.finditer(text)}
    slow = {i for i, c in enumerate(text) if c in "'‘‚" and _single_role(text, i, 0, len(text)) == "open"}
    assert fast == slow
