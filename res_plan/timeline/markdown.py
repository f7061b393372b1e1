"""`timeline --format markdown`: the table view as Markdown, to paste into meeting notes or a
wiki (GitHub-flavoured tables, one per month)."""

from __future__ import annotations

from res_plan.messages import text
from res_plan.report.plain import CRITICAL_MARK, delay_line, problem_text
from res_plan.report.plain import verdict_text as verdict
from res_plan.result import Status
from res_plan.timeline.view import Entry, Month, TimelineView, WindowEntry
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

_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "`*_[]#~!"})


def cell(value: str, markdown: bool = True) -> str:
    """Text in a table cell: raw HTML escaped (a `<script>` or `<img onerror>` stays text in
    GitHub, GitLab and wikis), pipes escaped, line breaks flattened; with `markdown` False
    also no Markdown of its own (links, emphasis), for free text written by users."""
    escaped = value.replace("\\", "\\\\")
    if not markdown:
        escaped = escaped.translate(_MARKDOWN_SPECIAL)
    escaped = escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("|", "\\|").replace("\r", " ").replace("\n", " ").strip() or " "


def title_cell(value: str) -> str:
    return cell(value, markdown=False)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _entry(entry: Entry, lang: str) -> str:
    row, moved = entry.row, entry.moved
    title = title_cell(entry.name)
    decision = f"{CRITICAL_MARK} **{title}**" if entry.critical else title
    if row.id != entry.name:
        decision += f" `{cell(row.id)}`"
    status = text(lang, entry.status_key)
    latest = day_text(row.done) if row.done is not None else dated(row.latest, moved.latest_wd if moved else None)
    earliest = "-" if row.done is not None else dated(row.earliest, moved.earliest_wd if moved else None)
    return _row([latest, decision, cell(entry.body or "-"), earliest, slack_text(entry),
                 status if entry.status in (Status.ON_TIME, Status.DONE) else f"**{status}**"])


def _window(window: WindowEntry, lang: str) -> str:
    name = f"_{title_cell(window.name)} ({text(lang, 'tl-until')} {ordinal_iso(window.hi)})_"
    return _row([ordinal_iso(window.lo), name, cell(window_bodies(window, lang)), "", "",
                 f"_{text(lang, 'tl-window')}_"])


def _month(month: Month, lang: str) -> list[str]:
    lines = [f"## {month_label(month, lang)}", "",
             _row([text(lang, k) for k in ("col-latest", "col-id", "col-by", "col-earliest", "col-slack",
                                           "col-status")]),
             "|---|---|---|---|---:|---|"]
    for item in month.items:
        lines.append(_entry(item, lang) if isinstance(item, Entry) else _window(item, lang))
    return lines + [""]


def render(view: TimelineView, lang: str) -> str:
    lines = [f"# {title_cell(heading(view, lang))}", "", cell(" · ".join(facts(view, lang))), ""]
    legend = f"{CRITICAL_MARK} {text(lang, 'tl-legend-critical')}"
    if view.result.baseline is not None:
        legend += f" · {text(lang, 'tl-legend-moved')}"
    lines += [legend, ""]
    where = delay_line(view.result, lang)
    if where:
        lines += [cell(where), ""]
    if not view.entries:
        lines += [text(lang, "tl-empty"), ""]
    for month in view.months:
        lines += _month(month, lang)
    if view.result.critical_path:
        path = " → ".join(f"`{i}`" for i in view.result.critical_path)
        lines += [f"**{text(lang, 'critical-path')}:** {path}", ""]
    if view.problems:
        lines += [f"**{text(lang, 'problems')}:**", ""]
        lines += [f"- {cell(problem_text(p, lang, view.result.file))}" for p in view.problems] + [""]
    lines.append(f"**{verdict(view.result, lang)}**")
    return "\n".join(lines) + "\n"
