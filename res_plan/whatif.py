"""What-if: how far each date moved against the baseline, and what became late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from res_plan.checker import PlanResult
from res_plan.durations import Duration, DurationError, parse_duration


@dataclass(frozen=True)
class Move:
    earliest_wd: int | None  # working days later (+) or earlier (−); None if a date is missing
    latest_wd: int | None
    newly_late: bool

    @property
    def moved(self) -> bool:
        return bool(self.earliest_wd) or bool(self.latest_wd) or self.newly_late


def parse_delay(text: str) -> tuple[str, Duration]:
    """`ID=DURATION` as given to --delay; ValueError with a hint otherwise."""
    ref, sep, dur = text.partition("=")
    if not sep or not ref.strip():
        raise ValueError(f"'{text}' is not ID=DURATION, e.g. herijking@ede.besluit=4w")
    try:
        return ref.strip(), parse_duration(dur.strip())
    except DurationError as exc:
        raise ValueError(str(exc)) from None


def moves(result: PlanResult) -> dict[str, Move]:
    """Per decision id, its move against result.baseline (empty without a baseline)."""
    if result.baseline is None or result.network is None:
        return {}
    wd = result.network.calendar.workdays
    before = {row.id: row for row in result.baseline.decisions}

    def shift(old: str | None, new: str | None) -> int | None:
        if old is None or new is None:
            return None if old != new else 0
        return wd.slack(date.fromisoformat(old).toordinal(), date.fromisoformat(new).toordinal())

    out = {}
    for row in result.decisions:
        old = before.get(row.id)
        if old is None:
            continue
        out[row.id] = Move(shift(old.earliest, row.earliest), shift(old.latest, row.latest), row.late and not old.late)
    return out


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)
