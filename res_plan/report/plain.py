"""Sentences every report shares, without rich: a problem line and the verdict."""

from __future__ import annotations

from res_plan.checker import PlanResult
from res_plan.messages import problem_message, text
from res_plan.problems import Problem


def problem_text(p: Problem, lang: str) -> str:
    where = f"{text(lang, 'line')} {p.line}:{p.column}: " if p.line is not None else ""
    return f"{text(lang, p.severity)} [{p.code}] {where}{problem_message(p, lang)}"


def verdict_text(result: PlanResult, lang: str) -> str:
    n = len(result.decisions)
    if result.invalid:
        return text(lang, "verdict-invalid", file=result.file, n=len(result.problems))
    late = sum(1 for d in result.decisions if d.late)
    if late:
        return text(lang, "verdict-late", file=result.file, late=late, n=n)
    slacks = [d.slack for d in result.decisions if d.slack is not None]
    if not slacks:
        return text(lang, "verdict-ok-none", file=result.file, n=n)
    return text(lang, "verdict-ok", file=result.file, n=n, slack=min(slacks))
