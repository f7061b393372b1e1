"""Fuzzing: the shipped plan files, mutated (keys dropped, types swapped, random strings and
references, lines cut or garbled), never give a traceback: either exit 2 with at least one
located problem, or a valid schedule; and every report renders."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from res_plan.commands.check import exit_code
from res_plan.pipeline import check_text
from res_plan.report import registry
from res_plan.result import PlanResult
from tests.helpers import CONFORMANCE, EXAMPLES, ROOT, ids_in, parent_of, paths

SOURCES = sorted(CONFORMANCE.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml")) + sorted(
    (ROOT / "regions").glob("*.yaml"))[:3]
SYSTEM_TODAY = date(2024, 1, 8)

if not SOURCES:  # pragma: no cover - the shared folder is missing
    pytest.skip("no example plan files to fuzz", allow_module_level=True)

_TEXTS = {path: path.read_text(encoding="utf-8") for path in SOURCES}
_DATA = {path: yaml.safe_load(text) for path, text in _TEXTS.items()}

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
    st.text(max_size=30), st.dates(date(1, 1, 1), date(9999, 12, 31)),
    st.sampled_from(["4w", "0wd", "-2w", "4 w", "12m", "2024-02-30", "FREQ=DAILY", "raad", "executive",
                     "gemeente", "NO", "none", "x@y.z", "a.b", "", " ", "~", "2024-01-08T10:00:00"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=8), inner, max_size=3), max_leaves=6)


@st.composite
def mutated_plan(draw: st.DrawFn) -> tuple[Path, str]:
    source = draw(st.sampled_from(SOURCES))
    data = copy.deepcopy(_DATA[source])
    ids = ids_in(data) or ["x"]
    for _ in range(draw(st.integers(1, 4))):
        where = paths(data)
        if not where:
            break
        path = draw(st.sampled_from(where))
        parent = parent_of(data, path)
        last = path[-1]
        action = draw(st.sampled_from(["drop", "swap", "string", "reference", "duplicate", "add-key"]))
        if action == "drop":
            del parent[last]
        elif action == "swap":
            parent[last] = draw(values)
        elif action == "string":
            parent[last] = draw(st.text(max_size=40))
        elif action == "reference":
            ref = draw(st.sampled_from(ids))
            ref += draw(st.sampled_from(["", "@" + draw(st.sampled_from(ids)), "." + draw(st.sampled_from(ids)),
                                         "-typo", ".", "@"]))
            parent[last] = draw(st.sampled_from([ref, [ref], {"id": ref, "gap": "2w"}]))
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif action == "add-key" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["title", "after", "lead", "by", "for_each", "done", "steps", "x"]))] = (
                draw(values))
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if draw(st.integers(0, 4)) == 0:  # now and then, damage the text itself
        lines = text.splitlines(keepends=True)
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        garbage = draw(st.sampled_from(["", "\t", ":", "- ", "{", "]", "&a ", "*a", "!!python/object ", "'"]))
        lines[i:i + 1] = [garbage + lines[i][draw(st.integers(0, len(lines[i]))):]] if lines else [garbage]
        text = "".join(lines)
    return source, text


def render_all(result: PlanResult) -> None:
    for fmt in ("text", "json", "github", "junit"):
        out = registry.render(fmt, [result], "nl" if fmt == "text" else "en")
        if fmt == "json":
            json.loads(out)
        elif fmt == "junit":
            ET.fromstring(out)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_plan())
def test_mutated_plans_never_crash(case: tuple[Path, str]) -> None:
    source, text = case
    result = check_text(text, str(source), None, SYSTEM_TODAY, source.parent)
    code = exit_code([result])
    assert all(p.file for p in result.problems)
    if code == 2:
        assert result.problems and any(p.line is not None for p in result.problems), result.problems
        assert all(p.message for p in result.problems)
    else:
        assert result.schedule is not None and result.network is not None
        assert len(result.decisions) == len(result.network.nodes)
        late = [d for d in result.decisions if d.late]
        assert bool(late) == (code == 1)
        if late:
            assert any(p.code in ("late", "no-date") for p in result.problems)
    render_all(result)


def test_a_missing_include_is_located_in_the_plan(tmp_path: Path) -> None:
    text = "version: 1\nregion: {id: r}\ndeadline: 2025-01-01\ninclude: [_shared/nergens.yaml]\n" \
           "decisions: [{id: a}]\n"
    result = check_text(text, str(tmp_path / "plan.yaml"), None, SYSTEM_TODAY, tmp_path)
    assert exit_code([result]) == 2
    [p] = result.problems
    assert (p.file, p.line) == (str(tmp_path / "plan.yaml"), 4)


@pytest.mark.parametrize("source", SOURCES, ids=[p.name for p in SOURCES])
def test_every_source_survives_losing_each_line(source: Path) -> None:
    """Deterministic companion of the fuzz test: every line of every example removed in turn."""
    lines = _TEXTS[source].splitlines(keepends=True)
    for i in range(len(lines)):
        text = "".join(lines[:i] + lines[i + 1:])
        result = check_text(text, str(source), None, SYSTEM_TODAY, source.parent)
        if exit_code([result]) == 2:
            assert any(p.line is not None for p in result.problems), (i, result.problems)
