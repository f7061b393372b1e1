"""Bad input: one row per kind of mistake, each answered with exit 2, its code, the file
and the line (and column) that causes it; odd but valid input said well."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from res_plan.pipeline import check_file
from tests.helpers import check_json, run_cli

BASE = """\
version: 1
region: {id: regio, name: Regio}
deadline: 2025-01-01
today: 2024-01-02
partners:
  - {id: leiden, name: Leiden, kind: gemeente}
decisions:
  - {id: concept, lead: 2w}
  - {id: besluit, by: leiden.raad, after: [concept], lead: 4w}
"""
# line 3: deadline · 4: today · 6: partner leiden · 7: decisions · 8: concept · 9: besluit


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def meetings(rrule: str, extra: str = "") -> str:
    return edit("  - {id: leiden, name: Leiden, kind: gemeente}\n",
                f"  - id: leiden\n    kind: gemeente\n    meetings:\n      raad: {{rrule: \"{rrule}\"{extra}}}\n")
# with meetings(): line 9 holds the rrule (column 13), decisions start on line 10


@dataclass
class Case:
    name: str
    content: str | bytes
    code: str
    line: int | None
    column: int | None = None
    says: str = ""  # a fragment the message must contain


CASES = [
    # An unclosed bracket or quote is told where it opens (the line to edit), not where the file ends.
    Case("not-yaml", "version: 1\nregion: {id: r\ndeadline: 2025-01-01\n", "yaml-syntax", 2, 9,
         "the '{' that opens this mapping is never closed"),
    Case("unclosed-quote", edit("name: Regio", 'name: "Regio'), "yaml-syntax", 2, 27, "never closed"),
    Case("empty-file", "", "yaml-syntax", 1, 1, "empty"),
    Case("only-comments", "# plan komt later\n", "yaml-syntax", 1, 1, "empty"),
    Case("top-level-list", "- version: 1\n- decisions: []\n", "bad-value", 1, 1, "a list"),
    Case("top-level-scalar", "RES Holland Rijnland\n", "bad-value", 1, 1, "single value"),
    Case("top-level-number", "42\n", "bad-value", 1, 1, "single value"),
    Case("non-utf8", edit("name: Regio", "name: R\xe9gio").encode("latin-1"), "bad-encoding", 2, 28, "0xe9"),
    Case("tab-indent", edit("  - {id: concept", "\t- {id: concept"), "yaml-syntax", 8, 1, "tab"),
    Case("duplicate-key-top", edit("today: 2024-01-02\n", "today: 2024-01-02\ndeadline: 2026-01-01\n"),
         "duplicate-key", 5, 1, "first on line 3"),
    Case("duplicate-key-flow", edit("{id: concept, lead: 2w}", "{id: concept, lead: 2w, lead: 3w}"),
         "duplicate-key", 8, 29, "'lead'"),
    Case("date-does-not-exist", edit("deadline: 2025-01-01", "deadline: 2023-02-30"), "bad-date", 3, 11,
         "2023-02-30 is not a date"),
    Case("date-day-first", edit("deadline: 2025-01-01", "deadline: 01-02-2025"), "bad-date", 3, 11,
         "write 2025-02-01"),
    Case("date-slashes", edit("deadline: 2025-01-01", "deadline: 2025/02/01"), "bad-date", 3, 11, "2025-02-01"),
    Case("date-spelled-out", edit("deadline: 2025-01-01", "deadline: 1 januari 2025"), "bad-date", 3, 11,
         "YYYY-MM-DD"),
    Case("date-is-a-number", edit("deadline: 2025-01-01", "deadline: 20250101"), "bad-date", 3, 11,
         "write 2025-01-01"),
    Case("date-with-time", edit("deadline: 2025-01-01", "deadline: 2025-01-01 10:00:00"), "bad-date", 3, 11,
         "without a time"),
    Case("date-beyond-2399", edit("deadline: 2025-01-01", "deadline: 2500-01-01"), "bad-date", 3, 11, "1900-2399"),
    Case("duration-negative", edit("lead: 2w}", "lead: -2w}"), "bad-duration", 8, 25, "negative"),
    Case("duration-negative-number", edit("lead: 2w}", "lead: -2}"), "bad-duration", 8, 25, "negative"),
    Case("duration-no-unit", edit("lead: 2w}", "lead: 2}"), "bad-duration", 8, 25, "no unit"),
    Case("duration-unknown-unit", edit("lead: 2w}", "lead: 2y}"), "bad-duration", 8, 25, "not a duration"),
    Case("duration-with-space", edit("lead: 2w}", "lead: 2 w}"), "bad-duration", 8, 25, "'2w'"),
    Case("rrule-does-not-parse", meetings("FREQ=SOMETIMES"), "bad-value", 9, 21, "not an rrule"),
    Case("rrule-garbage", meetings("elke maand"), "bad-value", 9, 21, "not an rrule"),
    Case("rrule-no-dates", meetings("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), "bad-value", 9, 21, "yields no dates"),
    Case("rrule-millions", meetings("FREQ=DAILY", ", from: 1900-01-01, until: 2399-12-31"), "bad-value", 9, 21,
         "more than 50,000"),
    Case("rrule-hourly", meetings("FREQ=HOURLY"), "bad-value", 9, 21, "within a day"),
    Case("decisions-empty", edit(
        "decisions:\n  - {id: concept, lead: 2w}\n  - {id: besluit, by: leiden.raad, after: [concept], lead: 4w}\n",
        "decisions: []\n"), "bad-value", 7, 12, "empty"),
    Case("id-with-capitals", edit("id: concept,", "id: Concept,"), "bad-value", 8, 10, "'concept'"),
    Case("id-with-spaces", edit("id: concept,", "id: concept nota,"), "bad-value", 8, 10, "'concept-nota'"),
    Case("reference-unknown-decision", edit("after: [concept]", "after: [concpt]"), "unknown-reference", 9, 44,
         "did you mean 'concept'"),
    Case("reference-unknown-step", edit("after: [concept]", "after: [concept.besluit]"), "unknown-reference",
         9, 44, "no step 'besluit'"),
    Case("cycle-through-for-each", BASE.replace(
        "  - {id: concept, lead: 2w}\n  - {id: besluit, by: leiden.raad, after: [concept], lead: 4w}\n",
        "  - {id: concept, after: [besluit], lead: 2w}\n"
        "  - {id: besluit, for_each: [gemeente], by: raad, after: [concept], lead: 4w}\n"),
        "cycle", 8, 19, "besluit@leiden"),
    Case("done-unknown-id", BASE + "done:\n  concpt: 2024-01-01\n", "unknown-reference", 11, 3,
         "did you mean 'concept'"),
    Case("python-object-tag", edit("deadline: 2025-01-01", "deadline: !!python/object/apply:os.system [ls]"),
         "bad-value", 3, 11, "!!python/object/apply:os.system"),
    Case("python-name-tag", edit("name: Regio", "name: !!python/name:os.system ''"), "bad-value", 2, 27,
         "not allowed"),
    Case("binary-tag", edit("name: Regio", "name: !!binary aGVsbG8="), "bad-value", 2, 27, "!!binary"),
    Case("unknown-key", edit("{id: concept, lead: 2w}", "{id: concept, titel: Concept, lead: 2w}"), "unknown-key",
         8, 19, "did you mean 'title'"),
    Case("missing-deadline", edit("deadline: 2025-01-01\n", ""), "missing-key", 1, 1, "deadline"),
    Case("version-2", edit("version: 1", "version: 2"), "bad-value", 1, 10, "version: 1"),
    Case("country-code-read-as-false", edit("partners:", "calendar: {holidays: NO}\npartners:"), "bad-value", 5,
         22, "quote it"),
    Case("merge-key", edit("{id: concept, lead: 2w}", "{<<: {id: x}, id: concept, lead: 2w}"), "bad-value", 8, 6,
         "merge keys"),
    Case("two-documents", BASE + "---\nversion: 1\n", "yaml-syntax", 10, 1, "more than one YAML document"),
    Case("control-character", edit("name: Regio", "name: Re\x00gio"), "yaml-syntax", 2, 29, "U+0000"),
    Case("self-containing-alias", edit("after: [concept]", "after: &a [concept, *a]"), "bad-value", 9, 56,
         "contains it"),
    Case("undefined-alias", edit("after: [concept]", "after: *nergens"), "yaml-syntax", 9, 43, "undefined alias"),
]


def problems_of(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for plan in doc["plans"] for p in plan["problems"]]


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "regio.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_exit_2_with_a_located_problem(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case.content)
    code, doc = check_json(path)
    problems = problems_of(doc)
    assert code == 2, problems
    assert doc["ok"] is False and doc["plans"][0]["decisions"] == []
    found = [p for p in problems if p["code"] == case.code]
    assert found, f"no {case.code} in {problems}"
    p = found[0]
    assert p["file"] == str(path)
    assert p["severity"] == "error"
    assert (p["line"], p["column"] if case.column else None) == (case.line, case.column), p
    assert case.says in p["message"], p["message"]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_text_report_names_the_line_without_a_traceback(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path, case.content)
    code, out = run_cli("check", str(path), "--lang", "nl")
    assert code == 2
    assert "Traceback" not in out
    assert f"{path}:{case.line}:" in out  # file:line:col, the form editors and CI parsers read


def test_a_directory_named_like_a_plan_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "regio.yaml"
    folder.mkdir()
    result = check_file(folder, None, date(2024, 1, 2))
    assert [(p.code, p.file, p.line) for p in result.problems] == [("unreadable", str(folder), None)]
    assert "directory" in result.problems[0].message
    code, _ = run_cli("check", str(folder))  # given on the command line it is a folder without plans
    assert code == 2


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path: Path) -> None:
    loop = tmp_path / "regio.yaml"
    loop.symlink_to(loop)  # open() fails for everyone, root included
    code, doc = check_json(loop)
    assert code == 2
    [p] = problems_of(doc)
    assert (p["code"], p["file"], p["line"]) == ("unreadable", str(loop), None)
    assert "cannot be read" in p["message"]


def _check_as_nobody(path: Path) -> tuple[int, dict[str, Any]]:
    """`res-plan check --format json` in a forked child that gave up root's right to read every file."""
    check_json(path)  # the parent imports all a check needs: the child may not read root's files
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        status = 1
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            with os.fdopen(write, "w", encoding="utf-8") as out:
                json.dump(check_json(path), out)
            status = 0
        except BaseException:
            traceback.print_exc()  # shows in pytest's captured output
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as got:
        text = got.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0 and text, "the unprivileged check did not finish"
    code, doc = json.loads(text)
    return code, doc


NOBODY = 65534


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_file_without_read_permission_is_unreadable() -> None:
    # A folder every user may enter (pytest's own temporary folder is root's alone), a file nobody may read.
    folder = Path(tempfile.mkdtemp(prefix="res-plan-unreadable-"))
    try:
        folder.chmod(0o755)
        path = _write(folder, BASE)
        path.chmod(0)
        if os.geteuid() == 0:  # root reads every file: check as an ordinary user instead
            code, doc = _check_as_nobody(path)
        else:
            code, doc = check_json(path)
        assert code == 2
        [p] = problems_of(doc)
        assert (p["code"], p["file"], p["line"]) == ("unreadable", str(path), None)
        assert "cannot be read" in p["message"]
    finally:
        shutil.rmtree(folder)


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    code, doc = check_json(tmp_path / "nergens.yaml")
    assert code == 2
    assert [p["code"] for p in problems_of(doc)] == ["unreadable"]


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "b.yaml").write_bytes(b"\xff\xfe")
    (tmp_path / "c.yaml").write_text(BASE, encoding="utf-8")
    code, doc = check_json(tmp_path)
    assert code == 2
    assert [plan["ok"] for plan in doc["plans"]] == [True, False, True]


def test_many_errors_are_capped_with_a_closing_note(tmp_path: Path) -> None:
    rows = "".join(f"  - {{id: D{i}, lead: {i}}}\n" for i in range(400))
    path = _write(tmp_path, edit("  - {id: concept, lead: 2w}\n", rows))
    code, doc = check_json(path)
    problems = problems_of(doc)
    assert code == 2
    assert len(problems) == 101
    assert problems[-1]["code"] == "too-many-problems" and "more problems" in problems[-1]["message"]
    assert [p["line"] for p in problems[:-1]] == sorted(p["line"] for p in problems[:-1])


def test_a_very_long_value_is_quoted_short(tmp_path: Path) -> None:
    long = "x" * 100_000
    path = _write(tmp_path, edit("{id: concept, lead: 2w}", f"{{id: concept, lead: {long}}}") + f"? {long}\n: 1\n")
    code, doc = check_json(path)
    assert code == 2
    assert {p["code"] for p in problems_of(doc)} == {"unknown-key", "bad-duration"}
    assert all(len(p["message"]) < 300 for p in problems_of(doc))


# -- valid but odd --------------------------------------------------------------------------


def test_a_byte_order_mark_is_accepted_and_lines_stay_right(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + BASE.encode())
    assert check_json(path)[0] == 0
    path = _write(tmp_path, b"\xef\xbb\xbf" + edit("lead: 2w}", "lead: 2}").encode())
    code, doc = check_json(path)
    assert code == 2 and (problems_of(doc)[0]["line"], problems_of(doc)[0]["column"]) == (8, 25)


def test_windows_line_ends_are_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, BASE.replace("\n", "\r\n").encode())
    assert check_json(path)[0] == 0
    path = _write(tmp_path, edit("lead: 2w}", "lead: 2}").replace("\n", "\r\n").encode())
    code, doc = check_json(path)
    assert code == 2 and problems_of(doc)[0]["line"] == 8


def test_for_each_kind_without_partners_is_a_warning_that_names_it(tmp_path: Path) -> None:
    path = _write(tmp_path, edit("by: leiden.raad, after: [concept]",
                                 "for_each: [gemeente, waterschap], by: raad, after: [concept]"))
    code, doc = check_json(path)
    assert code == 0, problems_of(doc)
    [p] = problems_of(doc)
    assert (p["severity"], p["code"], p["line"]) == ("warning", "no-instances", 9)
    assert "waterschap" in p["message"]
    assert [d["id"] for d in doc["plans"][0]["decisions"]] == ["concept", "besluit@leiden"]


def test_today_after_the_deadline_is_said_once(tmp_path: Path) -> None:
    rows = "".join(f"  - {{id: d{i}, after: [concept], lead: 1w}}\n" for i in range(200))
    path = _write(tmp_path, edit("today: 2024-01-02", "today: 2025-03-01") + rows)
    code, doc = check_json(path)
    assert code == 1
    plan = doc["plans"][0]
    late = [p for p in plan["problems"] if p["severity"] == "error"]
    assert len(late) == 1, late
    assert late[0]["code"] == "late" and late[0]["decision"] is None
    assert "2025-03-01" in late[0]["message"] and "2025-01-01" in late[0]["message"]
    assert "every open decision is late" in late[0]["message"]
    assert late[0]["line"] == 4  # the today: line
    assert all(d["late"] for d in plan["decisions"]) and len(plan["decisions"]) == 202
    code, out = run_cli("check", str(path))
    assert out.count("every open decision is late") == 1
    code, out = run_cli("check", str(path), "--lang", "nl")
    assert code == 1 and out.count("2025-03-01") == 2  # the header and the one message


def test_today_from_the_command_line_after_the_deadline_points_at_the_deadline(tmp_path: Path) -> None:
    path = _write(tmp_path, BASE)
    code, doc = check_json(path, "--today", "2025-01-01")
    assert code == 1
    [p] = problems_of(doc)
    assert (p["code"], p["line"]) == ("late", 3)


def test_today_after_the_deadline_with_everything_done_is_fine(tmp_path: Path) -> None:
    path = _write(tmp_path, BASE + "done: {concept: 2024-01-10, besluit: 2024-03-07}\n")
    code, doc = check_json(path, "--today", "2025-06-01")
    assert code == 0, problems_of(doc)


def test_a_deadline_at_the_end_of_the_calendar_is_no_crash(tmp_path: Path) -> None:
    path = _write(tmp_path, meetings("FREQ=MONTHLY").replace("deadline: 2025-01-01", "deadline: 2399-12-31")
                  .replace("today: 2024-01-02", "today: 2399-06-01"))
    code, doc = check_json(path)
    assert code in (0, 1, 2)
    assert doc["plans"][0]["today"] == "2399-06-01"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    import subprocess
    import sys

    pipe = tmp_path / "regio.yaml"
    os.mkfifo(pipe)
    proc = subprocess.run([sys.executable, "-m", "res_plan", "check", "--format", "json", str(pipe)],
                          capture_output=True, text=True, timeout=10, stdin=subprocess.DEVNULL)
    assert proc.returncode == 2
    assert '"unreadable"' in proc.stdout
