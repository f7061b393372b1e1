"""Export a generated plan network as a TaskJuggler 3 project, for a timing comparison.

One task per expanded decision node, scheduled ALAP towards the plan deadline. In ALAP
mode TaskJuggler derives a task's end from its successors, so a dependency is written
on the predecessor as `precedes` (a `depends` on the successor leaves the predecessor
unscheduled). Working days are Mon-Fri minus Dutch public holidays and the plan's
closed ranges; meeting calendars, recesses and elections have no TaskJuggler
counterpart here and are left out.

    python bench/tjp.py --decisions 1000 --seed 1 --output /tmp/plan-1000.tjp
    tj3 --silent --no-color -o /tmp/out /tmp/plan-1000.tjp
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta
from typing import Any

import generate

# TaskJuggler rejects dates after 2035; the start leaves room for chains that res-plan
# would call late, so that tj3 still schedules them without errors.
PROJECT_START = date(2019, 1, 1)
PROJECT_END = date(2035, 6, 30)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nl_holidays(year: int) -> list[tuple[date, str]]:
    """Dutch public holidays as the holidays package lists them (5 May in lustrum years)."""
    e = easter(year)
    kings = date(year, 4, 27)
    if kings.weekday() == 6:
        kings -= timedelta(days=1)
    days = [
        (date(year, 1, 1), "Nieuwjaarsdag"),
        (e - timedelta(days=2), "Goede Vrijdag"),
        (e, "Eerste paasdag"),
        (e + timedelta(days=1), "Tweede paasdag"),
        (kings, "Koningsdag"),
        (e + timedelta(days=39), "Hemelvaartsdag"),
        (e + timedelta(days=49), "Eerste pinksterdag"),
        (e + timedelta(days=50), "Tweede pinksterdag"),
        (date(year, 12, 25), "Eerste kerstdag"),
        (date(year, 12, 26), "Tweede kerstdag"),
    ]
    if year % 5 == 0:
        days.append((date(year, 5, 5), "Bevrijdingsdag"))
    return sorted(days)


def tj_duration(dur: str) -> tuple[str, str]:
    """SPEC duration -> (kind, TaskJuggler value): working days are TJ `length`."""
    m = re.fullmatch(r"(\d+)(wd|d|w|m)", dur)
    if not m:
        raise ValueError(f"bad duration {dur!r}")
    n, unit = m.group(1), m.group(2)
    if unit == "wd":
        return "length", f"{n}d"
    return "duration", f"{n}{unit}"


def _gap(gap: str | None) -> str:
    if not gap:
        return ""
    kind, value = tj_duration(gap)
    return f" {{gap{kind} {value}}}"


def _leaves(closed: list[tuple[date, date]]) -> list[str]:
    out: list[str] = []
    for year in range(PROJECT_START.year, PROJECT_END.year + 1):
        out.extend(f'leaves holiday "{name}" {d.isoformat()} +1d' for d, name in nl_holidays(year))
    for start, end in closed:
        out.append(f'leaves holiday "gesloten" {start.isoformat()} +{(end - start).days + 1}d')
    return out


def _task(tid: str, node: dict[str, Any], succs: list[tuple[str, str | None]], end: date | None) -> list[str]:
    lines = [f'task {tid} "{node["id"]}" {{', "  scheduling alap"]
    if node["lead"] and int(re.match(r"\d+", node["lead"]).group()) > 0:  # type: ignore[union-attr]
        kind, value = tj_duration(node["lead"])
        lines.append(f"  {kind} {value}")
    else:
        lines.append("  milestone")
    if succs:
        lines.append("  precedes " + ", ".join(f"{s}{_gap(g)}" for s, g in succs))
    if end:
        lines.append(f"  end {end.isoformat()}")
    lines.append("}")
    return lines


def to_tjp(net: dict[str, Any]) -> str:
    """TaskJuggler source for an expanded network (see generate.expand)."""
    nodes = net["nodes"]
    tid = {n["id"]: f"t{i}" for i, n in enumerate(nodes)}
    succs: dict[str, list[tuple[str, str | None]]] = {n["id"]: [] for n in nodes}
    for n in nodes:
        for pred, gap in n["after"]:
            succs[pred].append((tid[n["id"]], gap))
    deadline: date = net["deadline"]
    out = [
        f'project resplan "res-plan benchmark" {PROJECT_START.isoformat()} - {PROJECT_END.isoformat()} {{',
        '  timezone "Europe/Amsterdam"',
        f"  now {net['today'].isoformat()}" if net.get("today") else "",
        "  workinghours sat, sun off",
        "}",
    ]
    out.extend(_leaves(net["closed"]))
    for n in nodes:
        # Sinks end on the deadline: "strictly before" is the start of the deadline day.
        end = None
        if not succs[n["id"]]:
            end = min(deadline, n["deadline"]) if n["deadline"] else deadline
        out.extend(_task(tid[n["id"]], n, succs[n["id"]], end))
    out.extend(
        [
            'taskreport "tasks" {',
            "  formats csv",
            "  columns id, name, start, end",
            "}",
        ]
    )
    return "\n".join(line for line in out if line) + "\n"


def export(n: int, seed: int = 1) -> str:
    return to_tjp(generate.network(n, seed))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write the generated network as a TaskJuggler project.")
    ap.add_argument("--decisions", "-n", type=int, required=True, help="expanded decision nodes")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--output", "-o", help="file to write (default: stdout)")
    args = ap.parse_args(argv)
    text = export(args.decisions, args.seed)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
