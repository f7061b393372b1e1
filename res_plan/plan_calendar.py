"""The plan's calendar: working days, meeting days, recess and election windows, and
from them the eligible days of every body (SPEC §3.1)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from res_plan.bodies import BodyError, BodyResolver, PartnerInfo, partner_of, split_key, window_names
from res_plan.durations import Duration
from res_plan.eligible import EligibleDays
from res_plan.kieswet import occurrences
from res_plan.messages import Message
from res_plan.model import IcsSpec, KieswetElection, Plan, RRuleSpec
from res_plan.problems import Loc, Problem, path_text, problem
from res_plan.rrule_check import probe_years, refusal, years_up_to
from res_plan.window_index import FirstCover, WindowIndex
from res_plan.workdays import HORIZON_HI, BeyondHorizon, HolidaySource, WorkingDays, add_months, no_holidays

MAX_OCCURRENCES = 50_000  # per meeting rrule; daily meetings for a century stay under it
_SUB_DAILY = ("HOURLY", "MINUTELY", "SECONDLY")


@dataclass
class Window:
    """A recess or election window: no decisions by the bodies it names."""

    name: str
    lo: int
    hi: int
    bodies: list[str] | None  # None: every body; else bare names/roles or partner.body
    kind: str = "recess"  # recess | election | formation | closed; routine decisions may fall in a formation

    def names(self, body_key: str, partner: PartnerInfo) -> bool:
        return window_names(self.bodies, body_key, partner)


@dataclass(frozen=True)
class MeetingSource:
    """Where a body's meeting dates were written: a list, an rrule or an iCalendar file."""

    kind: str  # dates | rrule | ics
    loc: Loc
    file: str | None = None  # the .ics, as the plan names it


# Meeting dates read from iCalendar files by the caller: (partner id, key under meetings) -> dates.
ImportedMeetings = Mapping[tuple[str, str], Sequence[date]]


@dataclass
class PlanCalendar:
    workdays: WorkingDays
    partners: dict[str, PartnerInfo]
    windows: list[Window] = field(default_factory=list)
    closed: list[Window] = field(default_factory=list)
    holidays: HolidaySource = no_holidays
    meetings: dict[str, tuple[int, ...]] = field(default_factory=dict)  # body key -> meeting days
    sources: dict[str, MeetingSource] = field(default_factory=dict)  # body key -> where its meetings come from
    _eligible: dict[tuple[str | None, bool], EligibleDays] = field(default_factory=dict)
    _shared: dict[tuple[int, tuple[int, ...]], EligibleDays] = field(default_factory=dict)
    _index: WindowIndex[Window] | None = field(default=None, repr=False, compare=False)
    _closed_cover: FirstCover[Window] | None = field(default=None, repr=False, compare=False)
    _resolver: BodyResolver | None = field(default=None, repr=False, compare=False)
    _meeting_sets: dict[str, tuple[tuple[int, ...], frozenset[int]]] = field(default_factory=dict)

    @property
    def resolver(self) -> BodyResolver:
        """One resolver for every window's `bodies:`: it lists the partners' body names once."""
        if self._resolver is None:
            self._resolver = BodyResolver(self.partners)
        return self._resolver

    @property
    def index(self) -> WindowIndex[Window]:
        """The recess and election windows grouped by the bodies they name (made again if a
        window was added since)."""
        if self._index is None or self._index.size != len(self.windows):
            if self._index is not None:  # what was worked out from the old groups no longer holds
                self._eligible.clear()
                self._shared.clear()
            self._index = WindowIndex(self.windows)
        return self._index

    def binding(self, body_key: str, routine: bool = False) -> tuple[int, ...]:
        """The index's groups of windows that bind a body."""
        return self.index.binding(body_key, self.partners[partner_of(body_key)], routine)

    def first_closed(self, day: int) -> Window | None:
        """The first closed range (in the plan's order) that holds `day`."""
        if self._closed_cover is None:  # closed ranges are all read before the calendar is made
            self._closed_cover = FirstCover(list(enumerate(self.closed)))
        found = self._closed_cover.first(day)
        return None if found is None else found[1]

    def eligible(self, body_key: str | None, routine: bool = False) -> EligibleDays:
        """Eligible days of a body; a routine decision may fall in a formation window."""
        cached = self._eligible.get((body_key, routine))
        if cached is None:
            if body_key is None:
                cached = EligibleDays(self.workdays)
            else:
                groups = self.binding(body_key, routine)
                meetings = self.meetings.get(body_key)
                # Bodies that share a meeting rule and windows share one index (a national plan
                # has hundreds of raden on the same rhythm).
                shared = (id(meetings), groups)
                cached = self._shared.get(shared)
                if cached is None:
                    cached = EligibleDays(self.workdays, None if meetings is None else list(meetings),
                                          self.index.ranges(groups))
                    self._shared[shared] = cached
            self._eligible[(body_key, routine)] = cached
        return cached

    def _meeting_set(self, body_key: str, meetings: tuple[int, ...]) -> frozenset[int]:
        """A body's meeting days as a set, made once (explain asks for every decision of a chain)."""
        found = self._meeting_sets.get(body_key)
        if found is None or found[0] is not meetings:  # the dates of a body may be added to while reading
            found = self._meeting_sets[body_key] = (meetings, frozenset(meetings))
        return found[1]

    def holiday_name(self, day: int) -> str | None:
        d = date.fromordinal(day)
        found = self.holidays(d.year)
        return found.get(d) if isinstance(found, Mapping) else (d.isoformat() if d in set(found) else None)

    def not_eligible_because(self, body_key: str | None, day: int,
                             routine: bool = False) -> Message | None:
        """Why a day is not an eligible day of a body, or None."""
        iso = date.fromordinal(day).isoformat()
        weekday = (day - 1) % 7
        if weekday >= 5:
            return Message("why-weekend", {"date": iso})
        name = self.holiday_name(day)
        if name:
            return Message("why-holiday", {"date": iso, "name": name})
        closed = self.first_closed(day)
        if closed is not None:
            return Message("why-closed", {"date": iso, "name": closed.name})
        if body_key is None:
            return None
        window = self.index.first(day, self.binding(body_key, routine))
        if window is not None:
            key = "why-formation" if window.kind == "formation" else "why-window"
            return Message(key, {"date": iso, "name": window.name, "body": body_key})
        meetings = self.meetings.get(body_key)
        if meetings is not None and day not in self._meeting_set(body_key, meetings):
            return Message("why-no-meeting", {"date": iso, "body": body_key})
        return None


def earliest_written_date(plan: Plan) -> date:
    """The earliest date anywhere in the file (SPEC §3.1, default start of an rrule)."""
    found: list[date] = [plan.deadline, *plan.done.values(), *plan.started.values()]
    if plan.today:
        found.append(plan.today)
    cal = plan.calendar
    found += [d for r in (*cal.closed, *cal.recess) for d in (r.from_, r.to)]
    found += [e.date for e in cal.elections if e.date is not None]
    for partner in plan.partners:
        for spec in partner.meetings.values():
            if isinstance(spec, RRuleSpec):
                found += [d for d in (spec.from_, spec.until) if d is not None]
            elif isinstance(spec, list) and spec:
                found.append(min(spec))
    found += [d for dec in plan.decisions for d in (dec.deadline, dec.not_before) if d is not None]
    return min(found)


def meeting_horizon(plan: Plan, today: date) -> tuple[date, date]:
    """The years meeting calendars are read for (SPEC §3.1): from 1 January of the earliest year
    written or of today to the deadline plus 60 months."""
    start = date(min(earliest_written_date(plan), today).year, 1, 1)
    return start, min(date.fromordinal(add_months(plan.deadline.toordinal(), 60)), date.fromordinal(HORIZON_HI))


def build_calendar(plan: Plan, partners: dict[str, PartnerInfo], today: date, holidays: HolidaySource | None,
                   problems: list[Problem], imported: ImportedMeetings | None = None) -> PlanCalendar:
    """The calendar over the public holidays the caller found for `calendar.holidays` (None:
    an unknown country code) and the meeting dates the caller read from iCalendar files."""
    if holidays is None:
        problems.append(problem("bad-value", "holidays-unknown", prefix="calendar.holidays: ",
                                value=plan.calendar.holidays, loc=("calendar", "holidays")))
        holidays = no_holidays
    closed = []
    for i, rng in enumerate(plan.calendar.closed):
        if _check_range(rng.from_, rng.to, ("calendar", "closed", i), problems):
            closed.append(Window(rng.name or "closed", rng.from_.toordinal(), rng.to.toordinal(), None, "closed"))
    cal = PlanCalendar(WorkingDays(holidays, [(c.lo, c.hi) for c in closed]), partners, closed=closed,
                       holidays=holidays)
    _add_windows(plan, cal, today, problems)
    _add_meetings(plan, cal, today, problems, imported or {})
    return cal


def _check_range(lo: date, hi: date, loc: Loc, problems: list[Problem]) -> bool:
    if lo > hi:
        problems.append(problem("bad-value", "range-reversed", start=lo, end=hi, loc=loc + ("from",)))
        return False
    return True


def _check_bodies(entries: list[str] | None, loc: Loc, cal: PlanCalendar, problems: list[Problem]) -> list[str] | None:
    if entries is None:
        return None
    resolver = cal.resolver
    out = []
    for i, entry in enumerate(entries):
        try:
            out.append(resolver.window_entry(entry))
        except BodyError as err:
            problems.append(problem(err.code, err.wording, prefix=f"{path_text(loc)}.bodies: ",
                                    loc=loc + ("bodies", i)))
    return out


def _add_windows(plan: Plan, cal: PlanCalendar, today: date, problems: list[Problem]) -> None:
    for i, recess in enumerate(plan.calendar.recess):
        loc: Loc = ("calendar", "recess", i)
        bodies = _check_bodies(recess.bodies, loc, cal, problems)
        if _check_range(recess.from_, recess.to, loc, problems):
            cal.windows.append(Window(recess.name or "recess", recess.from_.toordinal(), recess.to.toordinal(), bodies))
    first_year, last_year = _plan_years(plan, today)
    for i, election in enumerate(plan.calendar.elections):
        loc = ("calendar", "elections", i)
        kind = "formation" if election.formation else "election"
        if isinstance(election, KieswetElection):
            bodies = _check_bodies(election.window_bodies(), loc, cal, problems)
            _check_formation(election.formation, bodies, loc, cal, problems)
            for found in occurrences(election.kieswet, first_year, last_year):
                # Without `after` the window ends the day before the new body is seated (Kieswet C 4).
                seated = None if election.after else found.seated.toordinal() - 1
                name = f"{election.name or election.kieswet} {found.year}"
                _add_election(cal, name, found.day.toordinal(), election.before, election.after, seated, bodies,
                              kind, loc, problems)
            continue
        bodies = _check_bodies(election.bodies, loc, cal, problems)
        _check_formation(election.formation, bodies, loc, cal, problems)
        _add_election(cal, election.name or "elections", election.date.toordinal(), election.before, election.after,
                      None, bodies, kind, loc, problems)


def _plan_years(plan: Plan, today: date) -> tuple[int, int]:
    """The years whose elections can matter: as far as meeting rrules reach (SPEC §3.1)."""
    last = min(add_months(plan.deadline.toordinal(), 60), HORIZON_HI)
    return min(earliest_written_date(plan), today).year, date.fromordinal(last).year


def _add_election(cal: PlanCalendar, name: str, day: int, before: Duration | None, after: Duration | None,
                  end: int | None, bodies: list[str] | None, kind: str, loc: Loc, problems: list[Problem]) -> None:
    try:
        lo = cal.workdays.sub(day, before) if before else day
        hi = end if end is not None else (cal.workdays.add(day, after) if after else day)
    except BeyondHorizon:
        problems.append(problem("bad-value", "election-beyond-horizon", loc=loc))
        return
    cal.windows.append(Window(name, lo, hi, bodies, kind))


def _check_formation(formation: bool, bodies: list[str] | None, loc: Loc, cal: PlanCalendar,
                     problems: list[Problem]) -> None:
    """A formation window may not name a representative body as partner.body either."""
    for j, entry in enumerate(bodies or []):
        if formation and "." in entry:
            pid, body = split_key(entry)
            if cal.partners[pid].role("representative") == body:
                problems.append(problem("bad-value", "formation-representative", prefix=f"{path_text(loc)}.bodies: ",
                                        loc=loc + ("bodies", j), body=entry))


def _add_meetings(plan: Plan, cal: PlanCalendar, today: date, problems: list[Problem],
                  imported: ImportedMeetings) -> None:
    start, end = meeting_horizon(plan, today)
    expanded: dict[tuple[str, date, date], tuple[int, ...] | Message] = {}
    for pi, partner in enumerate(plan.partners):
        info = cal.partners.get(partner.id)
        if info is None:
            continue
        for name, spec in partner.meetings.items():
            loc: Loc = ("partners", pi, "meetings", name)
            try:
                body = info.body(name)
            except BodyError as err:
                problems.append(problem(err.code, err.wording, prefix=f"{path_text(loc)}: ", loc=loc, at_key=True))
                continue
            key = f"{partner.id}.{body}"
            source = MeetingSource("ics", loc, spec.ics) if isinstance(spec, IcsSpec) else \
                MeetingSource("rrule" if isinstance(spec, RRuleSpec) else "dates", loc)
            if not _combinable(key, source, cal, problems):
                continue
            days: tuple[int, ...] | None
            if isinstance(spec, RRuleSpec):
                days = _rrule_days(spec, start, end, loc, expanded, problems)
            elif isinstance(spec, IcsSpec):
                read = imported.get((partner.id, name))
                if read is None:  # the caller reads the files (res_plan/meeting_files.py)
                    problems.append(problem("unreadable", "ics-not-read", loc=loc + ("ics",), ics=spec.ics))
                days = None if read is None else tuple(d.toordinal() for d in read)
            else:
                days = tuple(d.toordinal() for d in spec)
            if days is None:
                continue
            # One spec per body keeps the memoised tuple itself, so equal rhythms share an index.
            cal.meetings[key] = cal.meetings[key] + days if key in cal.meetings else days
            cal.sources.setdefault(key, source)


def _combinable(key: str, source: MeetingSource, cal: PlanCalendar, problems: list[Problem]) -> bool:
    """Listed dates and rrules for one body (under its name and its role) add up; an iCalendar
    file is the griffie's whole schedule, so it combines with nothing."""
    other = cal.sources.get(key)
    if other is None or (other.kind != "ics" and source.kind != "ics"):
        return True
    problems.append(problem("bad-value", "meetings-combined", prefix=f"{path_text(source.loc)}: ", loc=source.loc,
                            at_key=True, body=key, other=other.file or path_text(other.loc)))
    return False


def _rrule_days(spec: RRuleSpec, start: date, end: date, loc: Loc,
                expanded: dict[tuple[str, date, date], tuple[int, ...] | Message],
                problems: list[Problem]) -> tuple[int, ...] | None:
    first, last = spec.from_ or start, spec.until or end
    memo_key = (spec.rrule, first, last)
    if memo_key not in expanded:
        days_or_error = _expand_rrule(spec.rrule, first, last)
        expanded[memo_key] = days_or_error if isinstance(days_or_error, Message) else tuple(days_or_error)
    days = expanded[memo_key]
    if isinstance(days, Message):
        problems.append(problem("bad-value", days, prefix=f"{path_text(loc)}.rrule: ", loc=loc + ("rrule",)))
        return None
    return days


def _expand_rrule(rule: str, first: date, last: date) -> list[int] | Message:
    """Meeting days of an rrule between first and last, or what is wrong with it."""
    from dateutil.rrule import rrulestr

    if any(f"FREQ={f}" in rule.upper() for f in _SUB_DAILY):
        return Message("rrule-sub-daily", {"rule": rule})
    refused = refusal(rule)
    if refused is not None:
        return refused
    if first > last:
        return Message("rrule-reversed", {"rule": rule, "start": str(first), "end": str(last)})
    try:
        occurrences: Iterable[datetime] = rrulestr(rule, dtstart=datetime(first.year, first.month, first.day))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as exc:
        return Message("rrule-invalid", {"rule": rule, "reason": str(exc)})
    days: list[int] = []
    limit = last.toordinal()
    # A rule whose parts never meet would make dateutil scan to 9999: it gets a few decades to
    # yield its first date, then runs to the horizon.
    probe_end = min(last.year, first.year + probe_years(rule))
    with years_up_to(probe_end) as capped:
        try:
            for occurrence in occurrences:
                capped.MAXYEAR = last.year
                day = occurrence.toordinal()
                if day > limit:
                    break
                if len(days) >= MAX_OCCURRENCES:
                    return Message("rrule-too-many", {"rule": rule, "limit": f"{MAX_OCCURRENCES:,}"})
                days.append(day)
        except (ValueError, TypeError, OverflowError, IndexError, KeyError) as exc:
            return Message("rrule-unexpandable", {"rule": rule, "reason": str(exc)})
    if not days:
        end = last if probe_end == last.year else date(probe_end, 12, 31)
        return Message("rrule-empty", {"rule": rule, "start": str(first), "end": str(end)})
    return days

