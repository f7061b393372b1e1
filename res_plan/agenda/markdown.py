"""`agenda --format markdown`: the table view as Markdown, one table per meeting, to paste into
a griffie's notes or a wiki."""

from __future__ import annotations

from res_plan.agenda.view import Agenda, Item
from res_plan.agenda.wording import COLUMNS, busiest, cells, facts, left_out, meeting_heading, title
from res_plan.messages import text
from res_plan.report.plain import CRITICAL_MARK
from res_plan.result import Status


def cell(value: str) -> str:
    """A table cell: pipes escaped, line breaks flattened."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip() or " "


def _row(values: list[str]) -> str:
    return "| " + " | ".join(values) + " |"


def _item(item: Item, lang: str) -> str:
    region, name, body, earliest, latest, slack, status = (cell(c) for c in cells(item, lang))
    decision = f"{CRITICAL_MARK} **{name}**" if item.critical else name
    decision += f" `{cell(item.row.id)}`"
    if item.status not in (Status.ON_TIME, Status.DONE):
        status = f"**{status}**"
    return _row([region, decision, body, earliest, latest, slack, status])


def render(agenda: Agenda, lang: str) -> str:
    lines = [f"# {title(agenda, lang)}", "", cell(" · ".join(facts(agenda, lang))), "",
             f"{CRITICAL_MARK} {text(lang, 'tl-legend-critical')}", ""]
    if not agenda.items:
        lines += [text(lang, "ag-empty", partner=agenda.partner.name), ""]
    for meeting in agenda.meetings:
        lines += [f"## {cell(meeting_heading(meeting, lang))}", "", _row([text(lang, k) for k in COLUMNS]),
                  "|---|---|---|---|---|---:|---|"]
        lines += [_item(item, lang) for item in meeting.items] + [""]
    for line in (busiest(agenda, lang), left_out(agenda, lang)):
        if line is not None:
            lines += [f"**{cell(line)}**", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
