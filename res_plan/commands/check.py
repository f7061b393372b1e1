"""`res-plan check`: validate and schedule plan files; exit 0 on time, 1 late, 2 invalid."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from res_plan.durations import Duration
from res_plan.messages import text
from res_plan.pipeline import check_file, find_plan_files
from res_plan.report import registry
from res_plan.report.options import ReportOptions
from res_plan.result import PlanResult

EXIT_OK, EXIT_LATE, EXIT_INVALID = 0, 1, 2
FAIL_ON = ("late", "invalid")


def exit_code(results: list[PlanResult], fail_on: str = "late") -> int:
    """2 when a plan is invalid; 1 when one is late, unless only invalid plans fail (--fail-on invalid)."""
    if any(r.invalid for r in results):
        return EXIT_INVALID
    if fail_on == "late" and any(not r.ok for r in results):
        return EXIT_LATE
    return EXIT_OK


@dataclass(frozen=True)
class Request:
    paths: list[Path]
    today: date | None = None
    fmt: str = "text"
    lang: str = "en"
    delays: Sequence[tuple[str, Duration]] = ()
    details: bool = False
    min_slack: int | None = None
    fail_on: str = "late"


def run(paths: list[Path], today: date | None, fmt: str, lang: str,
        delays: Sequence[tuple[str, Duration]] = ()) -> int:
    return execute(Request(paths, today, fmt, lang, delays))


def execute(request: Request) -> int:
    skipped: list[Path] = []
    files = find_plan_files(request.paths, skipped)
    for path in skipped:
        print(text(request.lang, "out-skipped-not-plan", file=path), file=sys.stderr)
    fmt = request.fmt
    if not files:
        where = ", ".join(str(p) for p in request.paths)
        print(text(request.lang, "no-plan-files", where=where), file=sys.stderr)
        if fmt == "json":  # a tool reading stdout still gets a document, and it says not ok
            sys.stdout.write('{"ok": false, "plans": []}\n')
        elif fmt == "junit":  # an empty, valid report rather than a 0-byte file CI cannot read
            sys.stdout.write(registry.render(fmt, [], request.lang))
        return EXIT_INVALID
    system_today = date.today()
    results = [check_file(f, request.today, system_today, request.delays, request.min_slack) for f in files]
    options = ReportOptions(request.details, request.min_slack, fmt == "text" and sys.stdout.isatty())
    for chunk in registry.chunks(fmt, results, request.lang, options):
        sys.stdout.write(chunk)
    if fmt == "github":
        _step_summary(results, request.lang)
    return exit_code(results, request.fail_on)


def _step_summary(results: list[PlanResult], lang: str) -> None:
    """Inside GitHub Actions, `--format github` also appends the Markdown summary to the file
    `$GITHUB_STEP_SUMMARY` names (appended: other steps write there too)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(registry.render("github-summary", results, lang))
    except OSError as exc:  # the annotations are out; a summary that cannot be written is no failure
        print(f"res-plan: {target}: {exc.strerror or exc}", file=sys.stderr)
