"""The command line: exit codes 0/1/2, every input-error code located, formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from res_plan import __version__
from tests.helpers import CONFORMANCE, check_json, run_cli, write_plan

HEAD = """version: 1
region: {id: test, name: Test}
deadline: 2025-01-01
today: 2024-01-08
"""


def test_exit_0_when_on_time(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 2w}\n")
    code, doc = check_json(plan)
    assert code == 0 and doc["ok"] is True
    assert doc["plans"][0]["decisions"][0]["earliest"] == "2024-01-22"


def test_exit_1_when_late(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 60w}\n")
    code, doc = check_json(plan)
    assert code == 1 and doc["ok"] is False
    problem = doc["plans"][0]["problems"][0]
    assert problem["code"] == "late" and problem["decision"] == "a"
    assert problem["line"] == 6  # the decision's entry in the file


def test_exit_1_when_a_meeting_calendar_runs_out(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + """partners:
  - {id: ede, kind: gemeente, meetings: {raad: [2024-01-25]}}
decisions:
  - {id: a, by: ede.raad, lead: 4w}
""")
    code, doc = check_json(plan)
    assert code == 1
    row = doc["plans"][0]["decisions"][0]
    assert row["earliest"] is None and row["late"] is True
    assert [p["code"] for p in doc["plans"][0]["problems"]] == ["no-date"]


def test_exit_2_and_other_files_still_checked(tmp_path: Path) -> None:
    good = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 2w}\n", "a-good.yaml")
    write_plan(tmp_path, HEAD + "decisions: []\n", "b-bad.yaml")
    code, doc = check_json(tmp_path)
    assert code == 2
    assert [p["file"] for p in doc["plans"]] == [str(good), str(tmp_path / "b-bad.yaml")]
    assert doc["plans"][0]["ok"] is True and len(doc["plans"][0]["decisions"]) == 1
    assert doc["plans"][1]["ok"] is False and doc["plans"][1]["decisions"] == []


def test_exit_2_on_a_bad_command_line(tmp_path: Path) -> None:
    assert run_cli("check", "--format", "yaml")[0] == 2
    assert run_cli("check", str(tmp_path), "--today", "2024-13-01")[0] == 2
    assert run_cli("frobnicate")[0] == 2


def test_exit_2_when_no_plan_files(tmp_path: Path) -> None:
    assert run_cli("check", str(tmp_path))[0] == 2


def test_today_option_overrides_the_file(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 2w}\n")
    _, doc = check_json(plan, "--today", "2024-06-03")
    assert doc["plans"][0]["today"] == "2024-06-03"
    assert doc["plans"][0]["decisions"][0]["earliest"] == "2024-06-17"


def test_version() -> None:
    assert run_cli("--version") == (0, f"res-plan {__version__}\n")


# (code, the plan's lines after HEAD, expected 1-based line and column)
INPUT_ERRORS = [
    ("yaml-syntax", "decisions:\n  - {id: a, lead: 2w\n", None, None),
    ("unknown-key", "decisions:\n  - {id: a, laed: 2w}\n", 6, 13),
    ("missing-key", "decisions:\n  - {title: Zonder id, lead: 2w}\n", 6, 5),
    ("bad-value", "decisions:\n  - {id: Besluit A, lead: 2w}\n", 6, 10),
    ("bad-date", "decisions:\n  - {id: a, lead: 2w, deadline: 2024-02-30}\n", 6, 33),
    ("bad-duration", "decisions:\n  - {id: a, lead: 2}\n", 6, 19),
    ("bad-duration", "decisions:\n  - {id: a, lead: 4 w}\n", 6, 19),
    ("duplicate-id", "decisions:\n  - {id: a, lead: 2w}\n  - {id: a, lead: 2w}\n", 7, 10),
    ("unknown-reference", "decisions:\n  - {id: a, after: [b]}\n", 6, 21),
    ("unknown-reference", "decisions:\n  - {id: a, by: ede.raad}\n", 6, 17),
    ("unknown-body", "partners:\n  - {id: ede, kind: gemeente}\ndecisions:\n  - {id: a, by: ede.ps}\n", 8, 17),
    ("unknown-body", "partners:\n  - {id: res, kind: regio}\ndecisions:\n  - {id: a, by: res.representative}\n",
     8, 17),
    ("unknown-body", "decisions:\n  - {id: a, by: raad}\n", 6, 17),
    ("cycle", "decisions:\n  - {id: a, after: [b]}\n  - {id: b, after: [a]}\n", 6, 13),
    ("cycle", "decisions:\n  - {id: a, after: [a]}\n", 6, 21),
    ("unknown-reference", "decisions:\n  - {id: a}\ndone:\n  b: 2024-01-01\n", 8, 3),
    ("unknown-reference", "decisions:\n  - {id: a, for_each: [gemeenten]}\n", 6, 24),
]


@pytest.mark.parametrize(("code", "body", "line", "column"), INPUT_ERRORS,
                         ids=[f"{c}-{i}" for i, (c, *_rest) in enumerate(INPUT_ERRORS)])
def test_input_error_is_located(tmp_path: Path, code: str, body: str, line: int | None,
                                column: int | None) -> None:
    plan = write_plan(tmp_path, HEAD + body)
    exit_code, doc = check_json(plan)
    assert exit_code == 2
    problems = doc["plans"][0]["problems"]
    found = [p for p in problems if p["code"] == code]
    assert found, problems
    assert found[0]["file"] == str(plan)
    if line is not None:
        assert (found[0]["line"], found[0]["column"]) == (line, column), found[0]["message"]
    else:
        assert found[0]["line"] is not None


def test_several_errors_are_all_reported(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, laed: 2w}\n  - {id: b, lead: 3}\n"
                      "  - {id: c, deadline: 2024-02-30}\n")
    _, doc = check_json(plan)
    assert [(p["code"], p["line"]) for p in doc["plans"][0]["problems"]] == [
        ("unknown-key", 6), ("bad-duration", 7), ("bad-date", 8)]


def test_cycle_names_every_id(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "partners:\n  - {id: ede, kind: gemeente}\n  - {id: epe, kind: gemeente}\n"
                      "decisions:\n  - {id: a, for_each: [gemeente], after: [c]}\n  - {id: b, after: [a]}\n"
                      "  - {id: c, for_each: [gemeente], after: [b]}\n")
    _, doc = check_json(plan)
    messages = [p["message"] for p in doc["plans"][0]["problems"] if p["code"] == "cycle"]
    assert messages and all(name in messages[0] for name in ("a@ede", "b", "c@ede"))


def test_unknown_key_hint(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, afer: [b]}\n")
    _, doc = check_json(plan)
    assert "did you mean 'after'" in doc["plans"][0]["problems"][0]["message"]


def test_text_output_is_plain_and_log_safe() -> None:
    code, out = run_cli("check", str(CONFORMANCE / "08-procedure-steps.yaml"))
    assert code == 0
    assert "\x1b[" not in out
    assert all(line == line.rstrip() for line in out.splitlines())  # no padding at line ends
    assert "Critical path:" in out and "on time" in out
    _, doc = check_json(CONFORMANCE / "08-procedure-steps.yaml")
    by_latest = sorted(doc["plans"][0]["decisions"], key=lambda d: (d["latest"], d["id"]))
    positions = [out.index(d["id"]) for d in by_latest]
    assert positions == sorted(positions)  # the table is sorted by latest date


def test_text_output_in_dutch() -> None:
    code, out = run_cli("check", str(CONFORMANCE / "12-infeasible.yaml"), "--lang", "nl")
    assert code == 1
    assert "TE LAAT" in out and "Kritiek pad" in out and "vroegst" in out


def test_language_from_environment() -> None:
    _, out = run_cli("check", str(CONFORMANCE / "12-infeasible.yaml"), env={"LANG": "nl_NL.UTF-8"})
    assert "TE LAAT" in out
    _, out = run_cli("check", str(CONFORMANCE / "12-infeasible.yaml"),
                     env={"LANG": "nl_NL.UTF-8", "RES_PLAN_LANG": "en"})
    assert "LATE" in out and "TE LAAT" not in out


def test_github_annotations_point_at_the_line(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, laed: 2w}\n")
    code, out = run_cli("check", str(plan), "--format", "github")
    assert code == 2
    first = out.splitlines()[0]
    assert first.startswith(f"::error file={plan},line=6,col=13,title=res-plan unknown-key::")


def test_json_is_the_spec_shape(tmp_path: Path) -> None:
    _code, out = run_cli("check", str(CONFORMANCE / "07-for-each.yaml"), "--format", "json")
    doc = json.loads(out)
    assert set(doc) == {"ok", "plans"}
    plan = doc["plans"][0]
    # SPEC §5's keys, plus `notes` (keys may be added): how far the dates can be trusted
    assert set(plan) == {"file", "ok", "region", "today", "deadline", "decisions", "critical_path", "problems",
                         "notes"}
    assert [n["code"] for n in plan["notes"]] == ["no-meeting-calendar"]
    assert all(n["severity"] == "warning" and n["line"] for n in plan["notes"])
    assert set(plan["decisions"][0]) == {"id", "decision", "partner", "step", "title", "by", "done", "earliest",
                                         "latest", "slack", "late"}


def test_input_file_is_never_modified(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a, lead: 2w}\n")
    before = plan.read_bytes(), sorted(tmp_path.iterdir())
    run_cli("check", str(plan))
    run_cli("check", str(plan), "--format", "json")
    assert (plan.read_bytes(), sorted(tmp_path.iterdir())) == before


def test_no_plan_files_still_gives_json(tmp_path: Path) -> None:
    code, out = run_cli("check", str(tmp_path), "--format", "json")
    assert code == 2 and json.loads(out) == {"ok": False, "plans": []}
