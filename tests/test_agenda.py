"""`res-plan agenda`: one partner's decisions from every region, on the shipped files and on
small plans with meeting calendars; exit codes as `check`; formats; reporters without the pipeline."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from res_plan.cli import app
from tests.helpers import ROOT, run_cli, write_plan

REGIONS = ROOT / "regions"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "RES_PLAN_LANG": "", "LANG": "C.UTF-8"}


def agenda_json(*args: str) -> tuple[int, dict[str, Any]]:
    code, out = run_cli("agenda", *args, "--format", "json")
    return code, json.loads(out)


def _including(name: str) -> set[str]:
    return {f"regions/{p.name}" for p in REGIONS.glob("*.yaml") if f"_shared/{name}.yaml" in p.read_text("utf-8")}


def test_the_waterschap_of_six_regions_gets_items_from_exactly_those_six(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, doc = agenda_json("regions/", "--partner", "vallei-en-veluwe")
    expected = _including("vallei-en-veluwe")
    assert len(expected) == 6
    assert {item["file"] for item in doc["items"]} == expected
    assert doc["partner"] == {"id": "vallei-en-veluwe", "name": "Waterschap Vallei en Veluwe", "kind": "waterschap",
                              "bodies": ["db", "ab"], "regions": sorted(item["region"]["id"]
                                                                        for item in {i["file"]: i for i in
                                                                                     doc["items"]}.values())}
    latest = [item["latest"] or "" for item in doc["items"]]
    assert latest == sorted(latest), "items in order of latest date"
    for item in doc["items"]:
        assert set(item) >= {"file", "region", "id", "title", "by", "earliest", "latest", "slack", "late"}
        assert item["by"].startswith("vallei-en-veluwe.")
    check_code, _ = run_cli("check", "regions/")
    assert code == check_code, "exit codes as check"


def test_meetings_group_the_items_with_their_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _, doc = agenda_json("regions/", "--partner", "gelderland")
    assert sum(m["count"] for m in doc["meetings"]) == len(doc["items"])
    for meeting in doc["meetings"]:
        items = [doc["items"][n] for n in meeting["items"]]
        assert meeting["count"] == len(items) > 0
        assert {i["by"] for i in items} == {meeting["by"]} and {i["latest"] for i in items} == {meeting["date"]}
    assert max(m["count"] for m in doc["meetings"]) >= 5, "PS Gelderland sits in five regions"


PLAN = """\
version: 1
region: {{id: {region}, name: RES {region}}}
deadline: 2025-01-01
today: 2024-01-02
partners:
  - id: ws
    name: Waterschap Test
    kind: waterschap
    meetings:
      ab: [2024-03-14, 2024-06-20, 2024-09-26]
  - {{id: stad, name: Gemeente {region}, kind: gemeente}}
decisions:
  - {{id: concept, title: Concept {region}, lead: {lead}}}
  - {{id: besluit, title: Besluit {region}, by: ws.ab, after: [concept], lead: 2w}}
  - {{id: db-besluit, title: DB {region}, by: ws.executive, after: [concept]}}
  - {{id: raad, by: stad.raad, after: [concept]}}
"""


def _plans(tmp_path: Path) -> Path:
    for region, lead in (("noord", "4w"), ("zuid", "14w"), ("oost", "30w")):
        write_plan(tmp_path, PLAN.format(region=region, lead=lead), f"{region}.yaml")
    return tmp_path


def test_decisions_of_several_regions_share_the_meeting_they_must_be_taken_at(tmp_path: Path) -> None:
    code, doc = agenda_json(str(_plans(tmp_path)), "--partner", "ws", "--body", "ab")
    assert code == 0
    assert [(m["date"], m["count"], m["meeting"]) for m in doc["meetings"]] == [("2024-09-26", 3, True)]
    assert [i["region"]["id"] for i in doc["items"]] == ["noord", "oost", "zuid"]
    assert {i["earliest"] for i in doc["items"]} == {"2024-03-14", "2024-06-20", "2024-09-26"}
    _, table = run_cli("agenda", str(tmp_path), "--partner", "ws", "--body", "ab")
    assert "2024-09-26 · water board general assembly · meeting — 3 decision(s)" in table
    assert "Busiest: 2024-09-26, water board general assembly, with 3 decisions from 3" in table


def test_body_by_role_and_the_period(tmp_path: Path) -> None:
    _plans(tmp_path)
    _, both = agenda_json(str(tmp_path), "--partner", "ws")
    assert {i["by"] for i in both["items"]} == {"ws.ab", "ws.db"}
    _, executive = agenda_json(str(tmp_path), "--partner", "ws", "--body", "executive")
    assert {i["by"] for i in executive["items"]} == {"ws.db"} and executive["partner"]["bodies"] == ["db"]
    _, period = agenda_json(str(tmp_path), "--partner", "ws", "--from", "2024-10-01", "--to", "2024-12-31")
    assert period["items"] and all("2024-10-01" <= i["latest"] <= "2024-12-31" for i in period["items"])


@pytest.mark.parametrize("args", [("--partner", "wss"), ("--partner", "ws", "--body", "raad"),
                                  ("--partner", "ws", "--from", "2024-12-01", "--to", "2024-01-01"),
                                  ("--partner", "ws", "--format", "html")])
def test_an_option_that_fits_no_plan_is_bad_input(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, ["agenda", str(_plans(tmp_path)), *args], env=ENV)
    assert result.exit_code == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr


def test_a_typo_in_the_partner_gets_a_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["agenda", str(_plans(tmp_path)), "--partner", "wss"], env=ENV)
    assert "did you mean 'ws'?" in result.stderr


def test_an_invalid_plan_is_reported_and_the_others_listed(tmp_path: Path) -> None:
    _plans(tmp_path)
    write_plan(tmp_path, PLAN.format(region="west", lead="4 w"), "west.yaml")
    result = CliRunner().invoke(app, ["agenda", str(tmp_path), "--partner", "ws", "-f", "json"], env=ENV)
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert {i["region"]["id"] for i in doc["items"]} == {"noord", "zuid", "oost"}
    assert [(p["file"].endswith("west.yaml"), p["problems"][0]["code"]) for p in doc["invalid"]] == [
        (True, "bad-duration")]
    assert re.search(r"west\.yaml:13:\d+: error bad-duration", result.stderr), "reported as check reports it"
    table = CliRunner().invoke(app, ["agenda", str(tmp_path), "--partner", "ws"], env=ENV)
    assert table.exit_code == 2 and "1 plan(s) not listed" in table.stdout


def test_a_late_decision_of_any_plan_gives_exit_1_as_check(tmp_path: Path) -> None:
    _plans(tmp_path)
    write_plan(tmp_path, PLAN.format(region="laat", lead="60w"), "laat.yaml")
    code, _ = run_cli("agenda", str(tmp_path), "--partner", "ws")
    assert code == 1 == run_cli("check", str(tmp_path))[0]


def test_ics_is_one_feed_with_the_timelines_uids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _, feed = run_cli("agenda", "regions/", "--partner", "vallei-en-veluwe", "-f", "ics")
    uids = re.findall(r"^UID:(.*?)\r?$", feed, flags=re.M)
    assert len(uids) == len(set(uids)) == 18
    for region in ("u16", "foodvalley"):
        _, timeline = run_cli("timeline", f"regions/{region}.yaml", "-f", "ics", "--partner", "vallei-en-veluwe")
        own = {u for u in re.findall(r"^UID:(.*?)\r?$", timeline, flags=re.M)}
        shared = {u for u in uids if u.startswith(f"{region}/")}
        assert shared and shared <= own
    from icalendar import Calendar

    assert len(Calendar.from_ical(feed).walk("VEVENT")) == 18


def test_markdown_csv_and_dutch(tmp_path: Path) -> None:
    _plans(tmp_path)
    _, md = run_cli("agenda", str(tmp_path), "--partner", "ws", "-f", "markdown", "--lang", "nl")
    assert md.startswith("# Agenda: Waterschap Test\n")
    assert "## 2024-09-26 · algemeen bestuur · vergadering — 3 besluit(en)" in md
    assert "| regio | besluit | door | vroegst | uiterlijk | speling | status |" in md
    _, text = run_cli("agenda", str(tmp_path), "--partner", "ws", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert {r["meeting_count"] for r in rows if r["by"] == "ws.ab"} == {"3"}
    assert [r["latest"] for r in rows] == sorted(r["latest"] for r in rows)


def test_agenda_and_diff_formats_load_without_the_pipeline() -> None:
    modules = ["res_plan.agenda", "res_plan.agenda.view", "res_plan.agenda.table", "res_plan.agenda.markdown",
               "res_plan.agenda.csv_format", "res_plan.agenda.json_format", "res_plan.agenda.ics",
               "res_plan.diff", "res_plan.diff.compare", "res_plan.diff.text", "res_plan.diff.markdown",
               "res_plan.diff.json_format", "res_plan.diff.github"]
    code = f"import sys; import {', '.join(modules)}; print(' '.join(sorted(sys.modules)))"
    loaded = set(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
                 .stdout.split())
    pipeline = {"res_plan.pipeline", "res_plan.expand", "res_plan.schedule", "res_plan.network", "res_plan.includes",
                "res_plan.validate", "res_plan.model", "res_plan.plan_calendar", "res_plan.yaml_source", "pydantic",
                "yaml"}
    assert loaded.isdisjoint(pipeline), sorted(loaded & pipeline)
