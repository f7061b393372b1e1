"""Shared test helpers: the conformance cases, running the CLI in-process."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from res_plan.cli import app

ROOT = Path(__file__).resolve().parent.parent
# The contract's material beside the repository, when it is there (optional).
SHARED = Path(os.environ.get("RES_PLAN_SHARED", ROOT.parent / "shared"))
SHARED_CONFORMANCE = SHARED / "conformance"
# The conformance cases the repository carries: always present.
CONFORMANCE = ROOT / "tests" / "conformance"
EXAMPLES = ROOT / "examples"


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run res-plan in-process with a fixed width and no colour; (exit code, stdout)."""
    runner = CliRunner()
    base = {"COLUMNS": "80", "NO_COLOR": "1", "RES_PLAN_LANG": "", "LANG": "C.UTF-8"}
    result = runner.invoke(app, list(args), env={**base, **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout


def check_json(path: Path | str, *extra: str) -> tuple[int, dict[str, Any]]:
    code, out = run_cli("check", str(path), "--format", "json", *extra)
    return code, json.loads(out)


def write_plan(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# Walking a plan's parsed YAML, for the fuzz tests that mutate it.
DataPath = tuple[Any, ...]


def paths(value: Any, here: DataPath = ()) -> list[DataPath]:
    """Every key and list index below value, parents before children."""
    out: list[DataPath] = [here] if here else []
    if isinstance(value, dict):
        for key, child in value.items():
            out += paths(child, here + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            out += paths(child, here + (i,))
    return out


def ids_in(value: Any) -> list[str]:
    """Every `id:` text below value, in document order."""
    found: list[str] = []
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            found.append(value["id"])
        for child in value.values():
            found += ids_in(child)
    elif isinstance(value, list):
        for child in value:
            found += ids_in(child)
    return found


def parent_of(data: Any, path: DataPath) -> Any:
    """The mapping or list that holds path's last part."""
    for part in path[:-1]:
        data = data[part]
    return data
