"""Loading sources: files, folders, globs, strings, JSON Lines; metadata; boilerplate.

Modules:
    text: reading files and decoding bytes (encodings, binary refusal, size limit).
    frontmatter: the ``---`` block at the start of a file.
    manifest: a folder's ``claimcheck.json``.
    jsonl: JSON Lines records.
    metadata: publication date, author, outlet and title inferred from page text.
    boilerplate: page furniture marked as regions.
    html: HTML pages: visible text, the map back to the markup, structural boilerplate.
    htmlmeta: metadata of HTML pages from markup, URL and visible text, with origins.
    fetch: fetching URLs (httpx, the ``web`` extra) and snapshot folders.
"""

from __future__ import annotations

from claimcheck.loading._load import FIELDS, SUFFIXES, load
from claimcheck.loading.boilerplate import find_boilerplate, line_reason, merge_regions
from claimcheck.loading.frontmatter import FrontMatter, parse_front_matter
from claimcheck.loading.metadata import Inferred, infer_metadata, parse_date
from claimcheck.loading.text import DEFAULT_MAX_BYTES, decode, read_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FIELDS",
    "SUFFIXES",
    "FrontMatter",
    "Inferred",
    "decode",
    "find_boilerplate",
    "infer_metadata",
    "line_reason",
    "load",
    "merge_regions",
    "parse_date",
    "parse_front_matter",
    "read_text",
]
