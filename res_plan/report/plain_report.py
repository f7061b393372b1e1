"""`check` text for logs (stdout not a terminal), without rich: nothing wraps, no line ends in
padding, one decision a line with its id whole, problems as `file:line:col: severity code:
message`. Several plans: per plan its verdict and problems, then the national summary; the
decision tables only for a single plan or with --details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from res_plan.messages import text
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.report.plain import (
    PLAN_STATUS_KEYS,
    STATUS_KEYS,
    delay_line,
    located,
    problems_label,
    region_name,
    row_order,
    tied_critical,
    tightness,
    urgency,
    verdict_text,
)
from res_plan.result import DecisionRow, PlanResult, Status, iso
from res_plan.whatif import signed


def columns(rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Rows aligned on the widest cell of each column, two spaces apart, nothing cut, no
    trailing spaces (the last column is never padded)."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))] if rows else []
    out = []
    for row in rows:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        out.append("  ".join(cells).rstrip())
    return out


def _dated(day: date | None, shift: int | None) -> str:
    value = iso(day) or "-"
    if shift:
        return f"{value} {signed(shift)}"
    return f"{value} ?" if shift is None else value


def whatif_line(result: PlanResult, lang: str) -> str | None:
    """How many decisions the --delay moved, and which became late."""
    if not result.moves:
        return None
    changed = [i for i, m in result.moves.items() if m.moved]
    late = [i for i, m in result.moves.items() if m.newly_late]
    line = text(lang, "whatif-moved", n=len(changed))
    where = delay_line(result, lang)
    line += f" {where}" if where else ""
    return line + (" " + text(lang, "whatif-late", ids=", ".join(late)) if late else "")


def _status(result: PlanResult, row: DecisionRow, lang: str, options: ReportOptions) -> str:
    move = result.moves.get(row.id)
    words = text(lang, STATUS_KEYS[row.status])
    tight = tightness(row, options.min_slack)
    if tight is not None:
        words += f", {text(lang, tight)}"
    if move is not None and move.newly_late:
        words += f" ({text(lang, 'new')})"
    return words


def decision_lines(result: PlanResult, lang: str, options: ReportOptions = DEFAULT) -> list[str]:
    critical = tied_critical(result)
    head = [text(lang, k) for k in ("col-id", "col-by", "col-earliest", "col-latest", "col-slack", "col-status",
                                    "col-mark", "col-title")]
    rows = [head]
    for row in sorted(result.decisions, key=row_order):
        move = result.moves.get(row.id)
        rows.append([
            row.id, row.by or "-",
            _dated(row.done or row.earliest, move.earliest_wd if move else 0),
            _dated(row.latest, move.latest_wd if move else 0),
            "-" if row.slack is None else str(row.slack),
            _status(result, row, lang, options),
            "*" if row.id in critical else "-",
            row.label,
        ])
    return columns(rows, right=frozenset({4}))


def plan_lines(result: PlanResult, lang: str, options: ReportOptions, details: bool) -> list[str]:
    lines: list[str] = []
    if details:
        title = result.file + (f" — {result.region['name']}" if result.region else "")
        lines.append(title)
        if result.today or result.deadline:
            lines.append(f"{text(lang, 'today')} {iso(result.today) or '?'} · {text(lang, 'deadline')} "
                         f"{iso(result.deadline) or '?'}")
        if not result.invalid and result.decisions:
            lines += decision_lines(result, lang, options)
            whatif = whatif_line(result, lang)
            if whatif is not None:
                lines.append(whatif)
            if result.worst_slack is not None:
                lines.append(f"* {text(lang, 'out-legend', slack=result.worst_slack)}")
            if result.critical_path:
                lines.append(f"{text(lang, 'critical-path')}: {' → '.join(result.critical_path)}")
    lines.append(verdict_text(result, lang))
    lines += [located(p, lang, result.file) for p in [*result.problems, *result.notes]]
    return lines


def summary_lines(results: list[PlanResult], lang: str) -> list[str]:
    """One line a plan, most urgent first: region, least slack, critical decision, its latest date, status."""
    rows = [[text(lang, "out-region"), text(lang, "col-slack"), text(lang, "out-critical-decision"),
             text(lang, "col-latest"), text(lang, "col-status"), text(lang, "tl-file")]]
    for result in sorted(results, key=lambda r: (*urgency(r), region_name(r))):
        status = result.status
        label = text(lang, PLAN_STATUS_KEYS[status])
        if status is Status.INVALID:
            rows.append([region_name(result), "-", problems_label(lang, len(result.problems)), "-", label,
                         result.file])
            continue
        critical = result.critical_decision
        slack = result.worst_slack
        rows.append([region_name(result), "-" if slack is None else str(slack), critical.id if critical else "-",
                     (iso(critical.latest) or "-") if critical else "-", label, result.file])
    return [text(lang, "out-summary-head"), *columns(rows, right=frozenset({1}))]


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    details = options.details or len(results) == 1
    lines: list[str] = []
    for i, result in enumerate(results):
        if i and details:
            lines.append("")
        lines += plan_lines(result, lang, options, details)
    if len(results) > 1:
        ok = sum(1 for r in results if r.ok)
        invalid = sum(1 for r in results if r.invalid)
        lines += ["", *summary_lines(results, lang), "",
                  text(lang, "summary", files=len(results), ok=ok, late=len(results) - ok - invalid, invalid=invalid)]
    return "\n".join(lines) + "\n"
