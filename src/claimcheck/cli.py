"""The ``claimcheck`` command (also ``python -m claimcheck``).

Exit codes: 0 ok (or corroborated), 1 a ``check`` failed, 2 usage or input error (nothing
could be read, or ``--strict`` and something was refused), 3 done on the inputs that could be
read while others were refused (each is named on standard error).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError, SourceError

if TYPE_CHECKING:
    from claimcheck.model import Report, Source

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "EXIT_USAGE", "build_parser", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
#: The argument that reads standard input instead of a path.
STDIN = "-"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 with usage: keep that contract
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _InputError(ClaimcheckError):
    """No input could be read, or ``--strict`` and one was refused (exit 2)."""


# -- argument types: a bad value is a usage error naming what is valid -------------------


def _choice(name: str, valid: Callable[[], Sequence[str]]) -> Callable[[str], str]:
    def check(value: str) -> str:
        names = list(valid())
        if value in names:
            return value
        near = difflib.get_close_matches(value, names, n=1, cutoff=0.6)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        msg = f"unknown {name} {value!r}{hint}; choose from {', '.join(names)}"
        raise argparse.ArgumentTypeError(msg)

    check.__name__ = name  # argparse names the type in its messages
    return check


def _kinds() -> tuple[str, ...]:
    from claimcheck.extraction import extractors

    return tuple(extractors())


def _methods() -> tuple[str, ...]:
    from claimcheck.fusion import fusion_methods

    return fusion_methods()


def _unit_score(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        x = math.nan
    if not 0.0 <= x <= 1.0:  # also refuses nan
        msg = f"a score is a number from 0 to 1 (got {value!r})"
        raise argparse.ArgumentTypeError(msg)
    return x


def _count(least: int) -> Callable[[str], int]:
    def check(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = least - 1
        if n < least:
            msg = f"expected a whole number of at least {least} (got {value!r})"
            raise argparse.ArgumentTypeError(msg)
        return n

    check.__name__ = "number"
    return check


# -- the parser ---------------------------------------------------------------------------


def _inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders, globs or URLs to check; '-' reads standard input",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument(
        "--workers",
        type=_count(0),
        default=None,
        metavar="N",
        help="extraction processes (0: none; default: all cores for large inputs)",
    )
    p.add_argument(
        "--no-stories",
        action="store_true",
        help="compare claims across the whole corpus, not only within the story their sources report",
    )
    p.add_argument(
        "--snapshot",
        default=None,
        metavar="DIR",
        help="keep fetched web pages (PATH given as https://...) in DIR, to rebuild the report offline",
    )
    p.add_argument("--allow-private", action="store_true", help="fetch URLs on loopback and private hosts")
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 2 without output when any input is refused (default: go on with the rest, exit 3)",
    )


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--min-score", type=_unit_score, default=None, metavar="X", help="hide facts scoring below X (0-1)"
    )
    p.add_argument(
        "--kind",
        type=_choice("kind", _kinds),
        default=None,
        help="only facts of this kind (count, amount, date, ...)",
    )
    p.add_argument("--fact", default=None, metavar="QUERY", help="only the fact matching QUERY")


def _version() -> str:
    from claimcheck._version import __version__

    return f"claimcheck {__version__}"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (subcommands: report, export, check, fuse, graph)."""
    parser = _Parser(prog="claimcheck", description="Claim provenance and cross-source verification.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    rep = sub.add_parser("report", help="print the corroboration report")
    _inputs(rep)
    _filters(rep)
    rep.add_argument("--explain", action="store_true", help="provenance and scoring terms for every fact")
    rep.add_argument("--width", type=_count(20), default=None, help="output width in columns")
    rep.add_argument("--no-color", action="store_true", help="plain text, no colour")
    rep.add_argument(
        "--top", type=_count(1), default=None, metavar="N", help="rows of the facts table (default 30)"
    )
    rep.add_argument(
        "--all", dest="show_all", action="store_true", help="every fact, outlet, claim and source"
    )

    exp = sub.add_parser("export", help="export the report as json, graphml, prov or html")
    _inputs(exp)
    exp.add_argument("--format", required=True, choices=("json", "graphml", "prov", "html"))
    exp.add_argument("-o", "--output", default=None, metavar="FILE", help="write here ('-' or none: stdout)")
    exp.add_argument(
        "--no-pictures", action="store_true", help="html: leave out the graph and timeline pictures"
    )

    chk = sub.add_parser("check", help="assert a fact; exit 0 corroborated, 1 not, 2 error")
    chk.add_argument("query", help='the fact, e.g. "263 agreements"')
    _inputs(chk)
    chk.add_argument("--min-sources", type=_count(1), default=1, help="independent origins required")
    chk.add_argument("--min-score", type=_unit_score, default=None, metavar="X", help="score required (0-1)")
    chk.add_argument("--value", default=None, help="the expected value (default: the number in QUERY)")
    chk.add_argument("--no-conflicts", action="store_true", help="fail when the fact is contested")

    fus = sub.add_parser("fuse", help="truth discovery over (source, item, value) records")
    fus.add_argument("records", metavar="RECORDS", help="a .csv, .tsv or .jsonl file")
    fus.add_argument(
        "--method", type=_choice("method", _methods), default="accu", help="vote, truthfinder, accu, accucopy"
    )
    fus.add_argument("--format", default="table", choices=("table", "json"))
    fus.add_argument(
        "--columns",
        default=None,
        metavar="SOURCE,ITEM,VALUE",
        help="csv/tsv: the header names of the source, item and value columns",
    )

    gra = sub.add_parser("graph", help="draw the claim graph (needs claimcheck-provenance[plot])")
    _inputs(gra)
    _filters(gra)
    gra.add_argument("-o", "--output", required=True, help="graph.svg, graph.png or graph.pdf")
    gra.add_argument(
        "--top", type=_count(1), default=12, metavar="N", help="draw at most N facts (default 12)"
    )
    return parser


# -- inputs: loud when nothing can be read ---------------------------------------------


def _read_stdin(stdin: IO[Any], stderr: IO[str]) -> str:
    from claimcheck.loading import decode

    raw = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    data = raw.encode("utf-8") if isinstance(raw, str) else bytes(raw)
    if not data.strip():
        msg = "standard input is empty: nothing to check."
        raise _InputError(msg)
    text, notes = decode(data, name="standard input")
    for note in notes:  # a fallback encoding: the text is read, but say how
        stderr.write(f"claimcheck: note: {note}\n")
    # the loader reads a string with a line break as text, never as a path or a glob
    return text if ("\n" in text or "\r" in text) else text + "\n"


def _why(src: Source) -> str:
    reason = src.refused or "refused"
    where = src.path or src.url
    return reason if (where is None or where in reason) else f"{where}: {reason}"


def _load(args: argparse.Namespace, stdin: IO[Any], stderr: IO[str]) -> tuple[Source, ...]:
    """Load every input; raise when none can be read (or any, with ``--strict``); warn for the rest."""
    from claimcheck.loading import load

    if list(args.paths).count(STDIN) > 1:
        msg = "standard input ('-') can be given only once."
        raise _InputError(msg)
    inputs = [_read_stdin(stdin, stderr) if p == STDIN else p for p in args.paths]
    options: dict[str, Any] = {"snapshot": args.snapshot} if args.snapshot else {}
    if args.allow_private:
        options["allow_private"] = True
    # the loader shows the bar only when stderr is a terminal, so pipes and tests stay silent
    options["progress"] = not args.no_progress
    try:
        sources = load(inputs, **options)
    except SourceError:
        if len(inputs) == 1:
            raise
        sources = _load_each(inputs, options)  # a loader that raises for one input: keep the others
    refused = [s for s in sources if s.refused]
    loaded = [s for s in sources if not s.refused]
    if not loaded or (refused and args.strict):
        if not refused:
            msg = "no source could be read from the inputs given."
            raise _InputError(msg)
        if len(refused) == 1 and not loaded:
            raise _InputError(_why(refused[0]))
        head = "input(s) refused (--strict)" if loaded else "input(s) refused and none could be read"
        msg = f"{len(refused)} {head}:" + "".join(f"\n  {_why(s)}" for s in refused)
        raise _InputError(msg)
    for src in refused:
        stderr.write(f"claimcheck: warning: refused {_why(src)}\n")
    args.refused = len(refused)
    return sources


def _load_each(inputs: list[str], options: dict[str, Any]) -> tuple[Source, ...]:
    """Load input by input; an input whose loading raises becomes a refused Source."""
    import os

    from claimcheck.loading import load
    from claimcheck.model import Source

    out: list[Source] = []
    seen: set[str] = set()
    for i, item in enumerate(inputs):
        try:
            loaded = load(item, **options)
        except SourceError as err:
            path = item if "\n" not in item else None
            loaded = (Source(id=f"refused-{i}", text="", path=path, refused=str(err), warnings=(str(err),)),)
        for src in loaded:
            key = os.path.abspath(src.path) if src.path and not src.refused else None
            if key is not None and key in seen:
                continue  # a file named twice (directly and in its folder) is read once, as load does
            if key is not None:
                seen.add(key)
            out.append(src)
    return tuple(out)


def _report(args: argparse.Namespace, stdin: IO[Any], stderr: IO[str]) -> Report:
    from claimcheck.pipeline import check

    sources = _load(args, stdin, stderr)
    return check(sources, progress=not args.no_progress, workers=args.workers, stories=not args.no_stories)


def _output_folder(output: str | None) -> None:
    """Fail before the analysis when ``-o`` names a file in a folder that does not exist."""
    if output is None or output == STDIN:
        return
    folder = Path(output).parent
    if not folder.is_dir():
        msg = f"cannot write {output!r}: no folder {str(folder)!r}."
        raise _InputError(msg)


def _write(text: str, output: str | None, stdout: IO[str]) -> None:
    _write_with(lambda fh: fh.write(text), output, stdout)


def _write_with(write: Callable[[IO[str]], object], output: str | None, stdout: IO[str]) -> None:
    """Run ``write`` on standard output (ending the text with a newline) or on the file ``-o``
    names, written atomically."""
    if output is None or output == STDIN:
        buffer = _LastChar(stdout)
        write(buffer)  # type: ignore[arg-type]  # write() is all the writers use
        if buffer.last != "\n":
            stdout.write("\n")
        return
    from claimcheck.output.export import write_atomic

    def to_file(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as fh:
            write(fh)

    try:
        write_atomic(output, to_file)
    except OSError as err:  # name the file asked for, never the temporary file beside it
        msg = f"cannot write {output!r}: {err.strerror or err}."
        raise _InputError(msg) from err


class _LastChar:
    """A text stream that passes writes on and remembers the last character written."""

    def __init__(self, out: IO[str]) -> None:
        self.out, self.last = out, ""

    def write(self, text: str) -> int:
        if text:
            self.last = text[-1]
        return self.out.write(text)


def _expected(value: str | None) -> object:
    if value is None:
        return None
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return value


# -- subcommands --------------------------------------------------------------------------


def _cmd_report(args: argparse.Namespace, stdin: IO[Any], stdout: IO[str], stderr: IO[str]) -> int:
    from claimcheck.output.report import print_report

    report = _report(args, stdin, stderr)
    print_report(
        report,
        min_score=args.min_score,
        kind=args.kind,
        fact=args.fact,
        explain=args.explain,
        width=args.width,
        color=False if args.no_color else None,
        file=stdout,
        top=args.top,
        show_all=args.show_all,
    )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, stdin: IO[Any], stdout: IO[str], stderr: IO[str]) -> int:
    from claimcheck.output import export

    _output_folder(args.output)
    report = _report(args, stdin, stderr)
    if args.format == "json":  # written piece by piece: a large document is never held whole
        _write_with(lambda fh: export.write_json(report, fh), args.output, stdout)
        return EXIT_OK
    if args.format == "graphml":
        text = export.to_graphml(report)
    elif args.format == "prov":
        text = export.to_prov(report)
    else:
        from claimcheck.output.html import to_html

        text = to_html(report, pictures=False if args.no_pictures else None)
    _write(text, args.output, stdout)
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, stdin: IO[Any], stdout: IO[str], stderr: IO[str]) -> int:
    from claimcheck.errors import ClaimAssertionError
    from claimcheck.output.assertions import assert_fact
    from claimcheck.output.query import fact_value_text

    report = _report(args, stdin, stderr)
    try:
        fact = assert_fact(
            report,
            args.query,
            value=_expected(args.value),
            min_sources=args.min_sources,
            min_score=args.min_score,
            allow_conflicts=not args.no_conflicts,
        )
    except ClaimAssertionError as err:
        stdout.write(f"NOT CORROBORATED\n{err}\n")
        return EXIT_FAILED
    stdout.write(
        f"CORROBORATED {fact.label}: {fact_value_text(fact.value)} "
        f"(score {fact.score:.2f}, {fact.independent_origins} independent origin(s))\n"
    )
    return EXIT_OK


def _cmd_graph(args: argparse.Namespace, stdin: IO[Any], stdout: IO[str], stderr: IO[str]) -> int:
    from attrs import evolve

    from claimcheck.output import plot
    from claimcheck.output.export import write_atomic
    from claimcheck.output.report import select_facts

    output = str(args.output)
    fmt = Path(output).suffix.lower().lstrip(".")
    if fmt not in plot.GRAPH_FORMATS:
        kinds = ", ".join(f".{f}" for f in plot.GRAPH_FORMATS[:-1]) + f" or .{plot.GRAPH_FORMATS[-1]}"
        msg = f"cannot draw to {output!r}: the file name must end in {kinds}."
        raise _InputError(msg)
    _output_folder(output)
    plot._matplotlib()  # ImportError naming the extra, before the analysis
    report = _report(args, stdin, stderr)
    shown = select_facts(report, min_score=args.min_score, kind=args.kind, fact=args.fact)
    if len(shown) != len(report.facts):
        report = evolve(report, facts=tuple(shown))
    figure = plot.plot_graph(report, max_facts=args.top).figure
    try:
        write_atomic(output, lambda tmp: plot._savefig(figure, tmp, fmt))
    except OSError as err:
        msg = f"cannot write {output!r}: {err.strerror or err}."
        raise _InputError(msg) from err
    return EXIT_OK


def _header_row(first: list[str], rest: str, delimiter: str) -> bool:
    """True when the first row of a CSV/TSV file names its columns rather than holding data."""
    names = {c.strip().lower() for c in first}
    if {"source", "item", "value"} <= names:
        return True
    if any(_is_number(c) for c in first) or not all(c.strip() for c in first[:3]):
        return False  # column names are words: a number or an empty cell is data
    try:
        return csv.Sniffer().has_header(rest)
    except csv.Error:
        return False


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", ""))
    except ValueError:
        return False
    return True


def _records(path: str, columns: str | None, stderr: IO[str]) -> Any:
    """The records of a file; a CSV/TSV header is found by its names, by sniffing or by ``--columns``."""
    from claimcheck.errors import FusionError
    from claimcheck.fusion import load_records

    def read_records(path: str) -> Any:
        loaded = load_records(path)
        for lineno, reason in loaded.dropped:
            stderr.write(f"claimcheck: {path}:{lineno}: {reason}\n")
        return loaded.records

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".tsv"):
        if columns is not None:
            msg = f"--columns applies to .csv and .tsv files (got {p.name!r})."
            raise FusionError(msg)
        return read_records(path)
    delimiter = "\t" if suffix == ".tsv" else ","
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            sample = fh.read(64 * 1024)
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{p}: cannot read records ({err})."
        raise FusionError(msg) from err
    first = next(csv.reader(sample.splitlines()[:1], delimiter=delimiter), [])
    names = [c.strip().lower() for c in first]
    if columns is None:
        if not _header_row(first, sample, delimiter) or {"source", "item", "value"} <= set(names):
            return read_records(path)  # no header, or the reader's own column names
        wanted = names[:3]  # a header with other names: its first three columns, in order
        stderr.write(
            f"claimcheck: note: {p.name}: first row read as a header ({', '.join(first)}); columns "
            f"{', '.join(first[:3])} taken as source, item, value (--columns to choose others)\n"
        )
    else:
        wanted = [c.strip().lower() for c in columns.split(",")]
        missing = [c for c in wanted if c not in names]
        if len(wanted) != 3 or missing:
            msg = (
                f"--columns takes three names from the header of {p.name} "
                f"(source, item, value; got {columns!r}; the header is {', '.join(first)})."
            )
            raise FusionError(msg)
    if len(wanted) < 3:
        msg = f"{p}: expected at least 3 columns (got {len(first)}: {first!r})."
        raise FusionError(msg)
    index = [names.index(c) for c in wanted]
    csv.field_size_limit(sys.maxsize)
    rows: list[tuple[str, str, str]] = []
    with p.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        next(reader, None)  # the header
        for row in reader:
            if not row or all(not c.strip() for c in row):
                continue
            if len(row) <= max(index):
                msg = f"{p}:{reader.line_num}: expected at least {max(index) + 1} columns (got {len(row)})."
                raise FusionError(msg)
            rows.append((row[index[0]], row[index[1]], row[index[2]]))
    return rows


def _cmd_fuse(args: argparse.Namespace, stdin: IO[Any], stdout: IO[str], stderr: IO[str]) -> int:
    from claimcheck.fusion import fuse

    result = fuse(_records(args.records, args.columns, stderr), method=args.method)
    items = sorted(result, key=str)
    accuracy = dict(sorted(result.source_accuracy.items()))
    if args.format == "json":
        doc = {
            "method": result.method,
            "items": [
                {
                    "item": str(i),
                    "value": result[i].value,
                    "confidence": result[i].confidence,
                    "support": list(result[i].support),
                }
                for i in items
            ],
            "source_accuracy": accuracy,
        }
        stdout.write(json.dumps(doc, indent=2, sort_keys=True, default=str) + "\n")
        return EXIT_OK
    from rich.table import Table
    from rich.text import Text

    from claimcheck.output._terminal import safe
    from claimcheck.output.report import make_console

    table = Table(title=f"fusion: {result.method}", title_justify="left")
    for col in ("item", "value", "confidence", "sources"):
        table.add_column(col)
    for i in items:
        r = result[i]
        table.add_row(
            Text(safe(str(i))),
            Text(safe(str(r.value))),
            Text(f"{r.confidence:.2f}"),
            Text(safe(", ".join(map(str, r.support)))),
        )
    sources = Table(title="source accuracy", title_justify="left")
    sources.add_column("source")
    sources.add_column("accuracy", justify="right")
    for name, acc in sorted(accuracy.items(), key=lambda kv: (-kv[1], kv[0])):
        sources.add_row(Text(safe(str(name))), Text(f"{acc:.2f}"))
    console = make_console(file=stdout)
    console.print(table)
    console.print(sources)
    return EXIT_OK


_COMMANDS = {
    "report": _cmd_report,
    "export": _cmd_export,
    "check": _cmd_check,
    "graph": _cmd_graph,
    "fuse": _cmd_fuse,
}


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[Any] | None = None,
) -> int:
    """Run the command line and return its exit code.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdout: where results go (default: ``sys.stdout``).
        stderr: where errors and warnings go (default: ``sys.stderr``).
        stdin: what ``-`` reads (default: ``sys.stdin``; text or bytes).

    Returns:
        0 ok (or corroborated), 1 ``check`` not corroborated, 2 usage or input error,
        3 done on the inputs that could be read while others were refused.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    args.refused = 0  # set by _load: inputs refused while others were read
    try:
        code = _COMMANDS[args.command](args, stdin or sys.stdin, out, err)
    except (ClaimcheckError, OSError, ImportError) as exc:  # SourceError and friends; a missing extra
        err.write(f"claimcheck: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        err.write("claimcheck: interrupted\n")
        return 130
    return EXIT_PARTIAL if code == EXIT_OK and args.refused else code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
