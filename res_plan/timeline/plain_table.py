"""`timeline --format table` without a terminal: the month groups as plain lines, one
decision or window a line, columns aligned, nothing cut or wrapped, no trailing spaces."""

from __future__ import annotations

from res_plan.messages import text
from res_plan.report.plain import CRITICAL_MARK, delay_line, problem_text
from res_plan.report.plain import verdict_text as verdict
from res_plan.report.plain_report import columns
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


def _entry(entry: Entry, lang: str) -> list[str]:
    row, moved = entry.row, entry.moved
    latest = day_text(row.done) if row.done is not None else dated(row.latest, moved.latest_wd if moved else None)
    earliest = "-" if row.done is not None else dated(row.earliest, moved.earliest_wd if moved else None)
    name = entry.name if row.id == entry.name else f"{entry.name} ({row.id})"
    return [CRITICAL_MARK if entry.critical else " ", latest, name, entry.body or "-", earliest, slack_text(entry),
            text(lang, entry.status_key)]


def _window(window: WindowEntry, lang: str) -> list[str]:
    return [" ", ordinal_iso(window.lo), f"{window.name} ({text(lang, 'tl-until')} {ordinal_iso(window.hi)})",
            window_bodies(window, lang), "", "", text(lang, "tl-window")]


def render(view: TimelineView, lang: str) -> str:
    legend = f"{CRITICAL_MARK} {text(lang, 'tl-legend-critical')}"
    if view.result.baseline is not None:
        legend += f"   {text(lang, 'tl-legend-moved')}"
    where = delay_line(view.result, lang)
    lines = [heading(view, lang), " · ".join(facts(view, lang)), legend, *([where] if where else []), ""]
    if not view.entries:
        lines.append(text(lang, "tl-empty"))
    rows: list[list[str]] = [[" "] + [text(lang, k) for k in ("col-latest", "col-id", "col-by", "col-earliest",
                                                               "col-slack", "col-status")]]
    months: list[tuple[int, str]] = []  # (row index, label): month headings between the aligned rows
    for month in view.months:
        months.append((len(rows), month_label(month, lang)))
        for item in month.items:
            rows.append(_entry(item, lang) if isinstance(item, Entry) else _window(item, lang))
    aligned = columns(rows, right=frozenset({5})) if view.entries or view.windows else []
    headings = dict(months)
    for n, line in enumerate(aligned):
        if n in headings:
            lines += ["", headings[n]]
        lines.append(line)
    if view.result.critical_path:
        lines += ["", f"{text(lang, 'critical-path')}: {' → '.join(view.result.critical_path)}"]
    if view.problems:
        lines.append(f"{text(lang, 'problems')}:")
        lines += [f"  {problem_text(p, lang, view.result.file)}" for p in view.problems]
    lines.append(verdict(view.result, lang))
    return "\n".join(line.rstrip() for line in lines) + "\n"
