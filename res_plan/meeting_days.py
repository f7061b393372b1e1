"""The meeting dates of each body and which of them count (SPEC §3.1): a meeting on a weekend,
a public holiday, a closed day or in a recess or election window of that body is dropped. The
user typed or imported those dates, so the drop is told, never silent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from res_plan.plan_calendar import PlanCalendar
from res_plan.problems import Problem, problem
from res_plan.workdays import HORIZON_HI, HORIZON_LO

MAX_LISTED = 8  # dropped dates told per body in the warning; `res-plan meetings` lists them all
TOLD_SOURCES = ("dates", "ics")  # an rrule's dates are generated: its drops are the recess doing its job


@dataclass(frozen=True)
class MeetingDay:
    day: int  # ordinal
    body: str  # partner.body
    reason: str | None = None  # None: it counts; else weekend | holiday | closed | recess | election | formation
    name: str = ""  # the holiday or window

    @property
    def counts(self) -> bool:
        return self.reason is None


def why_dropped(cal: PlanCalendar, body: str, day: int,
                groups: tuple[int, ...] | None = None) -> tuple[str, str] | None:
    """Why a meeting of `body` on `day` cannot carry a decision (reason, name), or None; the
    first closed range or window in the plan's order that holds it names it. `groups` are
    cal.binding(body), when the caller asks for many days of one body."""
    if (day - 1) % 7 >= 5:
        return "weekend", "weekend"
    holiday = cal.holiday_name(day)
    if holiday:
        return "holiday", holiday
    closed = cal.first_closed(day)
    if closed is not None:
        return "closed", closed.name
    window = cal.index.first(day, cal.binding(body) if groups is None else groups)
    if window is not None:
        return window.kind, window.name
    return None


def meeting_days(cal: PlanCalendar, body: str, lo: int, hi: int) -> list[MeetingDay]:
    """Every meeting date of a body in lo..hi (ordinals, inclusive), with why it is dropped."""
    groups = cal.binding(body)
    out = []
    for day in sorted(set(cal.meetings.get(body, ()))):
        if lo <= day <= hi and HORIZON_LO <= day <= HORIZON_HI:
            why = why_dropped(cal, body, day, groups)
            out.append(MeetingDay(day, body, *why) if why else MeetingDay(day, body))
    return out


def dropped_warning(cal: PlanCalendar, today: int) -> Problem | None:
    """One warning for the plan: per body with listed or imported dates, those from today on that
    do not count."""
    parts: list[str] = []
    first_loc = None
    for body, source in sorted(cal.sources.items()):
        if source.kind not in TOLD_SOURCES:
            continue
        dropped = [m for m in meeting_days(cal, body, today, HORIZON_HI) if not m.counts]
        if not dropped:
            continue
        first_loc = first_loc or source.loc
        shown = [f"{date.fromordinal(m.day).isoformat()} ({m.name})" for m in dropped[:MAX_LISTED]]
        more = f" +{len(dropped) - MAX_LISTED}" if len(dropped) > MAX_LISTED else ""
        parts.append(f"{body} {', '.join(shown)}{more}")
    if not parts:
        return None
    return problem("meetings-dropped", "meetings-dropped", severity="warning", loc=first_loc, at_key=True,
                   bodies="; ".join(parts))
