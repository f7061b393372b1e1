"""`timeline --format mermaid`: a Mermaid gantt in a ```mermaid fence, which GitHub, GitLab
and most wikis render inside Markdown. A section per month of the latest date (recess and
election windows in a section of their own first); a bar from the start of preparation to
the latest date, a milestone where they coincide, critical decisions `crit`, done ones
`done`; late decisions say so in their name.

Mermaid reads `:` as the start of a task's data, `;` and a line break as the end of a
statement, `%%` as a comment and `#…;` as an entity, so every text from the plan is written
with entity codes for those (and for `<`, `>`, `&` and backticks, which would end the fence)."""

from __future__ import annotations

import re
from datetime import date

from res_plan.messages import text
from res_plan.result import Status
from res_plan.timeline.view import Entry, TimelineView, WindowEntry
from res_plan.timeline.wording import heading, month_label

_ENTITIES = {":": "#58;", ";": "#59;", "#": "#35;", "%": "#37;", "<": "#lt;", ">": "#gt;", "&": "#amp;",
             "`": "#96;"}
_SPECIAL = re.compile("[" + re.escape("".join(_ENTITIES)) + "]")
LATE = (Status.LATE, Status.BECAME_LATE)


def escape(value: str) -> str:
    """A text on one Mermaid line: its special characters as entity codes, line breaks as spaces."""
    flat = " ".join(value.split())
    return _SPECIAL.sub(lambda m: _ENTITIES[m.group()], flat) or "-"


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _data(tags: list[str], ident: str, lo: int, hi: int) -> str:
    """'crit, d3, 2024-04-01, 2024-05-30' for a bar, 'milestone, d3, 2024-05-30, 0d' for a single
    day: Mermaid reads tags only before the id."""
    if lo >= hi:
        return ", ".join([*tags, "milestone", ident, _iso(hi), "0d"])
    return ", ".join([*tags, ident, _iso(lo), _iso(hi)])


def task(entry: Entry, n: int, lang: str) -> str | None:
    """One task line; None for a decision without a date (it cannot be drawn)."""
    row = entry.row
    name = f"{entry.name} ({row.id})" if row.id != entry.name else entry.name
    if entry.status in LATE:
        name += f" — {text(lang, entry.status_key)}"
    tags = (["crit"] if entry.critical else []) + (["done"] if row.done is not None else [])
    if row.done is not None:
        lo = hi = row.done.toordinal()
    elif row.latest is not None:
        hi = row.latest.toordinal()
        lo = min(entry.ready if entry.ready is not None else hi, hi)
    else:
        return None
    return f"    {escape(name)} :{_data(tags, f'd{n}', lo, hi)}"


def _window(window: WindowEntry, n: int) -> str:
    return f"    {escape(window.name)} :{_data([], f'w{n}', window.lo, window.hi)}"


def render(view: TimelineView, lang: str) -> str:
    lines = ["```mermaid", "gantt", f"    title {escape(heading(view, lang))}", "    dateFormat YYYY-MM-DD",
             "    axisFormat %b %Y"]
    if view.windows:
        lines.append(f"    section {escape(text(lang, 'tl-legend-window'))}")
        lines += [_window(w, n) for n, w in enumerate(view.windows, start=1)]
    undated: list[str] = []
    n = 0
    for month in view.months:
        tasks = []
        for item in month.items:
            if isinstance(item, Entry):
                n += 1
                line = task(item, n, lang)
                if line is None:
                    undated.append(item.row.id)
                else:
                    tasks.append(line)
        if tasks:
            lines += [f"    section {escape(month_label(month, lang))}", *tasks]
    if undated:  # a comment, so the chart still says what it leaves out
        lines.append(f"    %% {escape(text(lang, 'tl-no-date-group'))}: {escape(', '.join(undated))}")
    return "\n".join([*lines, "```"]) + "\n"
