"""SPEC §5 JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from res_plan.checker import PlanResult
from res_plan.problems import Problem


def problem_dict(p: Problem) -> dict[str, Any]:
    return {"severity": p.severity, "code": p.code, "message": p.message, "decision": p.decision,
            "file": p.file, "line": p.line, "column": p.column}


def plan_dict(result: PlanResult) -> dict[str, Any]:
    invalid = result.invalid
    return {
        "file": result.file,
        "ok": result.ok,
        "region": result.region,
        "today": result.today,
        "deadline": result.deadline,
        "decisions": [] if invalid else [asdict(d) for d in result.decisions],
        "critical_path": [] if invalid else result.critical_path,
        "problems": [problem_dict(p) for p in result.problems],
    }


def render(results: list[PlanResult], lang: str) -> str:
    del lang  # JSON is for machines: messages stay in English
    doc = {"ok": all(r.ok for r in results), "plans": [plan_dict(r) for r in results]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
