"""`diff --format github`: GitHub Actions workflow commands on the changed lines of the new
file: an error where a decision became late, a notice where one moved, was added or is no
longer late, and where the critical path now starts."""

from __future__ import annotations

from res_plan.diff.compare import Change, PlanDiff
from res_plan.diff.wording import day_text, earliest, latest, slack, summary
from res_plan.messages import text


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, diff: PlanDiff, line: int | None, code: str, message: str) -> str:
    props = [f"file={_escape_property(diff.path)}"]
    if line is not None:
        props.append(f"line={line}")
    props.append(f"title={_escape_property('res-plan ' + code)}")
    return f"::{level} {','.join(props)}::{_escape_data(message)}"


def _dates(change: Change) -> dict[str, str]:
    return {"id": change.id, "earliest": earliest(change), "latest": latest(change), "slack": slack(change)}


def _per_line(diff: PlanDiff, changes: list[Change], level: str, code: str, key: str, lang: str) -> list[str]:
    """One command per line of the file: the instances and steps of one decision share its line."""
    by_line: dict[int | None, list[str]] = {}
    for c in changes:
        by_line.setdefault(c.line, []).append(text(lang, key, **_dates(c)))
    return [_command(level, diff, line, code, "\n".join(messages)) for line, messages in by_line.items()]


def render(diff: PlanDiff, lang: str) -> str:
    late = {c.id for c in diff.became_late}
    out = _per_line(diff, diff.became_late, "error", "became-late", "df-gh-became-late", lang)
    out += _per_line(diff, diff.no_longer_late, "notice", "no-longer-late", "df-gh-no-longer-late", lang)
    out += _per_line(diff, [c for c in diff.moved if c.id not in late], "notice", "moved", "df-gh-moved", lang)
    out += _per_line(diff, [c for c in diff.added if c.id not in late], "notice", "added", "df-gh-added", lang)
    out += [_command("notice", diff, None, "removed", text(lang, "df-gh-removed", id=c.id,
                                                            latest=day_text(c.row.latest)))
            for c in diff.removed]
    if diff.critical_changed:
        first = diff.new.critical_path[0] if diff.new.critical_path else None
        line = diff.lines.get(first) if first is not None else None
        out.append(_command("notice", diff, line, "critical-path", text(
            lang, "df-gh-critical", old=" → ".join(diff.old.critical_path) or "-",
            new=" → ".join(diff.new.critical_path) or "-")))
    out.append(f"res-plan: {diff.path}: {summary(diff, lang)}")
    return "\n".join(out) + "\n"
