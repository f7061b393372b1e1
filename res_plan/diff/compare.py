"""What changed between two versions of a plan scheduled with the same today: decisions
added and removed, dates moved (in working days of the new plan's calendar), the newly late
and the no longer late, and the critical path. Reads results only, as the reports do."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from res_plan.result import DecisionRow, PlanResult


@dataclass(frozen=True)
class Change:
    id: str
    old: DecisionRow | None  # None: added
    new: DecisionRow | None  # None: removed
    earliest_wd: int | None = None  # working days the earliest date moved, + later; None if one is missing
    latest_wd: int | None = None
    line: int | None = None  # the decision's line in the new file

    @property
    def row(self) -> DecisionRow:
        row = self.new or self.old
        assert row is not None
        return row


@dataclass
class PlanDiff:
    old: PlanResult
    new: PlanResult
    path: str  # the new file, as annotations name it
    added: list[Change] = field(default_factory=list)
    removed: list[Change] = field(default_factory=list)
    moved: list[Change] = field(default_factory=list)
    became_late: list[Change] = field(default_factory=list)  # late now, on time before or not there
    no_longer_late: list[Change] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # decision id -> its line in the new file

    @property
    def today(self) -> date | None:
        return self.new.today

    @property
    def region_name(self) -> str:
        return (self.new.region or self.old.region or {"name": self.new.file})["name"]

    @property
    def critical_changed(self) -> bool:
        return self.old.critical_path != self.new.critical_path

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.became_late or self.no_longer_late
                    or self.critical_changed)


def _order(change: Change) -> tuple[bool, date, str]:
    day = change.row.day
    return (day is not None, day or date.min, change.id)


def compare(old: PlanResult, new: PlanResult, path: str, lines: dict[str, int] | None = None) -> PlanDiff:
    """Two valid, scheduled results of the same plan."""
    assert new.network is not None
    workdays = new.network.calendar.workdays
    lines = lines or {}

    def shift(a: date | None, b: date | None) -> int | None:
        if a is None or b is None:
            return None
        return workdays.slack(a.toordinal(), b.toordinal())

    before = {row.id: row for row in old.decisions}
    after = {row.id: row for row in new.decisions}
    diff = PlanDiff(old, new, path, lines=lines)
    for row in new.decisions:
        was = before.get(row.id)
        change = Change(row.id, was, row, line=lines.get(row.id))
        if was is None:
            diff.added.append(change)
            if row.late:
                diff.became_late.append(change)
            continue
        if (was.earliest, was.latest, was.done) != (row.earliest, row.latest, row.done):
            change = Change(row.id, was, row, shift(was.earliest, row.earliest), shift(was.latest, row.latest),
                            change.line)
            diff.moved.append(change)
        if row.late and not was.late:
            diff.became_late.append(change)
        elif was.late and not row.late:
            diff.no_longer_late.append(change)
    diff.removed = [Change(row.id, row, None) for row in old.decisions if row.id not in after]
    for group in (diff.added, diff.removed, diff.moved, diff.became_late, diff.no_longer_late):
        group.sort(key=_order)
    return diff
