"""`check --min-slack N`: a warning `low-slack` on every open, on-time decision with less
than N working days of slack, placed on the decision's line like its other problems."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from res_plan.plan_files import locate, read_text
from res_plan.problems import PlanInvalid, Problem, problem
from res_plan.result import PlanResult
from res_plan.yaml_source import PositionedYaml, parse


def warn_low_slack(result: PlanResult, min_slack: int) -> None:
    """Add the warnings to the result (the report only prints them)."""
    if result.invalid or result.network is None:
        return
    low = [d for d in result.open_decisions if d.slack is not None and 0 <= d.slack < min_slack and not d.late]
    if not low:
        return
    doc = _reparse(Path(result.file))
    nodes = result.network.nodes
    index = result.network.index
    for row in low:
        p = problem("low-slack", "low-slack", severity="warning", decision=row.id, loc=nodes[index[row.id]].loc,
                    id=row.id, slack=row.slack, min=min_slack)
        result.problems.append(_place(p, doc, result.file))


def _reparse(path: Path) -> PositionedYaml | None:
    """The plan's positioned YAML again: the result keeps no document (only when warnings are due)."""
    try:
        return parse(read_text(path))
    except PlanInvalid:
        return None


def _place(p: Problem, doc: PositionedYaml | None, file: str) -> Problem:
    try:
        return locate(p, doc, file)
    except (KeyError, IndexError, TypeError):  # a loc the document does not have: the file alone
        return locate(replace(p, loc=None), None, file)
