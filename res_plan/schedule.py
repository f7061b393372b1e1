"""The scheduling passes of SPEC §3.3–3.5: earliest and latest dates, slack, lateness and
the critical path. Pure: a network in, a schedule out.

Each pass records why a date is what it is (the binding predecessor or successor, the floor,
the day before snapping to an eligible day), so that `explain` and the timeline put the
schedule's own reasons into words instead of computing them a second time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from res_plan.messages import Message, Param, message
from res_plan.network import Network, Node
from res_plan.problems import Problem, Severity, problem
from res_plan.workdays import BeyondHorizon, WorkingDays

ReadyReason = Literal["today", "started", "pred"]  # what gives ready(X)
Floor = Literal["today", "not_before"]  # what lifted ready(X) ⊕ lead, if anything
BoundReason = Literal["succ", "deadline", "own-deadline"]  # what gives bound(X)


@dataclass(slots=True)
class Timing:
    earliest: int | None = None
    latest: int | None = None
    slack: int | None = None
    late: bool = False
    done: int | None = None
    bound: int | None = None  # bound(X) of §3.4, before snapping to an eligible day
    deadline_binds: bool = False  # a deadline term attained bound(X)
    binding: list[int] = field(default_factory=list)  # not-done successors whose term attained it
    why_no_earliest: Message | None = None
    why_no_latest: Message | None = None
    # Forward pass: ready(X), and whose date plus gap gave it (an index into node.preds).
    ready: int | None = None
    ready_reason: ReadyReason = "today"
    ready_via: int | None = None
    prepared: int | None = None  # ready ⊕ lead (and what-if delays)
    floor: Floor | None = None
    base: int | None = None  # max(ready ⊕ lead, today, not_before): earliest before snapping
    # Backward pass: the term that attained bound(X); a successor as an index into net.succs[i].
    bound_reason: BoundReason | None = None
    bound_via: int | None = None


@dataclass
class Schedule:
    timings: list[Timing]
    critical_path: list[int]
    problems: list[Problem]


@dataclass(frozen=True)
class Snap:
    """A date moved from the day a pass asked for to an eligible day of the body, and why."""

    wanted: int
    got: int
    reason: Message | None  # why `wanted` is not eligible


def snap(net: Network, i: int, t: Timing, forward: bool) -> Snap | None:
    """How the pass snapped earliest (forward) or latest (backward) of node i, if it did.

    Derived on demand from the recorded unsnapped day: asking the calendar why for every
    decision of a national plan would slow every check for the sake of one explanation.
    """
    wanted, got = (t.base, t.earliest) if forward else (t.bound, t.latest)
    if wanted is None or got is None or wanted == got:
        return None
    node = net.nodes[i]
    return Snap(wanted, got, net.calendar.not_eligible_because(node.by, wanted, node.routine))


def iso(day: int | None) -> str | None:
    return None if day is None else date.fromordinal(day).isoformat()


def ready_after_lead(wd: WorkingDays, day: int, node: Node) -> int:
    """day ⊕ lead, then ⊕ each what-if delay."""
    day = wd.add(day, node.lead, node.statutory)
    for extra in node.delays:
        day = wd.add(day, extra)
    return day


def start_before_lead(wd: WorkingDays, day: int, node: Node) -> int:
    """The exact inverse of ready_after_lead: ⊖ the delays in reverse, then ⊖ lead."""
    for extra in reversed(node.delays):
        day = wd.sub(day, extra)
    return wd.sub(day, node.lead, node.statutory)


def forward(net: Network, timings: list[Timing]) -> None:
    wd = net.calendar.workdays
    for i in net.order:
        node, t = net.nodes[i], timings[i]
        if i in net.done:
            t.done = t.earliest = net.done[i]
            continue
        ready = net.started.get(i, net.today)
        if i in net.started:
            t.ready_reason = "started"
        try:
            for k, (p, gap) in enumerate(node.preds):
                before = timings[p].earliest
                if before is None:
                    t.why_no_earliest = Message("no-earliest-pred", {"pred": net.nodes[p].id})
                    break
                after = wd.add(before, gap)
                if after > ready:  # the first predecessor to reach the latest day binds
                    ready, t.ready_reason, t.ready_via = after, "pred", k
            else:
                t.ready = ready
                t.prepared = ready_after_lead(wd, ready, node)
                t.base = _floored(net, node, t, t.prepared)
                t.earliest = net.calendar.eligible(node.by, node.routine).first_on_or_after(t.base)
                if t.earliest is None:
                    t.why_no_earliest = Message("no-eligible-after", {"body": node.by or "", "date": iso(t.base) or ""})
        except BeyondHorizon:
            t.why_no_earliest = Message("beyond-horizon")


def _floored(net: Network, node: Node, t: Timing, day: int) -> int:
    """max(day, today, not_before), recording which floor lifted it (not_before wins a tie above day)."""
    if net.today > day:
        day, t.floor = net.today, "today"
    if node.not_before is not None and node.not_before > day:
        day, t.floor = node.not_before, "not_before"
    return day


def backward(net: Network, timings: list[Timing]) -> None:
    wd = net.calendar.workdays
    for i in reversed(net.order):
        node, t = net.nodes[i], timings[i]
        deadline_term = net.deadline - 1
        if node.deadline is not None:
            deadline_term = min(deadline_term, node.deadline - 1)
        terms: list[tuple[int, int]] = []  # (term, successor)
        null_succs: list[int] = []
        try:
            for s, gap in net.succs[i]:
                succ = timings[s]
                latest_s = succ.done if succ.done is not None else succ.latest
                if latest_s is None:
                    null_succs.append(s)
                    continue
                terms.append((wd.sub(start_before_lead(wd, latest_s, net.nodes[s]), gap), s))
        except BeyondHorizon:
            t.why_no_latest = Message("beyond-horizon")
            continue
        if null_succs:
            t.binding = [s for s in null_succs if timings[s].done is None]
            t.why_no_latest = Message("no-latest-succ", {"succ": net.nodes[null_succs[0]].id})
            continue
        t.bound = min([deadline_term] + [term for term, _ in terms])
        t.deadline_binds = deadline_term == t.bound
        t.binding = [s for term, s in terms if term == t.bound and timings[s].done is None]
        _record_bound(net, i, t, terms, timings)
        if t.done is None:
            t.latest = net.calendar.eligible(node.by, node.routine).last_on_or_before(t.bound)
            if t.latest is None:
                t.why_no_latest = Message("no-eligible-before", {"body": node.by or "", "date": iso(t.bound) or ""})


def _record_bound(net: Network, i: int, t: Timing, terms: list[tuple[int, int]], timings: list[Timing]) -> None:
    """Which term attained bound(X): the first successor that did, unless it is done and a
    deadline attained it too; else the decision's own deadline or the region's."""
    first = next((k for k, (term, _) in enumerate(terms) if term == t.bound), None)
    if first is not None and (not t.deadline_binds or timings[terms[first][1]].done is None):
        t.bound_reason, t.bound_via = "succ", first
        return
    node = net.nodes[i]
    own = node.deadline is not None and node.deadline - 1 == t.bound
    t.bound_reason = "own-deadline" if own else "deadline"


def _rank(timings: list[Timing], net: Network, i: int) -> tuple[bool, int, bool, int, str]:
    """Sort key of §3.5: smaller slack, then earlier latest, then smaller id; null first."""
    t = timings[i]
    return (t.slack is not None, t.slack or 0, t.latest is not None, t.latest or 0, net.nodes[i].id)


def critical_path(net: Network, timings: list[Timing]) -> list[int]:
    open_nodes = [i for i, t in enumerate(timings) if t.done is None]
    if not open_nodes:
        return []
    path = [min(open_nodes, key=lambda i: _rank(timings, net, i))]
    while timings[path[-1]].binding:
        path.append(min(timings[path[-1]].binding, key=lambda i: _rank(timings, net, i)))
    return path


def schedule(net: Network) -> Schedule:
    timings = [Timing() for _ in net.nodes]
    forward(net, timings)
    backward(net, timings)
    wd = net.calendar.workdays
    problems: list[Problem] = list(net.warnings)
    for _i, (node, t) in enumerate(zip(net.nodes, timings, strict=False)):
        if t.done is not None:
            if t.bound is not None and t.done > t.bound:
                problems.append(_problem("done-late", node.id, node.loc, "warning",
                                         done=iso(t.done), bound=iso(t.bound)))
            continue
        if t.earliest is None or t.latest is None:
            t.late = True
            why = t.why_no_earliest if t.earliest is None else t.why_no_latest
            problems.append(_problem("no-date", node.id, node.loc, "error", reason=why or Message("beyond-horizon")))
            continue
        t.slack = wd.slack(t.earliest, t.latest)
        if t.slack < 0:
            t.late = True
            problems.append(_problem("late", node.id, node.loc, "error", earliest=iso(t.earliest),
                                     latest=iso(t.latest), slack=str(t.slack)))
    return Schedule(timings, critical_path(net, timings), problems)


def _problem(code: str, decision: str, loc: tuple[str | int, ...], severity: Severity,
             **params: Param | None) -> Problem:
    return problem(code, message(code, params, id=decision), severity=severity, decision=decision, loc=loc)
