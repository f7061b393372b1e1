"""CI integration as a user sets it up: GitHub annotations, JUnit XML, the pre-commit hook
with the real pre-commit tool; and the promises CI relies on: nothing written beside the
input, atomic output files, byte-identical output for the same input."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from res_plan.atomic import write_atomic
from tests.helpers import EXAMPLES, ROOT, run_cli

PLAN = """\
version: 1
region: {id: leiden-e-o, name: Leiden en omstreken}
deadline: 2025-01-01
today: 2024-01-08
partners:
  - {id: leiden, name: Gemeente Leiden, kind: gemeente}
decisions:
  - {id: concept, title: "Concept <RES> & co", lead: 2w}
  - {id: besluit, by: leiden.raad, after: [concept], lead: 4w}
  - {id: vergunning, lead: 60w}
"""
BROKEN = """\
version: 1
region: {id: broken}
deadline: 2025-01-01
decisions:
  - {id: a, lead: 4}
  - {id: b, after: [c]}
  - {id: C}
"""

ANNOTATION = re.compile(r"^::(error|warning) (?P<props>[^:]*)::(?P<message>.*)$")


def github_commands(out: str) -> list[dict[str, str]]:
    found = []
    for line in out.splitlines():
        match = ANNOTATION.match(line)
        if match:
            props = dict(p.split("=", 1) for p in match["props"].split(","))
            found.append({"level": match[1], **props, "message": match["message"]})
    return found


def unescape(prop: str) -> str:
    return prop.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


# -- GitHub Actions ---------------------------------------------------------------------------


def test_github_annotations_of_a_broken_file_carry_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    code, out = run_cli("check", str(path), "--format", "github")
    assert code == 2
    got = {(a["level"], a["title"], unescape(a["file"]), a["line"], a["col"]) for a in github_commands(out)}
    assert got == {
        ("error", "res-plan bad-duration", str(path), "5", "19"),
        ("error", "res-plan bad-value", str(path), "7", "10"),
    }


def test_github_annotations_after_validation_point_at_the_reference(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN.replace("lead: 4}", "lead: 4w}").replace("{id: C}", "{id: c, after: [b]}"),
                    encoding="utf-8")
    code, out = run_cli("check", str(path), "--format", "github")
    assert code == 2
    [a] = github_commands(out)
    assert (a["title"], a["line"], a["col"]) == ("res-plan cycle", "6", "13")
    assert "b -> c -> b" in a["message"] or "c -> b -> c" in a["message"]


def test_github_annotation_properties_are_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "a,b: c"
    folder.mkdir()
    path = folder / "plan.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    _code, out = run_cli("check", str(path), "--format", "github")
    found = github_commands(out)
    assert found and all(unescape(a["file"]) == str(path) for a in found)
    assert all("," not in a["file"] and ":" not in a["file"] for a in found)


def test_github_late_decisions_are_errors_on_their_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    code, out = run_cli("check", str(path), "--format", "github")
    assert code == 1
    late = [a for a in github_commands(out) if a["title"] == "res-plan late"]
    assert {a["line"] for a in late} == {"10"}


# -- JUnit XML --------------------------------------------------------------------------------


def junit(*paths: Path) -> tuple[int, ET.Element, str]:
    code, out = run_cli("check", *map(str, paths), "--format", "junit")
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return code, ET.fromstring(out.encode("utf-8")), out


def test_junit_one_case_per_decision_failures_for_late_ones(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    code, root, _ = junit(path)
    assert code == 1
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert suite.get("name") == str(path)
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["concept", "besluit", "vergunning"]
    assert {c.get("classname") for c in cases} == {"leiden-e-o"}
    failed = {c.get("name"): c.find("failure") for c in cases if c.find("failure") is not None}
    assert list(failed) == ["vergunning"]
    failure = failed["vergunning"]
    assert failure is not None and failure.get("type") == "late"
    assert "earliest" in (failure.get("message") or "")
    assert f"{path}:10:5" in (failure.text or "")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "1", "0")
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props == {"region": "leiden-e-o", "today": "2024-01-08", "deadline": "2025-01-01"}
    out = cases[0].find("system-out")
    assert out is not None and "Concept <RES> & co" in (out.text or "")


def test_junit_invalid_file_is_an_erroring_case_per_problem(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.yaml", tmp_path / "b.yaml"
    good.write_text(PLAN.replace("lead: 60w", "lead: 2w"), encoding="utf-8")
    bad.write_text(BROKEN, encoding="utf-8")
    code, root, _ = junit(good, bad)
    assert code == 2
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(good), str(bad)]
    # junit-10.xsd has no file/line on <testcase>: the place leads the name and the message
    errors = [(c.find("error").get("type"), c.get("name")) for c in suites[1].findall("testcase")]  # type: ignore[union-attr]
    assert [(kind, name.split(":")[1]) for kind, name in errors] == [("bad-duration", "5"), ("bad-value", "7")]
    assert all(c.find("error").get("message").startswith(f"{bad}:")  # type: ignore[union-attr]
               for c in suites[1].findall("testcase"))
    assert (suites[1].get("tests"), suites[1].get("errors")) == ("2", "2")
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("5", "0", "2")


def test_junit_plan_after_its_deadline_fails_every_open_decision(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    code, out = run_cli("check", str(path), "--format", "junit", "--today", "2025-02-01")
    root = ET.fromstring(out)
    assert code == 1
    failures = list(root.iter("failure"))
    assert len(failures) == 3
    assert all("every open decision is late" in (f.get("message") or "") for f in failures)


def test_junit_survives_characters_xml_cannot_hold(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.replace('"Concept <RES> & co"', '"Concept \\x01\\ufffe ]]> \\"quoted\\""'),
                    encoding="utf-8")
    _code, root, _ = junit(path)
    out = root.find("testsuite/testcase/system-out")
    assert out is not None and ']]> "quoted"' in (out.text or "")


def test_junit_of_the_shipped_regions_parses(tmp_path: Path) -> None:
    _code, root, _ = junit(ROOT / "regions", EXAMPLES)
    suites = root.findall("testsuite")
    assert len(suites) >= 2
    assert int(root.get("tests") or 0) == sum(len(s.findall("testcase")) for s in suites)
    assert int(root.get("failures") or 0) == sum(len(s.findall("testcase/failure")) for s in suites)


# -- nothing written, atomic writes, determinism ----------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, float, str]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime,
                                         hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "")
            for p in sorted(folder.rglob("*"))}


def test_check_and_timeline_write_nothing_beside_the_input(tmp_path: Path) -> None:
    folder = tmp_path / "regions"
    shutil.copytree(ROOT / "regions", folder)
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    before = snapshot(folder)
    for fmt in ("text", "json", "github", "junit"):
        run_cli("check", str(folder), "--format", fmt, "--today", "2024-01-08")
    plan = next(p for p in sorted(folder.glob("*.yaml")) if p.name != "broken.yaml")
    for fmt in ("table", "markdown", "csv", "html", "ics", "json"):
        run_cli("timeline", str(plan), "--format", fmt, "--today", "2024-01-08")
    assert snapshot(folder) == before


def test_timeline_output_is_written_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    target = tmp_path / "out" / "timeline.csv"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    code, _ = run_cli("timeline", str(plan), "--format", "csv", "--output", str(target))
    assert code in (0, 1)
    assert target.read_text(encoding="utf-8-sig").startswith("id,")
    assert sorted(p.name for p in target.parent.iterdir()) == ["timeline.csv"]


def test_timeline_refuses_to_write_over_the_plan(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    code, _ = run_cli("timeline", str(plan), "--format", "csv", "--output", str(plan))
    assert code == 2
    assert plan.read_text(encoding="utf-8") == PLAN


def test_timeline_refuses_to_write_over_an_included_file(tmp_path: Path) -> None:
    shared = tmp_path / "_shared" / "leiden.yaml"
    shared.parent.mkdir()
    shared.write_text("partners:\n  - {id: leiden, kind: gemeente}\n", encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN.replace("  - {id: leiden, name: Gemeente Leiden, kind: gemeente}\n", "")
                    .replace("partners:\n", "include: [_shared/leiden.yaml]\n"), encoding="utf-8")
    before = shared.read_bytes()
    code, _ = run_cli("timeline", str(plan), "--format", "csv", "--output", str(shared))
    assert shared.read_bytes() == before
    assert code == 2


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "timeline.html"
    target.write_text("old", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, "new" * 1000)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.html"]


def _run(args: list[str], seed: str, cwd: Path) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "100", "RES_PLAN_LANG": "en", "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "res_plan", *args], capture_output=True, env=env, cwd=cwd,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()
    return proc.stdout


def test_output_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    folder = tmp_path / "regions"
    shutil.copytree(ROOT / "regions", folder)
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    example = next(EXAMPLES.glob("*.yaml"))
    jobs = [["check", "regions", "--today", "2024-01-08", "--format", fmt]
            for fmt in ("text", "json", "github", "junit")]
    jobs += [["timeline", str(example), "--today", "2023-03-01", "--format", fmt]
             for fmt in ("table", "csv", "ics", "json", "markdown", "html")]
    runs = [(i, seed) for i in range(len(jobs)) for seed in ("0", "12345", "12345")]  # the last one twice
    with ThreadPoolExecutor(max_workers=4) as pool:
        outputs = list(pool.map(lambda run: _run(jobs[run[0]], run[1], tmp_path), runs))
    for i, job in enumerate(jobs):
        mine = {out for (j, _), out in zip(runs, outputs, strict=False) if j == i}
        assert len(mine) == 1, job
        assert mine.pop(), job


# -- pre-commit --------------------------------------------------------------------------------


def _git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _snapshot_repository(dest: Path) -> str:
    """This working tree (tracked and new files, as they are now) committed in a fresh repository."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    _git("init", "-q", cwd=dest)
    _git("add", "-A", cwd=dest)
    _git("commit", "-q", "-m", "snapshot", cwd=dest)
    return _git("rev-parse", "HEAD", cwd=dest).strip()


def test_the_hook_manifest_is_valid() -> None:
    pytest.importorskip("pre_commit")
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", ".pre-commit-hooks.yaml"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs git and a checkout")
def test_pre_commit_hook_checks_the_changed_plan_files(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    source = tmp_path / "res-plan"
    source.mkdir()
    rev = _snapshot_repository(source)
    repo = tmp_path / "regio-repo"
    (repo / "regions" / "_shared").mkdir(parents=True)
    _git("init", "-q", cwd=repo)
    config = f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: res-plan\n"
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (repo / "regions" / "good.yaml").write_text(PLAN.replace("lead: 60w", "lead: 2w"), encoding="utf-8")
    (repo / "regions" / "_shared" / "leiden.yaml").write_text("partners: []\n", encoding="utf-8")  # not a plan
    (repo / "regions" / "bad.yaml").write_text(BROKEN.replace("id: broken", "id: bad"), encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "COLUMNS": "100", "RES_PLAN_LANG": "en"}
    env.pop("VIRTUAL_ENV", None)

    def commit() -> subprocess.CompletedProcess[str]:
        _git("add", "-A", cwd=repo)
        return subprocess.run(["git", "commit", "-q", "-m", "plans"], cwd=repo, capture_output=True, text=True,
                              env=env, timeout=600)

    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, capture_output=True,
                             text=True, env=env, timeout=120)
    assert install.returncode == 0, install.stderr

    refused = commit()
    out = refused.stdout + refused.stderr
    assert refused.returncode != 0, out
    assert "res-plan check" in out and "Failed" in out and "exit code: 2" in out
    assert "regions/bad.yaml" in out and "regions/bad.yaml:5:19:" in out
    assert "_shared/leiden.yaml" not in out, "a shared include file was checked as a plan"

    (repo / "regions" / "bad.yaml").write_text(PLAN.replace("lead: 60w", "lead: 2w").replace("leiden-e-o", "bad"),
                                               encoding="utf-8")
    accepted = commit()
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert _git("log", "--oneline", cwd=repo).count("\n") == 1

    # the hook over every plan, as a second hook of the same repository
    shutil.rmtree(repo / "regions" / "_shared")
    (repo / ".pre-commit-config.yaml").write_text(config + "      - id: res-plan-all\n", encoding="utf-8")
    _git("add", "-A", cwd=repo)
    every = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, capture_output=True,
                           text=True, env=env, timeout=600)
    assert every.returncode == 0, every.stdout + every.stderr
    assert "res-plan check (every plan)" in every.stdout and "Passed" in every.stdout
