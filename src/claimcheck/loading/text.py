"""Reading files and decoding their bytes, refusing what is not text.

Decoding never rewrites the text: what is returned is what the bytes say, so
every offset computed later points into exactly what the file holds (a UTF-8
byte order mark is dropped and recorded in the warnings).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from claimcheck.errors import SourceError

__all__ = ["DEFAULT_MAX_BYTES", "decode", "looks_like_html", "read_bytes", "read_text"]

#: Files larger than this are refused (configurable with ``load(..., max_bytes=)``).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|span|a\s+href|script|meta|br|table)\b[^<>]{0,200}>",
    re.IGNORECASE,
)


def _check_not_binary(text: str, name: str, *, allow_nul: bool = False) -> None:
    sample = text[:65536]
    if not allow_nul and "\x00" in sample:
        msg = f"{name}: looks binary (holds NUL characters); refused."
        raise SourceError(msg)
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        msg = f"{name}: looks binary (too many control characters); refused."
        raise SourceError(msg)


def decode(
    data: bytes, *, name: str = "<bytes>", encoding: str | None = None, allow_nul: bool = False
) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` to text, refusing binary input.

    UTF-8 (with or without a byte order mark) first; UTF-16/32 when a byte order
    mark says so; else cp1252 (then latin-1) with a warning. ``encoding`` forces
    one codec.

    Args:
        data: the raw bytes.
        name: what to call the input in messages (a file name).
        encoding: a codec name to use instead of detection.
        allow_nul: accept a few NUL characters (JSON Lines, where a NUL refuses only
            its line); data that is mostly control characters is still refused.

    Returns:
        The text and the warnings about how it was decoded.

    Raises:
        SourceError: binary data, or data the forced ``encoding`` cannot decode.

    Examples:
        >>> decode("café".encode("utf-8"))
        ('café', ())
        >>> decode("café".encode("latin-1"))[1][0][:36]
        '<bytes>: not valid UTF-8 (at byte 3)'
    """
    warnings: list[str] = []
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            msg = f"{name}: cannot decode as {encoding!r} ({err}); refused."
            raise SourceError(msg) from err
        _check_not_binary(text, name, allow_nul=allow_nul)
        return text, ()
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                msg = (
                    f"{name}: has a {label} byte order mark but does not decode as {label} ({err}); refused."
                )
                raise SourceError(msg) from err
            _check_not_binary(text, name, allow_nul=allow_nul)
            return text, (f"{name}: decoded as {label} (byte order mark)",)
    if not allow_nul and b"\x00" in data[:65536]:
        msg = f"{name}: looks binary (holds NUL bytes); refused."
        raise SourceError(msg)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        warnings.append(f"{name}: UTF-8 byte order mark removed; offsets count from after it")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        try:
            text = data.decode("cp1252")
            codec = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            codec = "latin-1"
        warnings.append(f"{name}: not valid UTF-8 (at byte {err.start}); decoded as {codec}")
    _check_not_binary(text, name, allow_nul=allow_nul)
    return text, tuple(warnings)


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds several HTML tags (HTML pasted as text).

    Examples:
        >>> looks_like_html("<html><body><p>Hi</p></body></html>")
        True
        >>> looks_like_html("3 < 4 and 5 > 2")
        False
    """
    tags = _HTML.finditer(text, 0, min(len(text), 200_000))
    return next(tags, None) is not None and next(tags, None) is not None


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one file, refusing what is missing, not a regular file, unreadable or too large.

    The one place a file's refusal reasons are worded (:func:`read_text` and the HTML
    reader both read through it).

    Args:
        path: the file.
        max_bytes: refuse files larger than this.

    Returns:
        The file's bytes.

    Raises:
        SourceError: missing, a broken symlink, not a regular file, unreadable or too large.
    """
    name = str(path)
    if not path.exists():
        if path.is_symlink():
            msg = f"{name}: broken symbolic link (target {os.readlink(path)!r} does not exist)."
        else:
            msg = f"{name}: no such file or folder."
        raise SourceError(msg)
    if not path.is_file():
        msg = f"{name}: not a regular file."
        raise SourceError(msg)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            msg = (
                f"{name}: {size} bytes is over the limit of {max_bytes} bytes (raise max_bytes= to load it)."
            )
            raise SourceError(msg)
        with path.open("rb") as fh:  # read(n) reserves n bytes: ask for what the file holds
            data = fh.read(size + 1)
            if len(data) > size:  # it grew since stat(): read on, up to the limit
                data += fh.read(max_bytes + 1 - len(data))
    except OSError as err:
        msg = f"{name}: cannot read ({err.strerror or err})."
        raise SourceError(msg) from err
    if len(data) > max_bytes:  # grew while reading
        msg = f"{name}: over the limit of {max_bytes} bytes (it grew while being read)."
        raise SourceError(msg)
    return data


def read_text(
    path: Path,
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_nul: bool = False,
) -> tuple[str, tuple[str, ...]]:
    """Read and decode one file.

    Args:
        path: the file.
        encoding: a codec to force (else detected, see :func:`decode`).
        max_bytes: refuse files larger than this.
        allow_nul: accept NUL characters (see :func:`decode`).

    Returns:
        The text and the decoding warnings.

    Raises:
        SourceError: missing, a broken symlink, not a file, unreadable, too large or binary.
    """
    data = read_bytes(path, max_bytes=max_bytes)
    return decode(data, name=str(path), encoding=encoding, allow_nul=allow_nul)
