"""count claims: a number and the noun it counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extraction import extract_source
from claimcheck.model import Quantity, Source
from strategies import news_text


def found(text: str, kind: str) -> list[tuple[str, float, str, str]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, c.value.value, c.value.qualifier, c.span.text(src))  # type: ignore[union-attr]
        for c in extract_source(src, kinds=(kind,))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Officials say 263 agreements have been signed so far.", [("agreements", 263, "exact", "263")]),
        ("The minister has paid 52 official and working visits to Moscow.", [("visits", 52, "exact", "52")]),
        ("The two sides signed fifty-two accords.", [("accords", 52, "exact", "fifty-two")]),
        ("More than 260 documents were adopted.", [("documents", 260, "at_least", "More than 260")]),
        ("Some 1,200 delegates attended.", [("delegates", 1200, "approx", "Some 1,200")]),
        ("Between 40 and 50 people gathered.", [("people", 45, "range", "Between 40 and 50")]),
        ("A hundred and two students graduated.", [("students", 102, "exact", "A hundred and two")]),
        ("The 12 agreements signed in spring took effect.", [("agreements", 12, "exact", "12")]),
        ("The two countries agreed.", []),
        ("It was one of the first visits.", []),
        ("Both leaders spoke at 4:05 p.m. (UTC+04:00).", []),
        ("Relations began in 1992 and deepened in 2021.", []),
        ("Article 16 of the declaration covers security.", []),
        ("Slider Image 1", []),
        ("290", []),
        ("Call 012 492 30 00 for tickets.", []),
        ("The talks on 22 February 2022 ended.", []),
        ("Trade grew by 16 percent.", []),
        ("The war lasted 44 days.", []),
        ("The 2012–13 season ended.", []),
    ],
)
def test_counts(text: str, exp: list[tuple[str, float, str, str]]) -> None:
    assert found(text, "count") == exp


def test_detail_and_singular_key() -> None:
    src = Source(id="t", text="She has made 52 official and working visits to Moscow since then.")
    (c,) = extract_source(src, kinds=("count",))
    assert c.detail == "official and working visits to Moscow"
    assert "singular: visit" in c.notes
    assert c.value == Quantity(52, 52, 52)


@given(news_text())
def test_never_raises_and_is_deterministic(text: str) -> None:
    src = Source(id="t", text=text)
    kinds = ("count", "amount", "ordinal", "duration")
    first = extract_source(src, kinds=kinds)
    assert first == extract_source(src, kinds=kinds)
    for c in first:
        assert 0 <= c.span.start <= c.span.end <= len(text)


@pytest.mark.parametrize(
    "text, exp_subject",
    [
        # an adverb between the counted noun and its verb ends the noun phrase
        ("Officials: 48 treaties now link Georgia and Turkey", "treaties"),
        ("By May, 17 pipelines already supply Tbilisi.", "pipelines"),
        ("Reports say 9 ministries still oversee Kyiv contracts.", "ministries"),
        ("At least 30 contracts currently cover Astana.", "contracts"),
        # no adverb: a plural noun, an unlisted verb, then a name
        ("In all, 75 protocols bind Yerevan.", "protocols"),
        # a name before the counted noun is still a modifier
        ("Some 16 Karabakh veterans met the press.", "veterans"),
    ],
)
def test_head_is_the_noun_after_the_number(text: str, exp_subject: str) -> None:
    assert [subject for subject, *_ in found(text, "count")] == [exp_subject]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("A half-million people marched on Sunday.", [("people", 500_000, "exact", "A half-million")]),
        ("Nearly 3 hundred volunteers came.", [("volunteers", 300, "approx", "Nearly 3 hundred")]),
        ("The app has 10M users in Europe.", [("users", 10_000_000, "exact", "10M")]),
        ("Pick the one you like best.", []),
        ("The squad, minus 3 injured players, flew home.", []),
        ("At one point two men ran off.", []),  # not 1.2 men ("point 2" reads as a reference)
    ],
)
def test_counts_with_less_common_numbers(text: str, exp: list[tuple[str, float, str, str]]) -> None:
    assert found(text, "count") == exp


# -- counts as wire copy writes them -------------------------------------------------------


def claims(text: str) -> list[tuple[str, float, str, str, tuple[str, ...]]]:
    src = Source(id="t", text=text)
    return [
        (c.subject, c.value.value, c.value.qualifier, c.span.text(src), c.notes)  # type: ignore[union-attr]
        for c in extract_source(src, kinds=("count",))
    ]


@pytest.mark.parametrize(
    "text, exp",
    [
        ("Police said 31 were killed in the attack.", [("killed", 31, "exact", "31")]),
        ("At least 31 people were killed on Sunday.", [("people", 31, "at_least", "At least 31")]),
        ("Two were reported missing after the storm.", [("missing", 2, "exact", "Two")]),
        ("The fire injured more than 900.", [("injured", 900, "at_least", "more than 900")]),
        ("The blast killed at least 12 and wounded 40 others.",
         [("killed", 12, "at_least", "at least 12"), ("wounded", 40, "exact", "40")]),
        ("Troops evacuated 3,000 on Friday.", [("evacuated", 3000, "exact", "3,000")]),
        ("The toll topped 1,400 on Monday.", [("toll", 1400, "exact", "1,400")]),
        ("The death toll has since climbed to 52.", [("toll", 52, "exact", "52")]),
        ("The number of confirmed cases reached 1,200.", [("cases", 1200, "exact", "1,200")]),
        ("Arrests rose to 75 by the evening.", [("arrests", 75, "exact", "75")]),
        ("The number of dead stood at 40.", [("dead", 40, "exact", "40")]),
        ("31 killed in market blast", [("killed", 31, "exact", "31")]),
        ("The number of injured was revised to 120.", [("injured", 120, "exact", "120")]),
        ("Some 2,000 were evacuated as the river rose.", [("evacuated", 2000, "approx", "Some 2,000")]),
    ],
)  # fmt: skip
def test_wire_counts(text: str, exp: list[tuple[str, float, str, str]]) -> None:
    assert [c[:4] for c in claims(text)] == exp


@pytest.mark.parametrize(
    "text, role",
    [
        ("At least 31 people were killed on Sunday.", "killed"),
        ("Police arrested 40 protesters downtown.", "arrested"),
        ("31 were killed in the attack.", "killed"),
        ("The storm displaced 12,000 in two days.", "displaced"),
    ],
)
def test_role_note(text: str, role: str) -> None:
    (c,) = claims(text)
    assert f"role: {role}" in c[4]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The death toll, initially 6, has risen to 9.", ("toll", 6), ("toll", 9)),
        ("Officials initially reported 6 deaths; the toll has risen to 9.", ("deaths", 6), ("deaths", 9)),
        ("The number of arrests, at first put at 20, rose to 35.", ("arrests", 20), ("arrests", 35)),
        ("Medics initially counted 8 dead, a figure later raised to 15.", ("dead", 8), ("dead", 15)),
        ("The toll, initially put at 6, was revised upward to 9 on Monday.", ("toll", 6), ("toll", 9)),
    ],
)  # fmt: skip
def test_initial_figure_and_its_update(
    text: str, first: tuple[str, float], second: tuple[str, float]
) -> None:
    src = Source(id="t", text=text)
    a, b = extract_source(src, kinds=("count",))
    assert (a.subject, a.value.value) == first  # type: ignore[union-attr]
    assert (b.subject, b.value.value) == second  # type: ignore[union-attr]
    assert "initial figure" in a.notes
    assert f"updates: {a.id}" in b.notes


def test_label_lines_one_claim_per_line() -> None:
    text = "Casualty figures\nDeaths: 31\nInjured: more than 900\nDisplaced: 12,000\nMissing: about 40\n"
    assert [c[:4] for c in claims(text)] == [
        ("deaths", 31, "exact", "31"),
        ("injured", 900, "at_least", "more than 900"),
        ("displaced", 12000, "exact", "12,000"),
        ("missing", 40, "approx", "about 40"),
    ]


def test_noun_phrase_stops_at_the_line_end() -> None:
    # before: "31" took the next line's label as its noun (subject "injured")
    text = "Toll so far 31\nInjured people were taken to hospital.\n"
    assert all(c[0] != "injured" for c in claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "He lives at 10 Downing Street with his family.",
        "The embassy is at 1600 Pennsylvania Avenue.",
        "The home side won 3-1 on Saturday.",
        "It ended in a 2-0 win for the visitors.",
        "The meeting ends at 7 in the evening.",
        "Call 012 492 30 00 for details.",
        "Talks resume at 10:30 on Monday.",
        "In 2019 workers struck for a week.",
        "He said: 31 people died and many more were hurt in the collapse.",
        "It rose to 40 overnight.",
    ],
)
def test_never_counted(text: str) -> None:
    got = claims(text)
    if text.startswith("He said"):
        assert [c[0] for c in got] == ["people"]  # a statement, not a "said" label
    else:
        assert got == []


def test_subject_is_not_a_stray_verb() -> None:
    assert [c[0] for c in claims("Shares rose and 32 analysts rate the stock a buy.")] == ["analysts"]


@given(st.integers(1, 10**6), st.sampled_from(["Deaths", "Death toll", "Injured", "Homes destroyed"]))
def test_label_values_slice_back(n: int, label: str) -> None:
    text = f"Summary\n{label}: {n:,}\nNext line here\n"
    src = Source(id="t", text=text)
    (c,) = extract_source(src, kinds=("count",))
    assert c.span.text(src) == f"{n:,}"
    assert c.subject == label.lower()


@pytest.mark.parametrize("text", ["Views: 1,482\n", "Comments: 12\n", "Shares: 40\n"])
def test_page_counters_are_not_label_claims(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text, exp_subjects",
    [
        # a figure's noun is the one right after it, never one past "and" + a figure of its own
        ("The guard had 12 points and four assists.", ["points", "assists"]),
        ("Rescuers freed 30 miners and two engineers.", ["miners", "engineers"]),
        # "and" joining two nouns of one figure still joins them
        ("The fleet has 40 tankers and freighters.", ["freighters"]),
    ],
)
def test_and_with_a_figure_of_its_own_ends_the_phrase(text: str, exp_subjects: list[str]) -> None:
    assert [subject for subject, *_ in found(text, "count")] == exp_subjects


@pytest.mark.parametrize(
    "text, exp_subject",
    [
        # a time phrase after the counted noun ends it
        ("The club won two games last season.", "games"),
        ("The studio plans 12 films next year.", "films"),
        # a participle after a people's name ends the phrase
        ("The strike killed more than 100 Lebanese sheltering in a school.", "lebanese"),
    ],
)
def test_a_time_phrase_or_a_participle_ends_the_counted_noun(text: str, exp_subject: str) -> None:
    assert [subject for subject, *_ in found(text, "count")] == [exp_subject]
