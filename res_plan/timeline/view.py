"""The timeline of one plan as the formats need it: the selected decisions in date order with
their status, preparation start and movement against the baseline, the calendar windows of
the period, and month groups. Computed once here; the format modules only lay it out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from res_plan.body_names import name_of
from res_plan.problems import Problem
from res_plan.report.plain import STATUS_KEYS, tied_critical
from res_plan.result import DecisionRow, Move, PlanResult, Status
from res_plan.timeline.preparation import NO_MEETINGS, meeting_days, preparation_start
from res_plan.timeline.selection import Selection, month_of, selects, window_selected
from res_plan.window_index import WindowIndex

if TYPE_CHECKING:
    from res_plan.bodies import PartnerInfo


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
    status: Status
    critical: bool
    ready: int | None = None  # start of preparation (ordinal)
    meetings: Sequence[int] = NO_MEETINGS  # eligible meeting days, ready..latest
    moved: Move | None = None  # working days moved against the baseline; None without one
    base: DecisionRow | None = None  # the same decision in the baseline
    windows: list[WindowEntry] = field(default_factory=list)  # windows of the period naming its body

    @property
    def day(self) -> date | None:
        return self.row.day

    @property
    def status_key(self) -> str:
        """The status's message key (also the CSS class of the HTML table cell)."""
        return STATUS_KEYS[self.status]

    @property
    def name(self) -> str:
        """The title, for a step with its decision's: 'Vaststelling Herijking RES — besluit'."""
        return self.row.label


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
    previous: str | None = None  # the output file as it was (ics: events that moved get a new SEQUENCE)

    @property
    def today(self) -> int:
        assert self.result.today is not None  # a scheduled plan has both
        return self.result.today.toordinal()

    @property
    def deadline(self) -> int:
        assert self.result.deadline is not None
        return self.result.deadline.toordinal()

    @property
    def partner_name(self) -> str | None:
        if self.selection.partner is None:
            return None
        return self.result.partners[self.selection.partner].name


def body_label(row: DecisionRow, partners: dict[str, PartnerInfo], lang: str = "en") -> str:
    """'gemeenteraad · Gemeente Leiden': the body by its name, then its partner's."""
    if row.by is None or row.by_partner is None:
        return ""
    info = partners.get(row.by_partner)
    return f"{name_of(row.by, partners, lang)} · {info.name}" if info else row.by


def _entry(result: PlanResult, row: DecisionRow, baseline: dict[str, DecisionRow],
           critical: frozenset[str], lang: str) -> Entry:
    entry = Entry(row, body_label(row, result.partners, lang), result.status_of(row), row.id in critical,
                  moved=result.moves.get(row.id), base=baseline.get(row.id))
    entry.ready = preparation_start(result, row)
    entry.meetings = meeting_days(result, row, entry.ready)
    return entry


def _order(entry: Entry) -> tuple[bool, date, str]:
    return (entry.day is not None, entry.day or date.min, entry.row.id)


def _period(result: PlanResult, selection: Selection, entries: list[Entry]) -> tuple[int, int]:
    assert result.today is not None and result.deadline is not None
    today, deadline = result.today.toordinal(), result.deadline.toordinal()
    days = [d.toordinal() for e in entries for d in (e.row.done, e.row.earliest, e.row.latest) if d is not None]
    days += [e.ready for e in entries if e.ready is not None]
    start = selection.start.toordinal() if selection.start else min([today] + days)
    end = selection.end.toordinal() if selection.end else max([deadline - 1] + days)
    return start, max(start, end)


def _months(entries: list[Entry], windows: list[WindowEntry], start: int) -> list[Month]:
    keyed: list[tuple[tuple[int, int] | None, date, int, str, Entry | WindowEntry]] = []
    for e in entries:
        day = e.day
        month = month_of(day.toordinal()) if day else None
        keyed.append((month, day or date.min, 1, e.row.id, e))
    for w in windows:
        at = max(w.lo, start)
        keyed.append((month_of(at), date.fromordinal(at), 0, w.name, w))
    keyed.sort(key=lambda k: (k[0] is not None, k[0] or (0, 0), k[1], k[2], k[3]))
    months: list[Month] = []
    for month, _, _, _, item in keyed:
        year, number = month if month else (None, None)
        if not months or (months[-1].year, months[-1].month) != (year, number):
            months.append(Month(year, number, []))
        months[-1].items.append(item)
    return months


def build(result: PlanResult, selection: Selection, terminal: bool = False, lang: str = "en") -> TimelineView:
    """The view of a valid, scheduled plan; `lang` names the bodies."""
    assert result.network is not None
    baseline = {r.id: r for r in result.baseline.decisions} if result.baseline is not None else {}
    # Marked critical: the path and every decision tied with it at the least slack.
    critical = tied_critical(result)
    entries = sorted((_entry(result, row, baseline, critical, lang) for row in result.decisions
                      if selects(selection, row)), key=_order)
    start, end = _period(result, selection, entries)
    partners = result.partners
    shown = sorted((w for w in result.windows if window_selected(selection, w, partners, start, end)),
                   key=lambda w: (w.lo, w.hi, w.name))
    windows = [WindowEntry(w.name, w.lo, w.hi, w.bodies) for w in shown]
    index = WindowIndex(shown)
    of_body: dict[tuple[str, str], list[WindowEntry]] = {}  # a body's windows, found once for all its rows
    of_groups: dict[tuple[int, ...], list[WindowEntry]] = {}  # one list for every body the same windows bind
    for entry in entries:
        by, pid = entry.row.by, entry.row.by_partner
        if by is not None and pid is not None:
            found = of_body.get((by, pid))
            if found is None:
                groups = index.binding(by, partners[pid])
                found = of_groups.get(groups)
                if found is None:
                    found = of_groups[groups] = [windows[n] for n in index.places(groups)]
                of_body[(by, pid)] = found
            entry.windows = found
    ids = {e.row.id for e in entries}
    problems = [p for p in result.problems if p.decision is None or p.decision in ids]
    return TimelineView(result, selection, entries, windows, _months(entries, windows, start), problems,
                        start, end, terminal)
