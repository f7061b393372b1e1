"""Fuzzing every output: the plan files the repository carries, with odd values put in (leap
days, long and empty strings, control characters, markup, spreadsheet formulas, emoji,
right-to-left text, numbers for strings) and keys and list items dropped, duplicated or their
ids swapped, through every command and format in both languages. Whatever the input, the
user gets no traceback, an exit code of 0, 1 or 2 (2 with the place of a problem or a usage
message), output that its own format's reader accepts, no raw control characters, no
markup of the file's in the HTML and, in Dutch, no English sentence of the catalogue."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import shutil
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from res_plan.cli import app
from res_plan.messages import EN, NL
from tests.helpers import CONFORMANCE, EXAMPLES, ROOT, ids_in, parent_of, paths

TODAY = "2024-01-08"
REGIONS = ["noord-veluwe.yaml", "foodvalley.yaml", "hoeksche-waard.yaml"]  # with includes from _shared
SOURCES = ([p.relative_to(ROOT) for p in sorted(CONFORMANCE.glob("*.yaml"))]
           + [p.relative_to(ROOT) for p in sorted(EXAMPLES.glob("*.yaml"))]
           + [Path("regions") / name for name in REGIONS if (ROOT / "regions" / name).exists()])
_DATA = {src: yaml.safe_load((ROOT / src).read_text(encoding="utf-8")) for src in SOURCES}

CHECK_FORMATS = ["text", "json", "github", "github-summary", "junit"]
TIMELINE_FORMATS = ["table", "markdown", "csv", "html", "ics", "json", "mermaid", "xlsx"]
AGENDA_FORMATS = ["table", "markdown", "csv", "json", "ics"]
# English in every language: the JSON (SPEC §5), and the JUnit and GitHub annotations as the README says.
ENGLISH_FORMATS = {("check", "json"), ("check", "junit"), ("check", "github"), ("timeline", "json"),
                   ("agenda", "json")}
SCRIPT = "<script>alert(1)</script>"

ODD = [
    "2024-02-29", "2023-02-29", "2100-02-29", "2000-02-29", "2024-12-31", "2023-12-31", "1900-01-01",
    "2399-12-31", "", " ", "x" * 250, "Lange titel " * 200, "\x1b[31mrood\x1b[0m", "a\x00b", "\x07\x08\x0c",
    "regel\neen\rtwee\u2028", "\x85\x9b", "[/]", "[bold red]x[/]", SCRIPT, "<b>&amp;</b>", "=cmd|' /C calc'!A0",
    "+1+1", "@SUM(A1)", "-2", "'\"`", "🌻⚡️🏳️‍🌈", "مجلس البلدية", "\u202eesrever\u202c", "שלום", "0", 0, -1, 3.5,
    10**20, True, None, [], {}, "4w", "0wd", "100y", "FREQ=DAILY", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
]
odd_values = st.sampled_from(ODD) | st.text(alphabet=st.characters(codec="utf-8"), max_size=12)

# English sentences of the catalogue: the literal parts of its templates that Dutch does not share.
_FRAGMENTS = sorted({part.strip() for key, template in EN.items() if template != NL[key]
                     for part, *_ in string.Formatter().parse(template)
                     if len(part.strip()) >= 24 and " " in part.strip()
                     and not any(part.strip() in nl for nl in NL.values())})
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A problem's place as the formats write it (text, GitHub, JSON), or a usage message.
_LOCATED = re.compile(r'\.ya?ml:\d+(:\d+)?: |\.ya?ml,line=\d+|"line": \d+|Usage: |^res-plan: ', re.MULTILINE)


@st.composite
def mutants(draw: st.DrawFn) -> tuple[Path, dict[str, Any]]:
    source = draw(st.sampled_from(SOURCES))
    data = copy.deepcopy(_DATA[source])
    ids = ids_in(data) or ["x"]
    for _ in range(draw(st.integers(1, 3))):
        where = paths(data)
        if not where:
            break
        path = draw(st.sampled_from(where))
        parent = parent_of(data, path)
        last = path[-1]
        action = draw(st.sampled_from(["odd", "odd", "odd", "drop", "duplicate", "swap-id"]))
        if action == "odd":
            parent[last] = draw(odd_values)
        elif action == "drop":
            del parent[last]
        elif action == "duplicate":
            if isinstance(parent, list):
                parent.insert(last, copy.deepcopy(parent[last]))
            else:
                parent[f"{last}{draw(st.sampled_from(['', 'x', '_']))}"] = copy.deepcopy(parent[last])
        elif isinstance(parent[last], dict) and "id" in parent[last]:
            parent[last]["id"] = draw(st.sampled_from(ids))
        else:
            parent[last] = draw(st.sampled_from(ids))
    return source, data


@dataclass
class Run:
    args: list[str]
    code: int
    out: str
    err: str
    fmt: str
    file: Path | None = None


def _invoke(args: list[str], fmt: str, file: Path | None = None) -> Run:
    runner = CliRunner()
    result = runner.invoke(app, args, env={"COLUMNS": "80", "NO_COLOR": "1", "RES_PLAN_LANG": "", "LANG": "C.UTF-8"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{args}: {result.exception!r}") from result.exception
    return Run(args, result.exit_code, result.stdout, result.stderr, fmt, file)


def _runs(plan: Path, lang: str, work: Path) -> Iterator[Run]:
    common = ["--lang", lang]
    for fmt in CHECK_FORMATS:
        yield _invoke(["check", str(plan), "-f", fmt, "--today", TODAY, *common], fmt)
    for fmt in TIMELINE_FORMATS:
        if fmt == "xlsx":
            out = work / f"t-{lang}.xlsx"
            out.unlink(missing_ok=True)
            yield _invoke(["timeline", str(plan), "-f", fmt, "-o", str(out), "--today", TODAY, *common], fmt, out)
        else:
            yield _invoke(["timeline", str(plan), "-f", fmt, "--today", TODAY, *common], fmt)
    doc = json.loads(_invoke(["check", str(plan), "-f", "json", "--today", TODAY], "json").out)
    decisions = doc["plans"][0]["decisions"]
    decision = decisions[len(decisions) // 2]["id"] if decisions else "x"
    yield _invoke(["explain", str(plan), decision, "--today", TODAY, *common], "text")
    data = yaml.safe_load(plan.read_text(encoding="utf-8"))
    partners = [p["id"] for p in data.get("partners") or [] if isinstance(p, dict) and isinstance(p.get("id"), str)] \
        if isinstance(data, dict) and isinstance(data.get("partners"), list) else []
    partner = partners[0] if partners else "nergens"
    for fmt in AGENDA_FORMATS:
        yield _invoke(["agenda", str(plan), "--partner", partner, "-f", fmt, "--today", TODAY, *common], fmt)


def _assert_sound(run: Run, lang: str) -> None:
    said = run.out + run.err
    assert run.code in (0, 1, 2), (run.args, run.code, said[-2000:])
    assert "Traceback" not in said and "internal error" not in said.lower(), (run.args, said[-2000:])
    assert "internal-error" not in said, (run.args, said[-2000:])
    if run.code == 2:
        assert _LOCATED.search(said), (run.args, said[-2000:])
    text = run.out
    if run.fmt == "json" and text.strip():
        json.loads(text)
    elif run.fmt == "junit" and text.strip():
        import xml.etree.ElementTree as ET

        ET.fromstring(text)
    elif run.fmt == "csv" and run.code != 2:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        assert rows and all(len(r) == len(rows[0]) for r in rows), (run.args, rows[:3])
    elif run.fmt == "ics" and run.code != 2 and text.strip():
        from icalendar import Calendar

        Calendar.from_ical(text)
    elif run.fmt == "html" and run.code != 2:
        assert SCRIPT.lower() not in text.lower(), run.args
    if run.file is not None and run.code == 0:
        from openpyxl import load_workbook

        load_workbook(run.file, read_only=True).close()
    # Line ends: \r\n in iCalendar and CSV; otherwise no \r and no other control character.
    body = text.replace("\r\n", "\n") if run.fmt in ("ics", "csv") else text
    assert "\r" not in body and not _CONTROLS.search(body), (run.args, _CONTROLS.findall(body)[:5])
    assert not _CONTROLS.search(run.err.replace("\r\n", "\n")), run.args
    if lang == "nl" and (run.args[0], run.fmt) not in ENGLISH_FORMATS:
        english = [f for f in _FRAGMENTS if f in said]
        assert not english, (run.args, english)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's plan files with what they include and import, beside each other as in the repository."""
    work = tmp_path_factory.mktemp("fuzz")
    for folder in ("tests/conformance", "examples", "regions"):
        shutil.copytree(ROOT / folder, work / folder)
    return work


def _check_mutant(work: Path, source: Path, data: Any) -> None:
    plan = work / source.parent / f"fuzz-{source.name}"
    plan.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for lang in ("en", "nl"):
        for run in _runs(plan, lang, work):
            _assert_sound(run, lang)


@pytest.mark.parametrize("source", SOURCES, ids=[s.name for s in SOURCES])
def test_every_plan_as_written_renders_soundly(workdir: Path, source: Path) -> None:
    _check_mutant(workdir, source, _DATA[source])


@settings(max_examples=18, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(case=mutants())
def test_mutated_plans_render_soundly_in_every_format(workdir: Path, case: tuple[Path, Any]) -> None:
    source, data = case
    _check_mutant(workdir, source, data)


def test_the_english_fragments_are_real() -> None:
    """The Dutch check above looks for something: the catalogue has English sentences to find."""
    assert len(_FRAGMENTS) > 50
    assert not [f for f in _FRAGMENTS if any(f in nl for nl in NL.values())]


# -- what the fuzzer found ------------------------------------------------------------------------

def test_a_quoted_deadline_is_a_deadline_for_every_output(workdir: Path) -> None:
    """`deadline: "2024-02-29"` is a valid date to the schema; the timeline asserted it had none."""
    data = {**_DATA[SOURCES[0]], "deadline": "2024-02-29"}
    assert isinstance(data["deadline"], str)
    _check_mutant(workdir, SOURCES[0], data)
    doc = json.loads(_invoke(["check", str(workdir / SOURCES[0].parent / f"fuzz-{SOURCES[0].name}"), "-f", "json"],
                             "json").out)
    assert doc["plans"][0]["deadline"] == "2024-02-29"


def test_control_characters_quoted_in_a_problem_are_escaped(workdir: Path) -> None:
    """A bad value quoted in a message reached the log and the GitHub annotation with its raw ESC."""
    data = {**_DATA[SOURCES[0]], "deadline": "\x1b[31mrood"}
    _check_mutant(workdir, SOURCES[0], data)
    plan = workdir / SOURCES[0].parent / f"fuzz-{SOURCES[0].name}"
    run = _invoke(["check", str(plan)], "text")
    assert run.code == 2 and "got \\x1b[31mrood" in run.out
    assert "\\x1b[31mrood" in _invoke(["check", str(plan), "-f", "github"], "github").out
