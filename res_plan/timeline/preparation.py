"""When preparation of a decision can start, and the meeting days on which it can land.

The start is ready(X) of SPEC §3.3 as the schedule recorded it (the later of `started`,
else today, and every predecessor's earliest date plus its gap); the bar of a Gantt chart
runs from there. Nothing is computed again here."""

from __future__ import annotations

from res_plan.result import DecisionRow, PlanResult


def preparation_start(result: PlanResult, row: DecisionRow) -> int | None:
    """ready(X) as an ordinal; None for a decision taken or one a predecessor leaves undated."""
    return None if row.done is not None else result.ready_day(row.id)


def meeting_days(result: PlanResult, row: DecisionRow, start: int | None) -> list[int]:
    """The eligible meeting days of the deciding body from the start of preparation to the latest date."""
    if start is None or row.latest is None:
        return []
    return result.meeting_days(row.by, start, row.latest.toordinal())
