"""Public holidays from the `holidays` package, remembered on disk between runs.

Importing the package costs ~60 ms on every run — a third of res-plan's start-up in CI and
pre-commit. The package's answers are kept per country and year in the user's cache folder,
under a key that changes whenever the installed package does, so they are never stale.
Set RES_PLAN_NO_CACHE=1 to bypass it; any cache trouble falls back to the package.

This is the I/O side of the calendar: the pipeline asks `HolidaySources` for a country's
holidays and hands them to the core, which reads no files and no environment.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from res_plan.workdays import HolidaySource, no_holidays

Lookup = Callable[[int], Mapping[date, str]]


def cache_dir() -> Path:
    if os.environ.get("RES_PLAN_CACHE_DIR"):
        return Path(os.environ["RES_PLAN_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "res-plan"


def package_key() -> str | None:
    """Identifies the installed holidays package (its location, size and modification time)."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    parts = []
    for name in ("__init__.py", "version.py", "countries/netherlands.py"):
        try:
            info = (root / name).stat()
        except OSError:
            return None
        parts.append(f"{root / name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


class CachedHolidays:
    """year -> {date: name}, from the cache file or else from `compute` (then stored)."""

    def __init__(self, code: str, compute: Lookup) -> None:
        self.compute = compute
        self.years: dict[str, list[list[str]]] = {}
        self.path: Path | None = None
        if os.environ.get("RES_PLAN_NO_CACHE"):
            return
        key = package_key()
        if key is None:
            return
        self.path = cache_dir() / f"holidays-{code.upper()}-{key}.json"
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.years = loaded
        except (OSError, ValueError):
            pass

    def __call__(self, year: int) -> dict[date, str]:
        entry = self.years.get(str(year))
        if entry is not None:
            try:
                return {date.fromisoformat(day): name for day, name in entry}
            except (TypeError, ValueError):
                pass  # a damaged entry: ask the package again
        found = dict(self.compute(year))
        self.years[str(year)] = [[day.isoformat(), str(name)] for day, name in sorted(found.items())]
        self._save()
        return found

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".holidays-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.years, fh, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            self.path = None  # read-only home or full disk: carry on without the cache


def holiday_source(code: str) -> HolidaySource:
    """Public holidays of a country as the `holidays` package lists them; ValueError if unknown."""
    if code.lower() == "none":
        return no_holidays
    if code.upper() == "NL":
        # The package is imported only when the cache lacks a year.
        return CachedHolidays("NL", lambda year: dutch_holidays_class()(years=year))
    import holidays

    try:
        holidays.country_holidays(code)
    except NotImplementedError:
        raise ValueError(code) from None
    return CachedHolidays(code, lambda year: holidays.country_holidays(code, years=year))


@cache
def dutch_holidays_class() -> Any:
    """The `holidays` package's Netherlands class, loaded on its own.

    Importing it by name runs `holidays.countries/__init__`, which imports all 250 country
    modules (~0.2 s on every run); the Dutch module itself needs only the package core.
    """
    import holidays

    path = Path(holidays.__file__).parent / "countries" / "netherlands.py"
    spec = importlib.util.spec_from_file_location("res_plan._holidays_nl", path)
    if spec is None or spec.loader is None:  # pragma: no cover - a changed package layout
        from holidays.countries.netherlands import Netherlands

        return Netherlands
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Netherlands


class HolidaySources:
    """Country code -> public holidays, each country's cache file opened once per process
    (a folder of plans shares one), not once per plan."""

    def __init__(self, find: Callable[[str], HolidaySource] = holiday_source) -> None:
        self._find = find
        self._found: dict[str, HolidaySource | None] = {}

    def get(self, code: str) -> HolidaySource | None:
        """The holidays of `code`, or None when no country has that code."""
        key = code.upper()
        if key not in self._found:
            try:
                self._found[key] = self._find(code)
            except ValueError:
                self._found[key] = None
        return self._found[key]
