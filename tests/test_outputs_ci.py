"""GitHub: the step summary, annotations of a shared file once, errors first."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import EXAMPLES, ROOT, run_cli, write_plan

LATE_EXAMPLE = EXAMPLES / "noord-veluwe-herijking-2023.yaml"
PLAN = """version: 1
region: {{id: {rid}, name: "Regio <b>{rid}</b>"}}
deadline: 2025-01-01
today: 2024-01-08
include: [_shared/prov.yaml]
decisions:
  - {{id: a, by: prov.gs, lead: 2w}}
  - {{id: b, lead: 60w}}
"""


def test_github_summary_is_markdown_of_every_plan_most_urgent_first() -> None:
    code, out = run_cli("check", str(ROOT / "regions"), str(LATE_EXAMPLE), "--format", "github-summary")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("## res-plan: 15 plan(s)")
    rows = [line for line in lines if line.startswith("| `")]
    assert len(rows) == 15 and all(line.endswith(" |") for line in rows)
    slacks = [int(r.split(" | ")[3]) for r in rows]
    assert slacks == sorted(slacks)  # all late: the worst first
    assert out.count("<details>") == out.count("</details>") == 15


def test_github_summary_escapes_the_plans_texts(tmp_path: Path) -> None:
    (tmp_path / "_shared").mkdir()
    (tmp_path / "_shared" / "prov.yaml").write_text("partners:\n  - {id: prov, kind: provincie}\n")
    plan = write_plan(tmp_path, PLAN.format(rid="x"))
    _, out = run_cli("check", str(plan), "--format", "github-summary", "--lang", "nl")
    assert "Regio &lt;b&gt;x&lt;/b&gt;" in out and "<b>" not in out
    assert "**TE LAAT**" in out and "te laat | meldingen" in out


def test_github_in_actions_also_writes_the_step_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n")
    code, out = run_cli("check", str(LATE_EXAMPLE), "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1 and out.startswith("::error ")
    written = summary.read_text()
    assert written.startswith("# earlier step\n## res-plan: 1 plan(s)")  # appended, not replaced
    assert "noord-veluwe-herijking-2023.yaml" in written


def test_a_shared_files_problem_is_annotated_once_and_errors_come_first(tmp_path: Path) -> None:
    (tmp_path / "_shared").mkdir()
    # An unknown kind in the shared file: every plan that includes it is invalid, by one line.
    (tmp_path / "_shared" / "prov.yaml").write_text("partners:\n  - {id: prov, kind: provinsie}\n")
    for rid in ("een", "twee", "drie"):
        write_plan(tmp_path, PLAN.format(rid=rid).replace("by: prov.gs, ", ""), f"{rid}.yaml")
    code, out = run_cli("check", str(tmp_path), "--format", "github")
    commands = [line for line in out.splitlines() if line.startswith("::")]
    shared = [c for c in commands if "_shared/prov.yaml" in c]
    assert code == 2 and len(shared) == 1
    levels = [c.split(" ", 1)[0] for c in commands]
    assert levels == sorted(levels, key=lambda level: level != "::error")


def test_annotations_of_the_regions_fit_what_github_shows() -> None:
    _, out = run_cli("check", str(ROOT / "regions"), "--format", "github")
    commands = [line for line in out.splitlines() if line.startswith("::")]
    places = [c.split("::")[1] for c in commands]
    assert len(places) == len(set(places))  # one per line and code: never several on one line
    errors = [c for c in commands if c.startswith("::error")]
    assert commands[: len(errors)] == errors  # the 10 GitHub shows are errors


def test_done_when_every_id_whole_in_the_piped_details_of_the_regions() -> None:
    code, out = run_cli("check", str(ROOT / "regions"), "--details")
    _, doc = run_cli("check", str(ROOT / "regions"), "--format", "json")
    firsts = {line.split(" ", 1)[0] for line in out.splitlines()}
    ids = [d["id"] for plan in json.loads(doc)["plans"] for d in plan["decisions"]]
    assert code == 1 and len(ids) > 400 and all(i in firsts for i in ids)


def test_done_when_the_late_example_publishes_and_passes_fail_on_invalid(tmp_path: Path) -> None:
    assert run_cli("timeline", str(LATE_EXAMPLE), "-f", "html", "-o", str(tmp_path / "t.html"))[0] == 0
    assert run_cli("check", str(LATE_EXAMPLE), "--fail-on", "invalid")[0] == 0
