"""GitHub Actions workflow commands, one per problem, on the YAML line that causes it."""

from __future__ import annotations

from res_plan.problems import Problem
from res_plan.result import PlanResult


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(p: Problem) -> str:
    level = "error" if p.severity == "error" else "warning"
    props = [f"file={_escape_property(p.file or '')}"]
    if p.line is not None:
        props.append(f"line={p.line}")
    if p.column is not None:
        props.append(f"col={p.column}")
    props.append(f"title={_escape_property('res-plan ' + p.code)}")
    return f"::{level} {','.join(props)}::{_escape_data(p.message)}"


def render(results: list[PlanResult], lang: str) -> str:
    del lang
    lines = [command(p) for r in results for p in r.problems]
    late = sum(1 for r in results if not r.ok and not r.invalid)
    invalid = sum(1 for r in results if r.invalid)
    lines.append(f"res-plan: {len(results)} file(s), {invalid} invalid, {late} with late decisions")
    return "\n".join(lines) + "\n"
