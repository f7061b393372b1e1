"""The direct coercion of command-line values gives what typer's own adapters give."""

from __future__ import annotations

import subprocess
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from typer import core
from typer._coercion import TypeDescriptor, build_runtime_param
from typer.models import OptionInfo

import res_plan.cli  # noqa: F401  (installs the direct coercion)


class Colour(str, Enum):
    red = "red"
    blue = "blue"


CASES: list[tuple[Any, OptionInfo, Any]] = [
    (str, OptionInfo(), "2025-01-01"),
    (bool, OptionInfo(), True),
    (int, OptionInfo(min=0), "3"),
    (int, OptionInfo(min=0), 3),
    (int, OptionInfo(min=0), "-1"),
    (int, OptionInfo(min=0), "x"),
    (Colour, OptionInfo(), "red"),
    (Colour, OptionInfo(), Colour.blue),
    (Colour, OptionInfo(), "green"),
    (Path, OptionInfo(), "regions/u16.yaml"),
    (Path, OptionInfo(), ""),
    (list[Path], OptionInfo(), ("a.yaml", "b")),
    (list[str], OptionInfo(), ("x=4w",)),
]


def outcome(build: Any, annotation: Any, info: OptionInfo, value: Any) -> Any:
    param = core.TyperOption(param_decls=["--x"], type_descriptor=TypeDescriptor(annotation, info, None))
    try:
        return ("ok", build(param.type_descriptor)._coerce_value(value, param=param, ctx=None))
    except Exception as exc:  # the message is what a user sees
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize(("annotation", "info", "value"), CASES)
def test_same_as_typer(annotation: Any, info: OptionInfo, value: Any) -> None:
    assert core.build_runtime_param is not build_runtime_param  # installed
    direct = outcome(core.build_runtime_param, annotation, info, value)
    assert direct == outcome(build_runtime_param, annotation, info, value)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "res_plan", *args], capture_output=True, text=True, timeout=60)


def test_one_command_built_still_answers_like_the_whole_program() -> None:
    """Only the invoked command is built on a run; the program's help, a typo and a command's
    own help must read as if every command were there."""
    names = ["check", "timeline", "agenda", "diff", "schema", "procedures", "init", "explain", "meetings"]
    whole = _run("--help")
    assert whole.returncode == 0
    assert all(f"  {name} " in whole.stdout for name in names)
    typo = _run("chek")
    assert typo.returncode == 2 and "No such command 'chek'" in typo.stderr and "'check'" in typo.stderr
    one = _run("procedures", "--help")
    assert one.returncode == 0 and "Usage: python -m res_plan procedures" in one.stdout
    listed = _run("procedures")
    assert listed.returncode == 0 and "omgevingsplan" in listed.stdout


def test_piped_help_is_plain_text_with_named_values() -> None:
    shown = _run("timeline", "--help").stdout
    assert "╭" not in shown and "\x1b[" not in shown  # no box drawing or colour in a log
    assert "--today DATE" in shown and "-o, --output FILE" in shown and "<str>" not in shown
