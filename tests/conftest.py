"""Test-wide settings: the holiday cache lives in a temporary folder, never in the home folder."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    old = os.environ.get("RES_PLAN_CACHE_DIR")
    os.environ["RES_PLAN_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("RES_PLAN_CACHE_DIR", None)
    else:
        os.environ["RES_PLAN_CACHE_DIR"] = old
