"""The legal routes as corrected in FACTS.md §10.3: omgevingsvisie by UOV for gemeente and
provincie, the 26-week uitgebreide omgevingsvergunning, leads by body, the Herijking's regional
act, the Voortgangsdocument sent for information."""

from __future__ import annotations

from pathlib import Path

from res_plan.procedures import builtin_catalogue
from tests.helpers import check_json, run_cli, write_plan

HEAD = """version: 1
region: {id: t, name: T}
deadline: 2030-01-01
today: 2026-11-27
partners:
  - {id: ede, kind: gemeente}
  - {id: gelderland, kind: provincie}
  - {id: vallei, kind: waterschap}
  - {id: res, kind: regio}
decisions:
"""


def _rows(tmp_path: Path, decisions: str) -> dict[str, dict]:  # type: ignore[type-arg]
    code, doc = check_json(write_plan(tmp_path, HEAD + decisions))
    assert code in (0, 1), doc
    return {d["id"]: d for d in doc["plans"][0]["decisions"]}


def test_omgevingsvisie_has_zienswijzen_for_gemeente_and_provincie(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "  - {id: visie, kind: omgevingsvisie}\n")
    assert {"visie@ede.zienswijzen-gesloten", "visie@gelderland.zienswijzen-gesloten"} <= set(rows)
    assert rows["visie@gelderland.besluit"]["by"] == "gelderland.ps"
    assert not any("in-werking" in key for key in rows)  # no omgevingsplan rule


def test_omgevingsverordening_gets_no_omgevingsplan_rule(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "  - {id: verordening, kind: omgevingsverordening}\n")
    assert [r["step"] for r in rows.values()][-1] == "besluit"
    plan = _rows(tmp_path, "  - {id: plan, kind: omgevingsplan}\n")
    assert [r["step"] for r in plan.values()][-1] == "in-werking"


def test_uitgebreide_omgevingsvergunning_totals_26_weeks() -> None:
    code, out = run_cli("procedures", "omgevingsvergunning-uitgebreid")
    assert code == 0 and "total lead 26w" in out and "3:18" in out
    steps = builtin_catalogue()["omgevingsvergunning-uitgebreid"].steps
    assert sum(7 * s.lead.n if s.lead and s.lead.unit == "w" else 0 for s in steps) >= 26 * 7


def test_the_extension_is_an_override(tmp_path: Path) -> None:
    plain = _rows(tmp_path, "  - {id: v, kind: vergunning, partner: ede}\n")
    longer = _rows(tmp_path, "  - {id: v, kind: vergunning, partner: ede, leads: {verlenging: 6w}}\n")
    assert plain["v.aanvraag"]["earliest"] == "2026-11-27"
    assert plain["v.besluit"]["earliest"] == "2027-05-28"  # 26w after the application
    assert longer["v.besluit"]["earliest"] == "2027-07-09"  # + 6w (Awb 3:18 lid 2)


def test_gs_to_ps_and_db_to_ab_take_longer_than_college_to_raad(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "  - {id: b, for_each: [gemeente, provincie, waterschap], "
                           "procedure: besluit-volksvertegenwoordiging}\n")
    # voorstel on 2026-12-28 (Christmas), then 5w for the raad and 8w for PS and AB
    assert rows["b@ede.besluit"]["earliest"] == "2027-02-01"
    assert rows["b@gelderland.besluit"]["earliest"] == rows["b@vallei.besluit"]["earliest"] == "2027-02-22"
    _, out = run_cli("procedures", "besluit-volksvertegenwoordiging")
    assert "5w (provincie 8w, waterschap 8w), practice" in out and "assumption" in out


def test_plan_mer_takes_about_six_months_from_the_reactions_to_adoption() -> None:
    steps = builtin_catalogue()["plan-mer"].steps
    after = steps[[s.id for s in steps].index("zienswijzen-gesloten") + 1:]
    weeks = sum(s.lead.n for s in after if s.lead and s.lead.unit == "w")
    assert 24 <= weeks <= 30
    assert "opschorting" in [s.id for s in after]


def test_herijking_ends_with_the_regional_act(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "  - {id: herijking, kind: herijking}\n")
    act = rows["herijking-regionaal.besluit"]
    assert act["by"] == "res.stuurgroep"
    last_council = max(r["earliest"] for k, r in rows.items() if k.endswith(".besluit") and "@" in k)
    assert act["earliest"] > last_council


def test_herijking_can_take_the_plan_mer_route(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "  - {id: herijking, kind: herijking, procedure: plan-mer}\n")
    assert "herijking@ede.commissie-advies" in rows and "herijking-regionaal.besluit" in rows


def test_voortgangsrapportage_is_sent_for_information(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "  - {id: v, kind: voortgangsrapportage}\n")
    assert rows["v@ede.ter-kennisname"]["by"] is None
    assert rows["v@gelderland.besluit"]["by"] == "gelderland.gs"
    assert "sent to raad, PS and AB" in builtin_catalogue()["voortgangsrapportage"].description


def test_every_statutory_step_cites_a_source_not_the_facts_file() -> None:
    for proc in builtin_catalogue().values():
        for meta in proc.sources:
            assert "FACTS" not in meta.source
            assert meta.basis in ("statutory", "official", "practice", "assumption")
