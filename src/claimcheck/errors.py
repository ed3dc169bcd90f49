"""The exception hierarchy: every error claimcheck raises on purpose is a ClaimcheckError.

Children also subclass the builtin a caller would catch, so ``except LookupError``
and ``except AssertionError`` keep working.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "ClaimAssertionError",
    "ClaimcheckError",
    "ExportError",
    "ExtractorError",
    "FactNotFoundError",
    "FusionError",
    "MetadataError",
    "MissingExtraError",
    "ModelError",
    "NotFoundError",
    "SourceError",
]


class ClaimcheckError(Exception):
    """The root of every error claimcheck raises on purpose."""


class SourceError(ClaimcheckError, ValueError):
    """An input could not be loaded (missing, unreadable, binary, undecodable, too large)."""


class MetadataError(ClaimcheckError, ValueError):
    """Metadata given by the caller, front matter or a manifest is malformed."""


class ExtractorError(ClaimcheckError, KeyError):
    """An unknown extractor name, or an extractor registered twice."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class FactNotFoundError(ClaimcheckError, LookupError):
    """No fact matches a query; the message lists the nearest facts."""


class ClaimAssertionError(ClaimcheckError, AssertionError):
    """``assert_fact`` failed; the message shows the evidence."""


class ExportError(ClaimcheckError, ValueError):
    """A document could not be exported or read back (wrong format or version)."""


class FusionError(ClaimcheckError, ValueError):
    """Bad records or an unknown method given to ``fuse``."""


class ArgumentError(ClaimcheckError, ValueError):
    """An argument has a value the function cannot take (an unknown engine, negative workers...)."""


class ModelError(ClaimcheckError, ValueError):
    """A value breaks an invariant of the data model (a span ending before it starts...)."""


class NotFoundError(ClaimcheckError, KeyError):
    """No source, claim, graph node or fused item has the id asked for."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class MissingExtraError(ClaimcheckError, ImportError):
    """An optional dependency is missing; the message names the extra to install."""
