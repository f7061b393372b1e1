"""iCalendar (RFC 5545) content lines written as text, byte for byte what the icalendar
library writes for the same properties (tests/test_ics_writer.py compares the two), without
its cost: building icalendar objects took most of the time of a large timeline feed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache

LIMIT = 74  # octets of a line before its fold; a continuation line adds its leading space
FOLD = b"\r\n "


def escape(value: str) -> str:
    """A TEXT value (§3.3.11), in the order icalendar applies: a literal "\\N" counts as a
    line break, and CRLF, LF and a lone CR each become "\\n"."""
    return (value.replace("\\N", "\n").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """A content line folded (§3.1) into parts of at most LIMIT octets, never inside a UTF-8
    sequence and, as icalendar does, never right after a backslash or caret, so that an
    escape stays on one line."""
    if line.isascii():  # one octet a character: cut the text itself
        if len(line) <= LIMIT:
            return line
        parts = []
        start = 0
        while len(line) - start > LIMIT:
            cut = start + LIMIT
            if line[cut - 1] in "\\^":
                cut -= 1
            parts.append(line[start:cut])
            start = cut
        parts.append(line[start:])
        return "\r\n ".join(parts)
    raw = line.encode("utf-8")
    return line if len(raw) <= LIMIT else _fold_octets(raw).decode("utf-8")


def _fold_octets(raw: bytes) -> bytes:
    parts = []
    start = 0
    while len(raw) - start > LIMIT:
        cut = start + LIMIT
        while raw[cut] & 0xC0 == 0x80:  # inside a character: cut before it
            cut -= 1
        if raw[cut - 1] in b"\\^" and cut - 1 > start:
            cut -= 1
        parts.append(raw[start:cut])
        start = cut
    parts.append(raw[start:])
    return FOLD.join(parts)


@cache  # a feed has few distinct dates
def day_value(value: date) -> str:
    """A DATE value."""
    return f"{value.year:04}{value.month:02}{value.day:02}"


@cache  # and fewer stamps
def utc(value: datetime) -> str:
    """A DATE-TIME in UTC: a time without a zone is taken as UTC, as icalendar does for DTSTAMP."""
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}Z"


def duration(value: timedelta) -> str:
    """A DURATION value in days and time, as icalendar writes a timedelta (never weeks)."""
    sign = "-" if value.days < 0 else ""
    value = -value if value.days < 0 else value
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = ""
    if value.seconds:
        clock = "T" + (f"{hours}H" if hours else "")
        clock += f"{minutes}M" if minutes or (hours and seconds) else ""
        clock += f"{seconds}S" if seconds else ""
    if value.days == 0 and clock:
        return f"{sign}P{clock}"
    return f"{sign}P{value.days}D{clock}"


def document(lines: list[str]) -> str:
    """Folded content lines as one iCalendar text, each ended by CRLF."""
    return "\r\n".join(lines) + "\r\n"
