"""Named decision kinds from the NP RES werkblad "Bestuurlijke samenwerking en
besluitvorming" (see docs/sources.md §5.0): shortcuts that pick a built-in procedure and the
partners that decide. Keys written on the decision itself always win."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from res_plan.bodies import PartnerInfo
from res_plan.durations import ZERO, Duration
from res_plan.model import Decision, Step


@dataclass(frozen=True)
class DecisionKind:
    procedure: str
    for_each: tuple[str, ...] | None
    note: str
    routine: bool = False  # business an outgoing executive still does (docs/sources.md §10.1: a voortgangsdocument)


ALL_PARTNERS = ("gemeente", "provincie", "waterschap")

KINDS: dict[str, DecisionKind] = {
    "omgevingsvisie": DecisionKind(
        "uov-volksvertegenwoordiging", ("gemeente", "provincie"),
        "Ow 16.26: prepared with afdeling 3.4 Awb (six weeks of zienswijzen) and adopted by the raad or PS "
        "(aandeslagmetdeomgevingswet.nl; vng.nl, wet- en regelgeving omgevingsvisie)"),
    "omgevingsplan": DecisionKind(
        "omgevingsplan", ("gemeente",),
        "Ow 16.29/16.30: prepared with afdeling 3.4 Awb, adopted by the raad, in force 4 weeks after publication"),
    "omgevingsverordening": DecisionKind(
        "uov-volksvertegenwoordiging", ("provincie",), "adopted by Provinciale Staten after public preparation"),
    "waterschapsverordening": DecisionKind(
        "besluit-volksvertegenwoordiging", ("waterschap",),
        "adopted by the algemeen bestuur; no sourced preparation route (docs/sources.md §8)"),
    "herijking": DecisionKind(
        "besluit-volksvertegenwoordiging", ALL_PARTNERS,
        "NP RES advises adoption only after every representative body has agreed (werkblad)"),
    "voortgangsrapportage": DecisionKind(
        "voortgangsrapportage", ALL_PARTNERS,
        "adopted by the executives and sent to the councils for information, every two years on 1 July "
        "(vng.nl, doorontwikkeling van de RES)", routine=True),
    "uitvoeringsprogramma": DecisionKind(
        "besluit-bestuur", ALL_PARTNERS, "the colleges decide the uitvoeringsplan (werkblad, table 1)"),
    "vergunning": DecisionKind(
        "omgevingsvergunning-uitgebreid", None,
        "uitgebreide procedure, as for MER-plichtige wind projects; set procedure: omgevingsvergunning-regulier "
        "otherwise"),
}


def regional_act(decision: Decision, regio: Sequence[str], taken: set[str]) -> Decision | None:
    """The regional act that closes a herijking once every representative body has agreed (NP RES
    werkblad, docs/sources.md §5.0), taken by the region's stuurgroep; none without a single regio
    partner (`regio`: the ids of the plan's partners of kind regio)."""
    if decision.kind != "herijking" or decision.for_each is None or f"{decision.id}-regionaal" in taken:
        return None
    if len(regio) != 1:
        return None
    return Decision(id=f"{decision.id}-regionaal", title=f"{decision.title or decision.id}: regionale vaststelling",
                    partner=regio[0], procedure="besluit-bestuur", after=[decision.id], deadline=decision.deadline,
                    not_before=decision.not_before)


def is_routine(decision: Decision) -> bool:
    """Whether a decision may fall in an executive's formation window: its own `routine`, else its kind's."""
    if decision.routine is not None:
        return decision.routine
    return decision.kind is not None and KINDS[decision.kind].routine


def step_lead(step: Step, partner: PartnerInfo | None) -> Duration:
    """A step's lead for the partner that takes it: `lead_by_kind` of its kind, else `lead`."""
    if partner is not None and step.lead_by_kind and partner.kind in step.lead_by_kind:
        return step.lead_by_kind[partner.kind]
    return step.lead or ZERO


def next_voortgang_deadline(today: date) -> date:
    """The day after the next biennial 1 July (2023, 2025, …) on or after today."""
    year = today.year if today.year % 2 == 1 else today.year + 1
    if date(year, 7, 1) < today:
        year += 2
    return date(year, 7, 2)


def apply_kind(decision: Decision, today: date) -> Decision:
    """The decision with its kind's defaults filled in where it says nothing itself."""
    if decision.kind is None:
        return decision
    kind = KINDS[decision.kind]
    update: dict[str, object] = {}
    if decision.procedure is None and decision.steps is None and decision.lead is None and decision.by is None:
        update["procedure"] = kind.procedure
    if decision.for_each is None and decision.partner is None and kind.for_each is not None:
        update["for_each"] = list(kind.for_each)
    if decision.kind == "voortgangsrapportage" and decision.deadline is None:
        update["deadline"] = next_voortgang_deadline(today)
    return decision.model_copy(update=update) if update else decision
