"""Long chains of decisions (one after another, tens of thousands long) cost time in proportion
to their length: a decision's explanation and timeline row read its body's meetings without
copying or re-reading the whole calendar, and the terminal table lays every row out once."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from res_plan.explain import explain
from res_plan.pipeline import check_file
from res_plan.report.options import ReportOptions
from res_plan.report.rich_report import render
from res_plan.timeline.selection import Selection
from res_plan.timeline.view import build
from tests.helpers import write_plan

TODAY = date(2024, 1, 8)


def chain(n: int) -> str:
    """n decisions after each other, every other one by a council meeting four days a week."""
    rows = "".join(f"  - {{id: d{i}, title: Besluit {i}, by: ede.{'raad' if i % 2 else 'college'}, lead: 1wd"
                   + (f", after: [d{i - 1}]}}\n" if i else "}\n") for i in range(n))
    return ("version: 1\nregion: {id: keten, name: Keten}\ndeadline: 2040-01-01\ntoday: 2024-01-08\n"
            "partners:\n  - id: ede\n    name: Gemeente Ede\n    kind: gemeente\n    meetings:\n"
            "      raad: {rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH', from: 2024-01-01, until: 2039-12-31}\n"
            "decisions:\n" + rows)


class CountingDays(tuple[int, ...]):
    """A body's meeting days that count how often the whole calendar is read."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountingDays.reads += 1
        return super().__iter__()


def test_explaining_a_long_chain_reads_the_meeting_calendar_once(tmp_path: Path) -> None:
    result = check_file(write_plan(tmp_path, chain(400)), None, TODAY)
    assert result.network is not None and result.schedule is not None
    cal = result.network.calendar
    cal.meetings["ede.raad"] = CountingDays(cal.meetings["ede.raad"])
    CountingDays.reads = 0
    lines = explain(result.network, result.schedule, "d399", "en")
    assert sum("So the earliest date of" in line for line in lines) == 400  # the whole chain, explained
    assert any("has no meeting on" in line for line in lines)  # and its snaps to meeting days
    assert CountingDays.reads <= 2  # once sorted, once as a set: not once per decision


def test_timeline_rows_share_their_bodys_meeting_days(tmp_path: Path) -> None:
    result = check_file(write_plan(tmp_path, chain(200)), None, TODAY)
    assert result.network is not None
    view = build(result, Selection())
    days = result.network.calendar.eligible("ede.raad").meetings
    assert days is not None
    council = [e for e in view.entries if e.row.by == "ede.raad"]
    assert len(council) == 100
    for entry in council:
        assert entry.ready is not None and entry.row.latest is not None
        expected = [d for d in days if entry.ready <= d <= entry.row.latest.toordinal()]
        assert list(entry.meetings) == expected and len(entry.meetings) == len(expected) > 0
        assert entry.meetings[0] == expected[0] and entry.meetings[-1] == expected[-1]
        assert getattr(entry.meetings, "days", None) is days  # a window onto the calendar, not a copy
    assert all(not e.meetings for e in view.entries if e.row.by == "ede.college")


LONG = "een-besluit-met-een-heel-erg-lange-naam-die-niet-past"


@pytest.mark.parametrize("width", [80, 160])
def test_the_terminal_table_fits_its_width_and_folds_long_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    plan = write_plan(tmp_path, chain(3).replace("{id: d0,", f"{{id: {LONG},").replace("[d0]", f"[{LONG}]"))
    out = render([check_file(plan, None, TODAY)], "nl", ReportOptions(terminal=True))
    assert "\x1b[32mop tijd\x1b[0m" in out and "\x1b[1;35m★\x1b[0m" in out  # green status, magenta mark
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("  besluit "))
    table = lines[start:next(i for i, line in enumerate(lines) if line.startswith("★ kritiek"))]
    assert table[0].split() == ["besluit", "door", "vroegst", "uiterlijk", "speling", "status"]
    assert all(len(line) <= width and line == line.rstrip() for line in table)
    if width == 80:  # the id and the body name fold within their columns; the dates stay on the row
        assert table[1:3] == ["★ een-besluit-met-een-heel-erg college van 2024-01-09 2039-12-28    4057 op tijd",
                              "  -lange-naam-die-niet-past    B&W (ede)"]
        assert table[3].startswith("★ d1 ") and table[4].strip() == "d (ede)"  # "gemeenteraad" cut at 11
    else:
        assert table[1] == (f"★ {LONG} college van B&W (ede) 2024-01-09 2039-12-28    4057 op tijd")
        assert len(table) == 4
