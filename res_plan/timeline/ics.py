"""`timeline --format ics`: an iCalendar file (RFC 5545) with one all-day event per decision
on its latest date and a reminder before it; a decision already taken sits on its date
without a reminder. UIDs are derived from the region and decision ids, so re-importing an
updated file moves the events instead of duplicating them. DTSTAMP is the plan's today and
SEQUENCE 0, so the same plan gives the same file; written over an earlier calendar with -o,
an event that changed gets a higher SEQUENCE and a later DTSTAMP (ics_sequence).
Decisions without a date get no event."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from res_plan.ics_text import day_value, document, duration, escape, fold, utc
from res_plan.messages import text
from res_plan.safe_text import one_line
from res_plan.timeline.ics_sequence import Published, published, versioned
from res_plan.timeline.view import Entry, TimelineView
from res_plan.timeline.wording import dated, day_text, slack_text

REMINDER = timedelta(days=-14)
PRODID = "-//res-plan//timeline//EN"
_TRIGGER = f"TRIGGER:{duration(REMINDER)}"
_DAY = timedelta(days=1)


def uid(region: str, decision: str) -> str:
    return f"{region}/{decision}@res-plan"


@cache
def _label(lang: str, key: str) -> str:
    """A catalogue text without params, looked up once: a large feed needs nine an event."""
    return text(lang, key)


_MARK = "\x00"  # in no catalogue text


@cache
def _pieces(lang: str, key: str, names: tuple[str, ...]) -> list[str] | None:
    """A catalogue text cut where its params go (text, name, text, …), looked up once; None
    when a param is not put in as it is."""
    pieces = text(lang, key, **{name: f"{_MARK}{name}{_MARK}" for name in names}).split(_MARK)
    return pieces if all(name in names for name in pieces[1::2]) else None


def _words(lang: str, key: str, **params: str) -> str:
    """text(lang, key, **params), from the pieces: the same words at a fraction of the cost."""
    pieces = _pieces(lang, key, tuple(params))
    if pieces is None:
        return text(lang, key, **params)
    return "".join(params[piece] if i % 2 else piece for i, piece in enumerate(pieces))


def _summary(entry: Entry, lang: str) -> str:
    key = "tl-ics-done" if entry.row.done is not None else "tl-ics-summary"
    summary = _words(lang, key, title=entry.name)
    if entry.body:
        summary += f" ({entry.body})"
    if entry.row.late:
        summary = f"{_label(lang, entry.status_key)}: {summary}"
    return summary


def _description(entry: Entry, lang: str) -> str:
    row = entry.row
    lines = [f"{_label(lang, 'col-id')}: {row.id}"]
    if entry.body:
        lines.append(f"{_label(lang, 'col-by')}: {entry.body}")
    if row.done is None:
        moved = entry.moved
        lines += [f"{_label(lang, 'col-earliest')}: {dated(row.earliest, moved.earliest_wd if moved else None)}",
                  f"{_label(lang, 'col-latest')}: {dated(row.latest, moved.latest_wd if moved else None)}",
                  f"{_label(lang, 'col-slack')}: {slack_text(entry)}"]
    lines.append(f"{_label(lang, 'col-status')}: {_label(lang, entry.status_key)}")
    if entry.critical:
        lines.append(_label(lang, "tl-legend-critical"))
    return "\n".join(lines)


def calendar(prodid: str, name: str) -> list[str]:
    """The header lines of a feed (the timeline's and the agenda's); `feed` closes it. The
    name is written as it is (X-WR-CALNAME is no TEXT property), so a line break in it is
    written as an escape that cannot end the line."""
    if "\n" in name or "\r" in name:
        name = one_line(name)
    return ["BEGIN:VCALENDAR", "VERSION:2.0", fold(f"PRODID:{escape(prodid)}"), "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", fold(f"X-WR-CALNAME:{name}")]


def feed(lines: list[str]) -> str:
    """The calendar `lines` (a header and events, folded) as iCalendar text."""
    lines.append("END:VCALENDAR")
    return document(lines)


def content(day: date, summary: str, description: str) -> tuple[str, str, str, str]:
    """DTSTART, DTEND, SUMMARY and DESCRIPTION of an all-day event on `day`, as written."""
    return day_value(day), day_value(day + _DAY), escape(summary), escape(description)


def all_day_event(lines: list[str], event_uid: str, written: tuple[str, str, str, str], stamp: datetime,
                  reminder: str | None, sequence: int | None = None, category: str | None = None) -> None:
    """One decision as an all-day event (`written` from `content`), added to `lines`, with a
    display alarm REMINDER before it when `reminder` is given. Properties in the order the
    icalendar library writes them: its canonical ones first, then the others alphabetically.
    Only the lines that can be long are folded."""
    start, end, summary, description = written
    lines += ("BEGIN:VEVENT", fold(f"SUMMARY:{summary}"), f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}",
              f"DTSTAMP:{utc(stamp)}", fold(f"UID:{escape(event_uid)}"))
    if sequence is not None:
        lines.append(f"SEQUENCE:{sequence}")
    if category is not None:
        lines.append(fold(f"CATEGORIES:{escape(category)}"))
    lines += (fold(f"DESCRIPTION:{description}"), "TRANSP:TRANSPARENT")
    if reminder is not None:
        lines += ("BEGIN:VALARM", "ACTION:DISPLAY", fold(f"DESCRIPTION:{escape(reminder)}"), _TRIGGER, "END:VALARM")
    lines.append("END:VEVENT")


def _event(lines: list[str], entry: Entry, region: str, stamp: datetime, lang: str,
           before: dict[str, Published]) -> None:
    day = entry.row.day
    assert day is not None  # decisions without a date get no event
    reminder = None if entry.row.done is not None else \
        _words(lang, "tl-ics-reminder", title=entry.name, latest=day_text(entry.row.latest))
    event_uid = uid(region, entry.row.id)
    written = content(day, _summary(entry, lang), _description(entry, lang))
    sequence, dtstamp = versioned(event_uid, written, stamp, before)
    all_day_event(lines, event_uid, written, dtstamp, reminder, sequence,
                  _label(lang, "tl-legend-critical") if entry.critical else None)


def render(view: TimelineView, lang: str) -> str:
    region = view.result.region or {"id": "plan", "name": view.result.file}
    name = text(lang, "tl-ics-name", region=region["name"])
    if view.partner_name is not None:
        name += f" · {view.partner_name}"
    lines = calendar(PRODID, name)
    assert view.result.today is not None
    stamp = datetime.combine(view.result.today, time(), UTC)
    before = published(view.previous)
    for entry in view.entries:
        if entry.row.done is not None or entry.row.latest is not None:
            _event(lines, entry, region["id"], stamp, lang, before)
    return feed(lines)
