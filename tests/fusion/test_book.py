"""The Book benchmark on the real data (skipped when ../shared/fusion/book is absent).

Floors sit a little below the measured precision (see benchmarks/book.py) so a regression shows.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
BOOK = ROOT.parent / "shared" / "fusion" / "book"

#: run -> floor (measured 2026-12-02: vote .78, truthfinder .93, accu .94, accucopy .95, accucopy
#: without value similarity .90)
FLOORS = {"vote": 0.72, "truthfinder": 0.88, "accu": 0.88, "accucopy": 0.91, "accucopy-nosim": 0.85}


@pytest.fixture(scope="module")
def book() -> ModuleType:
    if not (BOOK / "book.txt").exists():
        pytest.skip("../shared/fusion/book is not present")
    spec = importlib.util.spec_from_file_location("book_benchmark", ROOT / "benchmarks" / "book.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["book_benchmark"] = module
    spec.loader.exec_module(module)
    return module


def test_isbn_conversion(book: ModuleType) -> None:
    assert book.isbn10_to_13("0201853949") == "9780201853940"
    assert book.isbn13_to_10("9780201853940") == "0201853949"
    assert book.isbn13_to_10("9780072232172") == "007223217X"
    assert book.canonical_isbn("978-0-07-223217-2") == "007223217X"


def test_gold_is_read(book: ModuleType) -> None:
    gold = book.read_gold(BOOK / "book_golden.txt")
    assert len(gold) == 100
    assert gold["1558609016"] == "han j|kamber m"


def test_methods_beat_their_floors(book: ModuleType) -> None:
    rows = book.evaluate(BOOK, list(FLOORS))
    measured = {row[0]: row[1] for row in rows}
    assert measured == pytest.approx(measured)  # shows all figures on failure
    for name, floor in FLOORS.items():
        assert measured[name] >= floor, measured
    assert measured["accucopy"] > measured["vote"]
    assert measured["accucopy-nosim"] > measured["vote"]  # both without value similarity
