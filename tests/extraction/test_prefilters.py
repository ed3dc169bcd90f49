"""Prefilters and fast paths skip only work that cannot change the answer.

Each shortcut is checked against the full reader it guards, on generated text that
mixes the words it looks for with near misses (words opening with a month's letters,
case variants, and the non-ASCII letters that match ASCII ones when case is ignored).
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck._words.dates import MONTH_NUMBERS
from claimcheck._words.numbers import APPROX
from claimcheck.extraction import dates, extract, numbers
from claimcheck.extraction.dates import _gates as _date_gates
from claimcheck.extraction.dates._parts import MONTH_WORD
from claimcheck.model import Claim, Source

_DATE_PIECES = [
    *("March", "march", "MARCH", "Mar.", "mar", "marked", "May", "may", "maybe", "Sept.", "sep"),
    *("separate", "Dec", "decided", "december", "Jan", "JANUARY", "june", "Julyish", "oct", "nov"),
    *("5", "21st", "3rd", "2019", "1998", "12/05", "2020-03-01", "2021/aug/01", "10", "-", "/", ","),
    *("last", "this", "next", "past", "previous", "coming", "calendar", "year", "years", "month"),
    *("yesterday", "Tomorrow", "the", "day", "before", "after", "end", "of", "mid-", "early"),
    *("ago", "in", "week", "weeks", "Monday", "Friday", "Christmas", "Easter", "twenty", "second"),
    *("today", "holiday", "SUNDAY", "tueſday", "days", "upcoming", "since"),
    *("ſep", "\u212aing", "İn", "maſt", "laſt", "yeſterday", "thiſ", "é", "“", "."),
]
_DATE_TEXT = st.lists(
    st.tuples(st.sampled_from(_DATE_PIECES), st.sampled_from([" ", "", "  ", ", "])), max_size=14
).map(lambda parts: "".join(w + sp for w, sp in parts))


_REL_PIECES = ["this", "last", "next", "past", "previous", "coming", "calendar", "year", "month", "the"]
_REL_TEXT = st.lists(
    st.tuples(
        st.sampled_from([*_REL_PIECES, "yesterday", "tomorrow", "laſt", "5"]), st.sampled_from([" ", "  "])
    ),
    max_size=6,
).map(lambda parts: "".join(w + sp for w, sp in parts))
_MONTH_GROUPS = (
    *("month_day_range", "month_digit", "month_words", "month_year", "ymd_name", "month_relative", "month"),
)
_RANGE_PIECES = ["5", "12th", "3rd", "30", "-", "–", "/", "to", "TO", "and", "until", "through", "of"]
_RANGE_TEXT = st.lists(
    st.tuples(
        st.sampled_from([*_RANGE_PIECES, "May", "march", "Sept.", "2020", "ſt", ","]),
        st.sampled_from(["", " ", "  "]),
    ),
    max_size=8,
).map(lambda parts: "".join(w + sp for w, sp in parts))


@settings(max_examples=600, deadline=None)
@given(st.one_of(_DATE_TEXT, _REL_TEXT, _RANGE_TEXT))
@example("5-7 May 2020")
@example("last  March")
@example("on Sunday")
@example("the coming wedneſday")
@example("2 and 3 April")
@example("3  -  5 May")
@example("on March 3rd to 5th")
@example("this  year")
@example("the coming calendar month")
@example("5 May")
@example("laſt year")
def test_a_reader_group_the_strict_gates_leave_out_matches_nothing(text: str) -> None:
    """The month and relative gates are stricter than the plain tests they refine
    (any month prefix; "year", "month", "yesterday" or "tomorrow"): what they drop cannot match."""
    on = set(_date_gates.gates(text))
    low = text.lower()
    refined: list[str] = []
    if _date_gates.GATE_MONTH.search(text) is not None:
        refined.extend(_MONTH_GROUPS)
    if any(w in low for w in ("year", "month", "yesterday", "tomorrow")):
        refined.append("relative")
    if "day" in low:
        refined.append("weekday")
    for group in refined:
        if group in on:
            continue
        for pattern, _reader in _date_gates.READERS[group]:
            assert pattern.search(text) is None, (group, pattern.pattern[:60], text)


@settings(max_examples=300, deadline=None)
@given(_DATE_TEXT)
def test_the_date_prefilter_passes_every_sentence_with_a_digit(text: str) -> None:
    if dates._DIGIT.search(text) is not None:
        assert _date_gates.PREFILTER.search(text) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-/.x ٣", max_size=12))
def test_the_iso_gate_is_only_tested_after_the_numeric_gate_holds(text: str) -> None:
    if _date_gates._GATE_ISO.search(text) is not None:
        assert _date_gates._GATE_NUMERIC.search(text) is not None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*MONTH_NUMBERS, "ju", "ja", "ma", "se", "x", " ", ".", "-", "5", "e", "s", "y", "ember"]
        ),
        max_size=6,
    ).map("".join)
)
def test_the_factored_month_gate_finds_what_the_month_pattern_finds(text: str) -> None:
    assert (_date_gates._MONTH_NAME_LOW.search(text) is None) == (re.search(MONTH_WORD, text) is None)


def test_day_ranges_pass_the_range_gate() -> None:
    for text in ("5-7 May 2020", "from 3 to 5 March", "March 3rd - 5th", "12/14 June", "2 and 3 April"):
        assert "month_day_range" in _date_gates.gates(text), text
    assert "month_day_range" not in _date_gates.gates("On 5 May 2020 the 44 delegates met.")


def test_a_strict_month_gate_still_passes_every_month_form() -> None:
    for text in ("on 5 March 2020", "Sept. 3", "MAY 2019", "in December", "2021/aug/01", "march 4th"):
        assert "month_digit" in _date_gates.gates(text) or "month" in _date_gates.gates(text), text
    for text in ("The minister marked the date", "They decided to separate 4 units"):
        assert not {"month_digit", "month_year", "month_words", "month"} & set(_date_gates.gates(text))


_TAIL_WORD_RE = re.compile(r"\S+")
_QUAL_LAST = frozenset(k.split()[-1] for k in APPROX)


def _qualifier_before_plain(text: str, pos: int) -> tuple[int, str] | None:
    """The qualifier lookup without its one-character fast rejection (the reference)."""
    if pos == 0 or text[pos - 1] not in " \t\u00a0":
        return None
    lo = max(0, pos - 24)
    tail = text[lo:pos].split()
    if not tail or tail[-1].lower() not in _QUAL_LAST:
        return None
    words = [(m.start(), m.group().lower()) for m in _TAIL_WORD_RE.finditer(text, lo, pos)]
    if lo > 0 and not text[lo - 1].isspace():
        words = words[1:]
    for k in (3, 2, 1):
        if len(words) >= k:
            key = " ".join(w for _, w in words[-k:])
            if key in APPROX:
                return words[-k][0], key
    return None


_QUAL_PIECES = [
    *sorted(APPROX),
    *("ABOUT", "Nearly", "More than", "up To", "approx.", "x", "a", "the", "MOST", "leastwise"),
    *("\u212a", "ſ", "İ", "é", "5", "-", "\n", "\t", "\u00a0", "  "),
]
_QUAL_TEXT = st.lists(
    st.tuples(st.sampled_from(_QUAL_PIECES), st.sampled_from([" ", "", "\t", "\u00a0", "\n"])), max_size=8
).map(lambda parts: "".join(w + sp for w, sp in parts))


@settings(max_examples=800, deadline=None)
@given(_QUAL_TEXT, st.integers(0, 120))
def test_qualifier_fast_rejection_agrees_with_the_plain_lookup(text: str, cut: int) -> None:
    pos = min(cut, len(text))
    assert numbers._qualifier_before(text, pos) == _qualifier_before_plain(text, pos)


def test_qualifier_last_words_are_long_enough_for_the_two_character_rejection() -> None:
    assert all(len(w) >= 2 for w in _QUAL_LAST)
    for key in APPROX:
        text = f"we saw {key} 40 ships"
        pos = text.index("40")
        assert numbers._qualifier_before(text, pos) == (text.index(key), key), key


def _sorted_claims(claims: tuple[Claim, ...]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.source_id, c.span.start, c.span.end, c.kind, c.id))


def test_claims_come_sorted_by_source_then_position_whatever_the_input_order() -> None:
    texts = {
        "b": "Officials signed 14 accords on 3 May 2021. Trade rose 9 percent to $2.1 billion.",
        "a": 'The ministry counted 250 schools. "We opened 12 clinics," Mara Voss told the Courier.',
        "c": "The 3rd session lasted 40 days.",
    }
    sources = [Source(k, v) for k, v in texts.items()]
    out = extract(sources)
    assert [s.id for s in out.sources] == ["a", "b", "c"]
    assert out.claims and list(out.claims) == _sorted_claims(out.claims)
    assert {c.source_id for c in out.claims} == {"a", "b", "c"}


def test_sources_sharing_an_id_still_get_one_sorted_claim_list() -> None:
    first = Source("same", "Workers built 30 bridges and 12 roads in 2019.")
    second = Source("same", "Crews repaired 7 dams.")
    out = extract([first, second])
    assert list(out.claims) == _sorted_claims(out.claims)
    assert len(out.claims) == len(extract(first).claims) + len(extract(second).claims)


_REPORT_TEXT = st.lists(
    st.sampled_from(
        ["reported", "reports", "wrote", "repor", "Reported", "by", "the", "Baku-based", "Day.az", "\n"]
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_REPORT_TEXT, st.integers(0, 80), st.integers(0, 80))
def test_paragraphs_without_report_words_hold_no_reported_outlet(text: str, a: int, b: int) -> None:
    from claimcheck.extraction import _speakers

    ps, pe = sorted((min(a, len(text)), min(b, len(text))))
    if text.find("repor", ps, pe) < 0 and text.find("wrote", ps, pe) < 0:
        assert _speakers._REPORTED_AFTER.search(text, ps, pe) is None
