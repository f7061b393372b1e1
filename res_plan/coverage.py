"""What a plan leaves out, said once per plan: partners that belong to the region but that
the file cannot list (their decisions are missing), and representative bodies that decide
without a meeting calendar (every working day then counts as a meeting day for them, which
makes a plan look better than it is)."""

from __future__ import annotations

from collections.abc import Sequence

from res_plan.bodies import split_key
from res_plan.model import MissingPartners
from res_plan.network import Network
from res_plan.problems import Problem, problem

_LISTED = 8  # bodies named in the warning; the count says how many there are


def coverage_warnings(missing: Sequence[MissingPartners]) -> list[Problem]:
    """A warning per entry of `missing_partners`: decisions the plan cannot schedule."""
    return [problem("missing-partners", "missing-partners", severity="warning", loc=("missing_partners", i),
                    count=m.count, kind=m.kind, note=f" ({m.note})" if m.note else "")
            for i, m in enumerate(missing)]


def coverage_notes(net: Network) -> list[Problem]:
    """Notes on how far the dates can be trusted, beside the problems (JSON `notes`).

    Not a problem of the plan: the contract's problem lists stay as they are, and a body
    without a calendar is a gap in what is known, not an error in the file."""
    out: list[Problem] = []
    bodies = sorted({n.by for n in net.nodes if n.by and _representative(net, n.by)
                     and n.by not in net.calendar.meetings})
    if bodies:
        shown = ", ".join(bodies[:_LISTED]) + (", …" if len(bodies) > _LISTED else "")
        out.append(problem("no-meeting-calendar", "no-meeting-calendar", severity="warning", loc=("partners",),
                           count=len(bodies), bodies=shown))
    return out


def _representative(net: Network, key: str) -> bool:
    pid, body = split_key(key)
    partner = net.calendar.partners.get(pid)
    return partner is not None and partner.role("representative") == body
