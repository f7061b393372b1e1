"""What the command line asks of a report beyond the results themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportOptions:
    details: bool = False  # the decision tables of every plan, not only of a single one
    min_slack: int | None = None  # decisions with less slack are marked (and warned about)
    terminal: bool = False  # stdout is a terminal: rich tables with colour


DEFAULT = ReportOptions()
