"""The date extractor: one sentence we wrote per rule, traps, properties, seeds."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import get_extractor
from claimcheck.extraction._document import Document
from claimcheck.extraction.dates import dates, find_dates, parse_date
from claimcheck.model import DateValue, Source
from timing import growth

D = dt.date
PUB = D(2023, 5, 17)  # a Wednesday


def _found(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.value.iso, m.subject) for m in find_dates(text, published=published)]


@pytest.mark.parametrize(
    "text, published, exp_iso, exp_subject",
    [
        # full dates
        ("The treaty was signed on March 3, 1998, in Riga.", None, "1998-03-03", "sign treaty"),
        ("The treaty was signed on 3 March 1998 in Riga.", None, "1998-03-03", "sign treaty"),
        ("Parliament adopted the law on Sept. 9, 2019.", None, "2019-09-09", "adopt law"),
        ("The embassy opened on 2019-09-09 after repairs.", None, "2019-09-09", "open embassy"),
        ("The mayor was elected on 09.10.2019 by a wide margin.", None, "2019-10-09", "elect"),
        ("The mayor was elected on 25/10/2019 by a wide margin.", None, "2019-10-25", "elect"),
        ("The mayor was elected on 10/25/2019 by a wide margin.", None, "2019-10-25", "elect"),
        ("The charter was adopted on the 14th of June 2001.", None, "2001-06-14", "adopt charter"),
        (
            "Ties were established with the signing of a memorandum on May 8, 1995.",
            None,
            "1995-05-08",
            "sign memorandum",
        ),
        (
            "Diplomatic relations were established on 1 July 1993.",
            None,
            "1993-07-01",
            "establish diplomatic relations",
        ),
        # partial dates: year from publication, or the year before when that would be too late
        ("The minister arrived in Oslo on May 2.", PUB, "2023-05-02", "arrive"),
        ("The minister arrived in Oslo on 2 May.", PUB, "2023-05-02", "arrive"),
        ("The minister arrived in Oslo on December 28.", D(2024, 1, 3), "2023-12-28", "arrive"),
        ("The minister arrived in Oslo on May 2.", None, "--05-02", "arrive"),
        ("The summit will be held on June 6.", PUB, "2023-06-06", "hold summit"),
        # months and years
        ("The plant was launched in February 2022.", PUB, "2022-02", "launch"),
        ("The plant was launched in 2021 with state funds.", PUB, "2021", "launch"),
        ("Exports have grown since 1992, officials said.", PUB, "1992", "say"),
        ("Work on the bridge began in mid-2019.", PUB, "2019", "begin"),
        # ranges
        ("The talks were held on 9/10 November 2020 in Geneva.", None, "2020-11-09/2020-11-10", "hold talks"),
        ("The talks were held on 9-10 November in Geneva.", PUB, "2022-11-09/2022-11-10", "hold talks"),
        ("The talks were held between 9 and 10 November 2020.", None, "2020-11-09/2020-11-10", "hold talks"),
        (
            "The talks were held on November 9-10, 2020, in Geneva.",
            None,
            "2020-11-09/2020-11-10",
            "hold talks",
        ),
        # relative expressions
        ("The ship docked in the harbour yesterday.", PUB, "2023-05-16", "date"),
        ("A similar accord was signed last year in Baku.", PUB, "2022", "sign accord"),
        ("The ferry scheme was being prepared from the middle of last year.", PUB, "2022", "prepare"),
        ("Prices will be reviewed next month.", PUB, "2023-06", "date"),
        ("The delegation arrived on Monday for the talks.", PUB, "2023-05-15", "arrive"),
        ("The delegation will arrive on Friday for the talks.", PUB, "2023-05-19", "arrive"),
        # subjects: a document noun right after the date, a dateline
        ("Both sides cite the 5 July 2011 Agreement on fishing quotas.", None, "2011-07-05", "agreement"),
        ("OSLO, May 16. The two ministers talked for an hour.", PUB, "2023-05-16", "dateline"),
    ],
)
def test_rules(text: str, published: dt.date | None, exp_iso: str, exp_subject: str) -> None:
    found = _found(text, published)
    assert [(iso, subject) for _, iso, subject in found] == [(exp_iso, exp_subject)]


@pytest.mark.parametrize(
    "text, exp",
    [
        # the verb governing the date's phrase beats a nearer verb across a comma
        (
            "The ministries opened trade ties on 9 June 2004, so the accord arrived later.",
            [("2004-06-09", "open trade ties")],
        ),
        # a relative clause holding the date refers to the noun before it
        (
            "The launch came during the anniversary of their diplomatic relations, "
            "which date from 2 May 1995.",
            [("1995-05-02", "diplomatic relations")],
        ),
        # "<noun> of <date>" dates the noun, not a verb of another clause
        (
            "The ports opened in 2003, and one text now governs them: "
            "the Charter on Shipping of 5 March 2010.",
            [("2003", "open"), ("2010-03-05", "charter")],
        ),
        (
            "The mediators kept working on the joint statements of 3 May 2011, "
            "of 8 June 2012 and of 1 July 2013.",
            [
                ("2011-05-03", "joint statement"),
                ("2012-06-08", "joint statement"),
                ("2013-07-01", "joint statement"),
            ],
        ),
        # a noun carrying its own "of <year>" does not take the dates of a list after it
        (
            "Both envoys backed the bilateral accords after the border war of 2008: "
            "the first dated 4 May 2009, the second 2 June 2010.",
            [("2008", "war"), ("2009-05-04", "bilateral accord"), ("2010-06-02", "bilateral accord")],
        ),
        # a verb right after "<noun> of <date>" still decides
        ("Officials noted that the war of 1999 ended quickly.", [("1999", "end war")]),
    ],
)
def test_subject_is_syntactically_close(text: str, exp: list[tuple[str, str]]) -> None:
    assert [(iso, subject) for _, iso, subject in _found(text, PUB)] == exp


def test_two_events_two_subjects() -> None:
    text = "The envoy arrived on 21 March and the pact was signed on 22 March."
    got = _found(text, PUB)
    assert [(iso, subject) for _, iso, subject in got] == [
        ("2023-03-21", "arrive"),
        ("2023-03-22", "sign pact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Guests marked his 60th birthday at the palace.",
        "The two leaders met, and today relations are warm.",
        "Today these relations are developing fast.",
        "The flight landed at 19:52 (UTC+04:00) on time.",
        "The session closed at 4:05 p.m. sharp.",
        "The firm counted 2,021 people and 263 agreements.",
        "Music of the 1990s filled the hall.",
        "The 2012-13 budget was approved.",
        "Growth reached 2019 percent in the model.",
        "Officials may consider new rules.",
        "The counter reads 2021 visitors.",
        "Call 1/1/1/1 for help.",
        "The share rose to 3/4 of the vote.",
        "Nothing happened on 31 February 2021.",
    ],
)
def test_not_dates(text: str) -> None:
    assert _found(text, PUB) == []


def test_relative_without_publication_is_skipped() -> None:
    assert _found("The ship docked yesterday and left last year on Monday.", None) == []


def test_notes_record_the_rule() -> None:
    (m,) = find_dates("The envoy arrived on December 28.", published=D(2024, 1, 3))
    assert "year from publication date" in m.notes
    (m,) = find_dates("The envoy arrived on December 28.", published=None)
    assert m.value == DateValue(None, 12, 28)


def test_registered_as_date_and_spans_slice_back() -> None:
    assert get_extractor("date") is dates
    text = "Intro line.\n\nThe accord was signed on 4 April 1992 in Baku. It entered force in 1993."
    src = Source(id="s", text=text, published=D(2020, 1, 1))
    claims = list(dates(Document.from_source(src)))
    assert [(src.span_text(c.span), c.value.iso, c.subject) for c in claims] == [
        ("4 April 1992", "1992-04-04", "sign accord"),
        ("1993", "1993", "date"),
    ]
    assert all(c.kind == "date" for c in claims)


# --- properties -----------------------------------------------------------------------------

_MONTHS = list(calendar.month_name)[1:]  # English: Python leaves the C locale alone


@given(st.text(max_size=300), st.one_of(st.none(), st.dates(D(1900, 1, 1), D(2099, 12, 31))))
def test_never_raises_and_spans_slice(text: str, published: dt.date | None) -> None:
    for m in find_dates(text, published=published):
        assert 0 <= m.start < m.end <= len(text)
        assert isinstance(m.value, DateValue)


@given(st.dates(D(1800, 1, 1), D(2100, 12, 31)), st.sampled_from(range(7)))
def test_rendered_dates_parse_back(day: dt.date, style: int) -> None:
    name = _MONTHS[day.month - 1]
    text = [
        f"{name} {day.day}, {day.year}",
        f"{day.day} {name} {day.year}",
        f"{name[:3]}. {day.day}, {day.year}",
        day.isoformat(),
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"the {day.day}th of {name} {day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
    ][style]
    if style == 2 and name == "May":
        text = f"May {day.day}, {day.year}"
    sentence = f"It was signed on {text} in the capital."
    (m,) = find_dates(sentence, published=None)
    assert m.value == DateValue(day.year, day.month, day.day)
    assert sentence[m.start : m.end] == text.removeprefix("the ")


@given(st.integers(1, 12), st.integers(1, 28), st.dates(D(1900, 1, 1), D(2099, 12, 31)))
def test_partial_year_is_within_window(month: int, day: int, published: dt.date) -> None:
    value = parse_date(f"{_MONTHS[month - 1]} {day}", published=published)
    assert value is not None and value.year is not None
    resolved = D(value.year, month, day)
    assert -366 <= (resolved - published).days <= 31


# --- hostile input: time linear in size ---------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "1/1/",
        "February ",
        "1234567890",
        "9 ",
        "on Monday last year 12 ",
        "22 February 2022 ",
        "twenty twenty ",
        "on the 3rd ",
        "Monday 21 ",
        "1/2-3/4 ",
        "Christmas ",
        "two weeks ago ",
        "the ninth and the ",
    ],
)
def test_hostile_input_is_linear(unit: str) -> None:
    def work(size: int) -> Callable[[], object]:
        text = (unit * (size // len(unit) + 1))[:size]
        doc = Document.from_source(Source(id="h", text=text, published=D(2022, 2, 22)))
        return lambda: list(dates(doc))

    assert growth(work(30_000), work(300_000)) < 25  # 10x the input; quadratic would be ~100x


# --- seeds ----------------------------------------------------------------------------------

_PUBLISHED = {
    "000": D(2024, 4, 22),
    "001": D(2022, 2, 22),
    "002": None,
    "003": D(2022, 2, 22),
    "004": D(2022, 3, 24),
}
_EXPECTED = {
    "000": {("1992-04-04", "sign protocol"), ("2022-02-22", "sign declaration")},
    "001": {
        ("2022-02-22", "sign declaration"),
        ("2020-11-09/2020-11-10", "trilateral statement"),
        ("2021-01-11", "trilateral statement"),
        ("2021-11-26", "trilateral statement"),
        ("2018-08-12", "convention"),
    },
    "002": {("--02-22", "sign declaration")},
    "003": {("2022-02-21", "arrive"), ("2022-02-21", "recognize"), ("2021", "prepare")},
}


def test_seeds(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("0*.txt")):
        key = path.name[:3]
        src = Source(id=key, text=path.read_text(encoding="utf-8"), published=_PUBLISHED[key])
        claims = list(dates(Document.from_source(src)))
        got = {(c.value.iso, c.subject) for c in claims}
        assert _EXPECTED.get(key, set()) <= got, (key, sorted(got))
        texts = {src.span_text(c.span) for c in claims}
        assert not any(t.startswith(("60", "19:52", "4:05", "UTC")) for t in texts)
