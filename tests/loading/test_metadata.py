"""Metadata inferred from page text: our own page heads, one rule each."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.loading import infer_metadata, parse_date

BODY = (
    "The regional council approved a plan on Monday to rebuild two bridges over the river, "
    "officials said after a long session that ran late into the evening."
)


@pytest.mark.parametrize(
    ("value", "exp"),
    [
        ("2021-06-30", dt.date(2021, 6, 30)),
        ("2021-06-30T08:15", dt.date(2021, 6, 30)),
        ("30 June 2021", dt.date(2021, 6, 30)),
        ("June 30, 2021", dt.date(2021, 6, 30)),
        ("Jun. 30, 2021", dt.date(2021, 6, 30)),
        ("Sept. 4, 2019 11:20 a.m.", dt.date(2019, 9, 4)),
        ("4 September 2019 09:05 (UTC+02:00)", dt.date(2019, 9, 4)),
        ("Published: March 8, 2020", dt.date(2020, 3, 8)),
        (dt.datetime(2020, 1, 2, 3, 4), dt.date(2020, 1, 2)),
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
        ("2021-02-30", None),
        ("yesterday", None),
        (20210630, None),
    ],
)
def test_parse_date(value: object, exp: dt.date | None) -> None:
    assert parse_date(value) == exp


@pytest.mark.parametrize(
    ("head", "published", "author", "outlet", "title"),
    [
        ("date 2020-11-05 " + BODY, dt.date(2020, 11, 5), None, None, None),
        ("date 2020-11-05 By Coastal Wire\n\n" + BODY, dt.date(2020, 11, 5), None, "Coastal Wire", None),
        (
            "River bridges to be rebuilt by spring\n\n"
            "12 March 2021 08:40 (UTC+01:00)\n\nBy Mira Solberg\n\n" + BODY,
            dt.date(2021, 3, 12),
            "Mira Solberg",
            None,
            "River bridges to be rebuilt by spring",
        ),
        (
            "harborgazette.com\n\nWednesday August 9 2023\n\nRiver bridges to be rebuilt by spring\n\n"
            "March 12, 2021 8:40 p.m.\n\nBy Mira Solberg\n\n" + BODY,
            dt.date(2021, 3, 12),
            "Mira Solberg",
            "harborgazette.com",
            "River bridges to be rebuilt by spring",
        ),
        ("By Reuters\n\n" + BODY, None, None, "Reuters", None),
        (
            "Council backs bridge plan after long debate\n\n" + BODY,
            None,
            None,
            None,
            "Council backs bridge plan after long debate",
        ),
    ],
)
def test_infer(
    head: str, published: dt.date | None, author: str | None, outlet: str | None, title: str | None
) -> None:
    meta = infer_metadata(head)
    assert (meta.published, meta.author, meta.outlet, meta.title) == (published, author, outlet, title)


def test_crawl_line_above_headline_is_not_the_date() -> None:
    text = "Sunday January 7 2024\n\nCouncil backs bridge plan after long debate\n\nMay 2, 2019\n\n" + BODY
    meta = infer_metadata(text)
    assert meta.published == dt.date(2019, 5, 2)
    assert any("crawl" in w for w in meta.warnings)
    reasons = {text[r.start : r.end]: r.reason for r in meta.regions}
    assert reasons["May 2, 2019"] == "date line"


def test_later_date_line_is_crawl() -> None:
    text = "Council backs bridge plan after long debate\n\nMay 2, 2019 10:00\n\nOctober 1, 2024\n\n" + BODY
    meta = infer_metadata(text)
    assert meta.published == dt.date(2019, 5, 2)
    assert any("October 1, 2024" in w for w in meta.warnings)


def test_site_and_original_bylines() -> None:
    text = (
        "Council backs bridge plan after long debate\n\nBy Owen Reyes\n\nBy Mira Solberg\n\n"
        + BODY
        + "\n\nMira Solberg covers transport for the Harbor Gazette."
    )
    meta = infer_metadata(text)
    assert meta.author == "Mira Solberg"
    assert any("Owen Reyes" in w for w in meta.warnings)


def test_nearest_byline_when_neither_signs_off() -> None:
    text = "Council backs bridge plan after long debate\n\nBy Owen Reyes\n\nBy Mira Solberg\n\n" + BODY
    assert infer_metadata(text).author == "Mira Solberg"


def test_body_dates_are_not_publication_dates() -> None:
    text = BODY + "\n\nMarch 3, 2011\n\nBy Someone Else\n"
    meta = infer_metadata(text)
    assert meta.published is None and meta.author is None


def test_agency_from_blurb() -> None:
    text = BODY + "\n\nFollow more news at Kestrel News Agency's channel"
    assert infer_metadata(text).outlet == "Kestrel"


def test_regions_are_the_metadata_lines() -> None:
    text = "Council backs bridge plan after long debate\n\n12 March 2021 08:40\n\nBy Mira Solberg\n\n" + BODY
    meta = infer_metadata(text)
    assert [text[r.start : r.end] for r in meta.regions] == ["12 March 2021 08:40", "By Mira Solberg"]


def test_all_capitals_nameplate_above_a_menu_is_the_outlet() -> None:
    from claimcheck.loading import load

    page = (
        "THE HARBOUR TIMES\n"
        "Home | News | Sport | Weather | Contact\n\n"
        "Council opens a second ferry line\n\n"
        "3 March 2023 09:10\n\n"
        "The council opened a second ferry line on Friday, officials said.\n"
    )
    (src,) = load([page])
    assert src.outlet == "The Harbour Times"
    assert src.origin_of("outlet") == "inferred"


def test_an_all_capitals_headline_without_a_menu_is_not_an_outlet() -> None:
    from claimcheck.loading import load

    page = "FERRY LINE OPENS\n\nThe council opened a second ferry line on Friday, officials said.\n"
    (src,) = load([page])
    assert src.outlet is None
