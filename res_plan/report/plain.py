"""Sentences and marks every report shares, without rich: problem lines, the verdict, the
decisions tied at the least slack."""

from __future__ import annotations

from datetime import date

from res_plan.messages import problem_message, text
from res_plan.problems import Problem
from res_plan.result import DecisionRow, PlanResult, Status
from res_plan.safe_text import one_line

# Marks a decision on the critical path in the tables and Markdown (plain logs write `*`).
CRITICAL_MARK = "★"
# The message key of each status, in every human format.
STATUS_KEYS = {Status.DONE: "status-done", Status.ON_TIME: "status-on-time", Status.LATE: "status-late",
               Status.BECAME_LATE: "tl-status-became-late", Status.NO_DATE: "status-no-date"}
# The message key of a plan's status in the national summaries (text, terminal, GitHub).
PLAN_STATUS_KEYS = {Status.ON_TIME: "status-on-time", Status.LATE: "status-late", Status.NO_DATE: "status-no-date",
                    Status.INVALID: "status-invalid", Status.DONE: "status-done"}
# Invalid first, then undatable, late, on time, done: the plans a reader must look at come first.
_RANK = {Status.INVALID: 0, Status.NO_DATE: 1, Status.LATE: 2, Status.ON_TIME: 3, Status.DONE: 4}


def urgency(result: PlanResult) -> tuple[int, int]:
    """The order of plans in a summary, most urgent first: by status, then least slack."""
    slack = result.worst_slack
    return (_RANK[result.status], slack if slack is not None else -(10**9))


def region_name(result: PlanResult) -> str:
    """The region's name without the customary "RES " prefix; the file when unreadable."""
    if not result.region:
        return result.file
    name = result.region["name"]
    return name[4:] if name.startswith("RES ") and len(name) > 4 else name


def row_order(row: DecisionRow) -> tuple[bool, bool, date, str]:
    """The order of a plan's decisions: undatable first (they need attention), then by latest
    date; done decisions last, by their date."""
    day = row.latest if row.done is None else row.done
    return (row.done is not None, day is not None, day or date.min, row.id)


def problem_text(p: Problem, lang: str, plan_file: str | None = None) -> str:
    """'error [late] line 12:5: message'; with the file when it is not the plan's own (a shared file)."""
    where = f"{text(lang, 'line')} {p.line}:{p.column}: " if p.line is not None else ""
    if p.file is not None and plan_file is not None and p.file != plan_file:
        where = f"{p.file}:{p.line}:{p.column}: " if p.line is not None else f"{p.file}: "
    return f"{text(lang, p.severity)} [{p.code}] {where}{problem_message(p, lang)}"


def located(p: Problem, lang: str, plan_file: str) -> str:
    """'file:line:col: severity code: message', the form editors and CI log parsers read."""
    where = p.file or plan_file
    if p.line is not None:
        where += f":{p.line}:{p.column if p.column is not None else 1}"
    # One problem, one line; a value quoted from the file keeps no control character (ESC, BEL).
    message = one_line(" ".join(problem_message(p, lang).split()))
    return f"{where}: {text(lang, p.severity)} {p.code}: {message}"


def problems_label(lang: str, n: int) -> str:
    return text(lang, "out-problems-1") if n == 1 else text(lang, "out-problems-n", n=n)


def verdict_text(result: PlanResult, lang: str) -> str:
    n = len(result.decisions)
    if result.invalid:
        errors = len(result.problems)
        key = "out-verdict-invalid-1" if errors == 1 else "out-verdict-invalid-n"
        return text(lang, key, file=result.file, n=errors)
    late = result.late_count
    if late:
        return text(lang, "verdict-late", file=result.file, late=late, n=n)
    slack = result.worst_slack
    if slack is None:
        return text(lang, "verdict-ok-none", file=result.file, n=n)
    return text(lang, "verdict-ok", file=result.file, n=n, slack=slack)


def tied_critical(result: PlanResult) -> frozenset[str]:
    """The critical path and every open decision tied with it at the plan's least slack
    (JSON keeps SPEC §3.5's single path; people see every decision that has no room)."""
    least = result.worst_slack
    tied = {d.id for d in result.open_decisions if least is not None and d.slack == least}
    return frozenset(tied) | result.critical


def tightness(row: DecisionRow, min_slack: int | None) -> str | None:
    """'out-no-slack' or 'out-low-slack' for an on-time open decision without comfortable slack."""
    if row.done is not None or row.late or row.slack is None:
        return None
    if row.slack == 0:
        return "out-no-slack"
    if min_slack is not None and row.slack < min_slack:
        return "out-low-slack"
    return None


def delay_line(result: PlanResult, lang: str, limit: int = 10) -> str | None:
    """'Delay on: herijking@ede.besluit +8w (the last step of herijking@ede).' — where --delay went."""
    from res_plan.whatif import delayed

    found = delayed(result)
    if not found:
        return None
    items = [f"{i} {amount}" + (f" ({text(lang, 'whatif-last-step', decision=owner)})" if owner else "")
             for i, amount, owner in found[:limit]]
    more = f", … (+{len(found) - limit})" if len(found) > limit else ""
    return text(lang, "whatif-on", items=", ".join(items) + more)
