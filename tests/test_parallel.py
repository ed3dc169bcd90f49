"""Parallel extraction gives the same report, byte for byte, as extraction in one process."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.cli import main
from claimcheck.model import Source
from claimcheck.output.export import to_json
from claimcheck.runners.processes import auto_workers, extract_parallel
from strategies import news_text

ROOT = Path(__file__).resolve().parent.parent


def corpus_module() -> ModuleType:
    """``benchmarks/corpus.py`` (the seeded news generator), imported by path."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def news_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = corpus_module()
    folder = tmp_path_factory.mktemp("news")
    corpus.write_news(folder, corpus.news(120, seed=11), fmt="jsonl", shard=50)
    return folder


def test_examples_identical_with_two_workers(examples_dir: Path) -> None:
    one = to_json(cc.check(examples_dir, workers=0))
    two = to_json(cc.check(examples_dir, workers=2))
    assert one == two


def test_generated_corpus_identical_with_two_workers(news_folder: Path) -> None:
    sources = cc.load(news_folder)
    assert len(sources) == 120
    serial = cc.extract(sources)
    assert extract_parallel(sources, workers=2) == serial
    assert extract_parallel(sources, workers=2, chunk_size=7) == serial
    assert to_json(cc.check(news_folder, workers=0)) == to_json(cc.check(news_folder, workers=2))


def test_claim_cap_warnings_come_back_from_workers(news_folder: Path) -> None:
    sources = cc.load(news_folder)[:20]
    serial = cc.extract(sources, max_claims_per_source=2)
    assert any("claim limit" in w for s in serial.sources for w in s.warnings)
    assert extract_parallel(sources, workers=2, max_claims_per_source=2, chunk_size=3) == serial


@settings(max_examples=25)
@given(texts=st.lists(news_text(), min_size=1, max_size=6), size=st.integers(1, 4))
def test_chunked_extraction_equals_extract(texts: list[str], size: int) -> None:
    sources = [Source(f"s{i}", t) for i, t in enumerate(reversed(texts))]
    assert extract_parallel(sources, workers=0, chunk_size=size) == cc.extract(sources)


def test_automatic_workers() -> None:
    small = [Source(f"s{i}", "Officials said 263 agreements were signed.") for i in range(50)]
    assert auto_workers(small, None) == 0
    assert auto_workers(small, 3) == 3
    with pytest.raises(ValueError, match="workers must be >= 0"):
        auto_workers(small, -1)


def test_progress_is_silent_when_not_a_terminal(
    news_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cc.check(news_folder, workers=0, progress=True)
    assert capsys.readouterr().err == ""


def test_cli_workers_option(examples_dir: Path) -> None:
    outs = []
    for workers in ("0", "2"):
        out = io.StringIO()
        code = main(["export", str(examples_dir), "--format", "json", "--workers", workers], stdout=out)
        assert code == 0
        outs.append(out.getvalue())
    assert outs[0] == outs[1]
    assert '"claims"' in outs[0]


def test_unknown_engine() -> None:
    with pytest.raises(ValueError, match="engine must be"):
        cc.check(["Officials said 263 agreements were signed."], engine="spark")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_in_a_terminal(news_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.pipeline import extract_sources

    fake = _Terminal()
    monkeypatch.setattr(sys, "stderr", fake)
    sources = cc.load(news_folder)
    assert extract_sources(sources, workers=0, progress=True) == cc.extract(sources)
    assert "extracting" in fake.getvalue()


def test_spawned_workers_get_their_chunks(news_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    from claimcheck.runners import processes as parallel

    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    sources = cc.load(news_folder)[:12]
    assert extract_parallel(sources, workers=2, chunk_size=5) == cc.extract(sources)
