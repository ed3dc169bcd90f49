"""Speaker rules of issue 18, round 3: where a cue's clause starts and ends, groups named by
their number, verbs that are cues only after a quotation (sentences we wrote)."""

from __future__ import annotations

import pytest

from claimcheck.extraction._document import Document
from claimcheck.model import Source
from quoting import speakers, who


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a group named by its number is the subject of a cue
        (
            'The two senators wrote to the agency. "You made up a new rule from nothing," the two write.',
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
            'Ada Lin, tired, famously replied: "Why should any of it matter to us now?" '
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
        '"Our harbour is busier than ever," he said. Later that day Ivo Brandt '
        'remarked upon the point that the port still needs "years of dredging," noting low tides.'
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


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a year or an age right after the article of an inverted cue's subject
        (
            'The prep went badly. "She did not like that at all," said a 2008 campaign veteran.',
            ["a 2008 campaign veteran"],
        ),
        ('"He is, and always has been, a fine leader," said the 46-year-old.', ["the 46-year-old"]),
    ],
)
def test_numbers_describing_a_speaker(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a weak cue before "upon"/"about" and a clause
        (
            'Aldo Ruiz remarked upon the point that the ferry line still needs "two new boats by May."',
            ["Aldo Ruiz"],
        ),
        # a weak cue whose object names something said: the next quote standing alone is its subject's
        (
            'Howard continued his pointed remarks. "Last spring the mayor led every poll, '
            'then a newcomer took the seat from her."',
            ["Howard"],
        ),
    ],
)
def test_weak_cue_complements(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize("prep", ["upon", "about"])
def test_weak_cue_before_upon_or_about_is_a_cue(prep: str) -> None:
    text = f'Aldo Ruiz remarked {prep} the point that the ferry line still needs "two new boats by May."'
    doc = Document.from_source(Source(id="t", text=text))
    assert [(m.verb, m.name) for m in doc.speech.mentions] == [("remarked", "Aldo Ruiz")]


def test_plural_noun_after_a_possessive_is_no_cue() -> None:
    # "his scathing remarks": a noun, so "his scathing" is no speaker
    text = 'Tom Ash repeated his scathing remarks on the "failed and costly plan" at the hall.'
    assert all(m != "his scathing" for _v, _s, m in speakers(text))


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # the owner of a noun naming something said, with "that", a colon or a comma
        (
            "Ada Lin, a supporter, drew fire over her remark that "
            '"there is a special place in hell for people who do not help."',
            [("there is a special place in hell for people who do not help.", "Ada Lin", "her")],
        ),
        (
            'Ana Velez wants him on the job because, in her words, "nobody mends a roof faster."',
            [("nobody mends a roof faster.", "Ana Velez", "her")],
        ),
        (
            'The crowd cheered Omar Haddad\'s call for "a full review of every contract the city signed."',
            [("a full review of every contract the city signed.", "Omar Haddad", None)],
        ),
    ],
)
def test_possessive_speech_nouns(text: str, exp: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == exp


def test_possessive_subject_of_a_verb_is_not_the_source() -> None:
    # "Trump's comments are ...": the quote describes the comments; the town said it
    text = 'The town released a statement saying Tom Ash\'s comments "are based on his opinion, not facts."'
    assert who(text) == ["the town"]


@pytest.mark.parametrize(
    "text",
    [
        # "a noun called/dubbed "X"": the quotation names a thing; the noun is no speaker
        'Lawmakers met to discuss a tax loophole called an "inversion" on Monday.',
        'The troupe is staging a popular play called "Sons of the Mayor" this week.',
    ],
)
def test_naming_participles(text: str) -> None:
    assert who(text) == []


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a capitalised quote opening its sentence, with a cue after it, is speech, not a title
        (
            'Asked if the vote would pass, Ruth Olsen paused. "Absolutely," she said.',
            [("Absolutely", "Ruth Olsen", "she")],
        ),
        (
            '"Never Again," said Ana Velez when asked about a second term.',
            [("Never Again", "Ana Velez", None)],
        ),
        # a title inside a sentence stays a title
        ('On the show "Morning Hour," Ana Velez said the plan was dead.', []),
    ],
)
def test_capitalised_speech_opening_a_sentence(
    text: str, exp: list[tuple[str, str | None, str | None]]
) -> None:
    assert speakers(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a pronoun opening a clause nearer the quote is its subject (the same person, nearer words)
        (
            "Ana Velez backed the deal, though she left no doubt that she has "
            '"real doubts about the bill for the bridge."',
            [("real doubts about the bill for the bridge.", "Ana Velez", "she")],
        ),
    ],
)
def test_nearer_clause_subject(text: str, exp: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == exp


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('Tom Ash clashed with the panel, chiding them, "What difference does it make now?"', "chiding"),
        ('Tom Ash closed the talk, conceding that "the numbers are not where they need to be."', "conceding"),
    ],
)
def test_more_participle_cues(text: str, verb: str) -> None:
    doc = Document.from_source(Source(id="t", text=text))
    assert [(m.verb, m.name) for m in doc.speech.mentions] == [(verb, "Tom Ash")]


def test_pronoun_after_a_quote_is_matched_as_a_word() -> None:
    # "he argued" in a relative clause after the quote is no inverted cue of it: the "he" inside
    # "the" is no match for the subject either
    text = 'Tom Ash said he was "a firm backer" of the rota, which he argued helps every nurse.'
    assert speakers(text) == [("a firm backer", "Tom Ash", None)]


def test_quote_only_verbs_are_never_inverted() -> None:
    # `"...," described the impact as`: the noun after "described" is its object, never a speaker
    text = 'Ruth Olsen, who says her costs were "in the seven figures," described the impact as severe.'
    assert "the impact" not in who(text)


@pytest.mark.parametrize("name", ["Will", "Mark"])
def test_capitalised_auxiliary_is_a_name(name: str) -> None:
    text = f'After the debate, {name} described the plan as "a caricature of what reform should be."'
    assert who(text) == [name]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a colon intro's last clause (after "so ... that", a dash, ", and") has the speaker
        (
            'It was so odd that a spokesman for the mayor could only quip: "I guess the fair was booked."',
            ["a spokesman"],
        ),
        (
            'The panel ran out of time - Ruth Olsen: "We will have to meet again next week on this."',
            ["Ruth Olsen"],
        ),
        (
            "The moderators pressed the point, and Tom Ash called them on it: "
            '"These questions show why people do not trust the press."',
            ["Tom Ash"],
        ),
    ],
)
def test_colon_intro_last_clause(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # the cue of a restrictive relative clause ("anybody who complains") names no one: the
        # sentence's earlier cue does
        (
            'Ana Velez mocked the protest, saying anybody who grumbles about a late bus "has never '
            'waited for a train here."',
            [("has never waited for a train here.", "Ana Velez", None)],
        ),
        # ", who added" names its antecedent (the mention is the relative pronoun, as written)
        (
            '"We are ready," said Tom Ash, who added that the board seemed "rattled by the news."',
            [("We are ready", "Tom Ash", None), ("rattled by the news.", "Tom Ash", "who")],
        ),
    ],
)
def test_relative_clause_cues(text: str, exp: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == exp


def test_short_quote_with_no_one_to_attribute_is_dropped() -> None:
    # a cue with no subject found leaves a one-word quote no one's words: a scare quote
    text = 'On May 2 they published the check by announcing that the mayor\'s statement was "true."'
    assert speakers(text) == []


def test_colon_clause_opening_with_that_is_no_speaker() -> None:
    text = (
        'Tom Ash went on: "It is partisan, but that does not explain the numbers, so I will read the '
        'question: "Do you think the plan will work?" That is what we asked."'
    )
    assert all(not (m or "").lower().startswith("that") for _v, _s, m in speakers(text))


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # an adverb between a name and its participle cue
        (
            'What do you make of the attack, and of Tom Ash privately saying "pray for him" in reply?',
            [("pray for him", "Tom Ash", None)],
        ),
        # a participle after a dash takes the subject of the clause before the dash
        (
            "Ada Lin spoke late Monday. She declined to claim victory - only saying that she was "
            'breathing a "sigh of relief" at the numbers.',
            [("sigh of relief", "Ada Lin", "She")],
        ),
    ],
)
def test_participle_subjects_further_away(text: str, exp: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == exp


def test_name_of_a_description_stops_at_the_sentence_end() -> None:
    # "the union Unitas. Lenz ..." names the union Unitas, never "Unitas. Lenz"
    text = 'The letter came from the union Unitas. Lenz read it. "We stand by all of it," the union said.'
    assert who(text) == ["Unitas"]
