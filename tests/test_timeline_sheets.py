"""`timeline --format xlsx` (read back with openpyxl) and `--format mermaid` (its structure)."""

from __future__ import annotations

import builtins
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from res_plan.timeline.mermaid import escape
from tests.helpers import EXAMPLES, write_plan
from tests.test_timeline import timeline

openpyxl = pytest.importorskip("openpyxl")
EXAMPLE = EXAMPLES / "noord-veluwe-herijking-2023.yaml"
TRICKY = """version: 1
region: {id: t, name: "Test: <b>#1</b>; 100%"}
deadline: 2025-01-01
today: 2024-01-08
partners:
  - {id: ede, name: Gemeente Ede, kind: gemeente}
decisions:
  - {id: a, title: "=HYPERLINK(\\"x\\") ``` %% end", by: ede.raad, lead: 4w}
  - {id: b, title: "Besluit: fase 2; klaar", after: [a], lead: 250wd}
"""


def _sheet(path: Path) -> Any:
    return openpyxl.load_workbook(path).active


def test_xlsx_has_date_cells_a_frozen_filtered_header_and_widths(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    run = timeline(str(EXAMPLE), "-f", "xlsx", "-o", str(out), "--lang", "nl")
    assert run.code == 0 and out.read_bytes().startswith(b"PK")
    ws = _sheet(out)
    assert ws.title == "Tijdlijn" and ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]][:3] == ["uiterlijk", "besluit", "id"]
    assert ws.auto_filter.ref == f"A1:J{ws.max_row}"
    assert ws["A2"].is_date and isinstance(ws["A2"].value, datetime) and ws["E2"].is_date
    assert ws.column_dimensions["B"].width > 30  # titles are long; the id column fits its ids
    late = [r for r in ws.iter_rows(min_row=2) if r[6].value == "TE LAAT"]
    critical = [r for r in ws.iter_rows(min_row=2) if r[7].value == "ja" and r[6].value != "TE LAAT"]
    assert late and all(r[0].fill.fgColor.rgb.endswith("FFC7CE") for r in late)
    assert all(r[1].font.b for r in critical)


def test_xlsx_in_english_keeps_formulas_as_text_and_the_same_bytes(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, TRICKY)
    one, two = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    assert timeline(str(plan), "-f", "xlsx", "-o", str(one)).code == 0
    assert timeline(str(plan), "-f", "xlsx", "-o", str(two)).code == 0
    assert one.read_bytes() == two.read_bytes()
    ws = _sheet(one)
    assert ws.title == "Timeline" and ws["A1"].value == "latest"
    titles = [r[1].value for r in ws.iter_rows(min_row=2)]
    assert titles[0].startswith("=HYPERLINK") and ws["B2"].data_type == "s"  # a string, not a formula


def test_xlsx_needs_an_output_and_says_when_the_writer_is_missing(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    run = timeline(str(EXAMPLE), "-f", "xlsx")
    assert run.code == 2 and run.out == b"" and "--output" in run.err
    real = builtins.__import__

    def no_xlsxwriter(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "xlsxwriter":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_xlsxwriter)
    out = tmp_path / "t.xlsx"
    run = timeline(str(EXAMPLE), "-f", "xlsx", "-o", str(out))
    assert run.code == 2 and "res-plan[xlsx]" in run.err and not out.exists()


TASK = re.compile(r"^    (?P<name>[^:\n]+) :(?P<data>(?:(?:crit|done|milestone), )*[dw]\d+, "
                  r"\d{4}-\d\d-\d\d, (?:\d{4}-\d\d-\d\d|0d))$")


def _lines(text: str) -> list[str]:
    lines = text.splitlines()
    assert lines[0] == "```mermaid" and lines[1] == "gantt" and lines[-1] == "```"
    return lines[2:-1]


def test_mermaid_is_a_gantt_line_by_line() -> None:
    run = timeline(str(EXAMPLE), "-f", "mermaid", "--lang", "nl")
    assert run.code == 0
    body = _lines(run.text)
    assert body[:3] == ["    title Tijdlijn#58; RES Noord-Veluwe", "    dateFormat YYYY-MM-DD", "    axisFormat %b %Y"]
    sections = [line for line in body if line.startswith("    section ")]
    assert "    section juni 2024" in sections
    tasks = [line for line in body[3:] if not line.startswith(("    section ", "    %%"))]
    assert tasks and all(TASK.match(line) for line in tasks), [t for t in tasks if not TASK.match(t)]
    critical = [t for t in tasks if ":crit" in t]
    assert any("herijking@vallei-en-veluwe.besluit" in t for t in critical)
    ids = [TASK.match(t)["data"].split(", ")[-3] for t in tasks]  # type: ignore[index]
    assert len(ids) == len(set(ids))


def test_mermaid_escapes_what_mermaid_reads(tmp_path: Path) -> None:
    run = timeline(str(write_plan(tmp_path, TRICKY)), "-f", "mermaid")
    body = _lines(run.text)
    assert body[0] == "    title Timeline#58; Test#58; #lt;b#gt;#35;1#lt;/b#gt;#59; 100#37;"
    tasks = [line for line in body if TASK.match(line)]
    assert len(tasks) == 2 and "Besluit#58; fase 2#59; klaar (b)" in tasks[1]
    assert "```" not in "\n".join(body) and "%%" not in "\n".join(body)
    assert escape("a\nb: c") == "a b#58; c"


def test_html_describes_the_chart_in_words_for_screen_readers(tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    assert timeline(str(EXAMPLE), "-f", "html", "-o", str(out)).code == 0  # a late plan, written: exit 0
    page = out.read_text(encoding="utf-8")
    assert '<section class="chart" aria-describedby="chart-summary">' in page
    summary = re.search(r'<p id="chart-summary" style="[^"]*clip[^"]*">([^<]*)</p>', page)
    assert summary is not None
    assert summary[1].startswith("The chart shows 31 decisions from 2023-03-01 to ")
    assert "18 late" in summary[1] and "Critical path: herijking@vallei-en-veluwe.besluit → " in summary[1]


def test_a_delay_on_a_stepped_decision_names_the_step_that_took_it() -> None:
    from tests.helpers import run_cli

    args = ("--delay", "herijking@harderwijk=8w", "--delay", "plan-mer.mer-gereed=2w")
    _, piped = run_cli("check", str(EXAMPLE), *args, "--lang", "nl")
    assert ("Vertraging op: plan-mer.mer-gereed +2w, herijking@harderwijk.besluit +8w "
            "(de laatste stap van herijking@harderwijk).") in piped
    table = timeline(str(EXAMPLE), *args).text
    assert "herijking@harderwijk.besluit +8w (the last step of herijking@harderwijk)" in table
    md = timeline(str(EXAMPLE), "-f", "markdown", "--delay", "herijking@harderwijk.voorstel=1w").text
    assert "Delay on: herijking@harderwijk.voorstel +1w." in md  # a step named itself: not the last
