"""`res-plan schema`, `res-plan procedures` and `res-plan init`."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from res_plan import plan_render
from res_plan.commands import init as init_command
from res_plan.commands.schema import plan_schema, render, shared_schema
from res_plan.procedures import builtin_catalogue
from res_plan.region_records import shipped
from tests.helpers import EXAMPLES, ROOT, check_json, run_cli

jsonschema = pytest.importorskip("jsonschema")

DATA = shipped()
SCHEMA_DIR = ROOT / "schema"
REGIONS = ROOT / "regions"


class _TextDates(yaml.SafeLoader):
    """YAML as an editor's schema validator sees it: dates stay strings."""


_TextDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_text_dates(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDates)


def validator(schema: dict[str, Any]) -> Any:
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def errors(schema: dict[str, Any], data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(schema).iter_errors(data)]


# --- schema --------------------------------------------------------------------------------

def test_schema_command_prints_the_plan_schema() -> None:
    code, out = run_cli("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"]
    assert set(schema["required"]) >= {"version", "region", "deadline", "decisions"}
    assert schema["additionalProperties"] is False


def test_schema_covers_the_format_extensions() -> None:
    schema = plan_schema()
    assert "include" in schema["properties"]
    decision = schema["$defs"]["Decision"]["properties"]
    assert {"kind", "leads", "for_each", "procedure", "steps"} <= set(decision)
    kinds = json.dumps(decision["kind"])
    for kind in ("herijking", "voortgangsrapportage", "vergunning", "omgevingsplan"):
        assert kind in kinds


def _properties(node: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every (path, property schema) under any `properties` of the schema, nested ones too."""
    found: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found += [(f"{path}/{name}", prop) for name, prop in value.items()]
            found += _properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _properties(value, f"{path}/{i}")
    return found


@pytest.mark.parametrize("schema", [plan_schema, shared_schema], ids=["plan", "shared"])
def test_every_property_in_the_schema_has_a_description(schema: Any) -> None:
    """What an editor shows on hover comes from Field(description=...) in res_plan.model."""
    props = _properties(schema())
    assert len(props) > 20
    assert [path for path, prop in props if not prop.get("description")] == []


@pytest.mark.parametrize("kind, name", [("plan", "plan.schema.json"), ("shared", "shared.schema.json")])
def test_published_schema_equals_command_output(kind: str, name: str) -> None:
    """Drift check: run scripts/gen_schema.py after changing the model."""
    published = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert published == render(kind), f"schema/{name} is out of date: run scripts/gen_schema.py"
    code, out = run_cli("schema", *(["--shared"] if kind == "shared" else []))
    assert code == 0 and out == published


def test_shared_schema_allows_only_partners_and_calendar_lists() -> None:
    schema = shared_schema()
    assert set(schema["properties"]) == {"partners", "calendar"}
    assert not errors(schema, {"partners": [{"id": "x", "kind": "waterschap"}],
                               "calendar": {"recess": [{"from": "2027-07-10", "to": "2027-08-31"}]}})
    assert errors(schema, {"decisions": []})
    assert errors(schema, {"calendar": {"holidays": "NL"}})


def test_schema_rejects_what_the_checker_rejects() -> None:
    schema = plan_schema()
    good = {"version": 1, "region": {"id": "r"}, "deadline": "2027-07-02",
            "decisions": [{"id": "a", "lead": "4w", "kind": "herijking", "leads": {"besluit": "8w"}}]}
    assert not errors(schema, good)
    assert errors(schema, {**good, "colour": "red"})                                   # unknown key
    assert errors(schema, {**good, "decisions": [{"id": "a", "lead": "4 w"}]})          # bad duration
    assert errors(schema, {**good, "decisions": [{"id": "A"}]})                         # bad id
    assert errors(schema, {**good, "decisions": []})                                    # empty list
    assert errors(schema, {**good, "partners": [{"id": "x", "kind": "stad"}]})          # unknown kind


def plan_files() -> list[Path]:
    return sorted(REGIONS.glob("*.yaml")) + sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("path", plan_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_plan_validates_against_the_schema(path: Path) -> None:
    assert errors(plan_schema(), load_text_dates(path)) == []


@pytest.mark.parametrize("path", sorted((REGIONS / "_shared").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shared_file_validates_against_the_shared_schema(path: Path) -> None:
    assert errors(shared_schema(), load_text_dates(path)) == []


@pytest.mark.parametrize("path", plan_files() + sorted((REGIONS / "_shared").glob("*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_file_names_its_schema_on_the_first_line(path: Path) -> None:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    if path.parent == EXAMPLES and not first.startswith("# yaml-language-server"):
        pytest.skip("examples are not generated")
    assert first.startswith("# yaml-language-server: $schema=")
    target = (path.parent / first.split("$schema=", 1)[1]).resolve()
    assert target.is_file() and target.parent == SCHEMA_DIR


# --- procedures ----------------------------------------------------------------------------

def test_procedures_lists_every_builtin_with_steps_leads_basis_and_source() -> None:
    code, out = run_cli("procedures")
    assert code == 0
    flat = " ".join(out.split())
    for name, proc in builtin_catalogue().items():
        assert name in out
        for step, meta in zip(proc.steps, proc.sources, strict=False):
            assert step.id in out
            assert meta.basis in out
            assert " ".join(meta.source.split())[:30] in flat
    assert "Awb 3:16" in flat and "statutory" in out and "assumption" in out


def test_procedures_fits_80_columns_and_has_no_trailing_spaces() -> None:
    code, out = run_cli("procedures")
    assert code == 0
    for line in out.splitlines():
        assert len(line) <= 80, line
        assert line == line.rstrip()


def test_procedures_one_by_name_with_total_lead() -> None:
    code, out = run_cli("procedures", "plan-mer")
    assert code == 0
    assert out.startswith("plan-mer") and "total lead 74w" in out
    assert "besluit-bestuur" not in out.split("\n", 1)[0]


def test_procedures_in_dutch() -> None:
    code, out = run_cli("procedures", "uov", "--lang", "nl")
    assert code == 0
    assert "stap" in out and "wettelijk" in out and "aanname" in out and "bestuur" in out


def test_procedures_unknown_name_is_a_usage_error() -> None:
    code, _ = run_cli("procedures", "raadsbesluit")
    assert code == 2


def test_procedures_total_lead_mixes_units() -> None:
    from res_plan.commands.procedures import total_lead
    from res_plan.durations import parse_duration as d

    assert total_lead([d("4w"), d("0d"), d("5w")]) == "9w"
    assert total_lead([d("3d"), d("1w")]) == "10d"
    assert total_lead([d("2w"), d("5wd"), d("1m")]) == "2w + 1m + 5wd"
    assert total_lead([None]) == "0w"


# --- init ----------------------------------------------------------------------------------

def test_init_template_to_stdout_is_a_valid_plan(tmp_path: Path) -> None:
    code, out = run_cli("init", "--today", "2026-11-27")
    assert code == 0
    assert out.startswith("# yaml-language-server: $schema=")
    path = tmp_path / "plan.yaml"
    path.write_text(out, encoding="utf-8")
    code, doc = check_json(path)
    assert code in (0, 1), doc["plans"][0]["problems"]
    assert doc["plans"][0]["deadline"] == "2027-07-02"
    assert errors(plan_schema(), load_text_dates(path)) == []


def test_init_without_today_leaves_today_out(tmp_path: Path) -> None:
    code, out = run_cli("init")
    assert code == 0
    assert "\ntoday:" not in out and "# today:" in out
    path = tmp_path / "plan.yaml"
    path.write_text(out, encoding="utf-8")
    assert check_json(path)[0] in (0, 1)


@pytest.mark.parametrize("region", sorted(DATA.regions))
def test_init_region_writes_a_plan_that_checks(tmp_path: Path, region: str) -> None:
    out = tmp_path / f"{region}.yaml"
    code, _ = run_cli("init", "--region", region, "--output", str(out))
    assert code == 0 and out.is_file()
    code, doc = check_json(out)
    assert code in (0, 1), doc["plans"][0]["problems"]
    plan = load_text_dates(out)
    assert plan["region"]["id"] == region
    assert "include" not in plan  # no regions/_shared beside it: everything inline
    names = {p["name"] for p in plan["partners"] if p["kind"] == "gemeente"}
    assert names == {name for _, name in DATA.regions[region].gemeenten}
    ids = {d["id"] for d in plan["decisions"]}
    assert {"voortgangsrapportage", "herijking"} <= ids
    assert errors(plan_schema(), plan) == []
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_init_in_a_regions_folder_uses_includes_and_matches_the_shipped_file(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(REGIONS / "_shared", repo / "regions" / "_shared")
    shutil.copytree(SCHEMA_DIR, repo / "schema")
    out = repo / "regions" / "foodvalley.yaml"
    code, _ = run_cli("init", "--region", "foodvalley", "--today", "2026-11-27", "--output", str(out))
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/plan.schema.json\n")
    assert "\ninclude:\n  - _shared/kalender-nl.yaml" in text
    assert text == (REGIONS / "foodvalley.yaml").read_text(encoding="utf-8")
    assert check_json(out)[0] in (0, 1)


def test_init_schema_path_is_relative_to_the_new_file(tmp_path: Path) -> None:
    shutil.copytree(SCHEMA_DIR, tmp_path / "schema")
    (tmp_path / "plans" / "deep").mkdir(parents=True)
    out = tmp_path / "plans" / "deep" / "plan.yaml"
    assert run_cli("init", "--output", str(out))[0] == 0
    first = out.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first == "# yaml-language-server: $schema=../../schema/plan.schema.json"


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "plan.yaml"
    out.write_text("mine\n", encoding="utf-8")
    runner_code, _ = run_cli("init", "--region", "u16", "--output", str(out))
    assert runner_code == 2
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert list(tmp_path.iterdir()) == [out]


def test_init_refusal_message_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.yaml"
    out.write_text("mine\n", encoding="utf-8")
    assert init_command.run(None, out, None) == 2
    err = capsys.readouterr().err
    assert str(out) in err and "already exists" in err


def test_init_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert run_cli("init", "--output", str(tmp_path / "nope" / "plan.yaml"))[0] == 2


def test_init_unknown_region_lists_the_known_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert init_command.run("atlantis", None, None) == 2
    err = capsys.readouterr().err
    assert "unknown region 'atlantis'" in err
    for rid in DATA.regions:
        assert rid in err


def test_init_unverified_region_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert init_command.run("twente", None, None) == 2
    err = capsys.readouterr().err
    assert "not verified" in err and "noord-veluwe" in err
    assert run_cli("init", "--region", "twente")[0] == 2


def test_atomic_write_never_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.yaml"
    init_command.write_atomic(out, "one\n")
    with pytest.raises(FileExistsError):
        init_command.write_atomic(out, "two\n")
    assert out.read_text(encoding="utf-8") == "one\n"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("today, expected", [
    (date(2026, 11, 27), date(2027, 7, 2)),
    (date(2027, 7, 1), date(2027, 7, 2)),
    (date(2027, 7, 2), date(2029, 7, 2)),
    (date(2028, 1, 1), date(2029, 7, 2)),
])
def test_default_deadline_is_the_day_after_the_next_voortgang(today: date, expected: date) -> None:
    assert plan_render.default_deadline(today) == expected


@pytest.mark.parametrize("text", ["Gemeente Ede", "yes", "No", "2027-07-02", "12", "a: b", "x, y", "#1", "O'Neil"])
def test_scalars_read_back_as_the_same_text(text: str) -> None:
    assert yaml.safe_load("{v: " + plan_render.scalar(text) + "}") == {"v": text}
