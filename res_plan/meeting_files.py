"""The iCalendar files a plan names under `meetings:`, read where the plan's files are read, so
that the calendar receives dates only. A path is relative to the file that names it: a shared
partner file in regions/_shared/ carries its PS or AB calendar once for every region."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from res_plan.ics_meetings import IcsError, read_ics
from res_plan.includes import Origins
from res_plan.messages import Message
from res_plan.model import IcsSpec, Plan
from res_plan.plan_calendar import meeting_horizon
from res_plan.problems import PlanInvalid, Problem, problem

Place = Callable[[Problem], Problem]  # a problem with a path into the plan -> with its file and line


@dataclass
class MeetingFiles:
    dates: dict[tuple[str, str], tuple[date, ...]] = field(default_factory=dict)  # (partner, key) -> dates
    summaries: dict[str, dict[date, str]] = field(default_factory=dict)  # .ics as named -> date -> summaries
    paths: list[Path] = field(default_factory=list)  # read, never to be written over


_CacheKey = tuple[Path, int, int, str | None, date, date]
_cache: dict[_CacheKey, dict[date, str] | IcsError] = {}  # a shared calendar is read once per process


def read_meeting_files(plan: Plan, base: Path, origins: Origins, today: date, place: Place) -> MeetingFiles:
    """Every .ics of the plan's partners read for the plan's years; PlanInvalid naming each bad file."""
    out = MeetingFiles()
    first, last = meeting_horizon(plan, today)
    problems: list[Problem] = []
    for pi, partner in enumerate(plan.partners):
        for name, spec in partner.meetings.items():
            if not isinstance(spec, IcsSpec):
                continue
            origin = origins.entries.get((("partners",), pi))
            path = (Path(origin.file).parent if origin else base) / spec.ics
            out.paths.append(path)
            found = _read(path, spec.match, first, last)
            if isinstance(found, IcsError):
                loc = ("partners", pi, "meetings", name, "ics")
                problems.append(_told(found, str(path), loc, place))
                continue
            out.dates[(partner.id, name)] = tuple(found)
            out.summaries[str(path)] = found
    if problems:
        raise PlanInvalid(problems)
    return out


def _read(path: Path, match: str | None, first: date, last: date) -> dict[date, str] | IcsError:
    try:  # a file edited since it was read is read again
        info = path.stat()
        key: _CacheKey = (path.resolve(), info.st_mtime_ns, info.st_size, match, first, last)
    except OSError:
        key = (path.absolute(), -1, -1, match, first, last)
    if key not in _cache:
        try:
            _cache[key] = read_ics(path, match, first, last)
        except IcsError as err:
            _cache[key] = err
    return _cache[key]


def _told(err: IcsError, ics: str, loc: tuple[str | int, ...], place: Place) -> Problem:
    """The problem in the .ics itself, saying which line of which plan file names it."""
    named = place(problem(err.code, "ics-not-read", loc=loc, ics=ics))
    where = f"{named.file}:{named.line}" if named.line else str(named.file)
    params: dict[str, object] = {"ics": ics, "named": where, "reason": Message(err.template, err.params),
                                 "at": Message("ics-at-line", {"line": str(err.line)}) if err.line else ""}
    told = problem(err.code, "ics-problem", loc=loc, params=params)
    if err.line is None and not Path(ics).exists():  # nothing to point into: the plan's line is the one to edit
        return replace(told, file=named.file, line=named.line, column=named.column)
    return replace(told, file=ics, line=err.line, column=1 if err.line else None)
