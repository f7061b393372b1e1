"""The plan file as a pydantic model (SPEC §2): shapes and values, not references."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    Tag,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from res_plan.durations import DURATION_RE, Duration, DurationError, parse_duration
from res_plan.messages import render

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

KINDS = ("gemeente", "provincie", "waterschap", "regio", "netbeheerder", "rijk", "other")
Kind = Literal["gemeente", "provincie", "waterschap", "regio", "netbeheerder", "rijk", "other"]


# Calendar arithmetic covers these years (workdays.HORIZON_LO/HI); a date outside them is an input error.
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2399, 12, 31)
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


def _show(value: Any, limit: int = 40) -> str:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def invalid(code: str, template: str, **params: str) -> PydanticCustomError:
    """A validation error whose message comes from the catalogue; validate.py reads `template`
    and `params` back from its context to render it in another language."""
    return PydanticCustomError(code, "{message}", {"message": render("en", template, params), "template": template,
                                                   "params": params})


# Python's reasons for an impossible date, as catalogue keys
_DATE_REASONS = {"day is out of range for month": "date-day-out-of-range",
                 "month must be in 1..12": "date-month-out-of-range"}


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        raise invalid("bad-date", "date-with-time", value=str(value))
    if isinstance(value, str) and _DATE_RE.match(value):
        try:
            value = date.fromisoformat(value)
        except ValueError as exc:
            reason = str(exc)
            raise invalid("bad-date", "date-impossible", value=value, reason=reason,
                          reason_key=_DATE_REASONS.get(reason, "")) from None
    if isinstance(value, date):
        if not FIRST_DATE <= value <= LAST_DATE:
            raise invalid("bad-date", "date-out-of-range", value=value.isoformat())
        return value
    hint_key, iso = _date_hint(value)
    raise invalid("bad-date", "date-format", value=_show(value), hint_key=hint_key, iso=iso)


def _date_hint(value: Any) -> tuple[str, str]:
    """For 1-2-2023, 2023/02/01 or 20230201: the ISO spelling, if it is a real date."""
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    parts: tuple[str, str, str] | None = None
    if match := _DAY_FIRST.match(text):
        parts = (match.group(3), match.group(2), match.group(1))
    elif match := _YEAR_FIRST.match(text):
        parts = (match.group(1), match.group(2), match.group(3))
    elif re.fullmatch(r"\d{8}", text):
        parts = (text[:4], text[4:6], text[6:])
    if parts is None:
        return "", ""
    try:
        iso = date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError:
        return "", ""
    day_first = text.find("-") in (1, 2) or text.find("/") in (1, 2) or text.find(".") in (1, 2)
    return ("date-hint-dmy" if day_first else "date-hint-ymd"), iso


def _duration(value: Any) -> Duration:
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise invalid("bad-duration", "duration-negative", value=str(value))
    if isinstance(value, str) and len(value) > 40:
        raise invalid("bad-duration", "duration-not", value=_show(value))
    try:
        return parse_duration(value)
    except DurationError as exc:
        raise invalid("bad-duration", exc.key, **exc.params) from None


def _country_code(value: str) -> str:
    if len(value) > 20:
        raise invalid("bad-value", "holidays-not-a-code", value=repr(_show(value)))
    return value


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


# Bare body names an election of the Kieswet concerns; roles would name other levels too.
KIESWET_BODIES = {"gemeenteraad": ("raad", "college"), "provinciale-staten": ("ps", "gs"), "waterschap": ("ab", "db")}
REPRESENTATIVE_BODIES = frozenset({"raad", "ps", "ab", "representative"})


class _ElectionBase(Strict):
    name: Text | None = None
    # An executive's formation window: an outgoing executive still takes routine decisions in it.
    formation: bool = False
    bodies: list[Ref] | None = None
    before: Dur | None = None
    after: Dur | None = None

    @field_validator("bodies")
    @classmethod
    def _formation_names_executives(cls, value: list[str] | None, info: ValidationInfo) -> list[str] | None:
        if value is not None and info.data.get("formation"):
            wrong = [b for b in value if b in REPRESENTATIVE_BODIES]
            if wrong:
                raise invalid("bad-value", "formation-representative", body=wrong[0])
        return value


class Election(_ElectionBase):
    """An election on a written date (SPEC §2)."""

    date: Date

    @model_validator(mode="after")
    def _formation_has_bodies(self) -> Election:
        if self.formation and self.bodies is None:
            raise invalid("bad-value", "formation-needs-bodies")
        return self


KieswetKind = Literal["gemeenteraad", "provinciale-staten", "waterschap"]


class KieswetElection(_ElectionBase):
    """Every election of one kind that the Kieswet sets in the plan's years (res_plan/kieswet.py).

    The window runs from election day ⊖ before to the day before the new body is seated, or to
    election day ⊕ after when `after` is given; `bodies` defaults to the elected body (or, for a
    formation window, the executive it forms)."""

    kieswet: KieswetKind
    date: Date | None = None

    @field_validator("date")
    @classmethod
    def _no_date(cls, value: object) -> object:
        if value is not None:
            raise invalid("bad-value", "election-date-and-kieswet")
        return value

    @model_validator(mode="after")
    def _bodies_of_this_election(self) -> KieswetElection:
        own = KIESWET_BODIES[self.kieswet]
        for entry in self.bodies or []:
            if "." not in entry and entry not in own:
                raise invalid("bad-value", "kieswet-body", body=entry, election=self.kieswet, bodies=", ".join(own))
        if self.formation and self.after is None:
            raise invalid("bad-value", "formation-needs-after")
        return self

    def window_bodies(self) -> list[str]:
        if self.bodies is not None:
            return self.bodies
        representative, executive = KIESWET_BODIES[self.kieswet]
        return [executive if self.formation else representative]


def _election_kind(value: Any) -> str:
    return "<kieswet>" if isinstance(value, dict) and "kieswet" in value else "<dated>"


AnyElection = Annotated[
    Annotated[Election, Tag("<dated>")] | Annotated[KieswetElection, Tag("<kieswet>")],
    Discriminator(_election_kind),
]


class CalendarSpec(Strict):
    holidays: Annotated[str, AfterValidator(_country_code)] = "NL"
    closed: list[ClosedRange] = []
    recess: list[Recess] = []
    elections: list[AnyElection] = []


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
    # The lead for a partner of one kind (GS -> PS takes longer than college -> raad).
    lead_by_kind: dict[Kind, Dur] | None = None
    # A term set by law: its end moves past weekends and feestdagen (Algemene termijnenwet art. 1).
    statutory: bool = False
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
    # Routine business an outgoing executive still does: allowed in a formation window.
    routine: bool | None = None


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
UNION_TAGS = frozenset({"<dates>", "<rrule>", "<id>", "<ref>", "<dated>", "<kieswet>"})

class SharedCalendar(Strict):
    closed: list[ClosedRange] = []
    recess: list[Recess] = []
    elections: list[AnyElection] = []


class SharedFile(Strict):
    """A file of partners and calendar entries that several plans include."""

    partners: list[Partner] = []
    calendar: SharedCalendar = SharedCalendar()


FIELD_NAMES: dict[str, list[str]] = {}


def allowed_keys() -> dict[str, list[str]]:
    """Every key the format knows, for "did you mean" hints."""
    if not FIELD_NAMES:
        for model in (Plan, Region, ClosedRange, Recess, Election, KieswetElection, CalendarSpec, RRuleSpec,
                      Partner, Step, Procedure, AfterRef, Decision, SharedFile, SharedCalendar):
            FIELD_NAMES[model.__name__] = [f.alias or name for name, f in model.model_fields.items()]
        FIELD_NAMES["Election"].append("kieswet")  # hints at either form of an election entry
    return FIELD_NAMES
