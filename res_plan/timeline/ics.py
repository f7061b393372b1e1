"""`timeline --format ics`: an iCalendar file (RFC 5545) with one all-day event per decision
on its latest date and a reminder before it; a decision already taken sits on its date
without a reminder. UIDs are derived from the region and decision ids, so re-importing an
updated file moves the events instead of duplicating them. DTSTAMP is the plan's today and
SEQUENCE 0, so the same plan gives the same file; written over an earlier calendar with -o,
an event that changed gets a higher SEQUENCE and a later DTSTAMP (ics_sequence).
Decisions without a date get no event."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from res_plan.messages import text
from res_plan.timeline.ics_sequence import Published, fingerprint, published, versioned
from res_plan.timeline.view import Entry, TimelineView
from res_plan.timeline.wording import dated, day_text, slack_text

if TYPE_CHECKING:
    from datetime import date

    from icalendar import Calendar, Event

REMINDER = timedelta(days=-14)
PRODID = "-//res-plan//timeline//EN"


def uid(region: str, decision: str) -> str:
    return f"{region}/{decision}@res-plan"


def _summary(entry: Entry, lang: str) -> str:
    key = "tl-ics-done" if entry.row.done is not None else "tl-ics-summary"
    summary = text(lang, key, title=entry.name)
    if entry.body:
        summary += f" ({entry.body})"
    if entry.row.late:
        summary = f"{text(lang, entry.status_key)}: {summary}"
    return summary


def _description(entry: Entry, lang: str) -> str:
    row = entry.row
    lines = [f"{text(lang, 'col-id')}: {row.id}"]
    if entry.body:
        lines.append(f"{text(lang, 'col-by')}: {entry.body}")
    if row.done is None:
        moved = entry.moved
        lines += [f"{text(lang, 'col-earliest')}: {dated(row.earliest, moved.earliest_wd if moved else None)}",
                  f"{text(lang, 'col-latest')}: {dated(row.latest, moved.latest_wd if moved else None)}",
                  f"{text(lang, 'col-slack')}: {slack_text(entry)}"]
    lines.append(f"{text(lang, 'col-status')}: {text(lang, entry.status_key)}")
    if entry.critical:
        lines.append(text(lang, "tl-legend-critical"))
    return "\n".join(lines)


def calendar(prodid: str, name: str) -> Calendar:
    """An empty feed with its header (the timeline's and the agenda's)."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def all_day_event(event_uid: str, day: date, summary: str, description: str, reminder: str | None) -> Event:
    """One decision as an all-day event, with a display alarm REMINDER before it when `reminder` is given."""
    from icalendar import Alarm, Event

    event = Event()
    event.add("uid", event_uid)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    if reminder is not None:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", REMINDER)
        alarm.add("description", reminder)
        event.add_component(alarm)
    return event


def _event(entry: Entry, region: str, stamp: datetime, lang: str, before: dict[str, Published]) -> Event:
    day = entry.row.day
    assert day is not None  # decisions without a date get no event
    reminder = None if entry.row.done is not None else \
        text(lang, "tl-ics-reminder", title=entry.name, latest=day_text(entry.row.latest))
    event = all_day_event(uid(region, entry.row.id), day, _summary(entry, lang), _description(entry, lang), reminder)
    if entry.critical:
        event.add("categories", [text(lang, "tl-legend-critical")])
    sequence, dtstamp = versioned(str(event["uid"]), fingerprint(event), stamp, before)
    event.add("dtstamp", dtstamp)
    event.add("sequence", sequence)
    return event


def render(view: TimelineView, lang: str) -> str:
    region = view.result.region or {"id": "plan", "name": view.result.file}
    name = text(lang, "tl-ics-name", region=region["name"])
    if view.partner_name is not None:
        name += f" · {view.partner_name}"
    cal = calendar(PRODID, name)
    assert view.result.today is not None
    stamp = datetime.combine(view.result.today, time(), UTC)
    before = published(view.previous)
    for entry in view.entries:
        if entry.row.done is not None or entry.row.latest is not None:
            cal.add_component(_event(entry, region["id"], stamp, lang, before))
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")
