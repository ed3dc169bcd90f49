"""Folder manifests: ``claimcheck.json`` mapping file names to their metadata."""

from __future__ import annotations

import json
from pathlib import Path

from attrs import frozen

__all__ = ["MANIFEST_NAME", "Manifest", "read_manifest"]

#: The manifest file a folder may hold.
MANIFEST_NAME = "claimcheck.json"


@frozen
class Manifest:
    """A folder's manifest.

    Attributes:
        folder: the folder holding it.
        entries: file name (relative to the folder, ``/``-separated) -> metadata pairs.
        warnings: problems (unreadable JSON, entries that are not objects, missing files).
    """

    folder: str
    entries: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()
    warnings: tuple[str, ...] = ()

    def get(self, name: str) -> dict[str, object]:
        """The metadata for file ``name`` (empty when not listed)."""
        for key, fields in self.entries:
            if key == name:
                return dict(fields)
        return {}


def read_manifest(folder: Path) -> Manifest | None:
    """Read ``folder/claimcheck.json`` if present.

    Args:
        folder: the folder.

    Returns:
        The manifest, or None when the folder has none. A malformed manifest
        gives a Manifest with no entries and a warning (never an exception).
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return Manifest(str(folder), warnings=(f"{path}: manifest not read ({err}); ignored",))
    if not isinstance(data, dict):
        return Manifest(str(folder), warnings=(f"{path}: manifest must map file names to metadata; ignored",))
    entries: list[tuple[str, tuple[tuple[str, object], ...]]] = []
    warnings: list[str] = []
    for name, fields in sorted(data.items()):
        if not isinstance(fields, dict):
            warnings.append(f"{path}: entry {name!r} is not an object; ignored")
            continue
        key = str(name).replace("\\", "/")
        target = folder / key
        if not target.exists():
            warnings.append(f"{path}: manifest names missing file {key!r}")
        entries.append((key, tuple(sorted((str(k).lower(), v) for k, v in fields.items()))))
    return Manifest(str(folder), tuple(entries), tuple(warnings))
