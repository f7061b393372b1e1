"""Ending a command-line run without taking its data apart first.

A national plan leaves millions of small objects alive when the command returns; freeing them
one by one, and then every module, is work nobody waits for (a third of a second at 100,000
decisions). The command line's `main` keeps the results alive and leaves with `os._exit`
once the output is flushed and the exit handlers have run. In-process callers (tests, a
library user) never enable this: nothing is kept and nothing exits."""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

_kept: list[object] | None = None


def enable() -> None:
    global _kept
    _kept = []


def keep(value: object) -> None:
    """Hold `value` until the process leaves (only when `enable` was called)."""
    if _kept is not None:
        _kept.append(value)


def code_of(exit: SystemExit) -> int:
    """The exit status Python itself would give for `exit`, printing a text code as it would."""
    code = exit.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def leave(code: int) -> NoReturn:
    atexit._run_exitfuncs()  # e.g. the holiday cache is written there
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or vanished stream: nothing more can be said there
            pass
    os._exit(code)
