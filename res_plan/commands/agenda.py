"""`res-plan agenda`: every plan under the paths checked as `check` does, and one partner's
decisions from all of them listed together; exit codes as `check` (0 on time, 1 late, 2 invalid)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from res_plan.agenda.view import AgendaError, Request, build
from res_plan.commands.check import EXIT_INVALID, exit_code
from res_plan.messages import text
from res_plan.pipeline import check_file, find_plan_files


def run(paths: list[Path], request: Request, today: date | None, fmt: str, lang: str) -> int:
    files = find_plan_files(paths)
    if not files:
        print(text(lang, "no-plan-files", where=", ".join(str(p) for p in paths)), file=sys.stderr)
        return EXIT_INVALID
    system_today = date.today()
    results = [check_file(f, today, system_today) for f in files]
    invalid = [r for r in results if r.invalid]
    if invalid:  # reported as `check` reports them; the other plans are still listed
        from res_plan.report import text_report

        sys.stderr.write(text_report.render(invalid, lang))
    try:
        agenda = build(results, request)
    except AgendaError as err:
        print(f"res-plan: {text(lang, err.key, **err.params)}", file=sys.stderr)
        return EXIT_INVALID
    from res_plan.agenda import render

    sys.stdout.write(render(fmt, agenda, lang))
    return exit_code(results)
