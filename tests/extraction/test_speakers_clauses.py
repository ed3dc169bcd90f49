"""Speaker rules of issue 18, round 3: where a cue's clause starts and ends, groups named by
their number, verbs that are cues only after a quotation (sentences we wrote)."""

from __future__ import annotations

import pytest

from quoting import speakers, who


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a group named by its number is the subject of a cue
        (
            'The two senators wrote to the agency. "You picked a new standard out of thin air," '
            "the two write.",
            ["the two"],
        ),
        (
            "Lee and Ruiz met on Monday. Afterwards the two said they "
            '"would keep talking as long as it takes."',
            ["the two"],
        ),
        ('"Nobody in the room expected it to pass," all three said after the vote.', ["all three"]),
    ],
)
def test_group_named_by_number(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a number and a noun that is also a cue word stay a noun: no cue, no speaker from it
        ('The treaty binds the two states "in perpetuity and without any reservation at all."', [None]),
        ('Ruth Olsen read the two notes aloud: "Meet me at the bridge after the storm."', ["Ruth Olsen"]),
    ],
)
def test_number_before_a_noun_is_no_group(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ('"Our idea of success is not theirs," agrees Maria Stone, 30, of Tulsa.', ["Maria Stone"]),
        ('"Drivers should leave their cars at home," opined the Harbor Ledger.', ["the Harbor Ledger"]),
        ('"That is simply not going to happen this year," Omar Haddad scoffed.', ["Omar Haddad"]),
        ('"Then we will wait for the court to decide it," Ana Velez, the chair, agreed.', ["Ana Velez"]),
    ],
)
def test_verbs_that_close_a_quotation(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_closing_verbs_are_no_cues_elsewhere() -> None:
    # "agreed to pay" is no speech: the quote after it is the mayor's, not a speaker "Lee"'s
    text = 'Tom Lee agreed to pay the fine. "It was the right thing to do for the town," the mayor said.'
    assert speakers(text) == [("It was the right thing to do for the town", "the mayor", None)]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a question introduced by a colon ends its sentence: the next sentence's subject is
        # no speaker of it
        (
            'Ada Lin, tired, famously replied: "What difference does it make at this point?" '
            "Her critics cited it for years.",
            ["Ada Lin"],
        ),
        (
            'Ada Lin replies to Tom Ash with, "Why now, on my way to the airport?" Tom Ash then writes back, '
            '"You look great today."',
            ["Ada Lin", "Tom Ash"],
        ),
        # with no cue introducing it, a question takes the cue after it
        ('Lee spoke first. "Why now, after all these years?" Ruth Olsen asked the panel.', ["Ruth Olsen"]),
    ],
)
def test_question_ends_its_sentence(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_cue_ending_the_paragraph_before_a_quote() -> None:
    # the cue's clause ends the paragraph on a colon; the quotation is the next paragraph
    text = (
        "The Ledger made the same claims against the group in May, and Harbor News responded:\n\n"
        '"If some people in this country are dangerous, the answer is not to punish everyone."'
    )
    assert who(text) == ["Harbor News"]


def test_sentence_end_right_after_a_cue() -> None:
    # "he said." ends its sentence: a participle cue in the next sentence takes that
    # sentence's subject, not the previous cue's
    text = (
        '"The economy is the strongest in the world," he said. At the same time, Ivo Brandt '
        'remarked upon the fact that there is still "more work to do," noting weak growth abroad.'
    )
    assert who(text)[-1] == "Ivo Brandt"


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # an attributive "-ed" word after the article belongs to the subject
        (
            "The retired surgeon gave no details about his plan, saying only that he was "
            '"refining some practices and streamlining some staff assignments."',
            ["the retired surgeon"],
        ),
        # but a verb in "-ed" after the subject ends it
        (
            'The board voted to approve it, saying that "the plan is sound and the money is there."',
            ["the board"],
        ),
    ],
)
def test_attributive_participle_in_subject(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # the subject of a verb that is no cue, right before a partial quotation
        (
            'The new ad targets a "political system that keeps in place an economy rigged for the few."',
            ["the new ad"],
        ),
        # a possessive before a noun in "-s" is no subject and its verb
        (
            'Tom Ash\'s comments come at the height of an "opt-out movement that swept the state in spring."',
            [None],
        ),
    ],
)
def test_subject_before_any_verb(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # participles of quote-only verbs take their clause's subject
        (
            'Ruth Olsen backed the mayor on Friday, praising her as "one of the most gifted leaders '
            'the county has had in decades."',
            ["Ruth Olsen"],
        ),
        ('Ada Lin went after Tom Ash, calling him "a total stiff."', ["Ada Lin"]),
    ],
)
def test_quote_only_participles(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # "he"/"she" right before "called" own a short quote: their words, not a scare quote
        (
            'Ada Lin spoke in Tulsa. She called the plan "a disaster" and left.',
            [("a disaster", "Ada Lin", "She")],
        ),
        (
            'Mark Haddad spoke next. Then he cut into Tom Ash, calling him a "stiff."',
            [("stiff.", "Mark Haddad", "he")],
        ),
        # other pronouns and "so-called" leave it a scare quote
        ('The residents met. They called the plan "a disaster" and left.', []),
        ('She opposed the so-called "reform" from the start.', []),
    ],
)
def test_short_quotes_after_called(text: str, exp: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == exp
