"""Test helpers for dates: a fixed publication day, and the dates a text yields with their words."""

from __future__ import annotations

import datetime as dt

from claimcheck.extraction.dates import find_dates

__all__ = ["PUB", "found"]

#: The publication date the date tests resolve against (a Wednesday).
PUB = dt.date(2023, 5, 17)


def found(text: str, published: dt.date | None = PUB) -> list[tuple[str, str]]:
    """Each date in ``text``: its words and its ISO value, read against ``published``."""
    return [(text[m.start : m.end], m.value.iso) for m in find_dates(text, published=published)]
