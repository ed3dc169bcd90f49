"""Speakers and attribution chains on every claim."""

from __future__ import annotations

import pytest

from claimcheck.extraction import Document, extract_source
from claimcheck.extraction.attribution import attribute
from claimcheck.model import Claim, Source


def claims(text: str, kinds: list[str] | None = None) -> list[Claim]:
    return list(extract_source(Source(id="t", text=text), kinds=kinds))


def test_claim_inside_quote_gets_speaker_and_reporter() -> None:
    text = (
        "The port is growing fast, lawmaker Rosa Lind told Wirepost.\n\n"
        '"Last year the port opened a second terminal," the MP said.'
    )
    doc = Document.from_source(Source(id="t", text=text))
    quote = next(c for c in claims(text, ["quote"]))
    inner = doc.claim("count", "terminal", "x", text.index("second"), text.index("second") + 6)
    out = attribute(doc, [quote, inner])
    assert out[1].speaker == "Rosa Lind"
    assert out[1].attribution == ("Rosa Lind", "Wirepost")


@pytest.mark.parametrize(
    ("sentence", "speaker", "chain"),
    [
        (
            "Trade rose by a third, according to the Norland Trade Ministry.",
            None,
            ("Norland Trade Ministry",),
        ),
        ("The bridge opened on Monday, Harborwire reported.", None, ("Harborwire",)),
        ("The bridge opened on Monday, reported the Kelby-based Bay.news news site.", None, ("Bay.news",)),
        ("Minister Jon Arvik said the bridge opened on Monday.", "Jon Arvik", ("Jon Arvik",)),
    ],
)
def test_sentence_cues(sentence: str, speaker: str | None, chain: tuple[str, ...]) -> None:
    doc = Document.from_source(Source(id="t", text=sentence))
    i = sentence.index("opened") if "opened" in sentence else sentence.index("rose")
    c = doc.claim("date", "event", "x", i, i + 4)
    (out,) = attribute(doc, [c])
    assert out.speaker == speaker
    assert out.attribution == chain


def test_no_cue_leaves_claim_alone() -> None:
    doc = Document.from_source(Source(id="t", text="The bridge opened on Monday."))
    c = doc.claim("date", "event", "x", 11, 17)
    assert attribute(doc, [c]) == [c]


def test_seed_counts_attributed_to_hasanova_via_trend(seed_sources: dict[str, Source]) -> None:
    if "000" not in seed_sources:
        pytest.skip("seed 000 not loaded")
    got = [c for c in extract_source(seed_sources["000"]) if c.kind == "count"]
    if not got:
        pytest.skip("no count claims in seed 000 (the count extractor is not there yet)")
    src = seed_sources["000"]
    for c in got:
        words = src.text[c.span.start : c.span.end]
        if words.startswith(("263", "52")):
            assert c.speaker == "Afet Hasanova"
            assert c.attribution[:2] == ("Afet Hasanova", "Trend")


def test_place_before_name_is_dropped() -> None:
    text = (
        "Talks went well, a member of the council of Norland Ivo Brandt told Wirepost.\n\n"
        '"We agreed on a timetable for the next three rounds," Ivo Brandt said.'
    )
    got = claims(text, ["quote"])
    assert got[0].speaker == "Ivo Brandt"
    assert got[0].attribution == ("Ivo Brandt", "Wirepost")
