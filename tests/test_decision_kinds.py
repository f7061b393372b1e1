"""Decision kinds pick procedure and partners; `leads` overrides a step; includes share partners."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import check_json, write_plan

HEAD = "version: 1\nregion: {id: t}\ndeadline: 2027-07-02\ntoday: 2026-11-27\n"
PARTNERS = "partners:\n  - {id: ede, kind: gemeente}\n  - {id: gld, kind: provincie}\n"


def rows(doc: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {d["id"]: d for d in doc["plans"][0]["decisions"]}


def test_herijking_is_adopted_by_every_representative_body(tmp_path: Path) -> None:
    code, doc = check_json(write_plan(tmp_path, HEAD + PARTNERS + "decisions:\n  - {id: h, kind: herijking}\n"))
    assert code == 0
    got = rows(doc)
    assert set(got) == {"h@ede.voorstel", "h@ede.besluit", "h@gld.voorstel", "h@gld.besluit"}
    assert (got["h@ede.besluit"]["by"], got["h@gld.besluit"]["by"]) == ("ede.raad", "gld.ps")
    assert got["h@ede.voorstel"]["by"] == "ede.college"


def test_a_kind_adds_no_warning_for_partner_kinds_the_region_lacks(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + PARTNERS + "decisions:\n  - {id: h, kind: herijking}\n"
                      "  - {id: w, for_each: [waterschap], lead: 1w}\n")
    code, doc = check_json(plan)
    assert code == 0
    warnings = [(p["code"], p["decision"]) for p in doc["plans"][0]["problems"]]
    assert warnings == [("no-instances", "w")]  # only the for_each the file itself wrote


def test_voortgangsrapportage_is_due_on_the_next_biennial_first_of_july(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD.replace("2027-07-02", "2030-01-01") + PARTNERS
                      + "decisions:\n  - {id: v, kind: voortgangsrapportage}\n")
    _, doc = check_json(plan)
    # adopted by the executive, then sent for information (1w, an assumption) by Thu 1 July 2027
    assert rows(doc)["v@ede.ter-kennisname"]["latest"] == "2027-07-01"
    assert rows(doc)["v@ede.besluit"]["latest"] == "2027-06-24"


def test_leads_override_one_step_of_the_procedure(tmp_path: Path) -> None:
    base = HEAD + PARTNERS + "decisions:\n  - {id: h, kind: herijking, for_each: [ede]"
    _, plain = check_json(write_plan(tmp_path, base + "}\n", "a.yaml"))
    _, longer = check_json(write_plan(tmp_path, base + ", leads: {besluit: 8w}}\n", "b.yaml"))
    # voorstel: 2026-11-27 + 4w = Fri 25 Dec (Christmas), then Sat → Mon 2026-12-28
    assert rows(plain)["h@ede.voorstel"]["earliest"] == "2026-12-28"
    assert rows(plain)["h@ede.besluit"]["earliest"] == "2027-02-01"  # + 5w
    assert rows(longer)["h@ede.besluit"]["earliest"] == "2027-02-22"  # + 8w instead
    code, doc = check_json(write_plan(tmp_path, base + ", leads: {besluiten: 8w}}\n", "c.yaml"))
    assert code == 2
    [p] = doc["plans"][0]["problems"]
    assert p["code"] == "unknown-reference" and "did you mean 'besluit'" in p["message"]


def test_a_vergunning_needs_the_granting_partner(tmp_path: Path) -> None:
    code, doc = check_json(write_plan(tmp_path, HEAD + PARTNERS + "decisions:\n  - {id: v, kind: vergunning}\n"))
    assert code == 2 and doc["plans"][0]["problems"][0]["code"] == "missing-key"
    code, doc = check_json(write_plan(tmp_path, HEAD + PARTNERS
                                      + "decisions:\n  - {id: v, kind: vergunning, partner: ede}\n", "ok.yaml"))
    assert code == 0
    assert [r["step"] for r in doc["plans"][0]["decisions"]] == ["aanvraag", "ontwerp", "zienswijzen-gesloten",
                                                                 "verlenging", "besluit"]


def test_an_included_partner_error_points_into_the_shared_file(tmp_path: Path) -> None:
    shared = tmp_path / "_shared"
    shared.mkdir()
    (shared / "rijnland.yaml").write_text("partners:\n  - {id: rijnland, kind: waterschap,\n"
                                          "     meetings: {ps: [2027-01-20]}}\n", encoding="utf-8")
    plan = write_plan(tmp_path, HEAD + "include: [_shared/rijnland.yaml]\ndecisions:\n  - {id: a, lead: 1w}\n")
    code, doc = check_json(plan)
    assert code == 0  # a meeting key that is not a default body adds that body
    (shared / "rijnland.yaml").write_text("partners:\n  - {id: rijnland, kind: waterschap,\n"
                                          "     meetings: {representative: [2027-01-20], kind: x}}\n",
                                          encoding="utf-8")
    code, doc = check_json(plan)
    assert code == 2
    problem = doc["plans"][0]["problems"][0]
    assert problem["file"] == str(shared / "rijnland.yaml") and problem["line"] == 3
