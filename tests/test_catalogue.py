"""The one message catalogue: every topic registered, no key twice, both languages with the same
placeholders, and no English left in Dutch output of any command."""

from __future__ import annotations

import importlib
import re
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from res_plan import messages
from res_plan.cli import app
from res_plan.hints import suggest
from res_plan.messages import EN, NL, Message, message, quote, text
from tests import test_dutch_messages
from tests.helpers import CONFORMANCE, EXAMPLES, ROOT

PACKAGE = ROOT / "res_plan"
EXAMPLE = EXAMPLES / "noord-veluwe-herijking-2023.yaml"


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _topic(name: str) -> tuple[dict[str, str], dict[str, str]]:
    module = importlib.import_module(f"res_plan.messages_{name}")
    return module.EN, module.NL


def test_every_topic_module_is_registered() -> None:
    on_disk = {p.stem.removeprefix("messages_") for p in PACKAGE.glob("messages_*.py")}
    assert on_disk == set(messages.TOPICS)


def test_no_key_is_defined_in_two_topics() -> None:
    seen: dict[str, str] = {}
    for name in messages.TOPICS:
        for key in _topic(name)[0]:
            assert key not in seen, f"{key} in messages_{seen[key]} and messages_{name}"
            seen[key] = name
    assert set(seen) == set(EN)


@pytest.mark.parametrize("name", messages.TOPICS)
def test_each_topic_has_both_languages_with_the_same_placeholders(name: str) -> None:
    en, nl = _topic(name)
    assert set(en) == set(nl)
    assert {k: (_placeholders(en[k]), _placeholders(nl[k])) for k in en
            if _placeholders(en[k]) != _placeholders(nl[k])} == {}


def test_no_message_module_is_over_450_lines() -> None:
    for path in PACKAGE.glob("messages*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 450, path.name


def test_a_message_puts_its_nested_messages_into_the_same_language() -> None:
    hint = suggest("leed", ["lead", "title"])
    said = message("unknown-key", key="leed", hint=hint)
    assert said.text("en") == "unknown key 'leed' (did you mean 'lead'?)"
    assert said.text("nl") == "onbekende sleutel 'leed' (bedoelde je 'lead'?)"
    assert suggest("zzz", ["lead"]) == ""
    assert said.flat() == {"key": "leed", "hint": " (did you mean 'lead'?)"}
    assert message("no-date", id="a", reason=None).params["reason"] == ""
    assert text("xx", "status-late") == "LATE"  # an unknown language falls back to English
    assert Message("why-weekend", {"date": "2024-01-06"}).english == "2024-01-06 is a weekend day"


def test_one_quote_helper() -> None:
    assert quote("4 weeks") == "'4 weeks'"
    assert quote(12) == "12"
    assert quote("a\nb") == "'a\\nb'"
    assert quote("x" * 100, 40) == "'" + "x" * 36 + "..."


# -- no English in Dutch output ---------------------------------------------------------------

def _english_fragments() -> set[str]:
    """Pieces of English sentences of the catalogue (3 words or more, not also Dutch)."""
    dutch = " ".join(NL.values())
    out = set()
    for key, template in EN.items():
        if template == NL[key]:
            continue
        for literal, *_ in string.Formatter().parse(template):
            for piece in re.split(r"[(){}:;,.]", literal):
                piece = piece.strip()
                if piece.count(" ") >= 2 and len(piece) >= 12 and piece not in dutch:
                    out.add(piece)
    return out


def _nl(*args: str) -> str:
    env = {"COLUMNS": "100", "NO_COLOR": "1", "RES_PLAN_LANG": "", "LANG": "C.UTF-8"}
    result = CliRunner().invoke(app, [*args, "--lang", "nl"], env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.output


def _dutch_outputs(tmp_path: Path) -> dict[str, str]:
    runs: dict[str, tuple[str, ...]] = {}
    shipped = [EXAMPLE, *sorted(CONFORMANCE.glob("*.yaml")), ROOT / "regions"]
    for path in shipped:
        runs[f"check {path.name}"] = ("check", str(path), "--today", "2026-12-03")
    for i, body in enumerate(test_dutch_messages.CORPUS):
        bad = tmp_path / f"bad-{i}.yaml"
        bad.write_text(body, encoding="utf-8")
        runs[f"check bad-{i}"] = ("check", str(bad))
        runs[f"timeline bad-{i}"] = ("timeline", str(bad))
    for fmt in ("table", "markdown", "csv", "ics", "html"):
        runs[f"timeline {fmt}"] = ("timeline", str(EXAMPLE), "--format", fmt)
        runs[f"timeline {fmt} late"] = ("timeline", str(EXAMPLE), "--format", fmt, "--today", "2026-12-03")
    for decision in ("concept", "herijking@elburg.besluit", "herijking@harderwijk.besluit", "plan-mer.mer-gereed",
                     "concpt"):
        runs[f"explain {decision}"] = ("explain", str(EXAMPLE), decision)
    runs["timeline --partner"] = ("timeline", str(EXAMPLE), "--partner", "harderwjk")
    runs["timeline --from --to"] = ("timeline", str(EXAMPLE), "--from", "2024-01-01", "--to", "2023-01-01")
    runs["check --delay"] = ("check", str(EXAMPLE), "--delay", "concept=4w")
    runs["procedures"] = ("procedures",)
    runs["procedures unknown"] = ("procedures", "uovv")
    runs["check nothing"] = ("check", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    return {name: _nl(*args) for name, args in runs.items()}


def test_dutch_output_holds_no_english_sentence(tmp_path: Path) -> None:
    fragments = _english_fragments()
    assert len(fragments) > 100  # the check has teeth
    found = {}
    for name, out in _dutch_outputs(tmp_path).items():
        flat = " ".join(out.split())
        hits = sorted(f for f in fragments if f in flat)
        if hits:
            found[name] = hits
    assert found == {}
