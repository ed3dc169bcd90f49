"""claimcheck: claim provenance and cross-source verification for news text.

The pipeline is ``check(inputs) == score(link(extract(load(inputs))))``; each
stage is public. See ``docs/`` for concepts and the command reference.
"""

from __future__ import annotations

import logging

import claimcheck.output  # noqa: F401  (installs the renderers the model's display methods call)
from claimcheck._version import __version__
from claimcheck.errors import (
    ArgumentError,
    ClaimAssertionError,
    ClaimcheckError,
    ExportError,
    ExtractorError,
    FactNotFoundError,
    FusionError,
    MetadataError,
    MissingExtraError,
    ModelError,
    NotFoundError,
    SourceError,
)
from claimcheck.extraction import extract, extractors, register
from claimcheck.fusion import FusionResult, ItemResult, fuse, fusion_methods, register_method
from claimcheck.linking import link
from claimcheck.loading import load
from claimcheck.model import (
    ArticleRef,
    Claim,
    Copy,
    Corroboration,
    DateValue,
    Extraction,
    Fact,
    FactInReport,
    Link,
    Linkage,
    Origin,
    Quantity,
    Region,
    Report,
    Source,
    Span,
)
from claimcheck.output.assertions import assert_fact
from claimcheck.pipeline import check
from claimcheck.scoring import score

logging.getLogger(__name__).addHandler(logging.NullHandler())


__all__ = [
    "ArgumentError",
    "ArticleRef",
    "Claim",
    "ClaimAssertionError",
    "ClaimcheckError",
    "Copy",
    "Corroboration",
    "DateValue",
    "ExportError",
    "Extraction",
    "ExtractorError",
    "Fact",
    "FactInReport",
    "FactNotFoundError",
    "FusionError",
    "FusionResult",
    "ItemResult",
    "Link",
    "Linkage",
    "MetadataError",
    "MissingExtraError",
    "ModelError",
    "NotFoundError",
    "Origin",
    "Quantity",
    "Region",
    "Report",
    "Source",
    "SourceError",
    "Span",
    "__version__",
    "assert_fact",
    "check",
    "extract",
    "extractors",
    "fuse",
    "fusion_methods",
    "link",
    "load",
    "register",
    "register_method",
    "score",
]
