"""A seeded synthetic news corpus for benchmarks and tests (our own template sentences).

Each article mixes the claim kinds the library extracts: counts, amounts, ordinals,
durations, dates, article references ("Article 16 states ..."), quotations with
speakers and attributions; a share of articles are syndicated copies of others
(trimmed, with a new masthead and a wire credit).

Usage::

    from benchmarks.corpus import generate
    articles = generate(n=200, seed=7)      # list of (name, text)
    python benchmarks/corpus.py OUTDIR --n 200 --seed 7
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

__all__ = ["generate", "write"]

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


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    write(args.outdir, args.n, seed=args.seed)
