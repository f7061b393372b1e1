"""`timeline --format table`: the terminal view (rich), decisions grouped by month with the
recess and election windows where they fall, using the terminal's width."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from res_plan.messages import text
from res_plan.report.console import console as make_console
from res_plan.report.plain import CRITICAL_MARK, delay_line, problem_text
from res_plan.report.plain import verdict_text as verdict
from res_plan.timeline.view import Entry, TimelineView, WindowEntry
from res_plan.timeline.wording import (
    dated,
    day_text,
    facts,
    heading,
    month_label,
    ordinal_iso,
    slack_text,
    window_bodies,
)

_STYLE = {"status-late": "bold red", "tl-status-became-late": "bold red", "status-no-date": "bold red",
          "status-done": "dim", "status-on-time": "green"}


def _decision_cell(entry: Entry) -> Text:
    cell = Text(entry.name, style="bold" if entry.critical else "")
    if entry.row.id != entry.name:
        cell.append(f"\n{entry.row.id}", style="dim")
    return cell


def _entry_row(table: Table, entry: Entry, lang: str) -> None:
    row, moved = entry.row, entry.moved
    latest = day_text(row.done) if row.done is not None else dated(row.latest, moved.latest_wd if moved else None)
    table.add_row(
        Text(CRITICAL_MARK, style="bold magenta") if entry.critical else "",
        latest, _decision_cell(entry), Text(entry.body or "-"),
        "-" if row.done is not None else dated(row.earliest, moved.earliest_wd if moved else None),
        slack_text(entry), Text(text(lang, entry.status_key), style=_STYLE[entry.status_key]),
    )


def _window_row(table: Table, window: WindowEntry, lang: str) -> None:
    style = "yellow"
    table.add_row("", Text(ordinal_iso(window.lo), style=style),
                  Text(f"{window.name} ({text(lang, 'tl-until')} {ordinal_iso(window.hi)})", style=style),
                  Text(window_bodies(window, lang), style=style), "", "",
                  Text(text(lang, "tl-window"), style=style))


def timeline_table(view: TimelineView, lang: str) -> Table:
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", expand=False, padding=(0, 1, 0, 0))
    table.add_column("", no_wrap=True, width=1)
    table.add_column(text(lang, "col-latest"), no_wrap=True, min_width=10)
    table.add_column(text(lang, "col-id"), overflow="fold", ratio=3)
    table.add_column(text(lang, "col-by"), overflow="fold", ratio=1, max_width=20)
    table.add_column(text(lang, "col-earliest"), no_wrap=True, min_width=10)
    table.add_column(text(lang, "col-slack"), justify="right", no_wrap=True)
    table.add_column(text(lang, "col-status"), no_wrap=True)
    for n, month in enumerate(view.months):
        if n:
            table.add_row()
        table.add_row("", "", Text(month_label(month, lang), style="bold underline"))
        for item in month.items:
            if isinstance(item, Entry):
                _entry_row(table, item, lang)
            else:
                _window_row(table, item, lang)
    return table


def render_view(console: Console, view: TimelineView, lang: str) -> None:
    console.print(Text(heading(view, lang), style="bold"))
    console.print(Text(" · ".join(facts(view, lang)), style="dim"))
    legend = f"{CRITICAL_MARK} {text(lang, 'tl-legend-critical')}"
    if view.result.baseline is not None:
        legend += f"   {text(lang, 'tl-legend-moved')}"
    console.print(Text(legend, style="dim"))
    where = delay_line(view.result, lang)
    if where:
        console.print(Text(where, style="bold"))
    console.print()
    if view.entries:
        console.print(timeline_table(view, lang))
    else:
        console.print(text(lang, "tl-empty"))
    if view.result.critical_path:
        console.print()
        path = " → ".join(view.result.critical_path)
        console.print(Text(f"{text(lang, 'critical-path')}: ", style="bold") + Text(path))
    if view.problems:
        console.print(Text(f"{text(lang, 'problems')}:", style="bold"))
        for p in view.problems:
            style = "red" if p.severity == "error" else "yellow"
            console.print(Text(f"  {problem_text(p, lang, view.result.file)}", style=style))
    ok = view.result.ok
    console.print(Text(verdict(view.result, lang), style="bold green" if ok else "bold red"))


def render(view: TimelineView, lang: str) -> str:
    out = io.StringIO()
    console = make_console(out, view.terminal, default_width=100)
    render_view(console, view, lang)
    return out.getvalue()
