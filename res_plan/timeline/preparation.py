"""When preparation of a decision can start, and the meeting days on which it can land.

The start is ready(X) of SPEC §3.3 as the schedule recorded it (the later of `started`,
else today, and every predecessor's earliest date plus its gap); the bar of a Gantt chart
runs from there. Nothing is computed again here."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import overload

from res_plan.result import DecisionRow, PlanResult


class MeetingSpan(Sequence[int]):
    """The meeting days of one body within a period: a window onto the body's sorted list, not a
    copy (a chain of 20,000 decisions with centuries of slack would copy its calendar per row)."""

    __slots__ = ("days", "hi", "lo")

    def __init__(self, days: Sequence[int], lo: int = 0, hi: int = 0) -> None:
        self.days, self.lo, self.hi = days, lo, max(lo, hi)  # days[lo:hi]

    def __len__(self) -> int:
        return self.hi - self.lo

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self.days[self.lo + i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self.days[self.lo + index % len(self)]

    def __iter__(self) -> Iterator[int]:
        return (self.days[i] for i in range(self.lo, self.hi))


NO_MEETINGS = MeetingSpan(())


def preparation_start(result: PlanResult, row: DecisionRow) -> int | None:
    """ready(X) as an ordinal; None for a decision taken or one a predecessor leaves undated."""
    return None if row.done is not None else result.ready_day(row.id)


def meeting_days(result: PlanResult, row: DecisionRow, start: int | None) -> MeetingSpan:
    """The eligible meeting days of the deciding body from the start of preparation to the latest
    date (as PlanResult.meeting_days, found by bisection and not copied)."""
    if start is None or row.latest is None or row.by is None or result.network is None:
        return NO_MEETINGS
    days = result.network.calendar.eligible(row.by).meetings
    if days is None:
        return NO_MEETINGS
    return MeetingSpan(days, bisect_left(days, start), bisect_right(days, row.latest.toordinal()))
