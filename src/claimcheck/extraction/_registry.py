"""The extractor registry: one callable per claim kind, by name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from claimcheck.errors import ExtractorError

if TYPE_CHECKING:  # pragma: no cover
    from claimcheck.extraction._document import Document
    from claimcheck.model import Claim

__all__ = ["Extractor", "extractors", "get_extractor", "register", "unregister"]

#: An extractor reads a Document and yields Claims.
Extractor = Callable[["Document"], Iterable["Claim"]]
F = TypeVar("F", bound=Extractor)

_EXTRACTORS: dict[str, Extractor] = {}
#: Higher wins when two claims of different kinds cover the same words.
_PRIORITY: dict[str, int] = {}


def register(name: str, *, priority: int = 0, replace: bool = False) -> Callable[[F], F]:
    """Register an extractor under ``name`` (a decorator).

    Args:
        name: the claim kind (or any name) the extractor produces.
        priority: when claims of two kinds overlap, the higher priority is kept.
        replace: allow replacing an extractor already registered under ``name``.

    Examples:
        >>> from claimcheck.extraction import register
        >>> @register("shout", replace=True)
        ... def shouts(doc):
        ...     return ()
        >>> "shout" in extractors()
        True
        >>> unregister("shout")
    """

    def decorate(func: F) -> F:
        if name in _EXTRACTORS and not replace and _EXTRACTORS[name] is not func:
            msg = f"An extractor named {name!r} is already registered; pass replace=True to replace it."
            raise ExtractorError(msg)
        _EXTRACTORS[name] = func
        _PRIORITY[name] = priority
        return func

    return decorate


def unregister(name: str) -> None:
    """Remove the extractor registered under ``name``."""
    get_extractor(name)
    del _EXTRACTORS[name]
    _PRIORITY.pop(name, None)


def extractors() -> tuple[str, ...]:
    """The names of the registered extractors, sorted."""
    return tuple(sorted(_EXTRACTORS))


def get_extractor(name: str) -> Extractor:
    """Return the extractor registered under ``name``; the error lists the valid names."""
    try:
        return _EXTRACTORS[name]
    except KeyError:
        msg = f"No extractor named {name!r}. Registered extractors: {', '.join(extractors()) or 'none'}."
        raise ExtractorError(msg) from None


def priority(name: str) -> int:
    """The overlap priority of an extractor (0 when unknown)."""
    return _PRIORITY.get(name, 0)
