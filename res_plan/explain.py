"""`explain`: why a decision has its earliest and latest dates — the chain of binding
constraints both ways, as sentences. Pure: network and schedule in, sentences out."""

from __future__ import annotations

from res_plan.messages import text
from res_plan.network import Network
from res_plan.schedule import Schedule, iso, ready_after_lead, start_before_lead
from res_plan.termijnenwet import term_extension


def _d(day: int | None) -> str:
    return iso(day) or "-"


def _lead(net: Network, i: int) -> str:
    node = net.nodes[i]
    parts = [str(node.lead)] + [f"+{d}" for d in node.delays]
    return " ".join(parts)


def _snap(net: Network, i: int, wanted: int, got: int | None, lang: str) -> list[str]:
    """Why the date is not `wanted` itself: the reason that day is not eligible."""
    if got is None or got == wanted:
        return []
    node = net.nodes[i]
    why = net.calendar.not_eligible_because(node.by, wanted, node.routine)
    reason = text(lang, why[0], **why[1]) if why else ""
    key = "ex-snap-forward" if got > wanted else "ex-snap-back"
    out = [text(lang, key, reason=reason, date=_d(got), body=node.by or text(lang, "ex-anyone"))]
    # Meetings between the two dates that could not be used, and why (recess, holiday, ...).
    lo, hi = min(wanted, got), max(wanted, got)
    skipped = sorted(d for d in set(net.calendar.meetings.get(node.by or "", ())) if lo < d < hi)
    for day in skipped[:4]:
        why = net.calendar.not_eligible_because(node.by, day, node.routine)
        if why is not None:
            out.append(text(lang, "ex-skipped-meeting", reason=text(lang, why[0], **why[1])))
    return out


def explain_earliest(net: Network, sched: Schedule, i: int, lang: str) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        node, t = net.nodes[i], sched.timings[i]
        if t.done is not None:
            out.append(text(lang, "ex-done", id=node.id, date=_d(t.done)))
            break
        if t.earliest is None:
            out.append(text(lang, "ex-no-earliest", id=node.id))
            break
        wd = net.calendar.workdays
        start, source, pred = net.started.get(i, net.today), "today", None
        if i in net.started:
            source = "started"
        for p, gap in node.preds:
            pe = sched.timings[p].earliest
            if pe is not None and wd.add(pe, gap) > start:
                start, source, pred = wd.add(pe, gap), "pred", (p, gap)
        base = ready_after_lead(wd, start, node)
        floor_key = None
        if net.today > base:
            base, floor_key = net.today, "ex-floor-today"
        if node.not_before is not None and node.not_before > base:
            base, floor_key = node.not_before, "ex-floor-not-before"
        if source == "pred" and pred is not None:
            p, gap = pred
            gap_text = "" if gap.is_zero else text(lang, "ex-gap", gap=str(gap))
            out.append(text(lang, "ex-ready-pred", id=node.id, pred=net.nodes[p].id, pred_date=_d(sched.timings[p]
                            .earliest), gap=gap_text, ready=_d(start)))
        else:
            out.append(text(lang, f"ex-ready-{source}", id=node.id, ready=_d(start)))
        out.append(text(lang, "ex-lead", lead=_lead(net, i), date=_d(ready_after_lead(wd, start, node))))
        out += term_extension(wd, start, node.lead, node.statutory, node.step or node.id, lang)
        if floor_key:
            out.append(text(lang, floor_key, date=_d(base)))
        out += _snap(net, i, base, t.earliest, lang)
        out.append(text(lang, "ex-earliest", id=node.id, date=_d(t.earliest)))
        if source != "pred" or pred is None:
            break
        i = pred[0]
        out.append("")
    return out


def explain_latest(net: Network, sched: Schedule, i: int, lang: str) -> list[str]:
    out: list[str] = []
    wd = net.calendar.workdays
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        node, t = net.nodes[i], sched.timings[i]
        if t.bound is None:
            out.append(text(lang, "ex-no-latest", id=node.id))
            break
        succ = None
        for s, gap in net.succs[i]:
            st = sched.timings[s]
            ls = st.done if st.done is not None else st.latest
            if ls is not None and wd.sub(start_before_lead(wd, ls, net.nodes[s]), gap) == t.bound:
                succ = (s, gap, ls)
                break
        if succ is not None and (not t.deadline_binds or sched.timings[succ[0]].done is None):
            s, gap, ls = succ
            gap_text = "" if gap.is_zero else text(lang, "ex-gap", gap=str(gap))
            key = "ex-bound-done-succ" if sched.timings[s].done is not None else "ex-bound-succ"
            out.append(text(lang, key, id=node.id, succ=net.nodes[s].id, succ_date=_d(ls), lead=_lead(net, s),
                            gap=gap_text, bound=_d(t.bound)))
        else:
            own = node.deadline is not None and node.deadline - 1 == t.bound
            out.append(text(lang, "ex-bound-own-deadline" if own else "ex-bound-deadline", id=node.id,
                            deadline=_d(node.deadline if own else net.deadline), bound=_d(t.bound)))
            succ = None
        if t.done is not None:
            out.append(text(lang, "ex-done", id=node.id, date=_d(t.done)))
            break
        out += _snap(net, i, t.bound, t.latest, lang)
        out.append(text(lang, "ex-latest", id=node.id, date=_d(t.latest)))
        if succ is None or sched.timings[succ[0]].done is not None:
            break
        i = succ[0]
        out.append("")
    return out


def explain(net: Network, sched: Schedule, decision_id: str, lang: str) -> list[str]:
    i = net.index[decision_id]
    t = sched.timings[i]
    head = [text(lang, "ex-head", id=decision_id, earliest=_d(t.earliest), latest=_d(t.latest),
                 slack="-" if t.slack is None else t.slack)]
    return (head + ["", text(lang, "ex-why-earliest")] + explain_earliest(net, sched, i, lang)
            + ["", text(lang, "ex-why-latest")] + explain_latest(net, sched, i, lang))


