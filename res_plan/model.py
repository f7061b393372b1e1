"""The plan file as a pydantic model (SPEC §2): shapes and values, not references."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, PlainValidator, Tag, WithJsonSchema
from pydantic_core import PydanticCustomError

from res_plan.durations import DURATION_RE, Duration, DurationError, parse_duration

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

KINDS = ("gemeente", "provincie", "waterschap", "regio", "netbeheerder", "rijk", "other")
Kind = Literal["gemeente", "provincie", "waterschap", "regio", "netbeheerder", "rijk", "other"]


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        raise PydanticCustomError("bad-date", "expected a date YYYY-MM-DD without a time, got {value}",
                                  {"value": str(value)})
    if isinstance(value, date):
        return value
    text = str(value)
    if isinstance(value, str) and _DATE_RE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError as exc:
            raise PydanticCustomError("bad-date", "{value} is not a date ({reason})",
                                      {"value": text, "reason": str(exc)}) from None
    raise PydanticCustomError("bad-date", "expected a date written as YYYY-MM-DD, got {value}",
                              {"value": text if not isinstance(value, bool) else str(value).lower()})


def _duration(value: Any) -> Duration:
    try:
        return parse_duration(value)
    except DurationError as exc:
        raise PydanticCustomError("bad-duration", "{reason}", {"reason": str(exc)}) from None


Date = Annotated[date, PlainValidator(_date), WithJsonSchema({"type": "string", "format": "date"})]
Dur = Annotated[
    Duration,
    PlainValidator(_duration),
    WithJsonSchema({"type": "string", "pattern": DURATION_RE.pattern,
                    "description": "N followed by wd (working days), d, w (weeks) or m (months)"}),
]
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]
Text = Annotated[str, Field(max_length=2000)]
Ref = Annotated[str, Field(min_length=1, max_length=500)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, populate_by_name=True)


class Region(Strict):
    id: Id
    name: Text | None = None


class ClosedRange(Strict):
    name: Text | None = None
    from_: Date = Field(alias="from")
    to: Date


class Recess(ClosedRange):
    bodies: list[Ref] | None = None


class Election(Strict):
    name: Text | None = None
    date: Date
    bodies: list[Ref] | None = None
    before: Dur | None = None
    after: Dur | None = None


class CalendarSpec(Strict):
    holidays: str = "NL"
    closed: list[ClosedRange] = []
    recess: list[Recess] = []
    elections: list[Election] = []


class RRuleSpec(Strict):
    rrule: Annotated[str, Field(min_length=1, max_length=500)]
    from_: Date | None = Field(default=None, alias="from")
    until: Date | None = None


def _meeting_kind(value: Any) -> str:
    return "<dates>" if isinstance(value, list) else "<rrule>"


Meetings = Annotated[
    Annotated[list[Date], Tag("<dates>")] | Annotated[RRuleSpec, Tag("<rrule>")],
    Discriminator(_meeting_kind),
]


class Partner(Strict):
    id: Id
    name: Text | None = None
    kind: Kind
    meetings: dict[Id, Meetings] = {}


class Step(Strict):
    id: Id
    title: Text | None = None
    by: Ref | None = None
    lead: Dur | None = None
    source: Text | None = None


class Procedure(Strict):
    steps: list[Step] = Field(min_length=1)


class AfterRef(Strict):
    id: Ref
    gap: Dur | None = None


def _after_kind(value: Any) -> str:
    return "<ref>" if isinstance(value, dict) else "<id>"


After = Annotated[
    Annotated[Ref, Tag("<id>")] | Annotated[AfterRef, Tag("<ref>")],
    Discriminator(_after_kind),
]


DecisionKind = Literal["omgevingsvisie", "omgevingsplan", "omgevingsverordening", "waterschapsverordening",
                       "herijking", "voortgangsrapportage", "uitvoeringsprogramma", "vergunning"]


class Decision(Strict):
    id: Id
    title: Text | None = None
    by: Ref | None = None
    partner: Id | None = None
    lead: Dur | None = None
    after: list[After] = []
    deadline: Date | None = None
    not_before: Date | None = None
    for_each: list[Id] | None = None
    procedure: Id | None = None
    steps: list[Step] | None = Field(default=None, min_length=1)
    kind: DecisionKind | None = None
    leads: dict[Id, Dur] | None = None


class Plan(Strict):
    version: Literal[1]
    region: Region
    include: list[Annotated[str, Field(min_length=1, max_length=1000)]] = []
    deadline: Date
    today: Date | None = None
    calendar: CalendarSpec = CalendarSpec()
    partners: list[Partner] = []
    procedures: dict[Id, Procedure] = {}
    decisions: list[Decision] = Field(min_length=1)
    done: dict[Ref, Date] = {}
    started: dict[Ref, Date] = {}


# Union branch tags appear in pydantic error locations; they are not keys of the file.
UNION_TAGS = frozenset({"<dates>", "<rrule>", "<id>", "<ref>"})

class SharedCalendar(Strict):
    closed: list[ClosedRange] = []
    recess: list[Recess] = []
    elections: list[Election] = []


class SharedFile(Strict):
    """A file of partners and calendar entries that several plans include."""

    partners: list[Partner] = []
    calendar: SharedCalendar = SharedCalendar()


FIELD_NAMES: dict[str, list[str]] = {}


def allowed_keys() -> dict[str, list[str]]:
    """Every key the format knows, for "did you mean" hints."""
    if not FIELD_NAMES:
        for model in (Plan, Region, ClosedRange, Recess, Election, CalendarSpec, RRuleSpec, Partner, Step,
                      Procedure, AfterRef, Decision, SharedFile, SharedCalendar):
            FIELD_NAMES[model.__name__] = [f.alias or name for name, f in model.model_fields.items()]
    return FIELD_NAMES
