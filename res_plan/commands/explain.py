"""`res-plan explain PATH ID`: the binding constraints behind one decision's dates."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from res_plan.commands.check import EXIT_INVALID, EXIT_OK
from res_plan.explain import explain
from res_plan.hints import suggest
from res_plan.messages import text
from res_plan.pipeline import check_file


def run(path: Path, decision: str, today: date | None, lang: str) -> int:
    result = check_file(path, today, date.today())
    if result.invalid or result.network is None or result.schedule is None:
        from res_plan.report.text_report import render

        sys.stdout.write(render([result], lang))
        return EXIT_INVALID
    if decision not in result.network.index:
        hint = suggest(decision, result.network.index)
        print(text(lang, "ex-unknown-id", path=str(path), id=decision, hint=hint), file=sys.stderr)
        return EXIT_INVALID
    print("\n".join(explain(result.network, result.schedule, decision, lang)))
    return EXIT_OK  # SPEC §4: explained; lateness is check's to report
