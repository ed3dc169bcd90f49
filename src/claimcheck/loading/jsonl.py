"""JSON Lines input: one ``{"text": ..., "outlet": ..., ...}`` record per line.

A record may hold a web page instead: ``{"html": "<!doctype html>...", "url": ...}``
(read as HTML, see :mod:`claimcheck.loading.html`; ``text`` wins when both are given).
"""

from __future__ import annotations

import json

from attrs import frozen

from claimcheck._json import loads

__all__ = ["Record", "parse_jsonl"]

#: Record keys read as metadata (others are ignored).
RECORD_FIELDS = ("outlet", "published", "author", "title", "url")


@frozen
class Record:
    """One line of a JSON Lines file.

    Attributes:
        line: the 1-based line number.
        text: the record's text (empty when refused).
        id: the record's ``id`` field, if any.
        fields: metadata pairs from the record.
        refused: why the line could not be read (None when it was).
        html: True when ``text`` is the record's ``"html"`` field (a web page).
    """

    line: int
    text: str = ""
    id: str | None = None
    fields: tuple[tuple[str, object], ...] = ()
    refused: str | None = None
    html: bool = False


def parse_jsonl(data: str, *, name: str = "<jsonl>") -> tuple[Record, ...]:
    """Parse JSON Lines text into records; a broken line becomes a refused record.

    A line that is not JSON, holds a NUL character, nests deeper than
    :data:`claimcheck._json.MAX_DEPTH` or is not an object with a string ``text``
    (or ``html``) is refused on its own; the other lines are read.

    Args:
        data: the whole file's text.
        name: the file name, used in messages (``file:line``).

    Returns:
        One record per non-blank line, in file order.

    Examples:
        >>> recs = parse_jsonl('{"text": "One.", "outlet": "A"}\\n{oops\\n')
        >>> recs[0].text, recs[1].refused[:28]
        ('One.', '<jsonl>:2: not valid JSON (E')
    """
    out: list[Record] = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        if "\x00" in line:
            at = line.index("\x00") + 1
            out.append(Record(number, refused=f"{name}:{number}: holds a NUL character (at column {at})"))
            continue
        try:
            obj = loads(line)
        except ValueError as err:
            why = f"{err.msg} at column {err.colno}" if isinstance(err, json.JSONDecodeError) else str(err)
            out.append(Record(number, refused=f"{name}:{number}: not valid JSON ({why})"))
            continue
        if not isinstance(obj, dict):
            out.append(Record(number, refused=f"{name}:{number}: a record must be a JSON object"))
            continue
        text = obj.get("text")
        page = obj.get("html")
        is_html = not isinstance(text, str) and isinstance(page, str)
        if is_html:
            text = page
        if not isinstance(text, str):
            out.append(
                Record(number, refused=f"{name}:{number}: record has no string 'text' or 'html' field")
            )
            continue
        rid = obj.get("id")
        fields = tuple((k, obj[k]) for k in RECORD_FIELDS if obj.get(k) is not None)
        out.append(Record(number, text, None if rid is None else str(rid), fields, html=is_html))
    return tuple(out)
