"""What an rrule may say before dateutil reads it, and an expansion bounded by the horizon.

dateutil fills a partial date (`UNTIL=2024`, `EXDATE:2024`) from the system clock, lets a
`DTSTART` line override `from:`, reads `BYMONTHDAY=0` as every day, and scans to the year 9999
for a rule whose parts never meet. Each of these is refused here or cut off at the plan's last
year, so that a schedule never depends on the day it is computed.
"""

from __future__ import annotations

import datetime
import re
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from res_plan.messages import Message

_FULL_DATE = re.compile(r"^\d{8}(T\d{6}Z?)?$")
_ORDINAL_DAY = re.compile(r"^([+-]?\d+)(MO|TU|WE|TH|FR|SA|SU)$")
_DATE_LINES = ("RDATE", "EXDATE")
_RULE_LINES = ("RRULE", "EXRULE")
# Easter falls on day 80 to 116 of its year: an offset must keep the day inside the year.
_EASTER_RANGE = (-79, 248)


def refusal(rule: str) -> Message | None:
    """Why the rule is refused before it is expanded, or None."""
    for line in rule.upper().replace("\r", "\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        name, _, value = line.partition(":") if ":" in line else ("RRULE", "", line)
        name = name.split(";")[0]
        if name == "DTSTART" or "DTSTART" in value:
            return Message("rrule-dtstart", {"rule": rule})
        if name in _DATE_LINES:
            if any(not _FULL_DATE.match(v) for v in value.split(",")):
                return Message("rrule-partial-date", {"rule": rule, "part": name})
        elif name in _RULE_LINES:
            found = _part_refusal(rule, value)
            if found is not None:
                return found
    return None


def _part_refusal(rule: str, value: str) -> Message | None:
    parts = dict(p.partition("=")[::2] for p in value.split(";") if p)
    until = parts.get("UNTIL")
    if until is not None and not _FULL_DATE.match(until):
        return Message("rrule-partial-until", {"rule": rule, "until": until})
    if "0" in parts.get("BYMONTHDAY", "").split(","):
        return Message("rrule-bymonthday-zero", {"rule": rule})
    most = 5 if parts.get("FREQ") == "MONTHLY" else 53
    for day in parts.get("BYDAY", "").split(","):
        match = _ORDINAL_DAY.match(day)
        if match and not 1 <= abs(int(match.group(1))) <= most:
            return Message("rrule-bad-ordinal", {"rule": rule, "day": day, "most": str(most)})
    for offset in parts.get("BYEASTER", "").split(","):
        if offset.lstrip("+-").isdigit() and not _EASTER_RANGE[0] <= int(offset) <= _EASTER_RANGE[1]:
            return Message("rrule-bad-easter", {"rule": rule, "offset": offset})
    return None


class _CappedDatetime(types.ModuleType):
    """The datetime module with a smaller MAXYEAR: the only place dateutil's scan stops."""

    def __init__(self, last_year: int) -> None:
        super().__init__("datetime")
        self.MAXYEAR = last_year

    def __getattr__(self, name: str) -> Any:
        return getattr(datetime, name)


def probe_years(rule: str) -> int:
    """Years within which a useful rule yields its first date: every kind of calendar year
    (leap or not, starting on each weekday) comes round within 40 years, at any interval."""
    intervals = [int(n) for n in re.findall(r"INTERVAL=(\d+)", rule.upper())]
    return PROBE_YEARS * max([1, *intervals])


PROBE_YEARS = 40


@contextmanager
def years_up_to(last_year: int) -> Iterator[_CappedDatetime]:
    """dateutil's rrules end after `last_year` (changeable while they run), also those that
    never yield a date."""
    from dateutil import rrule

    capped = _CappedDatetime(last_year)
    rrule.datetime = capped  # type: ignore[attr-defined]
    try:
        yield capped
    finally:
        rrule.datetime = datetime  # type: ignore[attr-defined]
