"""`diff --format markdown`: the changes as a pull-request comment. The first line is a hidden
marker naming the file, so a workflow can find and update its own comment."""

from __future__ import annotations

from res_plan.diff.compare import Change, PlanDiff
from res_plan.diff.wording import earliest, facts, latest, name, sections, slack, summary, title
from res_plan.messages import text

_COLUMNS = ("col-id", "col-title", "col-by", "col-earliest", "col-latest", "col-slack")
FOLD_OVER = 10  # rows: a longer list is folded, so that the comment stays readable


def cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").strip() or " "


def _row(values: list[str]) -> str:
    return "| " + " | ".join(values) + " |"


def _table(changes: list[Change], lang: str) -> list[str]:
    lines = [_row([text(lang, k) for k in _COLUMNS]), "|---|---|---|---|---|---:|"]
    for c in changes:
        new = f" _({text(lang, 'df-new')})_" if c.old is None else ""
        lines.append(_row([f"`{cell(c.id)}`{new}", cell(name(c)), cell(c.row.by or "-"), cell(earliest(c)),
                           cell(latest(c)), cell(slack(c))]))
    return lines


def _section(key: str, changes: list[Change], lang: str) -> list[str]:
    heading = f"{text(lang, key)} ({len(changes)})"
    if len(changes) > FOLD_OVER:
        return [f"<details><summary><b>{heading}</b></summary>", "", *_table(changes, lang), "", "</details>", ""]
    return [f"#### {heading}", "", *_table(changes, lang), ""]


def _path(ids: list[str]) -> str:
    return " → ".join(f"`{i}`" for i in ids) or "-"


def render(diff: PlanDiff, lang: str) -> str:
    mark = "⚠️ " if diff.became_late else ""
    lines = [f"<!-- res-plan diff {cell(diff.path)} -->", f"### {mark}{cell(title(diff, lang))}", "",
             cell(facts(diff, lang)), "", f"**{summary(diff, lang)}**", ""]
    for key, changes in sections(diff):
        if changes:
            lines += _section(key, changes, lang)
    if diff.moved:
        lines += [f"_{text(lang, 'col-earliest')}, {text(lang, 'col-latest')}: {text(lang, 'df-wd')}_", ""]
    if diff.critical_changed:
        lines += [f"#### {text(lang, 'df-critical')}", "", f"{text(lang, 'df-was')}: {_path(diff.old.critical_path)}  ",
                  f"{text(lang, 'df-now')}: {_path(diff.new.critical_path)}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
