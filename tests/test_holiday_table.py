"""The shipped Dutch holiday table is what the `holidays` package computes, and is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from res_plan import holiday_table
from res_plan.holiday_cache import dutch_holidays_class
from res_plan.holiday_table import TABLE, shipped_first, shipped_years

REPO = Path(__file__).resolve().parent.parent


def test_table_equals_the_package() -> None:
    years = shipped_years()
    assert years, "the installed holidays package has other Dutch rules: run scripts/gen_holidays.py"
    nl = dutch_holidays_class()
    for year, entry in years.items():
        assert {date.fromisoformat(d): n for d, n in entry} == dict(nl(years=int(year)))
    assert {"2024", "2035"} <= set(years)
    assert json.loads(TABLE.read_text(encoding="utf-8"))["rules"] == holiday_table.rules_digest()


def test_generator_has_no_drift() -> None:
    done = subprocess.run([sys.executable, "scripts/gen_holidays.py", "--check"], cwd=REPO)
    assert done.returncode == 0


def _run_with_cache(cache: Path, year: int) -> None:
    code = ("from datetime import date; from res_plan.holiday_table import shipped_first; "
            f"assert date({year}, 12, 25) in shipped_first('NL')({year})")
    env = {**os.environ, "RES_PLAN_CACHE_DIR": str(cache)}
    env.pop("RES_PLAN_NO_CACHE", None)
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_a_fresh_runner_writes_no_cache(tmp_path: Path) -> None:
    # whole processes: the cache writes the years it computed when the run ends
    _run_with_cache(tmp_path, 2025)
    assert not list(tmp_path.iterdir()), "a year of the shipped table went through the cache"
    _run_with_cache(tmp_path, 1990)  # outside the table: the package, through the cache
    assert list(tmp_path.glob("holidays-NL-*.json"))


def test_other_rules_fall_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(holiday_table, "rules_digest", lambda: "changed")
    shipped_years.cache_clear()
    try:
        assert shipped_years() == {}
        assert date(2025, 12, 25) in shipped_first("NL")(2025)
    finally:
        shipped_years.cache_clear()
