"""The fusion method registry: a dict, a ``register_method(name)`` decorator and a lister."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from claimcheck.errors import FusionError

__all__ = ["METHODS", "fusion_methods", "get_method", "register_method"]

MethodFn = Callable[..., Any]
F = TypeVar("F", bound=MethodFn)

#: name -> method; a method takes a Prepared and keyword options and returns an Outcome.
METHODS: dict[str, MethodFn] = {}


def register_method(name: str, *, replace: bool = False) -> Callable[[F], F]:
    """Register a fusion method under ``name`` (a decorator).

    The method is called as ``method(prepared, prior_accuracy=..., max_iter=..., tol=..., **options)``
    and returns an ``Outcome``.

    Args:
        name: the method's name for ``fuse(..., method=name)``.
        replace: replace a method already registered under that name.

    Returns:
        The decorator, which registers and returns the function.

    Raises:
        FusionError: if the name is taken (pass ``replace=True`` to override).
    """

    def decorator(fn: F) -> F:
        if name in METHODS and not replace and METHODS[name] is not fn:
            msg = f"A fusion method named {name!r} is already registered; pass replace=True."
            raise FusionError(msg)
        METHODS[name] = fn
        return fn

    return decorator


def fusion_methods() -> tuple[str, ...]:
    """The names of the registered fusion methods, sorted.

    Returns:
        The names.

    Examples:
        >>> import claimcheck.fusion
        >>> claimcheck.fusion.fusion_methods()
        ('accu', 'accucopy', 'catd', 'truthfinder', 'vote')
    """
    _load_builtins()
    return tuple(sorted(METHODS))


def get_method(name: str) -> MethodFn:
    """Return the method registered as ``name``.

    Args:
        name: a registered method name.

    Returns:
        The method.

    Raises:
        FusionError: for an unknown name, listing the valid ones.
    """
    _load_builtins()
    try:
        return METHODS[name]
    except KeyError:
        msg = f"No fusion method named {name!r}. Valid methods: {', '.join(sorted(METHODS))}."
        raise FusionError(msg) from None


def _load_builtins() -> None:
    from claimcheck.fusion import accu, accucopy, catd, truthfinder, vote  # noqa: F401
