"""Linking and scoring pause the cyclic collector and give it back as they found it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import claimcheck as cc
from claimcheck._gc import gc_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_restored_after_a_run(examples_dir: Path, enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        cc.check(examples_dir, workers=0)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_the_collector_is_restored_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
