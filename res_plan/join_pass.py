"""What the scheduling passes need of a join, worked out once per join rather than once per
decision that shares it: the same answers, term by term, as the join's edges written out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from res_plan.network import Join
from res_plan.workdays import BeyondHorizon, WorkingDays


class HasEarliest(Protocol):
    @property
    def earliest(self) -> int | None: ...


@dataclass(slots=True)
class JoinReady:
    """Forward: the members in order, up to the first without an earliest date (or past the horizon)."""

    best: int | None = None  # the largest earliest ⊕ gap before that point
    via: int = 0  # position of the first member that attained it
    undated: int | None = None  # the first member without an earliest date
    beyond: bool = False  # earliest ⊕ gap of a member is past the horizon


def join_ready(join: Join, timings: Sequence[HasEarliest], wd: WorkingDays) -> JoinReady:
    out = JoinReady()
    for k, m in enumerate(join.members):
        before = timings[m].earliest
        if before is None:
            out.undated = m
            return out
        try:
            after = wd.add(before, join.gap)
        except BeyondHorizon:
            out.beyond = True
            return out
        if out.best is None or after > out.best:
            out.best, out.via = after, k
    return out


@dataclass(slots=True)
class JoinBound:
    """Backward: the smallest term the consumers give their members, and who attains it."""

    beyond: bool = False
    undated: list[tuple[int, int]] = field(default_factory=list)  # (consumer, position) without a latest date
    term: int | None = None
    first: tuple[int, int] | None = None  # the first (consumer, position) that attains `term`
    attaining: list[int] = field(default_factory=list)  # the open consumers that attain it


def join_bound(join: Join, term_of: Callable[[int], int | None], is_open: Callable[[int], bool]) -> JoinBound:
    """`term_of(c)` is the term consumer c sets its members (gap taken off), None without a latest date."""
    out = JoinBound()
    terms: list[tuple[int, tuple[int, int]]] = []
    try:
        for c, k in join.consumers:
            term = term_of(c)
            if term is None:
                out.undated.append((c, k))
            else:
                terms.append((term, (c, k)))
    except BeyondHorizon:
        out.beyond = True
        return out
    if terms:
        out.term = min(term for term, _ in terms)
        out.first = next(key for term, key in terms if term == out.term)
        out.attaining = [key[0] for term, key in terms if term == out.term and is_open(key[0])]
    return out
