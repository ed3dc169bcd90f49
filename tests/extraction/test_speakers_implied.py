"""Speakers the text implies or names far from the cue: a quote standing alone after a
reported statement, a cue after a long appositive, a cue with no subject of its own, an
inverted described speaker (sentences we wrote)."""

from __future__ import annotations

import pytest

from quoting import speakers, who


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a quote sentence right after a reported statement: its speaker
        (
            "Mara Quist praised the harbour plan and the speed of the works.\n\n"
            '"We need builders who finish what they start and finish it on time."\n\nThe vote is next week.',
            ["Mara Quist"],
        ),
        (
            "The river rose again overnight. Quist argued in her letter that the levee would not hold. "
            '"Nobody who has walked the bank this spring believes it will last another flood."',
            ["Quist"],
        ),
        # a pronoun subject is resolved as everywhere else
        (
            "Tomas Brenner spoke first. He said the mill had closed in a single week.\n\n"
            '"We came in on Monday and the gates were locked, and nobody had told us anything."',
            ["Tomas Brenner"],
        ),
    ],
)
def test_quote_after_a_reported_statement(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    "text",
    [
        # no cue in the sentence before: nobody is implied
        "The river rose again overnight and the roads closed. "
        '"Nobody who has walked the bank this spring believes it will last another flood."',
        # a paragraph later, the quote does not end its sentence: no speech standing alone
        "Mara Quist praised the plan on Friday.\n\n"
        '"We need builders who finish what they start and do it well" is printed on every sign.',
        # the speaker was named two sentences back: too far to be implied
        "Mara Quist praised the plan on Friday. The works start in May.\n\n"
        '"We need builders who finish what they start and finish it on time."',
    ],
)
def test_no_implied_speaker(text: str) -> None:
    assert all(s is None for s in who(text))


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a cue after a quote and a subject with a long appositive ("recalled" is no strong cue)
        (
            '"She looked straight at me and asked what it would take to win here," Ada Pell, '
            "the chair of the county party, recalled of the meeting.",
            ["Ada Pell"],
        ),
        # "read" right after a quotation: a described source, kept as written
        ('"The office will stay closed until the inspection is complete," the notice read.', ["the notice"]),
    ],
)
def test_cue_after_a_long_subject(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_read_before_a_colon_and_not_as_a_plain_verb() -> None:
    got = who(
        'The clerk read the charges aloud. Judge Amy Roth read: "The court will rise and the '
        'session is closed until Monday morning."'
    )
    assert got == ["Amy Roth"]
    # "read the report": a plain object, no speech cue, so no speaker is implied
    assert who(
        'Ana Voss read the report twice.\n\n"It is a long report and I have questions about '
        'every chapter of it."'
    ) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the subject comes first: the words after the cue are its object, never the speaker
        'Citing the storm as a warning to the country and its "hopes of an easy winter," '
        "Pell urged the city council to act now.",
        # "states" is a noun here, after a clause that is no subject
        'For a mayor who admitted she is "not a natural speaker," Ada Pell had a good night, '
        "winning the key states of the north by wide margins.",
    ],
)
def test_no_speaker_from_a_verb_object(text: str) -> None:
    for _, speaker, mention in speakers(text):
        assert speaker not in {"the city council", "the key"}
        assert mention not in {"the city council", "the key"}


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # the cue right before the quote has no subject ("in her remarks"): the cue before it
        (
            "Ada Pell said in her closing remarks that the city should thank its "
            '"tireless volunteers," naming the food bank first.',
            ["Ada Pell"],
        ),
        # an attributive "-ed" word after the determiner of an inverted subject
        (
            '"There is no data to suggest any of that," said one unaligned county strategist.',
            ["one unaligned county strategist"],
        ),
        ('"The line will not hold another week," said a retired army general.', ["a retired army general"]),
    ],
)
def test_subjects_found_further(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # "she" skips the last named speaker when he is a man (a common given name)
        (
            'Ana Ruiz spoke first. Tom Lee said the plan would fail. "It cannot work this year," she said.',
            ["Ana Ruiz"],
        ),
        # an honorific elsewhere in the text tells the gender of a surname
        (
            "Mr. Brenn chaired the meeting. Jo Okafor said the fund was empty. Pat Brenn said "
            'the fund was full. "We have nothing left to give this winter," she said.',
            ["Jo Okafor"],
        ),
        # a gendered role noun in the subject
        (
            "Lou Aldo said the port would stay shut. Spokesman Dale Imrie said it would reopen. "
            '"Nobody can promise that before the storm ends," she said.',
            ["Lou Aldo"],
        ),
        # a title before the name: the given name is the one after it ("Gov. Terry ...")
        (
            "Ana Ruiz said the vote was close. Virginia Gov. Terry Ward said the order stands. "
            '"We will not go back on this," she said.',
            ["Ana Ruiz"],
        ),
        # no speaker of that gender named: no guess rather than the wrong person
        ('Tom Lee said the plan would fail. "It cannot work this year," she said.', [None]),
    ],
)
def test_pronoun_gender(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a dashed aside between the subject and its cue
        (
            "Later, Ruiz — named by several papers as a likely pick for the post — told a radio host "
            'that "you have to weigh an offer like that very carefully."',
            ["Ruiz"],
        ),
        # a subordinate clause opening the sentence: its subject says the words
        (
            "When Ana Ruiz later turned to the flood and said she would "
            '"rebuild every bridge on the river," the hall applauded.',
            ["Ana Ruiz"],
        ),
        # "noted the", "recalled how": a weak cue before a quote or an indirect question
        (
            'Jo Okafor, head of the audit team, noted the "gaps in every ledger we were shown last year."',
            ["Jo Okafor"],
        ),
        (
            "Luay Dane recalled how he had first seen the town at night.\n\n"
            '"I asked myself, how will I ever find my way around this place?"',
            ["Luay Dane"],
        ),
        # `"...," reacted X`
        ('"It is a sad day for the whole valley and for the mill," reacted Ana Ruiz.', ["Ana Ruiz"]),
    ],
)
def test_subjects_across_asides(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_hyphenated_cue_word_is_no_cue() -> None:
    # "so-called" holds the cue "called": not a speech verb, so the source opening the
    # sentence ("According to Lee,") attributes the quote
    text = (
        "According to Lee, the plan was once part of the so-called reform, but is now "
        '"the worst thing that ever happened to this town."'
    )
    assert who(text) == ["Lee"]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a full name right before a colon intro, after a descriptor or a dash
        (
            "The early surge did not surprise county pollster Dara Shaw: "
            '"Lesser-known names who win early tend to rise in the national polls."',
            ["Dara Shaw"],
        ),
        (
            "Turnout moved late in the count - Carl Brisk: "
            '"The lesson is simple: keep calling voters as late as you possibly can."',
            ["Carl Brisk"],
        ),
        # name-colon pairs after a quote that ends a sentence
        (
            'Lee and Ruiz reject the term. Ruiz: "Our goal is not to contain it but to end it." '
            'Lee: "The mission is to end it, not to contain it."',
            ["Ruiz", "Lee"],
        ),
        # a listener or a place before the colon is never the speaker
        ('Then Omar Tull told Harbor Radio: "I never said that and I never will."', ["Omar Tull"]),
        # a pronoun after an introductory clause
        (
            "Omar Tull toured the county. Asked which town he liked best, he demurred: "
            '"Whichever one I am in today."',
            ["Omar Tull"],
        ),
    ],
)
def test_colon_intros(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a partial quote after a reported statement: the sentence's own subject, a pronoun too
        (
            'Ana Ruiz said the port "will reopen soon." Ten years earlier, she had argued for the canal '
            'from "the view of a mayor who has seen every flood of the last century."',
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # the subject before an earlier quote of the same sentence
        (
            'Omar Tull spoke at noon. "We will see," he said. Tull thought some of the "rumours" were '
            'planted, a tribute to "the skill of the people who run the other campaign."',
            ["Omar Tull", "Omar Tull"],
        ),
        # a participle and its agent opening the sentence is no subject
        (
            'Omar Tull spoke at noon. "We will see," he said. Challenged by a reporter on the cost, Ana Ruiz '
            'said the plan "will pay for itself within ten years of the opening."',
            ["Omar Tull", "Ana Ruiz"],
        ),
    ],
)
def test_partial_quote_subjects(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def speaker_mentions(text: str) -> list[str | None]:
    """The words naming each quote's speaker: the mention note, else the speaker."""
    return [m or s for _, s, m in speakers(text)]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # "X said he believes "..."": the outer cue names the speaker
        (
            'Dan Bell said he believes "most of the generals agree with the plan, whatever they say."',
            ["Dan Bell"],
        ),
        (
            'The veteran senator said he rarely asks "anyone but close friends to campaign for him."',
            ["The veteran senator"],
        ),
        # "sources said he said": the quote is his, the outer cue is a report of it
        ('Officials have said he said "no more of this" to the guards after his arrest.', ["he"]),
        # "Led by X, the rally ...": a participle opening, the clause's subject speaks
        (
            'Led by the mayor, the rally denounced the plan for "a wall across the whole valley."',
            ["the rally"],
        ),
    ],
)
def test_outer_cue_and_participle_openings(text: str, exp: list[str | None]) -> None:
    assert speaker_mentions(text) == exp


def test_cue_word_is_no_title_before_a_name() -> None:
    # "Moss said both Varga": "said both" is no title like "presidential nominee"
    text = (
        'Moss said both Varga and Lind are "lightweights on the committee," but he paid the '
        'senator a grudging tribute: "You always know where she stands, and that matters."'
    )
    assert who(text) == ["Moss", "Moss"]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # "as X put it," introduces X's words
        (
            'At the time, as prosecutor Marc Trevin put it, "apart from the wrong crowd there was '
            'not much to complain about."',
            ["Marc Trevin"],
        ),
        # an outlet's possessive before a name is no part of the name
        (
            "As the Gazette's Dana Holm puts it, \"the council is unmoved, and the residents are "
            'not moved either."',
            ["Dana Holm"],
        ),
        # an adverb between a weak cue and its complement
        (
            "Pia Lund, the commissioner, reacted sharply to the deal, "
            '"I am worried about any agreement that sends everyone back at once."',
            ["Pia Lund"],
        ),
    ],
)
def test_more_intros(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_relative_clause_after_a_short_quote_names_nobody() -> None:
    # "who reports" belongs to the quoted noun: the three-word quote stays a scare quote
    text = 'The mayor has proposed hiring a "chief harbour inspector" who reports directly to her.'
    assert who(text) == []
