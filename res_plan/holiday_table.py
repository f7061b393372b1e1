"""Dutch public holidays shipped with the package, so a fresh CI runner computes none.

`res_plan/data/holidays-nl.json` holds what the `holidays` package lists for the Netherlands
in the years plans use (scripts/gen_holidays.py writes it; a test checks it against the
package). It is trusted only while the installed package's Dutch rules are the ones it was
made from (a digest of their source files); otherwise, and for other years and countries,
the answers come from holiday_cache as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

from res_plan.holiday_cache import holiday_source
from res_plan.workdays import HolidaySource

TABLE = Path(__file__).parent / "data" / "holidays-nl.json"
# The files of the `holidays` package that decide the Dutch holidays and their names.
RULES = ("countries/netherlands.py", "groups/christian.py", "groups/international.py")


def rules_digest() -> str | None:
    """A digest of the installed package's Dutch rules, read without importing it."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    digest = hashlib.sha256()
    try:
        for name in RULES:
            digest.update((root / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:16]


@cache
def shipped_years() -> dict[str, list[list[str]]]:
    """year -> [[iso day, name], …], or nothing when the installed package differs."""
    try:
        data = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("rules") != rules_digest():
        return {}
    years = data.get("years")
    return years if isinstance(years, dict) else {}


def shipped_first(code: str) -> HolidaySource:
    """`holiday_source(code)`, with the Dutch years of the shipped table answered from it."""
    if code.upper() != "NL":
        return holiday_source(code)
    fallback: list[HolidaySource] = []
    read: dict[int, dict[date, str]] = {}  # a year's holidays are asked for once per meeting date

    def source(year: int) -> Iterable[date]:
        if year in read:
            return read[year]
        entry = shipped_years().get(str(year))
        if entry is not None:
            found = read[year] = {date.fromisoformat(day): name for day, name in entry}
            return found
        if not fallback:  # the cache file is opened only for a year the table lacks
            fallback.append(holiday_source("NL"))
        return fallback[0](year)

    return source
