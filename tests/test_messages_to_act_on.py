"""Messages a person can act on: what to write, at the line to edit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
