"""Problems found in a plan: input errors, lateness, warnings (SPEC §5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

Severity = Literal["error", "warning"]
Loc = tuple[str | int, ...]

# Codes that make a file invalid (exit 2), as opposed to schedule findings (exit 1).
SCHEDULE_CODES = frozenset({"late", "no-date", "done-late", "after-deadline", "no-instances"})


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    severity: Severity = "error"
    decision: str | None = None
    loc: Loc | None = None  # logical path in the file, e.g. ("decisions", 3, "after", 0)
    at_key: bool = False  # point at the key rather than at its value
    file: str | None = None
    line: int | None = None  # 1-based, filled in from loc
    column: int | None = None
    params: dict[str, str] = field(default_factory=dict, compare=False)  # to render in another language
    template: str | None = None  # message key in res_plan.messages, for other languages

    @property
    def is_input_error(self) -> bool:
        return self.severity == "error" and self.code not in SCHEDULE_CODES

    def at(self, line: int | None, column: int | None) -> Problem:
        return replace(self, line=line, column=column)


def problem(code: str, template: str, /, *, severity: Severity = "error", decision: str | None = None,
            loc: Loc | None = None, at_key: bool = False, line: int | None = None, column: int | None = None,
            params: Mapping[str, object] | None = None, **named: object) -> Problem:
    """A problem whose message comes from the catalogue (res_plan.messages), in English here
    and in any language later. Its params are `params` and the named ones; None counts as empty."""
    from res_plan.messages import render  # messages imports this module for its types

    values = {name: "" if value is None else str(value) for name, value in {**(params or {}), **named}.items()}
    return Problem(code, render("en", template, values), severity, decision, loc, at_key, line=line, column=column,
                   params=values, template=template)


def prefixed(p: Problem, prefix: str) -> Problem:
    """The same problem with a prefix (e.g. "include[0]: ") before its message, in every language."""
    params = {**p.params, "prefix": prefix + p.params.get("prefix", "")} if p.template else p.params
    return replace(p, message=prefix + p.message, params=params)


def path_text(loc: Loc) -> str:
    """('decisions', 3, 'after') -> 'decisions[3].after'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class PlanInvalid(Exception):
    """Raised inside the pipeline when a file cannot go on to scheduling."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
