"""`res-plan schema`: the JSON Schema of the plan file (and of shared include files).

The schema is derived from the pydantic model (res_plan.model), so it follows the format
as the checker reads it; short descriptions are added for editors that show them while
completing keys. The published copies in schema/ are produced from this module by
scripts/gen_schema.py, and a test keeps them equal to the command's output.
"""

from __future__ import annotations

import json
from typing import Any

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PLAN_ID = "urn:res-plan:schema:plan:1"
SHARED_ID = "urn:res-plan:schema:shared:1"
KINDS = ("plan", "shared")

# Descriptions per model and key (SPEC §2); a key absent from the model is skipped, so the
# table may run ahead of or behind the model without breaking the schema.
_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Plan": {
        "": "A res-plan plan file: one RES region, its partners, its decisions and their deadline.",
        "version": "Format version; always 1.",
        "region": "The RES region this plan is for.",
        "include": "Shared files (paths relative to this file) whose partners and calendar entries are added "
                   "to this plan.",
        "deadline": "Every decision must be taken strictly before this date (YYYY-MM-DD).",
        "today": "Plan as if today were this date; `res-plan check --today` overrides it; default: the system date.",
        "calendar": "Public holidays, closed days, recesses and election windows.",
        "partners": "Gemeenten, provincies, waterschappen and other partners with their bodies.",
        "procedures": "Named decision routes of this plan; a name equal to a built-in procedure overrides it.",
        "decisions": "The decisions of the region; each may expand per partner (for_each) and into steps.",
        "done": "Decisions already taken: fully qualified id -> date.",
        "started": "Preparation already under way: fully qualified id -> date it started.",
    },
    "SharedFile": {
        "": "A shared file of partners and calendar entries, included by several plans (`include:`).",
        "partners": "Partners added to every plan that includes this file.",
        "calendar": "Closed days, recesses and election windows added to every plan that includes this file.",
    },
    "Region": {"id": "Region id: lowercase letters, digits and '-'.", "name": "Display name of the region."},
    "CalendarSpec": {
        "holidays": "Country code of the public holidays (`holidays` package), default NL; `none` for no holidays.",
        "closed": "Extra non-working days for everyone (inclusive ranges).",
        "recess": "Periods without meetings of the listed bodies (default: every body), inclusive.",
        "elections": "No decisions by the listed bodies from date-before to date+after, inclusive.",
    },
    "SharedCalendar": {
        "closed": "Extra non-working days for everyone (inclusive ranges).",
        "recess": "Periods without meetings of the listed bodies (default: every body), inclusive.",
        "elections": "No decisions by the listed bodies from date-before to date+after, inclusive.",
    },
    "ClosedRange": {"from": "First day (inclusive).", "to": "Last day (inclusive)."},
    "Recess": {"from": "First day (inclusive).", "to": "Last day (inclusive).",
               "bodies": "Body names or roles (raad, ps, ab, executive, ...) or partner.body; default every body."},
    "Election": {
        "date": "Election day (YYYY-MM-DD).",
        "bodies": "Body names or roles, or partner.body; default every body.",
        "before": "Start of the window before election day (duration, e.g. 2w).",
        "after": "End of the window after election day (duration, e.g. 10w).",
    },
    "Partner": {
        "id": "Partner id, used in `by: id.body` and `for_each`.",
        "kind": "gemeente | provincie | waterschap | regio | netbeheerder | rijk | other.",
        "meetings": "Meeting calendar per body: a list of dates or an rrule. Without one, every eligible "
                    "working day counts.",
    },
    "RRuleSpec": {
        "rrule": "An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1.",
        "from": "First day of the rule; default 1 January of the earliest year in the plan.",
        "until": "Last day of the rule; default the deadline plus 60 months.",
    },
    "Procedure": {"steps": "The steps of the route, in order."},
    "Step": {
        "id": "Step id, unique within the procedure or decision.",
        "by": "Body: a role (executive, representative), a bare body, or partner.body; empty for a work product.",
        "lead": "Preparation time after the previous step (duration, e.g. 4w).",
        "source": "Where the lead time comes from.",
    },
    "AfterRef": {"id": "Decision reference: x, x@partner, x.step or x@partner.step.",
                 "gap": "Minimum time after that decision (duration)."},
    "Decision": {
        "id": "Decision id, unique in the plan.",
        "by": "Deciding body as partner.body (or a bare body/role with for_each or partner).",
        "partner": "Lets the decision name bare bodies and roles of this partner.",
        "lead": "Preparation time after the decision is ready to start (duration, e.g. 6w).",
        "after": "Decisions that must come first: an id, or {id, gap}.",
        "deadline": "This decision must be taken strictly before this date.",
        "not_before": "This decision cannot be taken before this date.",
        "for_each": "Partner kinds and/or partner ids; one instance per matching partner (id decision@partner).",
        "procedure": "A built-in or plan procedure that turns the decision into steps.",
        "steps": "Steps of this decision (instead of a procedure).",
        "kind": "Shortcut that picks the procedure and for_each defaults for a common RES decision; explicit "
                "keys win.",
        "leads": "Override the default lead of named steps of the procedure: step id -> duration.",
    },
}


def _describe(model: str, node: dict[str, Any]) -> None:
    table = _DESCRIPTIONS.get(model, {})
    if "" in table:
        node.setdefault("description", table[""])
    for key, prop in node.get("properties", {}).items():
        if key in table and isinstance(prop, dict):
            prop.setdefault("description", table[key])


def _finish(schema: dict[str, Any], root_model: str, schema_id: str, title: str) -> dict[str, Any]:
    _describe(root_model, schema)
    for name, node in schema.get("$defs", {}).items():
        _describe(name, node)
    schema.pop("title", None)
    head = {"$schema": JSON_SCHEMA_DIALECT, "$id": schema_id, "title": title}
    body = {k: v for k, v in schema.items() if k != "$defs"}
    return {**head, **body, "$defs": schema.get("$defs", {})}  # definitions last: the root reads first


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file, from res_plan.model.Plan."""
    from res_plan.model import Plan

    return _finish(Plan.model_json_schema(by_alias=True), "Plan", PLAN_ID, "res-plan plan file")


def shared_schema() -> dict[str, Any]:
    """The JSON Schema of a shared include file (partners and calendar entries only)."""
    from res_plan import model

    shared = getattr(model, "SharedFile", None)
    if shared is None:  # a model without shared files: build it from the plan's parts
        plan = plan_schema()
        defs = plan["$defs"]
        calendar = {"type": "object", "additionalProperties": False,
                    "properties": {k: defs["CalendarSpec"]["properties"][k] for k in ("closed", "recess", "elections")}}
        body = {"type": "object", "additionalProperties": False,
                "properties": {"partners": plan["properties"]["partners"], "calendar": calendar},
                "$defs": defs}
        return _finish(body, "SharedFile", SHARED_ID, "res-plan shared file")
    return _finish(shared.model_json_schema(by_alias=True), "SharedFile", SHARED_ID, "res-plan shared file")


def render(kind: str = "plan") -> str:
    """The schema as the published file holds it: 2-space JSON, UTF-8, final newline."""
    schema = plan_schema() if kind == "plan" else shared_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def run(kind: str) -> int:
    import sys

    if kind not in KINDS:
        print(f"res-plan schema: unknown schema '{kind}'; choose {' or '.join(KINDS)}", file=sys.stderr)
        return 2
    sys.stdout.write(render(kind))
    return 0
