"""The schedule records why each date is what it is; `explain` and the timeline only word it.

For random plans the records are checked against the rules of SPEC §3.3–3.4 worked out
from the network alone, and explain's sentences against the records."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from res_plan.explain import explain_earliest, explain_latest
from res_plan.network import Network
from res_plan.schedule import Schedule, ready_after_lead, snap, start_before_lead
from tests.test_properties import for_each_plans, plans, run


def _ready(net: Network, sched: Schedule, i: int) -> tuple[int, int | None]:
    """ready(X) and the first predecessor whose earliest ⊕ gap attains it above started/today."""
    wd = net.calendar.workdays
    ready, via = net.started.get(i, net.today), None
    for k, (p, gap) in enumerate(net.nodes[i].preds):
        earliest = sched.timings[p].earliest
        assert earliest is not None
        if wd.add(earliest, gap) > ready:
            ready, via = wd.add(earliest, gap), k
    return ready, via


def assert_forward_records(net: Network, sched: Schedule) -> None:
    wd = net.calendar.workdays
    for i, (node, t) in enumerate(zip(net.nodes, sched.timings, strict=True)):
        if t.done is not None or t.earliest is None:
            continue
        ready, via = _ready(net, sched, i)
        assert (t.ready, t.ready_via) == (ready, via), node.id
        assert t.ready_reason == ("pred" if via is not None else "started" if i in net.started else "today")
        assert t.prepared == ready_after_lead(wd, ready, node)
        assert t.base == max(t.prepared, net.today, node.not_before or net.today)
        assert (t.floor is None) == (t.base == t.prepared), node.id
        moved = snap(net, i, t, forward=True)
        assert (moved is None) == (t.earliest == t.base)
        if moved is not None:
            assert moved.reason is not None, f"{node.id}: moved from an eligible day"
        first = explain_earliest(net, sched, i, "en")[0]
        if via is not None:
            assert f"once {net.nodes[node.preds[via][0]].id} is decided" in first, first
        else:
            assert "once" not in first, first


def assert_backward_records(net: Network, sched: Schedule) -> None:
    wd = net.calendar.workdays
    for i, (node, t) in enumerate(zip(net.nodes, sched.timings, strict=True)):
        if t.bound is None:
            continue
        if t.bound_reason == "succ":
            assert t.bound_via is not None
            s, gap = net.succs[i][t.bound_via]
            st = sched.timings[s]
            day = st.done if st.done is not None else st.latest
            assert day is not None
            assert wd.sub(start_before_lead(wd, day, net.nodes[s]), gap) == t.bound, node.id
            first = explain_latest(net, sched, i, "en")[0]
            assert first.startswith(f"{net.nodes[s].id} "), first
        else:
            own = node.deadline - 1 if node.deadline is not None else None
            assert t.bound == (own if t.bound_reason == "own-deadline" else net.deadline - 1), node.id
            assert "deadline" in explain_latest(net, sched, i, "en")[0]


def assert_records(spec: dict[str, Any]) -> None:
    result = run(spec)
    assert result.network is not None and result.schedule is not None
    assert_forward_records(result.network, result.schedule)
    assert_backward_records(result.network, result.schedule)
    for row in result.decisions:  # the timeline reads the same ready day
        i = result.network.index[row.id]
        assert result.ready_day(row.id) == result.schedule.timings[i].ready


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=plans())
def test_explain_and_the_schedule_name_the_same_binding_constraints(spec: dict[str, Any]) -> None:
    assert_records(spec)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=for_each_plans())
def test_binding_constraints_of_expanded_plans(spec: dict[str, Any]) -> None:
    assert_records(spec)
