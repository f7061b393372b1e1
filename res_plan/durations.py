"""Durations as written in plan files: ``N`` plus a unit (SPEC §3.2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from res_plan.messages import Message, quote

Unit = Literal["wd", "d", "w", "m"]

DURATION_RE = re.compile(r"^(\d+)(wd|d|w|m)$")
# Far beyond any real procedure; keeps date arithmetic away from year 9999.
MAX_DAYS = 100 * 366
_UNIT_DAYS = {"wd": 1, "d": 1, "w": 7, "m": 31}


class DurationError(ValueError):
    """A duration that cannot be read; its message says how to write it."""

    def __init__(self, key: str, **params: str) -> None:
        self.wording = Message(key, params)
        super().__init__(self.wording.english)


@dataclass(frozen=True, slots=True)
class Duration:
    n: int
    unit: Unit

    def __str__(self) -> str:
        return f"{self.n}{self.unit}"

    @property
    def is_zero(self) -> bool:
        return self.n == 0


ZERO = Duration(0, "d")


def parse_duration(value: object) -> Duration:
    """Read ``4w``, ``10wd``, ``3d`` or ``2m``; reject everything else with a hint."""
    if isinstance(value, Duration):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise DurationError("duration-expected", value=quote(value, 40))
    if isinstance(value, str):
        return _parse_text(value)
    raise DurationError("duration-no-unit", value=str(value))


@lru_cache(maxsize=4096)  # a plan repeats a handful of durations thousands of times
def _parse_text(text: str) -> Duration:
    match = DURATION_RE.match(text)
    if match is None:
        stripped = text.replace(" ", "")
        if stripped != text and DURATION_RE.match(stripped):
            raise DurationError("duration-space", value=text, fixed=stripped)
        if text.startswith("-"):
            raise DurationError("duration-negative", value=f"'{text}'")
        if re.fullmatch(r"\d+", text):
            raise DurationError("duration-no-unit", value=text)
        raise DurationError("duration-not", value=text)
    n, unit = int(match.group(1)), match.group(2)
    if n * _UNIT_DAYS[unit] > MAX_DAYS:
        raise DurationError("duration-too-long", value=text)
    return Duration(n, unit)  # type: ignore[arg-type]

