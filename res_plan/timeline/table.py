"""`timeline --format table`: rich on a terminal, plain text when piped or written to a file
(one decision a line, nothing wrapped or padded); the plain path never imports rich."""

from __future__ import annotations

from res_plan.timeline.view import TimelineView


def render(view: TimelineView, lang: str) -> str:
    if view.terminal:
        from res_plan.timeline import rich_table

        return rich_table.render(view, lang)
    from res_plan.timeline import plain_table

    return plain_table.render(view, lang)
