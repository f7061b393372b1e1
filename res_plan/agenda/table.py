"""`agenda --format table`: the terminal view (rich), one table per meeting under a heading
with its count; the columns line up across meetings. Plain text when not on a terminal."""

from __future__ import annotations

import io
import os
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from res_plan.agenda.view import Agenda, Item, Meeting
from res_plan.agenda.wording import busiest, cells, facts, left_out, meeting_heading, title
from res_plan.messages import text
from res_plan.report.plain import CRITICAL_MARK
from res_plan.result import Status

_STYLE = {Status.LATE: "bold red", Status.BECAME_LATE: "bold red", Status.NO_DATE: "bold red",
          Status.DONE: "dim", Status.ON_TIME: "green"}
# The body and the latest date are the meeting's, in the heading above each table.
_SHOWN = ("ag-col-region", "col-id", "col-earliest", "col-slack", "col-status")
_REGION, _DECISION = 0, 1


def _cells(item: Item, lang: str) -> list[str]:
    region, name, _, earliest, _, slack, status = cells(item, lang)
    return [region, name, earliest, slack, status]


def _widths(agenda: Agenda, width: int, lang: str) -> list[int]:
    """Every column as wide as its widest cell in any meeting, so that the tables line up; the
    region and decision columns give way when the line is too short."""
    rows = [_cells(item, lang) for item in agenda.items] + [[text(lang, k) for k in _SHOWN]]
    widths = [max(len(row[n]) for row in rows) for n in range(len(_SHOWN))]
    widths[_DECISION] = max(widths[_DECISION], max(len(i.row.id) for i in agenda.items))
    room = width - 2 - len(_SHOWN) - sum(w for n, w in enumerate(widths) if n not in (_REGION, _DECISION))
    widths[_REGION] = min(widths[_REGION], max(12, room - widths[_DECISION]))
    widths[_DECISION] = max(16, min(widths[_DECISION], room - widths[_REGION]))
    return widths


def _row(table: Table, item: Item, lang: str) -> None:
    region, name, earliest, slack, status = _cells(item, lang)
    decision = Text(name, style="bold" if item.critical else "")
    decision.append(f"\n{item.row.id}", style="dim")
    table.add_row(Text(CRITICAL_MARK, style="bold magenta") if item.critical else "", Text(region), decision,
                  earliest, slack, Text(status, style=_STYLE[item.status]))


def meeting_table(meeting: Meeting, widths: list[int], lang: str) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", expand=False, padding=(0, 1, 0, 0))
    table.add_column("", no_wrap=True, width=1)
    for key, width in zip(_SHOWN, widths, strict=True):
        table.add_column(text(lang, key), justify="right" if key == "col-slack" else "left", overflow="fold",
                         width=width)
    for item in meeting.items:
        _row(table, item, lang)
    return table


def render_agenda(console: Console, agenda: Agenda, lang: str) -> None:
    console.print(Text(title(agenda, lang), style="bold"))
    console.print(Text(" · ".join(facts(agenda, lang)), style="dim"))
    console.print(Text(f"{CRITICAL_MARK} {text(lang, 'tl-legend-critical')}", style="dim"))
    if not agenda.items:
        console.print()
        console.print(text(lang, "ag-empty", partner=agenda.partner.name))
    widths = _widths(agenda, console.width, lang) if agenda.items else []
    for meeting in agenda.meetings:
        console.print()
        console.print(Text(meeting_heading(meeting, lang), style="bold underline"))
        console.print(meeting_table(meeting, widths, lang))
    for line in (busiest(agenda, lang), left_out(agenda, lang)):
        if line is not None:
            console.print()
            console.print(Text(line, style="bold"))


def render(agenda: Agenda, lang: str) -> str:
    out = io.StringIO()
    terminal = sys.stdout.isatty()
    columns = os.environ.get("COLUMNS", "")
    width = None if terminal else int(columns) if columns.isdigit() and int(columns) > 0 else 120
    console = Console(file=out, force_terminal=terminal, width=width, no_color=not terminal,
                      highlight=False, soft_wrap=False)
    render_agenda(console, agenda, lang)
    return out.getvalue()
