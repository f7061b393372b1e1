"""The result module: reports and timelines load without the pipeline; one status per
decision and per plan; one resolver for `partner.body`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from res_plan.bodies import BodyError, BodyResolver, PartnerInfo, split_key
from res_plan.result import DecisionRow, Move, PlanResult, Status, decision_status

REPORTERS = ["res_plan.report.registry", "res_plan.report.json_report", "res_plan.report.text_report",
             "res_plan.report.github_report", "res_plan.report.junit_report", "res_plan.report.summary",
             "res_plan.timeline", "res_plan.timeline.view", "res_plan.timeline.table", "res_plan.timeline.markdown",
             "res_plan.timeline.csv_format", "res_plan.timeline.html", "res_plan.timeline.ics",
             "res_plan.timeline.json_format"]
PIPELINE = ["res_plan.pipeline", "res_plan.expand", "res_plan.schedule", "res_plan.network", "res_plan.includes",
            "res_plan.validate", "res_plan.model", "res_plan.plan_calendar", "res_plan.yaml_source", "pydantic",
            "yaml"]


def test_reports_and_timelines_load_without_the_pipeline() -> None:
    code = f"import sys; import {', '.join(REPORTERS)}; print(' '.join(sorted(sys.modules)))"
    loaded = set(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
                 .stdout.split())
    assert loaded.isdisjoint(PIPELINE), sorted(loaded & set(PIPELINE))


def row(done: date | None = None, earliest: date | None = date(2024, 1, 2), latest: date | None = date(2024, 2, 1),
        slack: int | None = 5, late: bool = False) -> DecisionRow:
    return DecisionRow("a", "a", None, None, "a", None, done, earliest, latest, slack, late)


@pytest.mark.parametrize(("decision", "move", "status"), [
    (row(done=date(2024, 1, 1), earliest=date(2024, 1, 1), latest=None, slack=None), None, Status.DONE),
    (row(latest=None, slack=None, late=True), Move(None, None, True), Status.NO_DATE),
    (row(slack=-3, late=True), None, Status.LATE),
    (row(slack=-3, late=True), Move(4, 0, False), Status.LATE),
    (row(slack=-3, late=True), Move(4, 0, True), Status.BECAME_LATE),
    (row(), Move(1, 0, False), Status.ON_TIME),
])
def test_one_status_per_decision(decision: DecisionRow, move: Move | None, status: Status) -> None:
    assert decision_status(decision, move) is status


def test_plan_status_is_the_most_urgent_open_one() -> None:
    plan = PlanResult("p.yaml", decisions=[row(), row(slack=-1, late=True)])
    assert plan.status is Status.LATE and plan.worst_slack == -1 and plan.late_count == 1
    plan.decisions.append(row(latest=None, slack=None, late=True))
    assert plan.status is Status.NO_DATE
    assert PlanResult("p.yaml").status is Status.DONE


LEIDEN = PartnerInfo("leiden", "Gemeente Leiden", "gemeente", ["college", "raad", "commissie"])
RES = PartnerInfo("res", "Stuurgroep", "regio", ["stuurgroep"])
RESOLVER = BodyResolver({"leiden": LEIDEN, "res": RES})


def test_by_and_window_bodies_resolve_partner_body_alike() -> None:
    for ref in ("leiden.raad", "leiden.representative"):
        assert RESOLVER.by(ref, None) == RESOLVER.window_entry(ref) == "leiden.raad"
    assert RESOLVER.by("executive", "leiden") == "leiden.college"
    assert RESOLVER.window_entry("commissie") == "commissie"  # a bare name stays a name in a window
    assert split_key("leiden.raad") == ("leiden", "raad")


def test_window_entries_name_bodies_by_key_name_or_role() -> None:
    assert RESOLVER.names(["leiden.raad"], "leiden.raad") and not RESOLVER.names(["leiden.raad"], "leiden.college")
    assert RESOLVER.names(["executive"], "leiden.college") and RESOLVER.names(["executive"], "res.stuurgroep")
    assert RESOLVER.names(None, "res.stuurgroep") and not RESOLVER.names(["raad"], "res.stuurgroep")


@pytest.mark.parametrize(("call", "code", "message"), [
    (lambda: RESOLVER.by("leidn.raad", None), "unknown-reference",
     "unknown partner 'leidn' in 'leidn.raad' (did you mean 'leiden'?)"),
    (lambda: RESOLVER.window_entry("leidn.raad"), "unknown-reference",
     "unknown partner 'leidn' (did you mean 'leiden'?)"),
    (lambda: RESOLVER.by("raad", None), "unknown-body", "'raad' names no partner"),
    (lambda: RESOLVER.window_entry("rad"), "unknown-body", "no body or role is called 'rad' (did you mean 'raad'?)"),
    (lambda: RESOLVER.by("res.representative", None), "unknown-body", "a regio has no representative body ('res')"),
    (lambda: RESOLVER.window_entry("leiden.ps"), "unknown-body", "'leiden' (gemeente) has no body 'ps'"),
])
def test_resolver_messages(call: object, code: str, message: str) -> None:
    with pytest.raises(BodyError) as err:
        call()  # type: ignore[operator]
    assert err.value.code == code and message in err.value.message
