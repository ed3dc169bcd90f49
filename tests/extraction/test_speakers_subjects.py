"""Pronoun speakers whose person the text named only as the subject of an ordinary verb
("Ana Ruiz laughed. '...,' she said"): every named subject is a candidate antecedent,
nearest first, of the pronoun's gender (sentences we wrote)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction._document import Document
from claimcheck.extraction._speakers import _without_title
from claimcheck.model import Source
from quoting import who


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # the subject of a plain verb is nearer than the last speaker of the same gender
        (
            "Tom Lee said the ferry would run. Paul Haddad shrugged at that. "
            '"Nobody has fixed the engine," he said.',
            ["Paul Haddad"],
        ),
        # a surname subject takes the full name the text gave earlier
        (
            "Helen Varga chairs the board. Piet Mol said the budget was short. Varga frowned. "
            '"We found the money last year and we will find it again," she said.',
            ["Helen Varga"],
        ),
        # a subject of the other gender is skipped, nearest first
        (
            "Tom Lee said the ferry would run. Paul Haddad waved. Ana Ruiz sighed. "
            '"The engine is older than both of us," he said.',
            ["Paul Haddad"],
        ),
        # a speaker named after the subject is nearer and wins
        (
            'Paul Haddad waved. Tom Lee said the ferry would run. "The engine is fine now," he said.',
            ["Tom Lee"],
        ),
        # a title before the name is no part of it
        (
            "Tom Lee said the ferry would run. Harbour Director Paul Haddad walked out. "
            '"That boat should not leave the dock," he said.',
            ["Paul Haddad"],
        ),
        # an aside between the subject and its verb
        (
            "Gov. Paul Brandt opened the session. Ana Ruiz said the plan would fail. Tom Lee nodded. "
            'Brandt, the governor, hinted at a veto. "It cannot pass in this form," he said.',
            ["Paul Brandt"],
        ),
        # a pronoun with no speaker named at all finds the subject
        (
            'Ana Ruiz arrived late to the hearing. "I was stuck on the bridge for an hour," she said.',
            ["Ana Ruiz"],
        ),
    ],
)
def test_pronoun_finds_a_named_subject(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # names in a list or before a preposition are no verb's subject
        (
            "Tom Lee said the ferry would run. Paul Haddad and two clerks sat at the back. "
            '"It will be late," he said.',
            ["Tom Lee"],
        ),
        # a possessive name is no subject
        (
            'Tom Lee said the ferry would run. Paul Haddas’ old boat sank. "It is late," he said.',
            ["Tom Lee"],
        ),
        # a list of names is no aside
        (
            "Tom Lee said the ferry would run. Paul Haddad, Ana Ruiz, and two clerks sat down. "
            '"It is late," he said.',
            ["Tom Lee"],
        ),
        # a subject inside a quotation is the speaker's words, not the text naming a person
        ('Tom Lee said the ferry would run. "Paul Haddad lied about the engine," he said.', ["Tom Lee"]),
        # a subject of unknown gender is no candidate for "he"
        ('Tom Lee said the ferry would run. Omar Oyelaran waved. "It will be late," he said.', ["Tom Lee"]),
    ],
)
def test_not_a_subject_antecedent(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_subject_far_back_is_not_taken() -> None:
    # Haddad is nearer than the speaker, but further back than the subject window
    filler = "The tide came in and the boats waited at the quay for the morning. " * 30
    text = f'Tom Lee said the ferry would run. Paul Haddad shrugged. {filler}"It is late," he said.'
    assert who(text) == ["Tom Lee"]


@pytest.mark.parametrize(
    ("name", "exp"),
    [
        ("Labor Secretary Tom Perez", "Tom Perez"),
        ("Acme CEO Jo Lee", "Jo Lee"),
        ("Gov. Ana Ruiz", "Ana Ruiz"),
        ("Patrick J. Mol", "Patrick J. Mol"),
        ("Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_without_title(name: str, exp: str) -> None:
    assert _without_title(name) == exp


_WORDS = st.sampled_from(
    ["Ana", "Ruiz", "Tom", "Lee", "laughed", "said", "he", "she", ".", ",", '"', "the", "and", "of", "\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.integers(0, 400))
def test_subjects_are_ordered_gendered_and_before_the_position(words: list[str], pos: int) -> None:
    doc = Document.from_source(Source(id="t", text=" ".join(words)))
    index = doc.speech
    people = index._subject_people()
    assert [p for p, _, _ in people] == sorted({p for p, _, _ in people})
    assert all(g in ("m", "f") for _, _, g in people)
    for want in ("m", "f"):
        got = index._last_subject(pos, want)
        assert got is None or (got[0] < pos and (got[0], got[1], want) in people)
