"""`explain`: why a decision has its earliest and latest dates — the chain of binding
constraints both ways, as sentences. It reads the reasons the schedule recorded and only
puts them into words, so an explanation cannot disagree with the schedule."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from res_plan.body_names import name_of
from res_plan.messages import Message, text
from res_plan.network import Network
from res_plan.schedule import Schedule, Snap, iso, snap
from res_plan.termijnenwet import term_extension


def _d(day: int | None) -> str:
    return iso(day) or "-"


def _lead(net: Network, i: int) -> str:
    node = net.nodes[i]
    parts = [str(node.lead)] + [f"+{d}" for d in node.delays]
    return " ".join(parts)


def _body(net: Network, key: str, lang: str) -> str:
    """'gemeenteraad (harderwijk.raad)': the body by its name, with the id `check` lists."""
    name = name_of(key, net.calendar.partners, lang)
    return key if name == key else f"{name} ({key})"


def _named(net: Network, reason: Message, lang: str) -> Message:
    """A reason whose `body` is a key `partner.body`, with the body put by its name in `lang`."""
    body = reason.params.get("body")
    if not isinstance(body, str) or "." not in body:
        return reason
    return Message(reason.key, {**reason.params, "body": _body(net, body, lang)})


def _snap(net: Network, i: int, moved: Snap | None, lang: str) -> list[str]:
    """Why the date is not the day the pass asked for: the reason that day is not eligible."""
    if moved is None:
        return []
    by = net.nodes[i].by
    reason = _named(net, moved.reason, lang).text(lang) if moved.reason else ""
    key = "ex-snap-forward" if moved.got > moved.wanted else "ex-snap-back"
    body = _body(net, by, lang) if by else text(lang, "ex-anyone")
    if moved.reason is not None and moved.reason.params.get("body") == by:  # named with its id just before
        body = name_of(by or "", net.calendar.partners, lang)
    out = [text(lang, key, reason=reason, date=_d(moved.got), body=body)]
    # Meetings between the two dates that could not be used, and why (recess, holiday, ...).
    lo, hi = min(moved.wanted, moved.got), max(moved.wanted, moved.got)
    days = net.meeting_list(by)
    skipped = days[bisect_right(days, lo):bisect_left(days, hi)]
    for day in skipped[:4]:
        why = net.calendar.not_eligible_because(by, day, net.nodes[i].routine)
        if why is not None:
            out.append(text(lang, "ex-skipped-meeting", reason=_named(net, why, lang)))
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
        pred = node.preds[t.ready_via] if t.ready_via is not None else None
        if pred is not None:
            p, gap = pred
            gap_text = "" if gap.is_zero else text(lang, "ex-gap", gap=str(gap))
            out.append(text(lang, "ex-ready-pred", id=node.id, pred=net.nodes[p].id,
                            pred_date=_d(sched.timings[p].earliest), gap=gap_text, ready=_d(t.ready)))
        else:
            out.append(text(lang, f"ex-ready-{t.ready_reason}", id=node.id, ready=_d(t.ready)))
        if t.ready is not None:  # the term's end moved by law, said before the date it gives
            out += term_extension(net.calendar.workdays, t.ready, node.lead, node.statutory, node.step or node.id,
                                  lang)
        out.append(text(lang, "ex-lead", lead=_lead(net, i), date=_d(t.prepared)))
        if t.floor is not None:
            key = "ex-floor-today" if t.floor == "today" else "ex-floor-not-before"
            out.append(text(lang, key, date=_d(t.base)))
        out += _snap(net, i, snap(net, i, t, forward=True), lang)
        out.append(text(lang, "ex-earliest", id=node.id, date=_d(t.earliest)))
        if pred is None:
            break
        i = pred[0]
        out.append("")
    return out


def explain_latest(net: Network, sched: Schedule, i: int, lang: str) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        node, t = net.nodes[i], sched.timings[i]
        if t.bound is None:
            out.append(text(lang, "ex-no-latest", id=node.id))
            break
        succ = net.succs[i][t.bound_via] if t.bound_reason == "succ" and t.bound_via is not None else None
        if succ is not None:
            s, gap = succ
            st = sched.timings[s]
            gap_text = "" if gap.is_zero else text(lang, "ex-gap", gap=str(gap))
            key = "ex-bound-done-succ" if st.done is not None else "ex-bound-succ"
            out.append(text(lang, key, id=node.id, succ=net.nodes[s].id, succ_date=_d(st.done or st.latest),
                            lead=_lead(net, s), gap=gap_text, bound=_d(t.bound)))
        else:
            own = t.bound_reason == "own-deadline"
            out.append(text(lang, "ex-bound-own-deadline" if own else "ex-bound-deadline", id=node.id,
                            deadline=_d(node.deadline if own else net.deadline), bound=_d(t.bound)))
        if t.done is not None:
            out.append(text(lang, "ex-done", id=node.id, date=_d(t.done)))
            break
        out += _snap(net, i, snap(net, i, t, forward=False), lang)
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
