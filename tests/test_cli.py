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
    (tmp_path / "c.bin").write_bytes(b"\x00\x01\x02\xff" * 50)
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
    paths = [str(corpus / "a.txt"), str(corpus.parent / "c.bin"), str(corpus / "missing.txt")]
    code, out, err = run("report", *paths, "--width", "200", "--no-color")
    assert code == 3  # done on what could be read; the exit code says something was refused
    assert "c.bin: refused:" in out
    assert "missing.txt: refused:" in out
    assert "1 sources (+2 refused)" in out
    warnings = err.splitlines()
    assert len(warnings) == 2 and all(w.startswith("claimcheck: warning: refused ") for w in warnings)
    assert any("c.bin" in w and "binary" in w for w in warnings)
    assert any("missing.txt" in w and "no such file" in w for w in warnings)


def test_export_json_stdout_and_file(corpus: Path, tmp_path: Path) -> None:
    code, out, _ = run("export", str(corpus), "--format", "json")
    assert code == 0
    assert json.loads(out)["format"] == "claimcheck"
    target = tmp_path / "out.json"
    code, out, _ = run("export", str(corpus), "--format", "json", "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["version"] == 2


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
    code, _, err = run("export", str(tmp_path / "nope" / "*.txt"), "--format", "json", "-o", str(target))
    assert code == 2 and "no files match" in err
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
    assert json.loads(proc.stdout)["version"] == 2


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


# -- inputs that yield nothing are input errors (exit 2), for every command ------------


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (the argument, words the message must hold)."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    return {
        "typo": (str(tmp_path / "declaraton"), "no such file or folder"),
        "glob": (str(tmp_path / "nothing-*.txt"), "no files match"),
        "binary": (str(tmp_path / "blob.txt"), "binary"),
        "empty folder": (str(tmp_path / "empty"), "folder holds no"),
        "folder of pictures": (str(tmp_path / "pictures"), "cover.png"),
        "unreachable url": ("http://127.0.0.1:9/story", "http://127.0.0.1:9/story"),
    }


def _argv(command: str, path: str, tmp_path: Path) -> list[str]:
    if command == "check":
        return ["check", "263 agreements", path]
    if command == "export":
        return ["export", path, "--format", "json", "-o", str(tmp_path / "out.json")]
    if command == "graph":
        return ["graph", path, "-o", str(tmp_path / "out.svg")]
    return ["report", path]


@pytest.mark.parametrize("command", ["report", "export", "check", "graph"])
@pytest.mark.parametrize(
    "case", ["typo", "glob", "binary", "empty folder", "folder of pictures", "unreachable url"]
)
def test_input_that_yields_no_source_is_exit_2(tmp_path: Path, command: str, case: str) -> None:
    if command == "graph":
        pytest.importorskip("matplotlib")
    if case == "unreachable url":
        pytest.importorskip("httpx")
    path, words = _bad_inputs(tmp_path)[case]
    code, out, err = run(*_argv(command, path, tmp_path))
    assert code == 2, (out, err)
    assert out == ""
    assert err.startswith("claimcheck: error: ") and "Traceback" not in err
    assert words in err
    assert not list(tmp_path.glob("out.*"))  # nothing written


def test_partial_input_goes_on_and_exits_3(corpus: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    code, out, err = run("check", "263 agreements", str(corpus), missing)
    assert code == 3 and out.startswith("CORROBORATED")
    assert err == f"claimcheck: warning: refused {missing}: no such file or folder.\n"
    code, out, err = run("check", "300 agreements", str(corpus), missing)
    assert code == 1 and "NOT CORROBORATED" in out  # the verdict wins over the partial input
    target = tmp_path / "out.json"
    code, _, err = run("export", str(corpus), missing, "--format", "json", "-o", str(target))
    assert code == 3 and "missing.txt" in err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert [s["path"] for s in doc["sources"] if s.get("refused")] == [missing]


def test_strict_turns_any_refusal_into_exit_2(corpus: Path, tmp_path: Path) -> None:
    code, out, err = run("report", str(corpus), str(tmp_path / "missing.txt"), "--strict")
    assert code == 2 and out == ""
    assert err.startswith("claimcheck: error: 1 input(s) refused (--strict):")
    assert "missing.txt: no such file or folder" in err
    code, out, _ = run("report", str(corpus), "--strict", "--no-color")
    assert code == 0 and "claimcheck report" in out


def test_check_api_with_a_refused_source_among_good_ones(corpus: Path, tmp_path: Path) -> None:
    from claimcheck import check

    report = check([str(corpus), str(tmp_path / "missing.txt")])  # used to raise KeyError in linking
    assert sum(1 for s in report.sources if s.refused) == 1
    assert report.fact("263 agreements").value.number == 263


# -- standard input ---------------------------------------------------------------------


def test_dash_reads_standard_input(corpus: Path) -> None:
    text = (corpus / "a.txt").read_text(encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "export", "-", str(corpus / "b.txt"), "--format", "json"],
        input=text.encode("utf-8"), capture_output=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert sorted(s["outlet"] for s in doc["sources"]) == ["Example Wire", "Other Daily"]  # front matter read
    assert all(s["path"] != "-" for s in doc["sources"])


@pytest.mark.parametrize(
    "data, code, words",
    [
        (b"Officials said 263 agreements were signed.", 0, ""),  # no line break: still text, not a path
        (b"notes.txt", 0, ""),  # looks like a file name: still the text read
        (b"", 2, "standard input is empty"),
        (b"\x00\x01\x02\xff" * 40, 2, "standard input: looks binary"),
        ("Le caf\u00e9 a vendu 263 tasses.\n".encode("latin-1"), 0, "note: standard input: not valid UTF-8"),
    ],
)
def test_dash_stdin_cases(data: bytes, code: int, words: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    got = main(["export", "-", "--format", "json"], stdout=out, stderr=err, stdin=io.BytesIO(data))
    assert got == code, err.getvalue()
    assert words in err.getvalue()
    if code == 0:
        (src,) = json.loads(out.getvalue())["sources"]
        assert src["path"] is None


def test_dash_twice_is_an_error() -> None:
    code, _, err = run("report", "-", "-")
    assert code == 2 and "only once" in err


# -- conventions ----------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from claimcheck import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"claimcheck {__version__}\n"
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and proc.stdout.strip() == f"claimcheck {__version__}"


@pytest.mark.parametrize(
    "argv, words",
    [
        (
            ["report", "{c}", "--kind", "counts"],
            ["unknown kind 'counts'", "did you mean 'count'", "amount, "],
        ),
        (["report", "{c}", "--kind", "zebra"], ["unknown kind 'zebra'", "choose from amount"]),
        (["graph", "{c}", "-o", "g.svg", "--kind", "dat"], ["did you mean 'date'"]),
        (["report", "{c}", "--min-score", "2"], ["from 0 to 1", "'2'"]),
        (["report", "{c}", "--min-score", "-0.1"], ["from 0 to 1"]),
        (["report", "{c}", "--min-score", "nan"], ["from 0 to 1"]),
        (["check", "263", "{c}", "--min-score", "1.5"], ["from 0 to 1"]),
        (["check", "263", "{c}", "--min-sources", "0"], ["at least 1"]),
        (["report", "{c}", "--workers", "-1"], ["at least 0"]),
        (["fuse", "r.csv", "--method", "acu"], ["unknown method 'acu'", "did you mean 'accu'"]),
    ],
)
def test_bad_option_values_are_usage_errors(
    corpus: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: list[str]
) -> None:
    code = main([a.format(c=corpus) for a in argv], stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 2
    err = capsys.readouterr().err  # argparse writes usage errors to sys.stderr
    assert err.startswith("usage: claimcheck")
    for w in words:
        assert w in err


def test_export_to_a_missing_folder_names_the_folder(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "report.json"
    code, out, err = run("export", str(corpus), "--format", "json", "-o", str(target))
    assert code == 2 and out == ""
    assert err == f"claimcheck: error: cannot write {str(target)!r}: no folder {str(target.parent)!r}.\n"
    assert ".tmp" not in err


def test_export_dash_output_is_stdout(corpus: Path) -> None:
    code, out, _ = run("export", str(corpus), "--format", "json", "-o", "-")
    assert code == 0 and json.loads(out)["format"] == "claimcheck"


def test_graph_takes_the_shared_options(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("matplotlib")
    from claimcheck.output import plot

    drawn: list[tuple[list[str], int]] = []
    real = plot.plot_graph

    def spy(report: object, **kw: object) -> object:
        drawn.append(([f.kind for f in report.facts], kw["max_facts"]))  # type: ignore[attr-defined]
        return real(report, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(plot, "plot_graph", spy)
    out = tmp_path / "g.svg"
    base = ["graph", str(corpus), "-o", str(out), "--workers", "0", "--no-stories", "--no-progress"]
    assert run(*base)[0] == 0
    assert run(*base, "--kind", "date", "--min-score", "0", "--top", "3")[0] == 0
    assert "<svg" in out.read_text(encoding="utf-8")
    (all_kinds, twelve), (dates, three) = drawn
    assert "count" in all_kinds and twelve == 12
    assert set(dates) <= {"date"} and three == 3 and len(dates) < len(all_kinds)


# -- fuse ---------------------------------------------------------------------------------

RECORDS = "a,x,1\nb,x,1\nc,x,2\na,y,5\nb,y,5\n"


@pytest.mark.parametrize(
    "header, extra",
    [
        ("outlet,question,answer\n", []),  # a header with other names: found by sniffing
        ("who,what,claimed\n", ["--columns", "who,what,claimed"]),
        ("", []),  # no header: every row is data
    ],
)
def test_fuse_header_row_is_not_data(tmp_path: Path, header: str, extra: list[str]) -> None:
    records = tmp_path / "r.csv"
    records.write_text(header + RECORDS, encoding="utf-8")
    code, out, err = run("fuse", str(records), "--method", "vote", "--format", "json", *extra)
    assert code == 0, err
    doc = json.loads(out)
    assert sorted(i["item"] for i in doc["items"]) == ["x", "y"]
    assert sorted(doc["source_accuracy"]) == ["a", "b", "c"]
    assert ("first row read as a header" in err) == (header.startswith("outlet") and not extra)


@pytest.mark.parametrize(
    "first",
    [
        "site-a,agreements,263\n",  # a number: data, not names
        "site-a,agreements,\n",  # an empty cell: data
    ],
)
def test_fuse_first_row_of_data_is_kept(tmp_path: Path, first: str) -> None:
    records = tmp_path / "r.csv"
    records.write_text(first + "site-b,agreements,263\nsite-c,agreements,236\nsite-d,treaties,5\n", "utf-8")
    code, out, err = run("fuse", str(records), "--method", "vote", "--format", "json")
    assert code == 0, err
    assert "header" not in err
    accuracy = json.loads(out)["source_accuracy"]
    assert {"site-b", "site-c", "site-d"} <= set(accuracy)
    assert ("site-a" in accuracy) == first.endswith("263\n")  # a row with no value is not a claim


def test_fuse_columns_picks_columns_by_name(tmp_path: Path) -> None:
    records = tmp_path / "r.tsv"
    records.write_text("value\tnote\tsite\tfield\n1\tok\ta\tx\n1\t-\tb\tx\n2\t\tc\tx\n", encoding="utf-8")
    code, out, err = run("fuse", str(records), "--columns", "site,field,value", "--format", "json")
    assert code == 0, err
    (item,) = json.loads(out)["items"]
    assert (item["item"], str(item["value"])) == ("x", "1")
    code, _, err = run("fuse", str(records), "--columns", "site,field")
    assert code == 2 and "three names" in err


def test_fuse_table_prints_source_accuracy(tmp_path: Path) -> None:
    records = tmp_path / "r.csv"
    records.write_text("source,item,value\n" + RECORDS, encoding="utf-8")
    code, out, err = run("fuse", str(records), "--method", "accu")
    assert code == 0, err
    assert "source accuracy" in out
    rows = [line.split() for line in out.splitlines() if line.strip().startswith(("│ a ", "│ c "))]
    accuracy = {r[1]: float(r[3]) for r in rows}
    assert set(accuracy) == {"a", "c"}
    assert accuracy["a"] > accuracy["c"]  # c disagrees with the others on x


def test_partial_input_when_the_loader_raises(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loader that raises SourceError for an input yielding nothing: the CLI still goes on."""
    from claimcheck import loading
    from claimcheck.errors import SourceError

    real = loading.load

    def strict_load(inputs: object, **options: object) -> object:
        items = [inputs] if isinstance(inputs, str) else list(inputs)  # type: ignore[call-overload]
        for item in items:
            if isinstance(item, str) and item.endswith("missing.txt"):
                msg = f"{item}: no such file or folder."
                raise SourceError(msg)
        return real(inputs, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "load", strict_load)
    missing = str(tmp_path / "missing.txt")
    code, out, err = run("check", "263 agreements", str(corpus), str(corpus / "a.txt"), missing)
    assert code == 3 and out.startswith("CORROBORATED"), err
    assert err == f"claimcheck: warning: refused {missing}: no such file or folder.\n"
    code, out, err = run("report", missing)
    assert code == 2 and err == f"claimcheck: error: {missing}: no such file or folder.\n"


def test_report_top_and_all_choose_how_many_facts() -> None:
    examples = str(Path(__file__).resolve().parents[1] / "examples" / "declaration")
    short = run("report", examples, "--top", "3", "--width", "100", "--no-progress")
    full = run("report", examples, "--all", "--width", "100", "--no-progress")
    assert short[0] == 0 and full[0] == 0
    assert len(full[1].splitlines()) > len(short[1].splitlines())


def test_fuse_table_shows_control_characters_visibly(tmp_path: Path) -> None:
    records = tmp_path / "r.csv"
    records.write_text("site\x1b]0;owned\x07,agreements,263\nb,agreements,263\n", encoding="utf-8")
    code, out, _ = run("fuse", str(records))
    assert code == 0
    assert "\x1b]0;" not in out and "\x07" not in out
    assert "␛]0;owned␇" in out
