"""Synthetic claims with known copying (benchmarks/copying.py): dependence is recovered and
accucopy beats vote where copiers repeat an inaccurate original."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

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


def test_copying_on_one_attribute_is_found_within_its_scope(copying: ModuleType) -> None:
    # copiers copy on attribute "x" and answer alone on "y": over all items the differences on
    # "y" hide the copying; per attribute (scope) it is found. Measured on seeds 0-1: accuracy
    # on "x" .933/.900 without a scope, .933/.973 with one; vote .880/.867.
    for seed in (0, 1):
        wx = copying.generate(items=150, copiers=4, seed=seed)
        wy = copying.generate(items=150, copiers=4, copy_rate=0.0, seed=seed + 100)
        records = [(s, ("x", i), v) for s, i, v in wx.records] + [(s, ("y", i), v) for s, i, v in wy.records]
        whole = fuse(records, method="accucopy", similarity=False)
        scoped = fuse(records, method="accucopy", similarity=False, scope=lambda item: item[0])
        assert ("c0", "c1") not in {(a, b) for a, b, _ in whole.copying}
        assert ("c0", "c1") in {(a, b) for a, b, _ in scoped.copying}
        truth = {("x", i): v for i, v in wx.truth.items()}
        assert copying.accuracy_of(scoped, truth) >= copying.accuracy_of(whole, truth)


def test_the_pair_discount_overturns_a_copier_majority(copying: ModuleType) -> None:
    # 8 copiers of the least accurate of 8 independent sources: the family is the majority.
    # Measured on seeds 0-9 (python benchmarks/copying.py --seeds 10 --items 200 --copiers 8):
    # vote .742, accucopy .736, accucopy with discount="pair" .993.
    for seed in (0, 1):
        world = copying.generate(items=200, copiers=8, seed=seed)
        vote = fuse(world.records, method="vote", similarity=False)
        pair = fuse(world.records, method="accucopy", similarity=False, discount="pair")
        assert copying.accuracy_of(pair, world.truth) > copying.accuracy_of(vote, world.truth) + 0.1
        precision, recall = copying.recovered(pair, world)
        assert precision >= 0.8
        assert recall >= 0.8


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


def test_the_mirrors_count_once_with_the_default_discount() -> None:
    rows = _mirrors_and_independents()
    assert fuse(rows, method="vote", similarity=False)["r"].value == "x"
    result = fuse(rows, method="accucopy", similarity=False)
    assert result["r"].value == "y"
    assert {frozenset(p[:2]) for p in result.copying} == {
        frozenset(p) for p in (("m1", "m2"), ("m1", "m3"), ("m2", "m3"))
    }


@pytest.mark.xfail(
    strict=True,
    reason="known limitation of discount='pair': before any truth is found a shared value counts "
    "as false by the share of the other sources not giving it, so four independent sites that agree "
    "on nearly everything look as dependent as the mirrors, both groups count once, and the mirrors win",
)
def test_the_mirrors_count_once_with_the_pair_discount() -> None:
    result = fuse(_mirrors_and_independents(), method="accucopy", similarity=False, discount="pair")
    assert result["r"].value == "y"


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
