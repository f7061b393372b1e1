"""The expanded plan: one node per decision, instance and step, with its dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field

from res_plan.durations import ZERO, Duration
from res_plan.plan_calendar import PlanCalendar
from res_plan.problems import Loc, Problem


@dataclass(slots=True)
class Node:
    id: str  # fully qualified: decision[@partner][.step]
    decision: str
    partner: str | None
    step: str | None
    title: str
    by: str | None  # body key "partner.body"
    lead: Duration = ZERO
    deadline: int | None = None  # the decision's own deadline (ordinal), exclusive
    not_before: int | None = None
    loc: Loc = ()
    preds: list[tuple[int, Duration]] = field(default_factory=list)  # (node index, gap)
    delays: list[Duration] = field(default_factory=list)  # what-if: extra lead after `lead`
    statutory: bool = False  # the lead is a term set by law (Algemene termijnenwet applies)
    routine: bool = False  # may fall in an executive's formation window
    decision_title: str = ""  # a step's decision's title, for people ("Vaststelling RES — besluit")


@dataclass
class Network:
    nodes: list[Node]
    index: dict[str, int]
    order: list[int]  # topological: every node after all its predecessors
    succs: list[list[tuple[int, Duration]]]
    calendar: PlanCalendar
    deadline: int  # region deadline (ordinal), exclusive
    today: int
    done: dict[int, int]
    started: dict[int, int]
    warnings: list[Problem] = field(default_factory=list)
