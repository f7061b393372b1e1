"""Meeting dates from an iCalendar file (a griffie's export): read, parse, expand, filter.

Every event counts on its local date in Europe/Amsterdam (a meeting at 23:00 UTC is on the next
day), an all-day event on its own date. Recurrences (RRULE, RDATE, EXDATE, moved instances) are
expanded by `recurring-ical-events`; cancelled events are left out. The work is bounded: the file
size, the number of events, the occurrences within the plan's years and the time spent.
"""

from __future__ import annotations

import stat
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

MAX_ICS_BYTES = 16 * 1024 * 1024  # as a plan file (yaml_source.MAX_FILE_BYTES)
MAX_EVENTS = 20_000  # VEVENTs in one file: decades of every committee of a gemeente
MAX_OCCURRENCES = 50_000  # as a meeting rrule (plan_calendar.MAX_OCCURRENCES)
TIME_BUDGET = 10.0  # seconds of expansion per file
LOCAL_ZONE = "Europe/Amsterdam"
_SUB_DAILY = ("HOURLY", "MINUTELY", "SECONDLY")
MAX_PER_DAY = 24  # occurrences a rule may make in one day (BYHOUR x BYMINUTE x BYSECOND)


@dataclass(frozen=True)
class IcsError(Exception):
    """What is wrong with an .ics file: a message key, its params and, when known, the line."""

    template: str
    params: dict[str, str] = field(default_factory=dict)
    line: int | None = None
    code: str = "bad-ics"


def read_ics(path: Path, match: str | None, first: date, last: date) -> dict[date, str]:
    """The meeting dates in first..last (inclusive) of the events whose SUMMARY contains `match`,
    each with the summaries of its events; IcsError when the file cannot be used."""
    text = _read(path)
    calendar = _parse(text)
    events = calendar.walk("VEVENT")
    if len(events) > MAX_EVENTS:
        raise IcsError("ics-too-many-events", {"count": f"{len(events):,}", "limit": f"{MAX_EVENTS:,}"},
                       code="too-large")
    lines = _event_lines(text)
    for i, event in enumerate(events):
        line = lines[i] if i < len(lines) else None
        if event.get("DTSTART") is None:
            raise IcsError("ics-no-dtstart", {"uid": _uid(event, i)}, line)
        try:
            _check_rules(event, i, line)
        except IcsError:
            raise
        except Exception as exc:  # icalendar keeps an unparsable RRULE as a broken property
            raise IcsError("ics-bad-event", {"uid": _uid(event, i), "reason": _short(exc.__cause__ or exc)},
                           line) from None
    return _expand(calendar, match, first, last, lines)


def _check_rules(event: Any, i: int, line: int | None) -> None:
    """Refuse a rule that repeats within a day before it is expanded: the library lists every
    occurrence of a rule at once, and FREQ=SECONDLY over the plan's years is 10^8 of them."""
    rules = event.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        freq = " ".join(str(f) for f in rule.get("FREQ", [])).upper()
        per_day = 1
        for part in ("BYHOUR", "BYMINUTE", "BYSECOND"):
            per_day *= max(1, len(rule.get(part, [])))
        if freq in _SUB_DAILY or per_day > MAX_PER_DAY:
            raise IcsError("ics-sub-daily", {"uid": _uid(event, i)}, line)


def _read(path: Path) -> str:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IcsError("ics-is-directory", code="unreadable")
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise IcsError("ics-not-regular", code="unreadable")
        if info.st_size > MAX_ICS_BYTES:
            raise IcsError("ics-too-big", {"size": f"{info.st_size / 1e6:.1f}", "limit": str(MAX_ICS_BYTES >> 20)},
                           code="too-large")
        with path.open("rb") as fh:
            raw = fh.read(MAX_ICS_BYTES + 1)
    except FileNotFoundError:
        raise IcsError("ics-no-such-file", code="unreadable") from None
    except OSError as exc:
        raise IcsError("ics-cannot-read", {"reason": str(exc.strerror or exc)}, code="unreadable") from None
    if len(raw) > MAX_ICS_BYTES:  # grew while being read
        raise IcsError("ics-too-big", {"size": f"{len(raw) / 1e6:.1f}", "limit": str(MAX_ICS_BYTES >> 20)},
                       code="too-large")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise IcsError("ics-not-text") from None


def _parse(text: str) -> Any:
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise IcsError("ics-not-icalendar")
    import icalendar

    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise IcsError("ics-unparsable", {"reason": _short(exc)}) from None
    if not calendars:
        raise IcsError("ics-not-icalendar")
    calendar = calendars[0]
    for extra in calendars[1:]:  # several VCALENDARs in one file: their events together
        for component in extra.subcomponents:
            calendar.add_component(component)
    return calendar


def _expand(calendar: Any, match: str | None, first: date, last: date, lines: list[int]) -> dict[date, str]:
    from zoneinfo import ZoneInfo

    import recurring_ical_events  # type: ignore[import-untyped]

    zone = ZoneInfo(LOCAL_ZONE)
    needle = match.casefold() if match else None
    # A day either side: an event at 23:30 UTC on the day before `first` is local on `first`.
    start, stop = first - timedelta(days=1), last + timedelta(days=2)
    try:
        query = recurring_ical_events.of(calendar)
    except Exception as exc:  # the library's own errors (bad RRULE, CALSCALE) have no common base
        raise IcsError("ics-unparsable", {"reason": _short(exc)}) from None
    found: dict[date, str] = {}
    count, began = 0, time.monotonic()
    for series in query.series:
        try:
            for occurrence in series.between(start, stop):
                count += 1
                if count > MAX_OCCURRENCES:
                    raise IcsError("ics-too-many-occurrences", {"limit": f"{MAX_OCCURRENCES:,}", "start": str(first),
                                                                "end": str(last)}, code="too-large")
                if count % 512 == 0 and time.monotonic() - began > TIME_BUDGET:
                    raise IcsError("ics-too-slow", {"limit": f"{TIME_BUDGET:g}"}, code="too-large")
                _keep(occurrence, needle, zone, first, last, found)
        except IcsError:
            raise
        except Exception as exc:  # a bad RRULE or date inside one event
            uid = str(getattr(series, "uid", "?"))
            raise IcsError("ics-bad-event", {"uid": uid, "reason": _short(exc)}, _line_of_uid(calendar, uid, lines)) \
                from None
        if time.monotonic() - began > TIME_BUDGET:
            raise IcsError("ics-too-slow", {"limit": f"{TIME_BUDGET:g}"}, code="too-large")
    return dict(sorted(found.items()))


def _keep(occurrence: Any, needle: str | None, zone: Any, first: date, last: date, found: dict[date, str]) -> None:
    # The occurrence's STATUS and SUMMARY are those of the event (or moved instance) it comes
    # from; reading them there spares a copy of the component per occurrence (5x faster).
    adapter = getattr(occurrence, "_adapter", None)
    component = getattr(adapter, "_component", None)
    if component is None:  # another version of the library
        component = occurrence.as_component(False)
    if str(component.get("STATUS", "")).upper() == "CANCELLED":
        return
    summary = " ".join(str(component.get("SUMMARY", "")).split())
    if needle is not None and needle not in summary.casefold():
        return
    day = local_date(occurrence.start, zone)
    if first <= day <= last:
        found[day] = f"{found[day]}; {summary}" if day in found and summary not in found[day] else summary


def local_date(value: date | datetime, zone: Any) -> date:
    """The date of an event start in the local zone; a floating time or an all-day date as written."""
    if isinstance(value, datetime):
        return value.astimezone(zone).date() if value.tzinfo is not None else value.date()
    return value


def _event_lines(text: str) -> list[int]:
    """The line (1-based) of each BEGIN:VEVENT, in order: where a problem with event i is told."""
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip().upper() == "BEGIN:VEVENT"]


def _line_of_uid(calendar: Any, uid: str, lines: list[int]) -> int | None:
    for i, event in enumerate(calendar.walk("VEVENT")):
        if str(event.get("UID", "")) == uid:
            return lines[i] if i < len(lines) else None
    return None


def _uid(event: Any, i: int) -> str:
    uid = event.get("UID")
    return repr(str(uid)[:80]) if uid is not None else f"#{i + 1}"


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
