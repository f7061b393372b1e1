"""Meeting calendars from iCalendar files: parse-back of files written here, the plan that uses
them, the bad and hostile files, and the warning for meeting dates that do not count."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from res_plan.ics_meetings import IcsError, read_ics
from tests.helpers import CONFORMANCE, EXAMPLES, check_json, run_cli, write_plan

TZ = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def event(uid: str, start: str, summary: str = "Raadsvergadering", *extra: str) -> str:
    return "\n".join(["BEGIN:VEVENT", f"UID:{uid}", start, f"SUMMARY:{summary}", *extra, "END:VEVENT", ""])


def calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//NL\n" + TZ + "".join(events) + "END:VCALENDAR\n"


def write_ics(tmp_path: Path, text: str, name: str = "raad.ics") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode())
    return path


# The raad calendar of the "done when": all-day, UTC and TZID events, a weekly RRULE with
# an EXDATE, a meeting on Ascension Day, a cancelled meeting and a commissie evening.
RAAD = calendar(
    event("allday", "DTSTART;VALUE=DATE:20240125", "Raadsvergadering (begroting)"),
    event("utc", "DTSTART:20240221T183000Z"),
    event("late-utc", "DTSTART:20240306T230000Z", "raadsVERGADERING"),  # 7 March local
    event("tzid", "DTSTART;TZID=Europe/Amsterdam:20240328T233000"),  # after midnight UTC, still 28 March
    event("weekly", "DTSTART;TZID=Europe/Amsterdam:20240402T193000", "Raadsvergadering (reeks)",
          "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Amsterdam:20240409T193000"),
    event("hemelvaart", "DTSTART;TZID=Europe/Amsterdam:20240509T193000"),
    event("cancelled", "DTSTART;TZID=Europe/Amsterdam:20240530T193000", "Raadsvergadering", "STATUS:CANCELLED"),
    event("commissie", "DTSTART;TZID=Europe/Amsterdam:20240604T200000", "Commissievergadering Ruimte"),
    event("folded", "DTSTART;TZID=Europe/Amsterdam:20240627T193000",
          "Raadsvergadering met een heel lange omschrijving die het exportprogramma over meer dan\n"
          "  één regel vouwt zoals RFC 5545 het wil"),
)
RAAD_DAYS = [date(2024, 1, 25), date(2024, 2, 21), date(2024, 3, 7), date(2024, 3, 28), date(2024, 4, 2),
             date(2024, 4, 16), date(2024, 4, 23), date(2024, 5, 9), date(2024, 6, 27)]

PLAN = """version: 1
region: {{id: t, name: T}}
deadline: 2025-01-01
today: 2024-01-08
partners:
  - id: leiden
    kind: gemeente
    meetings:
      raad: {meetings}
decisions:
  - {{id: besluit, by: leiden.raad, not_before: {not_before}}}
"""


def plan(tmp_path: Path, meetings: str = "{ics: raad.ics, match: raadsvergadering}",
         not_before: str = "2024-05-01") -> Path:
    return write_plan(tmp_path, PLAN.format(meetings=meetings, not_before=not_before))


def test_a_griffiers_calendar_reads_back_as_its_meeting_days(tmp_path: Path) -> None:
    found = read_ics(write_ics(tmp_path, RAAD), "raadsvergadering", date(2024, 1, 1), date(2024, 12, 31))
    assert list(found) == RAAD_DAYS
    assert "één regel vouwt" in found[date(2024, 6, 27)]  # the folded SUMMARY is one text again


def test_without_match_every_event_counts_and_the_horizon_bounds_them(tmp_path: Path) -> None:
    path = write_ics(tmp_path, RAAD)
    assert date(2024, 6, 4) in read_ics(path, None, date(2024, 1, 1), date(2024, 12, 31))
    assert list(read_ics(path, None, date(2024, 3, 7), date(2024, 3, 31))) == [date(2024, 3, 7), date(2024, 3, 28)]


@pytest.mark.parametrize(("start", "day"), [
    ("DTSTART:20240330T230000Z", date(2024, 3, 31)),  # the night the clocks go forward
    ("DTSTART:20240331T220000Z", date(2024, 4, 1)),  # 00:00 CEST
    ("DTSTART:20241026T223000Z", date(2024, 10, 27)),  # the night the clocks go back: 00:30 CEST
    ("DTSTART:20241027T223000Z", date(2024, 10, 27)),  # 23:30 CET
    ("DTSTART;TZID=Europe/Amsterdam:20240331T023000", date(2024, 3, 31)),  # a time that does not exist
    ("DTSTART:20240331T233000", date(2024, 3, 31)),  # floating: as written
])
def test_dates_across_the_daylight_saving_changes(tmp_path: Path, start: str, day: date) -> None:
    path = write_ics(tmp_path, calendar(event("x", start)))
    assert list(read_ics(path, None, date(2024, 1, 1), date(2024, 12, 31))) == [day]


def test_a_weekly_series_across_the_change_keeps_its_local_day(tmp_path: Path) -> None:
    series = event("w", "DTSTART;TZID=Europe/Amsterdam:20241015T233000", "Raadsvergadering",
                   "RRULE:FREQ=WEEKLY;UNTIL=20241105T000000Z", "EXDATE;TZID=Europe/Amsterdam:20241022T233000")
    found = read_ics(write_ics(tmp_path, calendar(series)), None, date(2024, 1, 1), date(2024, 12, 31))
    assert list(found) == [date(2024, 10, 15), date(2024, 10, 29)]


def test_decisions_land_on_the_calendars_days_and_the_dropped_ones_are_told(tmp_path: Path) -> None:
    write_ics(tmp_path, RAAD)
    code, doc = check_json(plan(tmp_path))
    result = doc["plans"][0]
    assert code == 0, result["problems"]
    row = result["decisions"][0]
    # 9 May is Ascension Day and 30 May cancelled: the first meeting on or after 1 May is 27 June.
    assert (row["earliest"], row["latest"]) == ("2024-06-27", "2024-06-27")
    # a note beside the problems, not a problem of the file
    assert result["problems"] == []
    [warning] = [n for n in result["notes"] if n["code"] == "meetings-dropped"]
    assert warning["severity"] == "warning"
    assert "leiden.raad 2024-05-09 (Ascension Day)" in warning["message"] and warning["line"] == 9


def test_res_plan_meetings_lists_the_days_and_why_not(tmp_path: Path) -> None:
    write_ics(tmp_path, RAAD)
    path = plan(tmp_path)
    code, out = run_cli("meetings", str(path), "--from", "2024-05-01", "--to", "2024-06-30", "--format", "csv")
    assert code == 0
    assert out.splitlines() == ["date,body,counts,reason,name,source",
                                "2024-05-09,leiden.raad,no,holiday,Ascension Day,raad.ics",
                                "2024-06-27,leiden.raad,yes,,,raad.ics"]
    code, out = run_cli("meetings", str(path), "--partner", "leiden", "--body", "college")
    assert code == 0 and "no meeting calendar" in out
    assert run_cli("meetings", str(path), "--partner", "nobody")[0] == 2
    assert run_cli("meetings", str(path), "--from", "2024-06-01", "--to", "2024-05-01")[0] == 2
    code, out = run_cli("meetings", str(path), "--format", "json", "--lang", "nl")
    assert code == 0 and '"reason": "holiday"' in out


def test_a_shared_file_names_its_calendar_relative_to_itself(tmp_path: Path) -> None:
    shared = tmp_path / "_shared"
    (shared / "kalenders").mkdir(parents=True)
    write_ics(shared / "kalenders", calendar(event("ps", "DTSTART;TZID=Europe/Amsterdam:20240612T100000", "PS")),
              "ps.ics")
    (shared / "prov.yaml").write_text("partners:\n  - id: zh\n    kind: provincie\n    meetings:\n"
                                      "      ps: {ics: kalenders/ps.ics}\n", encoding="utf-8")
    path = write_plan(tmp_path, "version: 1\nregion: {id: t}\ndeadline: 2025-01-01\ntoday: 2024-01-08\n"
                                "include: [_shared/prov.yaml]\ndecisions:\n  - {id: b, by: zh.ps}\n")
    code, doc = check_json(path)
    assert code == 0 and doc["plans"][0]["decisions"][0]["earliest"] == "2024-06-12"


def test_the_example_plan_reads_its_calendar(tmp_path: Path) -> None:
    code, doc = check_json(EXAMPLES / "voorbeeldstad-raadskalender-2024.yaml")
    result = doc["plans"][0]
    assert code == 0
    days = {d["id"]: d["earliest"] for d in result["decisions"]}
    assert days["zienswijze-herijking"] == "2024-11-07"  # October's meeting is cancelled
    assert result["problems"] == []
    assert "meetings-dropped" in [n["code"] for n in result["notes"]]


def test_a_listed_meeting_on_ascension_day_is_told(tmp_path: Path) -> None:
    _, doc = check_json(CONFORMANCE / "03-meetings-snap.yaml")
    [warning] = [p for p in doc["plans"][0]["notes"] if p["code"] == "meetings-dropped"]
    assert "leiden.college 2023-05-18" in warning["message"]
    # an rrule's generated dates in the recess are not told: King's Day is the rule's own business
    assert "leiden.raad" not in warning["message"]


def test_a_body_with_a_file_takes_nothing_else(tmp_path: Path) -> None:
    write_ics(tmp_path, RAAD)
    path = write_plan(tmp_path, PLAN.format(meetings="{ics: raad.ics}", not_before="2024-05-01").replace(
        "      raad: {ics: raad.ics}\n", "      raad: {ics: raad.ics}\n      representative: [2024-02-01]\n"))
    code, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["code"] == "bad-value" and "raad.ics" in p["message"] and p["line"] == 10


HOSTILE = {
    "missing": None,
    "empty": "",
    "not iCalendar": "hello, this is not a calendar\n",
    "binary": "\x00\xff\xfe not text",
    "no DTSTART": calendar("BEGIN:VEVENT\nUID:x\nSUMMARY:Raadsvergadering\nEND:VEVENT\n"),
    "bad RRULE": calendar(event("x", "DTSTART:20240101T100000Z", "R", "RRULE:FREQ=SOMETIMES")),
    "endless secondly": calendar(event("x", "DTSTART:20240101T100000Z", "R", "RRULE:FREQ=SECONDLY")),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_bad_calendar_is_exit_2_naming_the_ics_and_the_yaml_line(tmp_path: Path, case: str) -> None:
    content = HOSTILE[case]
    if content is not None:
        (tmp_path / "raad.ics").write_bytes(content.encode("latin-1", "replace") if case == "binary"
                                            else content.encode())
    began = time.monotonic()
    code, doc = check_json(plan(tmp_path))
    assert time.monotonic() - began < 5
    [p] = doc["plans"][0]["problems"]
    if case == "missing":  # no file to point into: the plan's `ics:` line, where the name is to be fixed
        assert code == 2 and p["file"].endswith("plan.yaml") and p["line"] == 9, p
    else:
        assert code == 2 and p["file"].endswith("raad.ics"), p
    assert "plan.yaml:9" in p["message"], p["message"]
    if case == "no DTSTART":
        assert p["line"] == TZ.count("\n") + 4


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with (tmp_path / "raad.ics").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    code, doc = check_json(plan(tmp_path))
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["code"] == "too-large" and p["file"].endswith("raad.ics")


def test_an_endless_daily_rule_is_bounded_by_the_plans_years(tmp_path: Path) -> None:
    write_ics(tmp_path, calendar(event("x", "DTSTART;VALUE=DATE:20240101", "Raadsvergadering", "RRULE:FREQ=DAILY")))
    began = time.monotonic()
    code, _ = check_json(plan(tmp_path))
    assert code == 0 and time.monotonic() - began < 5


def test_an_empty_match_and_an_unknown_key_are_located(tmp_path: Path) -> None:
    write_ics(tmp_path, RAAD)
    code, doc = check_json(plan(tmp_path, '{ics: raad.ics, match: ""}'))
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["line"] == 9 and "raad.ics" in p["message"]
    code, doc = check_json(plan(tmp_path, "{ics: raad.ics, mach: raad}"))
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["code"] == "unknown-key" and "match" in p["message"]


def test_the_file_is_never_written(tmp_path: Path) -> None:
    ics = write_ics(tmp_path, RAAD)
    before = ics.read_bytes()
    code, _ = run_cli("timeline", str(plan(tmp_path)), "--format", "ics", "--output", str(ics))
    assert code == 2 and ics.read_bytes() == before


def test_read_ics_raises_its_own_error(tmp_path: Path) -> None:
    with pytest.raises(IcsError):
        read_ics(tmp_path / "nothing.ics", None, date(2024, 1, 1), date(2024, 12, 31))
