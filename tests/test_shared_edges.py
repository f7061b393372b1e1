"""A reference to many instances is kept once, as a join shared by every decision that
writes it. Sharing must change nothing: the same dates, reasons, critical path, problems
and explanations as the network with every edge written out, and no join in any output."""

from __future__ import annotations

from datetime import date
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings

from res_plan.durations import Duration
from res_plan.expand import _Builder, _Key
from res_plan.explain import explain
from res_plan.network import Edge, Join
from res_plan.pipeline import check_text
from res_plan.result import PlanResult
from tests.test_properties import for_each_plans, plan_text


def _written_out(self: _Builder, key: _Key, targets: list[int], gap: Duration) -> list[Edge | Join]:
    return [(t, gap) for t in targets]


def _both(text: str) -> tuple[PlanResult, PlanResult]:
    shared = check_text(text, "proef.yaml", None, system_today=date(1999, 1, 1))
    with mock.patch.object(_Builder, "_edges", _written_out):
        plain = check_text(text, "proef.yaml", None, system_today=date(1999, 1, 1))
    return shared, plain


def _records(result: PlanResult) -> list[tuple[Any, ...]]:
    assert result.network is not None and result.schedule is not None
    net, sched = result.network, result.schedule
    out: list[tuple[Any, ...]] = []
    for i, t in enumerate(sched.timings):
        binding = sorted(set(t.binding).union(*t.shared_binding))
        out.append((net.nodes[i].preds, net.succs[i], t.ready, t.ready_reason, t.ready_via, t.bound,
                    t.bound_reason, t.bound_via, binding, str(t.why_no_earliest), str(t.why_no_latest)))
    return out


def assert_same(text: str) -> PlanResult:
    shared, plain = _both(text)
    assert [p.message for p in shared.problems] == [p.message for p in plain.problems]
    assert shared.decisions == plain.decisions
    assert shared.critical_path == plain.critical_path
    if shared.network is not None:
        assert _records(shared) == _records(plain)
        assert plain.network is not None and plain.schedule is not None and shared.schedule is not None
        for node in shared.network.nodes:
            for lang in ("en", "nl"):
                assert explain(shared.network, shared.schedule, node.id, lang) == \
                    explain(plain.network, plain.schedule, node.id, lang)
    return shared


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=for_each_plans())
def test_sharing_changes_nothing_in_expanded_plans(spec: dict[str, Any]) -> None:
    assert_same(plan_text(spec))


HEAD = "version: 1\nregion: {id: r, name: R}\ndeadline: 2025-01-01\ntoday: 2024-01-02\n"
PARTNERS = "partners:\n" + "".join(f"  - {{id: g{i}, kind: gemeente}}\n" for i in range(4)) + \
    "  - {id: w0, kind: waterschap}\n  - {id: w1, kind: waterschap}\n"


def test_ties_gaps_done_and_started_through_a_join() -> None:
    text = HEAD + PARTNERS + (
        "decisions:\n"
        "  - {id: a, for_each: [gemeente], lead: 2w}\n"
        "  - {id: b, for_each: [waterschap], after: [a, {id: a, gap: 3wd}, a@g1], lead: 1w}\n"
        "  - {id: c, after: [a, b], lead: 5d}\n"
        "  - {id: d, after: [{id: a, gap: 3wd}], lead: 1w, deadline: 2024-03-01}\n"
        "done:\n  a@g0: 2024-01-05\n  b@w1: 2024-02-01\n"
        "started:\n  a@g2: 2023-12-01\n")
    result = assert_same(text)
    assert result.network is not None
    assert len(result.network.succs.joins) == 3  # a, a with a gap, b
    ids = {row.id for row in result.decisions} | set(result.critical_path)
    assert all(not i.startswith("#") for i in ids) and len(result.decisions) == 8


def test_no_date_and_a_cycle_through_a_join() -> None:
    late = HEAD.replace("2025-01-01", "2024-01-10") + PARTNERS + (
        "decisions:\n  - {id: a, for_each: [gemeente], lead: 52w}\n"
        "  - {id: b, for_each: [waterschap], after: [a], lead: 1w}\n")
    assert_same(late)
    loop = HEAD + PARTNERS + (
        "decisions:\n  - {id: a, for_each: [gemeente], after: [b], lead: 1w}\n"
        "  - {id: b, for_each: [waterschap], after: [a], lead: 1w}\n")
    result = assert_same(loop)
    assert [p.code for p in result.problems] == ["cycle"]
