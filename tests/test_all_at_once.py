"""Work done for many dates or windows at once gives what one at a time gave: why a meeting
date does not count (meeting_days against why_dropped), whatever the closed ranges and windows
and however they overlap; and the lane of each window in the timeline's band."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from res_plan.bodies import partner_of
from res_plan.meeting_days import meeting_days
from res_plan.pipeline import check_text
from res_plan.plan_calendar import PlanCalendar
from res_plan.timeline.gantt import CHAR_W, Axis, _lanes
from res_plan.timeline.view import WindowEntry
from res_plan.workdays import HORIZON_HI, HORIZON_LO

START = date(2026, 1, 1)
SPAN = 120  # days: holidays, weekends, ranges and windows overlap often in so short a stretch

offsets = st.integers(0, SPAN)
ranges = st.lists(st.tuples(offsets, st.integers(0, 20)), max_size=6)


def _day(offset: int) -> str:
    return (START + timedelta(days=offset)).isoformat()


def _ranges(items: list[tuple[int, int]], prefix: str, bodies: list[str | None]) -> str:
    out = []
    for i, ((lo, length), named) in enumerate(zip(items, bodies, strict=False)):
        only = f", bodies: [{named}]" if named else ""
        out.append(f"    - {{name: {prefix}{i}, from: {_day(lo)}, to: {_day(lo + length)}{only}}}\n")
    return "".join(out)


def _why_window_by_window(cal: PlanCalendar, body: str, day: int, routine: bool = False) -> tuple[str, str] | None:
    """The reason as first written: every closed range, then every window, in the plan's order."""
    if (day - 1) % 7 >= 5:
        return "weekend", "weekend"
    holiday = cal.holiday_name(day)
    if holiday:
        return "holiday", holiday
    for window in cal.closed:
        if window.lo <= day <= window.hi:
            return "closed", window.name
    partner = cal.partners[partner_of(body)]
    for window in cal.windows:
        binds = window.names(body, partner) and not (routine and window.kind == "formation")
        if window.lo <= day <= window.hi and binds:
            return window.kind, window.name
    return None


@given(dates=st.lists(offsets, min_size=1, max_size=40), closed=ranges, recesses=ranges,
       named=st.lists(st.sampled_from([None, "raad", "college", "p.raad", "q.raad"]), min_size=6, max_size=6),
       election=st.none() | offsets, formation=st.none() | offsets)
def test_all_at_once_is_window_by_window(dates: list[int], closed: list[tuple[int, int]],
                                         recesses: list[tuple[int, int]], named: list[str | None],
                                         election: int | None, formation: int | None) -> None:
    text = ("version: 1\nregion: {id: r, name: R}\ndeadline: 2027-06-01\ntoday: 2025-12-01\ncalendar:\n"
            "  holidays: NL\n")
    if closed:
        text += "  closed:\n" + _ranges(closed, "c", [None] * len(closed))
    if recesses:
        text += "  recess:\n" + _ranges(recesses, "r", named)
    if election is not None or formation is not None:
        text += "  elections:\n"
    if election is not None:
        text += f"    - {{name: e, date: {_day(election)}, bodies: [raad], before: 1w, after: 2w}}\n"
    if formation is not None:
        text += f"    - {{name: f, date: {_day(formation)}, bodies: [college], after: 3w, formation: true}}\n"
    listed = ", ".join(sorted({_day(d) for d in dates}))
    text += (f"partners:\n  - {{id: p, kind: gemeente, meetings: {{raad: [{listed}]}}}}\n"
             "  - {id: q, kind: gemeente}\n"
             "decisions:\n  - {id: a, by: p.raad, lead: 1w}\n")
    result = check_text(text, "plan.yaml", None, date(2025, 12, 1))
    assert result.network is not None, [p.message for p in result.problems]
    cal = result.network.calendar
    got = meeting_days(cal, "p.raad", HORIZON_LO, HORIZON_HI)
    assert [m.day for m in got] == sorted({(START + timedelta(days=d)).toordinal() for d in dates})
    assert [(m.reason, m.name) if m.reason else None for m in got] == \
        [_why_window_by_window(cal, "p.raad", m.day) for m in got]
    for body in ("p.raad", "p.college", "q.college"):
        for routine in (False, True):
            days = cal.eligible(body, routine)
            for offset in range(-5, SPAN + 30, 3):
                day = (START + timedelta(days=offset)).toordinal()
                said = cal.not_eligible_because(body, day, routine)
                first = _why_window_by_window(cal, body, day, routine)
                if first is None:
                    assert said is None or said.key == "why-no-meeting", (body, day, said)
                else:
                    key = {"weekend": "why-weekend", "holiday": "why-holiday", "closed": "why-closed",
                           "formation": "why-formation"}.get(first[0], "why-window")
                    assert said is not None and said.key == key, (body, day, said, first)
                    assert first[0] == "weekend" or said.params["name"] == first[1], (body, day, said, first)
                if days.meetings is None:  # every working day outside the windows
                    assert (first is None) == (days.first_on_or_after(day) == day), (body, day, first)


def _lanes_one_by_one(windows: list[WindowEntry], axis: Axis) -> list[int]:
    """The band's lanes as first written: for each window, the lowest lane whose last end is
    at or before its start."""
    ends: list[float] = []
    lanes = []
    for w in windows:
        x0 = axis.x(max(w.lo, axis.lo))
        x1 = max(axis.x(min(w.hi + 1, axis.hi)), x0 + len(w.name) * CHAR_W + 4)
        lane = next((n for n, end in enumerate(ends) if end <= x0), len(ends))
        if lane == len(ends):
            ends.append(x1)
        ends[lane] = x1
        lanes.append(lane)
    return lanes


@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60), st.text("abcdefghij", max_size=30)), max_size=60))
def test_the_window_band_lanes_are_the_lowest_free_ones(spans: list[tuple[int, int, str]]) -> None:
    base = START.toordinal()
    axis = Axis.around(base, base + 460)
    windows = sorted((WindowEntry(name or "w", base + lo, base + lo + length, None) for lo, length, name in spans),
                     key=lambda w: (w.lo, w.hi, w.name))  # as the timeline view sorts them
    assert _lanes(windows, axis) == _lanes_one_by_one(windows, axis)
