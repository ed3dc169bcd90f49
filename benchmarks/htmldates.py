"""Publication dates of web pages: claimcheck's loader beside htmldate, on the same pages.

Reads ``../shared/devsets/htmldates/`` (250 saved pages and ``gold.json``, reviewed dates from
htmldate's evaluation set). Each page is judged from its markup alone: the URL in the gold file
is not passed in. For every page it runs

- ``claimcheck.load(path)`` and takes ``source.published`` (with the extras that are installed:
  the ``web`` extra brings htmldate, which claimcheck then consults as one signal among others);
- htmldate alone, ``find_date(html, original_date=True, extensive_search=True)`` (the call its
  own evaluation uses), when htmldate is installed;

and prints the share of pages whose date is exactly right, the pages where each is wrong
(``--errors``), and the time each took.

Usage::

    python benchmarks/htmldates.py [DEVSET_DIR] [--errors] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import claimcheck as cc

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "devsets" / "htmldates"


def _htmldate(html: str) -> str | None:
    from htmldate import find_date

    try:
        found = find_date(html, original_date=True, extensive_search=True)
    except Exception:  # a peer's failure is a wrong answer, not a crash
        return None
    return found if isinstance(found, str) else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--errors", action="store_true", help="list the pages each gets wrong")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (sorted by name)")
    args = ap.parse_args(argv)
    root = Path(args.directory)
    gold_path = root / "gold.json"
    if not gold_path.exists():
        print(f"no devset at {root}", file=sys.stderr)
        return 2
    gold = {name: rec["date"] for name, rec in json.loads(gold_path.read_text("utf-8")).items()}
    names = sorted(gold)[: args.limit or None]
    try:
        import htmldate  # noqa: F401

        have_htmldate = True
    except ImportError:
        have_htmldate = False

    ours: dict[str, str | None] = {}
    peer: dict[str, str | None] = {}
    t_ours = t_peer = 0.0
    for name in names:
        path = root / "pages" / name
        t0 = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            (source,) = cc.load(str(path))
        t_ours += time.process_time() - t0
        ours[name] = source.published.isoformat() if source.published else None
        if have_htmldate:
            html = path.read_bytes().decode("utf-8", errors="replace")
            t0 = time.process_time()
            peer[name] = _htmldate(html)
            t_peer += time.process_time() - t0

    n = len(names)
    right = sum(ours[x] == gold[x] for x in names)
    print(f"pages: {n} (judged from their markup; the gold URL is not passed in)")
    extra = "with htmldate as one signal" if have_htmldate else "without htmldate (extra not installed)"
    print(f"claimcheck load ({extra}): {right / n:.3f} right ({right}/{n}), {t_ours:.1f} s CPU")
    if have_htmldate:
        pr = sum(peer[x] == gold[x] for x in names)
        print(
            f"htmldate find_date(original_date, extensive_search): {pr / n:.3f} right ({pr}/{n}), {t_peer:.1f} s CPU"
        )
    if args.errors:
        for x in names:
            if ours[x] != gold[x]:
                print(f"  ours wrong {x}: got {ours[x]}, gold {gold[x]}, htmldate {peer.get(x)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
