"""Precision and recall of the number grammar on the Recognizers-Text English number specs.

Run::

    .venv/bin/python benchmarks/recognizers_numbers.py [--devsets ../shared/devsets] [--split dev|heldout|all]

Subset: cases of ``NumberModel.json``, ``OrdinalModel.json`` and ``PercentModel.json``
whose input reads like a sentence (at least four words), i.e. where a claim could
live. A prediction is right when its span (start, end) and value equal a gold
result's; "value only" ignores the span. The devset text is read at run time, never copied.

Cases are split by a fixed seeded hash of their input (``benchmarks/_split.py``): develop on
``dev``, report ``heldout``; by default both are printed. quantulum3 (when installed) is run on
the same inputs for the number and percent models (it reads no ordinals): its dimensionless
quantities are its numbers, its percentages its percents.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

from _split import SPLITS, in_split

from claimcheck.extraction.amounts import _PERCENT_RE
from claimcheck.extraction.numbers import scan_sentence

MODELS = {"NumberModel.json": "number", "OrdinalModel.json": "ordinal", "PercentModel.json": "percent"}


def _v(value: float) -> float:
    """A value rounded to 10 significant digits (the gold files print 15, floats differ after)."""
    return float(f"{value:.10g}")


def _predict(text: str, mode: str) -> set[tuple[int, int, float]]:
    out: set[tuple[int, int, float]] = set()
    for m in scan_sentence(text):
        if mode == "ordinal":
            if m.is_ordinal:
                out.add((m.start, m.end, _v(m.value)))
        elif mode == "percent":
            pm = _PERCENT_RE.match(text, m.end)
            if pm is not None and not m.is_ordinal:
                out.add((m.start, pm.end(), _v(m.value)))
        elif not m.is_ordinal and m.qualifier != "range":
            start = m.start
            if m.currency is not None:  # the number model's span is the number without its currency
                while start < m.end and not text[start].isdigit():
                    start += 1
            out.add((start, m.end, _v(m.value)))
    return out


def _predict_q3(parse: object, text: str, mode: str) -> set[tuple[int, int, float]]:
    """quantulum3's numbers (dimensionless) or percents in ``text``; a crash reads nothing."""
    out: set[tuple[int, int, float]] = set()
    try:
        found = parse(text)  # type: ignore[operator]
    except Exception:  # a peer's crash is a miss, not the benchmark's end
        return out
    want = "percentage" if mode == "percent" else "dimensionless"
    for q in found:
        if q.unit.name == want:
            out.add((q.span[0], q.span[1], _v(q.value)))
    return out


def _gold(case: dict, mode: str) -> set[tuple[int, int, float]]:
    out: set[tuple[int, int, float]] = set()
    for r in case.get("Results", []):
        raw = str(r.get("Resolution", {}).get("value", "")).rstrip("%").replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        out.add((r["Start"], r["End"] + 1, _v(value)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devsets", default=str(Path(__file__).resolve().parents[2] / "shared" / "devsets"))
    ap.add_argument("--split", choices=SPLITS, default=None, help="default: dev, then heldout")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="list claimcheck's false positives and misses (develop on dev only)",
    )
    args = ap.parse_args()
    root = Path(args.devsets) / "recognizers" / "Number" / "English"
    parse = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3parser
        parse = q3parser.parse
    except ImportError:
        print("quantulum3 is not installed: its rows are skipped")
    print(
        f"{'split':<9}{'model':<20}{'tool':<12}{'cases':>7}{'gold':>7}{'P':>7}{'R':>7}{'F1':>7}{'value R':>9}"
    )
    for split in (args.split,) if args.split else SPLITS[:2]:
        for name, mode in MODELS.items():
            cases = [
                c
                for c in json.loads((root / name).read_text(encoding="utf-8"))
                if len(c["Input"].split()) >= 4 and in_split(c["Input"], split)
            ]
            tools: list[tuple[str, object]] = [("claimcheck", _predict)]
            if parse is not None and mode != "ordinal":
                tools.append(("quantulum3", lambda t, m, parse=parse: _predict_q3(parse, t, m)))
            for tool, predict in tools:
                tp = fp = fn = vtp = 0
                for case in cases:
                    text = case["Input"]
                    pred, gold = predict(text, mode), _gold(case, mode)  # type: ignore[operator]
                    tp += len(pred & gold)
                    if args.errors and tool == "claimcheck" and pred != gold:
                        for s, e, v in sorted(pred - gold):
                            print(f"  FP {mode:<8}{v:>14g} {text[s:e]!r} in {text!r}", file=sys.stderr)
                        for s, e, v in sorted(gold - pred):
                            print(f"  FN {mode:<8}{v:>14g} {text[s:e]!r} in {text!r}", file=sys.stderr)
                    fp += len(pred - gold)
                    fn += len(gold - pred)
                    pred_values = [p[2] for p in pred]
                    vtp += sum(
                        1 for g in gold if any(abs(g[2] - p) < 1e-9 * max(1, abs(g[2])) for p in pred_values)
                    )
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn) if tp + fn else 0.0
                f = 2 * p * r / (p + r) if p + r else 0.0
                n_gold = tp + fn
                print(
                    f"{split:<9}{name:<20}{tool:<12}{len(cases):>7}{n_gold:>7}{p:>7.2f}{r:>7.2f}{f:>7.2f}"
                    f"{(vtp / n_gold if n_gold else 0):>9.2f}"
                )


if __name__ == "__main__":
    main()
