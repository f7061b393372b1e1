"""The timeline of one plan as the formats need it: the selected decisions in date order with
their status, preparation start and movement against the baseline, the calendar windows of
the period, and month groups. Computed once here; the format modules only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from res_plan.bodies import PartnerInfo
from res_plan.checker import DecisionRow, PlanResult
from res_plan.messages import text
from res_plan.problems import Problem
from res_plan.timeline.preparation import meeting_days, ready_day
from res_plan.timeline.selection import Selection, key_date, month_of, selects, window_selected


@dataclass(frozen=True)
class Moved:
    """Calendar days a date moved against the baseline (later is positive)."""

    earliest: int = 0
    latest: int = 0
    slack: int = 0
    became_late: bool = False


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
    moved: Moved | None = None  # None without a baseline
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


def status_key(row: DecisionRow, moved: Moved | None) -> str:
    if row.done is not None:
        return "status-done"
    if row.earliest is None or row.latest is None:
        return "status-no-date"
    if row.late:
        return "tl-status-became-late" if moved is not None and moved.became_late else "status-late"
    return "status-on-time"


def body_label(by: str | None, partners: dict[str, PartnerInfo]) -> str:
    if by is None:
        return ""
    pid, body = by.split(".", 1)
    info = partners.get(pid)
    return f"{body} · {info.name}" if info else by


def _days(now: str | None, before: str | None) -> int:
    if now is None or before is None:
        return 0
    return date.fromisoformat(now).toordinal() - date.fromisoformat(before).toordinal()


def moved(row: DecisionRow, base: DecisionRow | None) -> Moved | None:
    if base is None:
        return None
    slack = row.slack - base.slack if row.slack is not None and base.slack is not None else 0
    return Moved(_days(row.earliest, base.earliest), _days(row.latest, base.latest), slack,
                 row.late and not base.late)


def shift_label(days: int) -> str:
    """'+4w' for whole weeks, else '+3d'; '' when nothing moved."""
    if days == 0:
        return ""
    sign = "+" if days > 0 else "-"
    return f"{sign}{abs(days) // 7}w" if days % 7 == 0 else f"{sign}{abs(days)}d"


def _entry(result: PlanResult, row: DecisionRow, baseline: dict[str, DecisionRow] | None) -> Entry:
    net, sched = result.network, result.schedule
    assert net is not None and sched is not None
    base = baseline.get(row.id) if baseline is not None else None
    move = moved(row, base) if baseline is not None else None
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
    baseline = {r.id: r for r in result.baseline.decisions} if result.baseline is not None else None
    entries = sorted((_entry(result, row, baseline) for row in result.decisions if selects(selection, row)),
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


# -- sentences shared by the formats --------------------------------------------------------

def month_label(month: Month, lang: str) -> str:
    if month.year is None or month.month is None:
        return text(lang, "tl-no-date-group")
    return f"{text(lang, f'tl-month-{month.month}')} {month.year}"


def iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def window_bodies(window: WindowEntry, lang: str) -> str:
    return ", ".join(window.bodies) if window.bodies is not None else text(lang, "tl-all-bodies")


def window_span(window: WindowEntry) -> str:
    return f"{iso(window.lo)} – {iso(window.hi)}"


def dated(value: str | None, shift: int) -> str:
    """'2024-06-27 (+4w)' when it moved against the baseline; '-' for no date."""
    if value is None:
        return "-"
    label = shift_label(shift)
    return f"{value} ({label})" if label else value


def slack_text(entry: Entry) -> str:
    slack = entry.row.slack
    if slack is None:
        return "-"
    if entry.moved is not None and entry.moved.slack:
        return f"{slack} ({entry.moved.slack:+d} wd)"
    return str(slack)


def problem_text(p: Problem, lang: str) -> str:
    message = text(lang, p.code, **p.params) if p.params and lang != "en" else p.message
    where = f"{text(lang, 'line')} {p.line}:{p.column}: " if p.line is not None else ""
    return f"{text(lang, p.severity)} [{p.code}] {where}{message}"


def verdict(result: PlanResult, lang: str) -> str:
    n = len(result.decisions)
    late = sum(1 for d in result.decisions if d.late)
    if late:
        return text(lang, "verdict-late", file=result.file, late=late, n=n)
    slacks = [d.slack for d in result.decisions if d.slack is not None]
    if not slacks:
        return text(lang, "verdict-ok-none", file=result.file, n=n)
    return text(lang, "verdict-ok", file=result.file, n=n, slack=min(slacks))


def heading(view: TimelineView, lang: str) -> str:
    region = view.result.region or {"name": view.result.file}
    return f"{text(lang, 'tl-title')}: {region['name']}"


def facts(view: TimelineView, lang: str) -> list[str]:
    """The header line's parts: file, today, deadline, partner, period."""
    out = [f"{text(lang, 'tl-file')} {view.result.file}", f"{text(lang, 'today')} {view.result.today}",
           f"{text(lang, 'deadline')} {view.result.deadline}"]
    if view.partner_name is not None:
        out.append(f"{text(lang, 'tl-partner')} {view.partner_name}")
    sel = view.selection
    if sel.start or sel.end:
        out.append(text(lang, "tl-period", start=sel.start.isoformat() if sel.start else "…",
                        end=sel.end.isoformat() if sel.end else "…"))
    return out


def moved_any(view: TimelineView) -> bool:
    return view.result.baseline is not None
