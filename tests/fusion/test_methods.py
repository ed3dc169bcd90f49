from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import FusionError
from claimcheck.fusion import FusionResult, ItemResult, fuse, fusion_methods, register_method
from claimcheck.fusion._data import Outcome, Prepared

METHODS = ("vote", "truthfinder", "accu", "accucopy")


def test_methods_are_listed() -> None:
    assert set(METHODS) <= set(fusion_methods())
    assert list(fusion_methods()) == sorted(fusion_methods())


def test_unknown_method_lists_valid_ones() -> None:
    with pytest.raises(FusionError, match=r"No fusion method named 'magic'.*accu, accucopy"):
        fuse([("a", "x", 1)], method="magic")


def test_register_method() -> None:
    @register_method("first-source-test")
    def first(data: Prepared, **options: Any) -> Outcome:
        probs = [[1.0 if p and p[0] == 0 else 0.0 for p in provs] for provs in data.providers]
        return Outcome(probs, [1.0] * len(data.sources), 1)

    try:
        assert fuse([("b", "x", 2), ("a", "x", 1)], method="first-source-test")["x"].value == 1
        with pytest.raises(FusionError, match="already registered"):
            register_method("vote")(first)
    finally:
        from claimcheck.fusion._registry import METHODS as registry

        registry.pop("first-source-test")


@pytest.mark.parametrize("method", METHODS)
def test_result_shape(method: str) -> None:
    rows = [("a", "x", "1,200"), ("b", "x", "1200"), ("c", "x", "900"), ("a", "y", "Paris"), ("b", "y", "")]
    result = fuse(rows, method=method)
    assert isinstance(result, FusionResult)
    assert result.method == method
    assert set(result) == {"x", "y"} and len(result) == 2
    x = result["x"]
    assert isinstance(x, ItemResult)
    assert x.value == "1,200"  # the value by meaning, in its most common original form (ties: first)
    assert x.support == ("a", "b")
    assert [v for v, _ in x.alternatives] == ["900"]
    assert result["y"].support == ("a",)  # an empty value is not a vote
    assert set(result.source_accuracy) == {"a", "b", "c"}
    with pytest.raises(KeyError, match="No item 'z'"):
        result["z"]


def test_missing_values_are_not_votes() -> None:
    rows = [("a", "x", "Not Available"), ("b", "x", "Not Available"), ("c", "x", "7")]
    assert fuse(rows, method="vote")["x"].value == "7"
    assert fuse(rows, method="vote")["x"].confidence == 1.0


def test_bad_options() -> None:
    with pytest.raises(FusionError, match="prior_accuracy"):
        fuse([("a", "x", 1)], prior_accuracy=1.5)
    with pytest.raises(FusionError, match="max_iter"):
        fuse([("a", "x", 1)], max_iter=0)
    with pytest.raises(FusionError, match="must be in"):
        fuse([("a", "x", "p"), ("b", "x", "q")], normalize=str, similarity=lambda a, b: 2.0)


def _world() -> list[tuple[str, str, str]]:
    """Three good independent sources; two sloppy ones; on item 'q' the sloppy pair agree on a
    wrong value while one good source is the only one giving the truth."""
    rows = []
    for k in range(8):
        for s in ("g1", "g2", "g3"):
            rows.append((s, f"i{k}", f"true{k}"))
        rows.append(("b1", f"i{k}", f"b1-wrong{k}"))
        rows.append(("b2", f"i{k}", f"b2-wrong{k}"))
    rows += [("g1", "q", "right"), ("b1", "q", "wrong"), ("b2", "q", "wrong")]
    return rows


def test_vote_follows_the_majority() -> None:
    assert fuse(_world(), method="vote")["q"].value == "wrong"


@pytest.mark.parametrize(
    "method",
    [
        "accu",
        "accucopy",  # with the "lead" discount: one of three agreeing sources keeps its whole vote
    ],
)
def test_accuracy_aware_methods_trust_the_accurate_source(method: str) -> None:
    result = fuse(_world(), method=method)
    assert result["q"].value == "right"
    assert result.source_accuracy["g1"] > result.source_accuracy["b1"]


def test_accucopy_with_the_lead_discount_trusts_the_accurate_source() -> None:
    # the agreeing three keep one whole vote (whoever leads), so the accurate source they confirm
    # is not outweighed by the two sloppy ones
    result = fuse(_world(), method="accucopy", discount="lead")
    assert result["q"].value == "right"
    assert result.source_accuracy["g1"] > result.source_accuracy["b1"]


def test_truthfinder_trusts_the_accurate_source() -> None:
    # TruthFinder's trust is a share of rival confidences, and a value with no vote still has
    # confidence 1/2, so trust is compressed: one good source does not outweigh two sloppy ones
    # that agree on q, but it is trusted more. (No similarity: "b1-wrong3" and "b2-wrong3" are
    # spelled alike.)
    result = fuse(_world(), method="truthfinder", similarity=False)
    assert result.source_accuracy["g1"] > result.source_accuracy["b1"]


def _copiers() -> list[tuple[str, str, str]]:
    """Five independent sources, each with its own few mistakes; an original and three copiers
    repeat one sloppy list that is false on every odd item, where only three of the independent
    sources (a different three each time) give the truth."""
    rows = []
    indep = ("i1", "i2", "i3", "i4", "i5")
    for k in range(12):
        truth = f"t{k}"
        for j, s in enumerate(indep):
            if k % 2:
                right = (j - k) % 5 in (0, 1, 2)
            else:
                right = (j - k) % 5 != 0
            rows.append((s, f"x{k}", truth if right else f"{s}-err{k}"))
        copied = f"false{k}" if k % 2 else truth
        for s in ("c0", "c1", "c2", "c3"):
            rows.append((s, f"x{k}", copied))
    return rows


def test_accucopy_beats_vote_when_copiers_repeat_a_false_value() -> None:
    rows = _copiers()
    vote = fuse(rows, method="vote")
    copy = fuse(rows, method="accucopy")
    odd = [f"x{k}" for k in range(12) if k % 2]
    assert all(vote[i].value.startswith("false") for i in odd)
    assert all(copy[i].value == f"t{i[1:]}" for i in odd)
    pairs = {(a, b) for a, b, p in copy.copying if p > 0.9}
    assert {("c0", "c1"), ("c1", "c2"), ("c2", "c3")} <= pairs
    assert not any(a.startswith("i") and b.startswith("i") for a, b in pairs)


def test_value_similarity_gives_partial_votes() -> None:
    rows = [("a", "x", "100"), ("b", "x", "101"), ("c", "x", "500"), ("d", "x", "500"), ("e", "x", "99.5")]
    rows += [("f", "x", "100.5")]
    rows += [("c", "x", "500")]  # a repeated row from one source is one vote
    assert fuse(rows, method="vote", similarity=False)["x"].value == "500"
    for method in ("vote", "truthfinder", "accu"):
        assert fuse(rows, method=method)["x"].value in {"100", "101", "99.5", "100.5"}, method


def test_custom_normalizer_and_similarity() -> None:
    rows = [("a", "x", "Knuth, Donald"), ("b", "x", "Donald Knuth"), ("c", "x", "D. Smith")]
    from claimcheck.fusion.names import author_list_similarity, normalize_author_list

    result = fuse(rows, normalize=normalize_author_list, similarity=author_list_similarity)
    assert result["x"].support == ("a", "b")


records = st.lists(
    st.tuples(
        st.sampled_from(["s1", "s2", "s3", "s4", "s5"]),
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(
            [
                "1",
                "1,000",
                "1000",
                "2",
                "x",
                "y",
                "",
                "Not Available",
                "2022-02-22",
                "22 Feb 2022",
                "2:07 PM",
                "12/1/11 2:07 PM (-05:00)",
                "Dec 01 - 2:07pm",
                "12/2/2011 2:07PM CST",
                "Gate K7",
                "K7",
            ]
        ),
    ),
    min_size=1,
    max_size=30,
)


@pytest.mark.parametrize("method", METHODS)
@given(rows=records, seed=st.randoms(use_true_random=False))
def test_order_independent_bounded_deterministic(
    method: str, rows: list[tuple[str, str, str]], seed: Any
) -> None:
    shuffled = list(rows)
    seed.shuffle(shuffled)
    a = fuse(rows, method=method)
    b = fuse(shuffled, method=method)
    c = fuse(rows, method=method)

    def view(r: FusionResult) -> dict[Hashable, Any]:
        return {
            i: (res.value if res.value not in ("1000",) else "1,000", round(res.confidence, 9), res.support)
            for i, res in r.items()
        }

    assert view(a) == view(c)
    assert {i: (round(r.confidence, 9), r.support) for i, r in a.items()} == {
        i: (round(r.confidence, 9), r.support) for i, r in b.items()
    }
    assert {i: r.value for i, r in a.items()} == {i: r.value for i, r in b.items()}
    for res in a.values():
        assert 0.0 <= res.confidence <= 1.0
        assert all(0.0 <= p <= 1.0 for _, p in res.alternatives)
    assert all(0.0 <= x <= 1.0 for x in a.source_accuracy.values())


@pytest.mark.parametrize("method", METHODS)
def test_empty_and_all_missing(method: str) -> None:
    assert len(fuse([], method=method)) == 0
    result = fuse([("a", "x", ""), ("b", "y", 3)], method=method)
    assert list(result) == ["y"]  # an item with no value at all has no result
    assert result.to_rows() == (("y", 3, result["y"].confidence, ("b",)),)
    assert result.values_by_item() == {"y": 3}


def test_equal_forms_of_different_types_are_chosen_whatever_the_order() -> None:
    rows = [("a", "x", 1200), ("b", "x", "1200")]
    assert fuse(rows)["x"].value == fuse(rows[::-1])["x"].value


def test_a_missing_item_is_a_claimcheck_key_error() -> None:
    from claimcheck.errors import ClaimcheckError
    from claimcheck.fusion import ItemNotFoundError

    result = fuse([("a", "x", 1)], method="vote")
    with pytest.raises(ItemNotFoundError) as info:
        result["y"]
    assert isinstance(info.value, ClaimcheckError) and isinstance(info.value, KeyError)
    assert str(info.value) == "No item 'y' in the fused records (1 items)."
    assert result.get("y") is None and "y" not in result
