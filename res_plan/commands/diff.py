"""`res-plan diff OLD NEW`: both versions of a plan scheduled with the same today, and what
changed; exit 0 when nothing became late, 1 when something did, 2 on bad input."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from res_plan.commands.check import EXIT_INVALID
from res_plan.messages import text
from res_plan.pipeline import check_text, locate
from res_plan.plan_source import PlanSource, SourceError, read_source
from res_plan.problems import PlanInvalid
from res_plan.result import PlanResult
from res_plan.yaml_source import parse

EXIT_SAME, EXIT_BECAME_LATE = 0, 1


def _check(spec: str, today: date | None, system_today: date, workdir: Path) -> tuple[PlanResult, PlanSource | None]:
    try:
        source = read_source(spec, workdir)
    except PlanInvalid as exc:
        return PlanResult(spec, problems=[locate(p, None, spec) for p in exc.problems]), None
    return check_text(source.text, source.label, today, system_today, source.base), source


def _lines(result: PlanResult, source: PlanSource) -> dict[str, int]:
    """The line of each decision in the new file, where the annotations go."""
    assert result.network is not None
    doc = parse(source.text)
    out = {}
    for node in result.network.nodes:
        line, _ = doc.position(node.loc)
        if line is not None:
            out[node.id] = line
    return out


def run(old_spec: str, new_spec: str, today: date | None, fmt: str, lang: str) -> int:
    system_today = date.today()
    with tempfile.TemporaryDirectory(prefix="res-plan-diff-") as tmp:
        try:
            # The new version's today (given, written, else the system date) plans both.
            new, new_source = _check(new_spec, today, system_today, Path(tmp) / "new")
            old, _ = _check(old_spec, new.today or today or system_today, system_today, Path(tmp) / "old")
        except SourceError as err:
            print(f"res-plan: {text(lang, err.key, **err.params)}", file=sys.stderr)
            return EXIT_INVALID
    bad = [r for r in (old, new) if r.invalid or r.network is None]
    if bad or new_source is None:
        return _invalid(bad, fmt, lang)
    from res_plan.diff import render
    from res_plan.diff.compare import compare

    diff = compare(old, new, new_source.path, _lines(new, new_source))
    sys.stdout.write(render(fmt, diff, lang))
    return EXIT_BECAME_LATE if diff.became_late else EXIT_SAME


def _invalid(results: list[PlanResult], fmt: str, lang: str) -> int:
    """The problems of a version that cannot be compared, as `check` reports them."""
    if fmt == "github":
        from res_plan.report import github_report

        sys.stdout.write(github_report.render(results, lang))
    else:
        from res_plan.report import text_report

        sys.stderr.write(text_report.render(results, lang))
    return EXIT_INVALID
