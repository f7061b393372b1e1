"""The scheduling passes of SPEC §3.3–3.5: earliest and latest dates, slack, lateness and
the critical path. Pure: a network in, a schedule out.

Each pass records why a date is what it is (the binding predecessor or successor, the floor,
the day before snapping to an eligible day), so that `explain` and the timeline put the
schedule's own reasons into words instead of computing them a second time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from res_plan.durations import ZERO, Duration
from res_plan.eligible import EligibleDays
from res_plan.join_pass import JoinBound, JoinReady, join_bound, join_ready
from res_plan.messages import Message, Param, message
from res_plan.network import Join, Network, Node
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
    # Empty tuples by default, not a list per decision: most decisions bind nothing.
    binding: Sequence[int] = ()  # not-done successors whose term attained it
    shared_binding: Sequence[Sequence[int]] = ()  # more of them, lists shared with a join's members
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


def forward(net: Network, timings: list[Timing], days: list[EligibleDays]) -> None:
    wd = net.calendar.workdays
    joins: dict[int, JoinReady] = {}
    nodes, done, started, today = net.nodes, net.done, net.started, net.today
    for i in net.order:
        node, t = nodes[i], timings[i]
        if i in done:
            t.done = t.earliest = done[i]
            continue
        ready = today
        if i in started:
            ready, t.ready_reason = started[i], "started"
        try:
            k = 0  # position in node.preds, joins written out
            for item in node.after:
                if isinstance(item, Join):
                    got = joins.get(item.index)
                    if got is None:
                        got = joins[item.index] = join_ready(item, timings, wd)
                    if got.best is not None and got.best > ready:
                        ready, t.ready_reason, t.ready_via = got.best, "pred", k + got.via
                    if got.beyond:
                        raise BeyondHorizon
                    if got.undated is not None:
                        t.why_no_earliest = Message("no-earliest-pred", {"pred": net.nodes[got.undated].id})
                        break
                    k += len(item.members)
                    continue
                p, gap = item
                before = timings[p].earliest
                if before is None:
                    t.why_no_earliest = Message("no-earliest-pred", {"pred": net.nodes[p].id})
                    break
                after = before if gap is ZERO else wd.add(before, gap)  # most edges have no gap
                if after > ready:  # the first predecessor to reach the latest day binds
                    ready, t.ready_reason, t.ready_via = after, "pred", k
                k += 1
            else:
                t.ready = ready
                t.prepared = prepared = ready_after_lead(wd, ready, node)
                t.base = _floored(net, node, t, prepared)
                t.earliest = days[i].first_on_or_after(t.base)
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


def backward(net: Network, timings: list[Timing], days: list[EligibleDays]) -> None:
    wd = net.calendar.workdays
    joins: dict[int, JoinBound] = {}

    def term(s: int, gap: Duration) -> int | None:
        succ = timings[s]
        latest_s = succ.done if succ.done is not None else succ.latest
        if latest_s is None:
            return None
        start = start_before_lead(wd, latest_s, net.nodes[s])
        return start if gap is ZERO else wd.sub(start, gap)

    def of_join(join: Join) -> JoinBound:
        if join.index not in joins:
            joins[join.index] = join_bound(join, lambda c: term(c, join.gap), lambda c: timings[c].done is None)
        return joins[join.index]

    member_of = net.succs.member_of
    for i in reversed(net.order):
        node, t = net.nodes[i], timings[i]
        deadline_term = net.deadline - 1
        if node.deadline is not None:
            deadline_term = min(deadline_term, node.deadline - 1)
        # Most nodes are in no join: their pass needs none of the joins' lists.
        if member_of[i]:
            to_snap = _with_joins(net, i, t, deadline_term, term, of_join, timings)
        else:
            to_snap = _direct_only(net, i, t, deadline_term, term, timings)
        if not to_snap:  # done, or no bound: nothing to snap
            continue
        assert t.bound is not None
        t.latest = days[i].last_on_or_before(t.bound)
        if t.latest is None:
            t.why_no_latest = Message("no-eligible-before", {"body": node.by or "", "date": iso(t.bound) or ""})


def _with_joins(net: Network, i: int, t: Timing, deadline_term: int, term: Callable[[int, Duration], int | None],
                of_join: Callable[[Join], JoinBound], timings: list[Timing]) -> bool:
    """backward() for a node that is a member of joins: as _direct_only, with the joins' terms too."""
    terms: list[tuple[int, tuple[int, int]]] = []  # (term, (successor, position))
    null_succs: list[tuple[int, int]] = []
    shared = [of_join(join) for join in net.succs.member_of[i]]
    try:
        if any(j.beyond for j in shared):
            raise BeyondHorizon
        for s, gap, k in net.succs.direct[i]:
            got = term(s, gap)
            if got is None:
                null_succs.append((s, k))
            else:
                terms.append((got, (s, k)))
    except BeyondHorizon:
        t.why_no_latest = Message("beyond-horizon")
        return False
    if null_succs or any(j.undated for j in shared):
        t.binding = [s for s, _ in null_succs]  # never done: a done successor has its date
        t.shared_binding = [[c for c, _ in j.undated] for j in shared if j.undated]
        first_null = min(null_succs[:1] + [j.undated[0] for j in shared if j.undated])
        t.why_no_latest = Message("no-latest-succ", {"succ": net.nodes[first_null[0]].id})
        return False
    t.bound = min([deadline_term] + [got for got, _ in terms] + [j.term for j in shared if j.term is not None])
    t.deadline_binds = deadline_term == t.bound
    t.binding = [key[0] for got, key in terms if got == t.bound and timings[key[0]].done is None]
    t.shared_binding = [j.attaining for j in shared if j.term == t.bound and j.attaining]
    firsts = [key for got, key in terms if got == t.bound][:1] + \
        [j.first for j in shared if j.term == t.bound and j.first is not None]
    _record_bound(net, i, t, min(firsts) if firsts else None, timings)
    return t.done is None


def _direct_only(net: Network, i: int, t: Timing, deadline_term: int, term: Callable[[int, Duration], int | None],
                 timings: list[Timing]) -> bool:
    """bound(X) and what attained it for a node in no join; whether its latest is still to be
    found (not done, and bound(X) known)."""
    bound, first = deadline_term, None
    nulls: list[int] = []
    try:
        got_terms = [(term(s, gap), s, k) for s, gap, k in net.succs.direct[i]]
    except BeyondHorizon:
        t.why_no_latest = Message("beyond-horizon")
        return False
    for got, s, k in got_terms:
        if got is None:
            nulls.append(s)
        elif got < bound or (got == bound and first is None):
            bound, first = got, (s, k)
    if nulls:
        t.binding = nulls  # never done: a done successor has its date
        t.why_no_latest = Message("no-latest-succ", {"succ": net.nodes[nulls[0]].id})
        return False
    t.bound = bound
    t.deadline_binds = deadline_term == bound
    if first is not None:
        t.binding = [s for got, s, _ in got_terms if got == bound and timings[s].done is None]
    _record_bound(net, i, t, first, timings)
    return t.done is None


def _record_bound(net: Network, i: int, t: Timing, first: tuple[int, int] | None, timings: list[Timing]) -> None:
    """Which term attained bound(X): the first successor that did, unless it is done and a
    deadline attained it too; else the decision's own deadline or the region's."""
    if first is not None and (not t.deadline_binds or timings[first[0]].done is None):
        t.bound_reason, t.bound_via = "succ", net.succs.position(i, first)
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
    while True:
        t = timings[path[-1]]
        bests = [min(group, key=lambda i: _rank(timings, net, i)) for group in [t.binding, *t.shared_binding] if group]
        if not bests:
            return path
        path.append(min(bests, key=lambda i: _rank(timings, net, i)))


def schedule(net: Network) -> Schedule:
    timings = [Timing() for _ in net.nodes]
    eligible = net.calendar.eligible
    days = [eligible(node.by, node.routine) for node in net.nodes]  # each node's index, found once
    forward(net, timings, days)
    backward(net, timings, days)
    wd = net.calendar.workdays
    problems: list[Problem] = list(net.warnings)
    for _i, (node, t) in enumerate(zip(net.nodes, timings, strict=False)):
        if t.done is not None:
            if t.done > net.today:  # a decision cannot have been taken after today
                problems.append(problem("done-in-future", message("done-in-future", id=node.id, done=iso(t.done),
                                                                  today=iso(net.today)),
                                        severity="warning", decision=node.id, loc=("done", node.id)))
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
