"""`diff --format json`: every change with both versions' dates and the shifts in working days."""

from __future__ import annotations

import json
from typing import Any

from res_plan.diff.compare import Change, PlanDiff
from res_plan.result import DecisionRow, PlanResult, iso


def _dates(row: DecisionRow | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"done": iso(row.done), "earliest": iso(row.earliest), "latest": iso(row.latest), "slack": row.slack,
            "late": row.late}


def change_dict(change: Change) -> dict[str, Any]:
    row = change.row
    return {"id": change.id, "title": row.title, "by": row.by, "line": change.line, "old": _dates(change.old),
            "new": _dates(change.new), "earliest_wd": change.earliest_wd, "latest_wd": change.latest_wd}


def _plan(result: PlanResult) -> dict[str, Any]:
    return {"file": result.file, "region": result.region, "ok": result.ok, "critical_path": result.critical_path}


def render(diff: PlanDiff, lang: str) -> str:
    del lang  # JSON is for machines
    doc = {"ok": not diff.became_late, "changed": diff.changed, "today": iso(diff.today), "file": diff.path,
           "old": _plan(diff.old), "new": _plan(diff.new),
           "added": [change_dict(c) for c in diff.added], "removed": [change_dict(c) for c in diff.removed],
           "moved": [change_dict(c) for c in diff.moved],
           "became_late": [change_dict(c) for c in diff.became_late],
           "no_longer_late": [change_dict(c) for c in diff.no_longer_late],
           "critical_path_changed": diff.critical_changed}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
