"""The documentation a reader of the repository follows: every reference resolves inside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ROOT

FORMAT = ROOT / "docs" / "plan-format.md"
SHIPPED = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "res_plan").rglob("*.py")),
           *sorted((ROOT / "res_plan").rglob("*.yaml")), *sorted((ROOT / "regions").rglob("*.yaml")),
           *sorted((ROOT / "examples").glob("*.yaml")), *sorted((ROOT / "tests" / "conformance").glob("*"))]


def _sections() -> set[str]:
    heads = re.findall(r"^#{2,4} (\d+(?:\.\d+)?)\.? ", FORMAT.read_text(encoding="utf-8"), flags=re.M)
    return set(heads)


def test_the_format_reference_has_the_sections_the_code_cites() -> None:
    sections = _sections()
    assert {"2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "5"} <= sections
    cited: dict[str, set[str]] = {}
    for path in SHIPPED:
        for ref in re.findall(r"SPEC (?:section |§)(\d+(?:\.\d+)?)", path.read_text(encoding="utf-8")):
            cited.setdefault(ref, set()).add(str(path.relative_to(ROOT)))
    assert cited, "no SPEC reference found: the pattern is out of date"
    # SPEC §4 is the command line, which the README documents (linked from the format page).
    missing = {ref: files for ref, files in cited.items() if ref not in sections and ref != "4"}
    assert not missing, f"SPEC sections cited but not in docs/plan-format.md: {missing}"


@pytest.mark.parametrize("doc", [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
                                 ROOT / "tests" / "conformance" / "README.md", ROOT / "regions" / "README.md"],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_point_at_files_of_the_repository(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" in target:
            continue
        assert (doc.parent / target).exists(), f"{doc.name} links to {target}, which is not in the repository"


def test_the_readme_installs_res_plan_one_way_with_a_pin_that_exists() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    installs = re.findall(r"pip install (\S.*)", text)
    assert installs
    for line in installs:
        assert not re.search(r"@v\d", line), f"a tag pin that the repository does not have: {line}"
    in_recipes = {line.strip().strip("'") for line in installs if "tools/res-plan" in line}
    assert in_recipes, "the CI recipes install res-plan from the submodule path"
    assert "rev: v" not in text, "pre-commit's rev must be a commit SHA"


SOURCES = ROOT / "docs" / "sources.md"
CITING = [*SHIPPED, ROOT / "scripts" / "gen_regions.py", ROOT / "res_plan" / "data" / "regions.json"]


def test_every_cited_source_section_is_in_the_repository() -> None:
    heads = set(re.findall(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", SOURCES.read_text(encoding="utf-8"), flags=re.M))
    missing: dict[str, set[str]] = {}
    found = 0
    for path in CITING:
        text = path.read_text(encoding="utf-8")
        for group in re.findall(r"docs/sources\.md ((?:§\d+(?:\.\d+)?(?:,? (?:and )?)?)+)", text):
            for ref in re.findall(r"§(\d+(?:\.\d+)?)", group):
                found += 1
                if ref not in heads:
                    missing.setdefault(ref, set()).add(str(path.relative_to(ROOT)))
    assert found > 20, "the citation pattern no longer finds the citations"
    assert not missing, f"cited sections missing from docs/sources.md: {missing}"


def test_no_shipped_file_cites_a_document_the_repository_lacks() -> None:
    for path in CITING:
        text = path.read_text(encoding="utf-8")
        assert "FACTS" not in text, f"{path.relative_to(ROOT)} cites a document that is not shipped"
        bare = re.findall(r"(?<![/\w\"-])(?:calendar|regions|procedures)\.yaml", text)
        assert not bare, f"{path.relative_to(ROOT)} cites {bare[0]} without its path in the repository"
