"""Terminal report (rich): a table per plan sorted by latest date, using the terminal's width,
the critical path, the problems and a one-line verdict; several plans as verdicts and the
national summary unless details are asked for. Piped output is plain_report's."""

from __future__ import annotations

import io
from datetime import date

from rich.console import Console
from rich.text import Text

from res_plan.body_names import name_of
from res_plan.messages import text
from res_plan.problems import Problem
from res_plan.report.console import console as make_console
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.report.plain import (
    CRITICAL_MARK,
    STATUS_KEYS,
    delay_line,
    located,
    row_order,
    tied_critical,
    tightness,
    verdict_text,
)
from res_plan.report.rich_grid import Cell, Column, Painter, cell
from res_plan.report.rich_grid import lines as grid_lines
from res_plan.result import DecisionRow, PlanResult, iso
from res_plan.whatif import signed

_STYLE = {"status-late": "bold red", "status-no-date": "bold red", "status-done": "dim", "status-on-time": "green",
          "tl-status-became-late": "bold red"}
TIGHT_STYLE = "bold yellow"  # amber: on time, but without the room a comfortable slack gives


def status_key(row: DecisionRow) -> str:
    """The status as `check` words it: late, whether or not only the --delay made it so."""
    return STATUS_KEYS[row.status]


def _short_by(row: DecisionRow, result: PlanResult, lang: str) -> str:
    """The body by its name; with the partner's id unless the row's id already names it (80 columns)."""
    if row.by is None or row.by_body is None:
        return "-"
    name = name_of(row.by, result.partners, lang)
    return name if row.by_partner == row.partner else f"{name} ({row.by_partner})"


def decision_lines(result: PlanResult, lang: str, console: Console, options: ReportOptions = DEFAULT) -> list[str]:
    """The decisions by latest date as styled lines in the console's width (see rich_grid)."""
    width = console.width
    columns = [
        Column("", min_width=1),
        Column(text(lang, "col-id"), fold=True, min_width=20),
        # Body names fold within what the fixed columns leave (11 at 80 columns), so ids and status keep room.
        Column(text(lang, "col-by"), fold=True, max_width=min(30, max(11, width - 69))),
        Column(text(lang, "col-earliest"), min_width=10),
        Column(text(lang, "col-latest"), min_width=10),
        Column(text(lang, "col-slack"), right=True),
        Column(text(lang, "col-status")),
    ]
    moved = result.moves
    critical = tied_critical(result)
    words = {key: text(lang, key) for key in set(STATUS_KEYS.values())}
    rows = []
    for row in sorted(result.decisions, key=row_order):
        key = status_key(row)
        move = moved.get(row.id)
        tight = tightness(row, options.min_slack)
        style = TIGHT_STYLE if tight else _STYLE[key]
        status = words[key] + (f", {text(lang, tight)}" if tight else "")
        if move and move.newly_late:
            status += f" ({text(lang, 'new')})"
        rows.append((
            cell(CRITICAL_MARK, "bold magenta") if row.id in critical else cell(""),
            cell(row.id), cell(_short_by(row, result, lang)),  # plain text: a "[/]" in a name is no markup
            _moved(row.done or row.earliest, move.earliest_wd if move else 0),
            _moved(row.latest, move.latest_wd if move else 0),
            cell("-" if row.slack is None else str(row.slack), TIGHT_STYLE if tight else ""),
            cell(status, style),
        ))
    return grid_lines(columns, rows, width, Painter(console))


def _moved(day: date | None, shift: int | None) -> Cell:
    """A date, with how many working days it moved under --delay."""
    value = iso(day) or "-"
    if shift:
        return ((value, ""), (f" {signed(shift)}", "bold yellow"))
    if shift is None:
        return ((value, ""), (" ?", "bold yellow"))
    return cell(value)


def whatif_summary(result: PlanResult, lang: str) -> Text | None:
    moved = result.moves
    if not moved:
        return None
    changed = [i for i, m in moved.items() if m.moved]
    late = [i for i, m in moved.items() if m.newly_late]
    line = Text(text(lang, "whatif-moved", n=len(changed)), style="bold")
    where = delay_line(result, lang)
    if where:
        line.append(f" {where}")
    if late:
        line.append(" " + text(lang, "whatif-late", ids=", ".join(late)), style="bold red")
    return line


def problem_line(p: Problem, lang: str, plan_file: str) -> Text:
    """One problem as `file:line:col: severity code: message` (terminals make the place a link)."""
    return Text(located(p, lang, plan_file), style="red" if p.severity == "error" else "yellow")


def verdict(result: PlanResult, lang: str) -> Text:
    bad = result.invalid or result.late_count > 0
    return Text(verdict_text(result, lang), style="bold red" if bad else "bold green")


def render_plan(console: Console, result: PlanResult, lang: str, options: ReportOptions = DEFAULT,
                details: bool = True) -> None:
    if not details:
        console.print(verdict(result, lang))
        for p in [*result.problems, *result.notes]:
            console.print(problem_line(p, lang, result.file))
        return
    title = Text(result.file, style="bold")
    if result.region:
        title.append(f" — {result.region['name']}")
    console.print(title)
    if result.today or result.deadline:
        console.print(Text(f"{text(lang, 'today')} {iso(result.today) or '?'} · {text(lang, 'deadline')} "
                           f"{iso(result.deadline) or '?'}", style="dim"))
    if not result.invalid and result.decisions:
        # Straight to the console's file, after what was printed before: rich would lay every line out again.
        console.file.write("".join(line + "\n" for line in decision_lines(result, lang, console, options)))
        if result.worst_slack is not None:
            console.print(Text(f"{CRITICAL_MARK} {text(lang, 'out-legend', slack=result.worst_slack)}", style="dim"))
        summary = whatif_summary(result, lang)
        if summary is not None:
            console.print(summary)
        if result.critical_path:
            path = Text(" → ".join(result.critical_path))
            console.print(Text(f"{text(lang, 'critical-path')}: ", style="bold") + path)
    if result.problems or result.notes:
        console.print(Text(f"{text(lang, 'problems')}:", style="bold"))
        for p in [*result.problems, *result.notes]:
            console.print(problem_line(p, lang, result.file))
    console.print(verdict(result, lang))


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    out = io.StringIO()
    console = make_console(out, options.terminal)
    details = options.details or len(results) == 1
    for i, result in enumerate(results):
        if i and details:
            console.print()
        render_plan(console, result, lang, options, details)
    if len(results) > 1:
        from res_plan.report.summary import national_summary

        console.print()
        console.print(national_summary(results, lang))
        ok = sum(1 for r in results if r.ok)
        invalid = sum(1 for r in results if r.invalid)
        console.print()
        console.print(text(lang, "summary", files=len(results), ok=ok, late=len(results) - ok - invalid,
                           invalid=invalid))
    return out.getvalue()
