"""The one rich console of the terminal reports, and the width it may use."""

from __future__ import annotations

import os
import shutil
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

MIN_WIDTH = 40


def columns(default: int) -> int:
    """$COLUMNS when it is a usable number of columns, else `default` (never an error:
    COLUMNS=abc or COLUMNS=0 come from broken shells and CI runners, not from the user)."""
    value = os.environ.get("COLUMNS", "").strip()
    return int(value) if value.isdigit() and int(value) >= MIN_WIDTH else default


def console(out: IO[str], terminal: bool, default_width: int = 80) -> Console:
    """A console writing to `out`: on a terminal its whole width, with colour; else
    `default_width` (or a usable $COLUMNS) without colour."""
    from rich.console import Console

    if terminal:  # shutil ignores a bad $COLUMNS and asks the terminal
        width = max(MIN_WIDTH, shutil.get_terminal_size((default_width, 24)).columns)
    else:
        width = columns(default_width)
    return Console(file=out, force_terminal=terminal, width=width, no_color=not terminal,
                   highlight=False, soft_wrap=False)
