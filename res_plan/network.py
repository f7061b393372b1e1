"""The expanded plan: one node per decision, instance and step, with its dependencies.

A reference that names many instances (`after: [x]` with x expanded by for_each) is kept
once, as a Join shared by every decision that writes it: n decisions after m instances cost
n + m edges instead of n·m. `Node.preds` and `Network.succs[i]` write one node's edges out,
in the order of the plain network, for explanations and tests."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from res_plan.durations import ZERO, Duration
from res_plan.plan_calendar import PlanCalendar
from res_plan.problems import Loc, Problem

Edge = tuple[int, Duration]  # (node index, gap)


@dataclass(slots=True, eq=False)
class Join:
    """The instances one reference names, all with the same gap; never a decision of its own."""

    index: int
    members: list[int]
    gap: Duration
    consumers: list[tuple[int, int]] = field(default_factory=list)  # (node, position in its `after`), ascending


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
    after: list[Edge | Join] = field(default_factory=list)  # predecessors: one edge, or a shared join
    delays: tuple[Duration, ...] = ()  # what-if: extra lead after `lead` (no list per node: almost always none)
    statutory: bool = False  # the lead is a term set by law (Algemene termijnenwet applies)
    routine: bool = False  # may fall in an executive's formation window
    decision_title: str = ""  # a step's decision's title, for people ("Vaststelling RES — besluit")

    @property
    def preds(self) -> list[Edge]:
        """Every predecessor with its gap, joins written out."""
        out: list[Edge] = []
        for item in self.after:
            if isinstance(item, Join):
                out.extend((m, item.gap) for m in item.members)
            else:
                out.append(item)
        return out


class Succs:
    """The successors of every node: its direct edges and the joins it is a member of.

    `self[i]` writes node i's successors out as the plain network would list them: by
    successor, then by the position of the edge in the successor's `after`."""

    def __init__(self, count: int, joins: list[Join]) -> None:
        self.direct: list[list[tuple[int, Duration, int]]] = [[] for _ in range(count)]  # (succ, gap, position)
        self.member_of: list[list[Join]] = [[] for _ in range(count)]
        self.joins = joins

    def __len__(self) -> int:
        return len(self.direct)

    def __getitem__(self, i: int) -> list[Edge]:
        keyed = [((s, k), s, gap) for s, gap, k in self.direct[i]]
        for join in self.member_of[i]:
            keyed.extend(((c, k), c, join.gap) for c, k in join.consumers)
        keyed.sort(key=lambda entry: entry[0])
        return [(s, gap) for _, s, gap in keyed]

    def position(self, i: int, key: tuple[int, int]) -> int:
        """Where the successor entry `key` (succ, position) stands in self[i], without writing it out."""
        at = sum(1 for s, _, k in self.direct[i] if (s, k) < key)
        return at + sum(bisect_left(join.consumers, key) for join in self.member_of[i])


@dataclass
class Network:
    nodes: list[Node]
    index: dict[str, int]
    order: list[int]  # topological: every node after all its predecessors
    succs: Succs
    calendar: PlanCalendar
    deadline: int  # region deadline (ordinal), exclusive
    today: int
    done: dict[int, int]
    started: dict[int, int]
    warnings: list[Problem] = field(default_factory=list)
    _meeting_lists: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)

    def meeting_list(self, body: str | None) -> list[int]:
        """A body's written meeting days, sorted and without repeats, sorted once per body: an
        explanation walks a chain that may be tens of thousands of decisions long."""
        key = body or ""
        found = self._meeting_lists.get(key)
        if found is None:
            found = self._meeting_lists[key] = sorted(set(self.calendar.meetings.get(key, ())))
        return found
