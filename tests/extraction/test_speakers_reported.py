"""Speakers, round 6: "that" after a cue opens a reported clause. Its subject is not the
cue's inverted subject, and the clause's own cue gives the quote to the one who reports
it, unless that cue is "said" or "told" (sentences we wrote)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoting import speakers, who


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # "that" after a cue is no inverted subject: the subject opens the clause
        (
            "He is a builder who fights with planners, claims that the county board "
            '"takes its orders" from developers, and more.',
            [("takes its orders", None, "He")],
        ),
        # a reported clause's subject, glued to "that", is not the speaker
        (
            "The mayor spoke. Ann Hale noted that Bob Crane in the past has criticized the "
            'governor and called the plan "a total waste" of money.',
            [("a total waste", "Ann Hale", None)],
        ),
        (
            "On the radio, Governor Ann Hale said she expected that voters will say "
            '"no thanks" to the new tax.',
            [("no thanks", "Ann Hale", "Governor Ann Hale")],
        ),
        (
            "A memo written for the firm last year concluded that the charity counted as a "
            '"registered foreign agent" under the law.',
            [("registered foreign agent", "a memo written for the firm", "A memo written for the firm")],
        ),
    ],
)
def test_reported_clause_subject_is_not_the_speaker(
    text: str, exp: list[tuple[str, str | None, str | None]]
) -> None:
    assert speakers(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # must not change: "said"/"told" inside the reported clause keeps the words its subject's
        ('Ann Hale said that Bob Crane told her "the plan is a total waste of money."', ["Bob Crane"]),
        # an inverted cue with a real subject after it
        ('"We will win the county," said that official.', ["that official"]),
        ('"We will win the county," said Lee, adding that the port is "dying fast."', ["Lee", "Lee"]),
        # "that" as a determiner before a singular noun is still a subject
        ('The vote was close. That official said the count was "a mess from the start."', ["That official"]),
        # a quote standing alone after a reported clause's subject is not given to that subject
        (
            'Jo Lee noted that superdelegates may still change sides. "A win in Ohio would shake them."',
            ["Jo Lee"],
        ),
    ],
)
def test_reported_clause_must_not_change(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


_FIRST = st.sampled_from(["Ann", "Rosa", "Mia", "Lena", "Ines"])
_LAST = st.sampled_from(["Hale", "Quist", "Marlow", "Ostrander", "Bellamy"])
_VERB = st.sampled_from(["noted", "argued", "claimed", "insisted", "suggested"])
_INNER = st.sampled_from(["Tom Varga", "Raj Patel", "Otto Kerr", "the board", "voters"])


@settings(max_examples=40, deadline=None)
@given(first=_FIRST, last=_LAST, verb=_VERB, inner=_INNER)
def test_reported_subject_never_speaks_for_the_reporter(first: str, last: str, verb: str, inner: str) -> None:
    """Whoever the reported clause's subject is, the quote goes to the one who reports it and
    no mention keeps the complementiser "that"."""
    text = f'The hearing ran late. {first} {last} {verb} that {inner} had called it "a slow disaster" twice.'
    got = speakers(text)
    assert [s for _, s, _ in got] == [f"{first} {last}"]
    assert all(not (m or "").lower().startswith("that ") for _, _, m in got)


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # a subject cut off by a title in quotes: the words after "said" open a reported
        # clause ("the days when", "the plan is"), they do not name an inverted subject
        (
            'Ann Hale, the author of "Loud Rumours," a book about gossip, said the old days '
            'were a time the country had "one shared set of facts" to go on.',
            ["Ann Hale"],
        ),
        (
            'Ann Hale, who led the push in the state and wrote "Vote Early," said the mail '
            'program is a "well-oiled machine" these days.',
            ["Ann Hale"],
        ),
        # "said" reports a clause without "that": its subject's cue is not the speaker's
        (
            'Rep. Ann Hale (D-Ore.) said Ruiz called on members to be "closely aligned" in the fall.',
            ["Ann Hale"],
        ),
    ],
)
def test_clause_after_said_is_reported(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        # must not change: an inverted subject followed by a comma, a preposition, a participle
        ('"We will win the county," said the mayor, who was upbeat.', ["the mayor"]),
        ('"We will win," said Jo Lee in an interview.', ["Jo Lee"]),
        ('"Not this year," said Ana Velez when asked about it.', ["Ana Velez"]),
        ('"It is done," said a man named Tom Lee.', ["a man"]),
        # "told" in the reported clause keeps the words its subject's; a new sentence is no clause
        ('Rep. Ann Hale said Bob Ruiz told her "the plan is a total waste of money."', ["Bob Ruiz"]),
        ('"Not now," Lee said. Ruiz called it "a joke" later.', ["Lee", "Ruiz"]),
    ],
)
def test_inverted_subjects_kept(text: str, exp: list[str | None]) -> None:
    assert who(text) == exp


def test_subject_after_that_behind_a_dash_is_not_the_cues() -> None:
    """A dash cuts the sentence before "that": the subject after it is the reported clause's,
    not the subject of "said". Lee, before the dash, is not found yet: the short quote is
    left out (no speaker) rather than given to the wrong man."""
    text = (
        "Lee, later alleging - again falsely - that President Tom Ruiz wanted to admit 2,000 people, "
        'said he would deport migrants, who he speculates are "mostly young men" and more.'
    )
    assert "Tom Ruiz" not in who(text)
