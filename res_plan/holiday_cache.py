"""Public holidays from the `holidays` package, remembered on disk between runs.

Importing the package costs ~60 ms on every run — a third of res-plan's start-up in CI and
pre-commit. The package's answers are kept per country and year in the user's cache folder,
under a key that changes whenever the installed package does, so they are never stale.
Set RES_PLAN_NO_CACHE=1 to bypass it; any cache trouble falls back to the package.

This is the I/O side of the calendar: the pipeline asks `HolidaySources` for a country's
holidays and hands them to the core, which reads no files and no environment.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import json
import os
import stat
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
        self.years = _read_checked(self.path)
        self._dirty = False

    def __call__(self, year: int) -> dict[date, str]:
        entry = self.years.get(str(year))
        if entry is not None:
            try:
                return {date.fromisoformat(day): name for day, name in entry}
            except (TypeError, ValueError):
                pass  # a damaged entry: ask the package again
        found = dict(self.compute(year))
        self.years[str(year)] = [[day.isoformat(), str(name)] for day, name in sorted(found.items())]
        if self.path is not None and not self._dirty:
            # The missing years of a run are written together when it ends, not once per year.
            self._dirty = True
            atexit.register(self.save)
        return found

    def save(self) -> None:
        if self.path is None or not self._dirty:
            return
        self._dirty = False
        body = json.dumps(self.years, sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".holidays-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"check": _digest(body), "years": self.years}, fh, sort_keys=True)
            os.replace(tmp, self.path)
        except OSError:
            self.path = None  # read-only home or full disk: carry on without the cache


MAX_CACHE_BYTES = 4 * 1024 * 1024  # 500 years of a country's holidays take about 0.3 MB


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def _read_checked(path: Path) -> dict[str, list[list[str]]]:
    """The cached years if the file is a regular file of sane size whose checksum holds, else
    nothing (the package is asked again): a FIFO, /dev/zero, a truncated or edited file or
    100,000 levels of nesting cannot hang the run or change a schedule."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return {}
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return {}
        with os.fdopen(fd, "rb", closefd=False) as fh:
            loaded = json.loads(fh.read(MAX_CACHE_BYTES + 1).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    finally:
        os.close(fd)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("years"), dict):
        return {}
    years: dict[str, list[list[str]]] = loaded["years"]
    return years if loaded.get("check") == _digest(json.dumps(years, sort_keys=True)) else {}


def holiday_source(code: str) -> HolidaySource:
    """Public holidays of a country as the `holidays` package lists them; ValueError if unknown."""
    if code.lower() == "none":
        return no_holidays
    if code.upper() == "NL":
        # The package is imported only when the cache lacks a year.
        return CachedHolidays("NL", lambda year: dutch_holidays_class()(years=year))
    # Only a country code: other names of the package (`utils`, `HolidayBase`,
    # `financial_holidays`) are no country and would fail or give no holidays at all.
    if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
        raise ValueError(code)
    import holidays

    if code.upper() not in holidays.list_supported_countries():
        raise ValueError(code)
    try:
        holidays.country_holidays(code.upper())
    except NotImplementedError:
        raise ValueError(code) from None
    code = code.upper()
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
