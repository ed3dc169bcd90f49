"""Who the speaker is: subjects of cue verbs, the channel after "told", text voices, boundaries.

Every sentence here is our own; each pins one rule of ``claimcheck.extraction._speakers``.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import Document
from claimcheck.extraction._speakers import clause_tokens, document_speech
from claimcheck.extraction.attribution import attribute
from claimcheck.model import Claim, Source
from quoting import quotes


def mention(claim: Claim) -> str | None:
    for note in claim.notes:
        if note.startswith("speaker mention: "):
            return note[len("speaker mention: ") :]
    return claim.speaker


def sentence_claim(text: str, word: str) -> Claim:
    doc = Document.from_source(Source(id="t", text=text))
    i = text.index(word)
    (out,) = attribute(doc, [doc.claim("count", "x", "x", i, i + len(word))])
    return out


def test_place_in_reported_clause_is_not_the_speaker() -> None:
    text = (
        "Senator Lina Dorsk told port workers on Monday that the ferry would stay.\n\n"
        "She recalled that Orvale was where the first ferry line opened.\n\n"
        '"The ferry carried forty thousand people in its first year," she added.'
    )
    (q,) = quotes(text)
    assert q.speaker == "Lina Dorsk"
    assert mention(q) == "she"


@pytest.mark.parametrize("channel", ["Harbor Ledger", "the Grand Assembly", "Norland"])
def test_listener_after_told_is_the_channel_not_the_speaker(channel: str) -> None:
    text = f"The port handled 40 ships, Ansel Virta, a member of the council, told {channel} on Friday."
    out = sentence_claim(text, "40 ships")
    assert out.speaker == "Ansel Virta"
    assert channel.removeprefix("the ") not in (out.speaker or "")


def test_told_outlet_joins_the_chain() -> None:
    out = sentence_claim("The port handled 40 ships, Ansel Virta told Harbor Ledger.", "40 ships")
    assert out.attribution == ("Ansel Virta", "Harbor Ledger")


@pytest.mark.parametrize(
    "text",
    [
        'Clause 12 states that neither side "will build new posts along the shared river valley."',
        'Under Section 4, the parties say they will "meet every year to review the border markers together."',
        'To keep the peace, the two states "may ask one another for help in a flood or a fire season."',
    ],
)
def test_a_text_or_a_numeral_is_not_a_speaker(text: str) -> None:
    for q in quotes(text):
        assert q.speaker is None or q.speaker.split()[0] not in {
            "Clause",
            "parties",
            "two",
            "states",
            "Section",
        }


def test_wh_word_headline_is_not_part_of_a_name() -> None:
    text = (
        "What Orvale and Tessin signed in the spring\n\n"
        "Analysts in Orvale noted that the deal came 44 days after the floods."
    )
    out = sentence_claim(text, "44 days")
    assert out.speaker is not None and "What" not in out.speaker
    assert out.speaker != "Orvale"


def test_speaker_never_crosses_a_sentence_boundary() -> None:
    text = (
        '"The canal pays for itself in ten years," said Ana Brek, an economist in Orvale. '
        'She added that the toll was "lower than on any other canal in the region these days."'
    )
    got = quotes(text)
    assert [q.speaker for q in got] == ["Ana Brek", "Ana Brek"]
    assert mention(got[1]) == "She"


def test_transitive_use_of_a_weak_cue_is_not_speech() -> None:
    out = sentence_claim(
        "Norland and Tessin have concluded more than 40 agreements since 1995.", "40 agreements"
    )
    assert out.speaker is None


def test_appositives_between_subject_and_cue_are_skipped() -> None:
    text = 'Lia Moor, 44, a nurse from Tessin, said the new ward was "the best thing to happen to this town."'
    (q,) = quotes(text)
    assert q.speaker == "Lia Moor"


def test_participle_cue_takes_the_clause_subject() -> None:
    text = (
        "The mayor closed the meeting early on Thursday evening, saying "
        '"the budget will have to wait until the auditors finish their work."'
    )
    (q,) = quotes(text)
    assert mention(q) == "The mayor"


def test_coordinated_cue_takes_the_clause_subject() -> None:
    text = 'Dora Finch walked out of the hearing and said "nobody in that room had read the report."'
    (q,) = quotes(text)
    assert q.speaker == "Dora Finch"


def test_relative_pronoun_resolves_to_its_antecedent() -> None:
    text = 'It was Pavo Renn, who said the line was "a waste of public money from the first day of work."'
    (q,) = quotes(text)
    assert mention(q) == "who"
    assert q.speaker == "Pavo Renn"


def test_index_is_built_once_per_document() -> None:
    doc = Document.from_source(Source(id="t", text='"The road opens in May," Ivo Lund said.'))
    assert doc.speech is doc.speech


def test_clause_tokens_cut_at_sentence_but_not_at_titles() -> None:
    text = "He met Sen. Jo Lund in Orvale. She"
    assert [t for t, _ in clause_tokens(text, 0, len(text))] == ["She"]
    text2 = "Sen. Jo Lund"
    assert [t for t, _ in clause_tokens(text2, 0, len(text2))] == ["Sen.", "Jo", "Lund"]


_BOUNDARY = re.compile(r"[.!?]\s+[A-Z]|\n")


@given(
    st.lists(
        st.sampled_from(
            [
                "Orvale.",
                "He",
                "said",
                "told",
                "Ana",
                "Brek,",
                "the",
                "MP",
                "a",
                "nurse,",
                "\n",
                '"',
                "added",
                "two",
            ]
        ),
        max_size=40,
    )
)
def test_mentions_never_cross_a_sentence_or_line(words: list[str]) -> None:
    text = " ".join(words)
    index = document_speech(Document.from_source(Source(id="h", text=text)))
    for m in index.mentions:
        assert not _BOUNDARY.search(m.raw)
        assert m.name is None or not _BOUNDARY.search(m.name)


def test_described_speaker_keeps_its_words() -> None:
    out = sentence_claim(
        "The ferry line lost 40 boats, a member of the harbour board said on Monday.", "40 boats"
    )
    assert out.speaker == "a member of the harbour board"


def test_infinitive_is_not_a_cue() -> None:
    text = (
        "At the depot, the mayor also said it was too early to tell whether "
        '"the rail link will open before the winter timetable starts."'
    )
    (q,) = quotes(text)
    assert mention(q) == "the mayor"


def test_title_abbreviation_after_inverted_cue() -> None:
    (q,) = quotes(
        '"The harbour needs dredging before the summer season," said Del. Ana Roe of the coast district.'
    )
    assert q.speaker == "Ana Roe"


def test_cue_later_in_the_same_sentence() -> None:
    text = (
        "Mira Holt told Wirepost that the season had been hard.\n\n"
        'Ticket sales were "flat for most of the spring and early summer" as buyers waited, she said.'
    )
    (q,) = quotes(text)
    assert q.speaker == "Mira Holt"
    assert mention(q) == "she"


def test_unlisted_verb_right_after_a_comma_ended_quote() -> None:
    (q,) = quotes('"The queue at the ferry is longer than the crossing itself," the harbour master grumbled.')
    assert mention(q) == "the harbour master"


def test_characterising_verb_attributes_a_quote_but_not_a_sentence() -> None:
    (q,) = quotes('Olga Brin called the scheme "a costly detour for every commuter in the valley" on Monday.')
    assert q.speaker == "Olga Brin"
    out = sentence_claim("Olga Brin called for 40 new buses on the valley line.", "40 new buses")
    assert out.speaker is None


def test_cue_of_the_next_sentence_is_not_taken() -> None:
    text = 'Rina Valk said the port must "stay open all winter for the fishing fleet." Tomas Ek said no.'
    (q,) = quotes(text)
    assert q.speaker == "Rina Valk"


def test_participle_adjective_is_not_a_cue() -> None:
    doc = Document.from_source(Source(id="t", text="After a hastily called meeting, the board voted."))
    assert doc.speech.mentions == []


def test_praise_object_is_not_a_pronoun_antecedent() -> None:
    text = (
        "Mira Holt told Wirepost that trade had grown.\n\n"
        "When the bridge opened, she noted, Governor Ivo Sand praised her as a patient negotiator.\n\n"
        '"Patience is what lets a border town live well from one season to the next," she said.'
    )
    assert quotes(text)[-1].speaker == "Mira Holt"


def test_coordinated_subject_speaks_together() -> None:
    (q,) = quotes(
        'Norland and Tessin declare that they hold "the same views on every question of river traffic."'
    )
    assert q.speaker == "Norland and Tessin"
