"""The meeting dates of each body and which of them count (SPEC §3.1): a meeting on a weekend,
a public holiday, a closed day or in a recess or election window of that body is dropped. The
user typed or imported those dates, so the drop is told, never silent."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from res_plan.bodies import partner_of
from res_plan.plan_calendar import PlanCalendar, Window
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


def why_dropped(cal: PlanCalendar, body: str, day: int) -> tuple[str, str] | None:
    """Why a meeting of `body` on `day` cannot carry a decision (reason, name), or None."""
    if (day - 1) % 7 >= 5:
        return "weekend", "weekend"
    holiday = cal.holiday_name(day)
    if holiday:
        return "holiday", holiday
    for window in cal.closed:
        if window.lo <= day <= window.hi:
            return "closed", window.name
    partner = cal.partners[partner_of(body)]
    for window in cal.windows:
        if window.lo <= day <= window.hi and window.names(body, partner):
            return window.kind, window.name
    return None


def drop_reasons(cal: PlanCalendar, body: str, days: list[int]) -> list[tuple[str, str] | None]:
    """why_dropped of each of `days` (sorted, distinct), all at once. Each closed range and
    window is placed among the days by bisection, and a day takes the first that covers it, as
    why_dropped would: linear in days plus windows, where asking day by day was their product
    (20,000 listed dates and 20,000 recesses took 20 s)."""
    reasons: list[tuple[str, str] | None] = [None] * len(days)
    for k, day in enumerate(days):
        if (day - 1) % 7 >= 5:
            reasons[k] = ("weekend", "weekend")
        else:
            holiday = cal.holiday_name(day)
            if holiday:
                reasons[k] = ("holiday", holiday)
    # nxt[k]: the first index from k on still without a reason (with path halving), so that a
    # day covered by many windows is visited once.
    nxt = [k + 1 if why is not None else k for k, why in enumerate(reasons)] + [len(days)]

    def first_open(k: int) -> int:
        while nxt[k] != k:
            nxt[k] = nxt[nxt[k]]
            k = nxt[k]
        return k

    def cover(windows: list[Window], kind: str | None) -> None:
        for window in windows:
            k = first_open(bisect_left(days, window.lo))
            while k < len(days) and days[k] <= window.hi:
                reasons[k] = (kind or window.kind, window.name)
                nxt[k] = k + 1
                k = first_open(k + 1)

    cover(cal.closed, "closed")
    if first_open(0) < len(days):
        partner = cal.partners[partner_of(body)]
        cover([w for w in cal.windows if w.names(body, partner)], None)
    return reasons


def meeting_days(cal: PlanCalendar, body: str, lo: int, hi: int) -> list[MeetingDay]:
    """Every meeting date of a body in lo..hi (ordinals, inclusive), with why it is dropped."""
    days = [d for d in sorted(set(cal.meetings.get(body, ()))) if lo <= d <= hi and HORIZON_LO <= d <= HORIZON_HI]
    return [MeetingDay(day, body, *why) if why else MeetingDay(day, body)
            for day, why in zip(days, drop_reasons(cal, body, days), strict=True)]


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
