"""Benchmark `res-plan check` on generated plans, against tj3 on the same network.

Prints a markdown table: per size the wall time (median) and peak RSS of the whole
`res-plan check FILE --format json` process, the tj3 time for the equivalent .tjp, and
their ratio; then the cold-start block.

    .venv/bin/python bench/run.py
    .venv/bin/python bench/run.py --sizes 100,1000 --repeat 5 --tj-max 20000
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cold
import generate
import outputs
import tjp

REPO = Path(__file__).resolve().parent.parent
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    code: int
    stdout: str
    stderr: str


def measure(cmd: list[str], cwd: Path | None = None) -> Run:
    """Run one fresh process and take its own peak RSS.

    A forked child's ru_maxrss starts from the parent's RSS (which holds the generated
    plan), so the command is started by GNU time, a small process, where available.
    """
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        wrapped = [GNU_TIME, "-f", "%M", "-o", str(rss_file), *cmd] if GNU_TIME else cmd
        with open(Path(tmp) / "out", "w+b") as out, open(Path(tmp) / "err", "w+b") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(wrapped, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd)
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
        rss_kib = float(rss_file.read_text().split()[-1]) if GNU_TIME else float(usage.ru_maxrss)
        return Run(seconds, rss_kib / 1024, proc.returncode, stdout, stderr)


def repeat(cmd: list[str], times: int, cwd: Path | None = None) -> tuple[float, float, Run]:
    """Median seconds, max peak RSS (MB) and the last run."""
    runs = [measure(cmd, cwd) for _ in range(times)]
    return statistics.median(r.seconds for r in runs), max(r.max_rss_mb for r in runs), runs[-1]


def find_res_plan(cmd: str | None) -> list[str] | None:
    if cmd:
        return shlex.split(cmd)
    beside = Path(sys.executable).parent / "res-plan"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("res-plan")
    return [found] if found else None


def editable_install() -> bool:
    """Whether this Python's res-plan is installed editable (PEP 610 direct_url.json): its
    modules then come from the source tree, and with PYTHONDONTWRITEBYTECODE set (as in many CI
    images) each is compiled again on every run."""
    import sysconfig
    from importlib import metadata

    # Looked up in this Python's site-packages only: the repository's own egg-info is on sys.path too.
    for dist in metadata.distributions(name="res-plan", path=[sysconfig.get_paths()["purelib"]]):
        url = dist.read_text("direct_url.json")
        return bool(url) and bool(json.loads(url or "{}").get("dir_info", {}).get("editable"))
    return False


def invalid_report(run: Run, path: Path) -> str:
    """The first problems of an exit-2 run: a generator bug, so show what res-plan said."""
    lines = [f"res-plan check exited 2 on {path}: the generated file is invalid (generator bug)."]
    try:
        problems = [p for plan in json.loads(run.stdout)["plans"] for p in plan["problems"]]
        lines += [
            f"  {p.get('severity')} {p.get('code')} line {p.get('line')}: {p.get('message')}"
            for p in problems[:20]
        ]
    except (ValueError, KeyError, TypeError):
        lines += ["stdout:", *run.stdout.splitlines()[:20]]
    lines += ["stderr:", *run.stderr.splitlines()[:20]]
    return "\n".join(lines)


def size_limit(stdout: str) -> str | None:
    """The message when every problem is res-plan's own `too-large` limit, else None."""
    try:
        problems = [p for plan in json.loads(stdout)["plans"] for p in plan["problems"]]
    except (ValueError, KeyError, TypeError):
        return None
    if problems and all(p.get("code") == "too-large" for p in problems):
        return "; ".join(str(p.get("message")) for p in problems)
    return None


def late_count(stdout: str) -> str:
    try:
        return str(sum(1 for p in json.loads(stdout)["plans"] for d in p["decisions"] if d["late"]))
    except (ValueError, KeyError, TypeError):
        return "?"


def fmt(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def size_row(
    n: int, args: argparse.Namespace, res_plan: list[str] | None, tmp: Path, notes: list[str]
) -> list[str]:
    plan = generate.build_plan(n, args.seed)
    plan_file = tmp / f"plan-{n}.yaml"
    plan_file.write_text(generate.to_yaml(plan), encoding="utf-8")
    net = generate.expand(plan)
    edges = sum(len(x["after"]) for x in net["nodes"])
    times = args.repeat or (1 if n >= 100_000 else 3)
    row = [str(len(net["nodes"])), str(edges), f"{plan_file.stat().st_size / 1e6:.1f}"]
    cells, rp_s = res_plan_cells(n, res_plan, plan_file, times, notes)
    row += cells
    if n > args.tj_max:
        return row + ["skipped", "—", "—"]
    return row + tj_cells(n, net, times, tmp, rp_s)


def res_plan_cells(
    n: int, res_plan: list[str] | None, plan_file: Path, times: int, notes: list[str]
) -> tuple[list[str], float | None]:
    """res-plan seconds, peak RSS and exit; stops the run on a generated file it calls invalid."""
    if res_plan is None:
        return ["res-plan not found", "—", "—"], None
    seconds, rss, last = repeat([*res_plan, "check", str(plan_file), "--format", "json"], times)
    if last.code != 2:
        return [fmt(seconds), fmt(rss, 0), f"{last.code} ({late_count(last.stdout)} late)"], seconds
    limit = size_limit(last.stdout)
    if limit is None:
        print(invalid_report(last, plan_file), file=sys.stderr)
        raise SystemExit(2)
    # A size limit of res-plan itself, not a generator bug: report it and go on.
    notes.append(f"{n}: {limit}")
    return ["rejected: too-large", "—", "2"], None


def tj_cells(n: int, net: dict[str, Any], times: int, tmp: Path, rp_s: float | None) -> list[str]:
    """tj3 seconds, peak RSS and the ratio to res-plan, on the same network."""
    if not shutil.which("tj3"):
        return ["tj3 not installed", "—", "—"]
    tj_file = tmp / f"plan-{n}.tjp"
    tj_file.write_text(tjp.to_tjp(net), encoding="utf-8")
    outdir = tmp / f"tj-{n}"
    outdir.mkdir(exist_ok=True)
    tj_s, tj_rss, tj_last = repeat(
        ["tj3", "--silent", "--no-color", "-o", str(outdir), str(tj_file)], min(times, 3) if n <= 1000 else 1
    )
    if tj_last.code != 0:
        return [f"tj3 failed ({tj_last.code})", "—", "—"]
    ratio = f"{tj_s / rp_s:.1f}×" if rp_s else "—"
    return [fmt(tj_s), fmt(tj_rss, 0), ratio]


def table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000,100000", help="comma-separated decision counts")
    ap.add_argument("--repeat", type=int, default=0, help="runs per size (default 3; 1 from 100000)")
    ap.add_argument(
        "--tj-max", type=int, default=1000, help="largest size also run with tj3 (20000 takes minutes)"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--cmd", help="res-plan command line (default: res-plan beside this python, else on PATH)"
    )
    ap.add_argument(
        "--example", default="examples/noord-veluwe-herijking-2023.yaml",
        help="plan file or folder for the cold start (relative to the repository)"
    )
    ap.add_argument("--no-cold", action="store_true", help="skip the cold-start block")
    ap.add_argument("--outputs", type=int, default=10000,
                    help="decisions of the timeline HTML/ICS block (0 skips it)")
    args = ap.parse_args(argv)
    res_plan = find_res_plan(args.cmd)
    if not args.cmd and editable_install():
        print("note: res-plan runs from the source tree (pip install -e); pipelines install it with "
              "`pip install .`, whose modules are compiled once at install (see README, Speed)", file=sys.stderr)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    head = [
        "decisions",
        "edges",
        "file MB",
        "res-plan check s",
        "res-plan RSS MB",
        "exit",
        "tj3 s",
        "tj3 RSS MB",
        "tj3 / res-plan",
    ]
    rows: list[list[str]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="res-plan-bench-") as tmp:
        for n in sizes:
            rows.append(size_row(n, args, res_plan, Path(tmp), notes))
            print(f"  done {n}", file=sys.stderr, flush=True)
    print(table(head, rows))
    for note in notes:
        print(f"\n- res-plan refused {note}")
    if not args.no_cold and res_plan:
        print()
        print("Cold start (median of 10 interleaved rounds; stdout a pipe):")
        print()
        print(table(["command", "wall s", "ratio", "exit"], cold.cold_rows(res_plan, args.example)))
    if args.outputs and res_plan:
        print()
        print("Big timelines (median of 3):")
        print()
        print(table(["command", "wall s", "beyond the JSON run", "file MB"],
                    outputs.output_rows(res_plan, args.outputs, args.seed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
