"""The words and short forms the timeline formats share: month names, moved dates, problem
lines, the verdict and the header, in the language asked for (texts in res_plan.messages)."""

from __future__ import annotations

from datetime import date

from res_plan.body_names import bare_name
from res_plan.messages import text
from res_plan.timeline.view import Entry, Month, TimelineView, WindowEntry
from res_plan.whatif import signed


def shift_label(days: int | None) -> str:
    """'+20 wd': working days a date moved; '' when it did not (or a date is missing)."""
    return f"{signed(days)} wd" if days else ""


def month_label(month: Month, lang: str) -> str:
    if month.year is None or month.month is None:
        return text(lang, "tl-no-date-group")
    return f"{text(lang, f'tl-month-{month.month}')} {month.year}"


def ordinal_iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def window_bodies(window: WindowEntry, lang: str) -> str:
    if window.bodies is None:
        return text(lang, "tl-all-bodies")
    return ", ".join(bare_name(b, lang) for b in window.bodies)


def day_text(value: date | None) -> str:
    return "-" if value is None else value.isoformat()


def dated(value: date | None, shift: int | None) -> str:
    """'2024-06-27 (+20 wd)' when it moved against the baseline; '-' for no date."""
    if value is None:
        return "-"
    label = shift_label(shift)
    return f"{value.isoformat()} ({label})" if label else value.isoformat()


def slack_text(entry: Entry) -> str:
    return "-" if entry.row.slack is None else str(entry.row.slack)


def heading(view: TimelineView, lang: str) -> str:
    region = view.result.region or {"name": view.result.file}
    return f"{text(lang, 'tl-title')}: {region['name']}"


def facts(view: TimelineView, lang: str) -> list[str]:
    """The header line's parts: file, today, deadline, partner, period."""
    out = [f"{text(lang, 'tl-file')} {view.result.file}", f"{text(lang, 'today')} {day_text(view.result.today)}",
           f"{text(lang, 'deadline')} {day_text(view.result.deadline)}"]
    if view.partner_name is not None:
        out.append(f"{text(lang, 'tl-partner')} {view.partner_name}")
    sel = view.selection
    if sel.start or sel.end:
        out.append(text(lang, "tl-period", start=sel.start.isoformat() if sel.start else "…",
                        end=sel.end.isoformat() if sel.end else "…"))
    return out
