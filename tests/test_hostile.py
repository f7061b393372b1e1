"""Hostile input stays bounded: every file of bench/hostile.py is refused with exit 2 and a
clear message, in under 2 s and 200 MB (measured in a fresh process)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from res_plan import validate, yaml_source
from tests.helpers import ROOT, check_json

_spec = importlib.util.spec_from_file_location("hostile", ROOT / "bench" / "hostile.py")
assert _spec and _spec.loader
hostile = importlib.util.module_from_spec(_spec)
sys.modules["hostile"] = hostile
_spec.loader.exec_module(hostile)

# Runs the pipeline on one file and reports its own time and peak memory.
CHILD = """
import json, resource, sys, time
from datetime import date
from pathlib import Path
from res_plan.pipeline import check_file
from res_plan.commands.check import exit_code
start = time.perf_counter()
result = check_file(Path(sys.argv[1]), None, date(2024, 1, 2))
seconds = time.perf_counter() - start
try:  # this process's own peak: ru_maxrss may carry the parent's from before exec
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1])
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "exit": exit_code([result]), "peak_mb": peak_kb / 1024,
                  "problems": [[p.code, p.message, p.line] for p in result.problems]}))
"""


def run_child(path: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=60,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", hostile.CASES, ids=[c.name for c in hostile.CASES])
def test_hostile_file_is_refused_quickly_in_little_memory(tmp_path: Path, case: Any) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(case.make(), encoding="utf-8")
    got = run_child(path)
    assert got["exit"] == 2
    assert got["problems"], "refused without saying why"
    _code, message, _line = got["problems"][0]
    assert case.says in message
    assert len(message) < 300
    assert got["seconds"] < hostile.TIME_LIMIT_S, got["seconds"]
    assert got["peak_mb"] < hostile.MEMORY_LIMIT_MB, got["peak_mb"]


def test_alias_bomb_through_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(hostile.alias_bomb(), encoding="utf-8")
    code, doc = check_json(path)
    assert code == 2
    [p] = doc["plans"][0]["problems"]
    assert p["code"] == "too-large" and p["file"] == str(path)
    # located on the anchor line where the expanded count passes the limit
    assert path.read_text(encoding="utf-8").splitlines()[p["line"] - 1].startswith("lol")


def test_small_alias_use_is_fine(tmp_path: Path) -> None:
    """Aliases are YAML: a few reused values stay accepted."""
    text = hostile.HEAD + ("calendar:\n  recess:\n"
                           "    - {from: 2024-07-01, to: 2024-08-31, bodies: &raden [raad]}\n"
                           "    - {from: 2024-12-20, to: 2024-12-31, bodies: *raden}\n"
                           "decisions:\n  - {id: a, lead: 2w}\n")
    path = tmp_path / "ok.yaml"
    path.write_text(text, encoding="utf-8")
    assert check_json(path)[0] == 0


def test_limits_are_the_documented_ones() -> None:
    docs = (ROOT / "README.md").read_text(encoding="utf-8")
    for number in (f"{yaml_source.MAX_FILE_BYTES // (1024 * 1024)} MiB", f"{yaml_source.MAX_NODES:,}",
                   f"{yaml_source.MAX_DEPTH}", f"{yaml_source.MAX_ITEMS:,}", f"{validate.MAX_DECISIONS:,}",
                   f"{validate.MAX_PARTNERS:,}"):
        assert number in docs, number


def test_just_below_the_depth_limit_is_read(tmp_path: Path) -> None:
    depth = yaml_source.MAX_DEPTH - 2
    path = tmp_path / "deep.yaml"
    path.write_text(hostile.HEAD + "decisions: [{id: a, title: x}]\nextra: " + "[" * depth + "]" * depth + "\n",
                    encoding="utf-8")
    code, doc = check_json(path)
    assert code == 2
    assert [p["code"] for p in doc["plans"][0]["problems"]] == ["unknown-key"]


def test_more_decisions_than_the_limit_is_refused_at_the_key(tmp_path: Path) -> None:
    rows = "".join(f"  - {{id: d{i}}}\n" for i in range(validate.MAX_DECISIONS + 1))
    path = tmp_path / "many.yaml"
    path.write_text(hostile.HEAD + "decisions:\n" + rows, encoding="utf-8")
    code, doc = check_json(path)
    assert code == 2
    [p] = doc["plans"][0]["problems"]
    assert (p["code"], p["line"], p["column"]) == ("too-large", 5, 1)
    assert f"{validate.MAX_DECISIONS:,}" in p["message"]


def test_a_list_longer_than_the_limit_is_refused_where_it_passes_it(tmp_path: Path) -> None:
    dates = ", ".join(["2024-03-07"] * (yaml_source.MAX_ITEMS + 1))
    path = tmp_path / "long.yaml"
    path.write_text(hostile.HEAD + f"partners:\n  - {{id: p, kind: gemeente, meetings: {{raad: [{dates}]}}}}\n"
                    "decisions:\n  - {id: a}\n", encoding="utf-8")
    code, doc = check_json(path)
    assert code == 2
    [p] = doc["plans"][0]["problems"]
    assert (p["code"], p["line"]) == ("too-large", 6)
