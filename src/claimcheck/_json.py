"""JSON parsing that cannot be taken down by its input: depth-capped, no RecursionError.

The standard library's decoder recurses once per nested array or object, so a line of
100,000 ``[`` ends a run with RecursionError, and a value nested 900 deep that does parse
makes ``repr`` or ``json.dumps`` fail later. :func:`loads` turns the decoder's
RecursionError into a :class:`JsonDepthError` (a ``ValueError``) and measures the nesting of
what parsed (without recursion, only when the text has enough brackets to be deep),
refusing anything deeper than ``max_depth``.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["MAX_DEPTH", "JsonDepthError", "loads", "nesting_depth"]

#: The deepest nesting :func:`loads` accepts unless told otherwise (real documents use < 20).
MAX_DEPTH = 100


_CONTAINERS = (list, dict)


class JsonDepthError(ValueError):
    """A JSON text nests arrays and objects deeper than allowed."""


def nesting_depth(value: Any, *, limit: int | None = None) -> int:
    """The deepest nesting of lists and dicts in a parsed JSON value, without recursion.

    Args:
        value: a parsed JSON value.
        limit: stop counting once the depth passes this (the answer is then ``limit + 1``).

    Examples:
        >>> nesting_depth({"a": [1, [2]], "b": "[[[["})
        3
    """
    depth = 0
    level = [value] if type(value) in _CONTAINERS else []
    while level:
        depth += 1
        if limit is not None and depth > limit:
            break
        below: list[Any] = []
        for node in level:
            items = node.values() if type(node) is dict else node
            below.extend([c for c in items if type(c) in _CONTAINERS])
        level = below
    return depth


def _reject_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number"
    raise ValueError(msg)


def loads(
    text: str | bytes, *, max_depth: int = MAX_DEPTH, strict: bool = True, allow_nan: bool = True
) -> Any:
    """Parse JSON like :func:`json.loads`, refusing nesting deeper than ``max_depth``.

    Args:
        text: the JSON text (bytes are decoded as UTF-8).
        max_depth: the deepest nesting of arrays and objects allowed.
        strict: as for :func:`json.loads` (False allows control characters in strings).
        allow_nan: False refuses ``NaN``, ``Infinity`` and ``-Infinity``.

    Returns:
        The parsed value.

    Raises:
        JsonDepthError: nested deeper than ``max_depth``.
        ValueError: not JSON (a :class:`json.JSONDecodeError`), or a refused constant.

    Examples:
        >>> loads("[[1]]")
        [[1]]
        >>> loads("[" * 500 + "]" * 500)
        Traceback (most recent call last):
        ...
        claimcheck._json.JsonDepthError: JSON nested over 100 deep (the limit)
        >>> loads("[" * 100_000 + "]" * 100_000)
        Traceback (most recent call last):
        ...
        claimcheck._json.JsonDepthError: JSON nested deeper than this interpreter can parse (the limit is 100)
    """
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8-sig")
    try:
        if allow_nan:
            value = json.loads(text, strict=strict)
        else:
            value = json.loads(text, strict=strict, parse_constant=_reject_constant)
    except RecursionError as err:  # the decoder recursed past the interpreter's limit
        msg = f"JSON nested deeper than this interpreter can parse (the limit is {max_depth})"
        raise JsonDepthError(msg) from err
    if text.count("[") + text.count("{") > max_depth:  # else it cannot be deeper
        depth = nesting_depth(value, limit=max_depth)
        if depth > max_depth:
            msg = f"JSON nested over {max_depth} deep (the limit)"
            raise JsonDepthError(msg)
    return value
