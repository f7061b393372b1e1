"""Messages a person can act on: what to write, at the line to edit."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import check_json, run_cli, write_plan

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
