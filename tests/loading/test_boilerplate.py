"""Boilerplate lines: one rule each, written with our own page furniture."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.loading import find_boilerplate, line_reason, merge_regions
from claimcheck.model import Region

STORY = (
    "The harbour authority said on Friday that 40 new cranes would be installed by the end of the "
    "year, doubling the port's capacity for container traffic along the coast."
)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("290", "counter"),
        ("0", "counter"),
        ("1,204 views", "counter"),
        ("17 comments", "counter"),
        ("Harbour cranes arrive - Gallery Image", "gallery line"),
        ("Slider Image 3", "gallery line"),
        ("Follow us on Twitter @HarborGazette", "share/subscribe/follow blurb"),
        ("Subscribe to our newsletter for daily updates", "share/subscribe/follow blurb"),
        ("Share this article", "share/subscribe/follow blurb"),
        ("© 2024 Harbor Gazette. All rights reserved.", "copyright"),
        ("Copyright 2023 Example Media", "copyright"),
        ("Home › Business › Ports", "breadcrumb"),
        ("Home › Ports", "breadcrumb"),
        ("HomeBusinessHarbour cranes arrive", "breadcrumb"),
        ("Main Menu", "navigation"),
        ("Loading...", "navigation"),
        ("Tags: ports, cranes", "tags"),
        ("--", "separator"),
        ("—", "separator"),
        ("Cranes unloading at dawn. Photo: Port Authority", "photo caption"),
        # content stays content
        ("Home prices rose 4 percent in May.", None),
        ("The port handled 290 ships.", None),
        ("Readers asked whether the subscription fee would rise.", None),
        ("Tagging wildlife helps researchers.", None),
        ("| a | b |", None),
        (STORY, None),
    ],
)
def test_line_reason(line: str, reason: str | None) -> None:
    assert line_reason(line) == reason


def marked(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_boilerplate(text)]


def test_menu_run_of_bullets() -> None:
    text = f"  • Home\n  • Ports\n  • Business\n\n{STORY}"
    assert marked(text) == ["• Home", "• Ports", "• Business"]


def test_bullet_list_with_sentences_is_content() -> None:
    text = f"{STORY}\n\n• The first crane arrived in May.\n• The second crane arrived in June.\n"
    assert marked(text) == []


def test_related_posts_list() -> None:
    items = "  1. Cranes and the future of ports in a warmer world\n  2. Why ships got bigger\n"
    text = f"{STORY}\n\nRelated posts:\n\n{items}"
    assert marked(text) == [
        "Related posts:",
        "1. Cranes and the future of ports in a warmer world",
        "2. Why ships got bigger",
    ]


def test_short_line_between_tail_furniture() -> None:
    text = f"{STORY}\n\nShare this article\n\nThanks for reading us.\n\nFollow us on Twitter @HarborGazette\n"
    assert "Thanks for reading us." in marked(text)


def test_start_offset_respected() -> None:
    text = "290\n\n" + STORY + "\n\n17"
    assert marked(text) == ["290", "17"]
    assert [text[r.start : r.end] for r in find_boilerplate(text, start=5)] == ["17"]


@given(st.text(alphabet=st.sampled_from(list("ab •1›\n ©.@-")), max_size=300))
def test_regions_lie_within_text_and_are_disjoint(text: str) -> None:
    regions = find_boilerplate(text)
    end = 0
    for r in regions:
        assert end <= r.start < r.end <= len(text)
        end = r.end


def test_merge_regions() -> None:
    merged = merge_regions([Region(5, 9, reason="b"), Region(0, 6, reason="a"), Region(2, 3), Region(7, 7)])
    assert [(r.start, r.end, r.reason) for r in merged] == [(0, 6, "a"), (6, 9, "b")]
