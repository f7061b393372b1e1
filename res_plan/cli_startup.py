"""Start-up costs of the command line that are typer's and pydantic's, not ours.

typer (≥ 0.29) coerces every parameter of the invoked command, given or not, through a
pydantic TypeAdapter built on each run: importing its adapter module and building nine
schemas for `check` costs more than the plan's own work. Our parameters are plain strings,
flags, enums, a bounded int and paths, which need no schema. `install()` gives them a direct
coercion; whatever it does not recognise (a bad value, another typer version) goes to
typer's own adapter, so errors and messages stay typer's.

pydantic looks up plugins through `importlib.metadata` (a scan of every installed package)
when it builds its first model; with plugins disabled the lookup module is not needed.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

_Coerce = Callable[[Any, Any, Any], Any]


class _Fallback(Exception):
    """The value is not one the direct coercion is sure about: typer's adapter decides."""


def skip_pydantic_plugins() -> None:
    """No pydantic plugins are used: disable them and their lookup (before the first model)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] not in ("__all__", "1", "true"):
        return
    name = "pydantic.plugin._loader"
    if name in sys.modules:
        return
    stub = types.ModuleType(name, "Plugins disabled: pydantic's loader, without its entry-point scan.")

    def get_plugins() -> Iterable[Any]:
        return ()

    stub.get_plugins = get_plugins  # type: ignore[attr-defined]
    sys.modules[name] = stub


def direct_coercion() -> None:
    """Parameters of the kinds res-plan uses are coerced without a pydantic adapter."""
    try:
        from typer import _coercion, core
        from typer._param_types import coerce_cli_choice, coerce_cli_path
    except ImportError:  # an older typer without adapters: nothing to skip
        return
    found = getattr(core, "build_runtime_param", None)
    if found is None or getattr(found, "_res_plan_direct", False):
        return
    original: Callable[[Any], Any] = found

    def leaf(annotation: Any, info: Any) -> _Coerce | None:
        if info.parser is not None:
            return None
        if annotation is str:
            return lambda value, param, ctx: _plain(value, str)
        if annotation is bool:
            return lambda value, param, ctx: _plain(value, bool)
        if annotation is int:
            return lambda value, param, ctx: _bounded(value, info.min, info.max, info.clamp)
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            choices = list(annotation)

            def choice(value: Any, param: Any, ctx: Any) -> Any:
                try:
                    return coerce_cli_choice(value, choices=choices, case_sensitive=info.case_sensitive,
                                             ctx=ctx)
                except ValueError:
                    raise _Fallback from None

            return choice
        if annotation is Path and info.path_type is None:
            def path(value: Any, param: Any, ctx: Any) -> Any:
                if not (isinstance(value, Path) or (isinstance(value, str) and value)):
                    raise _Fallback
                return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)

            return path
        return None

    def direct(descriptor: Any) -> Any:
        annotation, info = descriptor.annotation, descriptor.parameter_info
        if descriptor.file_annotation is not None:
            return original(descriptor)
        one = leaf(get_args(annotation)[0], info) if get_origin(annotation) is list else leaf(annotation, info)
        if one is None:
            return original(descriptor)
        is_list = get_origin(annotation) is list
        coerce: _Coerce = one

        class Direct(_coercion.RuntimeParam):
            def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
                try:
                    if not is_list:
                        return coerce(value, param, ctx)
                    items = value if isinstance(value, (list, tuple)) else [value]
                    return [coerce(item, param, ctx) for item in items]
                except _Fallback:
                    return original(descriptor)._coerce_value(value, param=param, ctx=ctx)

        return Direct(parameter_info=info, annotation=annotation)

    direct._res_plan_direct = True  # type: ignore[attr-defined]
    core.build_runtime_param = direct  # type: ignore[attr-defined]


def _plain(value: Any, kind: type) -> Any:
    if type(value) is not kind:
        raise _Fallback
    return value


def _bounded(value: Any, low: Any, high: Any, clamp: Any) -> int:
    if type(value) is int:
        number = value
    elif isinstance(value, str) and value.isascii() and value.isdigit():
        number = int(value)
    else:
        raise _Fallback
    if clamp or (low is not None and number < low) or (high is not None and number > high):
        raise _Fallback
    return number


def only_the_invoked_command(app: Any, argv: list[str]) -> None:
    """Keep just the command `argv` names: typer turns every registered command's signature into
    click parameters on each run (evaluating their annotations), nine commands for the one used.
    Help of the whole program, an option before the command or an unknown name keep them all,
    so `res-plan --help` lists every command and a typo still gets click's own message."""
    wanted = argv[1] if len(argv) > 1 else ""
    if wanted.startswith("-"):
        return
    from typer.main import get_command_name

    named = [info for info in app.registered_commands  # named as typer names them
             if (info.name or get_command_name(info.callback.__name__)) == wanted]
    if named:
        app.registered_commands = named
