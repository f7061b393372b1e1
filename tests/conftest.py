"""Test-wide settings: the holiday cache lives in a temporary folder, never in the home folder;
hypothesis draws the same examples on every run."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

# The same examples on every run, so that a fresh clone's suite cannot fail by the luck of the
# draw; `HYPOTHESIS_PROFILE=explore pytest` draws new ones to hunt for bugs.
settings.register_profile("stable", derandomize=True, database=None)
settings.register_profile("explore")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "stable"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    old = os.environ.get("RES_PLAN_CACHE_DIR")
    os.environ["RES_PLAN_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("RES_PLAN_CACHE_DIR", None)
    else:
        os.environ["RES_PLAN_CACHE_DIR"] = old
