"""One plan file from disk to a result: read, parse, validate, expand, schedule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from res_plan import hints
from res_plan.coverage import coverage_notes, coverage_warnings
from res_plan.durations import Duration
from res_plan.expand import expand
from res_plan.holiday_cache import HolidaySources
from res_plan.holiday_table import shipped_first
from res_plan.includes import Origins, ReadShared, merge_includes
from res_plan.meeting_days import dropped_warning
from res_plan.model import IcsSpec, Plan
from res_plan.network import Network
from res_plan.no_gc import paused
from res_plan.plan_files import find_plan_files, locate, read_text
from res_plan.problems import PlanInvalid, Problem, capped, problem
from res_plan.process_exit import keep
from res_plan.result import DecisionRow, PlanResult
from res_plan.safe_text import one_line, shown_path
from res_plan.schedule import Schedule, schedule
from res_plan.validate import validate
from res_plan.yaml_source import PositionedYaml, parse

if TYPE_CHECKING:
    from res_plan.meeting_files import MeetingFiles

__all__ = ["check_file", "check_text", "find_plan_files", "locate"]

_read_shared = ReadShared()
_holidays = HolidaySources(shipped_first)  # one per process: every plan of a run shares the cache


def check_text(text: str, file: str, today: date | None, system_today: date, base: Path | None = None,
               delays: Sequence[tuple[str, Duration]] = (), min_slack: int | None = None) -> PlanResult:
    """The whole pipeline on a plan's text; `today` overrides the file's, else the system date.

    Included files are found relative to `base` (the plan's folder). With `delays` the
    result carries the undelayed schedule as its baseline, and each decision's move against it.
    With `min_slack` (check --min-slack) on-time decisions with less slack get a `low-slack` warning.
    """
    with hints.budget(), paused():
        return _check_text(text, file, today, system_today, base, delays, min_slack)


def _check_text(text: str, file: str, today: date | None, system_today: date, base: Path | None,
                delays: Sequence[tuple[str, Duration]], min_slack: int | None) -> PlanResult:
    result = PlanResult(file)
    doc: PositionedYaml | None = None
    origins = Origins()
    try:
        doc = parse(text)
        _header(result, doc.data, today)
        plan = validate(doc)
        if plan.include:
            result.included = [(base or Path.cwd()) / name for name in plan.include]
            plan, origins = merge_includes(plan, base or Path.cwd(), _read_shared)
        effective = today or plan.today or system_today
        result.today = effective
        holidays = _holidays.get(plan.calendar.holidays)
        imported = _meeting_files(plan, base or Path.cwd(), origins, effective, doc, file)
        meetings = None
        if imported is not None:
            meetings = imported.dates
            result.included += imported.paths
        net = expand(plan, effective, holidays, delays, meetings)
        sched = schedule(net)
        sched.problems += coverage_warnings(plan.missing_partners)
        # Said beside the problems (JSON `notes`): how far the dates can be trusted.
        notes = coverage_notes(net)
        dropped = dropped_warning(net.calendar, net.today)
        if dropped is not None:
            notes.append(dropped)
        if delays:
            result.baseline = replace(result)
            plain = expand(plan, effective, holidays, meetings=meetings)
            _fill(result.baseline, plain, schedule(plain), doc, origins)
    except PlanInvalid as exc:
        result.problems = [locate(p, doc, file, origins) for p in capped(exc.problems)]
        return result
    _fill(result, net, sched, doc, origins)
    if min_slack is not None:
        from res_plan.low_slack import low_slack_warnings

        result.problems += [locate(p, doc, file, origins) for p in low_slack_warnings(result, min_slack)]
    result.notes = [locate(p, doc, file, origins) for p in notes]
    if result.baseline is not None:
        from res_plan.whatif import moves  # only with --delay

        result.moves = moves(result.decisions, result.baseline.decisions, net.calendar.workdays)
    return result


def _fill(result: PlanResult, net: Network, sched: Schedule, doc: PositionedYaml, origins: Origins) -> None:
    result.network, result.schedule = net, sched
    # A quoted date ("2024-02-29") is a date to the model but not to _header: the scheduled one counts.
    result.today = result.today or date.fromordinal(net.today)
    result.deadline = result.deadline or date.fromordinal(net.deadline)
    result.decisions = [_row(net, sched, i) for i in range(len(net.nodes))]
    result.critical_path = [net.nodes[i].id for i in sched.critical_path]
    problems = _after_deadline(net, doc, sched.problems)
    result.problems = [locate(p, doc, result.file, origins) for p in problems]


def _after_deadline(net: Network, doc: PositionedYaml, problems: list[Problem]) -> list[Problem]:
    """With today on or after the deadline every open decision is late: say so once, not per decision."""
    if net.today < net.deadline:
        return problems
    per_decision = [p for p in problems if p.code in ("late", "no-date")]
    if not per_decision:
        return problems
    today, deadline = date.fromordinal(net.today), date.fromordinal(net.deadline)
    written = doc.data.get("today") if isinstance(doc.data, dict) else None
    one = problem("late", "after-deadline", loc=("today",) if written == today else ("deadline",),
                  today=today.isoformat(), deadline=deadline.isoformat())
    rest = [p for p in problems if p.code not in ("late", "no-date")]
    return [one] + rest


def _meeting_files(plan: Plan, base: Path, origins: Origins, today: date, doc: PositionedYaml,
                   file: str) -> MeetingFiles | None:
    """The dates of the plan's .ics files; None when it names none (most write rrules and dates,
    and never load the iCalendar reader)."""
    if not any(isinstance(spec, IcsSpec) for p in plan.partners for spec in p.meetings.values()):
        return None
    from res_plan.meeting_files import read_meeting_files

    return read_meeting_files(plan, base, origins, today, lambda p: locate(p, doc, file, origins))


def check_file(path: Path, today: date | None, system_today: date,
               delays: Sequence[tuple[str, Duration]] = (), min_slack: int | None = None) -> PlanResult:
    """The result of one file; a fault inside res-plan is a problem of this file alone, so that
    the other files of a run are still checked and reported."""
    name = shown_path(path)
    try:
        try:
            text = read_text(path)
        except PlanInvalid as exc:
            return PlanResult(name, problems=[locate(p, None, name) for p in exc.problems])
        result = check_text(text, name, today, system_today, path.parent, delays, min_slack)
        keep(result)  # freed by the process's end, not object by object
        return result
    except (Exception, RecursionError) as exc:  # a bug, never bad input: said, and the run goes on
        fault = problem("internal-error", "internal-error-in-file", error=f"{type(exc).__name__}: {exc}"[:300])
        return PlanResult(name, problems=[replace(fault, file=name)])


def _header(result: PlanResult, data: Any, today: date | None) -> None:
    """Region, today and deadline as far as they can be read, also for an invalid plan."""
    if not isinstance(data, dict):
        return
    region = data.get("region")
    if isinstance(region, dict) and isinstance(region.get("id"), str):
        name = region.get("name")
        # Titles and names enter the result here and in expand, with control characters escaped.
        shown = name if isinstance(name, str) else region["id"]
        result.region = {"id": one_line(region["id"]), "name": one_line(shown)}
    # Kept as YAML read them: a datetime stays one, so that its ISO form is what the file wrote.
    written_today, deadline = data.get("today"), data.get("deadline")
    if isinstance(written_today, date):
        result.today = written_today
    if isinstance(deadline, date):
        result.deadline = deadline
    if today is not None:
        result.today = today


_dates: dict[int, date] = {}  # one date object per day: a national plan's rows share a few thousand days


def _date(day: int | None) -> date | None:
    if day is None:
        return None
    found = _dates.get(day)
    if found is None:
        found = _dates[day] = date.fromordinal(day)
    return found


def _row(net: Network, sched: Schedule, i: int) -> DecisionRow:
    node, t = net.nodes[i], sched.timings[i]
    return DecisionRow(node.id, node.decision, node.partner, node.step, node.title, node.by, _date(t.done),
                       _date(t.earliest), _date(t.latest), t.slack, t.late, node.decision_title)
