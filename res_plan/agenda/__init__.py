"""`res-plan agenda`: what lands on one partner's agenda from every region, in several formats.

Each format module has `render(agenda, lang) -> str`; `view` computes, the formats only lay out."""

from __future__ import annotations

from importlib import import_module

from res_plan.agenda.view import Agenda

FORMATS = {
    "table": "res_plan.agenda.table",
    "markdown": "res_plan.agenda.markdown",
    "csv": "res_plan.agenda.csv_format",
    "json": "res_plan.agenda.json_format",
    "ics": "res_plan.agenda.ics",
}


def render(fmt: str, agenda: Agenda, lang: str) -> str:
    # Imported by name so that a format never pays for another's libraries (rich, icalendar).
    module = import_module(FORMATS[fmt])
    return module.render(agenda, lang)  # type: ignore[no-any-return]
