"""GitHub Actions workflow commands on the YAML line that causes each problem.

GitHub shows 10 errors and 10 warnings of a step: problems of one code on one line (the
instances of a for_each decision) become one annotation naming them all, a problem of a
shared file that several plans include is annotated once, and errors come first."""

from __future__ import annotations

from dataclasses import replace

from res_plan.problems import Problem
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.result import PlanResult
from res_plan.safe_text import one_line


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def one_line_keeping_breaks(message: str) -> str:
    """Control characters quoted from the file escaped; line breaks stay, escaped as GitHub reads them."""
    return "\n".join(one_line(part) for part in message.split("\n"))


def command(p: Problem) -> str:
    level = "error" if p.severity == "error" else "warning"
    props = [f"file={_escape_property(p.file or '')}"]
    if p.line is not None:
        props.append(f"line={p.line}")
    if p.column is not None:
        props.append(f"col={p.column}")
    props.append(f"title={_escape_property('res-plan ' + p.code)}")
    return f"::{level} {','.join(props)}::{_escape_data(one_line_keeping_breaks(p.message))}"


def grouped(problems: list[Problem]) -> list[Problem]:
    """One problem per file, line, column, code and severity; the others' decisions named in it."""
    groups: dict[tuple[object, ...], list[Problem]] = {}
    for p in problems:
        key = (p.severity, p.file, p.line, p.column, p.code) if p.line is not None else (id(p),)
        same = groups.setdefault(key, [])
        if all(q.message != p.message for q in same):
            same.append(p)
    out = []
    for same in groups.values():
        first = same[0]
        if len(same) > 1:
            others = ", ".join(q.decision or q.message for q in same[1:])
            first = replace(first, message=f"{first.message} (also {others})")
        out.append(first)
    return sorted(out, key=lambda p: p.severity != "error")  # stable: file order within a severity


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    del lang, options
    lines = [command(p) for p in grouped([p for r in results for p in r.problems])]
    late = sum(1 for r in results if not r.ok and not r.invalid)
    invalid = sum(1 for r in results if r.invalid)
    lines.append(f"res-plan: {len(results)} file(s), {invalid} invalid, {late} with late decisions")
    return "\n".join(lines) + "\n"
