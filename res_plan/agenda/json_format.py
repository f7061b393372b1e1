"""`agenda --format json`: `{"partner": {...}, "items": [...]}` with the items sorted by latest
date, then the meeting groups (indices into items) and the plans left out with their problems
(as `check --format json` gives them)."""

from __future__ import annotations

import json
from typing import Any

from res_plan.agenda.view import Agenda, Item
from res_plan.report.json_report import problem_dict
from res_plan.result import iso


def item_dict(item: Item) -> dict[str, Any]:
    row = item.row
    return {"file": item.result.file, "region": item.result.region, "id": row.id, "title": row.title,
            "by": row.by, "earliest": iso(row.earliest), "latest": iso(row.latest), "slack": row.slack,
            "late": row.late, "done": iso(row.done), "status": item.status.value, "critical": item.critical}


def document(agenda: Agenda) -> dict[str, Any]:
    partner = agenda.partner
    index = {id(item): n for n, item in enumerate(agenda.items)}
    return {
        "ok": not agenda.invalid and all(p.ok for p in agenda.plans),
        "partner": {"id": partner.id, "name": partner.name, "kind": partner.kind, "bodies": agenda.bodies,
                    "regions": agenda.regions},
        "items": [item_dict(item) for item in agenda.items],
        "meetings": [{"by": m.by, "date": iso(m.day), "meeting": m.is_meeting, "count": len(m.items),
                      "items": [index[id(item)] for item in m.items]} for m in agenda.meetings],
        "invalid": [{"file": r.file, "region": r.region, "problems": [problem_dict(p) for p in r.problems]}
                    for r in agenda.invalid],
    }


def render(agenda: Agenda, lang: str) -> str:
    del lang  # JSON is for machines: messages stay in English
    return json.dumps(document(agenda), ensure_ascii=False, indent=2) + "\n"
