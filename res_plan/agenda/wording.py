"""The words the agenda formats share: headings of a meeting group, the header line, the
summary, status names and the note on plans left out, in the language asked for."""

from __future__ import annotations

from datetime import date

from res_plan.agenda.view import Agenda, Item, Meeting
from res_plan.body_names import body_name, name_of
from res_plan.messages import text
from res_plan.result import Status

STATUS_KEYS = {Status.DONE: "status-done", Status.ON_TIME: "status-on-time", Status.LATE: "status-late",
               Status.BECAME_LATE: "tl-status-became-late", Status.NO_DATE: "status-no-date"}
COLUMNS = ("ag-col-region", "col-id", "col-by", "col-earliest", "col-latest", "col-slack", "col-status")


def day_text(value: date | None) -> str:
    return "-" if value is None else value.isoformat()


def slack_text(item: Item) -> str:
    return "-" if item.row.slack is None else str(item.row.slack)


def status_text(item: Item, lang: str) -> str:
    return text(lang, STATUS_KEYS[item.status])


def title(agenda: Agenda, lang: str) -> str:
    return text(lang, "ag-title", partner=agenda.partner.name)


def facts(agenda: Agenda, lang: str) -> list[str]:
    """The header line's parts: counts, the bodies asked for, the period."""
    dated = sum(1 for m in agenda.meetings if m.day is not None)
    out = [text(lang, "ag-facts", items=len(agenda.items),
                   regions=len({i.region_id for i in agenda.items}), meetings=dated),
           text(lang, "ag-bodies", bodies=", ".join(body_name(b, agenda.partner.kind, lang) for b in agenda.bodies))]
    todays = sorted({p.today.isoformat() for p in agenda.plans if p.today is not None})
    if todays:
        out.append(text(lang, "ag-today", today=" / ".join(todays)))
    request = agenda.request
    if request.start or request.end:
        out.append(text(lang, "ag-period", start=day_text(request.start) if request.start else "…",
                        end=day_text(request.end) if request.end else "…"))
    return out


def meeting_body(meeting: Meeting, lang: str) -> str:
    """The meeting's body by its name (its items all come from plans that know the partner)."""
    partners = meeting.items[0].result.partners if meeting.items else {}
    return name_of(meeting.by, partners, lang) if partners else meeting.body


def meeting_heading(meeting: Meeting, lang: str) -> str:
    """'2027-06-17 · meeting of ab' with the count: the group a griffie reads as one meeting."""
    if meeting.day is None:
        head = text(lang, "ag-no-date", body=meeting_body(meeting, lang))
    else:
        key = ("ag-done-on" if all(i.row.done is not None for i in meeting.items)
               else "ag-meeting" if meeting.is_meeting else "ag-on-or-before")
        head = text(lang, key, date=meeting.day.isoformat(), body=meeting_body(meeting, lang))
    return f"{head} — {text(lang, 'ag-count', n=len(meeting.items))}"


def busiest(agenda: Agenda, lang: str) -> str | None:
    meeting = agenda.busiest
    if meeting is None or meeting.day is None or len(meeting.items) < 2:
        return None
    return text(lang, "ag-busiest", date=meeting.day.isoformat(), body=meeting_body(meeting, lang),
                n=len(meeting.items), regions=meeting.regions)


def left_out(agenda: Agenda, lang: str) -> str | None:
    if not agenda.invalid:
        return None
    return text(lang, "ag-invalid", n=len(agenda.invalid), files=", ".join(r.file for r in agenda.invalid))


def cells(item: Item, lang: str) -> list[str]:
    """One row: region, decision, body, earliest, latest, slack, status."""
    row = item.row
    body = name_of(row.by, item.result.partners, lang) if row.by is not None else "-"
    return [item.region_name, item.name, body, "-" if row.done is not None else day_text(row.earliest),
            day_text(row.day), slack_text(item), status_text(item, lang)]
