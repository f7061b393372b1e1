"""`agenda --format ics`: one iCalendar feed for the partner across every region: an all-day
event per decision on its latest date (a decision taken: on its date) with a reminder before
it. UIDs are the timeline's (region and decision id), so an event imported from a region's
timeline and from the agenda is one event, and a re-import moves it instead of doubling it."""

from __future__ import annotations

from datetime import UTC, datetime, time

from res_plan.agenda.view import Agenda, Item
from res_plan.agenda.wording import day_text, slack_text, status_text
from res_plan.body_names import name_of
from res_plan.messages import text
from res_plan.timeline.ics import all_day_event, calendar, content, feed, uid

PRODID = "-//res-plan//agenda//EN"


def _description(item: Item, lang: str) -> str:
    row = item.row
    lines = [f"{text(lang, 'ag-col-region')}: {item.region_name}", f"{text(lang, 'col-id')}: {row.id}",
             f"{text(lang, 'col-by')}: {row.by}"]
    if row.done is None:
        lines += [f"{text(lang, 'col-earliest')}: {day_text(row.earliest)}",
                  f"{text(lang, 'col-latest')}: {day_text(row.latest)}",
                  f"{text(lang, 'col-slack')}: {slack_text(item)}"]
    lines.append(f"{text(lang, 'col-status')}: {status_text(item, lang)}")
    if item.critical:
        lines.append(text(lang, "tl-legend-critical"))
    return "\n".join(lines)


def _event(lines: list[str], item: Item, lang: str) -> None:
    row, day, today = item.row, item.day, item.result.today
    assert day is not None and today is not None  # only dated decisions of scheduled plans get an event
    key = "ag-ics-done" if row.done is not None else "ag-ics-summary"
    body = name_of(row.by, item.result.partners, lang) if row.by is not None else None
    summary = text(lang, key, title=item.name, body=body, region=item.region_name)
    if row.late:
        summary = f"{status_text(item, lang)}: {summary}"
    reminder = None if row.done is not None else \
        text(lang, "ag-ics-reminder", title=item.name, region=item.region_name, latest=day_text(row.latest))
    stamp = datetime.combine(today, time(), UTC)  # the plan's today: same plan, same file
    all_day_event(lines, uid(item.region_id, row.id), content(day, summary, _description(item, lang)), stamp, reminder)


def render(agenda: Agenda, lang: str) -> str:
    lines = calendar(PRODID, text(lang, "ag-ics-name", partner=agenda.partner.name))
    for item in agenda.items:
        if item.day is not None:
            _event(lines, item, lang)
    return feed(lines)
