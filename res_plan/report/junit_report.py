"""JUnit XML, as GitLab, Jenkins and Azure Pipelines display it: a test suite per plan file,
a test case per decision, a failure for each late or undatable one. A file that cannot be
read is a suite with one erroring test case per input problem. No timestamps or durations,
so the same input gives the same bytes.

Only what the Jenkins xUnit plugin's junit-10.xsd allows: `<testcase>` has no `file` or
`line` attribute there, so the place (`file:line:col`, the shared file's own name for a
problem in an included file) leads every failure message and text, which GitLab shows in
its test report. No plans (an empty folder) give an empty, valid `<testsuites>`."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

from res_plan.problems import Problem
from res_plan.report.options import DEFAULT, ReportOptions
from res_plan.result import DecisionRow, PlanResult, Status, iso

# Characters XML 1.0 cannot carry even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _where(p: Problem) -> str:
    if p.line is None:
        return p.file or ""
    column = f":{p.column}" if p.column is not None else ""
    return f"{p.file}:{p.line}{column}"


def _problem_text(problems: list[Problem]) -> str:
    return "\n".join(f"{_where(p)}: {p.severity} [{p.code}] {p.message}" for p in problems)


def _element(parent: ET.Element, tag: str, **attrs: str | int | None) -> ET.Element:
    return ET.SubElement(parent, tag, {k: _clean(str(v)) for k, v in attrs.items() if v is not None})


def _d(day: date | None) -> str:
    return iso(day) or "-"


def _late_message(row: DecisionRow) -> tuple[str, str]:
    if row.status is Status.NO_DATE:
        return "no-date", f"{row.id}: no date possible (earliest {_d(row.earliest)}, latest {_d(row.latest)})"
    return "late", (f"{row.id}: earliest {_d(row.earliest)} is after latest {_d(row.latest)} "
                    f"(slack {row.slack} working days)")


def _decision_case(suite: ET.Element, row: DecisionRow, classname: str, plan_late: list[Problem],
                   own: list[Problem]) -> tuple[int, int]:
    case = _element(suite, "testcase", name=row.id, classname=classname)
    failed = 0
    if row.late:
        failed = 1
        blame = [p for p in own if p.severity == "error"] or plan_late
        kind, fallback = _late_message(row)
        message = f"{_where(blame[0])}: {blame[0].message}" if blame else fallback
        failure = _element(case, "failure", type=blame[0].code if blame else kind, message=message)
        failure.text = _clean(_problem_text(blame) if blame else fallback)
    warnings = [p for p in own if p.severity == "warning"]
    out = [f"{row.title}", f"by: {row.by or '-'}", f"earliest: {_d(row.done or row.earliest)}",
           f"latest: {_d(row.latest)}", f"slack: {'-' if row.slack is None else row.slack} working days"]
    if row.done:
        out.append(f"done: {_d(row.done)}")
    if warnings:
        out.append(_problem_text(warnings))
    _element(case, "system-out").text = _clean("\n".join(out))
    return 1, failed


def _suite(root: ET.Element, result: PlanResult) -> tuple[int, int, int]:
    suite = _element(root, "testsuite", name=result.file)
    values = {"region": result.region["id"] if result.region else None, "today": iso(result.today),
              "deadline": iso(result.deadline)}
    if any(values.values()):
        props = _element(suite, "properties")
        for key, value in values.items():
            if value:
                _element(props, "property", name=key, value=value)
    classname = result.region["id"] if result.region and not result.invalid else result.file
    tests = failures = errors = 0
    if result.invalid:
        for p in result.problems:
            case = _element(suite, "testcase", name=f"{_where(p)}: {p.code}", classname=classname)
            tests += 1
            if p.severity == "error":
                errors += 1
                error = _element(case, "error", type=p.code, message=f"{_where(p)}: {p.message}")
                error.text = _clean(_problem_text([p]))
            else:
                _element(case, "system-out").text = _clean(_problem_text([p]))
    else:
        of_decision: dict[str | None, list[Problem]] = {}  # grouped once: a national plan has thousands of each
        for p in result.problems:
            of_decision.setdefault(p.decision, []).append(p)
        plan_late = [p for p in of_decision.get(None, []) if p.severity == "error"]
        for row in result.decisions:
            n, failed = _decision_case(suite, row, classname, plan_late, of_decision.get(row.id, []))
            tests, failures = tests + n, failures + failed
        ids = {row.id for row in result.decisions}
        general = [p for p in result.problems if p.decision not in ids]
        if general:
            _element(suite, "system-out").text = _clean(_problem_text(general))
    suite.attrib.update(tests=str(tests), failures=str(failures), errors=str(errors))
    return tests, failures, errors


def render(results: list[PlanResult], lang: str, options: ReportOptions = DEFAULT) -> str:
    del lang, options  # read by CI tools: messages stay in English, like JSON
    root = ET.Element("testsuites", {"name": "res-plan"})
    totals = [0, 0, 0]
    for result in results:
        for i, n in enumerate(_suite(root, result)):
            totals[i] += n
    root.attrib.update(tests=str(totals[0]), failures=str(totals[1]), errors=str(totals[2]))
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
