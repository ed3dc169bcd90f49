"""The ``claimcheck`` command (also ``python -m claimcheck``).

Exit codes: 0 ok (or corroborated), 1 a ``check`` failed, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from claimcheck.errors import ClaimcheckError

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 with usage: keep that contract
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _common_paths(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, globs or URLs to check")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.add_argument(
        "--workers",
        type=int,
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (subcommands: report, export, check, fuse)."""
    parser = _Parser(prog="claimcheck", description="Claim provenance and cross-source verification.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    rep = sub.add_parser("report", help="print the corroboration report")
    _common_paths(rep)
    rep.add_argument("--min-score", type=float, default=None, help="hide facts scoring below X")
    rep.add_argument("--kind", default=None, help="only facts of this kind (count, amount, date...)")
    rep.add_argument("--fact", default=None, metavar="QUERY", help="only the fact matching QUERY")
    rep.add_argument("--explain", action="store_true", help="provenance and scoring terms for every fact")
    rep.add_argument("--width", type=int, default=None, help="output width in columns")
    rep.add_argument("--no-color", action="store_true", help="plain text, no colour")

    exp = sub.add_parser("export", help="export the report as json, graphml, prov or html")
    _common_paths(exp)
    exp.add_argument("--format", required=True, choices=("json", "graphml", "prov", "html"))
    exp.add_argument("-o", "--output", default=None, metavar="FILE", help="write here (default: stdout)")
    exp.add_argument(
        "--no-pictures", action="store_true", help="html: leave out the graph and timeline pictures"
    )

    chk = sub.add_parser("check", help="assert a fact; exit 0 corroborated, 1 not, 2 error")
    chk.add_argument("query", help='the fact, e.g. "263 agreements"')
    _common_paths(chk)
    chk.add_argument("--min-sources", type=int, default=1, help="independent origins required")
    chk.add_argument("--min-score", type=float, default=None)
    chk.add_argument("--value", default=None, help="the expected value (default: the number in QUERY)")
    chk.add_argument("--no-conflicts", action="store_true", help="fail when the fact is contested")

    fus = sub.add_parser("fuse", help="truth discovery over (source, item, value) records")
    fus.add_argument("records", metavar="RECORDS", help="a .csv, .tsv or .jsonl file")
    fus.add_argument("--method", default="accu", help="vote, truthfinder, accu, accucopy")
    fus.add_argument("--format", default="table", choices=("table", "json"))

    gra = sub.add_parser("graph", help="draw the claim graph (needs claimcheck-provenance[plot])")
    gra.add_argument("paths", nargs="+", metavar="PATH")
    gra.add_argument("-o", "--output", required=True, help="graph.svg, graph.png or graph.pdf")
    return parser


def _check(args: argparse.Namespace) -> Any:
    from claimcheck.pipeline import check

    fetch_options: dict[str, Any] = {"snapshot": args.snapshot} if args.snapshot else {}
    # the loader shows the bar only when stderr is a terminal, so pipes and tests stay silent
    return check(
        list(args.paths),
        progress=not args.no_progress,
        workers=args.workers,
        stories=not args.no_stories,
        **fetch_options,
    )


def _expected(value: str | None) -> object:
    if value is None:
        return None
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return value


def _write(text: str, output: str | None, stdout: IO[str]) -> None:
    if output is None:
        stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from claimcheck.output.export import write_atomic

    write_atomic(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _write_json_file(export: Any, report: Any, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        export.write_json(report, fh)


def _run(args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    if args.command == "graph":
        from claimcheck.output.plot import graph_command

        return graph_command(args.paths, args.output, stderr=stderr)
    if args.command == "report":
        from claimcheck.output.report import print_report

        report = _check(args)
        print_report(
            report,
            min_score=args.min_score,
            kind=args.kind,
            fact=args.fact,
            explain=args.explain,
            width=args.width,
            color=False if args.no_color else None,
            file=stdout,
        )
        return EXIT_OK
    if args.command == "export":
        from claimcheck.output import export

        report = _check(args)
        if args.format == "json":  # written piece by piece: never the whole document at once
            if args.output is None:
                export.write_json(report, stdout)
                stdout.write("\n")
            else:
                export.write_atomic(args.output, lambda tmp: _write_json_file(export, report, tmp))
            return EXIT_OK
        if args.format == "graphml":
            text = export.to_graphml(report)
        elif args.format == "prov":
            text = export.to_prov(report)
        else:
            text = export.to_html(report, pictures=False if args.no_pictures else None)
        _write(text, args.output, stdout)
        return EXIT_OK
    if args.command == "check":
        from claimcheck.errors import ClaimAssertionError
        from claimcheck.output.assertions import assert_fact
        from claimcheck.output.query import fact_value_text

        report = _check(args)
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
    # fuse
    try:
        from claimcheck.fusion import fuse, read_records
    except ImportError as err:  # pragma: no cover - fusion lands separately
        stderr.write(f"claimcheck: fusion is not available: {err}\n")
        return EXIT_USAGE
    result = fuse(read_records(args.records), method=args.method)
    items = sorted(result, key=str)
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
            "source_accuracy": dict(sorted(result.source_accuracy.items())),
        }
        stdout.write(json.dumps(doc, indent=2, sort_keys=True, default=str) + "\n")
        return EXIT_OK
    from rich.table import Table
    from rich.text import Text

    from claimcheck.output.report import make_console

    table = Table(title=f"fusion: {result.method}", title_justify="left")
    for col in ("item", "value", "confidence", "sources"):
        table.add_column(col)
    for i in items:
        r = result[i]
        table.add_row(
            Text(str(i)), Text(str(r.value)), Text(f"{r.confidence:.2f}"), Text(", ".join(r.support))
        )
    make_console(file=stdout).print(table)
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None
) -> int:
    """Run the command line; return the exit code (0 ok, 1 check failed, 2 usage/input error)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _run(args, out, err)
    except (ClaimcheckError, OSError) as exc:
        err.write(f"claimcheck: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        err.write("claimcheck: interrupted\n")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
