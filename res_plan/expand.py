"""Expansion (SPEC §2.2–2.3): for_each instances, procedures and steps, references,
done/started, and the dependency order with cycle detection."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from res_plan.bodies import BodyError, PartnerInfo, resolve_by
from res_plan.decision_kinds import apply_kind, is_routine, regional_act, step_lead
from res_plan.durations import ZERO, Duration
from res_plan.graph_order import find_cycles, topological_order
from res_plan.hints import suggest
from res_plan.messages import Message, Param
from res_plan.model import KINDS, AfterRef, Decision, Plan, Step
from res_plan.network import Edge, Join, Network, Node
from res_plan.plan_calendar import ImportedMeetings, build_calendar
from res_plan.problems import Loc, PlanInvalid, Problem, path_text, problem
from res_plan.procedures import builtin_procedures
from res_plan.safe_text import one_line
from res_plan.workdays import HolidaySource

_REF_RE = re.compile(r"^([a-z0-9][a-z0-9-]*)(?:@([a-z0-9][a-z0-9-]*))?(?:\.([a-z0-9][a-z0-9-]*))?$")
_Key = tuple[str, str | None, str | None]  # decision, instance (None: all), step
MAX_NODES = 200_000  # decisions after expansion; keeps a typo in for_each from exhausting memory


@dataclass
class _Expanded:
    """Where one decision of the file went: node indexes per instance, in step order."""

    decision: Decision
    loc: Loc
    expanded: bool
    instances: dict[str | None, list[int]] = field(default_factory=dict)
    steps: list[str] | None = None


@dataclass(frozen=True, slots=True)
class _Shared:
    """What every node of one decision carries, whatever its instance and step."""

    title: str  # of a node without steps
    decision_title: str
    lead: Duration
    deadline: int | None
    not_before: int | None
    routine: bool

    @classmethod
    def of(cls, decision: Decision) -> _Shared:
        decision_title = decision.title or decision.id
        return cls(one_line(decision_title), decision_title, decision.lead or ZERO,
                   decision.deadline.toordinal() if decision.deadline else None,
                   decision.not_before.toordinal() if decision.not_before else None, is_routine(decision))


def _at(loc: Loc) -> str:
    """`decisions[3].after[0]: `, the start of a message about loc (written only for a message)."""
    return f"{path_text(loc)}: "


class _Builder:
    def __init__(self, plan: Plan, today: date) -> None:
        self.plan = plan
        self.today = today
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.nodes: list[Node] = []
        self.index: dict[str, int] = {}
        self.groups: dict[str, _Expanded] = {}
        self.partners: dict[str, PartnerInfo] = {}
        self.targets: dict[_Key, list[int]] = {}  # what a reference names, worked out once
        self.joins: dict[tuple[_Key, Duration], Join] = {}
        self.bodies: dict[tuple[str, str | None], str] = {}  # (by, partner) -> body key, resolved once
        self.ids: list[str] = []  # partner ids in the file's order
        self.position: dict[str, int] = {}  # partner id -> its place in ids
        self.of_kind: dict[str, list[int]] = {}  # partner kind -> places of its partners

    def error(self, code: str, template: str | Message, loc: Loc, decision: str | None = None, at_key: bool = False,
              prefix: str = "", params: Mapping[str, object] | None = None, **named: object) -> None:
        self.problems.append(problem(code, template, decision=decision, loc=loc, at_key=at_key, prefix=prefix,
                                     params={**(params or {}), **named}))

    # -- partners and decisions --------------------------------------------------------
    def collect_partners(self) -> None:
        for i, partner in enumerate(self.plan.partners):
            if partner.id in self.partners:
                self.error("duplicate-id", "duplicate-partner", ("partners", i, "id"), prefix=f"partners[{i}]: ",
                           id=partner.id)
                continue
            self.partners[partner.id] = PartnerInfo.of(partner)
            self.of_kind.setdefault(partner.kind, []).append(len(self.ids))
            self.position[partner.id] = len(self.ids)
            self.ids.append(partner.id)

    def expand_decisions(self) -> None:
        written = {d.id for d in self.plan.decisions}  # once, not per decision: linear at any size
        regio = [self.ids[k] for k in self.of_kind.get("regio", ())]
        for i, decision in enumerate(self.plan.decisions):
            loc: Loc = ("decisions", i)
            if decision.id in self.groups:
                self.error("duplicate-id", "duplicate-decision", loc + ("id",), decision.id,
                           prefix=f"decisions[{i}]: ", id=decision.id)
                continue
            written_for_each = decision.for_each is not None
            decision = apply_kind(decision, self.today)
            if self._expand_one(decision, loc, written_for_each):
                act = regional_act(decision, regio, written)
                if act is not None:  # blamed on the herijking that implies it
                    self._expand_one(act, loc, False)

    def _expand_one(self, decision: Decision, loc: Loc, written_for_each: bool) -> bool:
        if not self._shape_ok(decision, loc):
            return False
        steps = self._steps_of(decision, loc)
        if steps is None:
            return False
        # A kind's own partner kinds may be absent from a region without comment.
        contexts = self._contexts(decision, loc, warn_empty=written_for_each)
        group = _Expanded(decision, loc, decision.for_each is not None,
                          steps=[s.id for s, _ in steps] if steps else None)
        self.groups[decision.id] = group
        shared = _Shared.of(decision)  # what every instance of the decision has in common, worked out once
        for partner in contexts:
            group.instances[partner] = self._add_nodes(decision, shared, loc, partner, group.expanded, steps)
            if len(self.nodes) > MAX_NODES:
                self.error("too-large", "too-many-decisions", loc, decision.id, limit=f"{MAX_NODES:,}")
                raise PlanInvalid(self.problems)
        return True

    def _shape_ok(self, decision: Decision, loc: Loc) -> bool:
        ok = True
        stepped = decision.steps is not None or decision.procedure is not None
        if decision.steps is not None and decision.procedure is not None:
            self.error("bad-value", "steps-and-procedure", loc + ("procedure",), decision.id, prefix=_at(loc))
            ok = False
        for key in ("lead", "by"):
            if stepped and getattr(decision, key) is not None:
                self.error("bad-value", "key-on-steps", loc + (key,), decision.id, at_key=True, prefix=_at(loc),
                           key=key)
                ok = False
        if decision.for_each is not None and decision.partner is not None:
            self.error("bad-value", "for-each-and-partner", loc + ("partner",), decision.id, at_key=True,
                       prefix=_at(loc))
            ok = False
        if decision.kind == "vergunning" and decision.partner is None and decision.for_each is None:
            self.error("missing-key", "vergunning-needs-partner", loc + ("kind",), decision.id, at_key=True,
                       prefix=_at(loc))
            ok = False
        if decision.leads is not None and decision.procedure is None:
            self.error("bad-value", "leads-without-procedure", loc + ("leads",), decision.id, at_key=True,
                       prefix=_at(loc))
            ok = False
        if decision.partner is not None and decision.partner not in self.partners:
            self.error("unknown-reference", "unknown-partner", loc + ("partner",), decision.id,
                       prefix=f"{path_text(loc)}.partner: ", partner=decision.partner,
                       hint=suggest(decision.partner, self.partners))
            ok = False
        return ok

    def _steps_of(self, decision: Decision, loc: Loc) -> list[tuple[Step, Loc]] | None:
        """The steps with the location to blame for each; [] for a single decision."""
        if decision.steps is not None:
            steps = [(s, loc + ("steps", j)) for j, s in enumerate(decision.steps)]
        elif decision.procedure is not None:
            name = decision.procedure
            if name in self.plan.procedures:
                steps = [(s, ("procedures", name, "steps", j))
                         for j, s in enumerate(self.plan.procedures[name].steps)]
            else:
                builtin = builtin_procedures().get(name)
                if builtin is None:
                    known = list(self.plan.procedures) + list(builtin_procedures())
                    self.error("unknown-reference", "unknown-procedure", loc + ("procedure",), decision.id,
                               prefix=f"{path_text(loc)}.procedure: ", name=name, hint=suggest(name, known))
                    return None
                steps = [(s, loc + ("procedure",)) for s in builtin.steps]
        else:
            return []
        seen: set[str] = set()
        for step, step_loc in steps:
            if step.id in seen:
                self.error("duplicate-id", "duplicate-step", step_loc + ("id",), decision.id,
                           prefix=_at(step_loc), id=step.id)
                return None
            seen.add(step.id)
        return self._override_leads(decision, loc, steps, seen)

    def _override_leads(self, decision: Decision, loc: Loc, steps: list[tuple[Step, Loc]],
                        names: set[str]) -> list[tuple[Step, Loc]] | None:
        """`leads: {step: duration}` changes a procedure's default lead for this decision only."""
        leads = decision.leads or {}
        unknown = [name for name in leads if name not in names]
        for name in unknown:
            self.error("unknown-reference", "procedure-has-no-step", loc + ("leads", name), decision.id, at_key=True,
                       prefix=f"{path_text(loc)}.leads: ", procedure=decision.procedure, name=name,
                       hint=suggest(name, names))
        if unknown:
            return None
        return [(step.model_copy(update={"lead": leads[step.id]}) if step.id in leads else step, step_loc)
                for step, step_loc in steps]

    def _contexts(self, decision: Decision, loc: Loc, warn_empty: bool = True) -> list[str | None]:
        if decision.for_each is None:
            return [decision.partner]
        places: set[int] = set()  # of the matching partners: instances come in the partners' order
        for j, entry in enumerate(decision.for_each):
            if entry in KINDS:
                places.update(self.of_kind.get(entry, ()))
                if warn_empty and entry not in self.of_kind:
                    self.warnings.append(problem("no-instances", "no-instances", prefix=f"{decision.id}: ", kind=entry,
                                                 severity="warning", decision=decision.id, loc=loc + ("for_each", j)))
            elif entry in self.position:
                places.add(self.position[entry])
            else:
                self.error("unknown-reference", "for-each-unknown", loc + ("for_each", j), decision.id,
                           prefix=f"{path_text(loc)}.for_each: ", entry=entry,
                           hint=suggest(entry, list(KINDS) + list(self.partners)))
        return [self.ids[k] for k in sorted(places)]

    def _add_nodes(self, decision: Decision, shared: _Shared, loc: Loc, partner: str | None, expanded: bool,
                   steps: list[tuple[Step, Loc]]) -> list[int]:
        base = f"{decision.id}@{partner}" if expanded else decision.id
        at = len(self.nodes)
        if not steps:  # most decisions: one node, no step
            by = self._resolve_by(decision.by, partner, decision.id, loc, None)
            node = Node(base, decision.id, partner, None, shared.title, by, shared.lead, shared.deadline,
                        shared.not_before, loc, [], (), False, shared.routine, shared.decision_title)
            self.index[base] = at
            self.nodes.append(node)
            return [at]
        info = self.partners.get(partner or "")
        out: list[int] = []
        for step, step_loc in steps:
            node = Node(f"{base}.{step.id}", decision.id, partner, step.id, one_line(step.title or step.id),
                        self._resolve_by(step.by, partner, decision.id, loc, step_loc), step_lead(step, info),
                        shared.deadline, shared.not_before, step_loc if step_loc[0] == "decisions" else loc,
                        [(out[-1], ZERO)] if out else [], (), step.statutory, shared.routine, shared.decision_title)
            self.index[node.id] = len(self.nodes)
            out.append(len(self.nodes))
            self.nodes.append(node)
        return out

    def _resolve_by(self, text: str | None, partner: str | None, decision: str, loc: Loc,
                    step_loc: Loc | None) -> str | None:
        """The body key of a `by:` (of the decision at loc, or of its step at step_loc), resolved
        once per partner: the blamed location is worked out only for a message."""
        if text is None:
            return None
        known = self.bodies.get((text, partner))
        if known is not None:
            return known
        try:
            known = self.bodies[(text, partner)] = resolve_by(text, self.partners, partner)
            return known
        except BodyError as err:
            if step_loc is None:
                by_loc = loc + ("by",)
            else:  # a built-in procedure's step is blamed on the decision's procedure key
                by_loc = step_loc if step_loc[-1] == "procedure" else step_loc + ("by",)
            self.error(err.code, err.wording, by_loc, decision, prefix=_at(by_loc))
            return None

    # -- references ----------------------------------------------------------------------
    def link(self) -> None:
        for group in self.groups.values():
            for j, entry in enumerate(group.decision.after):
                ref, gap = (entry.id, entry.gap or ZERO) if isinstance(entry, AfterRef) else (entry, ZERO)
                loc = group.loc + ("after", j) + (("id",) if isinstance(entry, AfterRef) else ())
                for partner, indexes in group.instances.items():
                    found = self._lookup(ref, group, partner, loc)
                    if found is None:
                        break
                    self.nodes[indexes[0]].after.extend(self._edges(*found, gap))

    def _edges(self, key: _Key, targets: list[int], gap: Duration) -> list[Edge | Join]:
        """One edge per target, or one join that every decision naming the same instances shares."""
        if len(targets) < 2:
            return [(t, gap) for t in targets]
        join = self.joins.get((key, gap))
        if join is None:
            join = self.joins[(key, gap)] = Join(len(self.joins), targets, gap)
        return [join]

    def _resolve(self, ref: str, group: _Expanded, context: str | None, loc: Loc) -> list[int] | None:
        found = self._lookup(ref, group, context, loc)
        return None if found is None else found[1]

    def _lookup(self, ref: str, group: _Expanded, context: str | None, loc: Loc) -> tuple[_Key, list[int]] | None:
        """The nodes a reference names, with a key that is the same wherever it names the same ones."""
        decision = group.decision.id
        match = _REF_RE.match(ref)
        if match is None:
            self.error("bad-value", "not-a-reference", loc, decision, prefix=_at(loc), ref=ref)
            return None
        name, partner, step = match.groups()
        target = self.groups.get(name)
        if target is None:
            self.error("unknown-reference", "unknown-decision", loc, decision, prefix=_at(loc), name=name,
                       hint=suggest(name, self.groups))
            return None
        if name == decision:
            self.error("cycle", "self-reference", loc, decision, prefix=_at(loc), id=decision)
            return None
        if partner is not None:
            if not target.expanded or partner not in target.instances:
                have = ", ".join(f"{name}@{p}" for p in target.instances if p)
                self.error("unknown-reference", "no-instance-for", loc, decision, prefix=_at(loc), name=name,
                           partner=partner, have=have or Message("word-none"),
                           hint=suggest(partner, [p for p in target.instances if p]))
                return None
            which: str | None = partner
        elif target.expanded and group.expanded and context in target.instances:
            which = context  # same partner: its own instance only
        else:
            which = None  # every instance
        if step is not None and (target.steps is None or step not in target.steps):
            self.error("unknown-reference", "decision-has-no-step", loc, decision, prefix=_at(loc), name=name,
                       step=step, hint=suggest(step, target.steps or []))
            return None
        key = (name, which, step)
        if key not in self.targets:
            lists = list(target.instances.values()) if which is None else [target.instances[which]]
            k = -1 if step is None or target.steps is None else target.steps.index(step)
            self.targets[key] = [nodes[k] for nodes in lists]
        return key, self.targets[key]

    def delay(self, ref: str, extra: Duration) -> None:
        if ref in self.index:  # a fully qualified id names exactly one decision
            targets: list[int] | None = [self.index[ref]]
        else:
            nobody = _Expanded(Decision.model_construct(id="--delay"), ("--delay",), expanded=False)
            targets = self._resolve(ref, nobody, None, ("--delay",))
        for i in targets or []:
            self.nodes[i].delays += (extra,)

    def dated(self, key: str) -> dict[int, int]:
        out: dict[int, int] = {}
        for ref, day in getattr(self.plan, key).items():
            i = self.index.get(ref)
            if i is None:
                self.error("unknown-reference", "unknown-decision-id", (key, ref), at_key=True, prefix=f"{key}: ",
                           ref=ref, hint=suggest(ref, self.index), params=self._stepped_hint(ref))
                continue
            out[i] = day.toordinal()
        return out

    def _stepped_hint(self, ref: str) -> dict[str, Param]:
        """For an id that was expanded into steps or instances: a hint that names one of them."""
        group = self.groups.get(ref)
        if group is not None and (group.steps or group.expanded):
            sample = next(iter(group.instances.values()), [])
            if sample:
                return {"expanded": Message("expanded-hint", {"ref": ref, "sample": self.nodes[sample[-1]].id})}
        return {"expanded": ""}


def expand(plan: Plan, today: date, holidays: HolidaySource | None, delays: Sequence[tuple[str, Duration]] = (),
           meetings: ImportedMeetings | None = None) -> Network:
    """Build the dependency network of a validated plan, or raise PlanInvalid.

    `holidays` are the public holidays of the plan's `calendar.holidays`, found by the caller
    (None: an unknown country code); `delays` (what-if) add lead to the decisions a reference
    names, as `--delay x=2w`; `meetings` are the dates read from the plan's iCalendar files.
    """
    b = _Builder(plan, today)
    b.collect_partners()
    calendar = build_calendar(plan, b.partners, today, holidays, b.problems, meetings)
    b.expand_decisions()
    b.link()
    done, started = b.dated("done"), b.dated("started")
    before = len(b.problems)
    for ref, extra in delays:
        b.delay(ref, extra)
    b.problems[before:] = [replace(p, loc=None, decision=None) for p in b.problems[before:]]  # not in the file
    if b.problems:
        raise PlanInvalid(b.problems)
    order, succs = topological_order(b.nodes, list(b.joins.values()))
    if len(order) < len(b.nodes):
        problems = []
        for cycle in find_cycles(b.nodes, set(order)):
            ids = [b.nodes[i].id for i in cycle]
            first = b.nodes[cycle[0]]
            problems.append(problem("cycle", "cycle", path=" -> ".join(ids + ids[:1]), decision=first.id,
                                    loc=first.loc[:2] + ("after",), at_key=True))
        raise PlanInvalid(problems)
    return Network(b.nodes, b.index, order, succs, calendar, plan.deadline.toordinal(), today.toordinal(),
                   done, started, b.warnings)
