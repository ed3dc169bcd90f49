"""Reading records files: any field size, quoted line breaks, dropped rows reported, deep JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import ClaimcheckError, FusionError
from claimcheck.fusion import Record, load_records, read_records


def test_a_field_over_the_csv_module_limit_is_read(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("source,item,value\na,x," + "y" * 300_000 + "\nb,x,1\n", encoding="utf-8")
    records = read_records(p)
    assert len(records[0].value) == 300_000
    assert records[1] == Record("b", "x", "1")


def test_quoted_line_breaks_are_kept(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text('source,item,value\na,x,"one\ntwo"\nb,x,3\n', encoding="utf-8")
    assert read_records(p) == (Record("a", "x", "one\ntwo"), Record("b", "x", "3"))


def test_dropped_rows_are_reported_with_their_line(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text('source,item,value\na,x,"one\ntwo"\nb,x,NaN\nc,x\n,x,4\nd,x,5\n', encoding="utf-8")
    loaded = load_records(p)
    assert [r.source for r in loaded.records] == ["a", "b", "d"]
    reasons = dict(loaded.dropped)
    assert set(reasons) == {4, 5, 6}  # the quoted row spans lines 2-3
    assert "not a vote" in reasons[4]
    assert "expected at least 3 columns" in reasons[5]
    assert "no source" in reasons[6]
    with pytest.raises(FusionError, match=r"r\.csv:5"):
        load_records(p, errors="raise")


def test_deep_json_is_a_fusion_error_not_a_recursion_error(tmp_path: Path) -> None:
    p = tmp_path / "r.jsonl"
    p.write_text("[" * 200_000 + "\n" + '{"source": "a", "item": "x", "value": 1}\n', encoding="utf-8")
    loaded = load_records(p)
    assert loaded.records == (Record("a", "x", 1),)
    assert loaded.dropped[0][0] == 1 and "nested too deeply" in loaded.dropped[0][1]
    with pytest.raises(ClaimcheckError, match="nested too deeply"):
        read_records(p)


def test_errors_must_be_known(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("a,x,1\n", encoding="utf-8")
    with pytest.raises(FusionError, match="errors must be"):
        load_records(p, errors="ignore")


def test_the_fuse_command_reports_dropped_rows_on_stderr(tmp_path: Path) -> None:
    import io

    from claimcheck.cli import main

    p = tmp_path / "r.csv"
    p.write_text("source,item,value\na,x,1\nb,x,NaN\nc,x\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["fuse", str(p), "--method", "vote", "--format", "json"], stdout=out, stderr=err) == 0
    assert f"{p}:3: no value ('NaN'): not a vote" in err.getvalue()
    assert f"{p}:4:" in err.getvalue() and "expected at least 3 columns" in err.getvalue()
    assert '"value": "1"' in out.getvalue()
