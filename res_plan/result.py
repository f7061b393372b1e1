"""The result of checking one plan, as every report and timeline reads it: typed decision
rows, one status per decision and per plan, and the what-if moves.

Imports no pipeline, pydantic or yaml, so that reports depend on this module alone. The
network and schedule behind a result are carried for `explain` and the timeline's calendar,
typed here but never imported at run time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from res_plan.bodies import split_key
from res_plan.problems import Problem

if TYPE_CHECKING:
    from res_plan.bodies import PartnerInfo
    from res_plan.network import Network
    from res_plan.plan_calendar import Window
    from res_plan.schedule import Schedule


class Status(Enum):
    """What the product tells apart about a decision (and, with INVALID, about a plan)."""

    DONE = "done"
    ON_TIME = "on-time"
    LATE = "late"
    BECAME_LATE = "became-late"  # late only with the --delay asked, on time without
    NO_DATE = "no-date"
    INVALID = "invalid"  # a plan that could not be read or validated


@dataclass(frozen=True)
class Move:
    """How far a decision's dates moved against the baseline (what-if)."""

    earliest_wd: int | None  # working days later (+) or earlier (−); None if a date is missing
    latest_wd: int | None
    newly_late: bool

    @property
    def moved(self) -> bool:
        return bool(self.earliest_wd) or bool(self.latest_wd) or self.newly_late


@dataclass(slots=True)
class DecisionRow:
    id: str
    decision: str
    partner: str | None
    step: str | None
    title: str
    by: str | None  # body key "partner.body"
    done: date | None
    earliest: date | None
    latest: date | None
    slack: int | None
    late: bool
    decision_title: str = ""  # of a step's decision; not in the SPEC's JSON

    @property
    def label(self) -> str:
        """The title as people read it: a step with its decision's ("Vaststelling RES — besluit")."""
        if self.step is None or not self.decision_title:
            return self.title
        return f"{self.decision_title} — {self.title}"

    @property
    def status(self) -> Status:
        return decision_status(self, None)

    @property
    def by_partner(self) -> str | None:
        return None if self.by is None else split_key(self.by)[0]

    @property
    def by_body(self) -> str | None:
        return None if self.by is None else split_key(self.by)[1]

    @property
    def day(self) -> date | None:
        """The date a decision sits at in a list: taken, else its latest date."""
        return self.done or self.latest


def decision_status(row: DecisionRow, move: Move | None) -> Status:
    """The one place that decides a decision's status."""
    if row.done is not None:
        return Status.DONE
    if row.earliest is None or row.latest is None:
        return Status.NO_DATE
    if row.late:
        return Status.BECAME_LATE if move is not None and move.newly_late else Status.LATE
    return Status.ON_TIME


_iso: dict[date, str] = {}  # remembered: the same few thousand days are written for every row


def iso(day: date | None) -> str | None:
    if day is None:
        return None
    text = _iso.get(day)
    if text is None:
        text = _iso[day] = day.isoformat()
    return text


@dataclass
class PlanResult:
    file: str
    region: dict[str, str] | None = None
    today: date | None = None
    deadline: date | None = None
    decisions: list[DecisionRow] = field(default_factory=list)
    critical_path: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # how far the dates can be trusted; not problems
    network: Network | None = None
    schedule: Schedule | None = None
    baseline: PlanResult | None = None  # the same plan without --delay, when delays were asked
    moves: dict[str, Move] = field(default_factory=dict)  # per decision id, against the baseline
    included: list[Path] = field(default_factory=list)  # files the plan includes, never to be written over

    @property
    def invalid(self) -> bool:
        return any(p.is_input_error for p in self.problems)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def status_of(self, row: DecisionRow) -> Status:
        return decision_status(row, self.moves.get(row.id))

    @property
    def open_decisions(self) -> list[DecisionRow]:
        return [d for d in self.decisions if d.done is None]

    @property
    def status(self) -> Status:
        """The plan's status: invalid, else the most urgent of its open decisions'."""
        if self.invalid:
            return Status.INVALID
        statuses = {d.status for d in self.open_decisions}
        if not statuses:
            return Status.DONE
        for status in (Status.NO_DATE, Status.LATE):
            if status in statuses:
                return status
        return Status.ON_TIME

    @property
    def late_count(self) -> int:
        return sum(1 for d in self.decisions if d.late)

    @property
    def worst_slack(self) -> int | None:
        """The smallest slack of the plan's open decisions (None when none has one)."""
        slacks = [d.slack for d in self.open_decisions if d.slack is not None]
        return min(slacks) if slacks else None

    @property
    def critical_decision(self) -> DecisionRow | None:
        """The first decision of the critical path, else the open decision with the least slack."""
        if self.critical_path:
            first = next((d for d in self.decisions if d.id == self.critical_path[0]), None)
            if first is not None:
                return first
        candidates = [d for d in self.open_decisions if d.slack is not None]
        if not candidates:
            return None
        return min(candidates, key=lambda d: (d.slack, d.latest is not None, d.latest or date.min, d.id))

    @cached_property
    def critical(self) -> frozenset[str]:
        return frozenset(self.critical_path)

    # -- what the timeline reads of the schedule and calendar -----------------------------
    @property
    def partners(self) -> dict[str, PartnerInfo]:
        return {} if self.network is None else self.network.calendar.partners

    @property
    def windows(self) -> list[Window]:
        return [] if self.network is None else self.network.calendar.windows

    def ready_day(self, decision_id: str) -> int | None:
        """ready(X) of SPEC §3.3 as the schedule recorded it (ordinal); None when undatable or done."""
        if self.network is None or self.schedule is None:
            return None
        return self.schedule.timings[self.network.index[decision_id]].ready

    def meeting_days(self, by: str | None, lo: int, hi: int) -> list[int]:
        """The eligible meeting days of a body in lo..hi; none without a meeting calendar."""
        if by is None or self.network is None:
            return []
        days = self.network.calendar.eligible(by).meetings
        if days is None:
            return []
        return days[bisect_left(days, lo):bisect_right(days, hi)]
