"""The one iterate-until-converged loop of the fusion methods."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["converge", "max_change"]

State = TypeVar("State")


def max_change(new: list[float], old: list[float]) -> float:
    """The largest absolute change between two vectors (0 for empty ones)."""
    return max((abs(x - y) for x, y in zip(new, old)), default=0.0)


def converge(
    step: Callable[[State], State],
    start: State,
    *,
    change: Callable[[State, State], float],
    max_iter: int,
    tol: float,
) -> tuple[State, int]:
    """Apply ``step`` until ``change(new, old) < tol`` or ``max_iter`` rounds.

    Args:
        step: one round: the state after the given one.
        start: the state before the first round.
        change: how far apart two successive states are.
        max_iter: the most rounds run (at least one is).
        tol: the change under which the states have converged.

    Returns:
        The last state and the number of rounds run.

    Examples:
        >>> converge(lambda x: x / 2, 1.0, change=lambda a, b: abs(a - b), max_iter=50, tol=0.1)
        (0.0625, 4)
    """
    state = start
    for rounds in range(1, max(max_iter, 1) + 1):
        new = step(state)
        done = change(new, state) < tol
        state = new
        if done:
            return state, rounds
    return state, max(max_iter, 1)
