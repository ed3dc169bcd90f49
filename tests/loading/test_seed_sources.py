"""The five real seed pages (read from ../shared/seeds at run time, never copied)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.loading import load
from claimcheck.loading.segment import paragraphs, sentences

PUBLISHED = {
    "000": dt.date(2024, 4, 22),
    "001": dt.date(2022, 2, 22),
    "002": None,
    "003": dt.date(2022, 2, 22),
    "004": dt.date(2022, 3, 24),
}


def test_five_sources(seed_sources: dict) -> None:  # type: ignore[type-arg]
    assert sorted(seed_sources) == sorted(PUBLISHED)


@pytest.mark.parametrize(("key", "published"), sorted(PUBLISHED.items()))
def test_published(seed_sources: dict, key: str, published: dt.date | None) -> None:  # type: ignore[type-arg]
    src = seed_sources[key]
    assert src.published == published
    if published is not None:
        assert src.origin_of("published") == "inferred"


def test_authors(seed_sources: dict) -> None:  # type: ignore[type-arg]
    assert seed_sources["001"].author == "Vugar Khalilov"
    assert seed_sources["001"].origin_of("author") == "inferred"
    # the republished page: the original author, the site byline noted in the warnings
    assert seed_sources["003"].author is not None
    assert any("byline" in w for w in seed_sources["003"].warnings)


def test_crawl_date_noted(seed_sources: dict) -> None:  # type: ignore[type-arg]
    assert any("crawl" in w for w in seed_sources["001"].warnings)


def test_outlets_inferred(seed_sources: dict) -> None:  # type: ignore[type-arg]
    assert seed_sources["004"].outlet == "Trend"
    assert seed_sources["000"].outlet == "Trend"
    assert seed_sources["001"].outlet is not None


def test_text_unmutated_and_regions_valid(seeds_dir: Path, seed_sources: dict) -> None:  # type: ignore[type-arg]
    for src in seed_sources.values():
        assert src.text == Path(src.path).read_text(encoding="utf-8")
        end = 0
        for r in src.boilerplate:
            assert end <= r.start < r.end <= len(src.text)
            end = r.end


def test_furniture_is_out_of_the_body(seed_sources: dict) -> None:  # type: ignore[type-arg]
    for src in seed_sources.values():
        paras = paragraphs(src.text, skip=src.boilerplate, start=src.body_start)
        body = [src.text[s:e] for s, e in paras]
        assert body, src.id
        for para in body:
            assert "Gallery Image" not in para and "Slider Image" not in para
            assert para.strip() not in {"0", "290", "Subscribe", "Main Menu"}
            assert not para.startswith(("date 20", "By ", "•"))
        sents = sentences(src.text, paras)
        assert all(src.text[s:e] == src.text[s:e].strip() for s, e in sents)


def test_deterministic(seeds_dir: Path) -> None:
    assert load(seeds_dir) == load(sorted(seeds_dir.glob("0*.txt"), reverse=True))
