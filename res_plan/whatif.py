"""What-if: `--delay ID=DURATION`, and how far each date moved against the baseline."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from res_plan.durations import Duration, DurationError, parse_duration
from res_plan.result import DecisionRow, Move

if TYPE_CHECKING:
    from res_plan.result import PlanResult
    from res_plan.workdays import WorkingDays


def parse_delay(text: str) -> tuple[str, Duration]:
    """`ID=DURATION` as given to --delay; ValueError with a hint otherwise."""
    ref, sep, dur = text.partition("=")
    if not sep or not ref.strip():
        raise ValueError(f"'{text}' is not ID=DURATION, e.g. herijking@ede.besluit=4w")
    try:
        return ref.strip(), parse_duration(dur.strip())
    except DurationError as exc:
        raise ValueError(str(exc)) from None


def moves(rows: Sequence[DecisionRow], baseline: Sequence[DecisionRow], wd: WorkingDays) -> dict[str, Move]:
    """Per decision id, its move against the same decision in the baseline."""
    before = {row.id: row for row in baseline}

    def shift(old: date | None, new: date | None) -> int | None:
        if old is None or new is None:
            return None if old != new else 0
        return wd.slack(old.toordinal(), new.toordinal())

    out = {}
    for row in rows:
        old = before.get(row.id)
        if old is None:
            continue
        out[row.id] = Move(shift(old.earliest, row.earliest), shift(old.latest, row.latest), row.late and not old.late)
    return out


def signed(n: int) -> str:
    return f"+{n}" if n > 0 else str(n)


def delayed(result: PlanResult) -> list[tuple[str, str, str | None]]:
    """Where the --delay went: (decision id, '+8w', the stepped decision whose last step it is).

    SPEC §2.3: a reference to a decision with steps means its last step, so a delay asked for
    `herijking@ede` is all on `herijking@ede.besluit`, not spread over the steps."""
    net = result.network
    if net is None:
        return []
    out = []
    for i, node in enumerate(net.nodes):
        if not node.delays:
            continue
        amount = " ".join(f"+{d}" for d in node.delays)
        owner = node.id.rsplit(".", 1)[0] if node.step is not None else None
        later_step = any(net.nodes[s].step is not None and net.nodes[s].id.rsplit(".", 1)[0] == owner
                         for s, _ in net.succs[i])
        out.append((node.id, amount, None if later_step else owner))
    return out

