"""The Dask engine gives the local pipeline's report, byte for byte, on a two-worker local cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimcheck as cc
from claimcheck.output.export import to_json
from test_parallel import corpus_module

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from claimcheck.runners import dask as ccdask  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_examples_identical_on_dask(examples_dir: Path, client: Any) -> None:
    local = to_json(cc.check(examples_dir, workers=0))
    assert to_json(cc.check(examples_dir, engine="dask", client=client)) == local
    assert to_json(ccdask.check(examples_dir, client=client, npartitions=5)) == local


def test_generated_5k_corpus_identical_on_dask(tmp_path: Path, client: Any) -> None:
    corpus = corpus_module()
    # small articles (one or two facts each) keep the test fast; the stages are the same
    records = corpus.news(5000, seed=5, filler=(0, 1), facts=(1, 2), dateline=False)
    corpus.write_news(tmp_path, records, fmt="jsonl", shard=1000)
    sources = cc.load(tmp_path)
    assert len(sources) == 5000
    local = cc.check(tmp_path, workers=0)
    remote = ccdask.check_sources(sources, client=client)
    assert len(local.facts) > 100 and any(f.conflicting for f in local.facts)
    assert to_json(remote) == to_json(local)


def test_local_scheduler_without_client(examples_dir: Path) -> None:
    sources = cc.load(examples_dir)
    assert ccdask.extract(sources, npartitions=3) == cc.extract(sources)
    linkage = cc.link(cc.extract(sources))
    assert ccdask.link(cc.extract(sources), npartitions=3) == linkage
    assert to_json(ccdask.score(linkage, npartitions=4)) == to_json(cc.score(linkage))
