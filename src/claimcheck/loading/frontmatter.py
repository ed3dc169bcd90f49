"""Front matter: a ``---`` block of ``key: value`` lines at the start of a text file.

Only a small, safe subset of YAML is read (flat ``key: value`` pairs, quoted or
bare values, ``#`` comments); nothing is evaluated.
"""

from __future__ import annotations

import re

from attrs import frozen

__all__ = ["FrontMatter", "parse_front_matter"]

_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_PAIR = re.compile(r"([A-Za-z_][\w-]{0,63})[ \t]*:[ \t]*(.*)")


@frozen
class FrontMatter:
    """What a front matter block held.

    Attributes:
        fields: the ``key: value`` pairs, keys lower-cased, in file order.
        end: the offset just after the closing ``---`` line (0 when there is no block).
        warnings: problems met (unterminated block, lines that are not pairs).
    """

    fields: tuple[tuple[str, str], ...] = ()
    end: int = 0
    warnings: tuple[str, ...] = ()


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()
    return value


def parse_front_matter(text: str, *, name: str = "<text>") -> FrontMatter:
    """Read the front matter block at the start of ``text``, if any.

    Args:
        text: the whole text.
        name: what to call the input in warnings.

    Returns:
        The fields and where the block ends; an unterminated block gives a
        warning, no fields and ``end == 0`` (the text is kept as body).

    Examples:
        >>> fm = parse_front_matter("---\\noutlet: Example Wire\\npublished: 2022-02-22\\n---\\nBody.")
        >>> fm.fields, fm.end
        ((('outlet', 'Example Wire'), ('published', '2022-02-22')), 51)
    """
    opened = _OPEN.match(text)
    if opened is None:
        return FrontMatter()
    close = _CLOSE.search(text, opened.end(), min(len(text), opened.end() + 65536))
    if close is None:
        return FrontMatter(
            warnings=(f"{name}: front matter opened with '---' but never closed; kept as text",)
        )
    fields: list[tuple[str, str]] = []
    warnings: list[str] = []
    line_no = 1
    for line in text[opened.end() : close.start()].splitlines():
        line_no += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        pair = _PAIR.fullmatch(stripped)
        if pair is None:
            warnings.append(f"{name}:{line_no}: front matter line is not 'key: value'; ignored")
            continue
        fields.append((pair.group(1).lower(), _unquote(pair.group(2))))
    return FrontMatter(tuple(fields), close.end(), tuple(warnings))
