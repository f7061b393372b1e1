"""`res-plan procedures`: the built-in decision routes with their steps, roles, default
lead times and the basis and source of each lead. Plain text when piped; fits 80 columns."""

from __future__ import annotations

import io
import os
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from res_plan.durations import Duration
from res_plan.messages import text
from res_plan.procedures import BuiltinProcedure, builtin_catalogue

_BASIS_STYLE = {"statutory": "green", "official": "cyan", "practice": "yellow", "assumption": "magenta"}


def label(lang: str, key: str, **params: object) -> str:
    return text(lang, f"proc-{key}", **params)


def total_lead(leads: list[Duration | None]) -> str:
    """The sum of the leads, in weeks where every lead is in days or weeks, else per unit."""
    days = sum(d.n * (7 if d.unit == "w" else 1) for d in leads if d is not None and d.unit in ("d", "w"))
    other: dict[str, int] = {}
    for d in leads:
        if d is not None and d.unit in ("wd", "m"):
            other[d.unit] = other.get(d.unit, 0) + d.n
    parts = [f"{days // 7}w" if days % 7 == 0 else f"{days}d"] if days or not other else []
    parts += [f"{n}{unit}" for unit, n in sorted(other.items())]
    return " + ".join(parts)


def procedure_table(proc: BuiltinProcedure, lang: str) -> Table:
    """One row a step: its id, then role, lead and basis on one line and the source below,
    so the source gets the full remaining width (readable on 80 columns)."""
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", expand=False, padding=(0, 2, 0, 0))
    table.add_column(label(lang, "step"), overflow="fold", max_width=24)
    table.add_column(f"{label(lang, 'by')}, {label(lang, 'lead')}, {label(lang, 'basis')} / {label(lang, 'source')}",
                     overflow="fold", ratio=1)
    for step, meta in zip(proc.steps, proc.sources, strict=False):
        role = label(lang, step.by) if step.by in ("executive", "representative") else (step.by or label(lang, "none"))
        basis = label(lang, meta.basis) if meta.basis in _BASIS_STYLE else meta.basis
        lead = str(step.lead if step.lead is not None else "0d")
        if step.lead_by_kind:  # e.g. GS -> PS takes longer than college -> raad
            lead += " (" + ", ".join(f"{kind} {dur}" for kind, dur in step.lead_by_kind.items()) + ")"
        detail = Text(f"{role}, {lead}, ")
        detail.append(basis, style=_BASIS_STYLE.get(meta.basis, ""))
        detail.append("\n")
        detail.append(" ".join(meta.source.split()), style="dim")
        table.add_row(step.id, detail)
    return table


def render_procedure(console: Console, proc: BuiltinProcedure, lang: str) -> None:
    head = Text(proc.name, style="bold")
    head.append(f"  ({label(lang, 'total', total=total_lead([s.lead for s in proc.steps]))})", style="dim")
    console.print(head)
    console.print(Text(" ".join(proc.description.split()), style="italic"))
    console.print(procedure_table(proc, lang))


def render(names: list[str], lang: str) -> str:
    catalogue = builtin_catalogue()
    out = io.StringIO()
    terminal = sys.stdout.isatty()
    columns = os.environ.get("COLUMNS", "")
    width = None if terminal else (int(columns) if columns.isdigit() and int(columns) >= 40 else 80)
    console = Console(file=out, force_terminal=terminal, width=width, no_color=not terminal,
                      highlight=False, soft_wrap=False)
    for i, name in enumerate(names):
        if i:
            console.print()
        render_procedure(console, catalogue[name], lang)
    console.print()
    console.print(Text(label(lang, "legend"), style="dim"))
    text = out.getvalue()
    if not terminal:  # no padding at line ends in files and pipes
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


# The routes in the order a reader meets them: plain decisions first, permits last.
ORDER = ("besluit-bestuur", "besluit-volksvertegenwoordiging", "besluit-na-wensen-en-bedenkingen", "uov",
         "uov-volksvertegenwoordiging", "plan-mer", "omgevingsvergunning-regulier", "omgevingsvergunning-uitgebreid",
         "omgevingsvergunning-met-advies-raad")


def ordered_names() -> list[str]:
    names = list(builtin_catalogue())
    return [n for n in ORDER if n in names] + sorted(n for n in names if n not in ORDER)


def run(name: str | None, lang: str) -> int:
    catalogue = builtin_catalogue()
    if name is not None and name not in catalogue:
        print(label(lang, "unknown", name=name, names=", ".join(catalogue)), file=sys.stderr)
        return 2
    sys.stdout.write(render([name] if name else ordered_names(), lang))
    return 0
