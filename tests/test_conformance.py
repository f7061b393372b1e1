"""Every case in ../shared/conformance: the JSON and exit code the contract demands."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import CONFORMANCE, check_json

CASES = sorted(CONFORMANCE.glob("*.yaml"))
FIELDS = ("earliest", "latest", "slack", "late")


def expect_code(case: Path) -> str | None:
    for line in case.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect-code:"):
            return line.split(":", 1)[1].strip()
    return None


def test_conformance_cases_are_present() -> None:
    if not CASES and not os.environ.get("CI"):
        pytest.skip(f"no conformance cases at {CONFORMANCE}")
    assert CASES, f"no conformance cases found at {CONFORMANCE}"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_conformance_case(case: Path) -> None:
    expected = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))["plans"][0]
    code = expect_code(case)
    exit_code, doc = check_json(case)
    plan = doc["plans"][0]
    if code:
        assert exit_code == 2
        assert code in {p["code"] for p in plan["problems"]}
        assert plan["decisions"] == [] and plan["critical_path"] == []
        assert all(p["file"] == str(case) for p in plan["problems"])
        return
    assert exit_code == (0 if expected["ok"] else 1)
    assert plan["ok"] == expected["ok"]
    assert plan["critical_path"] == expected["critical_path"]
    got = {d["id"]: d for d in plan["decisions"]}
    want = {d["id"]: d for d in expected["decisions"]}
    assert set(got) == set(want)
    for did, row in want.items():
        assert {f: got[did][f] for f in FIELDS} == {f: row[f] for f in FIELDS}, did
        # every SPEC §5 field, not only the judged ones
        assert got[did] == row, did
    assert {(p["code"], p["decision"]) for p in plan["problems"]} == {
        (p["code"], p["decision"]) for p in expected["problems"]}
