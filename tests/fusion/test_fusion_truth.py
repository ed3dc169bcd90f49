"""Rules of issue 19: gate numbers read with their codes, sources judged by the others, TruthFinder
trust as a share, vote counts never negative, CATD for numbers."""

from __future__ import annotations

import random
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.fusion import fuse
from claimcheck.fusion._codes import complete_codes
from claimcheck.fusion._data import prepare
from claimcheck.fusion.accu import accuracy_loo, accuracy_of, value_probabilities, vote_weight
from claimcheck.fusion.catd import chi2_lower, number_of
from claimcheck.fusion.records import parse_records
from claimcheck.fusion.values import default_similarity, normalize_value


@pytest.mark.parametrize(
    "keys, exp",
    [
        (["n:65", "c:b65"], {"n:65": "c:b65"}),
        (["n:65", "c:b65", "c:c65"], {}),  # two codes end in 65: which one is unknown
        (["n:65", "c:b66"], {}),
        (["n:7", "c:k7", "n:12"], {"n:7": "c:k7"}),
        (["n:65.5", "c:b65"], {}),  # not a whole number
        (["s:terminal 4", "c:b14"], {}),
        ([3, "c:b3"], {}),  # only keys of the default normaliser are read
    ],
)
def test_a_gate_number_becomes_the_one_code_it_abbreviates(keys: list[object], exp: dict[str, str]) -> None:
    assert complete_codes(keys) == exp


def test_gate_number_and_code_vote_together_and_the_code_is_shown() -> None:
    rows = [
        ("site-a", "gate", "B65"),
        ("site-b", "gate", "Gate B65"),
        ("site-c", "gate", "65"),
        ("site-d", "gate", "C12"),
        ("site-e", "gate", "C12"),
    ]
    result = fuse(rows, method="vote")
    assert result["gate"].value == "B65"
    assert result["gate"].support == ("site-a", "site-b", "site-c")


@given(st.floats(min_value=0.0, max_value=1.0), st.floats(min_value=0.0, max_value=1.0))
def test_a_vote_count_is_never_negative_and_grows_with_accuracy(a: float, b: float) -> None:
    lo, hi = sorted((a, b))
    assert 0.0 <= vote_weight(lo, 100) <= vote_weight(hi, 100)


def _mirrors() -> list[tuple[str, str, str]]:
    """Two sources always right; four mirrors of one feed, wrong together on a third of items."""
    rows = []
    for k in range(30):
        for s in ("own-1", "own-2"):
            rows.append((s, f"i{k}", f"v{k}"))
        value = f"w{k}" if k % 3 == 0 else f"v{k}"
        for m in range(4):
            rows.append((f"mirror-{m}", f"i{k}", value))
    return rows


@settings(max_examples=40, deadline=None)
@given(
    claims=st.lists(
        st.tuples(st.sampled_from("abcdef"), st.sampled_from("xyz"), st.sampled_from("pqr")),
        min_size=1,
        max_size=30,
    ),
    accuracy=st.floats(min_value=0.05, max_value=0.95),
)
def test_accu_judges_a_source_by_the_others_never_above_its_own_vote(
    claims: list[tuple[str, str, str]], accuracy: float
) -> None:
    data = prepare(parse_records(claims), normalize=normalize_value, similarity=default_similarity)
    weights = [vote_weight(accuracy, 100)] * len(data.sources)
    loo = accuracy_loo(data, weights, n=100, rho=0.5)
    own = accuracy_of(data, value_probabilities(data, weights, n=100, rho=0.5))
    assert all(x <= y + 1e-12 for x, y in zip(loo, own))


def test_a_source_alone_on_its_values_is_judged_by_the_others() -> None:
    rows = [("lone", f"i{k}", f"own{k}") for k in range(6)]
    rows += [(s, f"i{k}", f"v{k}") for k in range(6) for s in ("a", "b")]
    result = fuse(rows, method="accu", similarity=False)
    # no other source ever backs it: judged by the others, it is right (almost) never
    assert result.source_accuracy["lone"] < 0.05 < 0.3 < result.source_accuracy["a"]


def test_truthfinder_trust_is_a_share_two_rival_groups_do_not_both_reach_one() -> None:
    rows = []
    for k in range(20):
        for s in ("a1", "a2", "a3"):
            rows.append((s, f"i{k}", f"x{k}"))
        for s in ("b1", "b2", "b3"):
            rows.append((s, f"i{k}", f"y{k}"))
    result = fuse(rows, method="truthfinder", similarity=False)
    for s in ("a1", "b1"):
        assert result.source_accuracy[s] == pytest.approx(0.5, abs=0.01)


@pytest.mark.parametrize("method", ["vote", "truthfinder", "accu", "accucopy", "catd"])
@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_results_do_not_depend_on_row_order(method: str, seed: int) -> None:
    rows = [*_mirrors()[:90], ("own-1", "n1", "1,200"), ("mirror-0", "n1", "1,250"), ("own-2", "n1", "1200")]
    shuffled = list(rows)
    random.Random(seed).shuffle(shuffled)
    a, b = fuse(rows, method=method), fuse(shuffled, method=method)
    assert {i: a[i].value for i in a} == {i: b[i].value for i in b}
    assert dict(a.source_accuracy) == pytest.approx(dict(b.source_accuracy))


@pytest.mark.parametrize("dof", [1, 2, 5, 10, 50, 200])
def test_chi2_lower_quantile_is_below_the_mean_and_grows(dof: int) -> None:
    assert 0.0 < chi2_lower(0.05, dof) < dof
    assert chi2_lower(0.05, dof) < chi2_lower(0.05, dof + 1)


@pytest.mark.parametrize(
    "key, exp", [("n:1200", 1200.0), ("n:-3.5", -3.5), (7, 7.0), (True, None), ("c:b65", None), ("s:x", None)]
)
def test_number_of_reads_number_keys_only(key: object, exp: float | None) -> None:
    assert number_of(key) == exp


def _numeric_world(seed: int, *, outliers: float) -> tuple[list[tuple[str, str, str]], dict[str, float]]:
    """One precise source, seven noisy ones; now and then a value ten times too large."""
    rng = random.Random(seed)
    noise = {"precise": 0.002, **{f"noisy-{j}": 0.05 for j in range(7)}}
    truth = {f"town{k}": float(round(10 ** rng.uniform(3, 6))) for k in range(80)}
    rows = []
    for item, t in truth.items():
        for s, sd in noise.items():
            x = t * (1 + rng.gauss(0, sd))
            if rng.random() < outliers:
                x *= 10
            rows.append((s, item, f"{round(x):,}"))
    return rows, truth


def _within(result: object, truth: dict[str, float], tol: float = 0.01) -> float:
    hits = 0
    for item, t in truth.items():
        x = number_of(result[item].value if not isinstance(result, dict) else result[item])  # type: ignore[index]
        if x is None:
            x = float(str(result[item].value).replace(",", ""))  # type: ignore[index]
        hits += abs(x - t) / t <= tol
    return hits / len(truth)


@pytest.mark.parametrize("outliers", [0.0, 0.1])
def test_catd_finds_the_precise_source_and_beats_the_median(outliers: float) -> None:
    rows, truth = _numeric_world(1, outliers=outliers)
    result = fuse(rows, method="catd")
    top = max(result.source_accuracy, key=lambda s: result.source_accuracy[s])
    assert top == "precise"
    by_item: dict[str, list[float]] = {}
    for _, item, value in rows:
        by_item.setdefault(item, []).append(float(value.replace(",", "")))
    median = {item: statistics.median(xs) for item, xs in by_item.items()}
    assert _within(result, truth) > _within(median, truth)
