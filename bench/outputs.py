"""The big-timeline block of bench/run.py: `timeline` as HTML, iCalendar and JSON on one
generated plan, the HTML's size and the time headless chromium takes to open and draw it.
The JSON run is the yardstick: the planning both formats share."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import generate


def _seconds(cmd: list[str], times: int) -> float:
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def output_rows(res_plan: list[str], n: int, seed: int, times: int = 3) -> list[list[str]]:
    """format, median wall s, beyond the JSON run, file MB."""
    with tempfile.TemporaryDirectory(prefix="res-plan-outputs-") as tmp:
        plan = Path(tmp) / f"plan-{n}.yaml"
        plan.write_text(generate.generate(n, seed), encoding="utf-8")
        rows, base = [], 0.0
        for fmt in ("json", "html", "ics"):
            out = Path(tmp) / f"timeline.{fmt}"
            s = _seconds([*res_plan, "timeline", str(plan), "-f", fmt, "-o", str(out)], times)
            base = base or s
            extra = "—" if fmt == "json" else f"{s - base:+.2f}"
            rows.append([f"timeline -f {fmt} ({n} decisions)", f"{s:.2f}", extra, f"{out.stat().st_size / 1e6:.1f}"])
        browser = shutil.which("chromium") or shutil.which("chromium-browser")
        if browser:
            page = f"file://{Path(tmp) / 'timeline.html'}"
            shot = ["--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={Path(tmp) / 'x.png'}",
                    "--window-size=1300,900"]
            blank = Path(tmp) / "blank.html"
            blank.write_text("<!DOCTYPE html><p>x</p>", encoding="utf-8")
            empty = _seconds([browser, *shot, f"file://{blank}"], times)
            s = _seconds([browser, *shot, page], times)
            rows.append(["chromium --headless --screenshot of the HTML", f"{s:.2f}",
                         f"{s - empty:+.2f} over a blank page", "—"])
        return rows
