"""Shared fixtures and the hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
DEVSETS = SHARED / "devsets"
FUSION = SHARED / "fusion"
EXAMPLES = ROOT / "examples"

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=100, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("fuzz", max_examples=10_000, deadline=None, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of the five real seed articles (skips when ../shared is absent)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def seed_sources(seeds_dir: Path):
    """The seeds loaded once, as a dict: file stem prefix ('000'...'004') -> Source."""
    import claimcheck as cc

    sources = cc.load(seeds_dir)
    return {Path(s.path).name[:3]: s for s in sources if s.path}


@pytest.fixture(scope="session")
def seed_report(seeds_dir: Path):
    """The whole pipeline run once over the seeds."""
    import claimcheck as cc

    return cc.check(seeds_dir)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The bundled example corpus."""
    return EXAMPLES / "declaration"
