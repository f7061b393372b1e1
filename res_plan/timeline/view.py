"""The timeline of one plan as the formats need it: the selected decisions in date order with
their status, preparation start and movement against the baseline, the calendar windows of
the period, and month groups. Computed once here; the format modules only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from res_plan.bodies import PartnerInfo
from res_plan.checker import DecisionRow, PlanResult
from res_plan.problems import Problem
from res_plan.timeline.preparation import meeting_days, ready_day
from res_plan.timeline.selection import Selection, key_date, month_of, selects, window_selected
from res_plan.whatif import Move, moves


@dataclass
class WindowEntry:
    """A recess or election window: no decisions by the bodies it names."""

    name: str
    lo: int
    hi: int
    bodies: list[str] | None


@dataclass
class Entry:
    row: DecisionRow
    body: str  # "raad · Gemeente Leiden", "" when nobody in particular decides
    status: str  # message key
    critical: bool
    ready: int | None = None  # start of preparation (ordinal)
    meetings: list[int] = field(default_factory=list)  # eligible meeting days, ready..latest
    moved: Move | None = None  # working days moved against the baseline; None without one
    base: DecisionRow | None = None  # the same decision in the baseline
    windows: list[WindowEntry] = field(default_factory=list)  # windows of the period naming its body

    @property
    def day(self) -> str | None:
        return key_date(self.row)

    @property
    def name(self) -> str:
        """The title, for a step with its decision: 'vaststelling: voorstel'."""
        row = self.row
        return f"{row.decision}: {row.title}" if row.step is not None and row.title == row.step else row.title


@dataclass
class Month:
    year: int | None  # None: the decisions that have no date
    month: int | None
    items: list[Entry | WindowEntry]


@dataclass
class TimelineView:
    result: PlanResult
    selection: Selection
    entries: list[Entry]
    windows: list[WindowEntry]
    months: list[Month]
    problems: list[Problem]
    start: int  # first day of the period shown (ordinal)
    end: int  # last day of it
    terminal: bool = False  # the table goes to a colour terminal

    @property
    def today(self) -> int:
        return date.fromisoformat(self.result.today or "").toordinal()

    @property
    def deadline(self) -> int:
        return date.fromisoformat(self.result.deadline or "").toordinal()

    @property
    def partner_name(self) -> str | None:
        if self.selection.partner is None or self.result.network is None:
            return None
        return self.result.network.calendar.partners[self.selection.partner].name


def status_key(row: DecisionRow, moved: Move | None) -> str:
    if row.done is not None:
        return "status-done"
    if row.earliest is None or row.latest is None:
        return "status-no-date"
    if row.late:
        return "tl-status-became-late" if moved is not None and moved.newly_late else "status-late"
    return "status-on-time"


def body_label(by: str | None, partners: dict[str, PartnerInfo]) -> str:
    if by is None:
        return ""
    pid, body = by.split(".", 1)
    info = partners.get(pid)
    return f"{body} · {info.name}" if info else by


def _entry(result: PlanResult, row: DecisionRow, baseline: dict[str, DecisionRow], moved: dict[str, Move]) -> Entry:
    net, sched = result.network, result.schedule
    assert net is not None and sched is not None
    base, move = baseline.get(row.id), moved.get(row.id)
    entry = Entry(row, body_label(row.by, net.calendar.partners), status_key(row, move),
                  row.id in result.critical_path, moved=move, base=base)
    if row.done is None:
        i = net.index[row.id]
        entry.ready = ready_day(net, sched, i)
        if entry.ready is not None and row.latest is not None:
            entry.meetings = meeting_days(net, i, entry.ready, date.fromisoformat(row.latest).toordinal())
    return entry


def _order(entry: Entry) -> tuple[bool, str, str]:
    return (entry.day is not None, entry.day or "", entry.row.id)


def _period(result: PlanResult, selection: Selection, entries: list[Entry]) -> tuple[int, int]:
    today = date.fromisoformat(result.today or "").toordinal()
    deadline = date.fromisoformat(result.deadline or "").toordinal()
    days = [date.fromisoformat(d).toordinal() for e in entries
            for d in (e.row.done, e.row.earliest, e.row.latest) if d is not None]
    days += [e.ready for e in entries if e.ready is not None]
    start = selection.start.toordinal() if selection.start else min([today] + days)
    end = selection.end.toordinal() if selection.end else max([deadline - 1] + days)
    return start, max(start, end)


def _months(entries: list[Entry], windows: list[WindowEntry], start: int) -> list[Month]:
    keyed: list[tuple[tuple[int, int] | None, str, int, str, Entry | WindowEntry]] = []
    for e in entries:
        day = e.day
        month = month_of(date.fromisoformat(day).toordinal()) if day else None
        keyed.append((month, day or "", 1, e.row.id, e))
    for w in windows:
        at = max(w.lo, start)
        keyed.append((month_of(at), date.fromordinal(at).isoformat(), 0, w.name, w))
    keyed.sort(key=lambda k: (k[0] is not None, k[0] or (0, 0), k[1], k[2], k[3]))
    months: list[Month] = []
    for month, _, _, _, item in keyed:
        year, number = month if month else (None, None)
        if not months or (months[-1].year, months[-1].month) != (year, number):
            months.append(Month(year, number, []))
        months[-1].items.append(item)
    return months


def build(result: PlanResult, selection: Selection, terminal: bool = False) -> TimelineView:
    """The view of a valid, scheduled plan."""
    net = result.network
    assert net is not None
    baseline = {r.id: r for r in result.baseline.decisions} if result.baseline is not None else {}
    moved = moves(result)
    entries = sorted((_entry(result, row, baseline, moved) for row in result.decisions if selects(selection, row)),
                     key=_order)
    start, end = _period(result, selection, entries)
    partners = net.calendar.partners
    shown = sorted((w for w in net.calendar.windows if window_selected(selection, w, partners, start, end)),
                   key=lambda w: (w.lo, w.hi, w.name))
    windows = [WindowEntry(w.name, w.lo, w.hi, w.bodies) for w in shown]
    for entry in entries:
        by = entry.row.by
        if by is not None:
            info = partners[by.split(".", 1)[0]]
            entry.windows = [windows[n] for n, w in enumerate(shown) if w.names(by, info)]
    ids = {e.row.id for e in entries}
    problems = [p for p in result.problems if p.decision is None or p.decision in ids]
    return TimelineView(result, selection, entries, windows, _months(entries, windows, start), problems,
                        start, end, terminal)
