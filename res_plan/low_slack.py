"""`check --min-slack N`: a warning `low-slack` on every open, on-time decision with less
than N working days of slack, placed on the decision's line like its other problems (the
pipeline locates them with the plan's document, as it does the schedule's problems)."""

from __future__ import annotations

from res_plan.problems import Problem, problem
from res_plan.result import PlanResult


def low_slack_warnings(result: PlanResult, min_slack: int) -> list[Problem]:
    """The warnings of a scheduled result, not yet located."""
    if result.invalid or result.network is None:
        return []
    nodes, index = result.network.nodes, result.network.index
    return [problem("low-slack", "low-slack", severity="warning", decision=row.id, loc=nodes[index[row.id]].loc,
                    id=row.id, slack=row.slack, min=min_slack)
            for row in result.open_decisions if row.slack is not None and 0 <= row.slack < min_slack and not row.late]
