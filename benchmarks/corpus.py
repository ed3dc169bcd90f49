"""A seeded synthetic news corpus for benchmarks and tests (our own template sentences).

Each article mixes the claim kinds the library extracts: counts, amounts, ordinals,
durations, dates, article references ("Article 16 states ..."), quotations with
speakers and attributions; a share of articles are syndicated copies of others
(trimmed, with a new masthead and a wire credit).

:func:`news` builds a corpus organised the way news is: *stories* (their number grows with
the corpus, as the topics of more days of news do), each with its own facts (a count, an
amount, the date of an event, a duration, an ordinal, an article of a named instrument, a
quote by a named person); several outlets report each story with their own wording, some
with a conflicting figure or date, and some articles are syndicated copies of another with a
new masthead and a credit line. Names of places, people and instruments are made of random
syllables, so the vocabulary grows with the corpus too.

Usage::

    from benchmarks.corpus import generate, news
    articles = generate(n=200, seed=7)      # list of (name, text)
    records = news(n=1000, seed=7)          # list of dicts: id, text, outlet, published
    python benchmarks/corpus.py OUTDIR --n 200 --seed 7
    python benchmarks/corpus.py OUTDIR --n 1000 --news --format jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

__all__ = ["generate", "news", "write", "write_news"]

_PEOPLE = ["Lena Ortiz", "Marat Aliyev", "Priya Rao", "Tomas Berg", "Aisha Karimova", "Jon Hale"]
_ROLES = ["the foreign minister", "a senior analyst", "the trade envoy", "the MP", "the spokeswoman"]
_OUTLETS = ["Harbor Wire", "Daily Ledger", "Caspian Post", "Metro Times", "North Gazette"]
_NOUNS = ["agreements", "visits", "projects", "delegates", "memorandums", "contracts", "schools"]
_MEASURED = ["trade", "turnover", "investment", "exports", "the budget", "revenue"]
_CURR = ["US$", "$", "USD ", "€", ""]
_UNITS_AFTER = ["million manat", "billion dollars", "million euros", "percent", "per cent", "%"]
_PLACES = ["Baku", "Tbilisi", "Astana", "Ankara", "Vienna", "Oslo"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_WORDS = ["twelve", "thirty", "fifty-two", "a dozen", "two hundred", "forty-four", "ninety"]
_QUALS = ["", "about ", "almost ", "more than ", "nearly ", "at least ", "up to ", "some "]


def _sentence(rng: random.Random) -> str:
    r = rng.random
    q = rng.choice(_QUALS)
    n = rng.choice(
        [str(rng.randint(2, 999)), f"{rng.randint(1, 99)},{rng.randint(100, 999)}", rng.choice(_WORDS)]
    )
    templates = [
        lambda: f"So far {q}{n} {rng.choice(_NOUNS)} have been signed between the two governments.",
        lambda: (
            f"{rng.choice(_MEASURED).capitalize()} in {rng.randint(2000, 2024)} grew by {rng.randint(1, 40)} percent to {q}{rng.choice(_CURR)}{rng.randint(1, 9)}.{rng.randint(1, 9)} billion."
        ),
        lambda: (
            f"The officials reported {q}{rng.randint(2, 900)} {rng.choice(_UNITS_AFTER)} in new spending."
        ),
        lambda: (
            f"The delegation marked the {rng.randint(2, 90)}th anniversary of the treaty in {rng.choice(_PLACES)}."
        ),
        lambda: (
            f"Veterans recalled the {rng.randint(2, 60)}-day campaign and the {q}{rng.choice(_WORDS)}-year dispute."
        ),
        lambda: (
            f"The ceasefire has held for {rng.randint(2, 40)} years, officials in {rng.choice(_PLACES)} said."
        ),
        lambda: (
            f"The protocol was signed on {rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2023)}, in {rng.choice(_PLACES)}."
        ),
        lambda: (
            f"Talks resumed on {rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1990, 2023)} after a pause."
        ),
        lambda: (
            f'"Article {rng.randint(1, 40)} obliges each side to consult the other before any step," the document states.'
        ),
        lambda: (
            f"Article {rng.randint(1, 40)} of the accord says the parties shall refrain from hostile acts."
        ),
        lambda: (
            f'"We have taken {q}{n} concrete steps this year," {rng.choice(_PEOPLE)} told {rng.choice(_OUTLETS)}.'
        ),
        lambda: (
            f'{rng.choice(_PEOPLE)} said: "Cooperation keeps growing across {rng.randint(2, 30)} sectors."'
        ),
        lambda: (
            f"According to {rng.choice(_ROLES)}, the pipeline runs for {rng.randint(100, 2000)} kilometres."
        ),
        lambda: (
            f"The meeting began at {rng.randint(1, 12)}:{rng.randint(10, 59)} p.m. local time, the agency reported."
        ),
        lambda: (
            f"It was {rng.choice(_ROLES)}'s {rng.choice(['third', 'fifth', 'tenth'])} trip to the region in {rng.randint(2, 9)} months."
        ),
        lambda: f"Between {rng.randint(10, 40)} and {rng.randint(41, 90)} observers monitored the vote.",
        lambda: "Both leaders praised the talks and pledged closer ties.",
    ]
    del r
    return rng.choice(templates)()


def generate(
    n: int = 200, *, seed: int = 7, sentences: tuple[int, int] = (12, 30), copy_rate: float = 0.2
) -> list[tuple[str, str]]:
    """Return ``n`` articles as ``(name, text)``; about ``copy_rate`` of them are syndicated copies."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for i in range(n):
        if out and rng.random() < copy_rate:
            name, text = rng.choice(out)
            paras = text.split("\n\n")
            keep = paras[: max(2, len(paras) * 2 // 3)]
            outlet = rng.choice(_OUTLETS)
            out.append(
                (
                    f"{i:05d}_copy",
                    f"{outlet}\n\n" + "\n\n".join(keep[1:]) + f"\n\n({name.split('_')[0]} via {outlet})",
                )
            )
            continue
        outlet = rng.choice(_OUTLETS)
        body: list[str] = [
            f"{rng.choice(_PLACES).upper()}, {rng.choice(_MONTHS)} {rng.randint(1, 28)} ({outlet})"
        ]
        count = rng.randint(*sentences)
        para: list[str] = []
        for _ in range(count):
            para.append(_sentence(rng))
            if len(para) >= rng.randint(2, 4):
                body.append(" ".join(para))
                para = []
        if para:
            body.append(" ".join(para))
        out.append((f"{i:05d}", "\n\n".join(body) + "\n"))
    return out


def write(directory: str | Path, n: int = 200, *, seed: int = 7) -> list[Path]:
    """Write the corpus as ``.txt`` files into ``directory``; return the paths."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed=seed):
        path = root / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# -- story-based news ------------------------------------------------------------------

_SYL = ["var", "nol", "kes", "tra", "mi", "dor", "ael", "sun", "bri", "ost", "lun", "ka", "vel",
        "zor", "en", "tal", "rim", "hol", "pe", "sar", "quin", "dal", "mor", "ith", "bel", "gra"]  # fmt: skip
_STORY_NOUNS = [
    ("families", "evacuated"), ("homes", "damaged"), ("workers", "hired"), ("schools", "reopened"),
    ("flights", "cancelled"), ("trucks", "inspected"), ("wells", "drilled"), ("patients", "treated"),
    ("bridges", "repaired"), ("villages", "reconnected"), ("contracts", "signed"), ("permits", "issued"),
    ("protesters", "detained"), ("vessels", "stopped"), ("students", "enrolled"), ("clinics", "opened"),
    ("turbines", "installed"), ("farms", "flooded"), ("buses", "added"), ("officers", "deployed"),
]  # fmt: skip
_EVENTS = [
    "summit",
    "flood",
    "election",
    "strike",
    "ceremony",
    "hearing",
    "launch",
    "blackout",
    "fire",
    "vote",
]
_INSTRUMENTS = ["Accord", "Charter", "Treaty", "Protocol", "Convention", "Declaration"]
_PROVISIONS = [
    "obliges each party to share water data every month",
    "forbids the transfer of heavy weapons across the border",
    "guarantees free passage for civilian ships in the strait",
    "requires both governments to publish their budgets each year",
    "sets up a joint commission to settle trade disputes",
    "protects the right of minority schools to teach in their own language",
]
_QUOTE_BODIES = [
    "We will not stop until every one of the {n} {noun} is accounted for",
    "The {n} {noun} show that the plan is working",
    "Nobody expected {n} {noun} in a single week",
    "Our teams counted {n} {noun} and the number may still rise",
]
_FILLER = [
    "Residents of {place} gathered in the main square on the same evening.",
    "The ministry in {place} did not respond to a request for comment.",
    "Local media in {place} carried live coverage throughout the day.",
    "Opposition figures criticised the handling of the situation in {district}.",
    "The council of {district} is expected to discuss the matter next week.",
    "Observers described the mood in {place} as calm but tense.",
    "Further details about {district} were not immediately available.",
    "Aid groups said they were ready to send more volunteers to {place}.",
    "{person} visited the {district} district on the following morning.",
    "Shops in central {place} stayed closed while inspectors checked the damage.",
    "Neighbouring towns offered to help {place} with equipment and staff.",
    "The road between {place} and {district} was closed to traffic for several hours.",
]
_NEWS_OUTLETS = [f"{a} {b}" for a in ("Harbor", "Caspian", "Metro", "North", "Valley", "Coastal", "Capital",
                                       "Frontier", "Summit", "River")
                 for b in ("Wire", "Ledger", "Post", "Times", "Gazette")]  # fmt: skip
_ROLES_NEWS = [
    "the regional governor",
    "a ministry spokeswoman",
    "the mayor",
    "a senior official",
    "the envoy",
]


def _name(rng: random.Random, parts: tuple[int, int] = (2, 3)) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(*parts))).capitalize()


def _story(rng: random.Random, start: dt.date) -> dict[str, Any]:
    noun, verb = rng.choice(_STORY_NOUNS)
    noun2, verb2 = rng.choice([nv for nv in _STORY_NOUNS if nv[0] != noun])
    day = start + dt.timedelta(days=rng.randint(0, 360))
    return {
        "place": _name(rng),
        "district": _name(rng),
        "person": f"{_name(rng, (1, 2))} {_name(rng)}",
        "role": rng.choice(_ROLES_NEWS),
        "event": rng.choice(_EVENTS),
        "noun": noun,
        "verb": verb,
        "count": rng.randint(12, 4000),
        "noun2": noun2,
        "verb2": verb2,
        "count2": rng.randint(3, 300),
        "amount": rng.randint(2, 950),
        "date": day,
        "days": rng.randint(2, 30),
        "nth": rng.choice(["second", "third", "fourth", "fifth"]),
        "instrument": f"{_name(rng)} {rng.choice(_INSTRUMENTS)}",
        "article": rng.randint(1, 40),
        "provision": rng.choice(_PROVISIONS),
        "quote": rng.choice(_QUOTE_BODIES),
    }


def _fact_sentences(
    rng: random.Random, st: dict[str, Any], outlet: str, conflict: bool, facts: tuple[int, int] = (4, 8)
) -> list[str]:
    """Sentences stating the story's facts, in one of several wordings; ``conflict`` shifts one figure."""
    count, amount, date = st["count"], st["amount"], st["date"]
    if conflict:
        which = rng.choice(["count", "amount", "date"])
        if which == "count":
            count = max(2, count + rng.choice([-1, 1]) * rng.randint(1, max(1, count // 4)))
        elif which == "amount":
            amount = amount + rng.randint(1, 50)
        else:
            date = date + dt.timedelta(days=rng.choice([-2, -1, 1, 2]))
    p, n, v = st["place"], st["noun"], st["verb"]
    month, d, y = date.strftime("%B"), date.day, date.year
    q = rng.choice(["", "", "about ", "more than ", "nearly "])
    options = [
        rng.choice(
            [
                f"Officials in {p} said {q}{count:,} {n} were {v} after the {st['event']}.",
                f"At least {count:,} {n} have been {v} in {p} since the {st['event']}, officials said.",
                f"The number of {n} {v} in {p} reached {count:,}, according to {st['role']}.",
            ]
        ),
        rng.choice(
            [
                f"The {st['event']} in {p} took place on {month} {d}, {y}.",
                f"On {d} {month} {y}, the {st['event']} in {p} began.",
            ]
        ),
        f"The authorities in {p} pledged ${amount} million for repairs in the {st['district']} district.",
        f"A further {st['count2']} {st['noun2']} were {st['verb2']} in the {st['district']} district.",
        f"The {st['event']} lasted {st['days']} days, the longest in {p} in a decade.",
        f"It was the {st['nth']} {st['event']} in {p} this year.",
        rng.choice(
            [
                f"Article {st['article']} of the {st['instrument']} {st['provision']}.",
                f'"Article {st["article"]} {st["provision"]}," the text of the {st["instrument"]} reads.',
            ]
        ),
        rng.choice(
            [
                f'"{st["quote"].format(n=count, noun=n)}," {st["person"]} told {outlet}.',
                f'{st["person"]}, {st["role"]}, said: "{st["quote"].format(n=count, noun=n)}."',
            ]
        ),
    ]
    k = rng.randint(max(1, facts[0]), min(len(options), facts[1]))
    return rng.sample(options, k)


def news(
    n: int = 1000,
    *,
    seed: int = 7,
    per_story: float = 6.0,
    copy_rate: float = 0.15,
    conflict_rate: float = 0.15,
    filler: tuple[int, int] = (6, 14),
    facts: tuple[int, int] = (4, 8),
    dateline: bool = True,
    with_story: bool = False,
) -> list[dict[str, Any]]:
    """``n`` news records ``{"id", "text", "outlet", "published"}`` about ``n / per_story`` stories.

    Each story is reported by about ``per_story`` articles from different outlets (more for some,
    fewer for others); ``conflict_rate`` of the original reports shift one figure or date;
    ``copy_rate`` of the articles are syndicated copies of an earlier one (same body, new
    masthead, a credit line, published a day later). Each original states ``facts`` of its
    story's eight facts and ``filler`` sentences without figures, after a dateline
    (``PLACE, Month Day (Outlet)``) unless ``dateline`` is False. Same arguments, same corpus.
    With ``with_story``, each record also carries ``"story"``: the index of the story it
    reports (the truth for ``benchmarks/stories.py``).
    """
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    stories = [_story(rng, start) for _ in range(max(1, round(n / per_story)))]
    weights = [1.0 / (1 + (i % 7)) for i in range(len(stories))]  # some stories draw more coverage
    out: list[dict[str, Any]] = []
    originals: list[int] = []
    for i in range(n):
        if originals and rng.random() < copy_rate:
            src = out[rng.choice(originals[-500:])]  # copies follow recent articles
            outlet = rng.choice([o for o in _NEWS_OUTLETS if o != src["outlet"]])
            body = src["text"].split("\n\n", 1)[1] if dateline else src["text"]
            published = dt.date.fromisoformat(src["published"]) + dt.timedelta(days=1)
            text = f"{outlet.upper()}\n\n{body}\n\n(Distributed by {src['outlet']})\n"
            out.append(
                {"id": f"a{i:07d}", "text": text, "outlet": outlet, "published": published.isoformat()}
            )
            if with_story:
                out[-1]["story"] = src["story"]
            continue
        k_story = rng.choices(range(len(stories)), weights=weights)[0]
        st = stories[k_story]
        outlet = rng.choice(_NEWS_OUTLETS)
        published = st["date"] + dt.timedelta(days=rng.randint(0, 3))
        sents = _fact_sentences(rng, st, outlet, rng.random() < conflict_rate, facts)
        sents += [rng.choice(_FILLER).format(**st) for _ in range(rng.randint(*filler))]
        head, rest = sents[0], sents[1:]
        rng.shuffle(rest)
        paras = [head]
        while rest:
            take = rng.randint(1, 3)
            paras.append(" ".join(rest[:take]))
            rest = rest[take:]
        head_line = f"{st['place'].upper()}, {published.strftime('%B')} {published.day} ({outlet})"
        text = (f"{head_line}\n\n" if dateline else "") + "\n\n".join(paras) + "\n"
        originals.append(i)
        out.append({"id": f"a{i:07d}", "text": text, "outlet": outlet, "published": published.isoformat()})
        if with_story:
            out[-1]["story"] = k_story
    return out


def write_news(
    directory: str | Path, records: list[dict[str, Any]], *, fmt: str = "jsonl", shard: int = 10_000
) -> list[Path]:
    """Write ``records`` into ``directory``: JSON Lines files of ``shard`` records, or one ``.txt``
    file per article with front matter (``fmt="files"``). Returns the paths written."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    if fmt == "jsonl":
        for k in range(0, len(records), shard):
            path = root / f"news_{k // shard:04d}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for rec in records[k : k + shard]:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            paths.append(path)
        return paths
    for rec in records:
        path = root / f"{rec['id']}.txt"
        front = f"---\noutlet: {rec['outlet']}\npublished: {rec['published']}\n---\n"
        path.write_text(front + rec["text"], encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--news", action="store_true", help="story-based corpus (see news())")
    ap.add_argument("--format", choices=("jsonl", "files"), default="jsonl")
    args = ap.parse_args()
    if args.news:
        write_news(args.outdir, news(args.n, seed=args.seed), fmt=args.format)
    else:
        write(args.outdir, args.n, seed=args.seed)
