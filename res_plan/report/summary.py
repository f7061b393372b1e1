"""National summary for many plans: one line a region with its worst slack and its critical
decision, most urgent first. A rich Table, readable on 80 columns; renders nothing itself."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from res_plan.messages import text
from res_plan.report.plain import problems_label
from res_plan.result import DecisionRow, PlanResult, Status, iso

_STYLE = {Status.LATE: "bold red", Status.NO_DATE: "bold red", Status.INVALID: "bold red",
          Status.ON_TIME: "green", Status.DONE: "dim"}
_RANK = {Status.INVALID: 0, Status.NO_DATE: 1, Status.LATE: 2, Status.ON_TIME: 3, Status.DONE: 4}


# The plan's status in the catalogue (the words the check reports use, and INVALID)
_STATUS_KEY = {Status.ON_TIME: "status-on-time", Status.LATE: "status-late", Status.NO_DATE: "status-no-date",
               Status.INVALID: "status-invalid", Status.DONE: "status-done"}


def _label(lang: str, key: str, **params: str) -> str:
    return text(lang, f"sum-{key}", **params)


def worst_slack(result: PlanResult) -> int | None:
    return result.worst_slack


def critical_decision(result: PlanResult) -> DecisionRow | None:
    return result.critical_decision


def plan_status(result: PlanResult) -> str:
    return result.status.value


def _region_name(result: PlanResult) -> str:
    """The region's name without the customary "RES " prefix; the file when unreadable."""
    if not result.region:
        return result.file
    name = result.region["name"]
    return name[4:] if name.startswith("RES ") and len(name) > 4 else name


def _sort_key(result: PlanResult) -> tuple[int, int, str]:
    slack = result.worst_slack
    name = _region_name(result)
    return (_RANK[result.status], slack if slack is not None else -(10**9), name)


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
    for result in sorted(results, key=_sort_key):
        status = result.status
        region = _region_name(result)
        if status is Status.INVALID:
            table.add_row(Text(region), "-", problems_label(lang, len(result.problems)), "-",
                          Text(text(lang, _STATUS_KEY[status]), style=_STYLE[status]))
            continue
        slack = result.worst_slack
        critical = result.critical_decision
        table.add_row(  # names as Text: a "[/]" in one is no markup
            Text(region), "-" if slack is None else str(slack),
            Text(critical.id) if critical else "-", (iso(critical.latest) or "-") if critical else "-",
            Text(text(lang, _STATUS_KEY[status]), style=_STYLE[status]),
        )
    return table
