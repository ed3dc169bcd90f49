"""Speaker rules found on news: titles after inverted cues, appositives, time phrases,
sentence-closing sources, dash sign-offs, colon intros, nested quotes (sentences we wrote)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.model import Source
from quoting import speakers, who


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # lower-case titles before the name after an inverted cue
        ('"The dam will hold through the spring," said former state engineer Ruth Olsen.', ["Ruth Olsen"]),
        ('"We counted every ballot twice," said pollster Ned Kaplan.', ["Ned Kaplan"]),
        ('"Nobody has asked us yet," said former secretary of state Ana Velez.', ["Ana Velez"]),
        # a determiner phrase, "one of ...", and a possessive with a name in apposition
        ('"We are not leaving," said one party activist.', ["one party activist"]),
        ('"The numbers are not there," said one of the advisers.', ["one of the advisers"]),
        ('"It is time for a change," said the mayor\'s deputy, Lisa Brandt.', ["Lisa Brandt"]),
        # a weekday after the cue names nobody
        ('"The roads will reopen soon, we hope," said Monday the transport office.', [None]),
    ],
)
def test_inverted_cue_subjects(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a period of an abbreviation between the quote and its cue is not a sentence end
        ('"We will vote against the bill as written," Rep. Jo Marsh (D-Ore.) said.', ["Jo Marsh"]),
        # a parenthesis and an appositive between the subject and the cue
        (
            'Sen. Alan Pike (R-Utah), chair of the panel, said the report was "a careful piece of work."',
            ["Alan Pike"],
        ),
        # a described subject with a name in apposition: the name
        (
            "The state's attorney general, Pam Ruiz, vowed to pursue \"anyone who breaks the "
            'law on my watch."',
            ["Pam Ruiz"],
        ),
        # a time phrase between the subject and the cue
        ('The ministry two weeks ago said that "the talks are over for this year."', ["the ministry"]),
        # a time phrase opening the clause of a participle cue
        (
            'Eight years ago, Omar Haddad backed the plan, saying "it will pay for itself in a decade."',
            ["Omar Haddad"],
        ),
        # "X said ... and added": the second cue shares the subject of the first
        (
            "In a long interview with a local paper last year, Dara Kim said she welcomed the ruling "
            'and added, "I will not appeal it."',
            ["Dara Kim"],
        ),
        # several introductory phrases before the subject
        (
            "On Thursday, after weeks of silence on the dispute, Vera Holm endorsed the deal, saying "
            '"it is the best we could get."',
            ["Vera Holm"],
        ),
        # "the secretary of state": the object of "of" belongs to the subject
        (
            'At the rally, the secretary of state said she was "not here to campaign for anyone."',
            ["the secretary of state"],
        ),
    ],
)
def test_subjects_before_cue(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ('"The figures do not add up," according to Tom Reyes.', [("Tom Reyes", None)]),
        (  # an abbreviation's period does not end the source
            '"It spreads faster, not harder," according to Dr. Sam Oke, who runs the lab.',
            [("Sam Oke", "Dr. Sam Oke")],
        ),
        (
            '"The building had no sprinklers," according to a fire department report.',
            [("a fire department report", None)],
        ),
        (
            'According to Ivo Brandt, the company is now "the worst it has ever been for workers."',
            [("Ivo Brandt", None)],
        ),
        # a source closing the sentence after a comma beats a cue far before the quote
        (
            'Lena Fischer said on Monday that buyers preferred "cheaper goods made anywhere" even when '
            "asked twice, according to a survey released on Friday.",
            [("a survey released on Friday", None)],
        ),
    ],
)
def test_according_to(text: str, exp: list[tuple[str | None, str | None]]) -> None:
    assert [(s, m) for _, s, m in speakers(text)] == exp


def test_dash_signoff_stops_at_sentence_end() -> None:
    text = (
        '"Prices went up again this month, and nobody explained why." - Mara Duarte. The '
        "shop has since closed."
    )
    assert who(text) == ["Mara Duarte"]


def test_dash_signoff_in_next_paragraph() -> None:
    text = (
        'Readers wrote in.\n\n"The new bus routes leave our whole street without a '
        'stop."\n\n-Mara Duarte, Leeds.'
    )
    assert who(text) == ["Mara Duarte"]


def test_quotation_dash_signoff() -> None:
    text = "\u201cThe clinic closed and nobody told us where to go.\u201d \u2015 Rosa Lind\n\nMore follow."
    assert who(text) == ["Rosa Lind"]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ('"Turnout was the lowest in twenty years," reported the Tribune.', ["the Tribune"]),
        ("\u201cThe port will reopen on Monday,\u201d reports Maritime Weekly.", ["Maritime Weekly"]),
        # not right after a quotation, "reported" takes an object: no inverted speaker
        ('Sales fell; the firm reported losses. "We will recover by spring," Ana Ruiz said.', ["Ana Ruiz"]),
    ],
)
def test_inverted_reported_after_a_quote(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        (
            "The Lee campaign, in a note on the budget row, put it more carefully: "
            '"Every cut was approved by the whole council last year."',
            ["the Lee campaign"],
        ),
        (
            "In response to the floods, Republican state senator Ida Marsh issued the following statement: "
            '"Our thoughts are with every family that lost a home this week."',
            ["Ida Marsh"],
        ),
    ],
)
def test_colon_intro_subject(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a partial quote inside a sentence takes that sentence's subject, not the last speaker
        (
            '"We will win this seat back," Tom Ash said.\n\nThe board saw Ash as "the one '
            'person who can fix the club."',
            ["Tom Ash", "the board"],
        ),
        # a quote opening its sentence with no cue continues the last speaker
        (
            '"We will win this seat back," Tom Ash said.\n\n"And we will do it without any help '
            'from the party."',
            ["Tom Ash", "Tom Ash"],
        ),
        # a sentence adverb is not a name
        (
            '"We will win this seat back," Tom Ash said.\n\nInstead, the statement promised "a '
            'full review of every contract."',
            ["Tom Ash", "the statement"],
        ),
    ],
)
def test_partial_quotes(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the same curly opener inside an open quote nests when its closers follow
        (
            "Ada Lin wrote, \u201cIf you care about the river, you have to show it even when "
            "\u201cyour side\u201d is to blame.\u201d",
            ["If you care about the river, you have to show it even when \u201cyour side\u201d is to blame."],
        ),
        # an opener never closed is dropped and the next quote stands alone
        (
            "He wrote \u201can opening that never closes, then \u201cThe second quote stands "
            "alone,\u201d Ada Lin said.",
            ["The second quote stands alone"],
        ),
        # "« ... », she said": a guillemet before a comma closes
        (
            "\u00ab The reform will go ahead with or without a strike \u00bb, Claire Aubert said.",
            ["The reform will go ahead with or without a strike"],
        ),
    ],
)
def test_nested_and_guillemet_marks(text: str, values: list[str]) -> None:
    assert [v for v, _, _ in speakers(text)] == values


_WORDS = st.sampled_from(
    [
        *("said", "told", "Ana", "Ruiz", "the", "minister", "she", "he", "according", "to"),
        *(",", ".", ":", "-", "\n\n", "\u201c", "\u201d", '"', "``", "''", "\u00ab", "\u00bb"),
        *("(D-Ore.)", "Rep.", "ago", "two", "weeks", "of", "We", "will", "not", "sign", "this", "deal"),
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=60))
def test_speakers_come_from_the_text(words: list[str]) -> None:
    """Every speaker and mention is made of words of the text (nothing invented), whatever the input."""
    text = " ".join(words)
    vocab = {w.lower() for w in re.findall(r"\w+", text)}
    for c in extract_source(Source(id="t", text=text), kinds=["quote"]):
        assert 0 <= c.span.start <= c.span.end <= len(text)
        for note in c.notes:
            if note.startswith("speaker mention: "):
                assert {w.lower() for w in re.findall(r"\w+", note[17:])} <= vocab
        if c.speaker:
            assert {w.lower() for w in re.findall(r"\w+", c.speaker)} <= vocab


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a cue after the quote in a new clause (", and he vowed") belongs to that clause
        (
            'Ivo Brandt told supporters on Tuesday that "we close one chapter and begin another," '
            "and Tom Ash vowed to carry on.",
            ["Ivo Brandt"],
        ),
        # a name right before a participle cue is its subject
        (
            'Critics piled on, with Senator Ada Lin telling reporters that the plan was "dead on arrival."',
            ["Ada Lin"],
        ),
        # "According to" with a long description before the comma
        (
            "According to the former state education secretary Maria J. Olsen, the vote is "
            '"a test of the whole coalition."',
            ["Maria J. Olsen"],
        ),
    ],
)
def test_clause_of_the_cue(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            '"Delegates should vote the way they see fit," Tom Ash said, according to a pool report.',
            ("Tom Ash", "pool report"),  # the article is dropped, as for any "according to" source
        ),
        (
            'According to the Ledger, spokesman Ivo Brandt said the mayor "would sign the bill."',
            ("Ivo Brandt", "Ledger"),
        ),
        ('"We will appeal the ruling today," Ana Ruiz told Trend.', ("Ana Ruiz", "Trend")),
    ],
)
def test_quote_chain_names_who_reported_it(text: str, chain: tuple[str, ...]) -> None:
    (q,) = extract_source(Source(id="t", text=text), kinds=["quote"])
    assert q.attribution == chain


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a weekday between the subject and the cue
        (
            'Ivo Brandt later Thursday told the radio: "Both leaders will meet next week to settle it."',
            ["Ivo Brandt"],
        ),
        # "When asked" names nobody; the clause's subject speaks
        (
            "When asked about the strike on the way out, Ada Lin smiled and said, "
            '"There is nothing more I can add today, sorry."',
            ["Ada Lin"],
        ),
        # a long introductory phrase before the subject
        (
            "After the vote on the budget in the regional assembly late on a long night of talks, "
            'the mayor\'s chief aide rallied staff, saying: "We have to be ready for the next round."',
            ["the mayor's chief aide"],
        ),
    ],
)
def test_words_before_the_subject(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a cue in a relative or subordinate clause after the quote is not the quote's
        (
            'Ada Lin said she has begun "to show who the man really is" to voters, whom she called naive.',
            ["Ada Lin"],
        ),
        (
            'Ivo Brandt said he was "still riding the fence" until Ada Lin said she backed the bill.',
            ["Ivo Brandt"],
        ),
        (
            'Tom Ash said he would make it "glow in the dark," for instance, and Ada Lin vowed more.',
            ["Tom Ash"],
        ),
    ],
)
def test_cue_of_another_clause_after_the_quote(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Brandt quashed the rumours by tweeting that "I am bound by a strict agreement with the board."',
        'Ivo Brandt ended the call early, claiming that "the line keeps dropping every time we talk."',
    ],
)
def test_participle_cues(text: str) -> None:
    assert who(text) == ["Ivo Brandt"]
