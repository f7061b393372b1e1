"""Days on which one body can decide (SPEC §3.1): its meetings, or every working day,
minus the recess and election windows that name it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from res_plan.workdays import HORIZON_HI, HORIZON_LO, BeyondHorizon, WorkingDays, merge_ranges


@dataclass(frozen=True)
class Ranges:
    """Inclusive day ranges, merged and sorted, with their starts for bisection: made once and
    shared by every body the same windows bind."""

    spans: list[tuple[int, int]]
    starts: list[int]

    @classmethod
    def of(cls, ranges: Iterable[tuple[int, int]]) -> Ranges:
        merged = merge_ranges(ranges)
        return cls(merged, [lo for lo, _ in merged])

    def covering(self, day: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, day) - 1
        if i >= 0 and self.spans[i][1] >= day:
            return self.spans[i]
        return None


NO_RANGES = Ranges([], [])


@dataclass
class EligibleDays:
    """Eligible days of one body, or of nobody in particular (no ``by``)."""

    workdays: WorkingDays
    meetings: list[int] | None = None  # sorted, already reduced to eligible days
    windows: Ranges = NO_RANGES

    def __post_init__(self) -> None:
        if self.meetings is not None:
            self.meetings = sorted(
                d for d in set(self.meetings)
                if HORIZON_LO <= d <= HORIZON_HI and self.workdays.is_working(d) and self._window(d) is None
            )

    def _window(self, day: int) -> tuple[int, int] | None:
        return self.windows.covering(day)

    def first_on_or_after(self, day: int) -> int | None:
        if self.meetings is not None:
            i = bisect_left(self.meetings, day)
            return self.meetings[i] if i < len(self.meetings) else None
        try:
            while True:
                day = self.workdays.first_on_or_after(day)
                window = self._window(day)
                if window is None:
                    return day
                day = window[1] + 1
        except BeyondHorizon:
            return None

    def last_on_or_before(self, day: int) -> int | None:
        if self.meetings is not None:
            i = bisect_right(self.meetings, day)
            return self.meetings[i - 1] if i > 0 else None
        try:
            while True:
                day = self.workdays.last_on_or_before(day)
                window = self._window(day)
                if window is None:
                    return day
                day = window[0] - 1
        except BeyondHorizon:
            return None
