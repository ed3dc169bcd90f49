"""Compare two PolNeAR dumps (``polnear.py --dump``): what changed, and a random sample of it.

Run:
    python benchmarks/polnear.py --split train --dump before.jsonl
    (change the library)
    python benchmarks/polnear.py --split train --dump after.jsonl
    python benchmarks/polnear_changes.py before.jsonl after.jsonl [--split train] [--sample 30 --seed 1]

Prints counts of verdict moves (``speaker -> ok``, ``- -> fp``, ...) and, for the sample, each
changed prediction in its context, for judging by hand.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "polnear"

Key = tuple[str, int, int]


def _load(path: str) -> dict[Key, dict[str, object]]:
    out: dict[Key, dict[str, object]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        span = r["span"]
        out[(str(r["article"]), int(span[0]), int(span[1]))] = r
    return out


def _context(split: str, key: Key, width: int = 200) -> str:
    text = (ROOT / split / "text" / f"{key[0]}.txt").read_text(encoding="utf-8")
    lo, hi = max(0, key[1] - width), min(len(text), key[2] + width)
    return " ".join((text[lo : key[1]] + "[[" + text[key[1] : key[2]] + "]]" + text[key[2] : hi]).split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--move", default="", help="only show changes whose move is this ('speaker -> ok')")
    args = ap.parse_args()
    a, b = _load(args.before), _load(args.after)
    changed: list[tuple[str, Key]] = []
    moves: collections.Counter[str] = collections.Counter()
    for key in sorted(set(a) | set(b)):
        ra, rb = a.get(key), b.get(key)
        va = str(ra["verdict"]) if ra else "-"
        vb = str(rb["verdict"]) if rb else "-"
        if ra and rb and ra["mention"] == rb["mention"] and ra["speaker"] == rb["speaker"]:
            continue
        move = f"{va} -> {vb}"
        moves[move] += 1
        changed.append((move, key))
    for move, n in moves.most_common():
        print(f"{n:5d}  {move}")
    picked = [c for c in changed if not args.move or c[0] == args.move]
    for move, key in random.Random(args.seed).sample(picked, min(args.sample, len(picked))):
        ra, rb = a.get(key), b.get(key)
        print(f"--- {move} {key[0]} gold={(rb or ra or {}).get('gold')!r}")
        if ra:
            print(f"    before: {ra['mention']!r} / {ra['speaker']!r} ({ra['how']})")
        if rb:
            print(f"    after:  {rb['mention']!r} / {rb['speaker']!r} ({rb['how']})")
        print(f"    {_context(args.split, key)}")


if __name__ == "__main__":
    main()
