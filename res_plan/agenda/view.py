"""What `agenda` shows: one partner's decisions from every checked plan, ordered by latest
date and grouped by the meeting on or before which each must be taken. Computed once here
from the results; the format modules only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from res_plan.bodies import ROLES, PartnerInfo
from res_plan.hints import suggest
from res_plan.messages import Param
from res_plan.result import DecisionRow, PlanResult, Status


@dataclass(frozen=True)
class Request:
    partner: str
    body: str | None = None  # a body name or role of the partner
    start: date | None = None  # --from, inclusive
    end: date | None = None  # --to, inclusive


class AgendaError(Exception):
    """An option that fits none of the plans; `key` and `params` name the message."""

    def __init__(self, key: str, **params: Param) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass
class Item:
    result: PlanResult
    row: DecisionRow
    status: Status
    critical: bool

    @property
    def region_id(self) -> str:
        return self.result.region["id"] if self.result.region else self.result.file

    @property
    def region_name(self) -> str:
        return self.result.region["name"] if self.result.region else self.result.file

    @property
    def day(self) -> date | None:
        return self.row.day

    @property
    def name(self) -> str:
        """The title, for a step with its decision: 'herijking: besluit'."""
        row = self.row
        return f"{row.decision}: {row.title}" if row.step is not None and row.title == row.step else row.title


@dataclass
class Meeting:
    """The decisions one body must take on or before one day (None: no date possible)."""

    by: str  # body key "partner.body"
    day: date | None
    is_meeting: bool  # the day is a meeting of the body's calendar (not just its latest working day)
    items: list[Item] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.by.partition(".")[2]

    @property
    def regions(self) -> int:
        return len({i.region_id for i in self.items})


@dataclass
class Agenda:
    partner: PartnerInfo
    request: Request
    bodies: list[str]  # the bodies asked for (all of the partner's without --body)
    items: list[Item]
    meetings: list[Meeting]
    plans: list[PlanResult]  # the valid plans that name the partner
    invalid: list[PlanResult]  # plans that could not be read or are invalid

    @property
    def regions(self) -> list[str]:
        return sorted({(p.region or {"id": p.file})["id"] for p in self.plans})

    @property
    def busiest(self) -> Meeting | None:
        dated = [m for m in self.meetings if m.day is not None]
        if not dated:
            return None
        return max(dated, key=lambda m: (len(m.items), -m.day.toordinal() if m.day else 0))


def _partner(results: list[PlanResult], pid: str) -> PartnerInfo:
    """The partner as the plans describe it, with every body any of them names."""
    infos = [r.partners[pid] for r in results if pid in r.partners]
    if not infos:
        known = {p for r in results for p in r.partners}
        raise AgendaError("ag-unknown-partner", partner=pid, hint=suggest(pid, known))
    first = infos[0]
    bodies = list(dict.fromkeys(b for info in infos for b in info.bodies))
    return PartnerInfo(first.id, first.name, first.kind, bodies)


def _bodies(partner: PartnerInfo, body: str | None) -> list[str]:
    if body is None:
        return partner.bodies
    resolved = partner.role(body) if body in ROLES else body
    if resolved is None or resolved not in partner.bodies:
        raise AgendaError("ag-unknown-body", partner=partner.name, body=body, bodies=", ".join(partner.bodies),
                          hint=suggest(body, partner.bodies))
    return [resolved]


def _selected(request: Request, row: DecisionRow, pid: str, bodies: list[str]) -> bool:
    if row.by is None or row.by_partner != pid or row.by_body not in bodies:
        return False
    day = row.day
    if day is None:  # a decision that cannot be dated is always shown
        return True
    return not ((request.start and day < request.start) or (request.end and day > request.end))


def _order(item: Item) -> tuple[bool, date, str, str, str]:
    """By latest date (a decision taken: its date), undatable first as in every list of the product."""
    return (item.day is not None, item.day or date.min, item.row.by or "", item.region_id, item.row.id)


def _meetings(items: list[Item]) -> list[Meeting]:
    groups: dict[tuple[str, date | None], Meeting] = {}
    for item in items:
        key = (item.row.by or "", item.day)
        if key not in groups:
            day = item.day
            on = day is not None and bool(item.result.meeting_days(item.row.by, day.toordinal(), day.toordinal()))
            groups[key] = Meeting(key[0], day, on)
        groups[key].items.append(item)
    return list(groups.values())  # items arrive sorted, so the groups are too


def build(results: list[PlanResult], request: Request) -> Agenda:
    """The agenda of the valid plans; AgendaError when the partner or body is in none of them."""
    if request.start and request.end and request.start > request.end:
        raise AgendaError("ag-bad-range", start=request.start.isoformat(), end=request.end.isoformat())
    valid = [r for r in results if not r.invalid and r.network is not None]
    invalid = [r for r in results if r.invalid or r.network is None]
    partner = _partner(valid, request.partner)
    bodies = _bodies(partner, request.body)
    plans = [r for r in valid if request.partner in r.partners]
    items = [Item(r, row, r.status_of(row), row.id in r.critical)
             for r in plans for row in r.decisions if _selected(request, row, partner.id, bodies)]
    items.sort(key=_order)
    return Agenda(partner, request, bodies, items, _meetings(items), plans, invalid)
