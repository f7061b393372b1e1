"""`diff --format text`: the changes as aligned plain text, for a terminal or a log."""

from __future__ import annotations

from res_plan.diff.compare import Change, PlanDiff
from res_plan.diff.wording import earliest, facts, label, latest, sections, slack, summary, title
from res_plan.messages import text

_COLUMNS = ("col-id", "col-by", "col-earliest", "col-latest", "col-slack")


def _cells(change: Change, lang: str) -> list[str]:
    return [label(change, lang), change.row.by or "-", earliest(change), latest(change), slack(change)]


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]))]
    return ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]


def render(diff: PlanDiff, lang: str) -> str:
    lines = [title(diff, lang), facts(diff, lang)]
    header = [text(lang, k) for k in _COLUMNS]
    for key, changes in sections(diff):
        if changes:
            lines += ["", f"{text(lang, key)} ({len(changes)}):"]
            lines += _table([header] + [_cells(c, lang) for c in changes])
    if diff.moved:
        lines += [f"  ({text(lang, 'df-wd')})"]
    if diff.critical_changed:
        lines += ["", f"{text(lang, 'df-critical')}:",
                  f"  {text(lang, 'df-was')}: {' → '.join(diff.old.critical_path) or '-'}",
                  f"  {text(lang, 'df-now')}: {' → '.join(diff.new.critical_path) or '-'}"]
    lines += ["", summary(diff, lang)]
    return "\n".join(lines) + "\n"
