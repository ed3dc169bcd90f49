"""Records for fusion: ``(source, item, value)`` rows from Python objects or CSV/TSV/JSONL files."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from claimcheck.errors import FusionError
from claimcheck.fusion.values import normalize_value

__all__ = ["Record", "RecordsFile", "load_records", "parse_records", "read_records"]

_KEYS = ("source", "item", "value")


@frozen
class Record:
    """One claim of one source about one item."""

    source: str
    item: Hashable
    value: Any


def _one(row: object, where: str) -> Record:
    if isinstance(row, Record):
        return row
    if isinstance(row, Mapping):
        missing = [k for k in _KEYS if k not in row]
        if missing:
            msg = (
                f"{where}: a record must have the keys {', '.join(_KEYS)} "
                f"(missing {', '.join(missing)}; got keys {sorted(map(str, row))})."
            )
            raise FusionError(msg)
        source, item, value = row["source"], row["item"], row["value"]
    elif isinstance(row, (tuple, list)):
        if len(row) != 3:
            msg = f"{where}: a record must be (source, item, value) (got {len(row)} fields: {row!r})."
            raise FusionError(msg)
        source, item, value = row
    else:
        msg = (
            f"{where}: a record must be a (source, item, value) tuple or a mapping "
            f"(got {row!r} that is a {type(row)})."
        )
        raise FusionError(msg)
    if source is None or str(source).strip() == "":
        msg = f"{where}: the record has no source ({row!r})."
        raise FusionError(msg)
    if item is None or (isinstance(item, str) and item.strip() == ""):
        msg = f"{where}: the record has no item ({row!r})."
        raise FusionError(msg)
    if not isinstance(item, Hashable):
        msg = f"{where}: the item must be hashable (got {item!r} that is a {type(item)})."
        raise FusionError(msg)
    return Record(str(source), item, value)


def parse_records(records: Iterable[object]) -> tuple[Record, ...]:
    """Check and convert rows to :class:`Record`.

    Args:
        records: ``(source, item, value)`` tuples or mappings with those keys.

    Returns:
        The records, in the given order.

    Raises:
        FusionError: naming the position of a malformed record.

    Examples:
        >>> parse_records([("a", "x", 1), {"source": "b", "item": "x", "value": 2}])[1]
        Record(source='b', item='x', value=2)
    """
    if isinstance(records, (str, bytes, os.PathLike)):
        msg = "fuse() takes records, not a path; use claimcheck.fusion.read_records(path) first."
        raise FusionError(msg)
    return tuple(_one(row, f"record {i}") for i, row in enumerate(records))


@frozen
class RecordsFile:
    """Records read from a file, with the rows that gave no vote and why.

    Attributes:
        records: the records, in file order.
        dropped: ``(line, reason)`` for every row left out (blank, too few columns, no source or
            item) or read without a value (empty, ``NaN``, ``Not Available``: not a vote).
    """

    records: tuple[Record, ...]
    dropped: tuple[tuple[int, str], ...] = ()


def read_records(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> tuple[Record, ...]:
    """Read records from a ``.csv``, ``.tsv`` or ``.jsonl`` file (see :func:`load_records`).

    Args:
        path: the file.
        encoding: its text encoding.

    Returns:
        The records, in file order.

    Raises:
        FusionError: for an unknown extension, an unreadable file, or a bad line (named by
            file and line number).
    """
    return load_records(path, encoding=encoding, errors="raise").records


def load_records(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", errors: str = "warn"
) -> RecordsFile:
    """Read records from a ``.csv``, ``.tsv`` or ``.jsonl`` file, saying which rows gave no vote.

    CSV/TSV files have a header naming ``source``, ``item`` and ``value`` (other columns are
    ignored); without such a header the first three columns are taken as source, item, value.
    Fields may be of any size and quoted fields keep their line breaks. JSONL files hold one
    object with those keys (or a 3-element array) per line; a line nested too deeply to read is
    a bad line, never a RecursionError.

    Args:
        path: the file.
        encoding: its text encoding.
        errors: for a malformed row, ``"raise"`` a FusionError naming file and line, or
            ``"warn"`` (the default): leave it out and list it in ``dropped``.

    Returns:
        The records and the rows that gave no vote, with the reason.

    Raises:
        FusionError: for an unknown extension or ``errors``, an unreadable file, or (with
            ``errors="raise"``) a bad line.

    .. versionadded:: 0.next
    """
    if errors not in ("raise", "warn"):
        msg = f"errors must be 'raise' or 'warn' (got {errors!r})."
        raise FusionError(msg)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".tsv", ".jsonl", ".ndjson"):
        msg = f"{p}: unknown records format {suffix!r}; expected .csv, .tsv or .jsonl."
        raise FusionError(msg)
    try:
        text = p.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError) as err:
        msg = f"{p}: cannot read records ({err})."
        raise FusionError(msg) from err
    rows = _jsonl_rows(p, text) if suffix in (".jsonl", ".ndjson") else _delimited_rows(p, text, suffix)
    records: list[Record] = []
    dropped: list[tuple[int, str]] = []
    for lineno, row, problem in rows:
        if problem is None:
            try:
                rec = _one(row, f"{p}:{lineno}")
            except FusionError as err:
                problem = str(err)
            else:
                records.append(rec)
                if normalize_value(rec.value) is None:
                    dropped.append((lineno, f"no value ({rec.value!r}): not a vote"))
                continue
        if errors == "raise":
            raise FusionError(problem)
        dropped.append((lineno, problem))
    return RecordsFile(tuple(records), tuple(dropped))


Row = tuple[int, object, str | None]  # line, row, what is wrong with it


def _jsonl_rows(p: Path, text: str) -> list[Row]:
    out: list[Row] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            out.append((lineno, None, f"{p}:{lineno}: invalid JSON ({err.msg} at column {err.colno})."))
            continue
        except RecursionError:
            out.append((lineno, None, f"{p}:{lineno}: JSON nested too deeply to read."))
            continue
        if isinstance(row, dict):
            row = {k: (_hashable(v) if k == "item" else v) for k, v in row.items()}
        out.append((lineno, row, None))
    return out


def _hashable(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def _delimited_rows(p: Path, text: str, suffix: str) -> list[Row]:
    delimiter = "\t" if suffix == ".tsv" else ","
    old = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)  # any field size; restored below
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = []
        last = 0
        for row in reader:
            rows.append((last + 1, row))  # the line the row starts on
            last = reader.line_num
    except csv.Error as err:
        msg = f"{p}: cannot read as {suffix[1:].upper()} ({err})."
        raise FusionError(msg) from err
    finally:
        csv.field_size_limit(old)
    out: list[Row] = []
    start = 0
    cols = (0, 1, 2)
    if rows:
        header = [h.strip().lower() for h in rows[0][1]]
        if all(k in header for k in _KEYS):
            cols = (header.index("source"), header.index("item"), header.index("value"))
            start = 1
    width = max(cols) + 1
    for lineno, row in rows[start:]:
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) < width:
            out.append(
                (lineno, None, f"{p}:{lineno}: expected at least {width} columns (got {len(row)}: {row!r}).")
            )
            continue
        out.append((lineno, (row[cols[0]], row[cols[1]], row[cols[2]]), None))
    return out
