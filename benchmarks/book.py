"""The Book (AbeBooks) data-fusion benchmark for ``claimcheck.fuse``.

Reads ``../shared/fusion/book/`` (book.txt: source, ISBN-10, title, author list; latin-1 TSV
with CRLF ends; book_golden.txt: 100 books with their true author lists), fuses the author lists
with each method and prints precision on the gold books beside the published figures
(Dong, Berti-Equille, Srivastava, PVLDB 2009, Table 6), precision on the silver standard (all
books; a check that nothing fits the 100 gold books only) and the time each method took.

A fused list is correct when it is the gold list of authors in order, each author compared as
(last name, first initial) after normalising name formats (``claimcheck.fusion.names``).
Nothing is tuned to the gold: every method runs with its published default parameters.

Usage::

    python benchmarks/book.py [BOOK_DIR] [--method NAME ...]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from claimcheck.fusion import fuse
from claimcheck.fusion.names import author_list_similarity, normalize_author_list

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "fusion" / "book"

#: Published precision on the 100 gold books (Dong et al. 2009, Table 6).
PUBLISHED = {
    "vote": (".71", "majority vote"),
    "vote+sim": (".74", "vote with value similarity"),
    "truthfinder": (".83", "TruthFinder"),
    "accu-nosim": (".79", "AccuPr (accuracy-aware vote, no similarity)"),
    "accu": (".79", "AccuPr (published without value similarity)"),
    "accucopy-nosim": (".87", "AccuCopy"),
    "accucopy": (".89", "AccuCopy with value similarity"),
    "accucopy-nosim+direction": (".87", "AccuCopy (ours with discount='direction')"),
    "accucopy+direction": (".89", "AccuCopy with value similarity (ours with discount='direction')"),
    "accucopy-nosim+share": (".87", "AccuCopy (ours with discount='share')"),
    "accucopy+share": (".89", "AccuCopy with value similarity (ours with discount='share')"),
    "accucopy-nosim+pair": (".87", "AccuCopy (ours with discount='pair')"),
    "accucopy+pair": (".89", "AccuCopy with value similarity (ours with discount='pair')"),
}

#: run name -> (method, fuse options)
RUNS: dict[str, tuple[str, dict[str, object]]] = {
    "vote": ("vote", {"similarity": False}),
    "vote+sim": ("vote", {}),
    "truthfinder": ("truthfinder", {}),
    "accu-nosim": ("accu", {"similarity": False}),
    "accu": ("accu", {}),
    "accucopy-nosim": ("accucopy", {"similarity": False}),
    "accucopy": ("accucopy", {}),
    "accucopy-nosim+direction": ("accucopy", {"similarity": False, "discount": "direction"}),
    "accucopy+direction": ("accucopy", {"discount": "direction"}),
    "accucopy-nosim+share": ("accucopy", {"similarity": False, "discount": "share"}),
    "accucopy+share": ("accucopy", {"discount": "share"}),
    "accucopy-nosim+pair": ("accucopy", {"similarity": False, "discount": "pair"}),
    "accucopy+pair": ("accucopy", {"discount": "pair"}),
}


def isbn13_to_10(isbn: str) -> str:
    """``9780201853940`` -> ``0201853949`` (drop the 978 prefix, recompute the mod-11 check)."""
    core = isbn[3:12]
    total = sum((10 - i) * int(d) for i, d in enumerate(core))
    check = (11 - total % 11) % 11
    return core + ("X" if check == 10 else str(check))


def isbn10_to_13(isbn: str) -> str:
    """``0201853949`` -> ``9780201853940`` (978 prefix, EAN-13 check digit)."""
    core = "978" + isbn[:9]
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core))
    return core + str((10 - total % 10) % 10)


def canonical_isbn(text: str) -> str:
    """An ISBN as ISBN-10 (digits and X only)."""
    digits = "".join(ch for ch in text.upper() if ch.isdigit() or ch == "X")
    if len(digits) == 13 and digits.startswith("978"):
        return isbn13_to_10(digits)
    return digits.zfill(10) if len(digits) < 10 else digits


def read_listings(path: Path) -> Iterator[tuple[str, str, str]]:
    """(source, ISBN-10, author list) per listing."""
    with path.open(encoding="latin-1", newline="") as fh:
        for line in fh:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 4:
                continue
            yield parts[0].strip(), canonical_isbn(parts[1]), parts[3]


def read_gold(path: Path) -> dict[str, str]:
    """ISBN-10 -> normalised author key of the gold (or silver) list: ``ISBN <TAB> a; b; ...``."""
    gold: dict[str, str] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.strip():
            continue
        isbn, _, authors = line.partition("\t")
        names = [a.strip() for a in authors.split(";") if a.strip()]
        key = normalize_author_list("; ".join(names))
        if key is not None:
            gold[canonical_isbn(isbn)] = str(key)
    return gold


def evaluate(book_dir: Path, runs: list[str]) -> list[tuple[str, float, float, int, float]]:
    """Run each method; return (run, precision on gold, seconds, iterations, precision on silver)."""
    records = list(read_listings(book_dir / "book.txt"))
    gold = read_gold(book_dir / "book_golden.txt")
    silver = read_gold(book_dir / "book_silver.txt") if (book_dir / "book_silver.txt").exists() else {}
    # every method normalises the same strings and compares the same keys: remember them
    normalize = functools.lru_cache(maxsize=None)(normalize_author_list)
    similarity = functools.lru_cache(maxsize=None)(author_list_similarity)
    out = []
    for name in runs:
        method, options = RUNS[name]
        start = time.perf_counter()
        result = fuse(
            records,
            method=method,
            normalize=normalize,
            similarity=options.get("similarity", similarity),  # type: ignore[arg-type]
            **{k: v for k, v in options.items() if k != "similarity"},
        )
        seconds = time.perf_counter() - start
        right = sum(
            1
            for isbn, key in gold.items()
            if isbn in result and normalize_author_list(result[isbn].value) == key
        )
        judged = sum(1 for isbn in gold if isbn in result)
        silver_right = sum(
            1
            for isbn, key in silver.items()
            if isbn in result and normalize_author_list(result[isbn].value) == key
        )
        silver_judged = sum(1 for isbn in silver if isbn in result)
        out.append(
            (
                name,
                right / judged if judged else 0.0,
                seconds,
                result.iterations,
                silver_right / silver_judged if silver_judged else float("nan"),
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--method", action="append", choices=sorted(RUNS), help="default: all")
    args = parser.parse_args(argv)
    if not (args.book_dir / "book.txt").exists():
        print(f"no Book data in {args.book_dir}", file=sys.stderr)
        return 2
    rows = evaluate(args.book_dir, args.method or list(RUNS))
    print(
        f"{'method':<24} {'gold':>5} {'published':>9} {'silver':>7}  {'seconds':>7} {'rounds':>6}  published as"
    )
    for name, precision, seconds, iterations, silver in rows:
        pub, label = PUBLISHED[name]
        print(
            f"{name:<24} {precision:>5.2f} {pub:>9} {silver:>7.2f}  {seconds:>7.2f} {iterations:>6}  {label}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
