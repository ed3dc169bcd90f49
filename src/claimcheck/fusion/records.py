"""Records for fusion: ``(source, item, value)`` rows from Python objects or CSV/TSV/JSONL files."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from claimcheck.errors import FusionError

__all__ = ["Record", "parse_records", "read_records"]

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


def read_records(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> tuple[Record, ...]:
    """Read records from a ``.csv``, ``.tsv`` or ``.jsonl`` file.

    CSV/TSV files have a header naming ``source``, ``item`` and ``value`` (other columns are
    ignored); without such a header the first three columns are taken as source, item, value.
    JSONL files hold one object with those keys (or a 3-element array) per line.

    Raises:
        FusionError: for an unknown extension, an unreadable file, or a bad line (named by
            file and line number).
    """
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
    if suffix in (".jsonl", ".ndjson"):
        return _read_jsonl(p, text)
    return _read_delimited(p, text, "\t" if suffix == ".tsv" else ",")


def _read_jsonl(p: Path, text: str) -> tuple[Record, ...]:
    out: list[Record] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            msg = f"{p}:{lineno}: invalid JSON ({err.msg} at column {err.colno})."
            raise FusionError(msg) from err
        if isinstance(row, dict):
            row = {k: (_hashable(v) if k == "item" else v) for k, v in row.items()}
        out.append(_one(row, f"{p}:{lineno}"))
    return tuple(out)


def _hashable(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def _read_delimited(p: Path, text: str, delimiter: str) -> tuple[Record, ...]:
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    out: list[Record] = []
    start = 0
    cols = (0, 1, 2)
    if rows:
        header = [h.strip().lower() for h in rows[0]]
        if all(k in header for k in _KEYS):
            cols = (header.index("source"), header.index("item"), header.index("value"))
            start = 1
    width = max(cols) + 1
    for lineno, row in enumerate(rows[start:], start + 1):
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) < width:
            msg = f"{p}:{lineno}: expected at least {width} columns (got {len(row)}: {row!r})."
            raise FusionError(msg)
        out.append(_one((row[cols[0]], row[cols[1]], row[cols[2]]), f"{p}:{lineno}"))
    return tuple(out)
