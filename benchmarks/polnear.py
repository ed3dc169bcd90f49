"""PolNeAR quotation benchmark: quote precision, recall and quote+speaker F1.

Task (../shared/devsets/README.md): a gold quote is an attribution whose Content
contains a quotation mark. A predicted quote is right when its span overlaps a
gold quote Content by at least half of the prediction; its speaker is right when
the speaker's name lies within the gold Source words or contains them.

PolNeAR's gold Source is the mention in the text ("he", "the senator", "Trump"), so
``speaker_f1`` scores one string per predicted quote: the words that name the speaker
in the text (the claim's ``speaker mention:`` note, or its speaker when the two are
the same). ``speaker_f1_resolved`` scores the resolved name instead ("he" ->
"Donald Trump"), which the gold cannot credit when it marks a pronoun. No quote gets
two chances: each figure uses one string per quote.

Run:
    /work/venv/bin/python benchmarks/polnear.py [--split dev|train|both] [--worst N]
        [--errors N --kind speaker|fp|fn --seed S] [--min-words 4] [--dump FILE]

``--min-words 4`` is a second view, never the task: gold quotes of one to three quoted
words (most of the quotes the library leaves out on purpose as scare quotes) are dropped on
both sides. Report it beside the task's figures, not instead of them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from claimcheck.extraction import extract_source
from claimcheck.model import Claim, Source

ROOT = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "polnear"
_QUOTE = re.compile('["“”]')
_TOK = re.compile(r"\w+")


#: The Source of a gold quote left out of the second view (too few quoted words).
SHORT = "\x00short"
_QUOTED = re.compile('["“”]([^"“”]*)["“”]')


def quoted_words(content: str) -> int:
    """Words of the longest stretch between two quotation marks in a gold Content."""
    runs = _QUOTED.findall(content) or [content]
    return max(len(_TOK.findall(r)) for r in runs)


def read_gold(ann: Path, min_words: int = 0) -> list[tuple[list[tuple[int, int]], str]]:
    """Gold quotes of one .ann file: (Content spans, Source words).

    ``min_words`` > 0 marks quotes whose longest quoted stretch has fewer words with the
    Source ``SHORT``: the library treats such "called it X" quotes as scare quotes, and this
    second view of the task leaves them out on both sides (a prediction overlapping one is
    neither a hit nor a false alarm).
    """
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            typ, _, offs = parts[1].partition(" ")
            ranges = []
            for piece in offs.split(";"):
                a, b = piece.split()
                ranges.append((int(a), int(b)))
            spans[parts[0]] = (typ, ranges, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if content is None or not _QUOTE.search(content[2]):
            continue
        src = spans.get(ev.get("Source", ""))
        if min_words and quoted_words(content[2]) < min_words:
            gold.append((content[1], SHORT))
            continue
        gold.append((content[1], src[2] if src else ""))
    return gold


def _overlap(a: tuple[int, int], ranges: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in ranges)


def speaker_ok(pred: str | None, gold: str) -> bool:
    """The predicted name lies within the gold Source words, or contains them."""
    if not pred or not gold:
        return False
    p = [t.lower() for t in _TOK.findall(pred)]
    g = [t.lower() for t in _TOK.findall(gold)]
    if not p or not g:
        return False
    ps, gs = " ".join(p), " ".join(g)
    return f" {ps} " in f" {gs} " or f" {gs} " in f" {ps} "


def mention_of(claim: Claim) -> str | None:
    """The words naming the speaker in the text: the mention note, else the speaker."""
    for note in claim.notes:
        if note.startswith("speaker mention: "):
            return note[len("speaker mention: ") :]
    return claim.speaker


#: One error for a hand look: (kind, article, gold source, predicted mention, resolved speaker, context).
Error = tuple[str, str, str, str, str, str]


def _context(text: str, start: int, end: int, width: int = 160) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return " ".join((text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).split())


def _how(claim: Claim) -> str:
    how = next((n[len("speaker: ") :] for n in claim.notes if n.startswith("speaker: ")), "none")
    return f"{claim.speaker or ''} ({how})"


def _record(
    article: str, c: Claim, best: int | None, gold: list[tuple[list[tuple[int, int]], str]], matched: set[int]
) -> dict[str, object]:
    """One predicted quote and its verdict, for ``--dump``."""
    if best is None:
        verdict = "fp"
    elif gold[best][1] == SHORT:
        verdict = "short"
    elif best in matched:
        verdict = "repeat"
    else:
        verdict = "ok" if speaker_ok(mention_of(c), gold[best][1]) else "speaker"
    how = next((n[len("speaker: ") :] for n in c.notes if n.startswith("speaker: ")), "")
    return {
        "article": article,
        "span": [c.span.start, c.span.end],
        "mention": mention_of(c) or "",
        "speaker": c.speaker or "",
        "how": how,
        "gold": gold[best][1] if best is not None else "",
        "verdict": verdict,
    }


def score(
    split: str,
    worst: int = 0,
    errors: list[Error] | None = None,
    min_words: int = 0,
    dump: list[dict[str, object]] | None = None,
) -> dict[str, float]:
    """Score one split; append speaker errors, false and missed quotes to ``errors`` when given.

    ``dump``, when given, receives one record per predicted quote (article, span, mention,
    speaker, how, verdict: ``ok``, ``speaker`` for a hit with the wrong speaker, ``fp``, ``short``
    or ``repeat``), for comparing two versions' outputs (benchmarks/polnear_changes.py).
    """
    base = ROOT / split
    tp = fp = fn = sp_ok = sp_len = failed = 0
    articles = 0
    per_article: list[tuple[float, str, int, int]] = []
    nbytes = 0
    t0 = time.perf_counter()
    for txt in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        articles += 1
        text = txt.read_text(encoding="utf-8")
        nbytes += len(text)
        gold = read_gold(anns[0], min_words)
        try:
            claims = extract_source(Source(id=txt.stem, text=text), kinds=["quote"])
        except Exception:
            failed += 1
            fn += len(gold)
            continue
        matched: set[int] = set()
        a_tp = a_fp = 0
        for c in claims:
            span = (c.span.start, c.span.end)
            best = None
            for gi, (ranges, _src) in enumerate(gold):
                if _overlap(span, ranges) * 2 >= span[1] - span[0] > 0:
                    best = gi if best is None or gi not in matched else best
            if dump is not None:
                dump.append(_record(txt.stem, c, best, gold, matched))
            if best is None:
                fp += 1
                a_fp += 1
                if errors is not None:
                    errors.append(
                        ("fp", txt.stem, "", mention_of(c) or "", c.speaker or "", _context(text, *span))
                    )
                continue
            if gold[best][1] == SHORT:
                matched.add(best)
                continue  # the second view: a short quote is neither a hit nor a false alarm
            a_tp += 1
            if best not in matched:
                matched.add(best)
                tp += 1
                if speaker_ok(mention_of(c), gold[best][1]):
                    sp_ok += 1
                elif errors is not None:
                    errors.append(
                        (
                            "speaker",
                            txt.stem,
                            gold[best][1],
                            mention_of(c) or "",
                            _how(c),
                            _context(text, *span),
                        )
                    )
                if speaker_ok(c.speaker, gold[best][1]):
                    sp_len += 1
            else:
                tp += 0  # a second prediction for one gold quote: right, not a new hit
        fn += sum(1 for gi, (_r, src) in enumerate(gold) if gi not in matched and src != SHORT)
        if errors is not None:
            for gi, (ranges, src) in enumerate(gold):
                if gi not in matched and src != SHORT:
                    errors.append(("fn", txt.stem, src, "", "", _context(text, ranges[0][0], ranges[-1][1])))
        if a_tp + a_fp:
            per_article.append((a_tp / (a_tp + a_fp), txt.stem, a_tp, a_fp))
    elapsed = time.perf_counter() - t0
    pred = tp + fp
    precision = tp / pred if pred else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    sp_p = sp_ok / pred if pred else 0.0
    sp_r = sp_ok / (tp + fn) if tp + fn else 0.0
    f1 = 2 * sp_p * sp_r / (sp_p + sp_r) if sp_p + sp_r else 0.0
    lp = sp_len / pred if pred else 0.0
    lr = sp_len / (tp + fn) if tp + fn else 0.0
    lenient = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
    low = sum(1 for p, *_ in per_article if p < 0.85)
    out = {
        "articles": articles,
        "failed": failed,
        "predicted": pred,
        "gold": tp + fn,
        "precision": precision,
        "recall": recall,
        "speaker_f1": f1,
        "speaker_f1_resolved": lenient,
        "articles_below_0.85_precision": low,
        "MB/s": nbytes / 1e6 / elapsed if elapsed else 0.0,
    }
    for p, name, a_tp, a_fp in sorted(per_article)[:worst]:
        print(f"  {p:.2f} {name} tp={a_tp} fp={a_fp}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="both", choices=["dev", "train", "both"])
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors sampled at random")
    ap.add_argument(
        "--kind",
        default="speaker",
        choices=["speaker", "fp", "fn", "any"],
        help="which errors to print (any: all three kinds, sampled together)",
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--min-words",
        type=int,
        default=0,
        help="score only gold quotes with at least this many quoted words (a second view; 0 = the task)",
    )
    ap.add_argument("--dump", default="", help="write one JSON line per predicted quote to this file")
    args = ap.parse_args()
    splits = ["train", "dev"] if args.split == "both" else [args.split]
    for split in splits:
        errs: list[Error] = []
        dump: list[dict[str, object]] | None = [] if args.dump else None
        res = score(split, args.worst, errs if args.errors else None, args.min_words, dump)
        if dump is not None:
            out = Path(args.dump if len(splits) == 1 else f"{args.dump}.{split}")
            out.write_text("".join(json.dumps(r) + "\n" for r in dump), encoding="utf-8")
        print(split, " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in res.items()))
        picked = [e for e in errs if args.kind in ("any", e[0])]
        for kind, name, gold, mention, speaker, ctx in random.Random(args.seed).sample(
            picked, min(args.errors, len(picked))
        ):
            print(f"--- {kind} {name} gold={gold!r} mention={mention!r} speaker={speaker!r}\n    {ctx}")


if __name__ == "__main__":
    main()
