"""Dates end to end (find + normalise) on the Recognizers-Text English DateTime spec files.

Run from the repository root::

    /work/venv/bin/python benchmarks/recognizers_dates.py [--show-errors N]

Reads ``../shared/devsets/recognizers/DateTime/English/*.json`` at run time (nothing is
copied into the project). Every case with model-style results (``TypeName``) is used, each
input once; the reference date of a case is given as the publication date.

The subset that fits date claims (the gold ``TypeName`` and ``timex``):

- ``datetimeV2.date`` with a calendar timex (``2016-11-07``, ``XXXX-11-07``) or a weekday
  (``XXXX-WXX-4``); the gold value is any of the resolution values (past or future reading);
- ``datetimeV2.daterange`` with a month (``2016-11``) or year (``2016``) timex, or a
  day range within one month (``(2016-11-04,2016-11-22,P18D)``).

Left out: times and date-times, durations, sets, weeks, weekends, seasons, quarters,
holidays, open ranges (``since august``, ``before 2010``, ``later than 2018``), decades,
offsets (``two months ago``, ``in 2 weeks``, ``3 weeks from tomorrow``), anaphoric periods
(``the year``, ``that day``, ``same month``), and gold spans with no digit, no month name,
no weekday and no relative word.

Figures: *recall* (gold in the subset found with the exact value / subset size), *value
accuracy* (exact value among the found gold spans), *precision* (our dates on subset inputs
that overlap a gold date of any type with the same value, over our dates on those inputs
that overlap a gold span of any type or none; dates overlapping an out-of-subset gold
span are not counted).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from claimcheck.extract.dates import find_dates

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


def _gold_values(result: dict[str, object]) -> set[str] | None:
    """The accepted ISO values of a gold result in the subset, or None when outside it."""
    kind = result.get("TypeName")
    text = str(result.get("Text", ""))
    if not _WORDS.search(text) or _OUT.search(text):
        return None
    values = (result.get("Resolution") or {}).get("values") or []  # type: ignore[union-attr]
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


def _form(text: str) -> str:
    """Which family of written dates a gold span belongs to (for the breakdown)."""
    for name, pattern in _FORMS:
        if pattern.search(text):
            return name
    return "other"


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def _cases() -> list[dict[str, object]]:
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-errors", type=int, default=0, help="print this many misses")
    args = parser.parse_args()
    if not DIR.is_dir():
        print(f"no devset at {DIR}", file=sys.stderr)
        return 2
    gold_n = found_span = found_exact = 0
    by_form: dict[str, list[int]] = {}  # form -> [gold, exact]
    pred_n = pred_ok = 0
    errors: list[str] = []
    for case in _cases():
        ref = str((case.get("Context") or {}).get("ReferenceDateTime", ""))
        published = dt.date.fromisoformat(ref[:10]) if ref else None
        text = str(case["Input"])
        preds = list(find_dates(text, published=published))
        results = case["Results"]
        golds = [(int(r["Start"]), int(r["End"]) + 1, _gold_values(r)) for r in results]  # type: ignore[index]
        subset = [g for g in golds if g[2] is not None]
        if not subset:
            continue
        for start, end, values in subset:
            gold_n += 1
            form = _form(text[start:end])
            by_form.setdefault(form, [0, 0])[0] += 1
            hits = [p for p in preds if p.start < end and start < p.end]
            if hits:
                found_span += 1
                if any(p.value.iso in values for p in hits):  # type: ignore[operator]
                    found_exact += 1
                    by_form[form][1] += 1
                    continue
            errors.append(f"{text!r} gold={sorted(values or ())} got={[p.value.iso for p in hits]}")
        for p in preds:
            over = [g for g in golds if p.start < g[1] and g[0] < p.end]
            if over and all(g[2] is None for g in over):
                continue
            pred_n += 1
            if any(g[2] is not None and p.value.iso in g[2] for g in over):
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
    for form, (n, ok) in sorted(by_form.items()):
        print(f"  {form:<34} {ok:>4}/{n:<4} = {ok / n:.3f}")
    for line in errors[: args.show_errors]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
