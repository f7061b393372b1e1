"""Problems found in a plan: input errors, lateness, warnings (SPEC §5)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from res_plan.messages import Message, message

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
    wording: Message | None = None  # `message` before it is put into words, for other languages
    prefix: str = ""  # the path before the wording, e.g. "decisions[1]: "

    @property
    def is_input_error(self) -> bool:
        return self.severity == "error" and self.code not in SCHEDULE_CODES

    @property
    def template(self) -> str | None:
        return self.wording.key if self.wording else None

    @property
    def params(self) -> dict[str, str]:
        return self.wording.flat() if self.wording else {}

    def at(self, line: int | None, column: int | None) -> Problem:
        return replace(self, line=line, column=column)


def problem(code: str, template: str | Message, /, *, severity: Severity = "error", decision: str | None = None,
            loc: Loc | None = None, at_key: bool = False, line: int | None = None, column: int | None = None,
            prefix: str = "", params: Mapping[str, object] | None = None, **named: object) -> Problem:
    """A problem whose message comes from the catalogue, in English here and in any language
    later: a Message, or a key with `params` and the named ones (see `messages.message`)."""
    wording = template if isinstance(template, Message) else message(template, params, **named)
    return Problem(code, prefix + wording.english, severity, decision, loc, at_key, line=line, column=column,
                   wording=wording, prefix=prefix)


def prefixed(p: Problem, prefix: str) -> Problem:
    """The same problem with a prefix (e.g. "include[0]: ") before its message, in every language."""
    return replace(p, message=prefix + p.message, prefix=prefix + p.prefix)


def path_text(loc: Loc) -> str:
    """('decisions', 3, 'after') -> 'decisions[3].after'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


MAX_PROBLEMS = 100  # per file, of every kind: past it one note, so a flood costs no time to place


def capped(problems: list[Problem]) -> list[Problem]:
    """The first MAX_PROBLEMS problems, then a note saying how many more there are."""
    if len(problems) <= MAX_PROBLEMS + 1:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [problem("too-many-problems", "too-many-problems", rest=f"{rest:,}",
                                              severity="warning")]


class PlanInvalid(Exception):
    """Raised inside the pipeline when a file cannot go on to scheduling."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
