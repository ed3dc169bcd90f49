from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import FusionError
from claimcheck.fusion import Record, parse_records, read_records


def test_tuples_and_mappings() -> None:
    rows = parse_records([("a", "x", 1), {"source": "b", "item": "x", "value": "2"}, ["c", "y", None]])
    assert rows == (Record("a", "x", 1), Record("b", "x", "2"), Record("c", "y", None))


@pytest.mark.parametrize(
    "row, words",
    [
        (("a", "x"), "got 2 fields"),
        ({"source": "a", "value": 1}, "missing item"),
        (42, "must be a (source, item, value) tuple"),
        (("", "x", 1), "no source"),
        (("a", None, 1), "no item"),
        (("a", ["x"], 1), "hashable"),
    ],
)
def test_bad_records_name_position(row: object, words: str) -> None:
    with pytest.raises(FusionError, match=r"record 1") as info:
        parse_records([("ok", "x", 1), row])
    assert words in str(info.value)


def test_a_path_is_not_records(tmp_path: Path) -> None:
    with pytest.raises(FusionError, match="read_records"):
        parse_records(str(tmp_path / "x.csv"))


def test_read_csv_with_header(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text('value,source,item,extra\n"1,200",a,x,z\n1200,b,x,z\n\n', encoding="utf-8")
    assert read_records(p) == (Record("a", "x", "1,200"), Record("b", "x", "1200"))


def test_read_tsv_without_header(tmp_path: Path) -> None:
    p = tmp_path / "r.tsv"
    p.write_text("a\tx\t1\r\nb\tx\t2\r\n", encoding="utf-8")
    assert read_records(p) == (Record("a", "x", "1"), Record("b", "x", "2"))


def test_read_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "r.jsonl"
    p.write_text('{"source": "a", "item": "x", "value": 3}\n\n["b", "x", 4]\n', encoding="utf-8")
    assert read_records(p) == (Record("a", "x", 3), Record("b", "x", 4))


@pytest.mark.parametrize(
    "name, text, where",
    [
        ("r.jsonl", '{"source": "a", "item": "x", "value": 3}\n{oops\n', "r.jsonl:2"),
        ("r.jsonl", '{"source": "a", "value": 3}\n', "r.jsonl:1"),
        ("r.csv", "source,item,value\na,x,1\nb,x\n", "r.csv:3"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, name: str, text: str, where: str) -> None:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    with pytest.raises(FusionError, match=where):
        read_records(p)


def test_unknown_extension_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FusionError, match=r"\.csv, \.tsv or \.jsonl"):
        read_records(tmp_path / "r.xlsx")
    with pytest.raises(FusionError, match="cannot read"):
        read_records(tmp_path / "absent.csv")
