"""The direct coercion of command-line values gives what typer's own adapters give."""

from __future__ import annotations

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
