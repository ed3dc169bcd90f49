"""Linking time against the number of claims: close to linear thanks to blocking.

Synthetic corpus: sources of 10 claims each over a vocabulary of subjects that grows with the
corpus (as real news does: more articles, more topics), counts and dated events.

    /work/venv/bin/python benchmarks/link.py            # 10k and 100k claims
    /work/venv/bin/python benchmarks/link.py 2000 20000
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import sys
import time

from claimcheck.linking._link import link
from claimcheck.model import Claim, DateValue, Extraction, Quantity, Source, Span, content_id

NOUNS = [
    "agreement",
    "visit",
    "treaty",
    "soldier",
    "project",
    "meeting",
    "flight",
    "contract",
    "school",
    "road",
]
EVENTS = ["sign", "arrive", "open", "meet", "launch", "close", "visit", "announce"]


def corpus(n_claims: int, *, seed: int = 7) -> Extraction:
    rnd = random.Random(seed)
    topics = max(1, n_claims // 20)  # about 20 claims per topic whatever the size
    sources, claims = [], []
    for s in range(n_claims // 10):
        sid = f"s{s:07d}"
        text = " ".join(f"t{rnd.randrange(10**6)}" for _ in range(60))
        sources.append(Source(sid, text, outlet=f"Outlet {s % 997}", published=dt.date(2024, 1, 1)))
        for i in range(10):
            topic = rnd.randrange(topics)
            sp = Span(sid, i, i + 1)
            if i % 2:
                subject = f"{NOUNS[topic % len(NOUNS)]}s of topic{topic}"
                value: Quantity | DateValue = Quantity(100 + rnd.randrange(3), None, None)
                claims.append(
                    Claim(
                        content_id("c", sid, i),
                        "count",
                        f"{NOUNS[topic % 10]}{topic}s",
                        value,
                        sp,
                        sp,
                        detail=subject,
                    )
                )
            else:
                event = f"{EVENTS[topic % len(EVENTS)]} topic{topic}"
                value = DateValue(2022, 2, 20 + rnd.randrange(3))
                claims.append(Claim(content_id("c", sid, i), "date", event, value, sp, sp, detail=event))
    return Extraction(tuple(sources), tuple(claims))


def measure(n_claims: int, *, repeat: int = 3) -> float:
    ex = corpus(n_claims)
    elapsed = float("inf")
    for _ in range(repeat):  # best of ``repeat``: the machine is shared
        gc.collect()
        t0 = time.perf_counter()
        linkage = link(ex, paraphrases=False, provenance=True)
        elapsed = min(elapsed, time.perf_counter() - t0)
    print(
        f"{n_claims:>8} claims  {len(ex.sources):>7} sources  {len(linkage.links):>9} links  "
        f"{len(linkage.groups):>7} groups  {elapsed:8.2f} s"
    )
    return elapsed


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    times = [measure(n) for n in sizes]
    for (n0, t0), (n1, t1) in zip(zip(sizes, times), zip(sizes[1:], times[1:])):
        print(f"{n1 / n0:.0f}x claims -> {t1 / t0:.1f}x time")


if __name__ == "__main__":
    main(sys.argv[1:])
