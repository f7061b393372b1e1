"""From positioned YAML to the plan model; every schema error located and explained."""

from __future__ import annotations

import re
from typing import Any, get_args

from pydantic import ValidationError

from res_plan.hints import suggest
from res_plan.model import KINDS, UNION_TAGS, DecisionKind, Plan, allowed_keys
from res_plan.problems import Loc, PlanInvalid, Problem, path_text
from res_plan.yaml_source import PositionedYaml, shorten

MAX_DECISIONS = 100_000  # decisions as written, before for_each expansion
MAX_PARTNERS = 10_000
MAX_PROBLEMS = 100  # schema problems reported per file

# Which model a mapping at a path is, with list indexes and free names as "*".
_MODEL_AT: dict[tuple[str, ...], str] = {
    (): "Plan",
    ("region",): "Region",
    ("calendar",): "CalendarSpec",
    ("calendar", "closed", "*"): "ClosedRange",
    ("calendar", "recess", "*"): "Recess",
    ("calendar", "elections", "*"): "Election",
    ("partners", "*"): "Partner",
    ("partners", "*", "meetings", "*"): "RRuleSpec",
    ("procedures", "*"): "Procedure",
    ("procedures", "*", "steps", "*"): "Step",
    ("decisions", "*"): "Decision",
    ("decisions", "*", "steps", "*"): "Step",
    ("decisions", "*", "after", "*"): "AfterRef",
}
_FREE_NAMES = {("partners", "*", "meetings"), ("procedures",)}


def _shape(loc: Loc) -> tuple[str, ...]:
    out: list[str] = []
    for part in loc:
        free = isinstance(part, int) or tuple(out) in _FREE_NAMES
        out.append("*" if free else str(part))
    return tuple(out)


def validate(doc: PositionedYaml) -> Plan:
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else f"the single value {shorten(str(doc.data), 40)!r}"
        line, column = doc.position(())
        raise PlanInvalid([Problem(
            "bad-value",
            f"the file holds {kind}; a plan is a mapping with version, region, deadline and decisions",
            line=line, column=column,
        )])
    _check_counts(doc)
    try:
        return Plan.model_validate(doc.data)
    except ValidationError as exc:
        raise PlanInvalid(schema_problems(exc, doc)) from None


def schema_problems(exc: ValidationError, doc: PositionedYaml) -> list[Problem]:
    return _cap(_dedupe([_problem(err, doc) for err in exc.errors(include_url=False)]))


def _check_counts(doc: PositionedYaml) -> None:
    """The number of partners and decisions, before the schema spends time on them."""
    for key, limit in (("decisions", MAX_DECISIONS), ("partners", MAX_PARTNERS)):
        entries = doc.data.get(key)
        if isinstance(entries, list) and len(entries) > limit:
            line, column = doc.position((key,), at_key=True)
            raise PlanInvalid([Problem(
                "too-large", f"{key}: the plan lists {len(entries):,} {key}; the limit is {limit:,}: split the plan",
                loc=(key,), at_key=True, line=line, column=column,
            )])


def _cap(problems: list[Problem]) -> list[Problem]:
    """In file order; past MAX_PROBLEMS one closing note instead of a flood."""
    problems = sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [Problem(
        "too-many-problems", f"{rest:,} more problems are not shown: fix the ones above and run again",
        severity="warning",
    )]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str, int | None, int | None]] = set()
    out = []
    for p in problems:
        key = (p.code, p.message, p.line, p.column)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _problem(err: Any, doc: PositionedYaml) -> Problem:
    loc: Loc = tuple(p for p in err["loc"] if p not in UNION_TAGS)
    kind, value = err["type"], err.get("input")
    where = shorten(path_text(loc[:-1]) if kind in ("extra_forbidden", "missing") else path_text(loc), 120)
    prefix = f"{where}: " if where else ""
    at_key = False
    if kind == "extra_forbidden":
        code, key = "unknown-key", str(loc[-1])
        model = _MODEL_AT.get(_shape(loc[:-1]))
        hint = suggest(key, allowed_keys()[model]) if model else ""
        message = f"{prefix}unknown key '{shorten(key)}'{hint}"
        at_key = True
    elif kind == "missing":
        code = "missing-key"
        message = f"{prefix}missing key '{shorten(str(loc[-1]))}'"
        loc = loc[:-1]
    elif kind in ("bad-date", "bad-duration", "bad-value"):
        code, message = kind, f"{prefix}{err['msg']}"
    else:
        code, message = "bad-value", f"{prefix}{_value_message(kind, err, value, loc)}"
    line, column = doc.position(loc, at_key=at_key)
    return Problem(code, message, loc=loc, at_key=at_key, line=line, column=column)


def _value_message(kind: str, err: Any, value: Any, loc: Loc) -> str:
    name = shorten(str(loc[-1]), 40) if loc else "value"
    shown = _show(value)
    if kind == "string_pattern_mismatch":
        slug = shorten(re.sub(r"[^a-z0-9-]+", "-", str(value).lower()).strip("-") or "x", 40)
        return f"{name} {shown} may hold only lowercase letters, digits and '-' (e.g. '{slug}')"
    if kind == "literal_error" and name == "version":
        return f"version {shown} is not supported: write version: 1"
    if kind == "literal_error" and name == "kind":
        choices = KINDS if loc and loc[0] == "partners" else get_args(DecisionKind)
        return f"kind {shown} is not one of {', '.join(choices)}{suggest(str(value), choices)}"
    if kind in ("too_short",) and isinstance(value, (list, dict)):
        return f"{name} is empty: list at least one entry"
    if kind in ("string_too_long", "too_long"):
        return f"{name} is too long: {err['msg'].lower()}"
    if isinstance(value, bool) and kind == "string_type":
        return (f"{name} reads as {str(value).lower()}: YAML takes yes/no/on/off as true/false, "
                f"so quote it (e.g. \"NO\")")
    expected = {
        "string_type": "a text", "list_type": "a list", "dict_type": "a mapping",
        "model_type": "a mapping", "model_attributes_type": "a mapping",
    }.get(kind)
    if expected:
        return f"{name} should be {expected}, got {shown}"
    return f"{name} {shown}: {err['msg']}"


def _show(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."
