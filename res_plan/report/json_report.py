"""SPEC §5 JSON."""

from __future__ import annotations

import json
from typing import Any

from res_plan.problems import Problem
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.result import DecisionRow, PlanResult, iso

PRETTY_UP_TO = 5_000  # decisions


def problem_dict(p: Problem) -> dict[str, Any]:
    return {"severity": p.severity, "code": p.code, "message": p.message, "decision": p.decision,
            "file": p.file, "line": p.line, "column": p.column}


def decision_dict(d: DecisionRow) -> dict[str, Any]:
    return {"id": d.id, "decision": d.decision, "partner": d.partner, "step": d.step, "title": d.title,
            "by": d.by, "done": iso(d.done), "earliest": iso(d.earliest), "latest": iso(d.latest), "slack": d.slack,
            "late": d.late}


def plan_dict(result: PlanResult) -> dict[str, Any]:
    invalid = result.invalid
    return {
        "file": result.file,
        "ok": result.ok,
        "region": result.region,
        "today": iso(result.today),
        "deadline": iso(result.deadline),
        "decisions": [] if invalid else [decision_dict(d) for d in result.decisions],
        "critical_path": [] if invalid else result.critical_path,
        "problems": [problem_dict(p) for p in result.problems],
        "notes": [problem_dict(p) for p in result.notes],
    }


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    del lang, options  # JSON is for machines: messages stay in English
    doc = {"ok": all(r.ok for r in results), "plans": [plan_dict(r) for r in results]}
    # Indented for people; a national plan compact, because indenting disables json's C encoder.
    size = sum(len(r.decisions) for r in results)
    return json.dumps(doc, ensure_ascii=False, indent=2 if size <= PRETTY_UP_TO else None) + "\n"
