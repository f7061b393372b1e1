"""What a timeline shows: the decisions and calendar windows that `--partner`, `--from` and
`--to` select, and their grouping by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from res_plan.hints import suggest
from res_plan.messages import Message, Param
from res_plan.result import DecisionRow

if TYPE_CHECKING:  # the plan's partners and windows come with the result
    from res_plan.bodies import PartnerInfo
    from res_plan.plan_calendar import Window


@dataclass(frozen=True)
class Selection:
    partner: str | None = None
    start: date | None = None  # --from, inclusive
    end: date | None = None  # --to, inclusive


class SelectionError(Exception):
    """An option that does not fit the plan, with the message that says so."""

    def __init__(self, key: str, **params: Param) -> None:
        super().__init__(key)
        self.wording = Message(key, params)


def check_selection(selection: Selection, partners: dict[str, PartnerInfo]) -> None:
    if selection.start and selection.end and selection.start > selection.end:
        raise SelectionError("tl-bad-range", start=selection.start.isoformat(), end=selection.end.isoformat())
    if selection.partner is not None and selection.partner not in partners:
        raise SelectionError("tl-unknown-partner", partner=selection.partner,
                             known=", ".join(sorted(partners)), hint=suggest(selection.partner, partners))


def partner_of(row: DecisionRow) -> str | None:
    return row.partner or row.by_partner


def selects(selection: Selection, row: DecisionRow) -> bool:
    """A decision of the partner within the period; one without a date is always shown."""
    if selection.partner is not None and selection.partner not in (row.partner, partner_of(row)):
        return False
    day = row.day
    if day is None:
        return True
    if selection.start and day < selection.start:
        return False
    return not (selection.end and day > selection.end)


def window_selected(selection: Selection, window: Window, partners: dict[str, PartnerInfo],
                    lo: int, hi: int) -> bool:
    """A window overlapping lo..hi that names a body of the selected partner (if any)."""
    if window.hi < lo or window.lo > hi:
        return False
    if selection.partner is None:
        return True
    info = partners[selection.partner]
    return any(window.names(f"{info.id}.{body}", info) for body in info.bodies)


def month_of(day: int) -> tuple[int, int]:
    d = date.fromordinal(day)
    return d.year, d.month
