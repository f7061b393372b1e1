"""The YAML mistakes a new user makes in a plan file, each told in the user's terms (English and
Dutch) at the line and column to edit, not in the parser's words at the token after it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import check_json, run_cli, write_plan

HEAD = "version: 1\nregion: {id: r}\ndeadline: 2025-01-01\ntoday: 2024-01-08\ndecisions:\n"
# line 5: decisions · the decisions below start on line 6


@dataclass
class Mistake:
    name: str
    body: str
    line: int
    column: int
    english: str
    dutch: str
    before: str = ""  # text above the plan's first line


MISTAKES = [
    Mistake("key indented deeper than the key above", "  - id: a\n    title: A\n      lead: 1w\n", 8, 7,
            "this line is indented deeper than 'title' on line 7; keys of one mapping start in the same column: "
            "move 'lead' to column 5",
            "deze regel springt verder in dan 'title' op regel 7; de sleutels van één blok beginnen in dezelfde "
            "kolom: zet 'lead' in kolom 5"),
    Mistake("key indented less than the key above", "  - id: a\n    title: A\n   lead: 1w\n", 8, 4,
            "this line is not in the column of the keys above it; keys of one mapping start in the same column: "
            "move 'lead' to column 5, as 'title' on line 7",
            "zet 'lead' in kolom 5, zoals 'title' op regel 7"),
    Mistake("top-level key indented", "  - id: a\n calendar:\n  holidays: NL\n", 7, 2,
            "move 'calendar' to column 1, as 'decisions' on line 5", "zet 'calendar' in kolom 1"),
    Mistake("key under a dash indented too deep", "  - id: a\n      title: A\n", 7, 7,
            "indented deeper than 'id' on line 6", "springt verder in dan 'id' op regel 6"),
    Mistake("no space after the colon", "  - id: a\n    title:Besluit\n    lead: 1w\n", 7, 10,
            "a key needs a space after its colon: write `title: Besluit`",
            "na de dubbele punt van een sleutel hoort een spatie: schrijf `title: Besluit`"),
    Mistake("no space after the colon before a list item", "  - id: a\n    lead:1w\n  - id: b\n", 7, 9,
            "write `lead: 1w`", "schrijf `lead: 1w`"),
    Mistake("tab used for indentation", "  - id: a\n\ttitle: A\n    lead: 1w\n", 7, 1,
            "this line is indented with a tab: indent YAML with spaces only",
            "deze regel springt in met een tab: spring in YAML alleen in met spaties"),
    Mistake("tab after spaces", "  - id: a\n    title: A\n  \t lead: 1w\n", 8, 3,
            "indented with a tab", "springt in met een tab"),
    Mistake("list item deeper than its list", "  - id: a\n    lead: 1w\n    - id: b\n", 8, 5,
            "this list item is not in the column of the list above it: put its '-' in column 3, under the '-' on "
            "line 6",
            "dit item staat niet in de kolom van de lijst erboven: zet de '-' in kolom 3, onder de '-' op regel 6"),
    Mistake("list item less deep than its list", "  - id: a\n    lead: 1w\n - id: b\n", 8, 2,
            "put its '-' in column 3, under the '-' on line 6", "zet de '-' in kolom 3"),
    Mistake("inner list item out of column", "  - id: a\n    after:\n      - x\n     - y\n", 9, 6,
            "put its '-' in column 7, under the '-' on line 8", "zet de '-' in kolom 7, onder de '-' op regel 8"),
    Mistake("list item without its space", "  -id: a\n    lead: 1w\n", 6, 3,
            "a list item starts with '- ', a dash and a space: write `- id: a`",
            "een item van een lijst begint met '- ', een streepje en een spatie: schrijf `- id: a`"),
    Mistake("unclosed double quote", '  - id: a\n    title: "Besluit\n    lead: 1w\n  - id: b\n', 7, 12,
            'the quote " that opens this value is never closed: end the value with " on this line',
            'het aanhalingsteken " aan het begin van deze waarde wordt nergens gesloten'),
    Mistake("unclosed single quote", "  - id: a\n    title: 'Besluit\n    lead: 1w\n", 7, 12,
            "the quote ' that opens this value is never closed", "wordt nergens gesloten"),
    Mistake("unclosed quote closed by a later one", '  - id: a\n    title: "Besluit\n  - id: b\n    title: "B"\n',
            7, 12, "never closed", "nergens gesloten"),
    Mistake("unclosed flow list", "  - id: a\n    after: [x, y\n    lead: 1w\n", 7, 12,
            "the '[' that opens this list is never closed: end it with ']'",
            "de '[' waarmee deze lijst begint, wordt nergens gesloten: sluit af met ']'"),
    Mistake("unclosed flow mapping", "  - {id: a, lead: 1w\n  - {id: b}\n", 6, 5,
            "the '{' that opens this mapping is never closed: end it with '}'",
            "de '{' waarmee dit blok begint, wordt nergens gesloten"),
    Mistake("unclosed flow list at the end of the file", "  - id: a\n    after: [x,\n", 7, 12,
            "the '[' that opens this list is never closed", "wordt nergens gesloten"),
    Mistake("double comma in a flow list", "  - id: a\n    after: [x,, y]\n", 7, 15,
            "nothing stands between this comma and the next item or the closing bracket: remove the extra ','",
            "haal de overbodige ',' weg"),
    Mistake("colon inside an unquoted title", "  - id: a\n    title: Besluit: vaststelling\n    lead: 1w\n", 7, 12,
            "a value containing ': ' must be quoted, or YAML reads a second key in it: write "
            '`title: "Besluit: vaststelling"`',
            "een waarde met ': ' erin moet tussen aanhalingstekens, anders leest YAML er een tweede sleutel in: "
            'schrijf `title: "Besluit: vaststelling"`'),
    Mistake("colon inside a title in braces", "  - {id: a, title: Besluit: vaststelling}\n", 6, 20,
            '`title: "Besluit: vaststelling"`', "moet tussen aanhalingstekens"),
    Mistake("stray text line", "  - id: a\n    title: A\n    dit is een losse regel\n    lead: 1w\n", 8, 5,
            "this line is neither `key: value` nor a list item `- ...`: add ': ' after the key, or remove the line",
            "deze regel is geen `sleutel: waarde` en geen item `- ...` van een lijst"),
    Mistake("key without its colon", "  - id: a\n    title Besluit\n    lead: 1w\n", 7, 5,
            "add ': ' after the key", "zet ': ' achter de sleutel"),
    Mistake("stray text above the plan", "  - id: a\n", 1, 1, "neither `key: value` nor a list item",
            "geen `sleutel: waarde`", before="RES plan Holland Rijnland\n"),
    Mistake("text after a quoted title", '  - id: a\n    title: "RES" Holland Rijnland\n', 7, 12,
            "the value ends at its closing quote \", but the line goes on: quote the whole value, "
            "`title: '\"RES\" Holland Rijnland'`",
            "de waarde eindigt bij het sluitende aanhalingsteken"),
    Mistake("apostrophe inside single quotes", "  - id: a\n    title: 'RES's besluit'\n", 7, 12,
            "`title: \"RES's besluit\"` (inside '...' a ' is written '')", "schrijf je een ' als ''"),
    Mistake("title starting with a bracket", "  - id: a\n    title: [concept] besluit\n", 7, 12,
            "a value that starts with '[' is a list that ends at ']', but the line goes on: quote the whole value, "
            '`title: "[concept] besluit"`',
            "een waarde die met '[' begint, is een lijst die bij ']' eindigt"),
    Mistake("title starting with @", "  - id: a\n    title: @gemeente\n", 7, 12,
            "a value cannot start with '@': put it in quotes, `title: \"@gemeente\"`",
            "een waarde kan niet met '@' beginnen: zet hem tussen aanhalingstekens"),
    Mistake("title starting with >", "  - id: a\n    title: > 5 jaar\n", 7, 12,
            "a value cannot start with '>'", "kan niet met '>' beginnen"),
    Mistake("a bracket too many", "  - id: a\n    after: [x]]\n", 7, 15, "this ']' closes nothing: remove it",
            "deze ']' sluit niets af: haal hem weg"),
    Mistake("value and a block below it", "  - id: a\n    steps: x\n      - id: s\n", 7, 12,
            "'steps' has a value on this line and an indented block below it: remove the value after 'steps:'",
            "'steps' heeft een waarde op deze regel én een ingesprongen blok eronder"),
    Mistake("list item on the line of its key", "  - id: a\n    after: - x\n", 7, 12,
            "a list cannot start on the line of its key: put each '- ' item on a line of its own below 'after:'",
            "een lijst kan niet op de regel van zijn sleutel beginnen"),
]


@pytest.mark.parametrize("mistake", MISTAKES, ids=[m.name for m in MISTAKES])
def test_a_yaml_mistake_is_told_at_the_line_to_edit(tmp_path: Path, mistake: Mistake) -> None:
    path = write_plan(tmp_path, mistake.before + HEAD + mistake.body)
    code, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and p["code"] == "yaml-syntax" and p["file"] == str(path)
    assert (p["line"], p["column"]) == (mistake.line, mistake.column), p["message"]
    assert p["message"].startswith("not valid YAML: ") and mistake.english in p["message"]
    code, out = run_cli("check", str(path), "--lang", "nl")
    flat = " ".join(out.split())
    assert code == 2 and f"{path}:{mistake.line}:{mistake.column}: fout yaml-syntax: geen geldige YAML: " in flat
    assert mistake.dutch in flat


def test_a_mistake_the_table_does_not_know_keeps_the_parsers_reason(tmp_path: Path) -> None:
    path = write_plan(tmp_path, HEAD + "  - id: a\n    title: x\n  ? y\n")
    code, doc = check_json(path)
    [p] = doc["plans"][0]["problems"]
    assert code == 2 and (p["line"], p["column"]) == (8, 3)
    assert p["message"] == "not valid YAML: did not find expected '-' indicator"
    _, out = run_cli("check", str(path), "--lang", "nl")
    assert "geen geldige YAML: verwacht een '-' (controleer het inspringen van de lijst)" in " ".join(out.split())


def test_the_github_format_points_at_the_line_to_edit(tmp_path: Path) -> None:
    path = write_plan(tmp_path, HEAD + "  - id: a\n    title: Besluit: vaststelling\n")
    code, out = run_cli("check", str(path), "--format", "github")
    assert code == 2 and f"::error file={path},line=7,col=12," in out and "must be quoted" in out
