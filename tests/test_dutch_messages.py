"""Input errors in Dutch: every problem a bad plan gets comes from the catalogue, renders in
both languages, and the English (and so the JSON) stays as it was."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest

from res_plan.messages import EN, NL, problem_message
from res_plan.pipeline import check_text
from res_plan.problems import Problem
from tests import test_bad_input, test_cli
from tests.helpers import check_json, run_cli, write_plan

HEAD = test_cli.HEAD
EXTRA = [
    "decisions:\n  - {id: a, lead: -3}\n",
    "decisions:\n  - {id: a, lead: 1000m}\n",
    "decisions:\n  - {id: a, lead: [1]}\n",
    "decisions:\n  - {id: a, deadline: 1-2-2024}\n",
    "decisions:\n  - {id: a, deadline: 2024-02-01 10:00:00}\n",
    "decisions:\n  - {id: a, deadline: 1800-01-01}\n",
    "decisions:\n  - {id: a, kind: besluitt}\n",
    "decisions:\n  - {id: a, by: no}\n",
    "decisions:\n  - {id: a, title: [1]}\n",
    "decisions:\n  - {id: a, steps: [{id: x}], procedure: foo}\n",
    "decisions:\n  - {id: a, procedure: fooo}\n",
    "decisions:\n  - {id: a, steps: [{id: x}, {id: x}]}\n",
    "decisions:\n  - {id: a, lead: 2w, steps: [{id: x}]}\n",
    "decisions:\n  - {id: a, leads: {x: 2w}}\n",
    "decisions:\n  - {id: a, partner: ede}\n",
    "decisions:\n  - {id: a, kind: vergunning}\n",
    "decisions:\n  - {id: a, for_each: [provincie]}\n",
    "decisions:\n  - {id: a}\n  - {id: b, after: ['A B']}\n",
    "decisions:\n  - {id: a}\n  - {id: b, after: [a@ede]}\n",
    "decisions:\n  - {id: a}\n  - {id: b, after: [a.x]}\n",
    "decisions:\n  - {id: a, steps: [{id: x}]}\ndone:\n  a: 2024-01-01\n",
    "partners:\n  - {id: ede, kind: gemeente}\n  - {id: ede, kind: gemeente}\ndecisions:\n  - {id: a}\n",
    "partners:\n  - {id: ede, kind: gemeente}\ndecisions:\n  - {id: a, partner: ede, for_each: [gemeente]}\n",
    "partners:\n  - {id: ede, kind: gemeente}\ndecisions:\n  - {id: a, by: ede.raadd}\n",
    "calendar:\n  holidays: XX\ndecisions:\n  - {id: a}\n",
    "calendar:\n  closed: [{from: 2024-02-01, to: 2024-01-01}]\ndecisions:\n  - {id: a}\n",
    "calendar:\n  recess: [{from: 2024-01-01, to: 2024-01-02, bodies: [raadd, x.y]}]\ndecisions:\n  - {id: a}\n",
    ("partners:\n  - id: ede\n    kind: gemeente\n    meetings:\n      raad: {rrule: 'FREQ=HOURLY'}\n"
     "decisions:\n  - {id: a}\n"),
    ("partners:\n  - id: ede\n    kind: gemeente\n    meetings:\n"
     "      raad: {rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'}\n"
     "decisions:\n  - {id: a}\n"),
    "decisions:\n  - {id: a}\n<<: {a: 1}\n",
    "decisions:\n  - {id: a}\nx: !!binary aGk=\n",
    "decisions:\n  - {id: a}\n---\nx: 1\n",
    "decisions:\n  - {id: a, id: b}\n",
    "decisions:\n\t- {id: a}\n",
    "decisions:\n  - {id: a}\ninclude: [nothere.yaml]\n",
]
CORPUS = ([HEAD + body for _code, body, *_rest in test_cli.INPUT_ERRORS]
          + [c.content for c in test_bad_input.CASES if isinstance(c.content, str)]
          + [HEAD + body for body in EXTRA])

# The codes whose Dutch must hold no English beyond the values quoted from the file.
COMMON = {"unknown-key", "missing-key", "bad-date", "bad-duration", "duplicate-id", "unknown-reference",
          "unknown-body", "cycle", "yaml-syntax", "duplicate-key"}
ENGLISH = ("unknown", "missing", "did you mean", "twice", "not valid", "expected", "dependency", "is not",
           "has no", "write", "refers to", "duration", "should", "names no", "found", "the file", "is after")


def _problems(tmp_path: Path) -> list[Problem]:
    out: list[Problem] = []
    for text in CORPUS:
        out += check_text(text, "x.yaml", None, date(2024, 1, 1), base=tmp_path).problems
    return out


def _unwrapped(out: str) -> str:
    """The text report folded to 80 columns, as one line."""
    return " ".join(out.split())


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_catalogues_have_the_same_keys() -> None:
    assert set(EN) - set(NL) == set()
    assert set(NL) - set(EN) == set()


def test_both_catalogues_use_the_same_placeholders() -> None:
    differ = {key: (_placeholders(EN[key]), _placeholders(NL[key])) for key in EN
              if _placeholders(EN[key]) != _placeholders(NL[key])}
    assert differ == {}


def test_every_problem_of_the_corpus_renders_in_both_languages(tmp_path: Path) -> None:
    problems = _problems(tmp_path)
    assert {p.code for p in problems} >= COMMON
    for p in problems:
        assert p.wording is not None, p.message  # nothing left English-only
        assert p.prefix + p.wording.english == p.message
        assert problem_message(p, "en") == p.message
        dutch = problem_message(p, "nl")
        assert dutch and dutch != p.message, p.message


def test_dutch_has_no_english_left_for_the_common_codes(tmp_path: Path) -> None:
    for p in _problems(tmp_path):
        if p.code not in COMMON:
            continue
        dutch = problem_message(p, "nl")
        for name, value in p.params.items():  # values quoted from the file may be anything
            if len(value) > 1 and name != "reason":
                dutch = dutch.replace(value, "")
        assert not [w for w in ENGLISH if w in dutch.lower()], (p.message, problem_message(p, "nl"))


@pytest.mark.parametrize(("body", "dutch", "english"), [
    ("decisions:\n  - {id: a, laed: 2w}\n", "onbekende sleutel 'laed' (bedoelde je 'lead'?)",
     "unknown key 'laed' (did you mean 'lead'?)"),
    ("decisions:\n  - {title: Zonder id}\n", "decisions[0]: ontbrekende sleutel 'id'", "missing key 'id'"),
    ("decisions:\n  - {id: a}\n  - {id: a}\n", "dubbele id", "decision id 'a' is used twice"),
    ("decisions:\n  - {id: a, after: [b]}\n", "verwijzing naar onbekend besluit 'b'", "unknown decision 'b'"),
    ("decisions:\n  - {id: a, after: [b]}\n  - {id: b, after: [a]}\n", "cyclische afhankelijkheid: a -> b -> a",
     "dependency cycle: a -> b -> a"),
    ("decisions:\n  - {id: a, deadline: 2024-02-30}\n", "2024-02-30 is geen datum (die dag bestaat niet in die maand)",
     "2024-02-30 is not a date (day is out of range for month)"),
    ("decisions:\n  - {id: a, lead: 4 w}\n", "duur '4 w' bevat een spatie: schrijf '4w'",
     "duration '4 w' has a space: write '4w'"),
    ("decisions:\n  - {id: a}\ninclude: [nergens.yaml]\n", "include[0]: ", "include[0]: "),
])
def test_check_in_dutch_shows_dutch_input_errors_and_json_stays_english(tmp_path: Path, body: str, dutch: str,
                                                                       english: str) -> None:
    plan = write_plan(tmp_path, HEAD + body)
    code, out = run_cli("check", str(plan), "--lang", "nl")
    assert code == 2
    assert dutch in _unwrapped(out)
    assert "fout" in out
    _, doc = check_json(plan, "--lang", "nl")
    messages = " ".join(p["message"] for p in doc["plans"][0]["problems"])
    assert english in messages


def test_unreadable_include_reads_in_dutch(tmp_path: Path) -> None:
    plan = write_plan(tmp_path, HEAD + "decisions:\n  - {id: a}\ninclude: [nergens.yaml]\n")
    _, out = run_cli("check", str(plan), "--lang", "nl")
    assert f"include[0]: {tmp_path / 'nergens.yaml'}: dit bestand bestaat niet" in _unwrapped(out)
