"""Tense decides the direction of bare weekdays and months; wire-copy day words; weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction._document import Document
from claimcheck.extraction.dates import dates, find_dates
from claimcheck.extraction.dates._tense import direction, sentence_words
from claimcheck.model import Source
from timing import growth

D = dt.date
WED = D(2025, 11, 12)  # a Wednesday
SUN = D(2025, 12, 21)  # a Sunday


def _one(text: str, words: str, published: dt.date) -> tuple[str, tuple[str, ...]]:
    start = text.index(words)
    for m in find_dates(text, published=published):
        if m.start < start + len(words) and start < m.end:
            return m.value.iso, m.notes
    raise AssertionError(f"no date at {words!r} in {text!r}")


@pytest.mark.parametrize(
    ("text", "words", "exp"),
    [
        # forward: modals, schedules, plans, arrangements, a copula before the day
        ("The Senate will hold a vote on Thursday on the spending bill.", "Thursday", "2025-11-13"),
        ("The firm is scheduled to report earnings on Tuesday.", "Tuesday", "2025-11-18"),
        ("The union plans to walk out on Monday.", "Monday", "2025-11-17"),
        ("The ruling is due on Friday.", "Friday", "2025-11-14"),
        ("The two envoys are meeting on Saturday in Oslo.", "Saturday", "2025-11-15"),
        ("The inquiry resumes Monday in the old courthouse.", "Monday", "2025-11-17"),
        ("The closing date for bids is Friday.", "Friday", "2025-11-14"),
        ("The depot will stay closed until Monday.", "Monday", "2025-11-17"),
        ("The mayors agreed to meet again on Friday.", "Friday", "2025-11-14"),
        ("The ballots could be counted by Sunday.", "Sunday", "2025-11-16"),
        ("On Thursday, the assembly will elect a speaker.", "Thursday", "2025-11-13"),
        # back: past forms, participles, since
        ("Police arrested two men on Sunday after the fire.", "Sunday", "2025-11-09"),
        ("The minister said on Monday that costs had risen.", "Monday", "2025-11-10"),
        ("The ferry was towed to port on Tuesday.", "Tuesday", "2025-11-11"),
        ("The road has been closed since Saturday.", "Saturday", "2025-11-08"),
        ("On Friday, the assembly elected a speaker.", "Friday", "2025-11-07"),
        # two clauses, two directions
        ("The board said Tuesday it will publish results on Friday.", "Tuesday", "2025-11-11"),
        ("The board said Tuesday it will publish results on Friday.", "Friday", "2025-11-14"),
        ("The museum, which closed in March, reopens next month.", "March", "2025-03"),
        # months
        ("The talks in March will focus on grain exports.", "March", "2026-03"),
        ("Voters go to the polls in March, the commission announced.", "March", "2026-03"),
        ("The storm made landfall in September, killing 14 people.", "September", "2025-09"),
        ("The treaty must be ratified by February, a diplomat warned.", "February", "2026-02"),
        ("The company plans to cut 900 jobs by March.", "March", "2026-03"),
        ("The summit is set for July in Vilnius.", "July", "2026-07"),
        ("The last time the two sides met was in December.", "December", "2024-12"),
    ],
)
def test_tense_decides_direction(text: str, words: str, exp: str) -> None:
    assert _one(text, words, WED)[0] == exp


@pytest.mark.parametrize(
    ("text", "words", "note"),
    [
        ("The Senate will hold a vote on Thursday.", "Thursday", "direction: future (will)"),
        ("Police arrested two men on Sunday.", "Sunday", "direction: past (arrested)"),
        ("The verdict is due on Monday.", "Monday", "direction: future (due)"),
        ("Crowds gathered on Tuesday.", "Tuesday", "direction: past (gathered)"),
        ("Rain on Monday in the hills.", "Monday", "direction: past (no tense cue)"),
        ("The vote will be held in January.", "January", "direction: future (will be held)"),
    ],
)
def test_every_relative_date_keeps_its_reason(text: str, words: str, note: str) -> None:
    assert note in _one(text, words, WED)[1]


def test_absolute_dates_get_no_direction_note() -> None:
    (m,) = find_dates("The treaty was signed on March 3, 1998.", published=WED)
    assert not any(n.startswith("direction:") for n in m.notes)


@pytest.mark.parametrize(
    ("text", "words", "exp"),
    [
        ("The prime minister will address the nation tonight.", "tonight", "2025-11-12"),
        ("The opposition held a rally this morning.", "this morning", "2025-11-12"),
        ("Farmers protested outside parliament this afternoon.", "this afternoon", "2025-11-12"),
        ("Earlier today, the minister spoke by telephone.", "today", "2025-11-12"),
        ("The search resumed today, officials said.", "today", "2025-11-12"),
        ("The cabinet will vote today on the plan.", "today", "2025-11-12"),
        ("Fighting broke out again last night near the border.", "last night", "2025-11-11"),
        ("The agency reported 3,200 new cases last week.", "last week", "2025-11-03/2025-11-09"),
        ("Lawmakers will vote on the measure next week.", "next week", "2025-11-17/2025-11-23"),
        ("The talks resume later this week.", "this week", "2025-11-10/2025-11-16"),
    ],
)
def test_wire_day_words(text: str, words: str, exp: str) -> None:
    assert _one(text, words, WED)[0] == exp


@pytest.mark.parametrize(
    "text",
    [
        "Today, these relations are developing in many fields.",
        "Relations between the two countries today are broad.",
        "The ties between the peoples, from then until today, run deep.",
        "It is the largest port in the world today.",
        "Over the last week the river rose steadily.",  # seven days, not a calendar week
        "Today's youth read less news.",
    ],
)
def test_today_as_nowadays_is_not_a_date(text: str) -> None:
    assert not [m for m in find_dates(text, published=WED) if "today" in text[m.start : m.end].lower()]
    assert not [m for m in find_dates(text, published=WED) if "week" in text[m.start : m.end]]


def test_no_publication_date_no_relative_dates() -> None:
    assert list(find_dates("The Senate will vote on Thursday and met tonight.", published=None)) == []


def test_sunday_paper_reads_monday_forward_with_will() -> None:
    assert _one("Markets will reopen on Monday.", "Monday", SUN)[0] == "2025-12-22"
    assert _one("Markets reopened on Monday.", "Monday", SUN)[0] == "2025-12-15"


_WORDS = st.sampled_from(
    [
        "will",
        "said",
        "on",
        "Monday",
        "in",
        "March",
        "today",
        "tonight",
        "last",
        "week",
        "was",
        "held",
        ",",
        ".",
    ]
)


@given(st.lists(_WORDS, max_size=40), st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 12, 31)))
def test_direction_never_raises_and_spans_slice_back(words: list[str], published: dt.date) -> None:
    text = " ".join(words)
    for m in find_dates(text, published=published):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]
        assert sum(n.startswith("direction:") for n in m.notes) <= 1


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_direction_is_total(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    future, cue = direction(text, sentence_words(text), start, end)
    assert isinstance(future, bool)
    assert future or cue == "" or cue


@pytest.mark.parametrize(
    "unit", ["will meet on Monday ", "today ", "said tonight last week ", "was held in March "]
)
def test_direction_is_linear_on_hostile_input(unit: str) -> None:
    def work(size: int):  # type: ignore[no-untyped-def]
        text = (unit * (size // len(unit) + 1))[:size]
        doc = Document.from_source(Source(id="h", text=text, published=WED))
        return lambda: list(dates(doc))

    assert growth(work(20_000), work(200_000)) < 25  # 10x the input; quadratic would be ~100x
