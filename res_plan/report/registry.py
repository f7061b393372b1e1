"""Output formats by name; each module renders and computes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import import_module

from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.result import PlanResult

FORMATS = {
    "text": "res_plan.report.text_report",
    "json": "res_plan.report.json_report",
    "github": "res_plan.report.github_report",
    "github-summary": "res_plan.report.github_summary",
    "junit": "res_plan.report.junit_report",
}


def chunks(fmt: str, results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> Iterator[str]:
    """The output in pieces where the format writes it so (a national plan's JSON), else whole."""
    # Imported by name so `--format json` never pays for rich.
    module = import_module(FORMATS[fmt])
    if hasattr(module, "chunks"):
        yield from module.chunks(results, lang, options)
    else:
        yield module.render(results, lang, options)


def render(fmt: str, results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    return "".join(chunks(fmt, results, lang, options))
