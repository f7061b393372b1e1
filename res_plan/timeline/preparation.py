"""When preparation of a decision can start, and the meeting days on which it can land.

The start is ready(X) of SPEC §3.3: the later of `started` (else today) and every
predecessor's earliest date plus its gap; the bar of a Gantt chart runs from there."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from res_plan.network import Network
from res_plan.schedule import Schedule
from res_plan.workdays import BeyondHorizon


def ready_day(net: Network, sched: Schedule, i: int) -> int | None:
    """ready(X) as an ordinal, or None when a predecessor has no earliest date."""
    wd = net.calendar.workdays
    ready = net.started.get(i, net.today)
    try:
        for p, gap in net.nodes[i].preds:
            before = sched.timings[p].earliest
            if before is None:
                return None
            ready = max(ready, wd.add(before, gap))
    except BeyondHorizon:
        return None
    return ready


def meeting_days(net: Network, i: int, lo: int, hi: int) -> list[int]:
    """The eligible meeting days of the deciding body in lo..hi; none without a meeting calendar."""
    by = net.nodes[i].by
    if by is None:
        return []
    days = net.calendar.eligible(by).meetings
    if days is None:
        return []
    return days[bisect_left(days, lo):bisect_right(days, hi)]
