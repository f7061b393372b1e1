"""The cold-start block of bench/run.py: whole processes, interleaved, medians side by side.

Every round runs each command once, in turn, so a burst of other load on the machine hits
all of them alike; the ratios are taken between medians of the same rounds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Case:
    label: str
    cmd: list[str]
    fresh_cache: bool = False  # an empty holiday cache folder for every run, as on a new CI runner
    seconds: list[float] = field(default_factory=list)
    code: int = 0


def run_once(case: Case) -> None:
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="res-plan-cache-") as cache:
        if case.fresh_cache:
            env["RES_PLAN_CACHE_DIR"] = cache
        start = time.perf_counter()
        # stdout is a pipe, as in CI: the log-safe text path, not the terminal one
        proc = subprocess.run(case.cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL, cwd=REPO, env=env)
        case.seconds.append(time.perf_counter() - start)
        case.code = proc.returncode


def cases(res_plan: list[str], example: str) -> list[Case]:
    py = sys.executable
    regions = str(REPO / "regions")
    return [
        Case("python -c pass", [py, "-c", "pass"]),
        Case('python -c "import pydantic, yaml"', [py, "-c", "import pydantic, yaml"]),
        Case("bare typer app printing a rich table", [py, str(REPO / "bench" / "bare_typer_table.py")]),
        Case("res-plan --help", [*res_plan, "--help"]),
        Case(f"res-plan check {example}", [*res_plan, "check", example]),
        Case(f"res-plan check {example} --format json", [*res_plan, "check", example, "--format", "json"]),
        Case(f"res-plan check {example} --format json, empty holiday cache",
             [*res_plan, "check", example, "--format", "json"], fresh_cache=True),
        Case("res-plan check regions/", [*res_plan, "check", regions]),
        Case("res-plan check regions/ --format json", [*res_plan, "check", regions, "--format", "json"]),
    ]


def ratio(a: Case, b: Case) -> str:
    return f"{statistics.median(a.seconds) / statistics.median(b.seconds):.2f}×"


def cold_rows(res_plan: list[str], example: str, rounds: int = 10) -> list[list[str]]:
    """command, median wall s, ratio to its yardstick, exit."""
    todo = cases(res_plan, example)
    for case in todo:  # one unmeasured run each: byte-compiled files and the disk cache in place
        run_once(case)
        case.seconds.clear()
    for _ in range(rounds):
        for case in todo:
            run_once(case)
    bare, json_one, json_regions = todo[2], todo[5], todo[8]
    against = {4: ratio(todo[4], bare), 5: ratio(json_one, bare), 6: ratio(todo[6], json_one),
               7: ratio(todo[7], json_regions)}
    yardstick = {4: "bare typer", 5: "bare typer", 6: "warm cache", 7: "JSON run"}
    rows = []
    for i, case in enumerate(todo):
        cell = f"{against[i]} {yardstick[i]}" if i in against else "—"
        rows.append([case.label, f"{statistics.median(case.seconds):.3f}", cell, str(case.code)])
    return rows
