"""How well :func:`claimcheck.linking.stories.stories` finds the stories of a generated news corpus.

Run::

    python benchmarks/stories.py --size 10000
    python benchmarks/stories.py --size 300 --per-story 300   # a corpus about one story
    python benchmarks/stories.py --polnear     # real news: story sizes only (no truth)

The generator (``corpus.news(..., with_story=True)``) knows which story each article
reports. Pair precision is the share of source pairs put in one story that really are one
story; pair recall the share of true same-story pairs put in one story. A source with no
story (``""``) is compared with every story when linking, so it is counted as joined to its
true story-mates (it never hides a link) and to nothing else in precision. Counting is by
contingency table, so it is linear in the corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import datetime as dt

from claimcheck.linking.stories import stories
from claimcheck.model import Source


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def generated(size: int, seed: int, per_story: float = 6.0) -> None:
    from corpus import news

    records = news(size, seed=seed, per_story=per_story, with_story=True)
    sources = [
        Source(r["id"], r["text"], outlet=r["outlet"], published=dt.date.fromisoformat(r["published"]))
        for r in records
    ]
    truth = {r["id"]: r["story"] for r in records}
    t0 = time.process_time()
    found = stories(sources)
    seconds = time.process_time() - t0
    loose = [sid for sid, st in found.items() if not st]
    cells = Counter((found[sid], truth[sid]) for sid in found if found[sid])
    by_found = Counter(found[sid] for sid in found if found[sid])
    by_truth = Counter(truth.values())
    loose_by_truth = Counter(truth[sid] for sid in loose)
    together = sum(_pairs(n) for n in cells.values())
    # a loose source meets every source: all its true story-mates are reachable
    together_true = together + sum(n * (by_truth[t] - n) + _pairs(n) for t, n in loose_by_truth.items())
    predicted = sum(_pairs(n) for n in by_found.values())
    true_pairs = sum(_pairs(n) for n in by_truth.values())
    precision = together / predicted if predicted else 1.0
    recall = together_true / true_pairs if true_pairs else 1.0
    print(f"corpus: {size} articles, {len(by_truth)} true stories (seed {seed})")
    print(f"stories found      {len(by_found)}")
    print(f"sources loose      {len(loose)}")
    print(f"largest story      {max(by_found.values(), default=0)} sources")
    print(f"pair precision     {precision:.4f}")
    print(f"pair recall        {recall:.4f}")
    print(f"time               {seconds:.2f} s CPU ({size / max(seconds, 1e-9):,.0f} sources/s)")


def polnear() -> None:
    root = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "polnear"
    files = sorted(root.glob("*/text/*"))
    sources = [Source(f.name, f.read_text(encoding="utf-8")) for f in files]
    found = stories(sources)
    sizes = Counter(st for st in found.values() if st)
    print(f"PolNeAR: {len(sources)} articles from 2015-2016 political news (many stories, no truth)")
    print(f"stories found      {len(sizes)}")
    print(f"sources loose      {sum(1 for st in found.values() if not st)}")
    print(f"largest stories    {[n for _, n in sizes.most_common(5)]}")
    print(f"single-source      {sum(1 for n in sizes.values() if n == 1)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-story", type=float, default=6.0, help="articles per story (size: one story)")
    ap.add_argument("--polnear", action="store_true")
    args = ap.parse_args()
    if args.polnear:
        polnear()
    else:
        generated(args.size, args.seed, args.per_story)


if __name__ == "__main__":
    main()
