"""Messages a person can act on: what to write, at the line to edit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from res_plan.cli import app
from tests.helpers import ROOT, check_json, run_cli, write_plan

PLAN = """\
version: 1
region: {id: r}
deadline: 2025-01-01
today: 2024-01-08
decisions:
  - {id: a, lead: 1w}
  - {id: b, after: [a], lead: 1w}
done:
  a: 2024-03-01
"""


def test_a_done_date_after_today_is_warned_about_at_its_line(tmp_path: Path) -> None:
    code, doc = check_json(write_plan(tmp_path, PLAN))
    assert code == 0  # a warning: the schedule still stands
    [warning] = [p for p in doc["plans"][0]["problems"] if p["code"] == "done-in-future"]
    assert warning["severity"] == "warning" and warning["decision"] == "a" and warning["line"] == 9
    assert "after today 2024-01-08" in warning["message"] and "started:" in warning["message"]
    _, out = run_cli("check", str(tmp_path / "plan.yaml"), "--lang", "nl")
    assert "na vandaag 2024-01-08: dat kan nog niet" in out


def test_a_done_date_on_or_before_today_says_nothing(tmp_path: Path) -> None:
    _, doc = check_json(write_plan(tmp_path, PLAN.replace("a: 2024-03-01", "a: 2024-01-08")))
    assert not [p for p in doc["plans"][0]["problems"] if p["code"] == "done-in-future"]


def test_a_missing_version_says_what_to_write(tmp_path: Path) -> None:
    code, doc = check_json(write_plan(tmp_path, PLAN.replace("version: 1\n", "")))
    assert code == 2
    [p] = doc["plans"][0]["problems"]
    assert p["code"] == "missing-key" and "add the line `version: 1`" in p["message"] and p["line"] == 1
    _, out = run_cli("check", str(tmp_path / "plan.yaml"), "--lang", "nl")
    assert "zet de regel `version: 1` bovenaan" in out


def test_a_misspelt_partner_inside_after_gets_a_did_you_mean(tmp_path: Path) -> None:
    text = PLAN.replace("  - {id: a, lead: 1w}\n  - {id: b, after: [a], lead: 1w}\n",
                        "  - {id: a, for_each: [gemeente], by: raad, lead: 1w}\n"
                        "  - {id: b, after: [a@lieden], lead: 1w}\n").replace("done:\n  a: 2024-03-01\n", "")
    text = text.replace("decisions:\n", "partners:\n  - {id: leiden, kind: gemeente}\ndecisions:\n")
    code, doc = check_json(write_plan(tmp_path, text))
    assert code == 2
    [p] = doc["plans"][0]["problems"]
    assert p["code"] == "unknown-reference" and "(did you mean 'leiden'?)" in p["message"]


def test_init_refuses_a_today_whose_plan_check_would_refuse(tmp_path: Path) -> None:
    code, _ = run_cli("init", "--today", "2399-12-31", "--output", str(tmp_path / "x.yaml"))
    assert code == 2 and not (tmp_path / "x.yaml").exists()
    assert run_cli("init", "--today", "2397-06-30", "--output", str(tmp_path / "y.yaml"))[0] == 0
    code, _ = check_json(tmp_path / "y.yaml")
    assert code != 2


def test_an_empty_path_is_a_usage_error_not_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "res_plan", "check", ""], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2 and "empty argument" in proc.stderr and proc.stdout == ""


# -- a shared include file is told as one, with hints of its own keys -------------------------------

INCLUDING = PLAN.replace("decisions:\n", "include: [_shared/waterschap.yaml]\ndecisions:\n")


def _shared(tmp_path: Path, text: str | None) -> Path:
    (tmp_path / "_shared").mkdir(exist_ok=True)
    if text is not None:
        (tmp_path / "_shared" / "waterschap.yaml").write_text(text, encoding="utf-8")
    return write_plan(tmp_path, INCLUDING)


@pytest.mark.parametrize(("text", "line", "column", "english", "dutch"), [
    ("", 1, 1, "the shared file is empty: a shared file lists partners, calendar entries or both",
     "het gedeelde bestand is leeg: een gedeeld bestand noemt partners, kalenderdagen of allebei"),
    ("- {id: ws, kind: waterschap}\n", 1, 1, "the shared file holds a list; a shared file is a mapping with partners, "
     "calendar or both", "het gedeelde bestand bevat een lijst; een gedeeld bestand is een blok"),
    ("waterschap\n", 1, 1, "the shared file holds the single value 'waterschap'",
     "het gedeelde bestand bevat alleen de waarde 'waterschap'"),
    ("partners: !!binary aGk=\n", 1, 11, "YAML tag !!binary is not allowed in a shared file: remove it",
     "YAML-tag !!binary mag niet in een gedeeld bestand staan"),
    ("partners: []\n---\npartners: []\n", 2, 1, "the shared file holds more than one YAML document (a second '---'): "
     "keep one document per file", "het gedeelde bestand bevat meer dan één YAML-document"),
    ("calendar:\n  holidays: NL\n", 2, 3, "calendar: unknown key 'holidays' (this key belongs in the plan itself: a "
     "shared file holds only partners and the calendar's closed, recess and elections)",
     "calendar: onbekende sleutel 'holidays' (deze sleutel hoort in het plan zelf"),
    ("version: 1\npartners: []\n", 1, 1, "unknown key 'version' (this key belongs in the plan itself",
     "onbekende sleutel 'version' (deze sleutel hoort in het plan zelf"),
    ("calender:\n  closed: []\n", 1, 1, "unknown key 'calender' (did you mean 'calendar'?)",
     "onbekende sleutel 'calender' (bedoelde je 'calendar'?)"),
])
def test_a_shared_file_is_told_as_a_shared_file(tmp_path: Path, text: str, line: int, column: int, english: str,
                                                dutch: str) -> None:
    plan = _shared(tmp_path, text)
    code, doc = check_json(plan)
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["file"] == str(tmp_path / "_shared" / "waterschap.yaml")
    assert (p["line"], p["column"]) == (line, column) and english in p["message"], p
    assert "plan file" not in p["message"] and "a plan needs" not in p["message"]
    code, out = run_cli("check", str(plan), "--lang", "nl")
    assert code == 2 and dutch in " ".join(out.split()) and "planbestand" not in out


def test_a_shared_file_gets_no_hint_of_a_key_only_a_plan_has(tmp_path: Path) -> None:
    # 'decision' is near the plan's 'decisions', which a shared file cannot hold
    code, doc = check_json(_shared(tmp_path, "decision:\n  - {id: a}\n"))
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["message"] == "unknown key 'decision'" and (p["line"], p["column"]) == (1, 1)
    code, doc = check_json(_shared(tmp_path, "partners:\n  - {id: ws, kind: waterschap, nmae: WS}\n"))
    [p] = doc["plans"][0]["problems"]
    assert p["message"] == "partners[0]: unknown key 'nmae' (did you mean 'name'?)"


def test_an_include_that_is_a_folder_is_not_called_a_plan_file(tmp_path: Path) -> None:
    plan = _shared(tmp_path, None)
    (tmp_path / "_shared" / "waterschap.yaml").mkdir()
    code, doc = check_json(plan)
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["file"] == str(plan) and (p["line"], p["column"]) == (5, 11)
    assert p["message"].endswith("waterschap.yaml is a directory, not a shared file")
    _, out = run_cli("check", str(plan), "--lang", "nl")
    assert "waterschap.yaml is een map, geen gedeeld bestand" in " ".join(out.split())


# -- dates on the command line: the years a plan file may hold, or a usage error naming the option --

def _usage(*args: str, lang: str = "") -> tuple[int, str]:
    env = {"COLUMNS": "200", "NO_COLOR": "1", "RES_PLAN_LANG": lang, "LANG": "C.UTF-8"}
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, " ".join(result.stderr.replace("│", " ").split())


@pytest.mark.parametrize("args", [
    ("check", "{plan}"), ("timeline", "{plan}"), ("explain", "{plan}", "a"), ("meetings", "{plan}"),
    ("agenda", "{plan}", "--partner", "r"), ("diff", "{plan}", "{plan}"), ("init",),
])
def test_today_outside_the_plan_years_is_a_usage_error_naming_the_option(tmp_path: Path, args: tuple[str, ...]) -> None:
    plan = str(write_plan(tmp_path, PLAN))
    argv = [a.format(plan=plan) for a in args]
    for value in ("1899-12-31", "2400-01-01", "9999-12-31", "10000-01-01", "0000-01-01"):
        code, err = _usage(*argv, "--today", value)
        assert code == 2 and f"Invalid value for '--today': '{value}' is outside 1900-01-01 to 2399-12-31" in err
    code, err = _usage(*argv, "--today", "2024-W01-1")  # an ISO week date: not how a plan writes a date
    assert code == 2 and "'--today': '2024-W01-1' is not a date: write YYYY-MM-DD" in err
    code, err = _usage(*argv, "--today", "2400-01-01", lang="nl")
    assert code == 2 and "'2400-01-01' ligt buiten 1900-01-01 tot en met 2399-12-31" in err


@pytest.mark.parametrize("command", [("timeline", "{plan}"), ("agenda", "{plan}", "--partner", "r"),
                                     ("meetings", "{plan}")])
def test_from_and_to_take_the_plan_years(tmp_path: Path, command: tuple[str, ...]) -> None:
    plan = str(write_plan(tmp_path, PLAN.replace("done:\n  a: 2024-03-01\n", "")))
    argv = [a.format(plan=plan) for a in command]
    for option in ("--from", "--to"):
        code, err = _usage(*argv, option, "2400-01-01")
        assert code == 2 and f"Invalid value for '{option}': '2400-01-01' is outside 1900-01-01 to 2399-12-31" in err
        code, err = _usage(*argv, option, "2024-02-30")
        assert code == 2 and f"Invalid value for '{option}': '2024-02-30' is not a date" in err
    _, err = _usage(*argv, "--from", "1900-01-01", "--to", "2399-12-31", "--today", "2399-12-31")
    assert "Invalid value" not in err and "Traceback" not in err  # the first and the last day are taken
