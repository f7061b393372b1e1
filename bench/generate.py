"""Synthetic, valid res-plan plan files (SPEC section 2) of a given size.

N counts *expanded* decision nodes (instances x steps), i.e. what the scheduler sees.
The output is deterministic for a seed: only lists and dicts are iterated, never sets.

    python bench/generate.py --decisions 1000 --seed 1 --output /tmp/plan-1000.yaml
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

TODAY = date(2024, 1, 8)
DEADLINE = date(2035, 1, 1)
CAL_FROM = date(2023, 1, 1)
CAL_UNTIL = date(2035, 6, 30)
YEARS = range(2024, 2035)
# Estimated days after today that a dependency chain may reach: well before the
# deadline, so that meeting waits, recesses and elections leave most of the plan on time.
EST_LIMIT = 2900
MAX_AFTER = 3
RECENT_WINDOW = 60

# kind -> (executive body, representative body or None)
KIND_ROLES: dict[str, tuple[str, str | None]] = {
    "gemeente": ("college", "raad"),
    "provincie": ("gs", "ps"),
    "waterschap": ("db", "ab"),
    "regio": ("stuurgroep", None),
    "netbeheerder": ("directie", None),
    "rijk": ("minister", None),
    "other": ("bestuur", None),
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")

# name -> steps (id, role or None, lead); roles resolve per instance partner.
PROCEDURES: dict[str, list[tuple[str, str | None, str]]] = {
    "raadsbesluit": [("voorstel", "executive", "4w"), ("besluit", "representative", "6w")],
    "zienswijzeprocedure": [
        ("ontwerp", "executive", "3w"),
        ("zienswijzen", None, "6w"),
        ("vaststelling", "representative", "1m"),
    ],
    "omgevingsplan": [
        ("ontwerp", "executive", "8w"),
        ("ter-inzage", None, "6w"),
        ("vaststelling", "representative", "10wd"),
        ("beroepstermijn", None, "6w"),
    ],
    "uitvoeringsbesluit": [("voorbereiding", None, "15wd"), ("besluit", "executive", "1w")],
    "directiebesluit": [("voorstel", None, "2w"), ("besluit", "executive", "5wd")],
}
REPRESENTATIVE_PROCS = ["raadsbesluit", "zienswijzeprocedure", "omgevingsplan"]
EXECUTIVE_PROCS = ["uitvoeringsbesluit", "directiebesluit"]
STEP_SOURCES = {"ter-inzage": "Awb afdeling 3.4", "zienswijzen": "Awb art. 3:16"}

LEADS = ["10wd", "15wd", "20wd", "3d", "10d", "2w", "4w", "6w", "8w", "12w", "1m", "2m", "3m"]
GAPS = ["5wd", "10d", "2w", "1m"]
SLUGS = ["besluit", "onderzoek", "advies", "vergunning", "mer", "programma", "visie", "akkoord"]
TOPICS = [
    "zon op dak",
    "windpark",
    "warmtetransitievisie",
    "netcongestie",
    "zoekgebied zonneveld",
    "energieopslag",
    "laadinfrastructuur",
    "waterstofhub",
    "RES 2.0",
    "regionale structuur warmte",
]
WAIT_DAYS = {"monthly": 30, "weekly": 7, "none": 0}


# ---------------------------------------------------------------- durations


def duration_days(dur: str | None) -> int:
    """Rough calendar-day length of a SPEC duration, for chain-length estimates only."""
    if not dur:
        return 0
    m = re.fullmatch(r"(\d+)(wd|d|w|m)", dur)
    if not m:
        raise ValueError(f"bad duration {dur!r}")
    n, unit = int(m.group(1)), m.group(2)
    return {"wd": math.ceil(n * 7 / 5), "d": n, "w": 7 * n, "m": 30 * n}[unit]


# ---------------------------------------------------------------- partners


@dataclass
class Partner:
    id: str
    kind: str
    data: dict[str, Any]
    wait: dict[str, int]  # body -> typical days until its next meeting

    @property
    def bodies(self) -> list[str]:
        return list(self.wait)

    def role_body(self, role: str) -> str | None:
        executive, representative = KIND_ROLES[self.kind]
        return {"executive": executive, "representative": representative}.get(role, role)


def _rrule(rule: str, rng: random.Random) -> dict[str, Any]:
    """An rrule spec; a few omit from/until to exercise the SPEC defaults."""
    if rng.random() < 0.15:
        return {"rrule": rule}
    return {"rrule": rule, "from": CAL_FROM, "until": CAL_UNTIL}


def _date_list(weekday: int, every_weeks: int, rng: random.Random) -> list[date]:
    """Explicit meeting dates covering the whole plan window."""
    d = CAL_FROM + timedelta(days=(weekday - CAL_FROM.weekday()) % 7 + 7 * rng.randrange(every_weeks))
    out: list[date] = []
    while d <= CAL_UNTIL:
        out.append(d)
        d += timedelta(weeks=every_weeks)
    return out


MONTHLY = [
    "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1",
    "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",
    "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=3",
    "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1",
]


def _meetings(kind: str, rng: random.Random) -> tuple[dict[str, Any], dict[str, int]]:
    """Meeting calendars per body plus the typical wait per body (bodies without calendar: 0)."""
    executive, representative = KIND_ROLES[kind]
    meetings: dict[str, Any] = {}
    wait: dict[str, int] = {executive: 0}
    if representative:
        wait[representative] = 0
    r = rng.random()
    if kind in ("gemeente", "provincie", "waterschap"):
        assert representative
        if r < 0.1:
            meetings[representative] = _date_list(3, 4, rng)  # every fourth Thursday
        elif r < 0.9:
            meetings[representative] = _rrule(rng.choice(MONTHLY), rng)
        wait[representative] = WAIT_DAYS["monthly"] if representative in meetings else 0
        day = {"gemeente": "TU", "provincie": "TU", "waterschap": "MO"}[kind]
        # A role name as a meetings key means the role's body (SPEC 2.1).
        key = "executive" if rng.random() < 0.2 else executive
        meetings[key] = _rrule(f"FREQ=WEEKLY;BYDAY={day}", rng)
        wait[executive] = WAIT_DAYS["weekly"]
        if kind == "gemeente" and rng.random() < 0.05:
            meetings["commissie"] = _rrule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", rng)
            wait["commissie"] = 14
    elif kind == "regio":
        if r < 0.3:
            meetings[executive] = _date_list(4, 6, rng)
        else:
            meetings[executive] = _rrule("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=1", rng)
        wait[executive] = WAIT_DAYS["monthly"]
    elif kind == "netbeheerder" and r < 0.5:
        meetings[executive] = _rrule("FREQ=WEEKLY;BYDAY=WE", rng)
        wait[executive] = WAIT_DAYS["weekly"]
    return meetings, wait


PARTNER_NAMES = {
    "gemeente": ("gem", "Gemeente"),
    "provincie": ("prov", "Provincie"),
    "waterschap": ("ws", "Waterschap"),
    "regio": ("regio", "Stuurgroep RES"),
    "netbeheerder": ("nb", "Netbeheerder"),
    "rijk": ("rijk", "Ministerie"),
}


def partner_counts(n: int) -> dict[str, int]:
    """About one gemeente per 40 decisions; the other kinds grow with it."""
    gem = max(2, round(n / 40))
    return {
        "gemeente": gem,
        "provincie": max(1, math.ceil(gem / 30)),
        "waterschap": max(1, math.ceil(gem / 20)),
        "regio": max(1, math.ceil(gem / 40)),
        "netbeheerder": max(1, math.ceil(gem / 80)),
        "rijk": 1,
    }


def make_partners(n: int, rng: random.Random) -> list[Partner]:
    out: list[Partner] = []
    for kind, count in partner_counts(n).items():
        prefix, label = PARTNER_NAMES[kind]
        width = max(2, len(str(count)))
        for i in range(1, count + 1):
            pid = f"{prefix}-{i:0{width}d}"
            meetings, wait = _meetings(kind, rng)
            data: dict[str, Any] = {"id": pid, "name": f"{label} {i}", "kind": kind}
            if meetings:
                data["meetings"] = meetings
            out.append(Partner(pid, kind, data, wait))
    return out


# ---------------------------------------------------------------- calendar


def make_calendar() -> dict[str, Any]:
    closed = [{"name": f"kerstsluiting-{y}", "from": date(y, 12, 27), "to": date(y, 12, 31)} for y in YEARS]
    recess: list[dict[str, Any]] = []
    for y in YEARS:
        recess.append(
            {
                "name": f"zomerreces-{y}",
                "from": date(y, 7, 6),
                "to": date(y, 8, 31),
                "bodies": ["raad", "ps", "ab"],
            }
        )
        # No bodies: a window that names every body.
        recess.append({"name": f"kerstreces-{y}", "from": date(y, 12, 21), "to": date(y + 1, 1, 4)})
    elections: list[dict[str, Any]] = []
    for d in (date(2026, 3, 18), date(2030, 3, 20), date(2034, 3, 22)):
        elections.append(
            {
                "name": f"gemeenteraadsverkiezingen-{d.year}",
                "date": d,
                "bodies": ["raad", "college"],
                "before": "2w",
                "after": "10w",
            }
        )
    for d in (date(2027, 3, 17), date(2031, 3, 19)):
        elections.append(
            {
                "name": f"statenverkiezingen-{d.year}",
                "date": d,
                "bodies": ["ps", "gs"],
                "before": "2w",
                "after": "8w",
            }
        )
        elections.append(
            {
                "name": f"waterschapsverkiezingen-{d.year}",
                "date": d,
                "bodies": ["ab"],
                "before": "10wd",
                "after": "2m",
            }
        )
    return {"holidays": "NL", "closed": closed, "recess": recess, "elections": elections}


def make_procedures() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, steps in PROCEDURES.items():
        rows: list[dict[str, Any]] = []
        for sid, role, lead in steps:
            row: dict[str, Any] = {"id": sid}
            if role:
                row["by"] = role
            row["lead"] = lead
            if sid in STEP_SOURCES:
                row["source"] = STEP_SOURCES[sid]
            rows.append(row)
        out[name] = {"steps": rows}
    return out


# ---------------------------------------------------------------- decisions


@dataclass
class Meta:
    """What later decisions need to know to reference this one."""

    id: str
    instances: list[str] | None  # partner ids when expanded with for_each
    steps: list[str] | None
    est: int  # estimated finish, days after today


@dataclass
class Shape:
    """A decision before its references are chosen."""

    data: dict[str, Any]
    instances: list[str] | None
    steps: list[str] | None
    partner: str | None
    dur: int  # estimated days from ready to taken, whole chain of steps

    @property
    def nodes(self) -> int:
        return len(self.instances or [None]) * len(self.steps or [None])


class Builder:
    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.partners = make_partners(n, self.rng)
        self.by_id = {p.id: p for p in self.partners}
        self.by_kind: dict[str, list[Partner]] = {}
        for p in self.partners:
            self.by_kind.setdefault(p.kind, []).append(p)
        self.metas: list[Meta] = []
        self.decisions: list[dict[str, Any]] = []
        self.width = len(str(n))
        self.foreach_nodes = 0

    # -- helpers
    def _title(self, slug: str) -> str:
        return f"{slug.capitalize()} {self.rng.choice(TOPICS)}"

    def _proc_dur(self, proc: str, partners: list[Partner]) -> int:
        total = 0
        for _, role, lead in PROCEDURES[proc]:
            waits = [p.wait.get(p.role_body(role) or "", 0) for p in partners] if role else [0]
            total += duration_days(lead) + max(waits)
        return total

    def _instances(self, entries: list[str]) -> list[str]:
        ids: list[str] = []
        for p in self.partners:
            if p.kind in entries or p.id in entries:
                ids.append(p.id)
        return ids

    # -- shapes, one per kind of decision
    def plain_by(self, did: str) -> Shape:
        p = self.rng.choice(self.partners)
        body = self.rng.choice(p.bodies)
        ref = f"{p.id}.{body}"
        if self.rng.random() < 0.2:
            role = self.rng.choice(
                ["executive", "representative"] if KIND_ROLES[p.kind][1] else ["executive"]
            )
            ref, body = f"{p.id}.{role}", p.role_body(role) or body
        lead = self.rng.choice(LEADS)
        data = {"id": did, "title": self._title(did.split("-")[0]), "by": ref, "lead": lead}
        return Shape(data, None, None, p.id, duration_days(lead) + p.wait[body])

    def plain_product(self, did: str) -> Shape:
        data: dict[str, Any] = {"id": did, "title": self._title(did.split("-")[0])}
        lead = self.rng.choice(LEADS) if self.rng.random() < 0.9 else None
        if lead:
            data["lead"] = lead
        return Shape(data, None, None, None, duration_days(lead))

    def plain_partner(self, did: str) -> Shape:
        p = self.rng.choice(self.partners)
        body = self.rng.choice(p.bodies + ["executive"])
        lead = self.rng.choice(LEADS)
        data = {"id": did, "title": self._title(did.split("-")[0]), "partner": p.id, "by": body, "lead": lead}
        return Shape(data, None, None, p.id, duration_days(lead) + p.wait[p.role_body(body) or body])

    def _proc_for(self, partners: list[Partner]) -> str:
        if all(KIND_ROLES[p.kind][1] for p in partners) and self.rng.random() < 0.7:
            return self.rng.choice(REPRESENTATIVE_PROCS)
        return self.rng.choice(EXECUTIVE_PROCS)

    def stepped_partner(self, did: str) -> Shape:
        p = self.rng.choice(self.partners)
        proc = self._proc_for([p])
        data = {"id": did, "title": self._title(did.split("-")[0]), "partner": p.id, "procedure": proc}
        steps = [s for s, _, _ in PROCEDURES[proc]]
        return Shape(data, None, steps, p.id, self._proc_dur(proc, [p]))

    def stepped_inline(self, did: str) -> Shape:
        rows: list[dict[str, Any]] = []
        dur = 0
        names = ["voorbereiding", "overleg", "besluit", "publicatie"]
        for sid in names[: self.rng.randint(2, 4)]:
            lead = self.rng.choice(LEADS)
            row: dict[str, Any] = {"id": sid, "lead": lead}
            dur += duration_days(lead)
            if self.rng.random() < 0.6:
                p = self.rng.choice(self.partners)
                body = self.rng.choice(p.bodies)
                row = {"id": sid, "title": f"{sid} {p.data['name']}", "by": f"{p.id}.{body}", "lead": lead}
                dur += p.wait[body]
            rows.append(row)
        data = {"id": did, "title": self._title(did.split("-")[0]), "steps": rows}
        return Shape(data, None, [r["id"] for r in rows], None, dur)

    def foreach(self, did: str) -> Shape:
        """for_each over kinds or partner ids, with a procedure or a single bare body."""
        r = self.rng.random()
        if r < 0.3:
            entries = ["gemeente"]
        elif r < 0.5:
            entries = ["gemeente", "provincie", "waterschap"]
        elif r < 0.65:
            entries = ["provincie", "waterschap"]
        elif r < 0.8:
            entries = ["regio", "netbeheerder"]
        else:
            pool = self.by_kind["gemeente"] + self.by_kind["provincie"] + self.by_kind["waterschap"]
            picked = self.rng.sample(pool, min(len(pool), self.rng.randint(2, 6)))
            entries = [p.id for p in picked]
            if self.rng.random() < 0.3:
                entries.insert(0, "regio")
        instances = self._instances(entries)
        partners = [self.by_id[i] for i in instances]
        data: dict[str, Any] = {"id": did, "title": self._title(did.split("-")[0]), "for_each": entries}
        if self.rng.random() < 0.25:
            # One decision per partner by a bare role, no steps.
            lead = self.rng.choice(LEADS)
            has_rep = all(KIND_ROLES[p.kind][1] for p in partners)
            role = "representative" if has_rep and self.rng.random() < 0.5 else "executive"
            if entries == ["gemeente"] and self.rng.random() < 0.5:
                role = "raad" if role == "representative" else "college"
            data.update({"by": role, "lead": lead})
            wait = max(p.wait[p.role_body(role) or role] for p in partners)
            return Shape(data, instances, None, None, duration_days(lead) + wait)
        proc = self._proc_for(partners)
        data["procedure"] = proc
        return Shape(
            data, instances, [s for s, _, _ in PROCEDURES[proc]], None, self._proc_dur(proc, partners)
        )

    # -- references
    def _ref(self, shape: Shape, pred: Meta) -> str:
        """Reference text for pred; every form adds at most max(instances) edges per node."""
        step = ""
        if pred.steps and self.rng.random() < 0.2:
            step = "." + self.rng.choice(pred.steps)
        if pred.instances is None:
            return pred.id + step
        if shape.instances and all(i in pred.instances for i in shape.instances):
            return pred.id + step  # each instance: the same partner's instance only
        if shape.instances is None and len(pred.instances) <= 40 and self.rng.random() < 0.2:
            return pred.id + step  # every instance; bounded so the edge count stays linear
        target = shape.partner if shape.partner in pred.instances else self.rng.choice(pred.instances)
        return f"{pred.id}@{target}{step}"

    def _choose_after(self, i: int, shape: Shape) -> tuple[list[Any], int]:
        """Up to MAX_AFTER references to earlier decisions; returns them and the ready day."""
        k = self.rng.choices([0, 1, 2, 3], weights=[15, 40, 30, 15])[0] if i else 0
        refs: list[Any] = []
        chosen: list[int] = []
        ready = 0
        for _ in range(2 * k):
            if len(chosen) >= min(k, MAX_AFTER):
                break
            j = (
                self.rng.randrange(max(0, i - RECENT_WINDOW), i)
                if self.rng.random() < 0.7
                else self.rng.randrange(i)
            )
            if j in chosen:
                continue
            gap = self.rng.choice(GAPS) if self.rng.random() < 0.3 else None
            start = self.metas[j].est + duration_days(gap)
            if start + shape.dur > EST_LIMIT:
                continue
            ref = self._ref(shape, self.metas[j])
            chosen.append(j)
            refs.append({"id": ref, "gap": gap} if gap else ref)
            ready = max(ready, start)
        return refs, ready

    def _extras(self, shape: Shape, est: int) -> int:
        """Occasional not_before and own deadlines; the tight deadlines give some lateness."""
        if self.rng.random() < 0.02:
            nb = TODAY + timedelta(days=self.rng.randint(30, 700))
            shape.data["not_before"] = nb
            est = max(est, (nb - TODAY).days + shape.dur)
        if self.rng.random() < 0.01:
            # Tight ones only on single decisions: on a for_each one the lateness fans out.
            tight = shape.instances is None and self.rng.random() < 0.15
            days = int(est * 0.7) if tight else max(est + 365, 1500)
            shape.data["deadline"] = min(TODAY + timedelta(days=days), DEADLINE)
        return est

    def pick_shape(self, did: str, remaining: int, made: int) -> Shape:
        if self.foreach_nodes < 0.35 * made and self.rng.random() < 0.25:
            shape = self.foreach(did)
            if shape.nodes <= remaining:
                return shape
        kind = self.rng.choices(
            [
                self.plain_by,
                self.plain_product,
                self.plain_partner,
                self.stepped_partner,
                self.stepped_inline,
            ],
            weights=[40, 20, 10, 15, 15],
        )[0]
        shape = kind(did)
        return shape if shape.nodes <= remaining else self.plain_by(did)

    def build(self) -> None:
        made = 0
        while made < self.n:
            i = len(self.decisions)
            did = f"{self.rng.choice(SLUGS)}-{i:0{self.width}d}"
            shape = self.pick_shape(did, self.n - made, made)
            refs, ready = self._choose_after(i, shape)
            if refs:
                shape.data["after"] = refs
            est = self._extras(shape, ready + shape.dur)
            self.decisions.append(shape.data)
            self.metas.append(Meta(did, shape.instances, shape.steps, est))
            made += shape.nodes
            if shape.instances is not None:
                self.foreach_nodes += shape.nodes

    def done_started(self) -> tuple[dict[str, date], dict[str, date]]:
        """A few roots already taken or under way (keys fully qualified, SPEC 2.3)."""
        roots = [m for m, d in zip(self.metas, self.decisions, strict=True)
                 if "after" not in d and "not_before" not in d]
        count = max(1, self.n // 500)
        done: dict[str, date] = {}
        started: dict[str, date] = {}
        for m in self.rng.sample(roots, min(len(roots), 2 * count)):
            key = m.id
            if m.instances:
                key += "@" + m.instances[0]
            if m.steps:
                key += "." + m.steps[0]
            if len(done) < count:
                done[key] = TODAY - timedelta(days=self.rng.randint(20, 300))
            else:
                started[key] = TODAY - timedelta(days=self.rng.randint(1, 60))
        return done, started


def build_plan(n: int, seed: int) -> dict[str, Any]:
    """The plan as plain data (dates as datetime.date), ready to emit as YAML."""
    if n < 1:
        raise ValueError("need at least one decision")
    b = Builder(n, seed)
    b.build()
    done, started = b.done_started()
    plan: dict[str, Any] = {
        "version": 1,
        "region": {"id": f"synth-{n}-s{seed}", "name": f"Synthetische regio ({n} besluiten)"},
        "deadline": DEADLINE,
        "today": TODAY,
        "calendar": make_calendar(),
        "partners": [p.data for p in b.partners],
        "procedures": make_procedures(),
        "decisions": b.decisions,
    }
    if done:
        plan["done"] = done
    if started:
        plan["started"] = started
    return plan


# ---------------------------------------------------------------- YAML text

_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9@._-]*$")
_YAML_SPECIAL = re.compile(
    r"^(y|yes|n|no|true|false|on|off|null|~|[0-9][0-9_.:-]*|[0-9.]+e[0-9]+)$", re.IGNORECASE
)


def scalar(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, date)):
        return str(v) if isinstance(v, int) else v.isoformat()
    s = str(v)
    if _PLAIN.match(s) and not _YAML_SPECIAL.match(s):
        return s
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def flow(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(flow(x) for x in v) + "]"
    return scalar(v)


def to_yaml(plan: dict[str, Any]) -> str:
    """Block style for the sections, one flow mapping per list item: compact and readable."""
    out: list[str] = []
    w = out.append
    for key in ("version", "region", "deadline", "today"):
        w(f"{key}: {flow(plan[key])}")
    w("")
    w("calendar:")
    cal = plan["calendar"]
    w(f"  holidays: {scalar(cal['holidays'])}")
    for sec in ("closed", "recess", "elections"):
        w(f"  {sec}:")
        out.extend(f"    - {flow(x)}" for x in cal[sec])
    w("")
    w("partners:")
    for p in plan["partners"]:
        if "meetings" not in p:
            w(f"  - {flow(p)}")
            continue
        w(f"  - id: {scalar(p['id'])}")
        w(f"    name: {scalar(p['name'])}")
        w(f"    kind: {scalar(p['kind'])}")
        w("    meetings:")
        out.extend(f"      {body}: {flow(spec)}" for body, spec in p["meetings"].items())
    w("")
    w("procedures:")
    for name, proc in plan["procedures"].items():
        w(f"  {name}:")
        w("    steps:")
        out.extend(f"      - {flow(s)}" for s in proc["steps"])
    w("")
    w("decisions:")
    out.extend(f"  - {flow(d)}" for d in plan["decisions"])
    for sec in ("done", "started"):
        if sec in plan:
            w("")
            w(f"{sec}:")
            out.extend(f"  {k}: {scalar(v)}" for k, v in plan[sec].items())
    return "\n".join(out) + "\n"


def generate(n: int, seed: int = 1) -> str:
    """YAML text of a valid plan with n expanded decision nodes."""
    return to_yaml(build_plan(n, seed))


# ---------------------------------------------------------------- expansion


def _partner_ctx(plan: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    partners = plan.get("partners", [])
    return partners, {p["id"]: p for p in partners}


def _steps_of(d: dict[str, Any], procs: dict[str, Any]) -> list[dict[str, Any]] | None:
    steps: list[dict[str, Any]] | None = None
    if "steps" in d:
        steps = d["steps"]
    elif "procedure" in d:
        steps = procs[d["procedure"]]["steps"]
    return steps


def _bodies(p: dict[str, Any]) -> list[str]:
    executive, representative = KIND_ROLES[p["kind"]]
    names = [executive] + ([representative] if representative else [])
    for key in p.get("meetings", {}):
        body = {"executive": executive, "representative": representative}.get(key, key)
        if body and body not in names:
            names.append(body)
    return names


def _check_by(by: str, partner: dict[str, Any] | None, pmap: dict[str, dict[str, Any]], where: str) -> None:
    """SPEC 2.1: partner.body / partner.role anywhere; bare body or role only with a partner."""
    if "." in by:
        pid, body = by.split(".", 1)
        if pid not in pmap:
            raise ValueError(f"{where}: unknown partner in by {by!r}")
        partner = pmap[pid]
    elif partner is None:
        raise ValueError(f"{where}: bare body {by!r} without partner")
    else:
        body = by
    representative = KIND_ROLES[partner["kind"]][1]
    if body == "executive" or (body == "representative" and representative):
        return
    if body not in _bodies(partner):
        raise ValueError(f"{where}: unknown body {by!r}")


def expand(plan: dict[str, Any]) -> dict[str, Any]:
    """The network as the scheduler sees it: one node per instance step, in input order.

    Returns {"deadline", "today", "closed": [(from, to)], "nodes": [{"id", "lead",
    "deadline", "after": [(pred_id, gap or None)]}]}. Raises ValueError on a reference
    that SPEC 2.3 would reject, so it doubles as a check of the generator.
    """
    partners, pmap = _partner_ctx(plan)
    procs = plan.get("procedures", {})
    # decision id -> (instance partner ids or None, step ids or None)
    table: dict[str, tuple[list[str] | None, list[str] | None]] = {}
    for d in plan["decisions"]:
        if not ID_RE.match(d["id"]) or d["id"] in table:
            raise ValueError(f"bad or duplicate id {d['id']!r}")
        inst = None
        if "for_each" in d:
            entries = d["for_each"]
            for e in entries:
                if e not in KIND_ROLES and e not in pmap:
                    raise ValueError(f"{d['id']}: for_each entry {e!r}")
            inst = [p["id"] for p in partners if p["kind"] in entries or p["id"] in entries]
        steps = _steps_of(d, procs)
        table[d["id"]] = (inst, [s["id"] for s in steps] if steps else None)

    def node_id(did: str, partner: str | None, step: str | None) -> str:
        return did + (f"@{partner}" if partner else "") + (f".{step}" if step else "")

    def resolve(ref: str, ctx: str | None, src: str) -> list[str]:
        m = re.fullmatch(r"([a-z0-9][a-z0-9-]*)(?:@([a-z0-9][a-z0-9-]*))?(?:\.([a-z0-9][a-z0-9-]*))?", ref)
        if not m or m.group(1) not in table or m.group(1) == src:
            raise ValueError(f"{src}: bad reference {ref!r}")
        did, at, step = m.groups()
        inst, steps = table[did]
        if step is not None and (not steps or step not in steps):
            raise ValueError(f"{src}: unknown step in {ref!r}")
        step = step if step is not None else (steps[-1] if steps else None)
        if at is not None:
            if not inst or at not in inst:
                raise ValueError(f"{src}: unknown instance in {ref!r}")
            return [node_id(did, at, step)]
        if inst is None:
            return [node_id(did, None, step)]
        if ctx is not None and ctx in inst:
            return [node_id(did, ctx, step)]
        return [node_id(did, p, step) for p in inst]

    nodes: list[dict[str, Any]] = []
    for d in plan["decisions"]:
        inst, _ = table[d["id"]]
        rows = _steps_of(d, procs)
        step_rows: list[dict[str, Any] | None] = list(rows) if rows else [None]
        instances: list[str | None] = list(inst) if inst else [None]
        for p in instances:
            ctx_partner = pmap.get(p or d.get("partner", ""))
            after: list[tuple[str, str | None]] = []
            for ref in d.get("after", []):
                rid, gap = (ref, None) if isinstance(ref, str) else (ref["id"], ref.get("gap"))
                after.extend((t, gap) for t in resolve(rid, p, d["id"]))
            for s in step_rows:
                by = s.get("by") if s else d.get("by")
                nid = node_id(d["id"], p, s["id"] if s else None)
                if by:
                    _check_by(by, ctx_partner, pmap, nid)
                lead = s.get("lead") if s else d.get("lead")
                nodes.append({"id": nid, "lead": lead, "deadline": d.get("deadline"), "after": after})
                after = [(nid, None)]
    _check_acyclic(nodes)
    closed = [(c["from"], c["to"]) for c in plan.get("calendar", {}).get("closed", [])]
    return {"deadline": plan["deadline"], "today": plan.get("today"), "closed": closed, "nodes": nodes}


def _check_acyclic(nodes: list[dict[str, Any]]) -> None:
    """Every predecessor must come earlier in input order (true by construction here)."""
    seen: set[str] = set()
    for node in nodes:
        for pred, _ in node["after"]:
            if pred not in seen:
                raise ValueError(f"{node['id']}: predecessor {pred} not earlier")
        seen.add(node["id"])


def network(n: int, seed: int = 1) -> dict[str, Any]:
    """The generated plan expanded to nodes and edges, for the TaskJuggler exporter."""
    return expand(build_plan(n, seed))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a synthetic valid res-plan plan file.")
    ap.add_argument("--decisions", "-n", type=int, required=True, help="expanded decision nodes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--output", "-o", help="file to write (default: stdout)")
    ap.add_argument("--check", action="store_true", help="also expand the plan and report nodes/edges")
    args = ap.parse_args(argv)
    plan = build_plan(args.decisions, args.seed)
    text = to_yaml(plan)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    if args.check:
        net = expand(plan)
        edges = sum(len(x["after"]) for x in net["nodes"])
        print(
            f"{len(plan['decisions'])} decisions, {len(net['nodes'])} nodes, {edges} edges", file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
