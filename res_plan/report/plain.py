"""Sentences every report shares, without rich: a problem line and the verdict."""

from __future__ import annotations

from res_plan.messages import problem_message, text
from res_plan.problems import Problem
from res_plan.result import PlanResult, Status

# The message key of each status, in every human format.
STATUS_KEYS = {Status.DONE: "status-done", Status.ON_TIME: "status-on-time", Status.LATE: "status-late",
               Status.BECAME_LATE: "tl-status-became-late", Status.NO_DATE: "status-no-date"}


def problem_text(p: Problem, lang: str) -> str:
    where = f"{text(lang, 'line')} {p.line}:{p.column}: " if p.line is not None else ""
    return f"{text(lang, p.severity)} [{p.code}] {where}{problem_message(p, lang)}"


def verdict_text(result: PlanResult, lang: str) -> str:
    n = len(result.decisions)
    if result.invalid:
        return text(lang, "verdict-invalid", file=result.file, n=len(result.problems))
    late = result.late_count
    if late:
        return text(lang, "verdict-late", file=result.file, late=late, n=n)
    slack = result.worst_slack
    if slack is None:
        return text(lang, "verdict-ok-none", file=result.file, n=n)
    return text(lang, "verdict-ok", file=result.file, n=n, slack=slack)
