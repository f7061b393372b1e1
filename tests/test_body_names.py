"""Bodies by their names in human output, in both languages; ids where they are grepped."""

from __future__ import annotations

import pytest

from res_plan.body_names import bare_name, body_name
from tests.helpers import EXAMPLES, check_json, run_cli

EXAMPLE = EXAMPLES / "noord-veluwe-herijking-2023.yaml"
NAMES = [("gemeente", "college", "college van B&W", "municipal executive"),
         ("gemeente", "raad", "gemeenteraad", "municipal council"),
         ("provincie", "gs", "Gedeputeerde Staten", "provincial executive"),
         ("provincie", "ps", "Provinciale Staten", "Provincial Council"),
         ("waterschap", "db", "dagelijks bestuur", "water board executive"),
         ("waterschap", "ab", "algemeen bestuur", "water board general assembly")]


@pytest.mark.parametrize("kind,body,nl,en", NAMES)
def test_default_bodies_have_names_in_both_languages(kind: str, body: str, nl: str, en: str) -> None:
    assert body_name(body, kind, "nl") == nl and body_name(body, kind, "en") == en
    assert bare_name(body, "nl") == nl


def test_a_body_of_another_kind_or_added_under_meetings_keeps_its_name() -> None:
    assert body_name("raad", "waterschap", "nl") == "raad"
    assert body_name("commissie", "gemeente", "en") == "commissie"


def test_timeline_agenda_and_explain_name_the_bodies_and_json_keeps_ids() -> None:
    _, table = run_cli("timeline", str(EXAMPLE), "--lang", "nl")
    assert "gemeenteraad · Gemeente Harderwijk" in table and "algemeen bestuur · Waterschap" in table
    _, md = run_cli("timeline", str(EXAMPLE), "-f", "markdown", "--lang", "en")
    assert "Provincial Council · Provincie Gelderland" in md
    _, agenda = run_cli("agenda", str(EXAMPLE), "--partner", "gelderland", "--lang", "nl")
    assert "Gedeputeerde Staten" in agenda
    _, why = run_cli("explain", str(EXAMPLE), "herijking@harderwijk.besluit", "--lang", "nl")
    assert "gemeenteraad (harderwijk.raad) vergadert niet op" in why
    _, doc = check_json(EXAMPLE)
    assert {d["by"] for d in doc["plans"][0]["decisions"]} >= {"harderwijk.raad", "gelderland.ps"}
    _, piped = run_cli("check", str(EXAMPLE))
    assert " harderwijk.raad " in piped  # the piped log keeps the id a user greps for
