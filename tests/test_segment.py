"""Paragraphs and sentences: rules pinned by our own sentences, offsets by properties."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.loading.segment import paragraphs, sentences
from claimcheck.model import Region
from timing import growth


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "exp"),
    [
        ("The mayor spoke. The crowd cheered.", ["The mayor spoke.", "The crowd cheered."]),
        ("Did it pass? Nobody knew! Then it did.", ["Did it pass?", "Nobody knew!", "Then it did."]),
        ("Dr. Lena Park arrived late.", ["Dr. Lena Park arrived late."]),
        ("Mr. Ruiz and Mrs. Ode met Gen. Hale.", ["Mr. Ruiz and Mrs. Ode met Gen. Hale."]),
        ("Growth was 3.5 percent. Prices fell.", ["Growth was 3.5 percent.", "Prices fell."]),
        ("The memo by A. Writer was leaked.", ["The memo by A. Writer was leaked."]),
        ("Talks with Vladimir V. Putin ended.", ["Talks with Vladimir V. Putin ended."]),
        ("It closed at 6 p.m. local time.", ["It closed at 6 p.m. local time."]),
        ("It closed at 6 p.m. The guards left.", ["It closed at 6 p.m.", "The guards left."]),
        ("Two U.S. envoys landed.", ["Two U.S. envoys landed."]),
        ("They flew to the U.S. The trip was short.", ["They flew to the U.S.", "The trip was short."]),
        ("See No. 7 and Art. 16 of the pact.", ["See No. 7 and Art. 16 of the pact."]),
        ("It was signed on Feb. 22 in the capital.", ["It was signed on Feb. 22 in the capital."]),
        ("Bring fruit, e.g. Apples and pears.", ["Bring fruit, e.g. Apples and pears."]),
        ('"We will sign," she said. "It is final."', ['"We will sign," she said.', '"It is final."']),
        ('"It is over." He walked out.', ['"It is over."', "He walked out."]),
        ("“It is over.” He walked out.", ["“It is over.”", "He walked out."]),
        ('"Is it over?" he asked.', ['"Is it over?" he asked.']),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("He waited … and waited.", ["He waited … and waited."]),
        ("Version 2.0.1 shipped.", ["Version 2.0.1 shipped."]),
        (
            "SPRINGFIELD, Exampleland, May 3. The vote passed.",
            ["SPRINGFIELD, Exampleland, May 3. The vote passed."],
        ),
        ("She scored 9. Then 10.", ["She scored 9.", "Then 10."]),
        ("(The clerk resigned.) A new one came.", ["(The clerk resigned.)", "A new one came."]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentence_rules(text: str, exp: list[str]) -> None:
    assert split(text) == exp


def test_paragraphs_blank_lines_and_long_lines() -> None:
    text = "Short wrapped line one\ncontinues here.\n\n\n  Next block.  \r\n\r\nLast."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "Short wrapped line one\ncontinues here.",
        "Next block.",
        "Last.",
    ]
    long_line = "word " * 30
    text = f"{long_line}\n{long_line}"
    assert len(paragraphs(text)) == 2


def test_paragraphs_skip_regions_trim() -> None:
    text = "date 2023-01-02 The council met today.\n\nMenu\n\nBody two."
    skip = [Region(0, 15, reason="date line"), Region(40, 44, reason="nav")]
    assert text[40:44] == "Menu"
    assert [text[s:e] for s, e in paragraphs(text, skip=skip)] == ["The council met today.", "Body two."]


def test_paragraphs_region_in_middle_splits() -> None:
    text = "Alpha beta. 290 Gamma delta."
    paras = paragraphs(text, skip=[Region(12, 15)])
    assert [text[s:e] for s, e in paras] == ["Alpha beta.", "Gamma delta."]


def test_paragraphs_start() -> None:
    text = "---\nx: y\n---\nBody here."
    assert [text[s:e] for s, e in paragraphs(text, start=13)] == ["Body here."]


@given(st.text(alphabet=st.sampled_from(list('ab .!?"”\n\t…AZ3(')), max_size=300))
def test_offsets_round_trip(text: str) -> None:
    paras = paragraphs(text)
    previous_end = 0
    for s, e in paras:
        assert 0 <= previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous_end = e
    sents = sentences(text, paras)
    previous_end = 0
    for s, e in sents:
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert any(ps <= s and e <= pe for ps, pe in paras)
        previous_end = e
    # every non-space character of a paragraph lies in some sentence
    covered = sum(len(text[s:e].split()) for s, e in sents)
    assert covered >= sum(len(text[s:e].split()) for s, e in paras)


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=5))
def test_skip_regions_never_in_paragraphs(text: str, cuts: list[tuple[int, int]]) -> None:
    regions = [Region(min(a, len(text)), min(a + b, len(text))) for a, b in cuts]
    for s, e in paragraphs(text, skip=regions):
        for r in regions:
            assert r.start == r.end or e <= r.start or r.end <= s


HOSTILE: dict[str, Callable[[int], str]] = {
    "no-punct": lambda n: "a" * n,
    "dots": lambda n: "." * n,
    "dots-no-space": lambda n: "x" + "." * (n // 2) + "y",
    "many-sentences": lambda n: "a. " * (n // 5),
    "spaces": lambda n: "\n" + " " * n + "x",
    "blank-lines": lambda n: "\n \n" * (n // 5),
    "quotes": lambda n: '"' * (n // 5) + "." + "”" * (n // 5),
    "titles": lambda n: "Mr. " * (n // 5),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_time_on_hostile_text(name: str) -> None:
    def work(size: int) -> Callable[[], object]:
        text = HOSTILE[name](size)
        return lambda: sentences(text, paragraphs(text))

    # 10x the input: linear is ~10x, quadratic ~100x (tests/timing.py). Sizes start at 0.5 MB,
    # where the text no longer fits the processor's caches; a 4x step measured 13.2 once under
    # load, too near quadratic's 16 to tell the two apart
    assert growth(work(500_000), work(5_000_000), runs=2) < 25  # 10x the input; quadratic ~100x
    hostile = HOSTILE[name](1_000_000)
    for s, e in sentences(hostile, paragraphs(hostile))[:50]:
        assert hostile[s:e].strip() == hostile[s:e]


def test_news_like_text_splits_in_linear_time() -> None:
    para = (
        "The committee approved 14 projects worth $3.5 billion on Tuesday, Dr. Imani Cole said. "
        '"We expect more next year," she told reporters at 4 p.m. in the capital. '
        "Officials in the U.S. welcomed the move. No. 3 on the list was a bridge.\n\n"
    )
    small, large = para * 500, para * 5000  # ~0.14 MB and ~1.4 MB
    assert len(sentences(large, paragraphs(large))) == 4 * 5000
    assert (
        growth(lambda: sentences(small, paragraphs(small)), lambda: sentences(large, paragraphs(large))) < 25
    )
