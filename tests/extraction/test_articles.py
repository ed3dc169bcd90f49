"""Article references: numbered provisions with their instrument and text."""

from __future__ import annotations

import pytest

from claimcheck.extraction import extract_source
from claimcheck.model import ArticleRef, Source


def refs(text: str) -> list:
    return list(extract_source(Source(id="t", text=text), kinds=["article"]))


DECL = "The Treaty on Harbour Cooperation between Norland and Sudmark was signed in May.\n\n"


@pytest.mark.parametrize(
    ("text", "number", "words", "provision"),
    [
        (
            DECL + '"Each Party shall keep the shared channel open to shipping," Article 4 states.',
            "4",
            "Article 4",
            "Each Party shall keep the shared channel open to shipping",
        ),
        (
            DECL + 'Article 9 reads: "Disputes go to a joint commission."',
            "9",
            "Article 9",
            "Disputes go to a joint commission.",
        ),
        (
            DECL + "Article 12 of the treaty provides for joint patrols of the bay.",
            "12",
            "Article 12",
            "for joint patrols of the bay",
        ),
        (DECL + "Under Art. 3 the parties share dredging costs equally.", "3", "Art. 3", None),
    ],
)
def test_article_text_and_instrument(text: str, number: str, words: str, provision: str | None) -> None:
    (c,) = refs(text)
    assert isinstance(c.value, ArticleRef)
    assert c.value.number == number
    assert text[c.span.start : c.span.end] == words
    assert c.value.instrument == "Treaty on Harbour Cooperation between Norland and Sudmark"
    assert c.subject == f"article {number}"
    if provision is not None:
        assert c.value.text == provision


def test_articles_6_and_7_give_two_claims() -> None:
    got = refs("Articles 6 and 7 of the UN Charter were cited by both delegations.")
    assert [c.value.number for c in got] == ["6", "7"]
    assert {c.value.instrument for c in got} == {"UN Charter"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Clause 3 of the contract sets a penalty for late delivery.", "Clause"),
        ("Section 2 lists the exempted vessels by tonnage.", "Section"),
        ("Under paragraph 4 of Article 5 the fee is waived.", "Paragraph"),
    ],
)
def test_other_labels(text: str, label: str) -> None:
    assert label in {c.value.label for c in refs(text)}


@pytest.mark.parametrize(
    "text",
    [
        "She wrote an article in the newspaper about the port.",
        "Not a single article of clothing was left behind.",
    ],
)
def test_not_article_refs(text: str) -> None:
    assert refs(text) == []


def test_seed_articles(seed_sources: dict) -> None:
    if "001" not in seed_sources:
        pytest.skip("seed 001 not loaded")
    got = {c.value.number: c.value for c in extract_source(seed_sources["001"], kinds=["article"])}
    for n in ("6", "16", "25", "30"):
        assert n in got
        assert got[n].text and len(got[n].text.split()) > 10
        assert got[n].instrument and got[n].instrument.startswith("Declaration on Allied Interaction")


def test_a_quote_in_the_previous_paragraph_is_not_the_next_articles_text() -> None:
    from claimcheck.extraction import extract_source
    from claimcheck.model import Source

    text = (
        'Article 4 states that each party may call for "talks when a dispute looms."\n\n'
        'Article 9 states that the two states "shall exchange weather data every week."\n'
    )
    found = {
        c.value.number: c.value.text
        for c in extract_source(Source(id="t", text=text), kinds=["article"])
        if hasattr(c.value, "number")
    }
    assert "talks when a dispute looms" in (found["4"] or "")
    assert "exchange weather data" in (found["9"] or "")
    assert "talks" not in (found["9"] or "")
