"""The Algemene termijnenwet on statutory leads (FACTS.md §10.2): the end of a term set by
law moves past weekends and feestdagen, 5 May included every year; ⊖ stays the exact inverse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from res_plan.durations import Duration
from res_plan.holiday_cache import holiday_source
from res_plan.termijnenwet import Termijnenwet, statutory_feestdagen
from res_plan.workdays import WorkingDays
from tests.helpers import check_json, run_cli, write_plan

NL = WorkingDays(holiday_source("NL"))
ATW = Termijnenwet(holiday_source("NL"))


def test_5_may_and_good_friday_count_every_year() -> None:
    days = statutory_feestdagen(2026)
    assert date(2026, 5, 5) in days and date(2026, 4, 3) in days  # Bevrijdingsdag, Goede Vrijdag
    assert ATW.feestdag(date(2026, 5, 5).toordinal()) is not None
    assert ATW.feestdag(date(2026, 12, 25).toordinal()) is not None
    assert NL.is_working(date(2026, 5, 5).toordinal())  # an office day all the same (no lustrum)


def test_a_term_ending_on_5_may_runs_until_6_may() -> None:
    start = date(2026, 3, 24).toordinal()
    assert NL.add(start, Duration(6, "w")) == date(2026, 5, 5).toordinal()
    assert NL.add(start, Duration(6, "w"), statutory=True) == date(2026, 5, 6).toordinal()
    saturday = date(2026, 6, 6).toordinal() - 42
    assert NL.add(saturday, Duration(6, "w"), statutory=True) == date(2026, 6, 8).toordinal()


UOV = """version: 1
region: {id: t, name: T}
deadline: 2027-01-01
today: 2026-03-24
partners: [{id: g, kind: gemeente}]
decisions:
  - {id: besluit, partner: g, procedure: uov}
done: {besluit.ontwerp: 2026-03-01, besluit.ter-inzage: 2026-03-24}
"""


def test_uov_zienswijzen_from_24_march_close_on_6_may(tmp_path: Path) -> None:
    _, doc = check_json(write_plan(tmp_path, UOV))
    got = {d["id"]: d["earliest"] for d in doc["plans"][0]["decisions"]}
    assert got["besluit.zienswijzen-gesloten"] == "2026-05-06"


def test_explain_says_why_in_english_and_dutch(tmp_path: Path) -> None:
    path = write_plan(tmp_path, UOV)
    _, out = run_cli("explain", str(path), "besluit.zienswijzen-gesloten")
    assert "The term of 6w of zienswijzen-gesloten ends on 5 May 2026, a feestdag (" in out
    assert "so it runs until 6 May 2026" in out
    # said before the date it gives
    assert out.index("runs until 6 May 2026") < out.index("so it is ready on 2026-05-06")
    _, out = run_cli("explain", str(path), "besluit.zienswijzen-gesloten", env={"RES_PLAN_LANG": "nl"})
    assert "eindigt op 5 mei 2026" in out and "loopt dus door tot en met 6 mei 2026" in out


def test_a_user_step_is_statutory_when_it_says_so(tmp_path: Path) -> None:
    text = UOV.replace("procedure: uov}", "steps: [{id: ontwerp}, {id: ter-inzage}, "
                       "{id: zienswijzen-gesloten, lead: 6w, statutory: true}, {id: gewoon, lead: 0d}]}")
    _, doc = check_json(write_plan(tmp_path, text))
    got = {d["id"]: d["earliest"] for d in doc["plans"][0]["decisions"]}
    assert got["besluit.zienswijzen-gesloten"] == "2026-05-06"
    _, doc = check_json(write_plan(tmp_path, text.replace(", statutory: true", "")))
    got = {d["id"]: d["earliest"] for d in doc["plans"][0]["decisions"]}
    assert got["besluit.zienswijzen-gesloten"] == "2026-05-05"


DAYS = st.integers(min_value=date(1990, 1, 1).toordinal(), max_value=date(2090, 12, 31).toordinal())
LEADS = st.builds(Duration, st.integers(min_value=0, max_value=60), st.sampled_from(["wd", "d", "w", "m"]))


@settings(max_examples=300, deadline=None)
@given(DAYS, LEADS)
def test_a_statutory_term_never_ends_on_a_closed_day(day: int, lead: Duration) -> None:
    end = NL.add(day, lead, statutory=True)
    assert end >= NL.add(day, lead)
    if lead.n:
        assert not NL.termijnen.is_closed(end)


@settings(max_examples=300, deadline=None)
@given(DAYS, DAYS, LEADS)
def test_the_backward_count_is_the_exact_inverse(d: int, t: int, lead: Duration) -> None:
    back = NL.sub(t, lead, statutory=True)
    assert (NL.add(d, lead, statutory=True) <= t) == (d <= back)


@settings(max_examples=300, deadline=None)
@given(DAYS, LEADS)
def test_the_backward_count_is_the_latest_such_day(t: int, lead: Duration) -> None:
    back = NL.sub(t, lead, statutory=True)
    assert NL.add(back, lead, statutory=True) <= t < NL.add(back + 1, lead, statutory=True)
