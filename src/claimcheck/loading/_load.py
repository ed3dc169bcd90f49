"""``load``: paths, folders, globs, strings, JSON Lines and Sources into Sources."""

from __future__ import annotations

import functools
import glob as _glob
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from attrs import evolve

from claimcheck.errors import ArgumentError, MetadataError, SourceError
from claimcheck.loading.boilerplate import find_boilerplate, line_reason, merge_regions
from claimcheck.loading.fetch import (
    DEFAULT_TIMEOUT,
    fetch,
    is_url,
    read_sidecar,
    redact,
    url_id,
    write_snapshot,
)
from claimcheck.loading.frontmatter import parse_front_matter
from claimcheck.loading.html import decode_html, is_html_document, load_html
from claimcheck.loading.jsonl import Record, parse_jsonl
from claimcheck.loading.manifest import MANIFEST_NAME, Manifest, read_manifest
from claimcheck.loading.metadata import infer_metadata, parse_date
from claimcheck.loading.text import DEFAULT_MAX_BYTES, decode, looks_like_html, read_bytes, read_text
from claimcheck.model import Region, Source, content_id

__all__ = ["FIELDS", "SUFFIXES", "Input", "load"]

#: The metadata fields a Source carries.
FIELDS = ("outlet", "published", "author", "title", "url")
#: File suffixes read from folders (other files are skipped).
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".jsonl", ".html", ".htm")

Input = str | os.PathLike[str] | Source
Errors = Literal["warn", "raise", "ignore"]

_GLOB_CHARS = re.compile(r"[*?\[]")
#: Documentation files in a corpus folder are not sources (load them by name to include them).
_DOC_NAME = re.compile(r"(?i)(?:readme|license|licence|changelog|contributing)(?:\.|$)")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def _is_text(item: str) -> bool:
    """True when a string argument is text to load rather than a path or glob."""
    if "\n" in item or "\r" in item or len(item) > 4096 or "\x00" in item:
        return True
    try:
        if os.path.lexists(item):
            return False
    except (OSError, ValueError):
        return True
    spaced = any(c.isspace() for c in item)
    if _GLOB_CHARS.search(item):
        return spaced and not _glob.glob(item, recursive=True)
    if spaced or not item.strip():
        return True
    return not ("/" in item or "\\" in item or _SUFFIX.search(item))


def _flatten(inputs: Input | Iterable[Input]) -> list[Input]:
    if isinstance(inputs, (str, os.PathLike, Source)):
        return [inputs]
    return list(inputs)


def _is_sidecar(p: Path) -> bool:
    """True for a snapshot's fetch record (``page.html.json`` beside ``page.html``)."""
    name = p.name.lower()
    return name.endswith((".html.json", ".htm.json", ".txt.json")) and p.with_name(p.name[:-5]).is_file()


def _folder_files(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files of ``folder`` to load, and every other path in it with why it is skipped.

    Walks without following symbolic links to folders (each one is reported). Unreadable
    folders and files of other kinds are skipped and reported. Hidden files and folders
    and documentation files (README, LICENSE...) are not sources and not reported; the
    manifest and snapshot fetch records are read, not skipped.
    """
    found: list[Path] = []
    other: list[tuple[Path, str]] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename) if err.filename else folder
        other.append((where, f"{where}: folder not read ({err.strerror or err}); its files are skipped."))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        base = Path(root)
        for d in sorted(dirs):
            p = base / d
            if not d.startswith(".") and p.is_symlink():
                other.append(
                    (p, f"{p}: symbolic link to a folder, not followed (name it directly to load it).")
                )
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (base / d).is_symlink())
        for name in files:
            p = base / name
            if name.startswith(".") or _DOC_NAME.match(name):
                continue  # hidden and documentation files: not sources, by the documented rule
            if p.suffix.lower() in SUFFIXES:
                found.append(p)
            elif name != MANIFEST_NAME and not _is_sidecar(p):
                reason = f"{p}: skipped, not a {'/'.join(SUFFIXES)} file (name it directly to load it)."
                other.append((p, reason))
    return sorted(found, key=lambda p: p.as_posix()), sorted(other, key=lambda o: o[0].as_posix())


class _Loader:
    def __init__(
        self,
        *,
        errors: Errors,
        encoding: str | None,
        metadata: Mapping[str, Any] | None,
        max_bytes: int,
        snapshot: str | os.PathLike[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        allow_private: bool = False,
    ) -> None:
        self.errors = errors
        self.allow_private = allow_private
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.snapshot = snapshot
        self.timeout = timeout
        self.per_key: dict[str, Mapping[str, Any]] = {}
        self.common: dict[str, Any] = {}
        if metadata:
            if all(isinstance(v, Mapping) for v in metadata.values()):
                self.per_key = {str(k): v for k, v in metadata.items()}
            else:
                self.common = dict(metadata)
        for fields in [self.common, *self.per_key.values()]:
            unknown = sorted(set(map(str, fields)) - set(FIELDS))
            if unknown:
                msg = f"Unknown metadata field(s) {unknown}; expected some of {list(FIELDS)}."
                raise MetadataError(msg)
        self.manifests: dict[Path, Manifest | None] = {}

    # -- helpers -------------------------------------------------------------
    def refuse(self, sid: str, path: str | None, reason: str) -> Iterator[Source]:
        if self.errors == "raise":
            raise SourceError(reason)
        if self.errors == "warn":
            yield Source(id=sid, text="", path=path, refused=reason, warnings=(reason,))

    def given_for(self, *keys: str | None) -> dict[str, Any]:
        out = dict(self.common)
        for key in keys:
            if key is not None and key in self.per_key:
                out.update(self.per_key[key])
                break
        return out

    def manifest_for(self, path: Path, root: Path | None = None) -> tuple[dict[str, object], tuple[str, ...]]:
        """The manifest fields for ``path`` and the manifests' warnings.

        The manifest beside the file first; then, up to the folder being loaded (``root``),
        each parent folder's manifest by the file's path relative to it (``sub/page.txt``).
        """
        folders = [path.parent]
        if root is not None:
            here = path.parent
            while here != root and root in here.parents:
                here = here.parent
                folders.append(here)
        fields: dict[str, object] = {}
        warnings: list[str] = []
        for folder in folders:
            if folder not in self.manifests:
                self.manifests[folder] = read_manifest(folder)
            manifest = self.manifests[folder]
            if manifest is None:
                continue
            warnings.extend(manifest.warnings)
            for key, value in manifest.get(path.relative_to(folder).as_posix()).items():
                fields.setdefault(key, value)
        return fields, tuple(warnings)

    # -- inputs --------------------------------------------------------------
    def expand(self, item: Input) -> Iterator[Source]:
        if isinstance(item, Source):
            yield item
            return
        if isinstance(item, str) and is_url(item):
            yield from self.read_url(item.strip())
            return
        if isinstance(item, str) and is_html_document(item):
            sid = content_id("s", item)
            note = f"{sid}: looks like HTML; read as a web page (its visible text, mapped to the markup)"
            yield from self.html(item, sid=sid, path=None, given=self.given_for(sid), warnings=[note])
            return
        if isinstance(item, str) and _is_text(item):
            sid = content_id("s", item)
            yield from self.guarded(
                sid, None, lambda: iter([self.build(item, sid=sid, path=None, given=self.given_for(sid))])
            )
            return
        name = os.fspath(item)
        path = Path(name)
        if isinstance(item, str) and not os.path.lexists(name) and _GLOB_CHARS.search(name):
            matches = sorted(_glob.glob(name, recursive=True))
            files = [Path(m) for m in matches if Path(m).suffix.lower() in SUFFIXES or Path(m).is_file()]
            if not files:
                yield from self.refuse(
                    content_id("glob", name), name, f"{name}: no files match this pattern."
                )
            for f in files:
                yield from self.expand_path(f)
            return
        yield from self.expand_path(path)

    def expand_path(self, path: Path) -> Iterator[Source]:
        if path.is_dir():
            files, other = _folder_files(path)
            if self.errors != "ignore":
                for f, reason in other:  # reported, so nothing in a folder silently disappears
                    yield Source(id=content_id("skip", f.as_posix()), text="", path=str(f), refused=reason)
            if not files:
                reason = f"{path}: folder holds no {'/'.join(SUFFIXES)} files."
                yield from self.refuse(content_id("dir", path.as_posix()), str(path), reason)
            for f in files:
                yield from self.read_file(f, root=path)
            return
        yield from self.read_file(path)

    def guarded(self, sid: str, where: str | None, make: Callable[[], Iterator[Source]]) -> Iterator[Source]:
        """The sources ``make()`` yields; any error inside it refuses this one input, not the run."""
        try:
            made = list(make())
        except SourceError as err:
            yield from self.refuse(sid, where, str(err))
            return
        except Exception as err:  # isolation: one hostile input must not end the run
            if isinstance(err, MetadataError):
                raise
            reason = f"{where or sid}: could not be read ({type(err).__name__}: {err}); refused."
            if self.errors == "raise":
                raise SourceError(reason) from err
            yield from self.refuse(sid, where, reason)
            return
        yield from made

    def read_file(self, path: Path, *, root: Path | None = None) -> Iterator[Source]:
        if path.name == MANIFEST_NAME:
            return
        sid = path.stem or path.name
        if path.suffix.lower() in (".html", ".htm"):  # HTML pages: see loading/html.py
            yield from self.guarded(sid, str(path), lambda: self.read_html_file(path, sid, root))
            return
        if path.suffix.lower() == ".jsonl":
            yield from self.guarded(sid, str(path), lambda: self.read_jsonl(path))
            return
        yield from self.guarded(sid, str(path), lambda: self.read_text_file(path, sid, root))

    def read_text_file(self, path: Path, sid: str, root: Path | None) -> Iterator[Source]:
        text, decode_warnings = read_text(path, encoding=self.encoding, max_bytes=self.max_bytes)
        manifest, manifest_warnings = self.manifest_for(path, root)
        given = self.given_for(str(path), path.as_posix(), path.name, sid)
        fetched, fetch_warnings = read_sidecar(path)
        src = self.build(
            text,
            sid=sid,
            path=str(path),
            given=given,
            manifest=manifest,
            warnings=[*decode_warnings, *manifest_warnings, *fetch_warnings],
        )
        yield _with_fetch(src, fetched) if fetched else src

    def read_html_file(self, path: Path, sid: str, root: Path | None) -> Iterator[Source]:
        """An ``.html``/``.htm`` file, decoded from its bytes (BOM, meta charset, HTTP header, detection)."""
        data = read_bytes(path, max_bytes=self.max_bytes)
        fetched, fetch_warnings = read_sidecar(path)
        header = fetched.get("charset") if fetched else None
        if self.encoding is not None:
            text, notes = decode(data, name=str(path), encoding=self.encoding)
        else:
            text, notes = decode_html(
                data, name=str(path), header_charset=header if isinstance(header, str) else None
            )
        manifest, manifest_warnings = self.manifest_for(path, root)
        given = self.given_for(str(path), path.as_posix(), path.name, sid)
        yield from self.html(
            text,
            sid=sid,
            path=str(path),
            given=given,
            manifest=manifest,
            warnings=[*notes, *manifest_warnings, *fetch_warnings],
            fetch=fetched,
        )

    def html(
        self,
        text: str,
        *,
        sid: str,
        path: str | None,
        given: Mapping[str, Any],
        manifest: Mapping[str, object] | None = None,
        warnings: list[str] | None = None,
        fetch: Mapping[str, Any] | None = None,
    ) -> Iterator[Source]:
        """One HTML page as a Source (refused with the reason when it cannot be read)."""

        def page() -> Iterator[Source]:
            yield load_html(
                text,
                sid=sid,
                path=path,
                given=given,
                manifest=manifest,
                warnings=warnings or [],
                fetch=fetch,
            )

        yield from self.guarded(sid, path, page)

    def read_url(self, url: str) -> Iterator[Source]:
        """Fetch a URL (see :mod:`claimcheck.loading.fetch`); a failure is a refused Source."""
        sid = url_id(url)
        shown = redact(url)  # credentials are used to fetch, never written
        try:
            page = fetch(
                url, timeout=self.timeout, max_bytes=self.max_bytes, allow_private=self.allow_private
            )
            path = shown
            if self.snapshot is not None:
                path = str(write_snapshot(self.snapshot, sid, page))
            notes = [f"{shown}: redirected {r}" for r in page.redirects]
            if page.kind == "text":
                text, decoded = decode(page.body, name=shown)
            else:
                text, decoded = decode_html(page.body, name=shown, header_charset=page.charset)
        except (SourceError, OSError) as err:
            yield from self.refuse(sid, shown, redact(str(err)))
            return
        except Exception as err:  # isolation: a hostile server must not end the run
            reason = redact(f"{shown}: could not be fetched ({type(err).__name__}: {err}); refused.")
            if self.errors == "raise":
                raise SourceError(reason) from err
            yield from self.refuse(sid, shown, reason)
            return
        given = self.given_for(url, shown, sid)
        if page.kind == "text":
            src = self.build(text, sid=sid, path=path, given=given, warnings=[*decoded, *notes])
            yield _with_fetch(src, page.record())
            return
        yield from self.html(
            text, sid=sid, path=path, given=given, warnings=[*decoded, *notes], fetch=page.record()
        )

    def read_jsonl(self, path: Path) -> Iterator[Source]:
        """A JSON Lines file: each record a Source, each broken line refused on its own."""
        text, decode_warnings = read_text(
            path, encoding=self.encoding, max_bytes=self.max_bytes, allow_nul=True
        )
        stem = path.stem or path.name
        records = parse_jsonl(text, name=str(path))
        if not records:
            msg = f"{path}: holds no records (an empty JSON Lines file)."
            raise SourceError(msg)
        for record in records:
            where = f"{path}:{record.line}"
            sid = record.id if record.id is not None else f"{stem}:{record.line}"
            if record.refused is not None:
                yield from self.refuse(sid, where, record.refused)
                continue
            make = functools.partial(self.jsonl_record, path, record, where, sid, decode_warnings)
            yield from self.guarded(sid, where, make)

    def jsonl_record(
        self, path: Path, record: Record, where: str, sid: str, decode_warnings: tuple[str, ...]
    ) -> Iterator[Source]:
        given = {**dict(record.fields), **self.given_for(where, sid, str(path), path.name)}
        if record.html:
            yield from self.html(
                record.text, sid=sid, path=where, given=given, warnings=list(decode_warnings)
            )
            return
        yield self.build(record.text, sid=sid, path=where, given=given, warnings=list(decode_warnings))

    # -- one source ------------------------------------------------------------
    def build(
        self,
        text: str,
        *,
        sid: str,
        path: str | None,
        given: Mapping[str, Any],
        manifest: Mapping[str, object] | None = None,
        warnings: list[str] | None = None,
    ) -> Source:
        name = path or sid
        notes = list(warnings or [])
        front = parse_front_matter(text, name=name)
        notes.extend(front.warnings)
        body = front.end
        values: dict[str, Any] = {}
        origin: dict[str, str] = {}
        layers: list[tuple[str, Mapping[str, Any]]] = [
            ("given", given),
            ("front_matter", dict(front.fields)),
            ("manifest", manifest or {}),
        ]
        for how, fields in layers:
            for key, raw in fields.items():
                if key not in FIELDS:
                    if how != "given":
                        notes.append(f"{name}: unknown {how.replace('_', ' ')} field {key!r} ignored")
                    continue
                if key in values or raw is None:
                    continue
                value: Any
                if key == "published":
                    value = parse_date(raw)
                    if value is None:
                        notes.append(
                            f"{name}: {how.replace('_', ' ')} published {raw!r} is not a date;"
                            " left to inference"
                        )
                        continue
                else:
                    value = str(raw).strip()
                    if not value:
                        continue
                values[key] = value
                origin[key] = how
        if not text[body:].strip():
            notes.append(f"{name}: empty or whitespace-only text; nothing to extract")
        elif looks_like_html(text):
            notes.append(f"{name}: looks like HTML pasted as text; markup is read as words")
        inferred = infer_metadata(text, start=body, is_boilerplate=lambda line: line_reason(line) is not None)
        for key in FIELDS:
            found = getattr(inferred, key, None)
            if key not in values and found is not None:
                values[key] = found
                origin[key] = "inferred"
        notes.extend(f"{name}: {w}" for w in inferred.warnings)
        regions: list[Region] = [*find_boilerplate(text, start=body), *inferred.regions]
        if body:
            regions.append(Region(0, body, reason="front matter"))
        return Source(
            id=sid,
            text=text,
            path=path,
            metadata_origin=origin,
            boilerplate=merge_regions(regions),
            warnings=tuple(notes),
            body_start=body,
            **values,
        )


def _with_fetch(src: Source, record: Mapping[str, Any]) -> Source:
    """A plain-text page fetched from a URL: its URL and crawl date from the fetch record."""
    url = record.get("final_url") or record.get("url")
    notes = [*src.warnings]
    if record.get("fetched"):
        notes.append(
            f"{src.path or src.id}: fetched {record['fetched']} (the crawl date, never the publication date)"
        )
    if src.url is not None or not isinstance(url, str):
        return evolve(src, warnings=tuple(notes))
    origin = dict(src.metadata_origin)
    origin["url"] = "fetch"
    return evolve(src, url=url, metadata_origin=origin, warnings=tuple(notes))


def _disambiguate(sources: list[Source]) -> list[Source]:
    """Make ids unique without depending on input order: colliding ids get a content hash."""
    groups: dict[str, dict[tuple[str | None, str, str | None], Source]] = {}
    for src in sources:
        groups.setdefault(src.id, {})[(src.path, src.text, src.refused)] = src
    out: list[Source] = []
    for sid, members in groups.items():
        if len(members) == 1:
            out.extend(members.values())
            continue
        for (path, text, refused), src in members.items():
            key = path if path is not None else text
            out.append(evolve(src, id=content_id(sid, key, refused or "")))
    return out


def load(
    inputs: Input | Iterable[Input],
    *,
    errors: Errors = "warn",
    encoding: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    progress: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    snapshot: str | os.PathLike[str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    allow_private: bool = False,
) -> tuple[Source, ...]:
    """Load paths, folders, globs, strings, JSON Lines files and Sources into Sources.

    A string is a URL when it starts with ``http://`` or ``https://`` (fetched, see
    :mod:`claimcheck.loading.fetch`; needs the ``web`` extra), an HTML page when it
    starts with ``<!doctype html`` or ``<html``, a path when it names an existing
    file or folder, a glob when it holds ``*?[``; otherwise text (anything with a
    newline or whitespace, or without a path separator or file suffix). Folders are
    read recursively (``.txt``, ``.text``, ``.md``, ``.markdown``, ``.jsonl``,
    ``.html``, ``.htm``; hidden files and README/LICENSE/CHANGELOG/CONTRIBUTING
    files are skipped unless named directly). A ``.jsonl`` file holds one record
    per line: ``{"text", "outlet", "published", "author", "title", "url", "id"}``,
    or ``"html"`` instead of ``"text"`` for a web page. HTML sources carry a map
    back to the markup: ``source.html_span(claim.span)``.

    Metadata precedence: ``metadata`` given here (and JSONL record fields) >
    front matter > folder manifest (``claimcheck.json``) > inferred from the page
    text. ``Source.metadata_origin`` says where each field came from.

    Ids are stable across runs and input order: the file stem (a short hash is
    added when two inputs share a stem), ``s-<hash>`` for strings, the record's
    ``id`` or ``stem:line`` for JSON Lines.

    Args:
        inputs: one input or an iterable of them.
        errors: ``"warn"`` (the default) keeps an unreadable input as a Source
            with ``refused`` set and empty text; ``"raise"`` raises; ``"ignore"``
            drops it.
        encoding: force a codec for files (else UTF-8, UTF-16 by BOM, then cp1252
            with a warning).
        metadata: fields for every source (``{"outlet": "X"}``), or a mapping from
            path, file name or id to such fields.
        progress: show a progress bar on stderr when it is a terminal.
        max_bytes: refuse files (and fetched pages) larger than this (default 50 MB).
        snapshot: a folder where fetched pages are kept (``<id>.html`` plus a
            ``<id>.html.json`` fetch record); load that folder later to rebuild offline.
        timeout: the most seconds one URL may take, all of it (connecting, headers,
            body and redirects).
        allow_private: fetch URLs on loopback and private addresses too (link-local
            and cloud metadata addresses are always refused).

    Returns:
        The sources, sorted by id. An input that cannot be read (and every path
        skipped inside a folder) is kept as a Source with ``refused`` saying why;
        an error inside one input refuses that input only.

    Raises:
        SourceError: with ``errors="raise"``, for the first input that cannot be
            loaded (the message names the file and why); with ``"warn"``, when
            inputs were given and none of them yields a source (a mistyped path,
            a missing folder, a glob matching nothing, an unreachable URL): the
            message names each input and why.
        MetadataError: ``metadata`` names a field that does not exist.
        ValueError: ``errors`` is not one of the three choices.

    Examples:
        >>> (src,) = load("---\\noutlet: Example Wire\\n---\\nThe council met on Monday.")
        >>> src.outlet, src.origin_of("outlet")
        ('Example Wire', 'front_matter')
    """
    if errors not in ("warn", "raise", "ignore"):
        msg = f"errors must be 'warn', 'raise' or 'ignore' (got {errors!r})."
        raise ArgumentError(msg)
    loader = _Loader(
        errors=errors,
        encoding=encoding,
        metadata=metadata,
        max_bytes=max_bytes,
        snapshot=snapshot,
        timeout=timeout,
        allow_private=allow_private,
    )
    items = _flatten(inputs)
    out: list[Source] = []
    seen_paths: set[str] = set()
    if progress and len(items) > 0 and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import track

        iterable: Iterable[Input] = track(items, description="loading", console=Console(stderr=True))
    else:
        iterable = items
    for item in iterable:
        for src in loader.expand(item):
            if src.path is not None and not isinstance(item, Source):
                key = os.path.abspath(src.path)
                if key in seen_paths:
                    continue
                seen_paths.add(key)
            out.append(src)
    if items and errors == "warn" and all(src.refused is not None for src in out):
        reasons = [src.refused for src in out if src.refused is not None]
        shown = "; ".join(r.rstrip(".") for r in reasons[:5])
        more = f" (and {len(reasons) - 5} more)" if len(reasons) > 5 else ""
        names = ", ".join(
            repr(redact(os.fspath(i))) if not isinstance(i, Source) else repr(i.id) for i in items[:5]
        )
        msg = f"Nothing to load from {names}: {shown or 'no sources found'}{more}."
        raise SourceError(msg)
    return tuple(sorted(_disambiguate(out), key=lambda s: s.id))
