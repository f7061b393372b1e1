"""The core (expansion, calendar, scheduling) does no I/O and reads no environment: the
pipeline finds the public holidays and hands them in."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from res_plan.expand import expand
from res_plan.messages import Message
from res_plan.network import Network
from res_plan.schedule import schedule
from res_plan.validate import validate
from res_plan.yaml_source import parse

CORE = ("expand", "plan_calendar", "workdays", "eligible", "schedule", "network", "kieswet", "termijnenwet")
PACKAGE = Path(__file__).parent.parent / "res_plan"
# Names whose use means files, the process environment or the user's home
FORBIDDEN_NAMES = {"open", "environ", "getenv", "putenv", "Path", "PurePath", "home", "cwd", "read_text",
                   "write_text", "read_bytes", "write_bytes", "mkdir", "stat", "listdir", "scandir", "glob",
                   "mkstemp", "fdopen", "import_module", "spec_from_file_location", "stdin", "stdout", "stderr",
                   "print", "input"}
CLOCK = {"today", "now", "utcnow", "time", "monotonic"}  # date.today(), datetime.now(), time.time()
FORBIDDEN_MODULES = {"os", "sys", "io", "pathlib", "tempfile", "shutil", "importlib", "subprocess", "socket",
                     "json", "time", "res_plan.holiday_cache", "res_plan.plan_files", "res_plan.includes", "holidays"}


def _uses(tree: ast.AST) -> Iterable[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            yield node.lineno, node.id
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            yield node.lineno, node.attr
        elif isinstance(node, ast.Attribute) and node.attr in CLOCK and isinstance(node.value, ast.Name) \
                and node.value.id in ("date", "datetime", "time"):
            yield node.lineno, f"{node.value.id}.{node.attr}"
        elif isinstance(node, ast.Import):
            yield from ((node.lineno, a.name) for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES
                        or a.name in FORBIDDEN_MODULES)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module in FORBIDDEN_MODULES or node.module.split(".")[0] in FORBIDDEN_MODULES:
                yield node.lineno, node.module


@pytest.mark.parametrize("name", CORE)
def test_the_core_does_no_io_and_reads_no_environment(name: str) -> None:
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    assert list(_uses(tree)) == []


def test_importing_the_core_loads_no_io_module() -> None:
    code = ("import sys; import res_plan." + ", res_plan.".join(CORE) +
            "; print(' '.join(m for m in ('res_plan.holiday_cache', 'res_plan.plan_files', 'res_plan.includes',"
            " 'holidays') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


PLAN = """\
version: 1
region: {id: proef, name: Proef}
deadline: 2030-03-01
today: 2030-01-01
calendar: {holidays: XX}
partners:
  - {id: ede, kind: gemeente}
decisions:
  - {id: a, by: ede.college, lead: 1wd}
"""


def _network(holidays: dict[date, str] | None) -> Network:
    plan = validate(parse(PLAN))
    return expand(plan, date(2030, 1, 1), None if holidays is None else (lambda year: holidays))


def test_the_core_runs_on_an_in_memory_holiday_source() -> None:
    # 2 January 2030 is a Wednesday: a holiday of our own pushes the decision to the Thursday.
    plain = schedule(_network({}))
    assert plain.timings[0].earliest == date(2030, 1, 2).toordinal()
    net = _network({date(2030, 1, 2): "proefdag"})
    timed = schedule(net)
    assert timed.timings[0].earliest == date(2030, 1, 3).toordinal()
    assert net.calendar.not_eligible_because(None, date(2030, 1, 2).toordinal()) == \
        Message("why-holiday", {"date": "2030-01-02", "name": "proefdag"})


def test_no_source_for_the_code_is_a_problem_of_the_plan() -> None:
    from res_plan.problems import PlanInvalid

    with pytest.raises(PlanInvalid) as raised:
        _network(None)
    assert [p.params.get("value") for p in raised.value.problems] == ["XX"]
