"""The Kieswet calendar (FACTS.md §10.1; kiesraad.nl "Kieswet in het kort", C, F, J) and the
computed `kieswet:` election windows."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from res_plan.kieswet import election_day, is_election_year, kandidaatstelling, occurrences, seating_day
from tests.helpers import ROOT, check_json, write_plan

KALENDER = ROOT / "regions" / "_shared" / "kalender-nl.yaml"

KNOWN = [  # every election day in the domain facts, per kind of election
    ("gemeenteraad", date(2014, 3, 19)), ("gemeenteraad", date(2018, 3, 21)),
    ("gemeenteraad", date(2022, 3, 16)), ("gemeenteraad", date(2026, 3, 18)),
    ("gemeenteraad", date(2030, 3, 20)),
    ("provinciale-staten", date(2019, 3, 20)), ("provinciale-staten", date(2023, 3, 15)),
    ("provinciale-staten", date(2027, 3, 17)), ("waterschap", date(2019, 3, 20)),
    ("waterschap", date(2023, 3, 15)), ("waterschap", date(2027, 3, 17)),
]


@pytest.mark.parametrize(("election", "day"), KNOWN)
def test_the_rule_reproduces_every_known_election_day(election: str, day: date) -> None:
    assert election_day(day.year) == day
    assert is_election_year(election, day.year)  # type: ignore[arg-type]
    assert [o.day for o in occurrences(election, day.year, day.year)] == [day]  # type: ignore[arg-type]


@pytest.mark.parametrize(("year", "seated"), [(2023, date(2023, 3, 29)), (2026, date(2026, 4, 1)),
                                              (2027, date(2027, 3, 31)), (2030, date(2030, 4, 3))])
def test_seating_days(year: int, seated: date) -> None:
    assert seating_day(year) == seated


def test_no_election_outside_the_cycle() -> None:
    assert [o.year for o in occurrences("provinciale-staten", 2024, 2032)] == [2027, 2031]
    assert [o.year for o in occurrences("gemeenteraad", 2024, 2032)] == [2026, 2030]


@given(st.integers(min_value=1950, max_value=2399))
def test_election_day_is_a_wednesday_within_the_windows(year: int) -> None:
    nomination, day, seated = kandidaatstelling(year), election_day(year), seating_day(year)
    assert nomination.weekday() == 0 and date(year, 1, 30) <= nomination <= date(year, 2, 5)
    assert day == nomination + timedelta(days=44) and day.weekday() == 2
    assert seated.weekday() == 2 and date(year, 3, 29) <= seated <= date(year, 4, 4)


@given(st.integers(min_value=505, max_value=599), st.sampled_from(["gemeenteraad", "provinciale-staten"]))
def test_the_new_body_is_seated_two_weeks_after_election_day(cycle: int, election: str) -> None:
    year = 4 * cycle + (2 if election == "gemeenteraad" else 3)
    assert is_election_year(election, year)  # type: ignore[arg-type]
    assert seating_day(year) - election_day(year) == timedelta(days=14)


def _plan(tmp_path: Path, decisions: str) -> Path:
    return write_plan(tmp_path, f"""version: 1
region: {{id: t, name: T}}
deadline: 2031-01-01
today: 2026-12-03
include: [{KALENDER}]
partners:
  - {{id: g, kind: gemeente}}
  - {{id: p, kind: provincie}}
  - {{id: w, kind: waterschap}}
decisions:
{decisions}""")


def _earliest(path: Path) -> dict[str, str]:
    _, doc = check_json(path)
    assert not [p for p in doc["plans"][0]["problems"] if p["severity"] == "error"], doc
    return {d["id"]: d["earliest"] for d in doc["plans"][0]["decisions"]}


def test_new_ps_and_ab_decide_from_their_seating_in_2027(tmp_path: Path) -> None:
    got = _earliest(_plan(tmp_path, "  - {id: ps, by: p.ps, not_before: 2027-03-17}\n"
                                    "  - {id: ab, by: w.ab, not_before: 2027-03-17}\n"))
    for key in ("ps", "ab"):
        assert "2027-03-31" <= got[key] <= "2027-04-30"
    assert got == {"ps": "2027-03-31", "ab": "2027-03-31"}  # the seating day itself is eligible


def test_new_raad_decides_from_its_seating_in_2030(tmp_path: Path) -> None:
    got = _earliest(_plan(tmp_path, "  - {id: raad, by: g.raad, not_before: 2030-03-20}\n"))
    assert got["raad"] == "2030-04-03"


def test_an_outgoing_executive_takes_only_routine_decisions(tmp_path: Path) -> None:
    got = _earliest(_plan(tmp_path, "  - {id: kader, by: p.gs, not_before: 2027-03-17}\n"
                                    "  - {id: routine, by: p.gs, not_before: 2027-03-17, routine: true}\n"
                                    "  - {id: ook-routine, kind: voortgangsrapportage, partner: p, "
                                    "not_before: 2027-03-17}\n"))
    assert got["kader"] == "2027-07-08"  # after 16w of GS formation (2027-03-17 ⊕ 16w = 2027-07-07)
    assert got["routine"] == "2027-03-17"
    assert got["ook-routine.besluit"] <= "2027-04-30"


def test_a_routine_decision_still_waits_for_a_representative_body(tmp_path: Path) -> None:
    got = _earliest(_plan(tmp_path, "  - {id: ps, by: p.ps, not_before: 2027-03-17, routine: true}\n"))
    assert got["ps"] == "2027-03-31"


@pytest.mark.parametrize(("entry", "message"), [
    ("{kieswet: gemeenteraad, date: 2026-03-18}", "either a date or kieswet"),
    ("{kieswet: gemeenteraad, bodies: [ps]}", "not a body of the gemeenteraad election"),
    ("{kieswet: waterschap, formation: true, bodies: [ab], after: 8w}", "a formation window is for executives"),
    ("{kieswet: waterschap, formation: true, bodies: [w.ab], after: 8w}", "a formation window is for executives"),
    ("{kieswet: waterschap, formation: true}", "needs its length"),
    ("{date: 2027-03-17, formation: true}", "names the executives"),
])
def test_bad_combinations_are_located_errors(tmp_path: Path, entry: str, message: str) -> None:
    path = write_plan(tmp_path, f"""version: 1
region: {{id: t}}
deadline: 2031-01-01
calendar:
  elections:
    - {entry}
partners: [{{id: w, kind: waterschap}}]
decisions: [{{id: a, by: w.ab}}]
""")
    code, doc = check_json(path)
    problems = doc["plans"][0]["problems"]
    assert code == 2 and len(problems) == 1
    assert message in problems[0]["message"] and problems[0]["line"] == 6


def test_a_dated_election_still_needs_its_date(tmp_path: Path) -> None:
    path = write_plan(tmp_path, "version: 1\nregion: {id: t}\ndeadline: 2031-01-01\ncalendar:\n  elections:\n"
                                "    - {name: x, bodies: [raad]}\ndecisions: [{id: a}]\n")
    code, doc = check_json(path)
    assert code == 2 and doc["plans"][0]["problems"][0]["code"] == "missing-key"
