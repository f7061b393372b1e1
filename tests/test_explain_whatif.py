"""`explain` names the binding constraints; `--delay` moves dates and reports what became late."""

from __future__ import annotations

from tests.helpers import CONFORMANCE, EXAMPLES, check_json, run_cli

EXAMPLE = EXAMPLES / "noord-veluwe-herijking-2023.yaml"


def test_explain_names_the_binding_successor_and_the_deadline() -> None:
    code, out = run_cli("explain", str(EXAMPLE), "herijking@vallei-en-veluwe.besluit")
    assert code == 0  # SPEC §4: explained, although the example is late
    assert "earliest 2024-09-18, latest 2024-06-19, slack -65" in out
    # forward: the proposal of the DB binds, and the summer recess (from the second Saturday of
    # July, 13 July 2024) skips the AB's July meeting on the third Wednesday
    assert "once herijking@vallei-en-veluwe.voorstel is decided (2024-05-15)" in out
    assert "2024-07-17 falls in zomerreces 2024" in out
    # backward: the permit application is the binding successor (26 weeks before the permit,
    # Awb 3:18), the deadline ends the chain
    assert "vergunning-lorentz.aanvraag must be decided by 2024-06-25" in out
    assert "must be taken before the deadline 2025-01-01: by 2024-12-31" in out
    assert "kerstsluiting 2024" in out


def test_explain_in_dutch_and_unknown_id() -> None:
    code, out = run_cli("explain", str(EXAMPLE), "concept", "--lang", "nl")
    assert "Waarom de vroegste datum" in out and "Dus de uiterste datum van concept" in out
    code, _ = run_cli("explain", str(EXAMPLE), "concpet")
    assert code == 2


def test_explain_a_holiday_snap() -> None:
    _, out = run_cli("explain", str(CONFORMANCE / "03-meetings-snap.yaml"), "besluit")
    assert "2023-04-27 is a public holiday (King's Day)" in out


def test_delay_moves_dates_downstream_and_upstream() -> None:
    _, base = check_json(CONFORMANCE / "01-wd-holidays.yaml")
    code, moved = check_json(CONFORMANCE / "01-wd-holidays.yaml", "--delay", "e=4w")
    before = {d["id"]: d for d in base["plans"][0]["decisions"]}
    after = {d["id"]: d for d in moved["plans"][0]["decisions"]}
    assert code == 0
    assert after["e"]["earliest"] == "2024-01-16" and before["e"]["earliest"] == "2023-12-19"
    assert after["f"]["earliest"] > before["f"]["earliest"]  # successors move later
    assert after["c"]["latest"] < before["c"]["latest"]  # predecessors must be done earlier
    assert after["g"]["latest"] == before["g"]["latest"]  # the deadline did not move


def test_delay_on_a_critical_decision_turns_the_exit_code_to_1() -> None:
    code, doc = check_json(CONFORMANCE / "02-month-end.yaml", "--delay", "a=1wd")
    assert code == 1
    late = {p["decision"] for p in doc["plans"][0]["problems"] if p["code"] == "late"}
    assert late == {"a", "b"}


def test_delay_text_shows_the_move_and_the_newly_late() -> None:
    code, out = run_cli("check", str(CONFORMANCE / "02-month-end.yaml"), "--delay", "a=1wd")
    assert code == 1
    assert "LATE (new)" in out and "Newly late: a, b." in out
    assert "2023-02-01 +1" in out  # a's earliest moved one working day


def test_delay_on_every_instance_and_a_bad_reference() -> None:
    code, doc = check_json(CONFORMANCE / "07-for-each.yaml", "--delay", "kaders=1w")
    assert code == 0
    after = {d["id"]: d["earliest"] for d in doc["plans"][0]["decisions"]}
    assert after["kaders@zh"] == "2024-09-16"
    code, doc = check_json(CONFORMANCE / "07-for-each.yaml", "--delay", "kader=1w")
    assert code == 2
    assert doc["plans"][0]["problems"][0]["code"] == "unknown-reference"
    assert run_cli("check", str(CONFORMANCE / "07-for-each.yaml"), "--delay", "kaders")[0] == 2

