"""Quotes as wire copy writes them: recall, precision and speaker accuracy.

Run from the repository root::

    python benchmarks/wire_quotes.py [--split dev|heldout|both] [--show-errors]

Reads ``benchmarks/data/wire_quotes.jsonl``: short wire stories we wrote (no text taken
from any corpus), one JSON object per line with ``split``, ``convention``, ``text`` and
``quotes`` (each gold quotation's words exactly as they stand in the text, from the first
quoted character to the last, and its ``speaker``: the name the story gives, or the
description when it gives none, e.g. "a senior official at the ministry").

Conventions covered: ````double backquote''`` (AP and NYT archive copy), ``« »`` with and
without inner spaces, ``„ “``, British single quotes (curly and straight, with apostrophes
in the same text), quotes running over paragraphs with the opening mark repeated, partial
quotes inside a sentence, the speaker before, after and in the middle of a split quote,
pronouns, listeners after "told", described speakers, and scare quotes or titles that are
not claims.

Two splits, 27 stories and 36 quotes each: ``dev`` (the rules were checked against them)
and ``heldout`` (written at the same time as ``dev``, in pairs of the same convention, and
never used to change a rule): report ``heldout``. Also covered: role nouns ("the prime
minister said") and organisations as speakers, "X told Reuters that ...", a quote continued
in the next paragraph with no cue, single quotes nested in double ones, two speakers in a
paragraph.

Scoring is PolNeAR's (benchmarks/polnear.py): a predicted quote is right when it overlaps a
gold quote by at least half of its own length; its speaker is right when the resolved
speaker's words lie within the gold speaker's words or contain them.

- *recall*: gold quotes matched by a prediction; *precision*: predictions that match one;
- *speaker accuracy*: matched gold quotes whose speaker is right;
- *quote+speaker F1*: as on PolNeAR, a prediction counts when its quote and speaker are right.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import speaker_ok

from claimcheck.extraction import extract_source
from claimcheck.model import Source

DATA = Path(__file__).resolve().parent / "data" / "wire_quotes.jsonl"


def score(split: str, show_errors: bool = False) -> dict[str, float]:
    """Score one split of the wire quote set."""
    gold_n = pred_n = hit = sp_ok = 0
    by_conv: Counter[str] = Counter()
    by_conv_hit: Counter[str] = Counter()
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines()):
        doc = json.loads(line)
        if doc["split"] != split:
            continue
        text = doc["text"]
        gold = []
        for g in doc["quotes"]:
            start = text.index(g["quote"])
            gold.append((start, start + len(g["quote"]), g["speaker"]))
        claims = extract_source(Source(id=f"wire{n}", text=text), kinds=["quote"])
        gold_n += len(gold)
        pred_n += len(claims)
        by_conv[doc["convention"]] += len(gold)
        matched: set[int] = set()
        for c in claims:
            a, b = c.span.start, c.span.end
            best = next(
                (
                    gi
                    for gi, (s, e, _) in enumerate(gold)
                    if gi not in matched and 2 * max(0, min(b, e) - max(a, s)) >= b - a > 0
                ),
                None,
            )
            if best is None:
                if show_errors:
                    print(f"  false quote [{doc['convention']}] {text[a:b]!r}")
                continue
            matched.add(best)
            hit += 1
            by_conv_hit[doc["convention"]] += 1
            if speaker_ok(c.speaker, gold[best][2]):
                sp_ok += 1
            elif show_errors:
                print(
                    f"  speaker [{doc['convention']}] {c.speaker!r} for {gold[best][2]!r}: {text[a:b][:60]!r}"
                )
        if show_errors:
            for gi, (s, e, who) in enumerate(gold):
                if gi not in matched:
                    print(f"  missed [{doc['convention']}] {text[s:e][:70]!r} ({who})")
    precision = hit / pred_n if pred_n else 0.0
    recall = hit / gold_n if gold_n else 0.0
    sp_p = sp_ok / pred_n if pred_n else 0.0
    sp_r = sp_ok / gold_n if gold_n else 0.0
    out: dict[str, float] = {
        "gold": gold_n,
        "predicted": pred_n,
        "recall": recall,
        "precision": precision,
        "speaker_accuracy": sp_ok / hit if hit else 0.0,
        "quote_speaker_f1": 2 * sp_p * sp_r / (sp_p + sp_r) if sp_p + sp_r else 0.0,
    }
    for conv in sorted(by_conv):
        out[f"recall[{conv}]"] = by_conv_hit[conv] / by_conv[conv]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="both", choices=["dev", "heldout", "both"])
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    for split in ["dev", "heldout"] if args.split == "both" else [args.split]:
        res = score(split, args.show_errors)
        print(split, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in res.items()))


if __name__ == "__main__":
    main()
