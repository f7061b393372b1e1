"""SPEC §5 JSON."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

from res_plan.problems import Problem
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.result import DecisionRow, PlanResult, iso

PRETTY_UP_TO = 5_000  # decisions
_BATCH = 2_000  # decisions encoded and written at a time


def problem_dict(p: Problem) -> dict[str, Any]:
    return {"severity": p.severity, "code": p.code, "message": p.message, "decision": p.decision,
            "file": p.file, "line": p.line, "column": p.column}


def decision_dict(d: DecisionRow) -> dict[str, Any]:
    return {"id": d.id, "decision": d.decision, "partner": d.partner, "step": d.step, "title": d.title,
            "by": d.by, "done": iso(d.done), "earliest": iso(d.earliest), "latest": iso(d.latest), "slack": d.slack,
            "late": d.late}


def plan_dict(result: PlanResult, rows: bool = True) -> dict[str, Any]:
    """A plan's JSON object; without `rows` its decisions are left for the caller to write."""
    invalid = result.invalid
    return {
        "file": result.file,
        "ok": result.ok,
        "region": result.region,
        "today": iso(result.today),
        "deadline": iso(result.deadline),
        "decisions": [] if invalid or not rows else [decision_dict(d) for d in result.decisions],
        "critical_path": [] if invalid else result.critical_path,
        "problems": [problem_dict(p) for p in result.problems],
        "notes": [problem_dict(p) for p in result.notes],
    }


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    return "".join(chunks(results, lang, options))


def chunks(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> Iterator[str]:
    """The document in pieces, for writing as it is made."""
    del lang, options  # JSON is for machines: messages stay in English
    # Indented for people; a national plan compact, because indenting disables json's C encoder.
    size = sum(len(r.decisions) for r in results)
    if size <= PRETTY_UP_TO:
        doc = {"ok": all(r.ok for r in results), "plans": [plan_dict(r) for r in results]}
        yield json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        return
    yield from _compact(results)
    yield "\n"


def _compact(results: list[PlanResult]) -> Iterator[str]:
    """json.dumps of the document without indent, the decisions encoded a batch at a time: a
    dict per decision for all of them at once, or the whole text, is most of the memory of a
    national plan's run."""
    marker = uuid.uuid4().hex  # stands in for each plan's decisions; no text of a plan contains it
    doc = {"ok": all(r.ok for r in results), "plans": [plan_dict(r, rows=False) | {"decisions": marker}
                                                         for r in results]}
    parts = json.dumps(doc, ensure_ascii=False).split(f'"{marker}"')
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    yield parts[0]
    for result, rest in zip(results, parts[1:], strict=True):
        rows = [] if result.invalid else result.decisions
        yield "["
        for start in range(0, len(rows), _BATCH):
            # One C encoder call per batch: its list brackets are dropped, the batches joined by ", ".
            batch = dumps([decision_dict(d) for d in rows[start:start + _BATCH]])[1:-1]
            yield batch if start == 0 else ", " + batch
        yield "]"
        yield rest
