"""The vote counts of the issue-19 trial methods (benchmarks/fusion_trials.py) against their
definitions: PopAccu's from the popularity of false values, the Dirichlet-multinomial's tending
to Accu's as the concentration grows."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trials() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        path = ROOT / "benchmarks" / "fusion_trials.py"
        spec = importlib.util.spec_from_file_location("fusion_trials_benchmark", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["fusion_trials_benchmark"] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return module


def _popularity_loglik(counts: list[float], sizes: list[int], v: int) -> float:
    """log P(claims | v true), up to a constant: v's accuracy count plus each other value's
    claims as errors that pick it with its popularity m(v') / (N - m(v))."""
    rest = sum(sizes) - sizes[v]
    return counts[v] + sum(m * math.log(m / rest) for u, m in enumerate(sizes) if u != v and m)


items = st.integers(2, 5).flatmap(
    lambda k: st.tuples(
        st.lists(st.floats(0.0, 5.0), min_size=k, max_size=k),
        st.lists(st.integers(1, 7), min_size=k, max_size=k),
    )
)


@given(items)
def test_popaccu_counts_differ_as_the_popularity_likelihoods_do(trials: ModuleType, item: tuple) -> None:
    counts, sizes = item
    got = trials.popularity_counts(counts, [float(m) for m in sizes])
    for v in range(1, len(sizes)):
        want = _popularity_loglik(counts, sizes, v) - _popularity_loglik(counts, sizes, 0)
        assert got[v] - got[0] == pytest.approx(want, abs=1e-9)


@given(items)
def test_popaccu_counts_do_not_depend_on_the_values_order(trials: ModuleType, item: tuple) -> None:
    counts, sizes = item
    forward = trials.popularity_counts(counts, [float(m) for m in sizes])
    backward = trials.popularity_counts(counts[::-1], [float(m) for m in sizes[::-1]])
    assert backward == pytest.approx(forward[::-1])


@given(items)
def test_a_dirichlet_of_large_concentration_counts_as_accu(trials: ModuleType, item: tuple) -> None:
    # Accu: every error is one of n values alike, so each provider adds ln n to its value
    counts, sizes = item
    n = 100.0
    got = trials.dirichlet_counts(counts, [float(m) for m in sizes], beta=1e7, n=n)
    for v in range(1, len(sizes)):
        want = counts[v] - counts[0] + (sizes[v] - sizes[0]) * math.log(n)
        assert got[v] - got[0] == pytest.approx(want, abs=1e-3)


def test_importing_the_trials_registers_no_method(trials: ModuleType) -> None:
    from claimcheck.fusion import fusion_methods

    assert not any(name.startswith("trial-") for name in fusion_methods())
    assert set(trials.TRIAL_METHODS) == {r[0] for r in trials.RUNS.values() if r[0].startswith("trial-")}
