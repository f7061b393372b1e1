"""Property tests: the ⊕ / ⊖ arithmetic (SPEC §3.2) and whole random plans (SPEC §2–3).

The plan properties check every scheduled decision against the rules of SPEC §3.3–3.5,
using an independent reading of the plan file for the expansion (§2.2–2.3) and for which
days are working and eligible days (§3.1); only ⊕ and ⊖ come from the library, and those
are checked against their definition in the first half of this file.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

import holidays
import yaml
from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from res_plan.durations import Duration
from res_plan.holiday_cache import holiday_source
from res_plan.pipeline import check_text
from res_plan.result import PlanResult
from res_plan.workdays import WorkingDays

# =============================================================================================
# Part 1: ⊕ and ⊖ on working days, days, weeks and months
# =============================================================================================

FIRST_DAY = date(2000, 1, 1).toordinal()
LAST_DAY = date(2100, 12, 31).toordinal()


@cache
def nl_holidays(year: int) -> tuple[date, ...]:
    return tuple(holiday_source("NL")(year))


NL = WorkingDays(nl_holidays)

days = st.integers(FIRST_DAY, LAST_DAY)
durations = st.one_of(
    st.builds(Duration, st.integers(0, 400), st.sampled_from(["wd", "d", "w"])),
    st.builds(Duration, st.integers(0, 60), st.just("m")),
)


@st.composite
def closures(draw: st.DrawFn, around: int) -> list[tuple[int, int]]:
    """0–4 closed ranges of up to 40 days near a given day."""
    closed = []
    for _ in range(draw(st.integers(0, 4))):
        lo = around + draw(st.integers(-900, 900))
        closed.append((lo, lo + draw(st.integers(0, 40))))
    return closed


def assert_sub_is_latest_fitting_start(wd: WorkingDays, end: int, dur: Duration) -> None:
    start = wd.sub(end, dur)
    assert wd.add(start, dur) <= end, f"{date.fromordinal(start)} ⊕ {dur} is after {date.fromordinal(end)}"
    assert wd.add(start + 1, dur) > end, (
        f"{date.fromordinal(start + 1)} ⊕ {dur} still fits before {date.fromordinal(end)}, "
        f"so {date.fromordinal(start)} is not the latest start")


@settings(max_examples=400, deadline=None)
@given(end=days, dur=durations)
def test_minus_is_the_latest_start_that_still_fits(end: int, dur: Duration) -> None:
    assert_sub_is_latest_fitting_start(NL, end, dur)


@settings(max_examples=400, deadline=None)
@given(day=days, later_by=st.integers(0, 60), dur=durations)
def test_plus_never_moves_a_later_start_earlier(day: int, later_by: int, dur: Duration) -> None:
    assert NL.add(day, dur) <= NL.add(day + later_by, dur)
    assert NL.add(day, dur) >= day


@settings(max_examples=300, deadline=None)
@given(day=days, n=st.integers(1, 400))
def test_plus_working_days_lands_on_the_nth_working_day(day: int, n: int) -> None:
    end = NL.add(day, Duration(n, "wd"))
    assert NL.is_working(end)
    assert NL.count(day, end) == n
    assert NL.slack(day, end) == n
    assert NL.slack(end, day) == -n


@settings(max_examples=200, deadline=None)
@given(data=st.data(), end=days, dur=durations)
def test_minus_and_plus_with_closed_ranges(data: st.DataObject, end: int, dur: Duration) -> None:
    closed = data.draw(closures(end), label="closed")
    wd = WorkingDays(nl_holidays, closed)
    assert_sub_is_latest_fitting_start(wd, end, dur)
    start = data.draw(st.integers(end - 400, end), label="start")
    assert wd.add(start, dur) <= wd.add(start + data.draw(st.integers(0, 30)), dur)
    if dur.unit == "wd" and dur.n > 0:
        after = wd.add(start, dur)
        assert wd.is_working(after)
        assert wd.count(start, after) == dur.n
    for lo, hi in closed:
        assert not any(wd.is_working(day) for day in range(lo, hi + 1))


# =============================================================================================
# Part 2: an independent reading of a plan file (SPEC §2 and §3.1)
# =============================================================================================

# kind -> (default bodies, executive, representative), SPEC §2.1
KIND_BODIES: dict[str, tuple[tuple[str, ...], str, str | None]] = {
    "gemeente": (("college", "raad"), "college", "raad"),
    "provincie": (("gs", "ps"), "gs", "ps"),
    "waterschap": (("db", "ab"), "db", "ab"),
    "regio": (("stuurgroep",), "stuurgroep", None),
}
ROLES = ("executive", "representative")
MEETING_RULES = [
    "FREQ=WEEKLY;BYDAY=TU",
    "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1",
    "FREQ=MONTHLY;BYMONTHDAY=15",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    "FREQ=WEEKLY;BYDAY=MO;COUNT=20",
]


def role_body(kind: str, name: str) -> str | None:
    """The body a name or role means for a partner of this kind (name itself if not a role)."""
    _, executive, representative = KIND_BODIES[kind]
    if name == "executive":
        return executive
    if name == "representative":
        return representative
    return name


def plus_months(day: date, n: int) -> date:
    month0 = day.month - 1 + n
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def dates_in(value: Any) -> list[date]:
    if isinstance(value, date):
        return [value]
    if isinstance(value, dict):
        return [d for v in value.values() for d in dates_in(v)]
    if isinstance(value, list):
        return [d for v in value for d in dates_in(v)]
    return []


def duration(text: str | None) -> Duration:
    if text is None:
        return Duration(0, "d")
    unit = text.lstrip("0123456789")
    return Duration(int(text[: len(text) - len(unit)]), unit)  # type: ignore[arg-type]


def weekdays_upto(day: int) -> int:
    """Mondays to Fridays among ordinals 1..day (ordinal 1 is a Monday)."""
    return day // 7 * 5 + min(day % 7, 5)


@dataclass
class RefNode:
    id: str
    body: str | None
    lead: Duration
    deadline: int | None
    not_before: int | None
    preds: list[tuple[str, Duration]] = field(default_factory=list)


@dataclass
class RefDecision:
    """Where one decision of the file went: node ids in step order, per partner (None: no partner)."""

    expanded: bool
    steps: list[str] | None
    instances: dict[str | None, list[str]]


def step_list(spec: dict[str, Any], decision: dict[str, Any]) -> list[dict[str, Any]] | None:
    if "steps" in decision:
        return list(decision["steps"])
    if "procedure" in decision:
        return list(spec["procedures"][decision["procedure"]]["steps"])
    return None


def resolve_by(text: str | None, context: str | None, kinds: dict[str, str]) -> str | None:
    if text is None:
        return None
    pid, name = text.split(".", 1) if "." in text else (context, text)
    assert pid is not None
    return f"{pid}.{role_body(kinds[pid], name)}"


def expand(spec: dict[str, Any]) -> dict[str, RefNode]:
    """SPEC §2.2–2.3: instances, steps and the dependencies between them, by id."""
    kinds = {p["id"]: p["kind"] for p in spec.get("partners", [])}
    nodes: dict[str, RefNode] = {}
    groups: dict[str, RefDecision] = {}
    for decision in spec["decisions"]:
        expanded = "for_each" in decision
        if expanded:
            entries = decision["for_each"]
            contexts: list[str | None] = [p for p, k in kinds.items() if p in entries or k in entries]
        else:
            contexts = [decision.get("partner")]
        steps = step_list(spec, decision)
        group = RefDecision(expanded, [s["id"] for s in steps] if steps else None, {})
        groups[decision["id"]] = group
        for context in contexts:
            base = f"{decision['id']}@{context}" if expanded else decision["id"]
            ids: list[str] = []
            for step in steps or [decision]:
                node_id = f"{base}.{step['id']}" if steps else base
                node = RefNode(
                    node_id, resolve_by(step.get("by"), context, kinds), duration(step.get("lead")),
                    decision["deadline"].toordinal() if "deadline" in decision else None,
                    decision["not_before"].toordinal() if "not_before" in decision else None)
                if ids:
                    node.preds.append((ids[-1], Duration(0, "d")))
                nodes[node_id] = node
                ids.append(node_id)
            group.instances[context] = ids
        for entry in decision.get("after", []):
            ref, gap = (entry["id"], duration(entry.get("gap"))) if isinstance(entry, dict) else (entry, duration(None))
            name, _, step = ref.partition(".")
            name, _, partner = name.partition("@")
            target = groups[name]
            for context, ids in group.instances.items():
                if partner:
                    lists = [target.instances[partner]]
                elif target.expanded and expanded and context in target.instances:
                    lists = [target.instances[context]]
                else:
                    lists = list(target.instances.values())
                assert target.steps is not None or not step
                k = target.steps.index(step) if step and target.steps else -1
                nodes[ids[0]].preds.extend((targets[k], gap) for targets in lists)
    return nodes


class Reference:
    """The plan's days and bodies as SPEC §3.1 describes them, read from the plan itself."""

    def __init__(self, spec: dict[str, Any], wd: WorkingDays) -> None:
        self.wd = wd  # the library's ⊕ and ⊖ (checked above); which days count is decided here
        self.today = spec["today"].toordinal()
        self.deadline = spec["deadline"].toordinal()
        self.nodes = expand(spec)
        self.succs: dict[str, list[tuple[str, Duration]]] = {i: [] for i in self.nodes}
        for node in self.nodes.values():
            for p, gap in node.preds:
                self.succs[p].append((node.id, gap))
        self.done = {k: v.toordinal() for k, v in spec.get("done", {}).items()}
        self.started = {k: v.toordinal() for k, v in spec.get("started", {}).items()}
        cal = spec.get("calendar", {})
        self.dutch = cal.get("holidays", "NL") == "NL"
        self.closed = [(r["from"].toordinal(), r["to"].toordinal()) for r in cal.get("closed", [])]
        self.kinds = {p["id"]: p["kind"] for p in spec.get("partners", [])}
        self.windows: list[tuple[int, int, list[str] | None]] = [
            (r["from"].toordinal(), r["to"].toordinal(), r.get("bodies")) for r in cal.get("recess", [])]
        for e in cal.get("elections", []):
            day = e["date"].toordinal()
            lo = wd.sub(day, duration(e["before"])) if "before" in e else day
            hi = wd.add(day, duration(e["after"])) if "after" in e else day
            self.windows.append((lo, hi, e.get("bodies")))
        self.meetings: dict[str, list[int]] = {}
        rule_start = date(min(dates_in(spec) + [spec["today"]]).year, 1, 1)
        rule_end = plus_months(spec["deadline"], 60)
        for partner in spec.get("partners", []):
            for key, value in partner.get("meetings", {}).items():
                body = f"{partner['id']}.{role_body(partner['kind'], key)}"
                if isinstance(value, list):
                    found = [d.toordinal() for d in value]
                else:
                    first, last = value.get("from", rule_start), value.get("until", rule_end)
                    found = []
                    for when in rrulestr(value["rrule"], dtstart=datetime_of(first)):
                        if when.date() > last:
                            break
                        found.append(when.toordinal())
                self.meetings[body] = sorted(set(found))
        self.meeting_sets = {body: set(found) for body, found in self.meetings.items()}
        self.closed_days = {d for lo, hi in self.closed for d in range(lo, hi + 1)}
        self._off: dict[int, list[int]] = {}

    # -- days -------------------------------------------------------------------------------
    def holiday(self, day: int) -> bool:
        when = date.fromordinal(day)
        return self.dutch and when in dutch_holidays(when.year)

    def working(self, day: int) -> bool:
        return (day - 1) % 7 < 5 and not self.holiday(day) and day not in self.closed_days

    def off_weekdays(self, year: int) -> list[int]:
        """Mondays to Fridays of a year that are public holidays or closed, sorted."""
        if year not in self._off:
            first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
            off = {d for d in self.closed_days if first <= d <= last}
            if self.dutch:
                off |= {h.toordinal() for h in dutch_holidays(year)}
            self._off[year] = sorted(d for d in off if (d - 1) % 7 < 5)
        return self._off[year]

    def count_working(self, after: int, upto: int) -> int:
        """Working days D with after < D ≤ upto: weekdays minus the weekdays that are off."""
        off = 0
        for year in range(date.fromordinal(after).year, date.fromordinal(upto).year + 1):
            days_off = self.off_weekdays(year)
            off += bisect_right(days_off, upto) - bisect_right(days_off, after)
        return weekdays_upto(upto) - weekdays_upto(after) - off

    def names(self, bodies: list[str] | None, body_key: str) -> bool:
        if bodies is None:
            return True
        pid, body = body_key.split(".")
        for entry in bodies:
            if "." in entry:
                epid, name = entry.split(".")
                if epid == pid and role_body(self.kinds[pid], name) == body:
                    return True
            elif entry == body or (entry in ROLES and role_body(self.kinds[pid], entry) == body):
                return True
        return False

    def eligible(self, body: str | None, day: int) -> bool:
        if not self.working(day):
            return False
        if body is None:
            return True
        if body in self.meeting_sets and day not in self.meeting_sets[body]:
            return False
        return not any(lo <= day <= hi and self.names(bodies, body) for lo, hi, bodies in self.windows)

    def first_eligible(self, body: str | None, day: int) -> int | None:
        if body in self.meetings:
            days = self.meetings[body]
            return next((d for d in days[bisect_left(days, day):] if self.eligible(body, d)), None)
        return next((d for d in range(day, day + 5000) if self.eligible(body, d)), None)

    def last_eligible(self, body: str | None, day: int) -> int | None:
        if body in self.meetings:
            days = self.meetings[body]
            return next((d for d in reversed(days[:bisect_right(days, day)]) if self.eligible(body, d)), None)
        return next((d for d in range(day, day - 5000, -1) if self.eligible(body, d)), None)


def datetime_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


@cache
def dutch_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


# =============================================================================================
# Part 3: the rules of SPEC §3.3–3.5, checked on a scheduled plan
# =============================================================================================

def ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def show(day: int | None) -> str:
    return "null" if day is None else date.fromordinal(day).isoformat()


def assert_plan_follows_the_rules(spec: dict[str, Any], result: PlanResult) -> None:
    assert not result.invalid, [(p.code, p.message) for p in result.problems]
    assert result.network is not None
    ref = Reference(spec, result.network.calendar.workdays)
    wd = ref.wd
    net = result.network
    today = ref.today
    rows = {row.id: row for row in result.decisions}
    earliest = {i: ordinal(row.earliest) for i, row in rows.items()}
    latest = {i: ordinal(row.latest) for i, row in rows.items()}

    # The expansion: the same decisions, each depending on what the file says.
    assert sorted(rows) == sorted(ref.nodes)
    assert len(rows) == len(result.decisions)
    for node in net.nodes:
        got = sorted((net.nodes[p].id, str(gap) if gap.n else "0") for p, gap in node.preds)
        want = sorted((p, str(gap) if gap.n else "0") for p, gap in ref.nodes[node.id].preds)
        assert got == want, f"{node.id} depends on {got}, the file says {want}"

    def term(succ: str, gap: Duration) -> int | None:
        """(latest(S) ⊖ lead(S)) ⊖ gap(X→S), a done successor counting with its done date."""
        s_latest = ref.done.get(succ, latest[succ])
        if s_latest is None:
            return None
        return wd.sub(wd.sub(s_latest, ref.nodes[succ].lead), gap)

    def bound(x: str) -> int | None:
        terms = [term(s, gap) for s, gap in ref.succs[x]]
        if any(t is None for t in terms):
            return None
        own = ref.nodes[x].deadline
        return min([ref.deadline - 1] + ([own - 1] if own is not None else []) + terms)  # type: ignore[operator]

    expected_errors: set[tuple[str, str]] = set()
    expected_done_late: set[str] = set()
    for x, node in ref.nodes.items():
        row = rows[x]
        if x in ref.done:
            assert (row.done, row.earliest, row.latest, row.slack, row.late) == (
                date.fromordinal(ref.done[x]), date.fromordinal(ref.done[x]), None, None, False), x
            b = bound(x)
            if b is not None and ref.done[x] > b:
                expected_done_late.add(x)
            continue
        assert row.done is None

        # §3.3 forward pass
        e = earliest[x]
        pred_earliest = [(earliest[p], gap) for p, gap in node.preds]
        if any(pe is None for pe, _ in pred_earliest):
            assert e is None, f"{x}: a predecessor has no earliest date, so {x} cannot have one"
        else:
            start = ref.started.get(x, today)
            ready = max([start] + [wd.add(pe, gap) for pe, gap in pred_earliest])  # type: ignore[arg-type]
            base = max(wd.add(ready, node.lead), today, node.not_before or today)
            if e is not None:
                assert e >= today, f"{x}: earliest {show(e)} is before today"
                assert e >= wd.add(start, node.lead)
                for pe, gap in pred_earliest:
                    assert e >= wd.add(wd.add(pe, gap), node.lead)  # type: ignore[arg-type]
                if node.not_before is not None:
                    assert e >= node.not_before
                assert ref.eligible(node.body, e), f"{x}: earliest {show(e)} is no eligible day of {node.body}"
            assert e == ref.first_eligible(node.body, base), (
                f"{x}: earliest is {show(e)}, the first eligible day from {show(base)} is "
                f"{show(ref.first_eligible(node.body, base))}")

        # §3.4 backward pass
        lt = latest[x]
        b = bound(x)
        if b is None:
            assert lt is None, f"{x}: a successor has no latest date, so {x} cannot have one"
        else:
            if lt is not None:
                assert lt <= ref.deadline - 1
                if node.deadline is not None:
                    assert lt <= node.deadline - 1
                for s, gap in ref.succs[x]:
                    assert lt <= term(s, gap)  # type: ignore[operator]
                assert ref.eligible(node.body, lt), f"{x}: latest {show(lt)} is no eligible day of {node.body}"
            assert lt == ref.last_eligible(node.body, b), (
                f"{x}: latest is {show(lt)}, the last eligible day up to {show(b)} is "
                f"{show(ref.last_eligible(node.body, b))}")

        # §3.5 slack and lateness
        if e is None or lt is None:
            assert row.slack is None and row.late
            expected_errors.add(("no-date", x))
            continue
        assert row.slack is not None
        want = ref.count_working(e, lt) if lt >= e else -ref.count_working(lt, e)
        assert row.slack == want, f"{x}: slack {row.slack}, working days from {show(e)} to {show(lt)}: {want}"
        assert (row.slack > 0) == (lt > e) and (row.slack < 0) == (lt < e)
        assert row.late == (row.slack < 0)
        if row.late:
            expected_errors.add(("late", x))

    errors = {(p.code, p.decision) for p in result.problems if p.severity == "error"}
    assert errors == expected_errors
    done_late = {p.decision for p in result.problems if p.code == "done-late"}
    assert done_late == expected_done_late
    assert result.ok == (not expected_errors)

    assert_critical_path(ref, rows, result.critical_path, term, bound)


def assert_critical_path(ref: Reference, rows: dict[str, Any], path: list[str], term: Any, bound: Any) -> None:
    def rank(x: str) -> tuple[bool, int, bool, int, str]:
        slack, lt = rows[x].slack, ordinal(rows[x].latest)
        return (slack is not None, slack or 0, lt is not None, lt or 0, x)

    open_ids = [x for x in ref.nodes if x not in ref.done]
    # A real chain: no repeats, no done decisions, every step an edge of the network.
    assert len(path) == len(set(path))
    assert not set(path) & set(ref.done)
    for a, b in itertools.pairwise(path):
        assert b in {s for s, _ in ref.succs[a]}, f"{a} -> {b} on the critical path is no dependency"
    if not open_ids:
        assert path == []
        return
    assert path and rank(path[0]) == min(rank(x) for x in open_ids), "the path starts at the smallest slack"

    # Each step goes to the successor whose term attained bound(X), with the §3.5 tie-breaks.
    expected = [min(open_ids, key=rank)]
    while True:
        x = expected[-1]
        open_succs = [(s, gap) for s, gap in ref.succs[x] if s not in ref.done]
        null_succs = [s for s, _ in open_succs if rows[s].latest is None]
        if null_succs:
            binding = null_succs
        else:
            b = bound(x)
            binding = [s for s, gap in open_succs if term(s, gap) == b]
        if not binding:
            break
        expected.append(min(binding, key=rank))
    assert path == expected


# =============================================================================================
# Part 4: random plans
# =============================================================================================

def days_between(lo: date, hi: date) -> st.SearchStrategy[date]:
    return st.integers(0, (hi - lo).days).map(lambda n: lo + timedelta(days=n))


long_leads = st.one_of(
    st.builds("{}wd".format, st.integers(0, 60)),
    st.builds("{}d".format, st.integers(0, 120)),
    st.builds("{}w".format, st.integers(0, 26)),
    st.builds("{}m".format, st.integers(0, 9)),
)
short_leads = st.one_of(
    st.builds("{}wd".format, st.integers(0, 10)),
    st.builds("{}d".format, st.integers(0, 14)),
    st.builds("{}w".format, st.integers(0, 2)),
    st.builds("{}m".format, st.integers(0, 1)),
)
gaps = st.one_of(
    st.builds("{}wd".format, st.integers(0, 20)),
    st.builds("{}d".format, st.integers(0, 30)),
    st.builds("{}w".format, st.integers(0, 6)),
    st.builds("{}m".format, st.integers(0, 3)),
)


def maybe(draw: st.DrawFn, chance: float = 0.5) -> bool:
    return draw(st.integers(0, 99)) < chance * 100


@st.composite
def meeting_calendar(draw: st.DrawFn, today: date, deadline: date) -> Any:
    if maybe(draw):
        return sorted(draw(st.lists(days_between(today - timedelta(days=60), deadline + timedelta(days=60)),
                                    min_size=1, max_size=15, unique=True)))
    rule: dict[str, Any] = {"rrule": draw(st.sampled_from(MEETING_RULES))}
    if maybe(draw, 0.3):
        rule["from"] = draw(days_between(today - timedelta(days=400), today + timedelta(days=100)))
    if maybe(draw, 0.3):
        rule["until"] = draw(days_between(deadline - timedelta(days=200), deadline + timedelta(days=200)))
        if rule["until"] < rule.get("from", today) + timedelta(days=70):
            del rule["until"]  # every rule meets at least once in 70 days
    return rule


@st.composite
def partners(draw: st.DrawFn, ids: list[str], kinds: list[str], today: date, deadline: date) -> list[dict[str, Any]]:
    out = []
    for pid, kind in zip(ids, kinds, strict=False):
        partner: dict[str, Any] = {"id": pid, "kind": kind}
        bodies, _, representative = KIND_BODIES[kind]
        keys = draw(st.lists(st.sampled_from([*bodies, "executive", "commissie"]
                                             + (["representative"] if representative else [])),
                             max_size=2, unique=True))
        # A role and the body it means are one calendar: name it only once.
        keys = [k for k in keys if not (k in ROLES and role_body(kind, k) in keys)]
        if keys:
            partner["meetings"] = {k: draw(meeting_calendar(today, deadline)) for k in keys}
        out.append(partner)
    return out


def bodies_of(partner: dict[str, Any]) -> list[str]:
    bodies, _, _ = KIND_BODIES[partner["kind"]]
    extra = [k for k in partner.get("meetings", {}) if k not in bodies and k not in ROLES]
    return [*bodies, *extra]


@st.composite
def by_for(draw: st.DrawFn, the_partners: list[dict[str, Any]]) -> dict[str, str]:
    """`by` (and maybe `partner`) for a decision; an empty dict for a decision without a body."""
    if not the_partners or maybe(draw, 0.3):
        return {}
    partner = draw(st.sampled_from(the_partners))
    names = bodies_of(partner) + ["executive"] + (["representative"] if KIND_BODIES[partner["kind"]][2] else [])
    name = draw(st.sampled_from(names))
    if maybe(draw, 0.25):
        return {"partner": partner["id"], "by": name}
    return {"by": f"{partner['id']}.{name}"}


@st.composite
def window_bodies(draw: st.DrawFn, the_partners: list[dict[str, Any]]) -> list[str] | None:
    if maybe(draw, 0.4) or not the_partners:
        return None
    choices = ["raad", "college", "ps", "ab", "stuurgroep", "executive", "representative"]
    choices += [b for p in the_partners for b in bodies_of(p) if b not in choices]
    choices += [f"{p['id']}.{b}" for p in the_partners for b in bodies_of(p)]
    return draw(st.lists(st.sampled_from(choices), min_size=1, max_size=3, unique=True))


@st.composite
def calendar_section(draw: st.DrawFn, the_partners: list[dict[str, Any]], today: date,
                     deadline: date) -> dict[str, Any]:
    cal: dict[str, Any] = {}
    holidays_key = draw(st.sampled_from([None, "NL", "none"]))
    if holidays_key is not None:
        cal["holidays"] = holidays_key
    span = days_between(today - timedelta(days=30), deadline)
    closed = []
    for n in range(draw(st.integers(0, 2))):
        lo = draw(span)
        closed.append({"name": f"sluiting-{n}", "from": lo, "to": lo + timedelta(days=draw(st.integers(0, 20)))})
    if closed:
        cal["closed"] = closed
    recess = []
    for n in range(draw(st.integers(0, 2))):
        lo = draw(span)
        entry = {"name": f"reces-{n}", "from": lo, "to": lo + timedelta(days=draw(st.integers(0, 80)))}
        bodies = draw(window_bodies(the_partners))
        if bodies is not None:
            entry["bodies"] = bodies
        recess.append(entry)
    if recess:
        cal["recess"] = recess
    if maybe(draw, 0.25):
        election: dict[str, Any] = {"name": "verkiezingen", "date": draw(span)}
        if maybe(draw):
            election["before"] = draw(st.sampled_from(["2w", "10wd", "0w", "1m"]))
        if maybe(draw):
            election["after"] = draw(st.sampled_from(["10w", "5wd", "0d", "2m"]))
        bodies = draw(window_bodies(the_partners))
        if bodies is not None:
            election["bodies"] = bodies
        cal["elections"] = [election]
    return cal


@st.composite
def plan_header(draw: st.DrawFn) -> dict[str, Any]:
    today = draw(days_between(date(2023, 1, 1), date(2027, 12, 31)))
    deadline = today + timedelta(days=draw(st.integers(30, 1200)))
    return {"version": 1, "region": {"id": "proef", "name": "Proefregio"}, "deadline": deadline, "today": today}


@st.composite
def done_and_started(draw: st.DrawFn, spec: dict[str, Any], ids: list[str]) -> None:
    today = spec["today"]
    done = draw(st.lists(st.sampled_from(ids), max_size=max(1, len(ids) // 3), unique=True)) if maybe(draw) else []
    if done:
        spec["done"] = {i: draw(days_between(today - timedelta(days=300), today + timedelta(days=60)))
                        for i in done}
    rest = [i for i in ids if i not in done]
    started = draw(st.lists(st.sampled_from(rest), max_size=3, unique=True)) if rest and maybe(draw) else []
    if started:
        spec["started"] = {i: draw(days_between(today - timedelta(days=300), today + timedelta(days=30)))
                           for i in started}


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    """A valid, acyclic plan of 1–25 single decisions (SPEC §2)."""
    spec = draw(plan_header())
    today, deadline = spec["today"], spec["deadline"]
    kinds = draw(st.lists(st.sampled_from(list(KIND_BODIES)), max_size=3))
    the_partners = draw(partners([f"p{i}" for i in range(len(kinds))], kinds, today, deadline))
    if the_partners:
        spec["partners"] = the_partners
    cal = draw(calendar_section(the_partners, today, deadline))
    if cal:
        spec["calendar"] = cal
    lead_sizes = draw(st.sampled_from([long_leads, short_leads]))  # long leads make most plans late
    decisions = []
    for i in range(draw(st.integers(1, 25))):
        decision: dict[str, Any] = {"id": f"d{i}"}
        earlier = [d["id"] for d in decisions]
        after = draw(st.lists(st.sampled_from(earlier), max_size=3, unique=True)) if earlier else []
        refs: list[Any] = []
        for ref in after:
            form = draw(st.sampled_from(["plain", "gap", "no-gap"]))
            refs.append(ref if form == "plain" else {"id": ref, "gap": draw(gaps)} if form == "gap" else {"id": ref})
        if refs:
            decision["after"] = refs
        if maybe(draw, 0.8):
            decision["lead"] = draw(lead_sizes)
        decision.update(draw(by_for(the_partners)))
        if maybe(draw, 0.2):
            decision["deadline"] = draw(days_between(today, deadline + timedelta(days=100)))
        if maybe(draw, 0.2):
            decision["not_before"] = draw(days_between(today - timedelta(days=100), deadline))
        decisions.append(decision)
    spec["decisions"] = decisions
    draw(done_and_started(spec, [d["id"] for d in decisions]))
    return spec


@st.composite
def for_each_plans(draw: st.DrawFn) -> dict[str, Any]:
    """1–4 gemeenten (maybe a provincie), decisions per partner with procedures and steps."""
    spec = draw(plan_header())
    today, deadline = spec["today"], spec["deadline"]
    towns = ["leiden", "delft", "katwijk", "teylingen"][: draw(st.integers(1, 4))]
    kinds = ["gemeente"] * len(towns)
    ids = list(towns)
    if maybe(draw):
        ids.append("zh")
        kinds.append("provincie")
    ids.append("res")
    kinds.append("regio")
    the_partners = draw(partners(ids, kinds, today, deadline))
    spec["partners"] = the_partners
    cal = draw(calendar_section(the_partners, today, deadline))
    if cal:
        spec["calendar"] = cal
    leads = draw(st.sampled_from([long_leads, short_leads]))
    spec["procedures"] = {"raadsbesluit": {"steps": [
        {"id": "voorstel", "by": "executive", "lead": draw(leads)},
        {"id": "besluit", "by": "representative", "lead": draw(leads)},
    ]}}
    decisions: list[dict[str, Any]] = []
    shapes: dict[str, tuple[list[str], list[str] | None]] = {}  # id -> (instances, steps)
    for i in range(draw(st.integers(2, 6))):
        did = f"besluit-{i}"
        decision: dict[str, Any] = {"id": did}
        kind = "for-each" if i == 0 or maybe(draw, 0.6) else draw(st.sampled_from(["single", "partner"]))
        if kind == "for-each":
            towns_only = maybe(draw)
            if towns_only and maybe(draw):
                decision["for_each"] = draw(st.lists(st.sampled_from(towns), min_size=1, unique=True))
            else:
                decision["for_each"] = ["gemeente"] if towns_only else ["gemeente", "provincie"]
        elif kind == "partner":
            decision["partner"] = draw(st.sampled_from(towns))
        # A procedure's steps name roles, so they need a partner.
        body = draw(st.sampled_from(["steps", "lead"] if kind == "single" else ["procedure", "steps", "lead"]))
        steps: list[str] | None = None
        if body == "procedure":
            decision["procedure"] = "raadsbesluit"
            steps = ["voorstel", "besluit"]
        elif body == "steps":
            steps = [f"stap-{j}" for j in range(draw(st.integers(1, 3)))]
            decision["steps"] = [{"id": s, "lead": draw(leads)} | (
                {"by": draw(st.sampled_from(["executive", "res.stuurgroep"]))} if kind != "single" and maybe(draw)
                else {}) for s in steps]
        else:
            decision["lead"] = draw(leads)
            if kind == "single":
                decision["by"] = draw(st.sampled_from(["res.stuurgroep", f"{towns[0]}.raad"]))
            else:
                decision["by"] = draw(st.sampled_from(["executive", "representative"]))
        refs: list[Any] = []
        targets = draw(st.lists(st.sampled_from(list(shapes)), min_size=1, max_size=3, unique=True)) \
            if shapes and maybe(draw, 0.9) else []
        for target in targets:
            instances, target_steps = shapes[target]
            ref = target
            if instances and maybe(draw, 0.3):
                ref += "@" + draw(st.sampled_from(instances))
            if target_steps and maybe(draw, 0.3):
                ref += "." + draw(st.sampled_from(target_steps))
            refs.append({"id": ref, "gap": draw(gaps)} if maybe(draw) else ref)
        if refs:
            decision["after"] = refs
        if maybe(draw, 0.2):
            decision["deadline"] = draw(days_between(today, deadline + timedelta(days=100)))
        if maybe(draw, 0.2):
            decision["not_before"] = draw(days_between(today - timedelta(days=100), deadline))
        decisions.append(decision)
        entries = decision.get("for_each")
        instances = [p["id"] for p in the_partners if entries and (p["id"] in entries or p["kind"] in entries)]
        shapes[did] = (instances, steps)
    spec["decisions"] = decisions
    draw(done_and_started(spec, list(expand(spec))))
    return spec


def plan_text(spec: dict[str, Any]) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(spec, Dumper=dumper, sort_keys=False, default_flow_style=None, allow_unicode=True, width=120)


def run(spec: dict[str, Any]) -> PlanResult:
    # The file's today must win over the system date.
    return check_text(plan_text(spec), "proef.yaml", None, system_today=date(1999, 1, 1))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=plans())
def test_random_plans_follow_the_scheduling_rules(spec: dict[str, Any]) -> None:
    result = run(spec)
    assert result.today == spec["today"]
    assert_plan_follows_the_rules(spec, result)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=for_each_plans())
def test_random_plans_per_partner_follow_the_expansion_and_scheduling_rules(spec: dict[str, Any]) -> None:
    result = run(spec)
    assert_plan_follows_the_rules(spec, result)
    rows = {row.id: row for row in result.decisions}
    for decision in spec["decisions"]:
        for row_id, row in rows.items():
            if row.decision == decision["id"]:
                expanded = "for_each" in decision
                assert ("@" in row_id) == expanded
                assert row.partner == (row_id.split("@")[1].split(".")[0] if expanded else decision.get("partner"))
                stepped = "steps" in decision or "procedure" in decision
                assert row.step == (row_id.rsplit(".", 1)[1] if stepped else None)
