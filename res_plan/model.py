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
from res_plan.messages import Message, Param, shorten

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

KINDS = ("gemeente", "provincie", "waterschap", "regio", "netbeheerder", "rijk", "other")
Kind = Literal["gemeente", "provincie", "waterschap", "regio", "netbeheerder", "rijk", "other"]


# Calendar arithmetic covers these years (workdays.HORIZON_LO/HI); a date outside them is an input error.
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2399, 12, 31)
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")


def _show(value: Any, limit: int = 40) -> str:
    return shorten(str(value).lower() if isinstance(value, bool) else str(value), limit)


def invalid(code: str, template: str | Message, **params: Param) -> PydanticCustomError:
    """A validation error whose message comes from the catalogue; validate.py reads the
    `wording` back from its context to render it in another language."""
    wording = template if isinstance(template, Message) else Message(template, params)
    return PydanticCustomError(code, "{message}", {"message": wording.english, "wording": wording})


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
            known = _DATE_REASONS.get(reason)
            raise invalid("bad-date", "date-impossible", value=value,
                          reason=Message(known) if known else reason) from None
    if isinstance(value, date):
        if not FIRST_DATE <= value <= LAST_DATE:
            raise invalid("bad-date", "date-out-of-range", value=value.isoformat())
        return value
    hint_key, iso = _date_hint(value)
    hint = Message(hint_key, {"iso": iso}) if hint_key else ""
    raise invalid("bad-date", "date-format", value=_show(value), hint=hint)


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
        raise invalid("bad-duration", exc.wording) from None


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
    id: Id = Field(description="Region id: lowercase letters, digits and '-'.")
    name: Text | None = Field(default=None, description="Display name of the region.")


# Shared by the plan's calendar and a shared file's calendar.
_CLOSED = "Extra non-working days for everyone (inclusive ranges)."
_RECESS = "Periods without meetings of the listed bodies (default: every body), inclusive."
_ELECTIONS = "No decisions by the listed bodies from date-before to date+after, inclusive."


class ClosedRange(Strict):
    name: Text | None = Field(default=None, description="Name of the period, shown when a date is moved because "
                                                         "of it.")
    from_: Date = Field(alias="from", description="First day (inclusive).")
    to: Date = Field(description="Last day (inclusive).")


class Recess(ClosedRange):
    bodies: list[Ref] | None = Field(default=None, description="Body names or roles (raad, ps, ab, executive, ...) "
                                                               "or partner.body; default every body.")


# Bare body names an election of the Kieswet concerns; roles would name other levels too.
KIESWET_BODIES = {"gemeenteraad": ("raad", "college"), "provinciale-staten": ("ps", "gs"), "waterschap": ("ab", "db")}
REPRESENTATIVE_BODIES = frozenset({"raad", "ps", "ab", "representative"})


class _ElectionBase(Strict):
    name: Text | None = Field(default=None, description="Name of the election window, shown when a date is moved "
                                                         "because of it.")
    # An executive's formation window: an outgoing executive still takes routine decisions in it.
    formation: bool = Field(default=False, description="An executive's formation window (college, gs, db): routine "
                                                       "decisions may still fall in it.")
    bodies: list[Ref] | None = Field(default=None, description="Body names or roles, or partner.body; default every "
                                                               "body (a kieswet entry: the elected body).")
    before: Dur | None = Field(default=None, description="Start of the window before election day (duration, "
                                                         "e.g. 2w).")
    after: Dur | None = Field(default=None, description="End of the window after election day (duration, e.g. 10w); "
                                                        "a kieswet entry without it ends the day before the seating.")

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

    date: Date = Field(description="Election day (YYYY-MM-DD).")

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

    kieswet: KieswetKind = Field(description="Every election of this kind the Kieswet sets in the plan's years: "
                                             "gemeenteraad, provinciale-staten or waterschap.")
    date: Date | None = Field(default=None, description="Not with kieswet: the dates are computed.")

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
    holidays: Annotated[str, AfterValidator(_country_code)] = Field(
        default="NL", description="Country code of the public holidays (`holidays` package), default NL; `none` for "
                                  "no holidays.")
    closed: list[ClosedRange] = Field(default=[], description=_CLOSED)
    recess: list[Recess] = Field(default=[], description=_RECESS)
    elections: list[AnyElection] = Field(default=[], description=_ELECTIONS)


class RRuleSpec(Strict):
    rrule: Annotated[str, Field(min_length=1, max_length=500)] = Field(
        description="An iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1.")
    from_: Date | None = Field(default=None, alias="from", description="First day of the rule; default 1 January of "
                                                                       "the earliest year in the plan.")
    until: Date | None = Field(default=None, description="Last day of the rule; default the deadline plus 60 months.")


class IcsSpec(Strict):
    """A body's meetings from an iCalendar file (a griffie's export), read as local dates in
    Europe/Amsterdam; cancelled events and events outside the plan's years are left out."""

    ics: Annotated[str, Field(min_length=1, max_length=1000)] = Field(
        description="Path of an iCalendar (.ics) file, relative to the file that names it.")
    match: Annotated[str, Field(max_length=200)] | None = Field(
        default=None, description="Keep only the events whose SUMMARY contains this text (case-insensitive); "
                                  "default every event.")

    @field_validator("match")
    @classmethod
    def _match_not_empty(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and not value.strip():
            raise invalid("bad-value", "ics-match-empty", ics=str(info.data.get("ics", "")))
        return value


def _meeting_kind(value: Any) -> str:
    if isinstance(value, list):
        return "<dates>"
    return "<ics>" if isinstance(value, dict) and "ics" in value else "<rrule>"


Meetings = Annotated[
    Annotated[list[Date], Tag("<dates>")] | Annotated[RRuleSpec, Tag("<rrule>")] | Annotated[IcsSpec, Tag("<ics>")],
    Discriminator(_meeting_kind),
]


class Partner(Strict):
    id: Id = Field(description="Partner id, used in `by: id.body` and `for_each`.")
    name: Text | None = Field(default=None, description="Display name of the partner; default its id.")
    kind: Kind = Field(description="gemeente | provincie | waterschap | regio | netbeheerder | rijk | other.")
    meetings: dict[Id, Meetings] = Field(default_factory=dict, json_schema_extra={"default": {}},  # no copy per partner
                                       description="Meeting calendar per body: a list of dates, an rrule, or "
                                                   "an iCalendar file ({ics, match}). Without one, every "
                                                   "eligible working day counts.")


class Step(Strict):
    id: Id = Field(description="Step id, unique within the procedure or decision.")
    title: Text | None = Field(default=None, description="Title of the step in reports and timelines; default its "
                                                         "id.")
    by: Ref | None = Field(default=None, description="Body: a role (executive, representative), a bare body, or "
                                                     "partner.body; empty for a work product.")
    lead: Dur | None = Field(default=None, description="Preparation time after the previous step (duration, e.g. "
                                                       "4w).")
    # The lead for a partner of one kind (GS -> PS takes longer than college -> raad).
    lead_by_kind: dict[Kind, Dur] | None = Field(default=None, description="The lead for partners of one kind, e.g. "
                                                                           "{provincie: 8w}.")
    # A term set by law: its end moves past weekends and feestdagen (Algemene termijnenwet art. 1).
    statutory: bool = Field(default=False, description="A term set by law: when it ends on a weekend or feestdag it "
                                                       "runs to the next day (Algemene termijnenwet art. 1).")
    source: Text | None = Field(default=None, description="Where the lead time comes from.")


class Procedure(Strict):
    steps: list[Step] = Field(min_length=1, description="The steps of the route, in order.")


class AfterRef(Strict):
    id: Ref = Field(description="Decision reference: x, x@partner, x.step or x@partner.step.")
    gap: Dur | None = Field(default=None, description="Minimum time after that decision (duration).")


def _after_kind(value: Any) -> str:
    return "<ref>" if isinstance(value, dict) else "<id>"


After = Annotated[
    Annotated[Ref, Tag("<id>")] | Annotated[AfterRef, Tag("<ref>")],
    Discriminator(_after_kind),
]


DecisionKind = Literal["omgevingsvisie", "omgevingsplan", "omgevingsverordening", "waterschapsverordening",
                       "herijking", "voortgangsrapportage", "uitvoeringsprogramma", "vergunning"]


class Decision(Strict):
    id: Id = Field(description="Decision id, unique in the plan.")
    title: Text | None = Field(default=None, description="Title of the decision in reports and timelines; default "
                                                         "its id.")
    by: Ref | None = Field(default=None, description="Deciding body as partner.body (or a bare body/role with "
                                                     "for_each or partner).")
    partner: Id | None = Field(default=None, description="Lets the decision name bare bodies and roles of this "
                                                         "partner.")
    lead: Dur | None = Field(default=None, description="Preparation time after the decision is ready to start "
                                                       "(duration, e.g. 6w).")
    # A factory, not default=[]: a default value is deep-copied for every decision that omits it.
    after: list[After] = Field(default_factory=list, json_schema_extra={"default": []},
                               description="Decisions that must come first: an id, or {id, gap}.")
    deadline: Date | None = Field(default=None, description="This decision must be taken strictly before this date.")
    not_before: Date | None = Field(default=None, description="This decision cannot be taken before this date.")
    for_each: list[Id] | None = Field(default=None, description="Partner kinds and/or partner ids; one instance per "
                                                                "matching partner (id decision@partner).")
    procedure: Id | None = Field(default=None, description="A built-in or plan procedure that turns the decision "
                                                           "into steps.")
    steps: list[Step] | None = Field(default=None, min_length=1, description="Steps of this decision (instead of a "
                                                                             "procedure).")
    kind: DecisionKind | None = Field(default=None, description="Shortcut that picks the procedure and for_each "
                                                                "defaults for a common RES decision; explicit keys "
                                                                "win.")
    leads: dict[Id, Dur] | None = Field(default=None, description="Override the default lead of named steps of the "
                                                                  "procedure: step id -> duration.")
    # Routine business an outgoing executive still does: allowed in a formation window.
    routine: bool | None = Field(default=None, description="Routine business an outgoing executive still does: it "
                                                            "may fall in a formation window.")


class MissingPartners(Strict):
    kind: Kind = Field(description="The kind of the partners the plan cannot list (e.g. waterschap).")
    count: int = Field(ge=1, le=1000, description="How many there are, as the sources say.")
    note: Text | None = Field(default=None, description="Why they are missing, with the source.")


class Plan(Strict):
    """A res-plan plan file: one RES region, its partners, its decisions and their deadline."""

    version: Literal[1] = Field(description="Format version; always 1.")
    region: Region = Field(description="The RES region this plan is for.")
    include: list[Annotated[str, Field(min_length=1, max_length=1000)]] = Field(
        default=[], description="Shared files (paths relative to this file) whose partners and calendar entries are "
                                "added to this plan.")
    deadline: Date = Field(description="Every decision must be taken strictly before this date (YYYY-MM-DD).")
    today: Date | None = Field(default=None, description="Plan as if today were this date; `res-plan check --today` "
                                                         "overrides it; default: the system date.")
    calendar: CalendarSpec = Field(default=CalendarSpec(), description="Public holidays, closed days, recesses and "
                                                                       "election windows.")
    partners: list[Partner] = Field(default=[], description="Gemeenten, provincies, waterschappen and other partners "
                                                            "with their bodies.")
    procedures: dict[Id, Procedure] = Field(default={}, description="Named decision routes of this plan; a name "
                                                                    "equal to a built-in procedure overrides it.")
    missing_partners: list[MissingPartners] = Field(
        default=[], description="Partners of the region that the file cannot list yet (e.g. waterschappen the sources "
                                "count but do not name): `check` warns that their decisions are missing.")
    decisions: list[Decision] = Field(min_length=1, description="The decisions of the region; each may expand per "
                                                                "partner (for_each) and into steps.")
    done: dict[Ref, Date] = Field(default={}, description="Decisions already taken: fully qualified id -> date.")
    started: dict[Ref, Date] = Field(default={}, description="Preparation already under way: fully qualified id -> "
                                                             "date it started.")


# Union branch tags appear in pydantic error locations; they are not keys of the file.
UNION_TAGS = frozenset({"<dates>", "<rrule>", "<ics>", "<id>", "<ref>", "<dated>", "<kieswet>"})

class SharedCalendar(Strict):
    closed: list[ClosedRange] = Field(default=[], description=_CLOSED)
    recess: list[Recess] = Field(default=[], description=_RECESS)
    elections: list[AnyElection] = Field(default=[], description=_ELECTIONS)


class SharedFile(Strict):
    """A file of partners and calendar entries that several plans include."""

    partners: list[Partner] = Field(default=[], description="Partners added to every plan that includes this file.")
    calendar: SharedCalendar = Field(default=SharedCalendar(), description="Closed days, recesses and election "
                                                                           "windows added to every plan that "
                                                                           "includes this file.")


FIELD_NAMES: dict[str, list[str]] = {}


def allowed_keys() -> dict[str, list[str]]:
    """Every key the format knows, for "did you mean" hints."""
    if not FIELD_NAMES:
        for model in (Plan, Region, ClosedRange, Recess, Election, KieswetElection, CalendarSpec, RRuleSpec,
                      Partner, Step, Procedure, AfterRef, Decision, SharedFile, SharedCalendar):
            FIELD_NAMES[model.__name__] = [f.alias or name for name, f in model.model_fields.items()]
        FIELD_NAMES["Election"].append("kieswet")  # hints at either form of an election entry
        FIELD_NAMES["RRuleSpec"] += ["ics", "match"]  # and of a meeting calendar
    return FIELD_NAMES
