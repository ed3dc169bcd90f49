"""Synthetic claims with known copying (benchmarks/copying.py): dependence is recovered and
accucopy beats vote where copiers repeat an inaccurate original."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.fusion import fuse

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def copying() -> ModuleType:
    spec = importlib.util.spec_from_file_location("copying_benchmark", ROOT / "benchmarks" / "copying.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["copying_benchmark"] = module
    spec.loader.exec_module(module)
    return module


def test_the_generator_is_reproducible(copying: ModuleType) -> None:
    a = copying.generate(items=20, copiers=2, seed=3)
    b = copying.generate(items=20, copiers=2, seed=3)
    assert a == b
    assert a.copies == (("c0", a.copies[0][1]), ("c1", a.copies[0][1]))
    assert a.copies[0][1] == min(a.accuracy, key=lambda s: (a.accuracy[s], s))


def test_no_copying_no_dependence(copying: ModuleType) -> None:
    world = copying.generate(items=200, copiers=0, seed=1)
    result = fuse(world.records, method="accucopy", similarity=False)
    assert result.copying == ()


def test_copying_is_recovered_and_accucopy_beats_vote(copying: ModuleType) -> None:
    # measured on seeds 0-1 (python benchmarks/copying.py --seeds 2 --items 200 --copiers 4):
    # vote .875, accucopy .943, precision 1.00, recall 1.00
    vote = copy = recall = 0.0
    for seed in (0, 1):
        world = copying.generate(items=200, copiers=4, seed=seed)
        v = fuse(world.records, method="vote", similarity=False)
        c = fuse(world.records, method="accucopy", similarity=False)
        vote += copying.accuracy_of(v, world.truth) / 2
        copy += copying.accuracy_of(c, world.truth) / 2
        precision, r = copying.recovered(c, world)
        recall += r / 2
        assert precision >= 0.8
        copiers = {a for a, _, _ in c.copiers}
        assert copiers <= {name for name, _ in world.copies} | {world.copies[0][1]}
    assert copy > vote + 0.03
    assert recall >= 0.8


def test_copying_on_one_attribute_is_found_per_attribute_by_default(copying: ModuleType) -> None:
    # copiers copy on attribute "x" and answer alone on "y": per attribute, the default for
    # (attribute, entity) items, the copying is found as with the scope given, and the fused "x"
    # values are at least as right as with one scope over all items.
    for seed in (0, 1):
        wx = copying.generate(items=150, copiers=4, seed=seed)
        wy = copying.generate(items=150, copiers=4, copy_rate=0.0, seed=seed + 100)
        records = [(s, ("x", i), v) for s, i, v in wx.records] + [(s, ("y", i), v) for s, i, v in wy.records]
        whole = fuse(records, method="accucopy", similarity=False, scope=None)
        default = fuse(records, method="accucopy", similarity=False)
        scoped = fuse(records, method="accucopy", similarity=False, scope=lambda item: item[0])
        assert ("c0", "c1") in {(a, b) for a, b, _ in default.copying}
        assert default.copying == scoped.copying
        truth = {("x", i): v for i, v in wx.truth.items()}
        assert copying.accuracy_of(default, truth) >= copying.accuracy_of(whole, truth)


@pytest.mark.parametrize("discount", ["share", "lead", "pair"])
def test_a_copier_majority_is_overturned(copying: ModuleType, discount: str) -> None:
    # 8 copiers of the least accurate of 8 independent sources: the family is the majority.
    # Measured on seeds 0-9 (python benchmarks/copying.py --seeds 10 --items 200 --copiers 8):
    # vote .742; accucopy with discount "lead" (the default) .992, "share" and "pair" .993.
    for seed in (0, 1):
        world = copying.generate(items=200, copiers=8, seed=seed)
        vote = fuse(world.records, method="vote", similarity=False)
        result = fuse(world.records, method="accucopy", similarity=False, discount=discount)
        assert copying.accuracy_of(result, world.truth) > copying.accuracy_of(vote, world.truth) + 0.1
        precision, recall = copying.recovered(result, world)
        assert precision >= 0.8
        assert recall >= 0.8


def test_truthfinder_is_not_under_vote_when_copiers_are_the_majority(copying: ModuleType) -> None:
    # 8 copiers of the least accurate source: with the paper's dampening (0.3) TruthFinder trusts
    # the copied family and is under vote on 4 of seeds 0-4 (-6 items); with the default (0.15)
    # it gives vote's answer on each, and without copiers it still beats vote (+4 items).
    # Measured with python benchmarks/copying.py --seeds 20 --items 200 --copiers 0 4 8 --paired.
    def score(method: str, world: object) -> float:
        result = fuse(world.records, method=method, similarity=False)  # type: ignore[attr-defined]
        return float(copying.accuracy_of(result, world.truth))  # type: ignore[attr-defined]

    below = 0
    gained = 0.0
    for seed in range(5):
        world = copying.generate(items=200, copiers=8, seed=seed)
        below += score("truthfinder", world) < score("vote", world)
        alone = copying.generate(items=200, copiers=0, seed=seed)
        gained += score("truthfinder", alone) - score("vote", alone)
    assert below == 0
    assert gained > 0


def _mirrors_and_independents() -> list[tuple[str, str, str]]:
    """Four independent sites, each slipping on an item or two with values of its own, and
    three mirrors of one feed that share five wrong values; on item "r" the mirrors give x and two
    of the independent sites y."""
    rows = []
    for k in range(10):
        for s in "abcd":
            slip = (s == "c" and k == 7) or (s == "d" and k in (2, 8))
            rows.append((s, f"q{k}", f"{s}-slip{k}" if slip else f"t{k}"))
        rows += [(m, f"q{k}", f"f{k}" if k < 5 else f"t{k}") for m in ("m1", "m2", "m3")]
    return [*rows, ("m1", "r", "x"), ("m2", "r", "x"), ("m3", "r", "x"), ("a", "r", "y"), ("b", "r", "y")]


@pytest.mark.parametrize("discount", ["share", "lead", "pair", "direction"])
def test_the_mirrors_count_once(discount: str) -> None:
    # with the truth marginalised, values the independent sites share while it is still uncertain
    # are weak evidence: only the mirrors, who share five values the others reject, are dependent
    rows = _mirrors_and_independents()
    assert fuse(rows, method="vote", similarity=False)["r"].value == "x"
    result = fuse(rows, method="accucopy", similarity=False, discount=discount)
    assert result["r"].value == "y"
    assert {frozenset(p[:2]) for p in result.copying} == {
        frozenset(p) for p in (("m1", "m2"), ("m1", "m3"), ("m2", "m3"))
    }


def test_pair_dependence_adds_both_directions() -> None:
    from claimcheck.fusion.accucopy import pair_dependence

    assert pair_dependence({(0, 1, 2): 0.7, (0, 2, 1): 0.6}) == {(0, 1, 2): 1.0, (0, 2, 1): 1.0}
    assert pair_dependence({(3, 1, 2): 0.25}) == {(3, 1, 2): 0.25, (3, 2, 1): 0.25}
    assert pair_dependence({}) == {}


def test_an_unknown_discount_is_a_fusion_error() -> None:
    from claimcheck.errors import FusionError

    with pytest.raises(FusionError, match="discount"):
        fuse([("a", "x", "1"), ("b", "x", "2")], method="accucopy", discount="both")
    with pytest.raises(ValueError, match="discount"):
        fuse([("a", "x", "1"), ("b", "x", "2")], method="accucopy", discount="both")


@pytest.mark.parametrize(
    "given, total, exp",
    [
        (1, 4, 0.25),  # a value of one source: its plain share
        (2, 2, 1.0),  # only the pair gives the item: no evidence that the value is false
        (2, 5, 0.0),  # no other source gives it: the others say it is false
        (4, 6, 0.5),  # two of the other four give it
    ],
)
def test_the_first_round_judges_a_shared_value_by_the_others(given: int, total: int, exp: float) -> None:
    from claimcheck.fusion.accucopy import _others_share

    assert _others_share(given, total) == exp


def _dependent(shared: dict[tuple[int, int], float], differ: int, accuracy: float = 0.8) -> float:
    from claimcheck.fusion.accucopy import dependence

    dep = dependence(
        {(0, 1, 2): differ}, {(0, 1, 2): shared}, [0.5, accuracy, accuracy], alpha=0.2, c=0.8, n=100
    )
    return dep.get((0, 1, 2), 0.0) + dep.get((0, 2, 1), 0.0)


def _bucket(p_true: float) -> int:
    from claimcheck.fusion.accucopy import _bucket

    return _bucket(p_true)


@pytest.mark.parametrize(
    "shared, differ, exp",
    [
        # five values both give and the others certainly reject: dependent despite ten differences
        ({(1, _bucket(0.0)): 5.0}, 10, True),
        # three hundred shared values, each as likely true as false (half the sources give it):
        # an uncertain truth is no proof of copying when they differ on a hundred items
        ({(1, _bucket(0.5)): 300.0}, 100, False),
        # the same three hundred certainly true: weak evidence each, outweighed by the differences
        ({(1, _bucket(1.0)): 300.0}, 100, False),
        # two hundred certainly true and never a difference: a mirror of an accurate source
        ({(1, _bucket(1.0)): 200.0}, 0, True),
        # nothing shared, ten differences
        ({}, 10, False),
    ],
)
def test_dependence_rules(shared: dict[tuple[int, int], float], differ: int, exp: bool) -> None:
    assert (_dependent(shared, differ) > 0.5) == exp


@given(
    p_true=st.floats(min_value=0.0, max_value=1.0),
    count=st.floats(min_value=1.0, max_value=50.0),
    accuracy=st.floats(min_value=0.3, max_value=0.99),
)
def test_a_value_less_likely_true_is_stronger_evidence(p_true: float, count: float, accuracy: float) -> None:
    more_false = max(p_true - 0.2, 0.0)
    weaker = _dependent({(2, _bucket(p_true)): count}, 5, accuracy)
    stronger = _dependent({(2, _bucket(more_false)): count}, 5, accuracy)
    assert stronger >= weaker - 1e-9


@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.sampled_from(["gate", "arrival"])), min_size=1))
def test_the_default_scopes_do_not_depend_on_the_order_within_an_item(items: list[tuple[str, str]]) -> None:
    from claimcheck.fusion.accucopy import attribute_scopes

    swapped = [(b, a) for a, b in items]
    assert attribute_scopes(items) == attribute_scopes(swapped)  # type: ignore[arg-type]
    scopes = attribute_scopes(items)  # type: ignore[arg-type]
    # one scope for all, or one per value of one element of the items (their attribute)
    same = {(i, j) for i in range(len(items)) for j in range(len(items)) if scopes[i] == scopes[j]}
    by = [
        {(i, j) for i in range(len(items)) for j in range(len(items)) if items[i][k] == items[j][k]}
        for k in (0, 1)
    ]
    assert len(set(scopes)) == 1 or same in by


_C = 0.8


@pytest.mark.parametrize(
    "providers, copied, exp",
    [
        # no dependence: every vote whole
        ([1, 2, 3], {}, [1.0, 1.0, 1.0]),
        # 2 copies 1: the original keeps its vote, the copy shares its own
        ([1, 2], {(0, 2): {1: 0.9}}, [1.0, 1 / (1 + _C * 0.9)]),
        ([2, 1], {(0, 2): {1: 0.9}}, [1 / (1 + _C * 0.9), 1.0]),
        # a clique with no direction: the first by id leads, the others share with both
        (
            [1, 2, 3],
            {(0, 1): {2: 0.5, 3: 0.5}, (0, 2): {1: 0.5, 3: 0.5}, (0, 3): {1: 0.5, 2: 0.5}},
            [1.0, 1 / (1 + _C * 2), 1 / (1 + _C * 2)],
        ),
        # copying from a source that does not give this value does not count
        ([1, 2], {(0, 2): {5: 0.9}}, [1.0, 1.0]),
        # copying found in another scope does not count
        ([1, 2], {(1, 2): {1: 0.9}}, [1.0, 1.0]),
    ],
)
def test_the_lead_discount_rules(
    providers: list[int], copied: dict[tuple[int, int], dict[int, float]], exp: list[float]
) -> None:
    from claimcheck.fusion.accucopy import _lead_discounts

    assert _lead_discounts(providers, copied, 0, _C) == pytest.approx(exp)


@given(
    st.lists(st.integers(0, 5), min_size=1, max_size=6, unique=True),
    st.dictionaries(
        st.tuples(st.integers(0, 5), st.integers(0, 5)).filter(lambda st_: st_[0] != st_[1]),
        st.floats(min_value=0.0, max_value=0.5),
    ),
    st.randoms(use_true_random=False),
)
def test_the_lead_discount_keeps_one_whole_vote_and_no_order(
    providers: list[int], pairs: dict[tuple[int, int], float], rnd: object
) -> None:
    from claimcheck.fusion.accucopy import _group_discounts, _lead_discounts

    copied: dict[tuple[int, int], dict[int, float]] = {}
    for (s, t), d in pairs.items():
        copied.setdefault((0, s), {})[t] = d
    factors = dict(zip(providers, _lead_discounts(providers, copied, 0, _C)))
    shuffled = list(providers)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert dict(zip(shuffled, _lead_discounts(shuffled, copied, 0, _C))) == pytest.approx(factors)
    assert all(0.0 < f <= 1.0 for f in factors.values())
    # the whole vote goes to a provider least likely to copy the others
    members = set(providers)
    out = {s: sum(d for t, d in copied.get((0, s), {}).items() if t in members) for s in providers}
    leads = [s for s, f in factors.items() if f == 1.0]
    assert any(out[s] == min(out.values()) for s in leads)
    # never less than the order-free share discount, each provider alike
    both: dict[tuple[int, int], dict[int, float]] = {}
    for (sc, s), row in copied.items():
        for t, d in row.items():
            both.setdefault((sc, s), {})[t] = both.get((sc, s), {}).get(t, 0.0) + d
            both.setdefault((sc, t), {})[s] = both.get((sc, t), {}).get(s, 0.0) + d
    share = _group_discounts(providers, [0.5] * 6, both, 0, _C, "share")
    assert all(f >= g - 1e-12 for f, g in zip(factors.values(), share))


def test_the_sign_test_counts_only_seeds_that_differ(copying: ModuleType) -> None:
    assert copying.sign_test(0, 0) == 1.0
    assert copying.sign_test(4, 4) == 1.0
    # all of 8 seeds on one side: 2 / 2**8
    assert copying.sign_test(0, 8) == pytest.approx(2 / 256)
    assert copying.sign_test(8, 0) == copying.sign_test(0, 8)
    # 1 of 10 against: 2 * (1 + 10) / 1024
    assert copying.sign_test(1, 9) == pytest.approx(22 / 1024)


@given(st.integers(0, 30), st.integers(0, 30))
def test_the_sign_test_is_a_probability_and_symmetric(copying: ModuleType, above: int, below: int) -> None:
    p = copying.sign_test(above, below)
    assert 0.0 < p <= 1.0
    assert p == copying.sign_test(below, above)
    # one more seed on the larger side makes the split no less significant
    if above >= below:
        assert copying.sign_test(above + 1, below) <= p


def test_paired_lines_compare_each_method_with_vote_seed_by_seed(copying: ModuleType) -> None:
    lines = copying.paired({"vote": [10, 10, 10], "accu": [9, 10, 12]})
    assert len(lines) == 1
    assert "accu" in lines[0] and "+1 items" in lines[0]
    assert "above 1, below 1, equal 1" in lines[0] and "p = 1.000" in lines[0]
