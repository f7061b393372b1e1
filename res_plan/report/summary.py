"""National summary for many plans: one line a region with its worst slack and its critical
decision, most urgent first. A rich Table, readable on 80 columns; renders nothing itself."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from res_plan.checker import DecisionRow, PlanResult

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "National summary", "region": "region", "slack": "slack",
        "critical": "critical decision", "latest": "latest", "status": "status",
        "on-time": "on time", "late": "LATE", "no-date": "NO DATE", "invalid": "INVALID", "done": "done",
        "problems": "{n} problem(s)",
    },
    "nl": {
        "title": "Landelijk overzicht", "region": "regio", "slack": "speling",
        "critical": "kritiek besluit", "latest": "uiterlijk", "status": "status",
        "on-time": "op tijd", "late": "TE LAAT", "no-date": "GEEN DATUM", "invalid": "ONGELDIG", "done": "genomen",
        "problems": "{n} probleem/problemen",
    },
}
_STYLE = {"late": "bold red", "no-date": "bold red", "invalid": "bold red", "on-time": "green", "done": "dim"}
_RANK = {"invalid": 0, "no-date": 1, "late": 2, "on-time": 3, "done": 4}


def _label(lang: str, key: str, **params: object) -> str:
    return LABELS.get(lang, LABELS["en"])[key].format(**params)


def _open(result: PlanResult) -> list[DecisionRow]:
    return [d for d in result.decisions if d.done is None]


def worst_slack(result: PlanResult) -> int | None:
    """The smallest slack of the plan's open decisions (None when none has one)."""
    slacks = [d.slack for d in _open(result) if d.slack is not None]
    return min(slacks) if slacks else None


def critical_decision(result: PlanResult) -> DecisionRow | None:
    """The first decision of the critical path (the one with the least slack), else the open
    decision with the least slack."""
    rows = {d.id: d for d in result.decisions}
    if result.critical_path and result.critical_path[0] in rows:
        return rows[result.critical_path[0]]
    candidates = [d for d in _open(result) if d.slack is not None]
    return min(candidates, key=lambda d: (d.slack, d.latest or "", d.id)) if candidates else None


def plan_status(result: PlanResult) -> str:
    if result.invalid:
        return "invalid"
    open_rows = _open(result)
    if not open_rows:
        return "done"
    if any(d.earliest is None or d.latest is None for d in open_rows):
        return "no-date"
    return "late" if any(d.late for d in open_rows) else "on-time"


def _region_name(result: PlanResult) -> str:
    """The region's name without the customary "RES " prefix; the file when unreadable."""
    if not result.region:
        return result.file
    name = result.region["name"]
    return name[4:] if name.startswith("RES ") and len(name) > 4 else name


def _sort_key(result: PlanResult) -> tuple[int, int, str]:
    slack = worst_slack(result)
    name = _region_name(result)
    return (_RANK[plan_status(result)], slack if slack is not None else -(10**9), name)


def national_summary(results: list[PlanResult], lang: str) -> Table:
    """One row a plan: region, worst slack (working days) of its open decisions, critical decision,
    its latest date and a status; invalid plans first, then by worst slack."""
    table = Table(title=_label(lang, "title"), title_justify="left", title_style="bold", box=None,
                  pad_edge=False, show_edge=False, header_style="bold", expand=False)
    table.add_column(_label(lang, "region"), overflow="fold", max_width=18)
    table.add_column(_label(lang, "slack"), justify="right", no_wrap=True)
    table.add_column(_label(lang, "critical"), overflow="fold", min_width=12)
    table.add_column(_label(lang, "latest"), no_wrap=True, min_width=10)
    table.add_column(_label(lang, "status"), no_wrap=True)
    for result in sorted(results, key=_sort_key):
        status = plan_status(result)
        region = _region_name(result)
        if status == "invalid":
            table.add_row(region, "-", _label(lang, "problems", n=len(result.problems)), "-",
                          Text(_label(lang, status), style=_STYLE[status]))
            continue
        slack = worst_slack(result)
        critical = critical_decision(result)
        table.add_row(
            region, "-" if slack is None else str(slack),
            critical.id if critical else "-", (critical.latest or "-") if critical else "-",
            Text(_label(lang, status), style=_STYLE[status]),
        )
    return table
