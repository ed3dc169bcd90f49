"""Precision and recall of money and of measures, claimcheck beside quantulum3 on the same inputs.

Run::

    .venv/bin/python benchmarks/quantities.py [--set q3|news|all] [--errors]

Two sets:

* ``q3``: quantulum3's own English test file (``quantulum3/_lang/en_US/tests/quantities.json``,
  read from the installed package at run time; the set is skipped when quantulum3 is not
  installed). It is quantulum3's home ground: expect it near 1.0 there.
* ``news``: ``benchmarks/data/quantities_news.jsonl``, sentences written by us in the style of
  wire copy (money in symbols, codes and words, minor units, magnitudes, rates; measures of
  length, area, mass, volume, speed, temperature, energy and data; "pound" as weight and as
  money; traps that hold no amount: scores, clock times, addresses, "5G"). Rows carry a
  ``split``: ``dev`` (the first 91, written while the rules were built) or ``heldout`` (36
  written afterwards, before the next round of rules, and never used to change them).

Gold quantities fall in two categories, ``money`` and ``measure``; durations, counts,
percentages and dimensionless numbers are left out (other kinds). A prediction is right when
its category, unit and value (relative tolerance 1e-6) equal a gold quantity's and its span
overlaps the gold surface. Both tools are judged in claimcheck's unit vocabulary
(docs/quantities.md): quantulum3's unit names are mapped by the table ``Q3_UNITS`` below (a
unit it names that the table lacks stays as named, and can still match a gold unit of that
name). quantulum3's predictions are classed by its own entity (currency: money; time,
dimensionless: left out; anything else: measure).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Iterable
from pathlib import Path

from _split import SPLITS, in_split

from claimcheck.extraction import extract_source
from claimcheck.model import Quantity, Source

HERE = Path(__file__).resolve().parent
NEWS = HERE / "data" / "quantities_news.jsonl"

#: quantulum3 unit name -> (claimcheck unit, factor to multiply the value by).
Q3_UNITS: dict[str, tuple[str, float]] = {
    # money
    "dollar": ("USD", 1), "united states dollar": ("USD", 1), "euro": ("EUR", 1),
    "pound sterling": ("GBP", 1), "penny": ("GBP", 0.01), "cent": ("USD", 0.01),
    "dime": ("USD", 0.1), "indian rupee": ("INR", 1), "japanese yen": ("JPY", 1),
    "yen": ("JPY", 1), "renminbi": ("CNY", 1), "chinese yuan": ("CNY", 1), "yuan": ("CNY", 1),
    "swiss franc": ("CHF", 1), "brazilian real": ("BRL", 1), "mexican peso": ("MXN", 1),
    "south korean won": ("KRW", 1), "norwegian krone": ("NOK", 1),
    "canadian dollar": ("CAD", 1), "australian dollar": ("AUD", 1),
    "hong kong dollar": ("HKD", 1), "dollar per hour": ("USD/h", 1),
    "dollar per kilogram": ("USD/kg", 1), "dollar per square metre": ("USD/m2", 1),
    "dollar per barrel": ("USD/barrel", 1), "dollar per ounce": ("USD/oz", 1),
    "euro per litre": ("EUR/l", 1), "euro per year": ("EUR/year", 1),
    # length
    "millimetre": ("mm", 1), "centimetre": ("cm", 1), "metre": ("m", 1), "kilometre": ("km", 1),
    "inch": ("in", 1), "foot": ("ft", 1), "yard": ("yd", 1), "mile": ("mile", 1),
    "nautical mile": ("nmi", 1), "nanometre": ("nm", 1),
    # area
    "square metre": ("m2", 1), "square kilometre": ("km2", 1), "hectare": ("ha", 1),
    "acre": ("acre", 1), "square mile": ("mile2", 1), "square foot": ("ft2", 1),
    # mass
    "milligram": ("mg", 1), "gram": ("g", 1), "kilogram": ("kg", 1), "tonne": ("t", 1),
    "ton": ("t", 1), "short ton": ("t", 1), "pound-mass": ("lb", 1), "ounce": ("oz", 1),
    # volume
    "millilitre": ("ml", 1), "cubic centimetre": ("ml", 1), "centilitre": ("cl", 1),
    "litre": ("l", 1), "cubic metre": ("m3", 1), "cubic kilometre": ("km3", 1),
    "gallon": ("gallon", 1), "barrel": ("barrel", 1), "barrel per day": ("barrel/day", 1),
    "ton per day": ("t/day", 1),
    # speed
    "kilometre per hour": ("km/h", 1), "metre per second": ("m/s", 1), "mile per hour": ("mile/h", 1),
    "knot": ("knot", 1),
    # temperature
    "degree Celsius": ("°C", 1), "degree fahrenheit": ("°F", 1), "degree Fahrenheit": ("°F", 1),
    "kelvin": ("K", 1),
    # energy and power
    "joule": ("J", 1), "kilojoule": ("kJ", 1), "megajoule": ("MJ", 1), "watt hour": ("Wh", 1),
    "kilowatt hour": ("kWh", 1), "megawatt hour": ("MWh", 1), "gigawatt hour": ("GWh", 1),
    "terawatt hour": ("TWh", 1), "watt": ("W", 1), "kilowatt": ("kW", 1), "megawatt": ("MW", 1),
    "gigawatt": ("GW", 1), "kilowatt hour per day": ("kWh/day", 1),
    # data
    "bit": ("bit", 1), "byte": ("B", 1), "kilobyte": ("kB", 1), "megabyte": ("MB", 1),
    "gigabyte": ("GB", 1), "terabyte": ("TB", 1), "petabyte": ("PB", 1), "exabyte": ("EB", 1),
    "megabit per second": ("Mbit/s", 1),
    # frequency, radiation, kitchen
    "hertz": ("Hz", 1), "kilohertz": ("kHz", 1), "megahertz": ("MHz", 1), "gigahertz": ("GHz", 1),
    "milligray": ("mGy", 1), "gray": ("Gy", 1), "sievert": ("Sv", 1), "millisievert": ("mSv", 1),
    "cup": ("cup", 1), "tablespoon": ("tbsp", 1), "teaspoon": ("tsp", 1),
    "electronvolt": ("eV", 1), "kiloelectronvolt": ("keV", 1), "megaelectronvolt": ("MeV", 1),
    "gigaelectronvolt": ("GeV", 1), "teraelectronvolt": ("TeV", 1),
}  # fmt: skip
#: quantulum3 units of other kinds: times (durations), counts, percentages, dimensionless.
Q3_OTHER = frozenset(
    [
        "dimensionless", "second", "minute", "hour", "day", "week", "month", "year", "decade",
        "century", "gigayear", "megayear", "percentage", "dozen", "baker's dozen", "gross",
        "count per week",
    ]
)  # fmt: skip

Item = tuple[str, float, str, int, int]  # category, value, unit, start, end


def _category_of_unit(unit: str) -> str | None:
    """``money``, ``measure`` or None (percent, no unit) for a claimcheck unit."""
    if unit in ("percent", "percentage point"):
        return None
    head = unit.split("/", 1)[0]
    return "money" if len(head) == 3 and head.isupper() and head.isalpha() else "measure"


def claimcheck_items(text: str) -> list[Item]:
    """The money and measure amounts claimcheck reads in ``text``."""
    out: list[Item] = []
    for c in extract_source(Source(id="b", text=text), kinds=("amount",)):
        q = c.value
        if not isinstance(q, Quantity) or q.unit is None:
            continue
        cat = _category_of_unit(q.unit)
        if cat is not None:
            out.append((cat, q.value, q.unit, c.span.start, c.span.end))
    return out


def quantulum_items(parse: object, text: str) -> list[Item]:
    """The money and measure quantities quantulum3 reads in ``text``, in claimcheck's units."""
    out: list[Item] = []
    try:
        found = parse(text)  # type: ignore[operator]
    except Exception:  # a peer's crash is a miss, not the benchmark's end
        return out
    for q in found:
        name, entity = q.unit.name, q.unit.entity.name
        if name in Q3_OTHER or entity in ("dimensionless", "time"):
            continue
        unit, factor = Q3_UNITS.get(name, (name, 1.0))
        cat = "money" if entity == "currency" or _category_of_unit(unit) == "money" else "measure"
        out.append((cat, q.value * factor, unit, q.span[0], q.span[1]))
    return out


def _gold_q3(case: dict) -> list[Item]:
    text = case["req"]
    out: list[Item] = []
    for r in case["res"]:
        if r["unit"] in Q3_OTHER:
            continue
        unit, factor = Q3_UNITS.get(r["unit"], (r["unit"], 1.0))
        cat = _category_of_unit(unit) or "measure"
        start = text.find(r["surface"])
        start = max(start, 0)
        out.append((cat, r["value"] * factor, unit, start, start + len(r["surface"])))
    return out


def _gold_news(case: dict) -> list[Item]:
    text = case["text"]
    out: list[Item] = []
    for cat, value, unit, surface in case["gold"]:
        start = text.find(surface)
        if start < 0:
            msg = f"gold surface {surface!r} is not in {text!r}"
            raise ValueError(msg)
        out.append((cat, float(value), unit, start, start + len(surface)))
    return out


def _same(p: Item, g: Item) -> bool:
    return (
        p[0] == g[0]
        and p[2] == g[2]
        and abs(p[1] - g[1]) <= 1e-6 * max(1.0, abs(g[1]))
        and p[3] < g[4]
        and g[3] < p[4]
    )


def score(
    cases: Iterable[tuple[str, list[Item]]], predict: object, errors: list[str] | None
) -> tuple[dict[str, tuple[int, int, int]], float]:
    """Per category ``(true positives, predictions, gold)`` and the CPU seconds taken."""
    tally = {"money": [0, 0, 0], "measure": [0, 0, 0]}
    t0 = time.process_time()
    for text, gold in cases:
        pred = predict(text)  # type: ignore[operator]
        used: set[int] = set()
        for p in pred:
            tally[p[0]][1] += 1
            hit = next((i for i, g in enumerate(gold) if i not in used and _same(p, g)), None)
            if hit is not None:
                used.add(hit)
                tally[p[0]][0] += 1
            elif errors is not None:
                errors.append(f"  FP {p[0]:<8}{p[1]:>14g} {p[2]:<10} {text[p[3] : p[4]]!r} in {text!r}")
        for i, g in enumerate(gold):
            tally[g[0]][2] += 1
            if i not in used and errors is not None:
                errors.append(f"  FN {g[0]:<8}{g[1]:>14g} {g[2]:<10} {text[g[3] : g[4]]!r} in {text!r}")
    dt = time.process_time() - t0
    return {k: (v[0], v[1], v[2]) for k, v in tally.items()}, dt


def _row(name: str, tool: str, res: dict[str, tuple[int, int, int]], dt: float, n: int) -> str:
    cells = [f"{name:<13}{tool:<12}"]
    for cat in ("money", "measure"):
        tp, npred, ngold = res[cat]
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        cells.append(f"{ngold:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
    cells.append(f"{n / dt if dt else 0:>10.0f}")
    return "".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=("q3", "news", "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="list every false positive and miss")
    ap.add_argument(
        "--split",
        choices=SPLITS,
        default=None,
        help="q3: the seeded split by item (benchmarks/_split.py); news: each row's split. Develop on"
        " dev, report heldout; default: each split in turn",
    )
    args = ap.parse_args()

    parse = None
    q3_file: Path | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import quantulum3
            from quantulum3 import parser as q3parser

        parse = q3parser.parse
        q3_file = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
        parse("warm up 3 km")
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): its column and set are skipped")

    sets: list[tuple[str, list[tuple[str, list[Item]]]]] = []
    if args.set in ("q3", "all") and q3_file is not None and q3_file.exists():
        cases = json.loads(q3_file.read_text(encoding="utf-8"))
        for split in (args.split,) if args.split else SPLITS[:2]:
            chosen = [(c["req"], _gold_q3(c)) for c in cases if in_split(c["req"], split)]
            sets.append((f"q3-{split}", chosen))
    if args.set in ("news", "all"):
        rows = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
        for split in (args.split,) if args.split else SPLITS[:2]:
            chosen_news = [
                (r["text"], _gold_news(r)) for r in rows if split in ("all", r.get("split", "dev"))
            ]
            sets.append((f"news-{split}", chosen_news))

    head = f"{'set':<13}{'tool':<12}" + f"{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}" * 2
    print(f"{'':<25}{'money':^27}{'measure':^27}")
    print(head + f"{'sent/s':>10}")
    for name, cases in sets:
        tools: list[tuple[str, object]] = [("claimcheck", claimcheck_items)]
        if parse is not None:
            tools.append(("quantulum3", lambda t, parse=parse: quantulum_items(parse, t)))
        for tool, predict in tools:
            errs: list[str] | None = [] if args.errors else None
            res, dt = score(cases, predict, errs)
            print(_row(name, tool, res, dt, len(cases)))
            if errs:
                print(f"== {tool} on {name}", file=sys.stderr)
                print("\n".join(errs), file=sys.stderr)


if __name__ == "__main__":
    main()
