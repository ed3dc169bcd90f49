"""Publication dates of generated news pages: markup, URL and visible dateline combined.

Each page is built from a random mix of the signals real pages carry (JSON-LD, meta
tags, ``<time>``, a visible dateline, a dated URL) and of the traps they hold (a
masthead "today" date, modified dates, dated related-story lists, comment dates, a
copyright year). The true date is known by construction.

Run ``python tests/sources/test_html_dates.py`` to print the accuracy per signal mix.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import random
from collections import Counter

import pytest

from claimcheck.loading.html import load_html

_MONTHS = list(calendar.month_name)[1:]  # English: Python leaves the C locale alone
_DAYS = list(calendar.day_name)


def _long(d: dt.date, rng: random.Random) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} p.m."
        return f"{_MONTHS[d.month - 1][:3]}. {d.day}, {d.year} {clock}"
    return d.isoformat()


def make_page(rng: random.Random) -> tuple[str, dt.date | None, str]:
    """A page, its true publication date (None when the page gives none) and its signal mix."""
    true = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    today = true + dt.timedelta(days=rng.randint(1, 900))
    modified = true + dt.timedelta(days=rng.randint(1, 30))
    signals = [s for s in ("ld", "meta", "time", "dateline", "url") if rng.random() < 0.45]
    head: list[str] = [f"<title>Story {rng.randrange(1000)} - Bay Post</title>"]
    if "ld" in signals:
        stamp = rng.choice(
            [true.isoformat(), f"{true}T{rng.randint(0, 23):02d}:15:00+02:00", f"{true}T23:30:00-05:00"]
        )
        if {"dateline", "time", "url"} & set(signals) and rng.random() < 0.25:
            # a UTC timestamp for a story published at 01:30 local time in UTC+4: the day before
            stamp = f"{true - dt.timedelta(days=1)}T21:30:00Z"
        art = {
            "@type": rng.choice(["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"]),
            "datePublished": stamp,
            "dateModified": modified.isoformat(),
            "headline": "Board approves new berths",
        }
        doc = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Bay Post"}, art]}
        head.append(
            f"<script type='application/ld+json'>{json.dumps(doc if rng.random() < 0.5 else art)}</script>"
        )
    elif rng.random() < 0.5:  # only a modified date in the markup: a trap
        head.append(f"<meta property='article:modified_time' content='{modified}'>")
    if "meta" in signals:
        name = rng.choice(
            [
                "property='article:published_time'",
                "name='pubdate'",
                "name='dc.date.issued'",
                "name='parsely-pub-date'",
                "name='date'",
                "itemprop='datePublished'",
            ]
        )
        head.append(f"<meta {name} content='{true}T08:00:00Z'>")
    if "url" in signals:
        head.append(f"<link rel='canonical' href='https://bay.example/news/{true:%Y/%m/%d}/board-berths'>")
    elif rng.random() < 0.5:
        head.append("<link rel='canonical' href='https://bay.example/news/board-berths-48213'>")
    masthead = f"{_DAYS[today.weekday()]}, {today.day} {_MONTHS[today.month - 1]} {today.year}"
    top = rng.choice(
        [
            f"<header><div class='logo'>BAY POST</div><p>Today: {masthead}</p></header>",
            f"<div class='top-bar'><span>{masthead}</span></div><div class='logo'>BAY POST</div>",
            f"<header role='banner'><time datetime='{today}'>{masthead}</time></header>",
            # harder: an unlabelled masthead date, marked up as a <time>
            f"<div class='brand'><p>BAY POST</p><p><time datetime='{today}'>{masthead}</time></p></div>",
        ]
    )
    byline: list[str] = ["<p>By Ada Lind</p>"]
    if "time" in signals:
        wrap = rng.choice(["div class='byline'", "p class='meta'", "div class='article-info'", "p"])
        byline.append(f"<{wrap}><time datetime='{true}'>{_long(true, rng)}</time></{wrap.split()[0]}>")
    if "dateline" in signals:
        shown = _long(true, rng) if rng.random() < 0.8 else f"{true.day:02d}.{true.month:02d}.{true.year}"
        byline.append(f"<p>{rng.choice(['', 'Published ', 'Posted on '])}{shown}</p>")
    if rng.random() < 0.3:
        byline.append(f"<p>Updated {_long(modified, rng)}</p>")
    rng.shuffle(byline)
    related = "".join(
        f"<li><a href='/r{i}'>Older story {i}</a> <time datetime='{true - dt.timedelta(days=9 * i + 3)}'>"
        f"{_long(true - dt.timedelta(days=9 * i + 3), rng)}</time></li>"
        for i in range(1, 4)
    )
    body = (
        f"<!doctype html><html><head>{''.join(head)}</head><body>{top}"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Board approves new berths</h1>{''.join(byline)}"
        "<p>The harbour board approved 14 new berths after a vote of 7 to 2, the chair said.</p>"
        "<p>Work starts next spring and should take 18 months.</p></article>"
        f"<aside class='related'><h3>Related</h3><ul>{related}</ul></aside>"
        f"<section class='comments'><p>Reader, {_long(today - dt.timedelta(days=1), rng)}: ok</p></section>"
        f"<footer><p>© {today.year} Bay Post</p></footer></body></html>"
    )
    truth = true if signals else None
    return body, truth, "+".join(signals) or "none"


def measure(n: int = 400, seed: int = 7) -> tuple[float, Counter[str], Counter[str], int]:
    """Accuracy over ``n`` generated pages; per-mix totals and errors; crawl/"today" dates taken."""
    rng = random.Random(seed)
    total: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    crawl_taken = 0
    for i in range(n):
        page, truth, mix = make_page(rng)
        src = load_html(page, sid=f"p{i}", given=None)
        total[mix] += 1
        if src.published != truth:
            wrong[mix] += 1
            if src.published is not None and truth is not None and src.published > truth:
                crawl_taken += 1
    return 1 - sum(wrong.values()) / n, total, wrong, crawl_taken


def test_generated_page_dates() -> None:
    accuracy, _total, wrong, later = measure(300, seed=11)
    assert later == 0, wrong  # never a masthead, comment or modified date after the real one
    assert accuracy >= 0.95, wrong


if __name__ == "__main__":  # pragma: no cover
    acc, total, wrong, later = measure()
    print(f"accuracy {acc:.3f} over {sum(total.values())} pages; later-than-true dates taken: {later}")
    for mix in sorted(total, key=lambda m: (-total[m], m)):
        print(f"  {mix:28} {total[mix]:4}  wrong {wrong[mix]}")


_D = dt.date


@pytest.mark.parametrize(
    "signals, second, expected",
    [
        # htmldate alone answers only when the page has no markup signal
        ([], _D(2020, 3, 1), _D(2020, 3, 1)),
        # it breaks a tie between two single-family dates...
        ([(_D(2020, 3, 1), "meta", "m"), (_D(2020, 3, 2), "time", "t")], _D(2020, 3, 2), _D(2020, 3, 2)),
        # ...but never outvotes two families that agree
        (
            [(_D(2020, 3, 1), "time", "t"), (_D(2020, 3, 1), "dateline", "d"), (_D(2020, 3, 2), "meta", "m")],
            _D(2020, 3, 2),
            _D(2020, 3, 1),
        ),
        # without it, the most explicit family wins a tie
        ([(_D(2020, 3, 1), "json-ld", "j"), (_D(2020, 3, 2), "meta", "m")], None, _D(2020, 3, 1)),
    ],
)
def test_htmldate_breaks_ties_and_fills_gaps(
    signals: list[tuple[dt.date, str, str]], second: dt.date | None, expected: dt.date
) -> None:
    from claimcheck.loading.htmlmeta import _vote

    best, first, why = _vote(signals, second)
    assert best == expected
    assert first[0] == expected and why
