"""`res-plan timeline`: golden files, the ics round trip, selection, languages, exit codes,
atomic output and the movement against a baseline.

Regenerate the golden files after an intended change of output with

    RES_PLAN_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_timeline.py

and review the diff of tests/golden/.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from res_plan.atomic import WouldOverwriteInput, write_atomic
from res_plan.cli import app
from res_plan.commands import timeline as command
from res_plan.durations import parse_duration
from res_plan.timeline.wording import shift_label
from tests.helpers import CONFORMANCE, EXAMPLES, write_plan

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = bool(os.environ.get("RES_PLAN_UPDATE_GOLDENS"))
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "RES_PLAN_LANG": "", "LANG": "C.UTF-8"}


@dataclass
class Run:
    code: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


def timeline(*args: str, env: dict[str, str] | None = None) -> Run:
    result = CliRunner().invoke(app, ["timeline", *args], env={**ENV, **(env or {})})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout_bytes, result.stderr)


# -- golden files -----------------------------------------------------------------------------

PLANS = [CONFORMANCE / "07-for-each.yaml", CONFORMANCE / "08-procedure-steps.yaml",
         EXAMPLES / "noord-veluwe-herijking-2023.yaml"]
GOLDEN_FORMATS = [("markdown", "md", ()), ("csv", "csv", ()), ("json", "json", ()),
                  ("markdown", "nl.md", ("--lang", "nl"))]


@pytest.mark.parametrize("fmt,suffix,extra", GOLDEN_FORMATS, ids=[s for _, s, _ in GOLDEN_FORMATS])
@pytest.mark.parametrize("plan", PLANS, ids=[p.stem for p in PLANS])
def test_golden(plan: Path, fmt: str, suffix: str, extra: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    if not plan.exists():
        pytest.skip(f"{plan} is not there")
    monkeypatch.chdir(plan.parent)  # the file name in the output stays the same wherever the tree is
    run = timeline(plan.name, "--format", fmt, *extra)
    assert run.code in (0, 1), run.err
    golden = GOLDEN / f"{plan.stem}.{suffix}"
    if UPDATE or not golden.exists():
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(run.out)
        if not UPDATE:
            pytest.fail(f"{golden} was missing and has been written: review it and run again")
    assert run.out == golden.read_bytes(), f"{golden.name} differs: RES_PLAN_UPDATE_GOLDENS=1 to accept"


def test_json_is_the_check_json(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = CONFORMANCE / "07-for-each.yaml"
    monkeypatch.chdir(plan.parent)
    checked = CliRunner().invoke(app, ["check", plan.name, "--format", "json"], env=ENV)
    assert json.loads(timeline(plan.name, "-f", "json").text) == json.loads(checked.stdout)


def test_csv_has_every_json_field_of_every_decision(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = CONFORMANCE / "08-procedure-steps.yaml"
    monkeypatch.chdir(plan.parent)
    decisions = json.loads(timeline(plan.name, "-f", "json").text)["plans"][0]["decisions"]
    out = timeline(plan.name, "-f", "csv").out
    assert out.startswith("\ufeff".encode()) and b"\r\n" in out  # Excel: BOM and CRLF
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [d["id"] for d in decisions]
    for row, decision in zip(rows, decisions, strict=False):
        for key, value in decision.items():
            expected = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
            assert row[key] == expected, (decision["id"], key)
    critical = {r["id"] for r in rows if r["critical"] == "true"}
    assert critical == set(json.loads(timeline(plan.name, "-f", "json").text)["plans"][0]["critical_path"])


# -- ics -----------------------------------------------------------------------------------------

def _events(ics: bytes) -> list:  # type: ignore[type-arg]
    from icalendar import Calendar

    return list(Calendar.from_ical(ics).walk("VEVENT"))


def test_ics_one_event_per_decision_on_its_latest_date_with_stable_uids() -> None:
    plan = CONFORMANCE / "07-for-each.yaml"
    decisions = json.loads(timeline(str(plan), "-f", "json").text)["plans"][0]["decisions"]
    first, second = timeline(str(plan), "-f", "ics"), timeline(str(plan), "-f", "ics")
    assert first.code == 0 and first.out == second.out  # byte for byte: nothing depends on the clock
    events = _events(first.out)
    assert len(events) == len(decisions)
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == len(events)
    for d in decisions:
        event = by_uid[f"for-each/{d['id']}@res-plan"]
        assert event.decoded("DTSTART") == date.fromisoformat(d["latest"])
        assert event.decoded("DTEND") == date.fromordinal(date.fromisoformat(d["latest"]).toordinal() + 1)
        assert str(event["SUMMARY"]).startswith("latest decision: ")
        assert len(event.subcomponents) == 1 and event.subcomponents[0].name == "VALARM"
    assert {str(e["DTSTAMP"].to_ical().decode()) for e in events} == {"20240902T000000Z"}


def test_ics_uids_survive_a_new_schedule_and_partner_filter_narrows(tmp_path: Path) -> None:
    plan = str(CONFORMANCE / "07-for-each.yaml")
    text = (CONFORMANCE / "07-for-each.yaml").read_text(encoding="utf-8")
    moved = write_plan(tmp_path, text.replace("deadline: 2025-03-01", "deadline: 2025-04-01"))
    before = {str(e["UID"]): e.decoded("DTSTART") for e in _events(timeline(plan, "-f", "ics").out)}
    later = {str(e["UID"]): e.decoded("DTSTART") for e in _events(timeline(str(moved), "-f", "ics").out)}
    assert set(later) == set(before)  # a re-import updates the same events
    assert later != before  # ... which moved
    leiden = _events(timeline(plan, "-f", "ics", "--partner", "leiden").out)
    assert sorted(str(e["UID"]) for e in leiden) == ["for-each/besluit@leiden@res-plan",
                                                     "for-each/kaders@leiden@res-plan"]
    summary = str(_events(timeline(plan, "-f", "ics", "--lang", "nl").out)[0]["SUMMARY"])
    assert summary.startswith("uiterlijk besluit: ")


def test_ics_done_decision_has_its_date_and_no_reminder(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 1w}\n  - {id: b, after: [a], lead: 2w}\n"
                      "done: {a: 2024-01-05}\n")
    events = {str(e["UID"]): e for e in _events(timeline(str(plan), "-f", "ics").out)}
    done = events["test/a@res-plan"]
    assert done.decoded("DTSTART") == date(2024, 1, 5) and not done.subcomponents
    assert str(done["SUMMARY"]).startswith("decided: ")


# -- table, selection, languages -----------------------------------------------------------------

HEAD = """version: 1
region: {id: test, name: Test}
deadline: 2025-01-01
today: 2024-01-08
"""
WINDOWS = HEAD + """calendar:
  recess:
    - {name: zomerreces, from: 2024-07-06, to: 2024-08-31, bodies: [raad]}
  elections:
    - {name: waterschapsverkiezingen, date: 2024-03-15, bodies: [ab], before: 1w, after: 2w}
partners:
  - {id: ede, name: Gemeente Ede, kind: gemeente}
  - {id: vv, name: Waterschap Vallei, kind: waterschap}
decisions:
  - {id: voorstel, title: Raadsvoorstel, by: ede.college, lead: 4w}
  - {id: besluit, title: Raadsbesluit, by: ede.raad, after: [voorstel], lead: 6w}
  - {id: ab-besluit, title: AB-besluit, by: vv.ab, lead: 2w}
"""


def test_table_groups_by_month_marks_critical_and_shows_windows(tmp_path: Path) -> None:
    run = timeline(str(write_plan(tmp_path, WINDOWS)))
    assert run.code == 0
    out = run.text
    assert "December 2024" in out and "★" in out
    assert out.index("zomerreces") < out.index("December 2024")
    assert "waterschapsverkiezingen" in out
    assert "municipal council · Gemeente Ede" in out and "latest" in out and "on time" in out


def test_partner_narrows_decisions_and_windows(tmp_path: Path) -> None:
    plan = str(write_plan(tmp_path, WINDOWS))
    out = timeline(plan, "-f", "markdown", "--partner", "ede").text
    assert "Raadsbesluit" in out and "Raadsvoorstel" in out and "AB-besluit" not in out
    assert "zomerreces" in out and "waterschapsverkiezingen" not in out
    out = timeline(plan, "-f", "markdown", "--partner", "vv").text
    assert "AB-besluit" in out and "Raadsbesluit" not in out and "zomerreces" not in out


def test_from_and_to_narrow_by_latest_date(tmp_path: Path) -> None:
    plan = str(write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 1w, deadline: 2024-03-01}\n"
                          "  - {id: b, lead: 1w, deadline: 2024-06-01}\n  - {id: c, lead: 1w}\n"))
    rows = json.loads(timeline(plan, "-f", "json", "--from", "2024-03-01", "--to", "2024-12-30").text)
    assert [d["id"] for d in rows["plans"][0]["decisions"]] == ["b"]
    rows = json.loads(timeline(plan, "-f", "json", "--to", "2024-05-31").text)
    assert [d["id"] for d in rows["plans"][0]["decisions"]] == ["a", "b"]


def test_dutch_labels_statuses_and_verdict(tmp_path: Path) -> None:
    plan = str(write_plan(tmp_path, WINDOWS))
    for run in (timeline(plan, "--lang", "nl"), timeline(plan, env={"RES_PLAN_LANG": "nl"}),
                timeline(plan, env={"LANG": "nl_NL.UTF-8"})):
        out = run.text
        assert "Tijdlijn" in out and "uiterlijk" in out and "vroegst" in out and "op tijd" in out
        assert "december 2024" in out and "geen besluiten" in out and "alle 3 besluiten kunnen op" in out
    assert "Timeline" in timeline(plan, "--lang", "en", env={"LANG": "nl_NL.UTF-8"}).text


def test_decision_without_a_date_is_listed_first(tmp_path: Path) -> None:
    plan = str(write_plan(tmp_path, HEAD + """partners:
  - {id: ede, kind: gemeente, meetings: {raad: [2025-02-04]}}
decisions:
  - {id: a, by: ede.raad, lead: 4w}
  - {id: b, lead: 1w}
"""))  # the raad meets only after the deadline: a has no latest date
    run = timeline(plan, "-f", "markdown")
    assert run.code == 0  # SPEC §4: the timeline was produced; lateness is check's to report
    assert run.text.index("## Without a date") < run.text.index("| **NO DATE** |") < run.text.index("## December 2024")
    assert "[no-date]" in run.text
    html = timeline(plan, "-f", "html").text
    assert 'data-id="b"' in html and 'class="bar' in html
    assert html.count('<rect class="bar') == 1  # no bar for the undatable decision


# -- exit codes and bad input --------------------------------------------------------------------

def test_late_plan_exits_0_and_renders_its_lateness(tmp_path: Path) -> None:
    run = timeline(str(write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 60w}\n")), "-f", "markdown")
    assert run.code == 0 and "| **LATE** |" in run.text


def test_invalid_plan_exits_2_with_its_problems(tmp_path: Path) -> None:
    plan = str(write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 2 w}\n"))
    run = timeline(plan, "-f", "html")
    assert run.code == 2 and run.out == b"" and "bad-duration" in run.err
    run = timeline(plan, "-f", "json")
    assert run.code == 2 and json.loads(run.text)["plans"][0]["problems"][0]["code"] == "bad-duration"
    assert timeline(str(tmp_path / "missing.yaml")).code == 2


@pytest.mark.parametrize("args,needle", [
    (("-f", "pdf"), "--format"),
    (("--partner", "leidn"), "did you mean 'leiden'"),
    (("--from", "2025-01-01", "--to", "2024-01-01"), "is after --to"),
    (("--from", "1-1-2024"), "is not a date"),
])
def test_bad_command_line_exits_2(args: tuple[str, ...], needle: str) -> None:
    run = timeline(str(CONFORMANCE / "07-for-each.yaml"), *args)
    assert run.code == 2 and needle in run.err


# -- --output ------------------------------------------------------------------------------------

def test_output_is_written_whole_and_reported(tmp_path: Path) -> None:
    target = tmp_path / "plan.html"
    run = timeline(str(CONFORMANCE / "07-for-each.yaml"), "-f", "html", "-o", str(target))
    assert run.code == 0 and run.out == b"" and "plan.html" in run.err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.html"]  # no temporary file left


def test_output_refuses_the_plan_file(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, WINDOWS)
    for target in (plan, tmp_path / "." / plan.name):
        run = timeline(str(plan), "-f", "markdown", "-o", str(target))
        assert run.code == 2 and "plan file" in run.err
        assert plan.read_text(encoding="utf-8") == WINDOWS


def test_output_into_a_missing_folder_exits_2(tmp_path: Path) -> None:
    run = timeline(str(CONFORMANCE / "07-for-each.yaml"), "-o", str(tmp_path / "no" / "such.md"))
    assert run.code == 2 and "cannot write" in run.err


def test_write_atomic_follows_symlinks_keeps_mode_and_refuses_hard_links(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, "new\r\n")
    assert link.is_symlink() and real.read_bytes() == b"new\r\n" and real.stat().st_mode & 0o777 == 0o640
    plan = write_plan(tmp_path, WINDOWS)
    (tmp_path / "hard.yaml").hardlink_to(plan)
    with pytest.raises(WouldOverwriteInput):
        write_atomic(tmp_path / "hard.yaml", "x", inputs=[plan])
    with pytest.raises(WouldOverwriteInput):
        write_atomic(link, "x", inputs=[real])
    assert plan.read_text(encoding="utf-8") == WINDOWS


# -- movement against a baseline ------------------------------------------------------------------

DELAYED = HEAD + "decisions:\n  - {id: a, lead: 5w}\n  - {id: b, after: [a], lead: 40w}\n"


def _delayed(plan: Path, capsys: pytest.CaptureFixture[str], fmt: str, lang: str = "en") -> tuple[int, str]:
    """The plan with a's lead eight weeks longer (what --delay a=8w asks), rendered."""
    code = command.run(command.Request(plan, fmt, lang, delays=[("a", parse_duration("8w"))]))
    return code, capsys.readouterr().out


def test_shift_labels() -> None:
    assert [shift_label(d) for d in (0, None, 20, -3)] == ["", "", "+20 wd", "-3 wd"]


def test_renderers_show_how_far_dates_moved_and_what_became_late(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    plan = write_plan(tmp_path, DELAYED)
    code, md = _delayed(plan, capsys, "markdown")
    assert code == 0
    assert "2024-04-08 (+38 wd)" in md  # a's earliest: 8 weeks with Good Friday and Easter Monday in them
    assert "| **LATE (was on time)** |" in md and "(+20 wd) = working days moved" in md
    _, table = _delayed(plan, capsys, "table", "nl")
    assert "(+38 wd)" in table and "TE LAAT (was op tijd)" in table
    _, html = _delayed(plan, capsys, "html")
    assert "(+38 wd)" in html and 'class="baseline earliest"' in html and ">earliest +38 wd</text>" in html
    _, js = _delayed(plan, capsys, "json")
    b = next(d for d in json.loads(js)["plans"][0]["decisions"] if d["id"] == "b")
    assert b["late"] is True and b["baseline"]["late"] is False
    _, table_csv = _delayed(plan, capsys, "csv")
    assert table_csv.splitlines()[0].endswith("baseline_earliest,baseline_latest,baseline_slack,baseline_late")


# -- html without a browser ---------------------------------------------------------------------

def test_html_is_self_contained_and_prints_on_a4_landscape(tmp_path: Path) -> None:
    html = timeline(str(write_plan(tmp_path, WINDOWS)), "-f", "html", "--lang", "nl").text
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    assert "@page { size: A4 landscape" in html
    for external in ("<script", "<link", " src=", "url(", "@import", "https://"):
        assert external not in html
    assert html.count("http://") == 1  # the SVG namespace only
    assert 'id="deadline"' in html and 'id="today"' in html and 'class="window"' in html


def test_long_plan_is_charted_a_page_at_a_time(tmp_path: Path) -> None:
    decisions = "".join(f"  - {{id: d{n:02}, lead: {n % 9 + 1}w}}\n" for n in range(60))
    html = timeline(str(write_plan(tmp_path, HEAD + "decisions:\n" + decisions)), "-f", "html").text
    assert html.count('<svg class="gantt"') == 3  # 28 + 28 + 4 rows
    assert html.count('<rect class="bar') == 60
    assert html.count('id="deadline"') == 1 and html.count('class="deadline-line"') == 3


def test_a_long_plan_charts_the_first_pages_and_tables_every_decision_a_month_at_a_time(tmp_path: Path) -> None:
    from res_plan.timeline.gantt import MAX_ROWS

    n = MAX_ROWS + 40
    # twenty chains of weekly steps: their latest dates fall in several months
    decisions = "".join(f"  - {{id: d{i:03}, lead: 1w" + (f", after: [d{i - 20:03}]" if i >= 20 else "") + "}\n"
                        for i in range(n))
    html = timeline(str(write_plan(tmp_path, HEAD + "decisions:\n" + decisions)), "-f", "html").text
    assert html.count('<rect class="bar') == MAX_ROWS
    assert f"The chart shows {MAX_ROWS} of the {n} decisions" in html
    assert html.count('<tr class="decision') == n  # the table leaves none out
    months = html.count('<div class="month-block"')
    assert months > 1 and html.count('<table class="timeline long">') == months
    assert html.count("<thead>") == months  # each month's table can carry the header onto a printed page
