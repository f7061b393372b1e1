"""The html timeline in a real headless browser (Debian's chromium): the DOM it builds, a
screenshot that is not blank, and the printed page size.

Skipped only when chromium is missing and CI is not set; `.ci/run` installs it."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from res_plan.timeline.gantt import MAX_ROWS
from tests.helpers import write_plan
from tests.test_timeline import timeline

PLAN = """version: 1
region: {id: browser, name: Regio Browsertest}
deadline: 2025-01-01
today: 2024-01-08
calendar:
  recess:
    - {name: zomerreces, from: 2024-07-06, to: 2024-08-31, bodies: [raad, ab]}
  elections:
    - {name: waterschapsverkiezingen, date: 2024-03-15, bodies: [db, ab], before: 1w, after: 4w}
partners:
  - id: ede
    name: Gemeente Ede
    kind: gemeente
    meetings:
      raad: {rrule: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1"}
  - {id: vv, name: Waterschap Vallei en Veluwe, kind: waterschap}
  - {id: res, name: Stuurgroep RES, kind: regio}
decisions:
  - {id: opdracht, title: Opdracht, by: res.stuurgroep, lead: 1w}
  - {id: concept, title: Concept RES, by: res.stuurgroep, after: [opdracht], lead: 8w}
  - {id: vaststelling, title: Vaststelling, for_each: [gemeente, waterschap], procedure: raadsbesluit,
     after: [concept]}
  - {id: vergunning, title: Omgevingsvergunning, by: ede.college, after: [vaststelling@ede], lead: 26w}
done:
  opdracht: 2024-01-05
procedures:
  raadsbesluit:
    steps:
      - {id: voorstel, by: executive, lead: 4w}
      - {id: besluit, by: representative, lead: 6w}
"""
DECISIONS = {"opdracht", "concept", "vaststelling@ede.voorstel", "vaststelling@ede.besluit",
             "vaststelling@vv.voorstel", "vaststelling@vv.besluit", "vergunning"}
NATIONAL = 10_000  # decisions: the size of a national plan in bench/run.py
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


def chromium() -> str:
    found = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it): the html test must run in CI")
        pytest.skip("chromium is not installed")
    return found


def browse(tmp_path: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


class Elements(HTMLParser):
    """Every start tag of a document as (tag, attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))

    def having(self, tag: str, cls: str) -> list[dict[str, str]]:
        return [a for t, a in self.found if t == tag and cls in a.get("class", "").split()]


def png_colours(data: bytes) -> tuple[set[bytes], float]:
    """The distinct RGB colours of an 8-bit RGB or RGBA PNG, and the share of non-white pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IHDR":
            header = data[pos + 8:pos + 8 + length]
        elif kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0
    bpp = 3 if colour_type == 2 else 4
    stride, raw = width * bpp, zlib.decompress(b"".join(idat))
    prev, colours, ink = [0] * stride, set(), 0
    for y in range(height):
        start = y * (stride + 1)
        line = _unfilter(raw[start], list(raw[start + 1:start + 1 + stride]), prev, bpp)
        row = bytes(line)
        pixels = [row[i:i + 3] for i in range(0, stride, bpp)]
        colours.update(pixels)
        ink += sum(1 for p in pixels if p != b"\xff\xff\xff")
        prev = line
    return colours, ink / (width * height)


def _unfilter(kind: int, line: list[int], prev: list[int], bpp: int) -> list[int]:
    """Undo one PNG scanline filter (RFC 2083 §6)."""
    if kind == 0:
        return line
    if kind == 2:
        return [(x + b) & 255 for x, b in zip(line, prev, strict=False)]
    for i in range(len(line)):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + a) & 255
        elif kind == 3:
            line[i] = (line[i] + ((a + b) >> 1)) & 255
        else:
            pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    return line


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    plan = write_plan(folder, PLAN)
    target = folder / "timeline.html"
    run = timeline(str(plan), "--format", "html", "--lang", "nl", "--output", str(target))
    assert run.code in (0, 1), run.err
    return target


def test_dom_has_a_bar_per_decision_critical_ones_marked_and_the_deadline(page: Path, tmp_path: Path) -> None:
    dom = Elements()
    dom.feed(browse(tmp_path, page, "--dump-dom").stdout)
    bars = dom.having("rect", "bar")
    assert {b["data-id"] for b in bars} == DECISIONS and len(bars) == len(DECISIONS)
    critical = {b["data-id"] for b in dom.having("rect", "critical")}
    ids = [a.get("data-id") for t, a in dom.found if t == "tr" and "critical" in a.get("class", "").split()]
    assert critical and critical == set(ids)  # the same decisions are critical in picture and table
    assert critical < DECISIONS
    assert {b["data-id"] for b in dom.having("rect", "done")} == {"opdracht"}
    assert [a.get("id") for t, a in dom.found if t == "line" and a.get("id") in ("deadline", "today")] == \
        ["today", "deadline"]
    assert len(dom.having("rect", "window")) == 2 and dom.having("rect", "window-row")
    assert dom.having("line", "meeting")  # the raad's meeting days inside its bar
    assert len(dom.having("path", "earliest")) == len(DECISIONS) - 1  # every open decision
    assert len([t for t, a in dom.found if t == "table"]) == 1  # a short plan keeps one table


def test_screenshot_is_not_blank(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "timeline.png"
    browse(tmp_path, page, f"--screenshot={shot}", "--window-size=1600,1000")
    colours, ink = png_colours(shot.read_bytes())
    assert len(colours) > 50  # text, bars, shading, lines: far more than a blank page
    assert 0.02 < ink < 0.9


def test_prints_on_a4_landscape(page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "timeline.pdf"
    browse(tmp_path, page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    boxes = {tuple(round(float(v)) for v in box.split())
             for box in re.findall(rb"/MediaBox\s*\[([^\]]+)\]", pdf.read_bytes())}
    assert boxes == {(0, 0, 842, 595)}  # A4 landscape in points


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's generated plan of 10,000 decisions, as html in Dutch."""
    spec = importlib.util.spec_from_file_location("generate", Path(__file__).parents[1] / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    sys.modules["generate"] = generate  # its dataclasses look their module up
    spec.loader.exec_module(generate)
    folder = tmp_path_factory.mktemp("national")
    plan = folder / "plan.yaml"
    plan.write_text(generate.generate(NATIONAL, 1), encoding="utf-8")
    target = folder / "timeline.html"
    run = timeline(str(plan), "--format", "html", "--lang", "nl", "--output", str(target))
    assert run.code == 0, run.err
    return target


def test_a_national_plan_opens_and_says_what_its_chart_leaves_out(national: Path, tmp_path: Path) -> None:
    chromium()
    assert national.stat().st_size < 5_000_000
    dom = Elements()
    dom.feed(browse(tmp_path, national, "--dump-dom").stdout)
    assert len(dom.having("g", "label")) == MAX_ROWS  # chart rows, a bar each unless undatable
    bars = dom.having("rect", "bar")
    rows = {a["data-id"] for t, a in dom.found if t == "tr" and "decision" in a.get("class", "").split()}
    assert len(rows) == NATIONAL and {b["data-id"] for b in bars} < rows  # the table lists every decision
    page = national.read_text(encoding="utf-8")
    note = re.search(r'<p class="chart-summary">([^<]*)</p>', page)
    assert note is not None and note[1].startswith(f"De grafiek toont {MAX_ROWS} van de {NATIONAL} besluiten")
    chart = page[page.index('<svg class="gantt"'):]
    years = [float(x) for x in re.findall(r'<text class="year" x="([\d.]+)"', chart[:chart.index("</svg>")])]
    assert len(years) > 10 and all(b - a >= 30 for a, b in itertools.pairwise(years))  # none over another
    shot = tmp_path / "national.png"
    browse(tmp_path, national, f"--screenshot={shot}", "--window-size=1300,900")
    colours, ink = png_colours(shot.read_bytes())
    assert len(colours) > 50 and 0.02 < ink < 0.9  # the first screen is drawn
