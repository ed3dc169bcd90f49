"""No stage is quadratic: operation counts at n and 10n claims or sources grow at most 12x.

Counting operations (pairs compared, pairs of sources sharing a shingle, value keys computed)
instead of timing keeps the test exact on a busy machine. Every corpus here has a vocabulary
that does not grow with its size, so blocks and shingle postings grow with it: an all-pairs
step would show as about 100x. The caps that bound the work (``max_block``/``window`` in
linking, ``max_postings`` in copy detection) are set small so both sizes are past them; below
a cap the work is all-pairs by design (a block of up to 200 claims is compared in full).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from claimcheck.linking._link import link
from claimcheck.linking.provenance import detect_copies
from claimcheck.model import Claim, DateValue, Extraction, Quantity, Source, Span, content_id
from claimcheck.scoring._score import score

# the package re-exports the functions link and score under the modules' names
link_module = importlib.import_module("claimcheck.linking._link")
paraphrase_module = importlib.import_module("claimcheck.linking.paraphrases")
provenance_module = importlib.import_module("claimcheck.linking.provenance")
score_module = importlib.import_module("claimcheck.scoring._score")

NOUNS = ["agreements", "visits", "schools", "flights", "contracts"]


def corpus(n_sources: int) -> Extraction:
    """``n_sources`` sources of six claims over a fixed vocabulary (so blocks grow with the corpus)."""
    sources, claims = [], []
    for s in range(n_sources):
        sid = f"s{s:06d}"
        words = " ".join(f"w{(s * 7 + i) % 997}" for i in range(40))
        sources.append(Source(sid, words, outlet=f"Outlet {s % 13}", published=dt.date(2024, 1, 1 + s % 28)))
        for i in range(6):
            sp = Span(sid, i, i + 1)
            noun = NOUNS[(s + i) % len(NOUNS)]
            if i % 3 == 2:
                value: Quantity | DateValue = DateValue(2022, 2, 20 + (s + i) % 3)
                claims.append(Claim(content_id("c", sid, i), "date", f"sign {noun}", value, sp, sp))
            else:
                value = Quantity(100 + (s * i) % 4)
                claims.append(Claim(content_id("c", sid, i), "count", noun, value, sp, sp, detail=noun))
    return Extraction(tuple(sources), tuple(claims))


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> Counter[str]:
    """Wrap ``module.name`` so each call is counted."""
    calls: Counter[str] = Counter()
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls[name] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


def test_linking_compares_a_linear_number_of_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counting(monkeypatch, link_module, "same_fact")
    counts = []
    for n in (60, 600):
        calls.clear()
        # small caps, so both sizes are past them: blocks above max_block are windowed
        link(corpus(n), provenance=False, max_block=20, window=5)
        counts.append(calls["same_fact"])
    assert counts[0] > 0
    # 10x the claims: linear is ~10x the comparisons (the block windows vary with hash order),
    # all-pairs would be ~100x
    assert counts[1] <= 20 * counts[0], counts


def test_copy_detection_counts_a_linear_number_of_shared_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    increments: Counter[str] = Counter()

    class CountingCounter(Counter[Any]):
        def __setitem__(self, key: Any, value: int) -> None:
            increments["pairs"] += 1
            super().__setitem__(key, value)

    monkeypatch.setattr(provenance_module, "Counter", CountingCounter)
    counts = []
    for n in (80, 800):
        increments.clear()
        # shingles in more than max_postings sources are skipped: both sizes are past the cap
        detect_copies(corpus(n).sources, max_postings=5)
        counts.append(increments["pairs"])
    assert counts[0] > 0
    assert counts[1] <= 12 * counts[0], counts


def test_scoring_work_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    linkages = [link(corpus(n), provenance=True) for n in (60, 600)]
    calls = counting(monkeypatch, score_module, "value_key")
    votes = counting(monkeypatch, score_module, "vote")
    counts = []
    for linkage in linkages:
        calls.clear()
        votes.clear()
        score(linkage)
        counts.append(calls["value_key"] + votes["vote"])
    assert counts[0] > 0
    assert counts[1] <= 12 * counts[0], counts


def article_corpus(n_sources: int) -> tuple[tuple[Source, ...], tuple[Claim, ...]]:
    """Sources quoting a provision (article claim) and restating one without a number.

    Words ``k0``..``k39`` are each in one source in forty: rare enough to count as evidence
    under a cap relative to the corpus (a tenth of the sentences), while their postings grow
    with the corpus.
    """
    from claimcheck.model import ArticleRef

    sources, claims = [], []
    for s in range(n_sources):
        sid = f"s{s:06d}"
        k = f"k{s % 40} k{(s + 1) % 40} k{(s + 2) % 40} k{(s + 3) % 40}"
        provision = f"obliges each party to share {k} data every month"
        text = f"The council met on Monday. Each party must share {k} data monthly. Article 5 {provision}."
        sources.append(Source(sid, text))
        start = text.index("Article 5")
        sp = Span(sid, start, len(text))
        ref = ArticleRef("5", "Water Accord", provision)
        claims.append(Claim(content_id("c", sid, "a5"), "article", "article 5", ref, sp, sp))
    return tuple(sources), tuple(claims)


def test_paraphrase_search_counts_a_linear_number_of_postings(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: Counter[str] = Counter()

    class CountingCounter(Counter[Any]):
        def update(self, iterable: Any = None, /, **kwds: Any) -> None:
            items = list(iterable or ())
            looked_up["postings"] += len(items)
            super().update(items, **kwds)

    monkeypatch.setattr(paraphrase_module, "Counter", CountingCounter)
    counts = []
    for n in (200, 2000):
        looked_up.clear()
        paraphrase_module.paraphrase_claims(*article_corpus(n), max_postings=20)
        counts.append(looked_up["postings"])
    assert counts[0] > 0
    assert counts[1] <= 12 * counts[0], counts
