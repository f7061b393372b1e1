"""One plan file from disk to a result: read, parse, validate, expand, schedule."""

from __future__ import annotations

import stat
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from res_plan.durations import Duration
from res_plan.expand import expand
from res_plan.includes import Origins, ReadShared, merge_includes
from res_plan.messages import english
from res_plan.network import Network
from res_plan.problems import PlanInvalid, Problem, problem
from res_plan.schedule import Schedule, iso, schedule
from res_plan.validate import validate
from res_plan.yaml_source import MAX_FILE_BYTES, PositionedYaml, decode, parse

PLAN_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class DecisionRow:
    id: str
    decision: str
    partner: str | None
    step: str | None
    title: str
    by: str | None
    done: str | None
    earliest: str | None
    latest: str | None
    slack: int | None
    late: bool


@dataclass
class PlanResult:
    file: str
    region: dict[str, str] | None = None
    today: str | None = None
    deadline: str | None = None
    decisions: list[DecisionRow] = field(default_factory=list)
    critical_path: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    network: Network | None = None
    schedule: Schedule | None = None
    baseline: PlanResult | None = None  # the same plan without --delay, when delays were asked
    included: list[Path] = field(default_factory=list)  # files the plan includes, never to be written over

    @property
    def invalid(self) -> bool:
        return any(p.is_input_error for p in self.problems)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def find_plan_files(paths: list[Path]) -> list[Path]:
    """Files as given; directories searched for *.yaml / *.yml, skipping folders named .* (hidden)
    and _* (shared files that plans include, such as regions/_shared/)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix in PLAN_SUFFIXES and p.is_file()
                     and not any(part.startswith((".", "_")) for part in p.relative_to(path).parent.parts)]
            out.extend(sorted(found))
        else:
            out.append(path)
    return out


def read_text(path: Path) -> str:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise PlanInvalid([problem("unreadable", "is-directory", path=path)])
        if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
            raise PlanInvalid([problem("unreadable", "not-regular-file", path=path)])
        if info.st_size > MAX_FILE_BYTES:
            raise PlanInvalid([problem("too-large", "file-too-big", size=f"{info.st_size / 1e6:.1f}",
                                       limit=MAX_FILE_BYTES // (1024 * 1024))])
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise PlanInvalid([problem("unreadable", "no-such-file", path=path)]) from None
    except OSError as exc:
        raise PlanInvalid([problem("unreadable", "cannot-read", path=path, reason=exc.strerror or exc)]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise PlanInvalid([problem("too-large", "file-over-limit")])
    return decode(raw)


_read_shared = ReadShared()


def check_text(text: str, file: str, today: date | None, system_today: date, base: Path | None = None,
               delays: Sequence[tuple[str, Duration]] = ()) -> PlanResult:
    """The whole pipeline on a plan's text; `today` overrides the file's, else the system date.

    Included files are found relative to `base` (the plan's folder). With `delays` the
    result carries the undelayed schedule as its baseline.
    """
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
        result.today = effective.isoformat()
        net = expand(plan, effective, delays)
        sched = schedule(net)
        if delays:
            result.baseline = replace(result)
            plain = expand(plan, effective)
            _fill(result.baseline, plain, schedule(plain), doc, origins)
    except PlanInvalid as exc:
        result.problems = [locate(p, doc, file, origins) for p in exc.problems]
        return result
    _fill(result, net, sched, doc, origins)
    return result


def _fill(result: PlanResult, net: Network, sched: Schedule, doc: PositionedYaml, origins: Origins) -> None:
    result.network, result.schedule = net, sched
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
    params = {"today": today.isoformat(), "deadline": deadline.isoformat()}
    one = Problem("late", english("after-deadline", **params), loc=("today",) if written == today else ("deadline",),
                  params=params, template="after-deadline")
    rest = [p for p in problems if p.code not in ("late", "no-date")]
    return [one] + rest


def check_file(path: Path, today: date | None, system_today: date,
               delays: Sequence[tuple[str, Duration]] = ()) -> PlanResult:
    try:
        text = read_text(path)
    except PlanInvalid as exc:
        return PlanResult(str(path), problems=[locate(p, None, str(path)) for p in exc.problems])
    return check_text(text, str(path), today, system_today, path.parent, delays)


def _header(result: PlanResult, data: Any, today: date | None) -> None:
    """Region, today and deadline as far as they can be read, also for an invalid plan."""
    if not isinstance(data, dict):
        return
    region = data.get("region")
    if isinstance(region, dict) and isinstance(region.get("id"), str):
        name = region.get("name")
        result.region = {"id": region["id"], "name": name if isinstance(name, str) else region["id"]}
    for key in ("today", "deadline"):
        value = data.get(key)
        if isinstance(value, date):
            setattr(result, key, value.isoformat())
    if today is not None:
        result.today = today.isoformat()


def locate(problem: Problem, doc: PositionedYaml | None, file: str, origins: Origins | None = None) -> Problem:
    """The problem with its file, and its line and column when it has a path into doc."""
    if problem.file is not None:
        return problem  # already placed, in an included file
    loc = problem.loc
    if loc is not None and origins is not None:
        found = origins.locate(loc)
        if found is not None:
            origin, loc = found
            doc, file = origin.doc, origin.file
            problem = replace(problem, line=None, column=None)
    if problem.line is None and loc is not None and doc is not None:
        line, column = doc.position(loc, at_key=problem.at_key)
        problem = problem.at(line, column)
    return replace(problem, file=file)


def _row(net: Network, sched: Schedule, i: int) -> DecisionRow:
    node, t = net.nodes[i], sched.timings[i]
    return DecisionRow(node.id, node.decision, node.partner, node.step, node.title, node.by, iso(t.done),
                       iso(t.earliest), iso(t.latest), t.slack, t.late)
