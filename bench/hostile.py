"""Hostile plan files: each must be refused with exit 2 and a clear message, quickly and
in little memory. Runs `res-plan check --format json` on each in a fresh process and reports
the wall time and the peak resident memory of that process.

    python bench/hostile.py [--repeat 3] [--keep DIR] [--cmd 'res-plan check --format json']

Exit 0 when every hostile file got exit 2 within the limits (2 s, 200 MB), else 1.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from res_plan.yaml_source import MAX_ITEMS

TIME_LIMIT_S = 2.0
MEMORY_LIMIT_MB = 200.0
HEAD = "version: 1\nregion: {id: hostile, name: Hostile}\ndeadline: 2025-01-01\ntoday: 2024-01-02\n"


def alias_bomb() -> str:
    """"Billion laughs": nine levels of nine aliases, 9^9 strings once expanded."""
    lines = [HEAD.rstrip("\n"), 'lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"lol{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    lines.append("decisions:\n  - {id: a, title: *l9}")
    return "\n".join(lines) + "\n"


def fifty_megabytes() -> str:
    rows, size, i = [HEAD + "decisions:\n"], len(HEAD) + 11, 0
    while size < 50 * 1024 * 1024:
        row = f"  - {{id: d{i}, title: Besluit nummer {i} van de regio, after: [d{max(i - 1, 0)}], lead: 2w}}\n"
        rows.append(row)
        size, i = size + len(row), i + 1
    return "".join(rows)


def nested_lists() -> str:
    return HEAD + "decisions: " + "[" * 10_000 + "]" * 10_000 + "\n"


def nested_mappings() -> str:
    return HEAD + "decisions: " + "{a: " * 10_000 + "b" + "}" * 10_000 + "\n"


def nested_block() -> str:
    return HEAD + "decisions:\n  " + "- " * 10_000 + "x\n"


def long_title() -> str:
    return HEAD + "decisions:\n  - {id: a, title: " + "x" * 1_000_000 + "}\n"


def long_flow_list() -> str:
    refs = ", ".join(["a"] * 333_000)
    return HEAD + "decisions:\n  - {id: a}\n  - {id: b, after: [" + refs + "]}\n"


def long_key() -> str:
    return HEAD + "decisions:\n  - {id: a}\n? " + "k" * 1_000_000 + "\n: 1\n"


def flat_16_mib() -> str:
    """Just under the file-size limit, as many tiny values as fit: 8 million of them."""
    body = "1," * (8 * 1024 * 1024 - 100)
    return HEAD + "decisions: [" + body + "1]\n"


def chain_5000() -> str:
    """A chain of 5,000 decisions, each after the one before: valid, and late."""
    rows = "".join(f"  - {{id: d{i}, title: Besluit {i}, after: [d{i - 1}], lead: 1d}}\n" for i in range(1, 5000))
    return HEAD.replace("2025-01-01", "2030-01-01") + "decisions:\n  - {id: d0, lead: 1w}\n" + rows


def for_each_explosion() -> str:
    """2,000 gemeenten times 200 stepped decisions: far past the expansion limit."""
    partners = "".join(f"  - {{id: g{i}, kind: gemeente}}\n" for i in range(2000))
    decisions = "".join(f"  - {{id: d{i}, for_each: [gemeente], procedure: besluit-volksvertegenwoordiging}}\n"
                        for i in range(200))
    return HEAD + "partners:\n" + partners + "decisions:\n" + decisions


@dataclass
class Case:
    name: str
    make: Callable[[], str]
    says: str  # part of the message the user must see
    exits: tuple[int, ...] = (2,)  # the exit codes that are a right answer
    args: tuple[str, ...] = ()  # options before the file (default: check --format json)
    side: Callable[[], dict[str, str]] = dict  # files written beside the plan: name -> text
    # A hostile file's bound; a valid plan of 100,000 decisions has the speed bound of a national plan.
    limit_s: float = TIME_LIMIT_S
    limit_mb: float = MEMORY_LIMIT_MB


CASES = [
    Case("alias-bomb", alias_bomb, "YAML alias"),
    Case("50-mb-file", fifty_megabytes, "limited to"),
    Case("nesting-10000-flow-lists", nested_lists, "nested more than"),
    Case("nesting-10000-flow-mappings", nested_mappings, "nested more than"),
    Case("nesting-10000-block-lists", nested_block, "nested more than"),
    Case("line-1e6-chars-title", long_title, "too long"),
    Case("line-1e6-chars-flow-list", long_flow_list, f"more than {MAX_ITEMS:,} entries"),
    Case("line-1e6-chars-key", long_key, "unknown key"),
    Case("16-mib-of-tiny-values", flat_16_mib, f"more than {MAX_ITEMS:,} entries"),
]
sys.path.insert(0, str(Path(__file__).parent))
from hostile_classes import CLASSES  # noqa: E402  (beside this file)

BOUNDED = [Case(**c) for c in CLASSES]  # each answered within the limits, never by an internal error

# Not hostile, shown for scale: the cost of plans at the limits (no pass/fail).
AT_THE_LIMITS = [
    Case("5000-decision-chain (valid)", chain_5000, ""),
    Case("for_each-to-200000 (too-large)", for_each_explosion, ""),
]


@dataclass
class Measured:
    exit_code: int
    seconds: float
    peak_mb: float
    message: str


def measure(cmd: list[str], path: Path) -> Measured:
    """One run in a fresh wrapper process, so the peak memory (RUSAGE_CHILDREN) is this run's alone."""
    wrapper = [sys.executable, __file__, "--one", json.dumps(cmd), str(path)]
    out = subprocess.run(wrapper, capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    return Measured(**data)


def _one(cmd: list[str], path: Path) -> None:
    import resource

    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd + [str(path)], capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        print(json.dumps({"exit_code": -1, "seconds": time.perf_counter() - start, "peak_mb": 0.0,
                          "message": "did not finish in 120 s"}))
        return
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    try:
        problems = json.loads(proc.stdout)["plans"][0]["problems"]
        first = problems[0] if problems else {"code": "-", "line": "-", "message": "no problems"}
        message = f"[{first['code']}] line {first['line']}: {first['message']}"
    except (ValueError, KeyError, IndexError, TypeError):
        message = (proc.stderr + proc.stdout).decode("utf-8", "replace").strip()[:200]
    print(json.dumps({"exit_code": proc.returncode, "seconds": seconds, "peak_mb": peak_kb / 1024,
                      "message": message}))


def default_cmd() -> list[str]:
    return [sys.executable, "-m", "res_plan", "check", "--format", "json"]


def write_case(case: Case, folder: Path) -> Path:
    """The case's plan in folder, with the files it includes beside it."""
    from hostile_classes import LINK

    for name, content in case.side().items():
        side = folder / name
        side.unlink(missing_ok=True)
        if content.startswith(LINK):
            side.symlink_to(content[len(LINK):])
        else:
            side.write_text(content, encoding="utf-8")
    path = folder / f"{case.name.split()[0].strip('-').replace('/', '_')}.yaml"
    path.write_text(case.make(), encoding="utf-8")
    return path


def case_cmd(case: Case, cmd: list[str]) -> list[str]:
    return [sys.executable, "-m", "res_plan", *case.args] if case.args else cmd


def answered(case: Case, runs: list[Measured]) -> bool:
    """Within the limits, a right exit code, the expected words and never an internal error."""
    last = runs[-1]
    return (all(r.exit_code in case.exits for r in runs) and max(r.seconds for r in runs) < case.limit_s
            and max(r.peak_mb for r in runs) < case.limit_mb and case.says in last.message
            and "internal error" not in last.message)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per file; the median time is reported")
    parser.add_argument("--keep", type=Path, help="write the hostile files here and keep them")
    parser.add_argument("--cmd", help="command to run, the file is appended (default: this Python's res-plan)")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(json.loads(args.one[0]), Path(args.one[1]))
        return 0
    cmd = shlex.split(args.cmd) if args.cmd else default_cmd()
    print(f"{'case':30} {'size':>9} {'exit':>4} {'time s':>7} {'peak MB':>8}  message")
    failed = 0
    baseline_case = Case("baseline (a valid plan)", lambda: HEAD + "decisions:\n  - {id: a, lead: 2w}\n", "")
    cases = [c for c in [baseline_case] + CASES + BOUNDED + AT_THE_LIMITS if not args.only or args.only in c.name]
    judged = CASES + BOUNDED
    for case in cases:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="res-plan-hostile-"))
        folder.mkdir(parents=True, exist_ok=True)
        path = write_case(case, folder)
        runs = [measure(case_cmd(case, cmd), path) for _ in range(max(1, args.repeat))]
        seconds = statistics.median(r.seconds for r in runs)
        peak = max(r.peak_mb for r in runs)
        last = runs[-1]
        ok = case not in judged or answered(case, runs)
        failed += not ok
        size = path.stat().st_size
        print(f"{case.name:30} {size / 1e6:8.1f}M {last.exit_code:>4} {seconds:7.2f} {peak:8.1f}  "
              f"{'' if ok else 'FAIL '}{' '.join(last.message.split())[:110]}", flush=True)
        if not args.keep:
            shutil.rmtree(folder)
    print(f"limits: under {TIME_LIMIT_S:.0f} s and {MEMORY_LIMIT_MB:.0f} MB per file (a valid plan of 100,000 "
          "decisions: 5 s and 400 MB); "
          f"{len(judged) - failed} of {len(judged)} hostile files answered within them")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
