"""claimcheck: claim provenance and cross-source verification for news text.

The pipeline is ``check(inputs) == score(link(extract(load(inputs))))``; each
stage is public. See ``docs/`` for concepts and the command reference.
"""

from __future__ import annotations

import logging

from claimcheck.errors import (
    ClaimAssertionError,
    ClaimcheckError,
    ExportError,
    ExtractorError,
    FactNotFoundError,
    FusionError,
    MetadataError,
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

__version__ = "0.1.0"

__all__ = [
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
    "FactNotFoundError",
    "FusionError",
    "FusionResult",
    "ItemResult",
    "Link",
    "Linkage",
    "MetadataError",
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
