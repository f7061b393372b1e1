"""The shipped region files and `init`'s template say what is known and what is not, and the
advice they give works when it is followed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import ROOT, check_json, run_cli, write_plan

REGIONS = ROOT / "regions"
REGION_FILES = sorted(REGIONS.glob("*.yaml"))
PLAN_MER_ADVICE = "below the line `procedure: plan-mer`"


def _follow_the_plan_mer_advice(text: str) -> str:
    assert PLAN_MER_ADVICE in text, "the file no longer gives the plan-m.e.r. advice"
    head, sep, rest = text.partition("  - id: herijking\n")
    assert sep, "no herijking decision to follow the advice on"
    line, nl, tail = rest.partition("\n")
    return head + sep + line + nl + "    procedure: plan-mer\n" + tail


def _input_errors(doc: dict[str, object]) -> list[str]:
    plan = doc["plans"][0]  # type: ignore[index]
    return [f"{p['code']}: {p['message']}" for p in plan["problems"] if p["code"] not in ("late", "no-date")
            and p["severity"] == "error"]


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_the_plan_mer_advice_of_a_region_file_works_when_followed(path: Path, tmp_path: Path) -> None:
    shutil.copytree(REGIONS / "_shared", tmp_path / "_shared")
    plan = write_plan(tmp_path, _follow_the_plan_mer_advice(path.read_text(encoding="utf-8")), path.name)
    code, doc = check_json(plan)
    assert code != 2 and not _input_errors(doc), _input_errors(doc)
    ids = {d["id"] for d in doc["plans"][0]["decisions"]}
    assert any(i.startswith("herijking@") and i.endswith(".commissie-advies") for i in ids), \
        "the herijking did not take the plan-m.e.r. route"


def test_the_plan_mer_advice_of_the_init_template_works_when_followed(tmp_path: Path) -> None:
    out = tmp_path / "nieuw.yaml"
    code, _ = run_cli("init", "--output", str(out))
    assert code == 0
    plan = write_plan(tmp_path, _follow_the_plan_mer_advice(out.read_text(encoding="utf-8")), "gevolgd.yaml")
    code, doc = check_json(plan)
    assert code != 2 and not _input_errors(doc), _input_errors(doc)


def test_midden_holland_says_its_three_waterschappen_are_missing() -> None:
    _, doc = check_json(REGIONS / "midden-holland.yaml")
    [warning] = [p for p in doc["plans"][0]["problems"] if p["code"] == "missing-partners"]
    assert warning["severity"] == "warning" and "3 partner(s) of kind waterschap" in warning["message"]
    lines = (REGIONS / "midden-holland.yaml").read_text(encoding="utf-8").splitlines()
    assert "kind: waterschap, count: 3" in lines[warning["line"] - 1]


def test_every_region_file_states_its_status_and_cites_only_shipped_sources() -> None:
    for path in REGION_FILES:
        text = path.read_text(encoding="utf-8")
        assert "#   - status: " in text, f"{path.name} does not say what is known of its status"
        assert "FACTS" not in text


BODIES = """\
version: 1
region: {id: r}
deadline: 2025-01-01
today: 2024-01-08
partners:
  - {id: ede, kind: gemeente}
  - id: wageningen
    kind: gemeente
    meetings:
      raad: [2024-03-28, 2024-06-27]
decisions:
  - {id: besluit, for_each: [gemeente], by: raad, lead: 2w}
  - {id: voorstel, by: ede.college, lead: 1w}
"""


def test_a_representative_body_without_calendar_is_noted_once_per_plan(tmp_path: Path) -> None:
    code, doc = check_json(write_plan(tmp_path, BODIES))
    plan = doc["plans"][0]
    assert code == 0
    [note] = plan["notes"]
    assert note["code"] == "no-meeting-calendar" and "(1: ede.raad)" in note["message"]
    assert "ede.raad" in note["message"] and "wageningen" not in note["message"] and "college" not in note["message"]
    assert not any(p["code"] == "no-meeting-calendar" for p in plan["problems"]), "a note, not a problem"
    _, out = run_cli("check", str(tmp_path / "plan.yaml"), "--lang", "nl")
    assert "elke werkdag telt als vergaderdag voor de volksvertegenwoordigingen" in " ".join(out.split())


def test_no_note_when_every_representative_body_has_a_calendar(tmp_path: Path) -> None:
    text = BODIES.replace("  - {id: ede, kind: gemeente}\n",
                          "  - id: ede\n    kind: gemeente\n    meetings:\n      raad: [2024-04-25]\n")
    _, doc = check_json(write_plan(tmp_path, text))
    assert doc["plans"][0]["notes"] == []
