"""`timeline --format json`: the JSON of `check --format json` (SPEC §5) for one plan,
narrowed to the selected decisions and their problems. With a baseline each decision also
carries `baseline`: its earliest, latest, slack and late without the delays."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from res_plan.report.json_report import PRETTY_UP_TO, plan_dict
from res_plan.result import PlanResult, iso
from res_plan.timeline.view import TimelineView


def document(result: PlanResult) -> dict[str, Any]:
    return {"ok": result.ok, "plans": [plan_dict(result)]}


def _with_baseline(plan: dict[str, Any], baseline: PlanResult) -> None:
    rows = {r.id: r for r in baseline.decisions}
    for decision in plan["decisions"]:
        base = rows.get(decision["id"])
        decision["baseline"] = None if base is None else {
            "earliest": iso(base.earliest), "latest": iso(base.latest), "slack": base.slack, "late": base.late}


def render(view: TimelineView, lang: str) -> str:
    del lang  # JSON is for machines: messages stay in English
    ids = {e.row.id for e in view.entries}
    narrowed = replace(view.result, decisions=[d for d in view.result.decisions if d.id in ids],
                       problems=view.problems)
    doc = document(narrowed)
    doc["ok"] = doc["plans"][0]["ok"] = view.result.ok  # the verdict is the whole plan's
    if view.result.baseline is not None:
        _with_baseline(doc["plans"][0], view.result.baseline)
    # As `check`: indented for people, a national plan compact (indenting disables the C encoder).
    pretty = len(narrowed.decisions) <= PRETTY_UP_TO
    return json.dumps(doc, ensure_ascii=False, indent=2 if pretty else None) + "\n"

