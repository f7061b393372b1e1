"""Outputs as CI logs, meetings and Dutch Excel read them (the cases issue 11 measured):
log-safe text, near-critical marks, --fail-on, the Dutch CSV, JUnit within the Jenkins
xUnit schema, escaped Markdown, ICS versions, shared-file names, COLUMNS, folder walks."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT, check_json, run_cli, write_plan
from tests.test_timeline import timeline

REGIONS = sorted((ROOT / "regions").glob("*.yaml"))
LATE_EXAMPLE = EXAMPLES / "noord-veluwe-herijking-2023.yaml"
XSD = ROOT / "tests" / "data" / "junit-10.xsd"
LOCATED = re.compile(r"^\S+\.ya?ml(:\d+:\d+)?: (error|warning) [a-z-]+: \S")

HEAD = """version: 1
region: {id: test, name: Test}
deadline: 2025-01-01
today: 2024-01-08
"""
# Three raden that all have no room left (250 working days from today to the deadline).
THREE_AT_ZERO = HEAD + """partners:
  - {id: ede, kind: gemeente}
  - {id: wageningen, kind: gemeente}
  - {id: barneveld, kind: gemeente}
decisions:
  - {id: besluit, title: Vaststelling, for_each: [gemeente], by: raad, lead: 250wd}
  - {id: ruim, title: Ruim op tijd, lead: 2w}
"""


# -- log-safe text --------------------------------------------------------------------------------

@pytest.mark.parametrize("plan", REGIONS, ids=[p.stem for p in REGIONS])
def test_piped_check_keeps_every_id_whole_on_one_line(plan: Path) -> None:
    _, out = run_cli("check", str(plan))
    _, doc = check_json(plan)
    words = {line.split("  ")[0] for line in out.splitlines()}
    assert all(d["id"] in words for d in doc["plans"][0]["decisions"])  # one decision a line, id first
    assert all(line == line.rstrip() for line in out.splitlines())


def test_problems_are_file_line_col_severity_code_message() -> None:
    _, out = run_cli("check", str(LATE_EXAMPLE))
    problems = [line for line in out.splitlines() if line.startswith(str(LATE_EXAMPLE) + ":")
                and not line.endswith("in time.")]
    assert problems and all(LOCATED.match(line) for line in problems)
    assert f"{LATE_EXAMPLE}:69:5: error late: concept: earliest" in out


def test_a_folder_prints_verdicts_and_problems_then_the_summary() -> None:
    _, out = run_cli("check", str(ROOT / "regions"))
    assert not re.search(r"^decision +by +earliest", out, re.MULTILINE)  # no decision tables
    assert out.index("National summary") > out.index("regions/west-overijssel.yaml: ")
    assert len(out.splitlines()) < 200
    _, detailed = run_cli("check", str(ROOT / "regions"), "--details")
    assert detailed.count("critical path") + detailed.count("Critical path") >= len(REGIONS)
    assert len(detailed.splitlines()) > len(out.splitlines())


def test_the_plain_path_never_imports_rich() -> None:
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "res_plan", "check", str(ROOT / "regions")],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert run.returncode == 1 and "National summary" in run.stdout
    assert not re.search(r"\|\s+rich(\.|$)", run.stderr, re.MULTILINE)


@pytest.mark.parametrize("columns", ["abc", "0", "-5", ""])
def test_a_bad_columns_is_ignored(columns: str) -> None:
    code, out = run_cli("check", str(LATE_EXAMPLE), env={"COLUMNS": columns})
    assert code == 1 and "internal error" not in out
    run = timeline(str(LATE_EXAMPLE), env={"COLUMNS": columns})
    assert run.code == 0 and "Critical path" in run.text


# -- near-critical honesty ------------------------------------------------------------------------

def test_every_decision_tied_at_the_least_slack_is_marked(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, THREE_AT_ZERO)
    _, out = run_cli("check", str(plan))
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith(("besluit@", "ruim"))}
    assert all("  *  " in rows[f"besluit@{p}"] and "no slack" in rows[f"besluit@{p}"]
               for p in ("ede", "wageningen", "barneveld"))
    assert "  *  " not in rows["ruim"] and "no slack" not in rows["ruim"]
    _, doc = check_json(plan)
    assert doc["plans"][0]["critical_path"] == ["besluit@barneveld"]  # SPEC §3.5: one path in JSON
    md = timeline(str(plan), "-f", "markdown").text
    assert md.count("★ **Vaststelling") == 3


def test_zero_slack_is_amber_on_a_terminal(tmp_path: Path) -> None:
    from res_plan.pipeline import check_file
    from res_plan.report.options import ReportOptions
    from res_plan.report.rich_report import render

    result = check_file(write_plan(tmp_path, THREE_AT_ZERO), None, date.today())
    out = render([result], "en", ReportOptions(terminal=True))
    assert "\x1b[1;33m" in out and "no slack" in out  # bold yellow, not the green of comfortable slack


def test_min_slack_warns_low_slack_and_keeps_the_exit_code(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, title: A, lead: 240wd}\n")
    code, doc = check_json(plan, "--min-slack", "20")
    warnings = [p for p in doc["plans"][0]["problems"] if p["code"] == "low-slack"]
    assert code == 0 and len(warnings) == 1
    assert (warnings[0]["severity"], warnings[0]["decision"], warnings[0]["line"]) == ("warning", "a", 6)
    _, out = run_cli("check", str(plan), "--min-slack", "20")
    assert f"{plan}:6:5: warning low-slack: a: only 10 working day(s)" in out
    assert check_json(plan, "--min-slack", "5")[1]["plans"][0]["problems"] == []


# -- CI policy and exit codes ---------------------------------------------------------------------

def test_fail_on_invalid_lets_late_plans_pass_and_still_prints_them(tmp_path: Path) -> None:
    code, out = run_cli("check", str(LATE_EXAMPLE), "--fail-on", "invalid")
    assert code == 0 and "error late:" in out
    bad = write_plan(tmp_path, "version: 1\n")
    assert run_cli("check", str(bad), "--fail-on", "invalid")[0] == 2
    assert run_cli("check", str(LATE_EXAMPLE), "--fail-on", "late")[0] == 1


def test_timeline_and_explain_exit_0_when_they_produced_their_output(tmp_path: Path) -> None:
    out = tmp_path / "t.html"
    assert timeline(str(LATE_EXAMPLE), "-f", "html", "-o", str(out)).code == 0
    assert "<main>" in out.read_text(encoding="utf-8")
    assert run_cli("explain", str(LATE_EXAMPLE), "concept")[0] == 0


def test_github_groups_a_line_and_annotates_a_shared_problem_once() -> None:
    code, out = run_cli("check", str(ROOT / "regions"), "--format", "github")
    _, doc = check_json(ROOT / "regions")
    problems = sum(len(p["problems"]) for p in doc["plans"])
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert code == 1 and len(commands) < problems
    places = [c.split("::")[1] for c in commands]  # severity, file, line, column and code
    assert len(places) == len(set(places))  # one annotation per line and code


# -- folder walks ---------------------------------------------------------------------------------

def test_check_dot_in_a_repository_root_skips_what_is_not_a_plan(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".gitlab-ci.yml").write_text("stages: [test]\ncheck:\n  script: res-plan check\n")
    (tmp_path / "mkdocs.yml").write_text("site_name: RES\nnav: []\n")
    (tmp_path / "docker-compose.yml").write_text("version: '3'\nservices: {}\n")
    (tmp_path / "regions").mkdir()
    shutil.copy(LATE_EXAMPLE, tmp_path / "regions" / "plan.yaml")
    draft = write_plan(tmp_path / "regions", "version: 1\nregion: {id: x}\n", "draft.yaml")
    from res_plan.plan_files import find_plan_files

    skipped: list[Path] = []
    assert find_plan_files([tmp_path], skipped) == [draft, tmp_path / "regions" / "plan.yaml"]
    assert sorted(p.name for p in skipped) == ["docker-compose.yml", "mkdocs.yml"]
    code, _ = run_cli("check", str(tmp_path / "mkdocs.yml"))  # named, it is checked and invalid
    assert code == 2


# -- the shared file's own name -------------------------------------------------------------------

def test_a_problem_in_an_included_file_carries_that_files_name(tmp_path: Path) -> None:
    shared = tmp_path / "_shared"
    shared.mkdir()
    (shared / "prov.yaml").write_text("partners:\n  - {id: prov, kind: provinsie}\n", encoding="utf-8")
    plan = write_plan(tmp_path, HEAD + "include: [_shared/prov.yaml]\ndecisions:\n  - {id: a, lead: 2w}\n")
    _, out = run_cli("check", str(plan))
    assert f"{shared / 'prov.yaml'}:2:" in out
    _, xml = run_cli("check", str(plan), "--format", "junit")
    assert f"{shared / 'prov.yaml'}:2:" in xml


# -- JUnit ------------------------------------------------------------------------------------------

ALLOWED = {"testsuites": {"name", "time", "tests", "failures", "disabled", "errors"},
           "testsuite": {"name", "tests", "failures", "errors", "time", "disabled", "timestamp", "hostname", "id",
                         "package"},
           "testcase": {"name", "assertions", "time", "classname", "status"},
           "failure": {"type", "message"}, "error": {"type", "message"}, "property": {"name", "value"},
           "properties": set(), "system-out": set(), "system-err": set(), "skipped": set()}


def _assert_junit_10(xml: str) -> None:
    """What the Jenkins xUnit plugin's junit-10.xsd allows (also checked by xmllint where installed)."""
    root = ET.fromstring(xml)
    assert root.tag == "testsuites"
    for element in root.iter():
        assert set(element.attrib) <= ALLOWED[element.tag], (element.tag, element.attrib)
    for suite in root.findall("testsuite"):
        tags = [child.tag for child in suite]
        assert tags == sorted(tags, key=["properties", "testcase", "system-out", "system-err"].index)
        assert tags.count("system-out") <= 1 and "name" in suite.attrib and "tests" in suite.attrib
    if shutil.which("xmllint"):
        run = subprocess.run(["xmllint", "--noout", "--schema", str(XSD), "-"], input=xml, text=True,
                             capture_output=True, check=False)
        assert run.returncode == 0, run.stderr


def test_junit_of_the_regions_and_the_example_fits_junit_10() -> None:
    _, xml = run_cli("check", str(ROOT / "regions"), str(EXAMPLES), "--format", "junit")
    _assert_junit_10(xml)
    failure = ET.fromstring(xml).find(".//failure")
    assert failure is not None and re.match(r"\S+\.yaml:\d+:\d+: ", failure.get("message", ""))


def test_junit_of_an_empty_folder_is_a_valid_empty_report(tmp_path: Path) -> None:
    code, xml = run_cli("check", str(tmp_path), "--format", "junit")
    assert code == 2 and xml.strip()
    _assert_junit_10(xml)
    assert ET.fromstring(xml).get("tests") == "0"


# -- spreadsheets, Markdown, calendars --------------------------------------------------------------

HOSTILE = HEAD + """decisions:
  - {id: a, title: "=HYPERLINK(\\"http://x\\")", lead: 2w}
  - {id: b, title: "+31 6 1234", lead: 2w, after: [a]}
  - {id: c, title: "<img src=x onerror=alert(1)> *vet* [link](http://x)", lead: 2w}
  - {id: d, title: "@SUM(A1)", lead: 60w}
"""


def test_dutch_csv_is_semicolons_with_dutch_headers_and_a_bom(tmp_path: Path) -> None:
    raw = timeline(str(LATE_EXAMPLE), "-f", "csv", "--lang", "nl").out
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["id", "besluit", "partner", "stap", "titel"] and "uiterlijk" in rows[0]
    assert len({len(r) for r in rows}) == 1 and len(rows[0]) > 10
    late = rows[0].index("te_laat")
    assert {r[late] for r in rows[1:]} <= {"ja", "nee"}
    english = timeline(str(LATE_EXAMPLE), "-f", "csv").text.lstrip("\ufeff")
    assert english.split("\r\n")[0].startswith("id,decision,partner,step,title")


def test_csv_cells_that_would_be_formulas_are_text(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HOSTILE)
    for lang, sep in (("en", ","), ("nl", ";")):
        text = timeline(str(plan), "-f", "csv", "--lang", lang).text.lstrip("\ufeff")
        rows = {r[0]: r for r in csv.reader(io.StringIO(text), delimiter=sep)}
        assert rows["a"][4] == "'=HYPERLINK(\"http://x\")" and rows["b"][4] == "'+31 6 1234"
        assert rows["d"][4] == "'@SUM(A1)"
        slack = rows["id"].index("slack" if lang == "en" else "speling")
        assert rows["d"][slack].startswith("-") and rows["d"][slack].lstrip("-").isdigit()  # numbers stay numbers


def test_markdown_escapes_raw_html_and_markdown_in_titles(tmp_path: Path) -> None:
    md = timeline(str(write_plan(tmp_path, HOSTILE)), "-f", "markdown").text
    assert "<img" not in md and "&lt;img src=x onerror=alert(1)&gt;" in md
    assert "\\*vet\\*" in md and "\\[link\\](http://x)" in md


def test_a_moved_ics_event_gets_a_higher_sequence_and_a_later_stamp(tmp_path: Path) -> None:
    from icalendar import Calendar

    out = tmp_path / "plan.ics"
    assert timeline(str(LATE_EXAMPLE), "-f", "ics", "-o", str(out)).code == 0
    first = out.read_bytes()
    assert timeline(str(LATE_EXAMPLE), "-f", "ics", "-o", str(out)).code == 0
    assert out.read_bytes() == first  # unchanged plan, same bytes
    assert timeline(str(LATE_EXAMPLE), "-f", "ics", "-o", str(out), "--delay", "plan-mer=8w").code == 0
    before = {str(e["uid"]): e for e in Calendar.from_ical(first).walk("VEVENT")}
    after = {str(e["uid"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    moved = [u for u in after if after[u].decoded("dtstart") != before[u].decoded("dtstart")]
    kept = [u for u in after if after[u].to_ical() == before[u].to_ical()]
    assert moved and kept
    for u in moved:
        assert int(after[u]["sequence"]) == int(before[u]["sequence"]) + 1
        assert after[u].decoded("dtstamp") > before[u].decoded("dtstamp")


def test_an_empty_calendar_is_warned_about(tmp_path: Path) -> None:
    run = timeline(str(LATE_EXAMPLE), "-f", "ics", "--from", "2030-01-01")
    assert run.code == 0 and "no events" in run.err


# -- meeting-ready Dutch ----------------------------------------------------------------------------

def test_step_rows_carry_their_decisions_title() -> None:
    md = timeline(str(LATE_EXAMPLE), "-f", "markdown", "--lang", "nl").text
    assert "Plan-MER Herijking — kennisgeving-nrd" in md
    _, out = run_cli("check", str(LATE_EXAMPLE))
    assert re.search(r"^herijking@harderwijk\.besluit .* Vaststelling Herijking RES[^\n]* — besluit$", out,
                     re.MULTILINE)


def test_dutch_explain_names_holidays_in_dutch(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD.replace("2025-01-01", "2027-04-28").replace("2024-01-08", "2027-01-04")
                      + "decisions:\n  - {id: a, title: A, lead: 2w}\n")
    code, nl = run_cli("explain", str(plan), "a", "--lang", "nl")
    assert code == 0 and "Koningsdag" in nl and "King" not in nl
    assert "King's Day" in run_cli("explain", str(plan), "a", "--lang", "en")[1]


def test_no_probleem_problemen(tmp_path: Path) -> None:
    bad = write_plan(tmp_path, "version: 1\n", "bad.yaml")
    _, out = run_cli("check", str(bad), str(LATE_EXAMPLE), "--lang", "nl")
    assert "probleem/problemen" not in out and "fouten" in out


def test_a_console_without_utf8_gets_question_marks_not_a_crash() -> None:
    run = subprocess.run([sys.executable, "-m", "res_plan", "check", str(LATE_EXAMPLE)], capture_output=True,
                         cwd=ROOT, env={"PYTHONIOENCODING": "cp1252", "PATH": ""}, check=False)
    assert run.returncode == 1 and b"internal error" not in run.stderr
    assert b"Critical path: herijking@vallei-en-veluwe.besluit ? " in run.stdout
