"""SEQUENCE and DTSTAMP of the timeline's events against the calendar published before
(RFC 5545 §3.8.7.4): an event that moved or changed gets SEQUENCE + 1 and a later DTSTAMP,
so that a calendar client takes it for the newer version; an unchanged event keeps both, so
the same plan still gives the same bytes.

A calendar as this program writes it is read with one pattern an event (10,000 events in a
tenth of a second); anything else, such as a calendar edited by hand or by another program,
is left to the icalendar library, which the quick reader agrees with on every file it takes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from res_plan.ics_text import escape

SEQUENCES = range(-(2**31), 2**31 - 1)  # RFC 5545 INTEGER, less the top one, which could not be raised


class Published(NamedTuple):
    sequence: int
    stamp: datetime
    content: tuple[str, ...]  # what makes an event "the same": its DTSTART, DTEND, SUMMARY, DESCRIPTION values


def published(previous: str | None) -> dict[str, Published]:
    """The events of a previously written calendar by UID; nothing when there is none or it is unreadable."""
    if not previous:
        return {}
    ours = _read_ours(previous)
    return ours if ours is not None else _read_any(previous)


def versioned(uid: str, content: tuple[str, ...], stamp: datetime,
              before: dict[str, Published]) -> tuple[int, datetime]:
    """The SEQUENCE and DTSTAMP of an event: as published when unchanged, else one higher and later."""
    old = before.get(uid)
    if old is None:
        return 0, stamp
    if old.content == content or _normal(old.content) == content:
        return old.sequence, old.stamp
    return old.sequence + 1, max(stamp, old.stamp + timedelta(seconds=1))


# -- a calendar as written here --------------------------------------------------------------------

_UNESCAPE = re.compile(r"\\([\\,;:nN])")  # icalendar's reading of a backslash escape
_HEADER = re.compile(r"BEGIN:VCALENDAR\nVERSION:.*\nPRODID:.*\nCALSCALE:.*\nMETHOD:.*\nX-WR-CALNAME:.*\n")
# One VEVENT exactly as all_day_event writes it (`.` stops at the end of a line).
_EVENT = re.compile(
    r"BEGIN:VEVENT\nSUMMARY:(.*)\nDTSTART;VALUE=DATE:([0-9]{8})\nDTEND;VALUE=DATE:([0-9]{8})\n"
    r"DTSTAMP:([0-9]{8}T[0-9]{6})Z\nUID:(.*)\n(?:SEQUENCE:(-?[0-9]{1,9})\n)?(?:CATEGORIES:.*\n)?"
    r"DESCRIPTION:(.*)\nTRANSP:.*\n"
    r"(?:BEGIN:VALARM\nACTION:.*\nDESCRIPTION:.*\nTRIGGER:-?P[0-9]{1,6}D\nEND:VALARM\n)?END:VEVENT\n")


def _unescape(raw: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _normal(content: tuple[str, ...]) -> tuple[str, ...]:
    """An event's content as icalendar compares it: each TEXT value read (unescaped) and written
    again. Only needed when the values as read differ from the new ones: a value written here
    reads and writes back unchanged."""
    start, end, summary, description = content
    return start, end, _written(summary), _written(description)


def _written(raw: str) -> str:
    return raw if _canonical(raw) else escape(_unescape(raw))


def _canonical(raw: str) -> bool:
    r"""Whether `raw` is TEXT as `escape` writes it, which reads and writes back unchanged: no
    bare ; or , and only the escapes \\ \; \, \n, and no N after \\ (escape would take that \N
    for a line break). Escapes are removed as a reader takes them: runs of backslashes in
    pairs from the left, then each one left with the character after it."""
    if "\\" not in raw:
        return ";" not in raw and "," not in raw
    if "\\\\N" in raw:
        return False
    rest = raw.replace("\\\\", "").replace("\\;", "").replace("\\,", "").replace("\\n", "")
    return "\\" not in rest and ";" not in rest and "," not in rest


def _read_ours(previous: str) -> dict[str, Published] | None:
    """The events of a calendar in the shape written here, or None for any other file: CRLF line
    ends (or LF, as a file read as text has them), no empty lines, folds of a line end and one
    space, one VCALENDAR with the header written here and VEVENTs in the form all_day_event
    writes them. Other characters icalendar reads as they are, controls too (a test checks)."""
    end = "\r\n" if "\r" in previous else "\n"
    if end == "\r\n" and not previous.count("\r") == previous.count("\r\n") == previous.count("\n"):
        return None
    if end + end in previous or end + "\t" in previous:
        return None
    text = previous.replace(end + " ", "")
    if end == "\r\n":
        text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    header = _HEADER.match(text)
    if header is None or not text.endswith("\nEND:VCALENDAR\n"):
        return None
    out: dict[str, Published] = {}
    days: set[str] = set()  # the dates seen valid
    stamps: dict[str, datetime] = {}
    pos, last = header.end(), len(text) - len("END:VCALENDAR\n")
    while pos < last:
        event = _EVENT.match(text, pos)
        if event is None:
            return None
        pos = event.end()
        summary, start, finish, stamp, uid, sequence, description = event.groups()
        try:
            for value in (start, finish):
                if value not in days:
                    date(int(value[:4]), int(value[4:6]), int(value[6:]))
                    days.add(value)
            if stamp not in stamps:
                stamps[stamp] = datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]),
                                         int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]), tzinfo=UTC)
        except ValueError:
            return None
        out[_unescape(uid) if "\\" in uid else uid] = \
            Published(int(sequence or "0"), stamps[stamp], (start, finish, summary, description))
    return out if pos == last else None


# -- any other calendar ----------------------------------------------------------------------------

def _read_any(previous: str) -> dict[str, Published]:
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(previous)
    except ValueError:
        return {}
    out: dict[str, Published] = {}
    for event in cal.walk("VEVENT"):
        try:
            stamp = event.decoded("dtstamp")
            sequence = int(event.get("sequence", 0))
        except (KeyError, ValueError, TypeError):
            continue
        if isinstance(stamp, datetime) and sequence in SEQUENCES:
            # a time without a zone counts as UTC, as it would be written
            stamp = stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)
            get = getattr(event, "get")  # noqa: B009 - icalendar components are dict-like
            content = tuple(_text(get(k)) for k in ("dtstart", "dtend", "summary", "description"))
            out[str(event.get("uid"))] = Published(sequence, stamp, content)
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    to_ical = getattr(value, "to_ical", None)
    raw = to_ical() if callable(to_ical) else value
    return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
