"""The on-disk holiday cache gives exactly the holidays package's answers, and survives damage."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from res_plan.holiday_cache import CachedHolidays, dutch_holidays_class, holiday_source


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RES_PLAN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RES_PLAN_NO_CACHE", raising=False)
    return tmp_path


def test_cached_years_equal_the_package(cache: Path) -> None:
    first = holiday_source("NL")
    years = range(2019, 2031)
    computed = {y: dict(first(y)) for y in years}
    assert isinstance(first, CachedHolidays)
    first.save()  # else when the run ends
    [stored] = list(cache.glob("holidays-NL-*.json"))
    again = holiday_source("NL")  # a new run reads the file
    for year in years:
        package = dict(dutch_holidays_class()(years=year))
        assert computed[year] == package == dict(again(year))
    assert date(2025, 5, 5) in computed[2025] and date(2024, 5, 5) not in computed[2024]
    assert set(json.loads(stored.read_text(encoding="utf-8"))["years"]) == {str(y) for y in years}


def _saved(year: int) -> None:
    source = holiday_source("NL")
    source(year)
    assert isinstance(source, CachedHolidays)
    source.save()


def test_a_damaged_cache_is_ignored(cache: Path) -> None:
    _saved(2024)
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


def test_an_edited_cache_is_not_trusted(cache: Path) -> None:
    """An emptied year would make every holiday a working day: the checksum catches it."""
    _saved(2024)
    [stored] = list(cache.glob("holidays-NL-*.json"))
    data = json.loads(stored.read_text(encoding="utf-8"))
    data["years"]["2024"] = []
    stored.write_text(json.dumps(data), encoding="utf-8")
    assert date(2024, 12, 25) in holiday_source("NL")(2024)


@pytest.mark.parametrize("kind", ["fifo", "deep"])
def test_a_cache_that_is_a_fifo_or_deeply_nested_is_skipped(cache: Path, kind: str) -> None:
    _saved(2024)
    [stored] = list(cache.glob("holidays-NL-*.json"))
    stored.unlink()
    if kind == "fifo":
        os.mkfifo(stored)  # reading it would block for ever
    else:
        stored.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert date(2024, 12, 25) in holiday_source("NL")(2024)


def test_a_cold_cache_is_written_once(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[str] = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (writes.append(str(b)), real(a, b)))
    source = holiday_source("NL")
    for year in range(1900, 2400):
        source(year)
    assert isinstance(source, CachedHolidays)
    source.save()
    source.save()
    assert len(writes) == 1
