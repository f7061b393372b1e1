"""National summary for many plans: one line a region with its worst slack and its critical
decision, most urgent first. A rich Table, readable on 80 columns; renders nothing itself."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from res_plan.messages import text
from res_plan.report.plain import PLAN_STATUS_KEYS, problems_label, region_name, urgency
from res_plan.result import PlanResult, Status, iso

_STYLE = {Status.LATE: "bold red", Status.NO_DATE: "bold red", Status.INVALID: "bold red",
          Status.ON_TIME: "green", Status.DONE: "dim"}


def _label(lang: str, key: str, **params: str) -> str:
    return text(lang, f"sum-{key}", **params)


def national_summary(results: list[PlanResult], lang: str) -> Table:
    """One row a plan: region, worst slack (working days) of its open decisions, critical decision,
    its latest date and a status; invalid plans first, then by worst slack."""
    table = Table(title=_label(lang, "title"), title_justify="left", title_style="bold", box=None,
                  pad_edge=False, show_edge=False, header_style="bold", expand=False)
    table.add_column(_label(lang, "region"), overflow="fold")
    table.add_column(_label(lang, "slack"), justify="right", no_wrap=True)
    table.add_column(_label(lang, "critical"), overflow="fold", min_width=12)
    table.add_column(_label(lang, "latest"), no_wrap=True, min_width=10)
    table.add_column(_label(lang, "status"), no_wrap=True)
    for result in sorted(results, key=lambda r: (*urgency(r), region_name(r))):
        status = result.status
        region = region_name(result)
        if status is Status.INVALID:
            table.add_row(Text(region), "-", problems_label(lang, len(result.problems)), "-",
                          Text(text(lang, PLAN_STATUS_KEYS[status]), style=_STYLE[status]))
            continue
        slack = result.worst_slack
        critical = result.critical_decision
        table.add_row(  # names as Text: a "[/]" in one is no markup
            Text(region), "-" if slack is None else str(slack),
            Text(critical.id) if critical else "-", (iso(critical.latest) or "-") if critical else "-",
            Text(text(lang, PLAN_STATUS_KEYS[status]), style=_STYLE[status]),
        )
    return table
