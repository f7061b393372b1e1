"""`res-plan diff`: in a real temporary git repository, files and REV:PATH, the working tree
untouched; moved dates in working days, the newly and no longer late, added and removed,
the critical path; formats and exit codes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from res_plan.cli import app

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "RES_PLAN_LANG": "", "LANG": "C.UTF-8"}
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PLAN = """\
version: 1
region: {id: proef, name: RES Proef}
deadline: 2025-01-01
today: 2024-01-02
include: [_shared/ws.yaml]
partners:
  - {id: stad, name: Gemeente Stad, kind: gemeente}
decisions:
  - {id: concept, title: Concept RES, lead: 12w}
  - {id: mer, title: Plan-MER gereed, after: [concept], lead: 10w}
  - {id: vaststelling, title: Vaststelling, by: stad.raad, after: [concept], lead: 6w}
  - {id: waterschap, title: AB besluit, by: ws.ab, after: [concept], lead: 4w}
"""
SHARED = "partners:\n  - {id: ws, name: Waterschap, kind: waterschap}\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args], cwd=repo,
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "_shared").mkdir()
    (tmp_path / "_shared" / "ws.yaml").write_text(SHARED, encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "plan")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / "plan.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def diff(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["diff", *args], env=ENV)
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


def diff_json(*args: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = diff(*args, "--format", "json")
    return code, json.loads(out)


def test_a_longer_lead_names_the_moved_decisions_with_both_dates(repo: Path) -> None:
    edit(repo, "lead: 12w}", "lead: 16w}")
    status, head = git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD")
    code, out, _ = diff("HEAD:plan.yaml", "plan.yaml")
    assert code == 0
    # concept: earliest 2024-03-26 (2 January + 12w, snapped), now four weeks later; latest unchanged
    for decision in ("concept", "mer", "vaststelling", "waterschap"):
        line = next(line for line in out.splitlines() if line.strip().startswith(decision + " "))
        assert re.search(r"\d{4}-\d\d-\d\d → \d{4}-\d\d-\d\d \(\+\d+ wd\)", line), line
    assert "2024-03-26 → 2024-04-23 (+18 wd)" in out  # Good Friday and Easter Monday fall in between
    assert "4 moved, 0 added, 0 removed, 0 became late, 0 no longer late." in out
    assert git(repo, "status", "--porcelain") == status and git(repo, "rev-parse", "HEAD") == head
    assert not git(repo, "diff", "--cached", "--name-only"), "the index is untouched"


def test_json_carries_both_versions_and_the_shift(repo: Path) -> None:
    edit(repo, "lead: 12w}", "lead: 16w}")
    code, doc = diff_json("HEAD:plan.yaml", "plan.yaml")
    assert code == 0
    moved = {c["id"]: c for c in doc["moved"]}
    assert set(moved) == {"concept", "mer", "vaststelling", "waterschap"}
    assert moved["concept"]["old"]["earliest"] == "2024-03-26" and moved["concept"]["new"]["earliest"] == "2024-04-23"
    assert moved["concept"]["earliest_wd"] == 18 and moved["concept"]["latest_wd"] == 0
    assert moved["concept"]["line"] == 9
    assert doc["today"] == "2024-01-02" and doc["file"] == "plan.yaml" and doc["ok"] and doc["changed"]


def test_becoming_late_exits_1_and_annotates_the_line(repo: Path) -> None:
    edit(repo, "lead: 6w}", "lead: 50w}")
    code, out, _ = diff("HEAD:plan.yaml", "plan.yaml", "--format", "github")
    assert code == 1
    assert re.search(r"^::error file=plan\.yaml,line=11,title=res-plan became-late::vaststelling became late: "
                     r"earliest 2024-\S+ → 2025-\S+ \(\+\d+ wd\)", out, flags=re.M), out
    git(repo, "commit", "-qam", "late")
    edit(repo, "lead: 50w}", "lead: 6w}")
    code, doc = diff_json("HEAD:plan.yaml", "plan.yaml")
    # the longer lead also pulled the latest date of its predecessor before its earliest
    assert code == 0 and [c["id"] for c in doc["no_longer_late"]] == ["concept", "vaststelling"]
    assert doc["became_late"] == []


def test_added_removed_and_a_changed_critical_path(repo: Path) -> None:
    edit(repo, "  - {id: mer, title: Plan-MER gereed, after: [concept], lead: 10w}\n", "")
    edit(repo, "after: [concept], lead: 6w}", "after: [concept], lead: 6w}\n"
               "  - {id: vergunning, title: Vergunning, by: stad.college, after: [vaststelling], lead: 52w}")
    code, doc = diff_json("HEAD:plan.yaml", "plan.yaml")
    assert [c["id"] for c in doc["added"]] == ["vergunning"] and [c["id"] for c in doc["removed"]] == ["mer"]
    assert "vergunning" in [c["id"] for c in doc["became_late"]] and code == 1, "a new late decision became late"
    assert doc["critical_path_changed"] and doc["new"]["critical_path"][-1] == "vergunning"
    _, md, _ = diff("HEAD:plan.yaml", "plan.yaml", "--format", "markdown")
    assert md.startswith("<!-- res-plan diff plan.yaml -->\n### ⚠️ Changes in RES Proef\n")
    for heading in ("#### Became late (", "#### Removed (1)", "#### Critical path changed"):
        assert heading in md
    assert "| `vergunning` _(new)_ | Vergunning | stad.college |" in md, "a new late decision is marked new"
    _, nl, _ = diff("HEAD:plan.yaml", "plan.yaml", "--format", "markdown", "--lang", "nl")
    assert "#### Te laat geworden (" in nl and "#### Kritiek pad gewijzigd" in nl and "_(nieuw)_" in nl


def test_two_revisions_and_the_files_they_include_at_that_revision(repo: Path) -> None:
    git(repo, "checkout", "-qb", "feature")
    edit(repo, "lead: 4w}", "lead: 8w}")
    git(repo, "commit", "-qam", "longer")
    # A change in the working tree of an included file must not leak into either revision.
    (repo / "_shared" / "ws.yaml").write_text("partners: []\n", encoding="utf-8")
    code, doc = diff_json("main:plan.yaml", "HEAD:plan.yaml")
    assert code == 0 and [c["id"] for c in doc["moved"]] == ["waterschap"]
    assert doc["moved"][0]["earliest_wd"] == 18  # Good Friday and Easter Monday
    assert doc["old"]["file"] == "main:plan.yaml" and doc["new"]["file"] == "HEAD:plan.yaml"
    code, _, err = diff("main:plan.yaml", "plan.yaml")
    assert code == 2 and "unknown-reference" in err, "the working tree's include is the new version's"


def test_both_versions_are_planned_from_the_same_today(repo: Path) -> None:
    edit(repo, "today: 2024-01-02", "today: 2024-03-01")
    code, doc = diff_json("HEAD:plan.yaml", "plan.yaml")
    assert doc["today"] == "2024-03-01" and not doc["changed"], "the old version planned from the new today"
    code, doc = diff_json("HEAD:plan.yaml", "plan.yaml", "--today", "2024-01-02")
    assert code == 0 and not doc["changed"]


def test_a_path_relative_to_the_current_folder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "sub").mkdir()
    monkeypatch.chdir(repo / "sub")
    code, out, _ = diff("HEAD:./../plan.yaml", "../plan.yaml")
    assert code == 0 and "No decision added, removed or moved" in out


@pytest.mark.parametrize(("old", "new", "says"), [
    ("NOPE:plan.yaml", "plan.yaml", "invalid object name"),
    ("HEAD:missing.yaml", "plan.yaml", "does not exist"),
    ("HEAD:plan.yaml", "missing.yaml", "no such file"),
])
def test_bad_input_exits_2(repo: Path, old: str, new: str, says: str) -> None:
    code, out, err = diff(old, new)
    assert code == 2 and says in err.lower() and out == ""


def test_an_invalid_new_version_is_reported_with_its_line(repo: Path) -> None:
    edit(repo, "lead: 6w}", "lead: 6 w}")
    code, out, _ = diff("HEAD:plan.yaml", "plan.yaml", "--format", "github")
    assert code == 2 and "::error file=plan.yaml,line=11," in out and "bad-duration" in out
