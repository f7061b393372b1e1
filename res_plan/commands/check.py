"""`res-plan check`: validate and schedule plan files; exit 0 on time, 1 late, 2 invalid."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from res_plan.durations import Duration
from res_plan.messages import text
from res_plan.pipeline import check_file, find_plan_files
from res_plan.report import registry
from res_plan.result import PlanResult

EXIT_OK, EXIT_LATE, EXIT_INVALID = 0, 1, 2


def exit_code(results: list[PlanResult]) -> int:
    if any(r.invalid for r in results):
        return EXIT_INVALID
    if any(not r.ok for r in results):
        return EXIT_LATE
    return EXIT_OK


def run(paths: list[Path], today: date | None, fmt: str, lang: str,
        delays: Sequence[tuple[str, Duration]] = ()) -> int:
    files = find_plan_files(paths)
    if not files:
        where = ", ".join(str(p) for p in paths)
        print(text(lang, "no-plan-files", where=where), file=sys.stderr)
        if fmt == "json":  # a tool reading stdout still gets a document, and it says not ok
            sys.stdout.write('{"ok": false, "plans": []}\n')
        return EXIT_INVALID
    system_today = date.today()
    results = [check_file(f, today, system_today, delays) for f in files]
    sys.stdout.write(registry.render(fmt, results, lang))
    return exit_code(results)
