"""The conformance cases: the JSON and exit code the contract demands for each plan.

The cases live in tests/conformance/ (data of the contract, always run). When the
contract's own folder is present (`../shared/conformance/` beside the repository, or
`$RES_PLAN_SHARED/conformance`), every case there runs too: it can hold cases that are
not copied here yet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import CONFORMANCE, SHARED_CONFORMANCE, check_json

FIELDS = ("earliest", "latest", "slack", "late")
# Warnings the contract gained after the cases were written: a case lists them only when it means
# to (tests/test_ics_meetings.py checks that 03 warns about its meeting on Ascension Day).
LATER_WARNINGS = frozenset({"meetings-dropped"})
CASES = sorted(CONFORMANCE.glob("*.yaml"))
SHARED_CASES = sorted(SHARED_CONFORMANCE.glob("*.yaml")) if SHARED_CONFORMANCE.is_dir() else []


def expect_code(case: Path) -> str | None:
    for line in case.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect-code:"):
            return line.split(":", 1)[1].strip()
    return None


def _problems(plan: dict[str, Any]) -> str:
    return "; ".join(f"{p['code']} at line {p['line']}: {p['message']}" for p in plan["problems"]) or "none"


def assert_case(case: Path) -> None:
    expected_file = case.with_suffix(".expected.json")
    assert expected_file.is_file(), f"{case.name} has no {expected_file.name} beside it"
    expected = json.loads(expected_file.read_text(encoding="utf-8"))["plans"][0]
    code = expect_code(case)
    exit_code, doc = check_json(case)
    plan = doc["plans"][0]
    if code:
        found = sorted({p["code"] for p in plan["problems"]})
        assert exit_code == 2, f"{case.name}: expected exit 2 (invalid, {code}), got {exit_code}"
        assert code in found, f"{case.name}: expected problem code {code!r}, got {found}"
        assert plan["decisions"] == [] and plan["critical_path"] == [], \
            f"{case.name}: an invalid plan must have no decisions and no critical path"
        assert all(p["file"] == str(case) for p in plan["problems"]), \
            f"{case.name}: every problem must name the plan file"
        return
    want_exit = 0 if expected["ok"] else 1
    assert exit_code == want_exit, \
        f"{case.name}: expected exit {want_exit}, got {exit_code}; problems: {_problems(plan)}"
    assert plan["ok"] == expected["ok"], f"{case.name}: ok is {plan['ok']}, the contract says {expected['ok']}"
    assert plan["critical_path"] == expected["critical_path"], \
        f"{case.name}: critical path {plan['critical_path']}, the contract says {expected['critical_path']}"
    got = {d["id"]: d for d in plan["decisions"]}
    want = {d["id"]: d for d in expected["decisions"]}
    assert set(got) == set(want), \
        f"{case.name}: missing {sorted(set(want) - set(got))}, unexpected {sorted(set(got) - set(want))}"
    for did, row in want.items():
        judged = {f: got[did][f] for f in FIELDS}
        assert judged == {f: row[f] for f in FIELDS}, f"{case.name}: {did} is {judged}, the contract says " \
            f"{ {f: row[f] for f in FIELDS} }"
        assert got[did] == row, f"{case.name}: {did} differs from the contract in another field"
    listed = {p["code"] for p in expected["problems"]}
    told = [p for p in plan["problems"] if p["code"] not in LATER_WARNINGS - listed]
    assert {(p["code"], p["decision"]) for p in told} == {
        (p["code"], p["decision"]) for p in expected["problems"]}, \
        f"{case.name}: problems {_problems(plan)}; the contract lists " \
        f"{sorted((p['code'], p['decision']) for p in expected['problems'])}"


def test_the_repository_carries_its_conformance_cases() -> None:
    assert len(CASES) >= 9, f"the conformance cases are missing from {CONFORMANCE}"
    for case in CASES:
        assert case.with_suffix(".expected.json").is_file(), f"{case.name} has no expected JSON"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_conformance_case(case: Path) -> None:
    assert_case(case)


@pytest.mark.skipif(not SHARED_CASES, reason=f"no contract folder at {SHARED_CONFORMANCE} "
                    "(set RES_PLAN_SHARED to run its cases too); the copies in tests/conformance ran")
@pytest.mark.parametrize("case", SHARED_CASES or [Path("none")], ids=[c.stem for c in SHARED_CASES] or ["none"])
def test_contract_folder_case(case: Path) -> None:
    assert_case(case)
    copy = CONFORMANCE / case.name
    if copy.is_file():
        assert copy.read_bytes() == case.read_bytes(), \
            f"tests/conformance/{case.name} is older than the contract's: cp {case} {copy}"
