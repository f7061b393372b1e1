"""The shipped region plans (regions/) against the RES domain data they come from."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from rich.console import Console

from res_plan.pipeline import check_file
from res_plan.report.summary import national_summary
from res_plan.result import PlanResult
from tests.helpers import ROOT, SHARED, check_json, run_cli

REGIONS = ROOT / "regions"
SHARED_DIR = REGIONS / "_shared"
SOURCE = ROOT / "scripts" / "data" / "regions.yaml"
PINNED_TODAY = date(2026, 11, 27)


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


DOMAIN = load(SOURCE)
BY_ID = {r["id"]: r for r in DOMAIN["regions"]}
VERIFIED = sorted(r["id"] for r in DOMAIN["regions"] if r["membership_status"] == "verified")
REGION_FILES = sorted(REGIONS.glob("*.yaml"))


def partners_of(path: Path) -> list[dict[str, Any]]:
    """The plan's own partners plus those of its included files."""
    plan = load(path)
    out = list(plan.get("partners") or [])
    for name in plan.get("include") or []:
        out += load(path.parent / name).get("partners") or []
    return out


def test_the_domain_copy_is_current() -> None:
    original = SHARED / "domain" / "regions.yaml"
    if not original.is_file():
        pytest.skip(f"no {original} to compare scripts/data/regions.yaml with")
    assert SOURCE.read_text(encoding="utf-8") == original.read_text(encoding="utf-8")


def test_fourteen_verified_regions() -> None:
    assert len(VERIFIED) == 14 and DOMAIN["total_regions"] == 30 == len(DOMAIN["regions"])


def test_each_verified_region_has_a_file_and_no_other_region_has_one() -> None:
    assert sorted(p.stem for p in REGION_FILES) == VERIFIED


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_region_file_checks_with_exit_0_or_1(path: Path) -> None:
    code, doc = check_json(path)
    plan = doc["plans"][0]
    assert code in (0, 1), plan["problems"]
    assert plan["region"]["id"] == path.stem
    assert plan["today"] == PINNED_TODAY.isoformat() and plan["deadline"] == "2027-07-02"
    assert not [p for p in plan["problems"] if p["severity"] == "error" and p["code"] not in ("late", "no-date")]


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_gemeenten_match_the_domain_data_exactly(path: Path) -> None:
    region = BY_ID[path.stem]
    named = [p["name"] for p in partners_of(path) if p["kind"] == "gemeente"]
    assert len(named) == len(set(named)) == region["gemeenten_count"]
    assert sorted(n.removeprefix("Gemeente ") for n in named) == sorted(region["gemeenten"])


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_provincies_waterschappen_netbeheerders_match_the_domain_data(path: Path) -> None:
    region = BY_ID[path.stem]
    partners = partners_of(path)
    names = {kind: sorted(p["name"] for p in partners if p["kind"] == kind)
             for kind in ("provincie", "waterschap", "netbeheerder")}
    assert names["provincie"] == sorted(f"Provincie {p}" for p in region["provinces"])
    assert len(names["waterschap"]) == len(region["waterschappen"] or [])
    for w in region["waterschappen"] or []:
        assert any(n == w or n.endswith(f" {w}") for n in names["waterschap"]), (w, names)
    assert names["netbeheerder"] == sorted(region["netbeheerders"] or [])
    assert [p for p in partners if p["kind"] == "regio"] == [
        {"id": "res", "name": f"Stuurgroep RES {region['name']}", "kind": "regio"}]


@pytest.mark.parametrize("path", REGION_FILES, ids=lambda p: p.stem)
def test_unnamed_partners_are_said_to_be_missing(path: Path) -> None:
    region = BY_ID[path.stem]
    text = path.read_text(encoding="utf-8")
    if (region.get("waterschappen_count") or 0) > len(region["waterschappen"] or []):
        assert "Waterschappen: the sources speak of" in text
    if not region["netbeheerders"]:
        assert "Netbeheerder: none named" in text


def test_shared_partners_are_defined_once() -> None:
    defined: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    for path in REGION_FILES + sorted(SHARED_DIR.glob("*.yaml")):
        for p in load(path).get("partners") or []:
            defined[p["id"]] += 1 if p["kind"] != "regio" else 0
            where.setdefault(p["id"], []).append(path.name)
            if p["kind"] in ("provincie", "waterschap", "netbeheerder"):
                assert path.parent == SHARED_DIR, f"{p['id']} is defined in {path} instead of _shared/"
    assert [pid for pid, n in defined.items() if n > 1] == [], where


def test_every_shared_file_is_used_and_every_plan_includes_the_national_calendar() -> None:
    used: set[str] = set()
    for path in REGION_FILES:
        include = load(path)["include"]
        assert include[0] == "_shared/kalender-nl.yaml"
        assert len(include) == len(set(include))
        used.update(include)
    assert used == {f"_shared/{p.name}" for p in SHARED_DIR.glob("*.yaml")}


def test_shared_partner_is_described_once_for_all_its_regions() -> None:
    # FACTS.md §1.2: Vallei en Veluwe sits in 7 regions (6 with a file), Rivierenland in 5 (4).
    users = Counter(name for path in REGION_FILES for name in load(path)["include"])
    assert users["_shared/vallei-en-veluwe.yaml"] == 6
    assert users["_shared/waterschap-rivierenland.yaml"] == 4


def test_national_calendar_computes_its_election_dates() -> None:
    calendar = load(SHARED_DIR / "kalender-nl.yaml")["calendar"]
    assert set(calendar) <= {"closed", "recess", "elections"}
    elections = calendar["elections"]
    # No typed dates: every election comes from the Kieswet (FACTS.md §10.1), with a formation
    # window for each executive.
    assert all("date" not in e and "kieswet" in e for e in elections)
    assert {(e["kieswet"], bool(e.get("formation"))) for e in elections} == {
        (k, f) for k in ("gemeenteraad", "provinciale-staten", "waterschap") for f in (False, True)}
    text = (SHARED_DIR / "kalender-nl.yaml").read_text(encoding="utf-8")
    assert "kiesraad.nl" in text and "ASSUMPTION" in text
    for window in calendar["recess"]:
        assert window["from"].month == 7 and window["from"].weekday() == 5 and 8 <= window["from"].day <= 14
        assert (window["to"].month, window["to"].day) == (8, 31)


def test_noord_brabant_adopts_by_gs_elsewhere_by_ps() -> None:
    for path in REGION_FILES:
        decisions = {d["id"]: d for d in load(path)["decisions"]}
        herijking = decisions["herijking"]
        assert herijking["kind"] == "herijking"
        if "Noord-Brabant" in BY_ID[path.stem]["provinces"]:
            assert herijking["for_each"] == ["gemeente", "waterschap"]
            provincie = decisions["herijking-provincie"]
            assert provincie["partner"] == "noord-brabant" and provincie["procedure"] == "besluit-bestuur"
        else:
            assert "for_each" not in herijking and "herijking-provincie" not in decisions


def test_brabant_provincie_decides_by_gs() -> None:
    _, doc = check_json(REGIONS / "metropoolregio-eindhoven.yaml")
    by = {d["id"]: d["by"] for d in doc["plans"][0]["decisions"]}
    assert by["herijking-provincie.besluit"] == "noord-brabant.gs"
    assert not any(i.startswith("herijking@noord-brabant") for i in by)
    _code, doc = check_json(REGIONS / "foodvalley.yaml")
    by = {d["id"]: d["by"] for d in doc["plans"][0]["decisions"]}
    assert by["herijking@gelderland.besluit"] == "gelderland.ps"
    assert by["herijking@provincie-utrecht.besluit"] == "provincie-utrecht.ps"


def test_illustrative_meeting_rules_are_labelled() -> None:
    for path in REGION_FILES:
        text = path.read_text(encoding="utf-8")
        if "rrule:" in text:
            assert "ILLUSTRATIVE cadence, not" in text


def test_generated_files_are_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_regions.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_readme_lists_every_region_without_a_file() -> None:
    text = (REGIONS / "README.md").read_text(encoding="utf-8")
    for r in DOMAIN["regions"]:
        if r["membership_status"] != "verified":
            assert f"(`{r['id']}`) | {r['membership_status']} |" in text


def test_check_the_whole_folder() -> None:
    code, doc = check_json(REGIONS)
    files = sorted(Path(p["file"]).name for p in doc["plans"])
    assert files == [p.name for p in REGION_FILES], "regions/_shared/ must not be checked as plans"
    assert code in (0, 1)


# --- national summary ----------------------------------------------------------------------

def results() -> list[PlanResult]:
    return [check_file(p, None, PINNED_TODAY) for p in REGION_FILES]


def render(table: Any) -> str:
    console = Console(width=80, no_color=True, force_terminal=False)
    with console.capture() as capture:
        console.print(table)
    return capture.get()


def test_national_summary_one_line_a_region() -> None:
    rs = results()
    out = render(national_summary(rs, "en"))
    assert out.startswith("National summary")
    for r in rs:
        assert r.region is not None
        assert r.region["name"].removeprefix("RES ").split()[0] in out
        critical = r.critical_decision
        assert critical is not None and r.worst_slack == critical.slack
        assert critical.id.split("@")[0] in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_national_summary_puts_the_worst_first(tmp_path: Path) -> None:
    late = check_file(REGIONS / "u16.yaml", date(2027, 6, 20), PINNED_TODAY)
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\n", encoding="utf-8")
    invalid = check_file(bad, None, PINNED_TODAY)
    assert (late.status.value, invalid.status.value) == ("late", "invalid")
    lines = [line.rstrip() for line in render(national_summary(results() + [late, invalid], "nl")).splitlines()]
    assert lines[0] == "Landelijk overzicht"
    row = {word: next(i for i, line in enumerate(lines) if word in line) for word in ("ONGELDIG", "TE LAAT")}
    assert row["ONGELDIG"] == 2 < row["TE LAAT"]
    # Since the PS/WS elections of 2027 count, every shipped region is late as well (GS formation).
    assert not any("op tijd" in line for line in lines[row["TE LAAT"]:-2])
    assert any("U16" in line for line in lines[row["TE LAAT"]:]) and "bad.yaml" in "".join(lines[2:row["TE LAAT"]])


def test_summary_helpers_on_an_empty_plan() -> None:
    empty = PlanResult("x.yaml")
    assert empty.worst_slack is None and empty.critical_decision is None
    assert empty.status.value == "done"
    assert run_cli("check", str(REGIONS / "u16.yaml"))[0] in (0, 1)
