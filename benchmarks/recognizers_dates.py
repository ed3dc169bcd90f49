"""Dates end to end (find + normalise) on the Recognizers-Text English DateTime spec files.

Run from the repository root::

    /work/venv/bin/python benchmarks/recognizers_dates.py [--show-errors N] [--spec parsers] [--split dev|heldout|all]

Reads ``../shared/devsets/recognizers/DateTime/English/*.json`` at run time (nothing is
copied into the project). Every case with model-style results (``TypeName``) is used, each
input once; the reference date of a case is given as the publication date.

The subset that fits date claims (the gold ``TypeName`` and ``timex``):

- ``datetimeV2.date`` with a calendar timex (``2016-11-07``, ``XXXX-11-07``) or a weekday
  (``XXXX-WXX-4``); the gold value is any of the resolution values (past or future reading);
- ``datetimeV2.daterange`` with a month (``2016-11``) or year (``2016``) timex, or a
  day range within one month (``(2016-11-04,2016-11-22,P18D)``).

Left out: times and date-times, durations, sets, weeks, weekends, seasons, quarters,
holidays without a calendar timex, open ranges (``since august``, ``before 2010``, ``later than 2018``), decades,
offsets (``two months ago``, ``in 2 weeks``, ``3 weeks from tomorrow``), anaphoric periods
(``the year``, ``that day``, ``same month``), and gold spans with no digit, no month name,
no weekday and no relative word.

Figures: *recall* (gold in the subset found with the exact value / subset size), *value
accuracy* (exact value among the found gold spans), *precision* (our dates on subset inputs
that overlap a gold date of any type with the same value, over our dates on those inputs
that overlap a gold span of any type or none; dates overlapping an out-of-subset gold
span are not counted), and the share of the misses that are *wrong-direction* errors (a date
found at the gold words a week or a year off every accepted value; see ``wire_dates.py``). The closing lines break the misses down by the shape of the gold
words (numeric, number words, weekday, holiday...), biggest first.

Scoring rules that keep the comparison fair to the task (value equality at the granularity
the spec gives):

- gold offsets that do not slice back to the gold words (the split date-and-time files give
  offsets into a rewritten input) are re-anchored on the nearest occurrence of the words;
- a gold value ``not resolved`` (``Feb 30``) means no date is right: it is not counted in
  recall, and a date found there is reported as a false positive;
- a predicted day range whose two ends are both gold dates of the case agrees with each of
  them: the spec writes ``from Sep.1st to Sep.5th`` as two dates but ``from 10/1/2018 -
  10/7/2018`` as one range, so reading either as a range is not an error.

Cases are split by a fixed seeded hash of their input (``benchmarks/_split.py``): develop on
``dev``, report ``heldout`` (both are printed unless ``--split`` picks one).

``--spec parsers`` reads the parser files (``DateParser``, ``DatePeriodParser``,
``HolidayParser``) instead, with the same subset rules: a second set of phrases, for
checking that a rule did not fit the first one only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

from _split import SPLITS, in_split
from wire_dates import wrong_direction

from claimcheck.extraction.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT.parent / "shared" / "devsets" / "recognizers" / "DateTime" / "English"

_CAL = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")
_WEEKDAY = re.compile(r"^XXXX-WXX-\d$")
_MONTH_YEAR = re.compile(r"^\d{4}(?:-\d{2})?$")
_DAY_RANGE = re.compile(r"^\((\d{4}|XXXX)-(\d{2})-\d{2},(\d{4}|XXXX)-(\d{2})-\d{2},P\d+D\)$")
_WORDS = re.compile(
    r"\d|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|yesterday|tomorrow"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\b(?:year|month)\b",
    re.IGNORECASE,
)


#: Gold spans of these shapes are not event dates a news claim holds.
_OUT = re.compile(
    r"\b(?:since|before|after|until|ago|weeks?|days|later|greater|than|following|same|"
    r"that|the\s+year|of\s+the\s+month|for\s+the\s+month|to\s+date|from\s+tomorrow)\b",
    re.IGNORECASE,
)


#: The gold value of a date the spec calls invalid (``feb 30``): right answer is no date.
_UNRESOLVED = {"not resolved"}


def _gold_values(result: dict[str, Any]) -> set[str] | None:
    """The accepted ISO values of a gold result in the subset, or None when outside it."""
    kind = result.get("TypeName")
    text = str(result.get("Text", ""))
    if not _WORDS.search(text) or _OUT.search(text):
        return None
    values = (result.get("Resolution") or {}).get("values") or []
    if not values:
        return None
    timex = str(values[0].get("timex", ""))
    out: set[str] = set()
    if kind == "datetimeV2.date" and (_CAL.match(timex) or _WEEKDAY.match(timex)):
        out = {str(v["value"]) for v in values if v.get("value")}
    elif kind == "datetimeV2.daterange":
        m = _DAY_RANGE.match(timex)
        if _MONTH_YEAR.match(timex):
            out = {timex}
            out |= {str(v["start"])[: len(timex)] for v in values if v.get("start")}
        elif m and m.group(2) == m.group(4):
            out = {
                f"{v['start']}/{_day_before(str(v['end']))}"
                for v in values
                if v.get("start") and v.get("end")
            }
            out |= {f"{v['start']}/{v['end']}" for v in values if v.get("start") and v.get("end")}
    return out or None


_FORMS = (
    ("written with a year (4 digits)", re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")),
    (
        "month name, no year",
        re.compile(_WORDS.pattern.split("|yesterday")[0].replace(r"\d|", ""), re.I),
    ),
    ("other: relative, weekday, numeric", re.compile(r".")),
)


def _first(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str:
    """The name of the first pattern found in ``text`` ("other" for none)."""
    for name, pattern in patterns:
        if pattern.search(text):
            return name
    return "other"


def _form(text: str) -> str:
    """Which family of written dates a gold span belongs to (for the breakdown)."""
    return _first(_FORMS, text)


_SHAPES = (
    (
        "holiday",
        re.compile(
            r"(?<!mon)(?<!tues)(?<!wednes)(?<!thurs)(?<!fri)(?<!satur)(?<!sun)(?<!yester)(?<!to)"
            r"day\b|christmas|easter|eve\b|thanksgiving|patrick",
            re.I,
        ),
    ),
    ("weekday", re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", re.I)),
    (
        "relative word",
        re.compile(r"yesterday|tomorrow|today|\b(?:last|next|this|previous|end|year|month)\b", re.I),
    ),
    (
        "number words",
        re.compile(
            r"\b(?:first|second|third|fourth|fifth|one|two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|twelve|\w+teen|\w+teenth|twenty|thirty|\w+ieth|ninth|tenth|\w+th)\b",
            re.I,
        ),
    ),
    ("month name + digits", re.compile(_WORDS.pattern.split("|yesterday")[0].replace(r"\d|", ""), re.I)),
    ("numeric", re.compile(r"\d[-/.]\d|\d{6}")),
    ("year only", re.compile(r"\d")),
    ("other", re.compile(r".")),
)


def _shape(text: str) -> str:
    """A finer shape of a gold span (for the breakdown of misses)."""
    return _first(_SHAPES, text)


def _anchor(text: str, start: int, end: int, gold: str) -> tuple[int, int] | None:
    """Offsets of the gold words in ``text``: some spec files (split date-and-time mode) give
    offsets into a rewritten input, so when the given span does not slice back to the gold
    words, the occurrence nearest to the given start is used (None when absent)."""
    if text[start:end].lower() == gold.lower():
        return start, end
    hits = [m.start() for m in re.finditer(re.escape(gold), text, re.I)]
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(gold)


def _agrees(pred: object, values: set[str], golds: list[tuple[int, int, set[str] | None]]) -> bool:
    """Whether a prediction has a gold value. A predicted day range whose two ends are both
    gold dates of the case also agrees: the spec writes ``from Sep.1st to Sep.5th`` as two
    dates but ``from 10/1/2018 - 10/7/2018`` as one range, so the range reading of two
    dates joined by ``to`` is not an error at the granularity the spec gives."""
    value = pred.value  # type: ignore[attr-defined]
    if value.iso in values:
        return True
    if value.until is None:
        return False
    first, _, last = value.iso.partition("/")
    ends = set().union(*(g[2] for g in golds if g[2] is not None and g[2] != _UNRESOLVED))
    return (first in values or last in values) and first in ends and last in ends


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


#: Parser spec files (``Type``/``Value`` results), read with ``--spec parsers``: a second,
#: larger set of the same kinds of phrases, for checking that a rule did not fit the first.
_PARSER_FILES = ("DateParser.json", "DatePeriodParser.json", "HolidayParser.json")


def _as_model(result: dict[str, Any]) -> dict[str, Any]:
    """A parser-file result in the model-file shape (``TypeName``, ``Resolution``, ``End``)."""
    value = result.get("Value") or {}
    timex = str(value.get("Timex", ""))
    out: dict[str, Any] = {
        "Text": result.get("Text", ""),
        "Start": result["Start"],
        "End": int(result["Start"]) + int(result["Length"]) - 1,
        "TypeName": f"datetimeV2.{result.get('Type', '')}",
    }
    values = []
    for key in ("PastResolution", "FutureResolution"):
        res = value.get(key) or {}
        if res.get("date"):
            date = str(res["date"])
            values.append({"timex": timex, "value": "not resolved" if date.startswith("0001") else date})
        elif res.get("startDate") and res.get("endDate"):
            values.append({"timex": timex, "start": res["startDate"], "end": res["endDate"]})
    out["Resolution"] = {"values": values}
    return out


def _parser_cases() -> list[dict[str, Any]]:
    seen: set[tuple[str, str]] = set()
    cases = []
    for name in _PARSER_FILES:
        for case in json.loads((DIR / name).read_text(encoding="utf-8-sig")):
            results = case.get("Results") or []
            if not results or not all("Value" in r and "Length" in r for r in results):
                continue
            ref = (case.get("Context") or {}).get("ReferenceDateTime", "")
            key = (case["Input"], ref)
            if key in seen:
                continue
            seen.add(key)
            cases.append({**case, "Results": [_as_model(r) for r in results]})
    return cases


def _cases() -> list[dict[str, Any]]:
    seen: set[tuple[str, str]] = set()
    cases = []
    for path in sorted(DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8-sig")):
            results = case.get("Results") or []
            if not results or not all("TypeName" in r for r in results):
                continue
            ref = (case.get("Context") or {}).get("ReferenceDateTime", "")
            key = (case["Input"], ref)
            if key in seen:
                continue
            seen.add(key)
            cases.append(case)
    return cases


def _score(cases: list[dict[str, Any]], show_errors: int) -> None:
    """Score ``cases`` end to end and print the figures (and ``show_errors`` misses)."""
    gold_n = found_span = found_exact = 0
    by_form: dict[str, list[int]] = {}  # form -> [gold, exact]
    pred_n = pred_ok = 0
    invalid_n = invalid_found = 0  # gold spans the spec leaves unresolved (Feb 30): no date is right
    misses: dict[str, int] = {}
    wrong_way = 0  # misses where a date was found a week or a year off: the wrong direction
    errors: list[str] = []
    for case in cases:
        ref = str((case.get("Context") or {}).get("ReferenceDateTime", ""))
        published = dt.date.fromisoformat(ref[:10]) if ref else None
        text = str(case["Input"])
        preds = list(find_dates(text, published=published))
        results = case["Results"]
        golds = []
        for r in results:
            span = _anchor(text, int(r["Start"]), int(r["End"]) + 1, str(r.get("Text", "")))
            if span is not None:
                golds.append((span[0], span[1], _gold_values(r)))
        subset = [g for g in golds if g[2] is not None and g[2] != _UNRESOLVED]
        if any(g[2] == _UNRESOLVED for g in golds):
            invalid_n += 1
        for start, end, values in golds:
            if values == _UNRESOLVED and any(p.start < end and start < p.end for p in preds):
                invalid_found += 1
                errors.append(f"FP (invalid date) {text!r}")
        if not subset:
            continue
        for start, end, values in subset:
            gold_n += 1
            form = _form(text[start:end])
            by_form.setdefault(form, [0, 0])[0] += 1
            hits = [p for p in preds if p.start < end and start < p.end]
            if hits:
                found_span += 1
                if any(_agrees(p, values or set(), subset) for p in hits):
                    found_exact += 1
                    by_form[form][1] += 1
                    continue
            if any(wrong_direction(p.value.iso, v) for p in hits for v in values or ()):
                wrong_way += 1
            shape = _shape(text[start:end])
            misses[shape] = misses.get(shape, 0) + 1
            errors.append(f"{text!r} gold={sorted(values or ())} got={[p.value.iso for p in hits]}")
        for p in preds:
            over = [g for g in golds if p.start < g[1] and g[0] < p.end]
            if over and all(g[2] is None or g[2] == _UNRESOLVED for g in over):
                continue
            pred_n += 1
            if any(g[2] is not None and _agrees(p, g[2], over) for g in over):
                pred_ok += 1
            else:
                errors.append(f"FP {text!r} got {text[p.start : p.end]!r}={p.value.iso}")
    recall = found_exact / gold_n if gold_n else 0.0
    accuracy = found_exact / found_span if found_span else 0.0
    precision = pred_ok / pred_n if pred_n else 0.0
    print(f"subset gold dates: {gold_n}; found span: {found_span}; exact value: {found_exact}")
    print(f"exact-value recall (end to end): {recall:.3f}")
    print(f"value accuracy on found spans:   {accuracy:.3f}")
    print(f"precision:                       {precision:.3f} ({pred_ok}/{pred_n})")
    missed = gold_n - found_exact
    share = wrong_way / missed if missed else 0.0
    print(f"wrong-direction errors:          {wrong_way}/{missed} = {share:.3f} of the misses")
    for form, (n, ok) in sorted(by_form.items()):
        print(f"  {form:<34} {ok:>4}/{n:<4} = {ok / n:.3f}")
    print(f"invalid dates (spec: not resolved): {invalid_found}/{invalid_n} given a value")
    print("misses by shape of the gold words:")
    for shape, n in sorted(misses.items(), key=lambda kv: -kv[1]):
        print(f"  {shape:<34} {n:>4}")
    for line in errors[:show_errors]:
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-errors", type=int, default=0, help="print this many misses")
    parser.add_argument(
        "--spec",
        choices=("model", "parsers"),
        default="model",
        help="model files (the reported figure) or the parser files (a second check set)",
    )
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default=None,
        help="the seeded split by input (benchmarks/_split.py); default: dev, then heldout",
    )
    args = parser.parse_args()
    if not DIR.is_dir():
        print(f"no devset at {DIR}", file=sys.stderr)
        return 2
    every = _cases() if args.spec == "model" else _parser_cases()
    for split in (args.split,) if args.split else SPLITS[:2]:
        print(f"== {split}")
        _score([c for c in every if in_split(str(c["Input"]), split)], args.show_errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
