"""`res-plan schema`: the JSON Schema of the plan file (and of shared include files).

The schema is derived from the pydantic model (res_plan.model), so it follows the format
as the checker reads it; the descriptions editors show while completing keys are those of
the model's fields. The published copies in schema/ are produced from this module by
scripts/gen_schema.py, and a test keeps them equal to the command's output.
"""

from __future__ import annotations

import json
from typing import Any

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PLAN_ID = "urn:res-plan:schema:plan:1"
SHARED_ID = "urn:res-plan:schema:shared:1"
KINDS = ("plan", "shared")


def _finish(schema: dict[str, Any], schema_id: str, title: str) -> dict[str, Any]:
    schema.pop("title", None)
    head = {"$schema": JSON_SCHEMA_DIALECT, "$id": schema_id, "title": title}
    body = {k: v for k, v in schema.items() if k != "$defs"}
    return {**head, **body, "$defs": schema.get("$defs", {})}  # definitions last: the root reads first


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of a plan file, from res_plan.model.Plan."""
    from res_plan.model import Plan

    return _finish(Plan.model_json_schema(by_alias=True), PLAN_ID, "res-plan plan file")


def shared_schema() -> dict[str, Any]:
    """The JSON Schema of a shared include file (partners and calendar entries only)."""
    from res_plan.model import SharedFile

    return _finish(SharedFile.model_json_schema(by_alias=True), SHARED_ID, "res-plan shared file")


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
