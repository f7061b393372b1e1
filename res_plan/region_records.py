"""The shipped RES region data (res_plan/data/regions.json) as typed, read-only records.

scripts/gen_regions.py writes the data file from scripts/data/regions.yaml and scripts/data/calendar.yaml
and renders regions/ from the same records, so `res-plan init --region` and the shipped
plans cannot drift apart. Change the script or its data, not the JSON file.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

DATA_FILE = "regions.json"


class Record(BaseModel):
    # extra="forbid": a key the script writes but no record reads is a mistake on one side.
    model_config = ConfigDict(frozen=True, extra="forbid")


class Meetings(Record):
    """An illustrative meeting cadence of one gemeente, with the comment that says so."""

    comment: tuple[str, ...]
    bodies: dict[str, str]  # body -> rrule, in file order


class MissingPartners(Record):
    kind: str
    count: int
    note: str


class RegionRecord(Record):
    """A RES region whose membership is verified: its partners and the sources for them."""

    name: str
    alt_name: str | None
    gemeenten: tuple[tuple[str, str], ...]  # (partner id, name)
    gemeenten_count: int
    provinces: tuple[str, ...]  # ids of shared partners, as are the next two
    provincial_adopter: Literal["gs", "ps"]
    adopter_source: str
    waterschappen: tuple[str, ...]
    netbeheerders: tuple[str, ...]
    netbeheerder_note: str | None
    others: tuple[tuple[str, str], ...]  # (partner id, name) of other_partners
    gaps: tuple[str, ...]
    missing: tuple[MissingPartners, ...] = ()  # partners the sources count but do not name
    sources: tuple[str, ...]
    notes: str | None
    res1_twh: float | None
    meetings: dict[str, Meetings]  # gemeente id -> cadence

    @property
    def shared_ids(self) -> tuple[str, ...]:
        """The region's shared partners in file order: provincies, waterschappen, netbeheerders."""
        return self.provinces + self.waterschappen + self.netbeheerders


class SharedPartner(Record):
    """A partner of several regions, described once in regions/_shared/<id>.yaml."""

    name: str
    kind: Literal["provincie", "waterschap", "netbeheerder"]
    regions: tuple[str, ...]
    other_regions: tuple[str, ...]  # regions without a plan file that also name it
    comment: str | None


class ElectionWindow(Record):
    """A dated election window, or (`kieswet`) every election of that kind, computed."""

    name: str
    kieswet: str | None = None
    date: dt.date | None = None
    formation: bool = False
    bodies: tuple[str, ...]
    before: str | None = None
    after: str | None = None
    comment: tuple[str, ...]

    def entry(self) -> dict[str, Any]:
        """The keys of the plan-file entry, in the order they are written; unset ones left out."""
        keys = {"name": self.name, "kieswet": self.kieswet, "date": self.date, "formation": self.formation or None,
                "bodies": self.bodies, "before": self.before, "after": self.after}
        return {k: v for k, v in keys.items() if v is not None}


class RecessWindow(Record):
    name: str
    from_: dt.date = Field(alias="from")
    to: dt.date
    bodies: tuple[str, ...]


class NationalCalendar(Record):
    elections: tuple[ElectionWindow, ...]
    elections_missing: tuple[str, ...]  # comment lines on the elections without a verified date
    recess: tuple[RecessWindow, ...]
    recess_comment: tuple[str, ...]


class UnverifiedRegion(Record):
    """A region without shipped data, and why."""

    name: str
    status: str
    missing: str
    notes: str | None


class RegionData(Record):
    regions: dict[str, RegionRecord]
    shared: dict[str, SharedPartner]
    calendar: NationalCalendar
    unverified: dict[str, UnverifiedRegion]
    verified_ids: tuple[str, ...]
    total_regions: int


def parse(text: str) -> RegionData:
    return RegionData.model_validate_json(text)


@cache
def shipped() -> RegionData:
    """The region data installed with the package."""
    return parse((files("res_plan") / "data" / DATA_FILE).read_text(encoding="utf-8"))
