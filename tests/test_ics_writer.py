"""The iCalendar text written directly (res_plan.ics_text, the timeline's and the agenda's
feeds) is byte for byte what the icalendar library writes for the same events, icalendar
reads it back to the same events, and the quick reader of an earlier calendar agrees with
icalendar on every file it accepts; `timeline -f ics` does not load icalendar at all."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from res_plan.ics_text import fold
from res_plan.timeline import ics_sequence
from res_plan.timeline.ics import REMINDER, all_day_event, calendar, content, feed
from tests.helpers import EXAMPLES
from tests.test_timeline import timeline

PLAN = EXAMPLES / "noord-veluwe-herijking-2023.yaml"
# What makes folding and escaping hard: escapes, the caret icalendar keeps off a fold, line
# breaks of every kind and characters of two, three and four octets.
TRICKY = st.sampled_from(["\\", ";", ",", "\n", "\r", "\r\n", "\\N", "\\n", "^", ":", "\t", "é", "—", "中", "😀",
                          "\x00", "\x85", "\u2028", "a", " "])
TEXT = st.lists(TRICKY | st.characters(exclude_categories=["Cs"]), max_size=120).map("".join)
NAME = TEXT.filter(lambda s: "\r" not in s and "\n" not in s)  # names reach the feed on one line
STAMPS = st.datetimes(min_value=datetime(1000, 1, 2), max_value=datetime(9999, 12, 30),
                      timezones=st.sampled_from([UTC, timezone(timedelta(hours=2))]))
DAYS = st.dates(max_value=date(9999, 12, 30))
EVENT = st.fixed_dictionaries({
    "uid": NAME, "day": DAYS, "summary": TEXT, "description": TEXT, "stamp": STAMPS,
    "reminder": st.none() | TEXT, "sequence": st.none() | st.integers(0, 10**9 - 1),
    "category": st.none() | TEXT})
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ours(name: str, events: list[dict[str, Any]]) -> bytes:
    lines = calendar("-//res-plan//timeline//EN", name)
    for e in events:
        all_day_event(lines, e["uid"], content(e["day"], e["summary"], e["description"]), e["stamp"],
                      e["reminder"], e["sequence"], e["category"])
    return feed(lines).encode("utf-8")


def _icalendar(name: str, events: list[dict[str, Any]]) -> bytes:
    """The same feed built as the icalendar library builds it (how it was written before)."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//res-plan//timeline//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for e in events:
        event = Event()
        event.add("uid", e["uid"])
        event.add("dtstart", e["day"])
        event.add("dtend", e["day"] + timedelta(days=1))
        event.add("summary", e["summary"])
        event.add("description", e["description"])
        event.add("transp", "TRANSPARENT")
        if e["reminder"] is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("trigger", REMINDER)
            alarm.add("description", e["reminder"])
            event.add_component(alarm)
        if e["category"] is not None:
            event.add("categories", [e["category"]])
        event.add("dtstamp", e["stamp"])
        if e["sequence"] is not None:
            event.add("sequence", e["sequence"])
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical


@SLOW
@given(NAME, st.lists(EVENT, max_size=4))
@example("Regio; Test, met \\backslash", [{  # "SUMMARY:" and 65 characters: the 74th octet is an escape's
    "uid": "r/a@res-plan", "day": date(2024, 12, 10), "summary": "x" * 65 + "\\" * 9, "description": "é" * 80,
    "stamp": datetime(2024, 1, 8, tzinfo=UTC), "reminder": "x" * 61 + "^" * 30, "sequence": 3, "category": "a,b;c"}])
def test_the_feed_is_what_icalendar_writes(name: str, events: list[dict[str, Any]]) -> None:
    assert _ours(name, events) == _icalendar(name, events)


@SLOW
@given(st.lists(EVENT, min_size=1, max_size=4))
def test_icalendar_reads_the_same_events_back(events: list[dict[str, Any]]) -> None:
    from icalendar import Calendar

    from res_plan.ics_text import escape

    read = Calendar.from_ical(_ours("feed", events)).walk("VEVENT")
    assert len(read) == len(events)
    for got, e in zip(read, events, strict=True):
        assert str(got["uid"]) == e["uid"].replace("\\N", "\n").replace("\r\n", "\n").replace("\r", "\n")
        assert got.decoded("dtstart") == e["day"] and got.decoded("dtend") == e["day"] + timedelta(days=1)
        assert got.decoded("dtstamp") == e["stamp"].replace(microsecond=0)
        for key in ("summary", "description"):  # as written: icalendar counts "\N" and CR as line breaks too
            assert escape(str(got[key])) == escape(e[key])
        assert int(got.get("sequence", -1)) == (-1 if e["sequence"] is None else e["sequence"])
        alarms = got.walk("VALARM")
        assert len(alarms) == (e["reminder"] is not None)
        for alarm in alarms:
            assert alarm.decoded("trigger") == REMINDER and escape(str(alarm["description"])) == escape(e["reminder"])


def test_folding_keeps_characters_and_escapes_whole() -> None:
    for line in ("x" * 73 + "é" + "tail", "x" * 73 + "\\n" + "y" * 80, "😀" * 40, "x" * 74, "x" * 75):
        parts = fold(line).split("\r\n ")
        assert "".join(parts) == line
        assert all(len(p.encode()) <= 74 for p in parts)
        assert not any(p.endswith("\\") for p in parts[:-1])
    assert fold("x" * 74) == "x" * 74 and fold("x" * 75) == "x" * 74 + "\r\n x"


def test_a_line_break_in_the_calendar_name_cannot_end_its_line() -> None:
    # X-WR-CALNAME is written as it is (icalendar does not escape it): a break must not get through
    assert calendar("-//x//EN", "Regio\r\nBEGIN:VEVENT")[-1] == "X-WR-CALNAME:Regio\\x0d\\x0aBEGIN:VEVENT"


# -- reading an earlier calendar ---------------------------------------------------------------------

def _agree(text: str) -> bool:
    """Whether the quick reader takes `text`; when it does, it must read what icalendar reads."""
    ours = ics_sequence._read_ours(text)
    if ours is not None:  # the values as read, which versioned compares as icalendar reads them
        normal = {uid: old._replace(content=ics_sequence._normal(old.content)) for uid, old in ours.items()}
        assert normal == ics_sequence._read_any(text)
    return ours is not None


@SLOW
@given(st.lists(EVENT, max_size=5))
def test_the_quick_reader_takes_every_feed_written_here(events: list[dict[str, Any]]) -> None:
    written = _ours("feed", events).decode("utf-8")
    assert _agree(written)
    assert _agree(written.replace("\r\n", "\n"))  # as the command reads the file: text, universal newlines


EDITS = st.sampled_from(["", "\r\n", "\n", "\r", " ", "\t", "\r\n ", "\r\n\t", ";", ":", ",", "\\", "N", "n", "0",
                         "9", "Z", "-", "T", "\r\nX-A:1", "\r\nSEQUENCE:2", "\r\nBEGIN:VEVENT", "\r\nEND:VEVENT",
                         "=", "\"", "VALUE=DATE"])


@SLOW
@given(st.lists(EVENT, min_size=1, max_size=3), st.lists(st.tuples(st.floats(0, 1), st.integers(0, 3), EDITS),
                                                           min_size=1, max_size=4))
def test_the_quick_reader_agrees_with_icalendar_or_leaves_the_file_to_it(
        events: list[dict[str, Any]], edits: list[tuple[float, int, str]]) -> None:
    text = _ours("feed", events).decode("utf-8")
    for at, cut, insert in edits:  # a hand edit: some characters replaced
        i = int(at * len(text))
        text = text[:i] + insert + text[i + cut:]
    try:
        _agree(text)
    except (ValueError, TypeError, KeyError, OverflowError):  # icalendar's own troubles with the edit
        pass


def test_every_character_is_read_as_icalendar_reads_it() -> None:
    """Controls and line separators other than CR and LF are text to icalendar, as to the quick reader."""
    chars = [c for c in range(0x250) if c not in (10, 13)] + [0x2028, 0x2029, 0x200B, 0x3000, 0xFEFF, 0xFFFE, 0xFFFF] \
        + list(range(0x250, 0x110000, 4099))
    events = [{"uid": f"u{c}", "day": date(2024, 1, 1), "summary": f"a{chr(c)}b", "description": f"x{chr(c)}\ny",
               "stamp": datetime(2024, 1, 1, tzinfo=UTC), "reminder": chr(c), "sequence": 1, "category": chr(c)}
              for c in chars if not 0xD800 <= c < 0xE000]
    assert _agree(_ours("feed", events).decode("utf-8"))


def test_a_calendar_edited_elsewhere_is_read_by_icalendar() -> None:
    written = _ours("feed", [{"uid": "r/a@res-plan", "day": date(2024, 5, 1), "summary": "s", "description": "d",
                              "stamp": datetime(2024, 1, 8, tzinfo=UTC), "reminder": "r", "sequence": 4,
                              "category": None}]).decode("utf-8")
    for edited in (written.replace("TRANSP", "LOCATION:x\r\nTRANSP"), written.replace("\r\n", "\r\n\r\n"),
                   written.replace("DTSTAMP:20240108T000000Z", "DTSTAMP:20240108T000000"),
                   written.replace("SEQUENCE:", "sequence:"), written + written):
        assert ics_sequence._read_ours(edited) is None
    # Escapes written elsewhere: the quick reader compares them as icalendar does, or leaves them to it.
    for raw in ("a\\\\Nb", "a\\Nb", "a,b", "a\\:b", "a\\xb", "a\\\\\\nb", "a\\"):
        assert _agree(written.replace("SUMMARY:s", f"SUMMARY:{raw}"))
    before = ics_sequence.published(written.replace("DTSTAMP:20240108T000000Z", "DTSTAMP:20240108T100000"))
    assert before["r/a@res-plan"].sequence == 4
    assert before["r/a@res-plan"].stamp == datetime(2024, 1, 8, 10, tzinfo=UTC)  # no zone: taken as UTC


# -- the command -------------------------------------------------------------------------------------

def test_re_exporting_over_a_hand_edited_calendar_works(tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    assert timeline(str(PLAN), "-f", "ics", "-o", str(out)).code == 0
    first = out.read_bytes()
    # Another program wrote the stamps without a zone and the sequences higher.
    edited = first.replace(b"DTSTAMP:20230301T000000Z", b"DTSTAMP:20230301T120000")
    edited = edited.replace(b"SEQUENCE:0", b"SEQUENCE:5")
    out.write_bytes(edited)
    assert timeline(str(PLAN), "-f", "ics", "-o", str(out), "--delay", "plan-mer=8w").code == 0
    after = out.read_text(encoding="utf-8")
    assert "SEQUENCE:6" in after and "DTSTAMP:20230301T120001Z" in after  # moved: one higher, one second later
    assert "SEQUENCE:5" in after and "DTSTAMP:20230301T120000Z" in after  # kept


def test_timeline_ics_does_not_load_icalendar(tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    # main() leaves the process itself, after the exit handlers: the answer is printed by one.
    code = ("import atexit, sys\nfrom res_plan.cli import main\n"
            "atexit.register(lambda: print('icalendar' in sys.modules))\n"
            f"sys.argv = ['res-plan', 'timeline', {str(PLAN)!r}, '-f', 'ics', '-o', {str(out)!r}]\n"
            "main()\n")
    for _ in range(2):  # a new file, then over the earlier one
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert run.stdout.strip() == "False" and out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
