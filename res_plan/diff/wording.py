"""The words the diff formats share: a moved date with its shift, the header, the sections and
the summary line, in the language asked for."""

from __future__ import annotations

from datetime import date

from res_plan.diff.compare import Change, PlanDiff
from res_plan.messages import text
from res_plan.whatif import signed


def day_text(value: date | None) -> str:
    return "-" if value is None else value.isoformat()


def moved(old: date | None, new: date | None, shift: int | None) -> str:
    """'2027-03-05 → 2027-04-02 (+20 wd)'; one date when it did not move."""
    if old == new:
        return day_text(new)
    label = f" ({signed(shift)} wd)" if shift else ""
    return f"{day_text(old)} → {day_text(new)}{label}"


def name(change: Change) -> str:
    """The title, for a step with its decision: 'herijking: besluit'."""
    row = change.row
    return f"{row.decision}: {row.title}" if row.step is not None and row.title == row.step else row.title


def label(change: Change, lang: str) -> str:
    """The id, marked when the decision is new (it may show among the late rather than the added)."""
    return f"{change.id} ({text(lang, 'df-new')})" if change.old is None else change.id


def _slack(value: int | None) -> str:
    return "-" if value is None else str(value)


def slack(change: Change) -> str:
    old, new = change.old, change.new
    if old is None or new is None:
        return _slack(change.row.slack)
    return _slack(new.slack) if old.slack == new.slack else f"{_slack(old.slack)} → {_slack(new.slack)}"


def earliest(change: Change) -> str:
    old, new = change.old, change.new
    if old is None or new is None:
        return day_text(change.row.earliest)
    return moved(old.earliest, new.earliest, change.earliest_wd)


def latest(change: Change) -> str:
    old, new = change.old, change.new
    if old is None or new is None:
        return day_text(change.row.latest)
    return moved(old.latest, new.latest, change.latest_wd)


def title(diff: PlanDiff, lang: str) -> str:
    return text(lang, "df-title", region=diff.region_name)


def facts(diff: PlanDiff, lang: str) -> str:
    return text(lang, "df-facts", old=diff.old.file, new=diff.new.file, today=day_text(diff.today))


def sections(diff: PlanDiff) -> list[tuple[str, list[Change]]]:
    """The lists of changes in the order a reader needs them: the bad news first, each change once."""
    turned = {c.id for c in diff.became_late + diff.no_longer_late}
    return [("df-became-late", diff.became_late), ("df-no-longer-late", diff.no_longer_late),
            ("df-moved", [c for c in diff.moved if c.id not in turned]),
            ("df-added", [c for c in diff.added if c.id not in turned]), ("df-removed", diff.removed)]


def summary(diff: PlanDiff, lang: str) -> str:
    if not diff.changed:
        return text(lang, "df-none")
    return text(lang, "df-summary", moved=len(diff.moved), added=len(diff.added), removed=len(diff.removed),
                late=len(diff.became_late), fixed=len(diff.no_longer_late))
