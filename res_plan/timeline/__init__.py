"""`res-plan timeline`: one plan laid out for a meeting room, in several formats.

Each format module has `render(view, lang) -> str` (bytes for a binary one); `view` (the selection, month groups,
preparation starts and baseline movement) computes, the formats only lay out."""

from __future__ import annotations

from importlib import import_module

from res_plan.timeline.view import TimelineView

FORMATS = {
    "table": "res_plan.timeline.table",
    "markdown": "res_plan.timeline.markdown",
    "csv": "res_plan.timeline.csv_format",
    "html": "res_plan.timeline.html",
    "ics": "res_plan.timeline.ics",
    "json": "res_plan.timeline.json_format",
    "xlsx": "res_plan.timeline.xlsx",
    "mermaid": "res_plan.timeline.mermaid",
}
BINARY = frozenset({"xlsx"})  # written only to --output, as bytes


def render(fmt: str, view: TimelineView, lang: str) -> str | bytes:
    # Imported by name so that a format never pays for another's libraries (rich, icalendar).
    module = import_module(FORMATS[fmt])
    return module.render(view, lang)  # type: ignore[no-any-return]  # bytes for BINARY
