"""From positioned YAML to the plan model; every schema error located and explained."""

from __future__ import annotations

import re
from typing import Any, get_args

from pydantic import ValidationError

from res_plan.hints import suggest
from res_plan.messages import Message, Param, quote, shorten
from res_plan.model import KINDS, UNION_TAGS, DecisionKind, Plan, SharedFile, allowed_keys
from res_plan.problems import Loc, PlanInvalid, Problem, path_text, problem
from res_plan.yaml_source import PositionedYaml

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
# A shared include file holds only partners and calendar entries, with fewer calendar keys.
_SHARED_MODEL_AT = {**{shape: model for shape, model in _MODEL_AT.items()
                       if shape[:1] in (("partners",), ("calendar",))},
                    (): "SharedFile", ("calendar",): "SharedCalendar"}


def _shape(loc: Loc) -> tuple[str, ...]:
    out: list[str] = []
    for part in loc:
        free = isinstance(part, int) or tuple(out) in _FREE_NAMES
        out.append("*" if free else str(part))
    return tuple(out)


def _require_mapping(doc: PositionedYaml, holds_list: str, holds_value: str) -> None:
    """A plan or shared file is a mapping; else the message key that says it holds a list or one value."""
    if isinstance(doc.data, dict):
        return
    line, column = doc.position(())
    if isinstance(doc.data, list):
        raise PlanInvalid([problem("bad-value", holds_list, line=line, column=column)])
    raise PlanInvalid([problem("bad-value", holds_value, value=repr(shorten(str(doc.data), 40)),
                               line=line, column=column)])


def validate(doc: PositionedYaml) -> Plan:
    _require_mapping(doc, "not-a-mapping-list", "not-a-mapping-value")
    _check_counts(doc)
    try:
        return Plan.model_validate(doc.data)
    except ValidationError as exc:
        raise PlanInvalid(schema_problems(exc, doc)) from None


def validate_shared(doc: PositionedYaml) -> SharedFile:
    """A shared include file: a mapping of partners and calendar entries."""
    _require_mapping(doc, "shared-not-a-mapping-list", "shared-not-a-mapping-value")
    try:
        return SharedFile.model_validate(doc.data)
    except ValidationError as exc:
        raise PlanInvalid(schema_problems(exc, doc, shared=True)) from None


def schema_problems(exc: ValidationError, doc: PositionedYaml, shared: bool = False) -> list[Problem]:
    models = _SHARED_MODEL_AT if shared else _MODEL_AT
    return _cap(_dedupe([_problem(err, doc, models) for err in exc.errors(include_url=False)]))


def _check_counts(doc: PositionedYaml) -> None:
    """The number of partners and decisions, before the schema spends time on them."""
    for key, limit in (("decisions", MAX_DECISIONS), ("partners", MAX_PARTNERS)):
        entries = doc.data.get(key)
        if isinstance(entries, list) and len(entries) > limit:
            line, column = doc.position((key,), at_key=True)
            raise PlanInvalid([problem("too-large", "too-many-entries", prefix=f"{key}: ", count=f"{len(entries):,}",
                                       key=key, limit=f"{limit:,}", loc=(key,), at_key=True, line=line,
                                       column=column)])


def _cap(problems: list[Problem]) -> list[Problem]:
    """In file order; past MAX_PROBLEMS one closing note instead of a flood."""
    problems = sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [problem("too-many-problems", "too-many-problems", rest=f"{rest:,}",
                                              severity="warning")]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str, int | None, int | None]] = set()
    out = []
    for p in problems:
        key = (p.code, p.message, p.line, p.column)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _problem(err: Any, doc: PositionedYaml, models: dict[tuple[str, ...], str]) -> Problem:
    loc: Loc = tuple(p for p in err["loc"] if p not in UNION_TAGS)
    kind, value = err["type"], err.get("input")
    where = shorten(path_text(loc[:-1]) if kind in ("extra_forbidden", "missing") else path_text(loc), 120)
    prefix = f"{where}: " if where else ""
    at_key = False
    params: dict[str, Param]
    if kind == "extra_forbidden":
        code, template, key = "unknown-key", "unknown-key", str(loc[-1])
        shape = _shape(loc[:-1])
        model = models.get(shape)
        hint: Param = ""
        if models is _SHARED_MODEL_AT and key in allowed_keys().get(_MODEL_AT.get(shape, ""), ()):
            hint = Message("shared-plan-only")  # a plan's key, such as version or holidays
        elif model:
            hint = suggest(key, allowed_keys()[model])
        params = {"key": shorten(key), "hint": hint}
        at_key = True
    elif kind == "missing":
        # A plan without `version` is most often a new file: say what to write, not only what is missing.
        template = "missing-version" if tuple(loc) == ("version",) else "missing-key"
        code, params = "missing-key", {"key": shorten(str(loc[-1]))}
        loc = loc[:-1]
    elif kind in ("bad-date", "bad-duration", "bad-value") and "wording" in err.get("ctx", {}):
        line, column = doc.position(loc, at_key=at_key)
        return problem(kind, err["ctx"]["wording"], prefix=prefix, loc=loc, line=line, column=column)
    else:
        code = "bad-value"
        template, params = _value_message(kind, err, value, loc)
    line, column = doc.position(loc, at_key=at_key)
    return problem(code, template, prefix=prefix, loc=loc, at_key=at_key, line=line, column=column, params=params)


# pydantic error types that say a value has the wrong type, and the type it should have
_EXPECTED = {"string_type": "type-text", "list_type": "type-list", "dict_type": "type-mapping",
             "model_type": "type-mapping", "model_attributes_type": "type-mapping"}


def _value_message(kind: str, err: Any, value: Any, loc: Loc) -> tuple[str, dict[str, Param]]:
    """The catalogue key and params for a pydantic error about a value."""
    name = shorten(str(loc[-1]), 40) if loc else "value"
    shown = _show(value)
    if kind == "string_pattern_mismatch":
        slug = shorten(re.sub(r"[^a-z0-9-]+", "-", str(value).lower()).strip("-") or "x", 40)
        return "bad-id", {"name": name, **shown, "slug": slug}
    if kind == "literal_error" and name == "version":
        return "bad-version", shown
    if kind == "literal_error" and name == "kind":
        choices = KINDS if loc and loc[0] == "partners" else get_args(DecisionKind)
        return "bad-kind", {**shown, "choices": ", ".join(choices), "hint": suggest(str(value), choices)}
    if kind in ("too_short",) and isinstance(value, (list, dict)):
        return "empty-list", {"name": name}
    if kind in ("string_too_long", "too_long"):
        return "too-long", {"name": name, "reason": err["msg"].lower()}
    if isinstance(value, bool) and kind == "string_type":
        return "reads-as-bool", {"name": name, "value": str(value).lower()}
    if kind in _EXPECTED:
        return "wrong-type", {"name": name, "expected": Message(_EXPECTED[kind]), **shown}
    return "bad-value-other", {"name": name, **shown, "reason": err["msg"]}


def _show(value: Any) -> dict[str, Param]:
    """A value as a message shows it: quoted, or the words nothing, a mapping, a list."""
    if value is None:
        return {"shown": Message("shown-nothing")}
    if isinstance(value, dict):
        return {"shown": Message("shown-mapping")}
    if isinstance(value, list):
        return {"shown": Message("shown-list")}
    return {"shown": quote(value)}
