"""`check --format github-summary`: Markdown for `$GITHUB_STEP_SUMMARY`, the page GitHub shows
beside a workflow run. One table row a plan (most urgent first), then each plan's problems in a
folded list; GitHub renders GitHub-flavoured Markdown there, so every text from a plan file is
escaped as in the timeline's Markdown (raw HTML stays text)."""

from __future__ import annotations

from res_plan.messages import text
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.report.plain import PLAN_STATUS_KEYS, located, urgency
from res_plan.result import PlanResult, Status, iso
from res_plan.timeline.markdown import cell, title_cell

MAX_PROBLEMS = 50  # a plan's list in the summary; the log and the annotations carry every one


def _row(result: PlanResult, lang: str) -> str:
    status = text(lang, PLAN_STATUS_KEYS[result.status])
    if result.status in (Status.INVALID, Status.NO_DATE, Status.LATE):
        status = f"**{status}**"
    region = title_cell(result.region["name"]) if result.region else "-"
    slack = result.worst_slack
    critical = result.critical_decision
    cells = [f"`{cell(result.file)}`", region, status, "-" if slack is None else str(slack),
             f"`{cell(critical.id)}`" if critical else "-", (iso(critical.latest) or "-") if critical else "-",
             str(result.late_count), str(len(result.problems))]
    return "| " + " | ".join(cells) + " |"


def _problems(result: PlanResult, lang: str) -> list[str]:
    if not result.problems:
        return []
    shown = result.problems[:MAX_PROBLEMS]
    lines = ["<details>", f"<summary>{cell(text(lang, 'gh-details', file=result.file))}</summary>", ""]
    lines += [f"- {cell(located(p, lang, result.file), markdown=False)}" for p in shown]
    if len(result.problems) > len(shown):
        lines.append(f"- {text(lang, 'gh-more', n=len(result.problems) - len(shown))}")
    return lines + ["", "</details>", ""]


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    del options
    late = sum(1 for r in results if not r.ok and not r.invalid)
    invalid = sum(1 for r in results if r.invalid)
    lines = [f"## {text(lang, 'gh-title', files=len(results), invalid=invalid, late=late)}", ""]
    if results:
        heads = [text(lang, "gh-col-plan"), text(lang, "sum-region"), text(lang, "sum-status"),
                 text(lang, "sum-slack"), text(lang, "sum-critical"), text(lang, "sum-latest"),
                 text(lang, "gh-col-late"), text(lang, "gh-col-problems")]
        lines += ["| " + " | ".join(heads) + " |", "|---|---|---|---:|---|---|---:|---:|"]
        ordered = sorted(results, key=lambda r: (*urgency(r), r.file))
        lines += [_row(r, lang) for r in ordered] + [""]
        for result in ordered:
            lines += _problems(result, lang)
    return "\n".join(lines) + "\n"
