"""SEQUENCE and DTSTAMP of the timeline's events against the calendar published before
(RFC 5545 §3.8.7.4): an event that moved or changed gets SEQUENCE + 1 and a later DTSTAMP,
so that a calendar client takes it for the newer version; an unchanged event keeps both, so
the same plan still gives the same bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Published:
    sequence: int
    stamp: datetime
    content: tuple[str, ...]  # what makes an event "the same": dates, summary, description


def published(previous: str | None) -> dict[str, Published]:
    """The events of a previously written calendar by UID; nothing when there is none or it is unreadable."""
    if not previous:
        return {}
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
        if isinstance(stamp, datetime):
            out[str(event.get("uid"))] = Published(sequence, stamp, fingerprint(event))
    return out


def fingerprint(event: object) -> tuple[str, ...]:
    get = getattr(event, "get")  # noqa: B009 - icalendar components are dict-like
    return tuple(_text(get(k)) for k in ("dtstart", "dtend", "summary", "description"))


def _text(value: object) -> str:
    if value is None:
        return ""
    to_ical = getattr(value, "to_ical", None)
    raw = to_ical() if callable(to_ical) else value
    return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)


def versioned(uid: str, content: tuple[str, ...], stamp: datetime,
              before: dict[str, Published]) -> tuple[int, datetime]:
    """The SEQUENCE and DTSTAMP of an event: as published when unchanged, else one higher and later."""
    old = before.get(uid)
    if old is None:
        return 0, stamp
    if old.content == content:
        return old.sequence, old.stamp
    return old.sequence + 1, max(stamp, old.stamp + timedelta(seconds=1))
