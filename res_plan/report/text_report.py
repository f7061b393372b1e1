"""`check --format text`: rich tables on a terminal, log-safe plain text everywhere else.

The plain path never imports rich (half the run time of a piped check went into tables)."""

from __future__ import annotations

from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.result import PlanResult


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    if options.terminal:
        from res_plan.report import rich_report

        return rich_report.render(results, lang, options)
    from res_plan.report import plain_report

    return plain_report.render(results, lang, options)
