"""The on-disk holiday cache gives exactly the holidays package's answers, and survives damage."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from res_plan.holiday_cache import dutch_holidays_class, holiday_source


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RES_PLAN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RES_PLAN_NO_CACHE", raising=False)
    return tmp_path


def test_cached_years_equal_the_package(cache: Path) -> None:
    first = holiday_source("NL")
    years = range(2019, 2031)
    computed = {y: dict(first(y)) for y in years}
    [stored] = list(cache.glob("holidays-NL-*.json"))
    again = holiday_source("NL")  # a new run reads the file
    for year in years:
        package = dict(dutch_holidays_class()(years=year))
        assert computed[year] == package == dict(again(year))
    assert date(2025, 5, 5) in computed[2025] and date(2024, 5, 5) not in computed[2024]
    assert set(json.loads(stored.read_text(encoding="utf-8"))) == {str(y) for y in years}


def test_a_damaged_cache_is_ignored(cache: Path) -> None:
    holiday_source("NL")(2024)
    [stored] = list(cache.glob("holidays-NL-*.json"))
    stored.write_text('{"2024": [["not a date", 1]]', encoding="utf-8")  # truncated JSON
    assert date(2024, 12, 25) in holiday_source("NL")(2024)
    stored.write_text('{"2024": [["not a date", "x"]]}', encoding="utf-8")
    assert date(2024, 12, 25) in holiday_source("NL")(2024)


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("RES_PLAN_CACHE_DIR", str(blocker / "sub"))  # a folder below a file
    assert date(2024, 4, 27) in holiday_source("NL")(2024)


def test_other_countries_and_none(cache: Path) -> None:
    assert date(2024, 7, 21) in holiday_source("BE")(2024)  # Belgian national day
    assert dict(holiday_source("none")(2024)) == {}
    with pytest.raises(ValueError):
        holiday_source("XX")
