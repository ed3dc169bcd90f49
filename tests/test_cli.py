"""The command line: subcommands, exit codes, files written atomically."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main

ARTICLE = (
    "---\noutlet: Example Wire\npublished: 2024-04-04\n---\n"
    "Officials said 263 agreements have been signed so far [bold red]really[/] <script>x</script>.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE.replace("Example Wire", "Other Daily"), encoding="utf-8")
    (d / "c.bin").write_bytes(b"\x00\x01\x02\xff" * 50)
    return d


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_report(corpus: Path) -> None:
    code, out, err = run("report", str(corpus), "--width", "120", "--no-color")
    assert code == 0, err
    assert "claimcheck report" in out
    assert "Sources" in out
    assert "\x1b[" not in out


def test_report_lists_refused_input(corpus: Path) -> None:
    paths = [str(corpus / "a.txt"), str(corpus / "c.bin"), str(corpus / "missing.txt")]
    code, out, _ = run("report", *paths, "--width", "200", "--no-color")
    assert code == 0
    assert "c.bin: refused:" in out
    assert "missing.txt: refused:" in out


def test_export_json_stdout_and_file(corpus: Path, tmp_path: Path) -> None:
    code, out, _ = run("export", str(corpus), "--format", "json")
    assert code == 0
    assert json.loads(out)["format"] == "claimcheck"
    target = tmp_path / "out.json"
    code, out, _ = run("export", str(corpus), "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["version"] == 1


@pytest.mark.parametrize(
    "fmt, marker", [("graphml", "<graphml"), ("html", "<!DOCTYPE html>"), ("prov", '"entity"')]
)
def test_export_formats(corpus: Path, fmt: str, marker: str) -> None:
    if fmt == "prov":
        pytest.importorskip("prov")
    code, out, _ = run("export", str(corpus), "--format", fmt)
    assert code == 0
    assert marker in out
    if fmt == "html":
        assert "<script>x" not in out


def test_check_exit_codes(corpus: Path) -> None:
    from claimcheck import check

    assert check(str(corpus)).fact("263 agreements").value.number == 263
    code, out, _ = run("check", "263 agreements", str(corpus))
    assert code == 0 and out.startswith("CORROBORATED")
    code, out, _ = run("check", "300 agreements", str(corpus))
    assert code == 1 and "found 263" in out
    code, out, _ = run("check", "263 agreements", str(corpus), "--min-sources", "9")
    assert code == 1 and "NOT CORROBORATED" in out


def test_check_not_found_is_exit_1(corpus: Path) -> None:
    code, out, _ = run("check", "zebra migration", str(corpus))
    assert code == 1 and "No fact matches" in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run()[0] == 2
    assert run("report")[0] == 2
    assert run("export", str(tmp_path), "--format", "pdf")[0] == 2
    assert run("nonsense")[0] == 2


def test_input_error_exit_2_without_traceback(tmp_path: Path) -> None:
    code, _, err = run("fuse", str(tmp_path / "missing.csv"))
    if code == 0:  # pragma: no cover
        pytest.fail("missing records file accepted")
    assert code == 2
    assert "Traceback" not in err and err.startswith("claimcheck: error:")


def test_json_output_file_not_left_empty_on_error(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    code, _, _ = run(
        "export", str(tmp_path / "nope" / "*.txt"), "--format", "json", "-o", str(tmp_path / "d" / "x.json")
    )
    assert code in (0, 2)
    assert not target.exists()


def test_fuse(tmp_path: Path) -> None:
    records = tmp_path / "r.csv"
    records.write_text("source,item,value\na,x,1\nb,x,1\nc,x,2\na,y,5\nb,y,5\n", encoding="utf-8")
    code, out, err = run("fuse", str(records), "--method", "vote", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    values = {i["item"]: i["value"] for i in doc["items"]}
    assert str(values["x"]) == "1"
    code, out, err = run("fuse", str(records))
    assert code == 0, err
    assert "fusion: accu" in out


def test_python_dash_m(corpus: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "export", str(corpus), "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["version"] == 1


def test_seeds_report(seeds_dir: Path) -> None:
    code, out, err = run("report", str(seeds_dir), "--width", "120")
    assert code == 0, err
    assert "5 sources" in out


def test_report_unknown_fact_is_input_error(corpus: Path) -> None:
    code, _, err = run("report", str(corpus), "--fact", "zebra migration patterns")
    assert code == 2
    assert err.startswith("claimcheck: error: No fact matches") and "Traceback" not in err


def test_no_stories_compares_claims_across_stories(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Ilse Brandt chaired the talks in Velmora. The summit took place on 3 May 2024.\n",
        "b.txt": "Oren Tal chaired the talks in Karsk. The summit took place on 9 May 2024.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")

    def relations(*flags: str) -> list[str]:
        out = io.StringIO()
        assert main(["export", "--format", "json", *flags, str(tmp_path)], stdout=out) == 0
        return [link["relation"] for link in json.loads(out.getvalue())["links"]]

    assert relations() == []  # two summits in two towns: two facts
    assert relations("--no-stories") == ["conflicts"]
