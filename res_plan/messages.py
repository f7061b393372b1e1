"""The one message catalogue: every human-facing sentence, per language, and the `Message`
that problems and errors carry until a report puts it into words.

The sentences live in topic modules `res_plan/messages_<topic>.py`, each with a dict `EN` and
a dict `NL`; a new topic is registered by adding its name to `TOPICS`. Templates are
`str.format` strings; a test checks that both languages have every key with the same
placeholders and that no key is defined twice.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from res_plan.problems import Problem

LANGS = ("en", "nl")

TOPICS = (
    "agenda",
    "bodies",
    "bounds",
    "calendar",
    "ci",
    "commands",
    "coverage",
    "explain",
    "meetings",
    "output",
    "plan",
    "reading",
    "report",
    "schedule",
    "schema",
    "shared",
    "sheet",
    "timeline",
    "yaml",
)

Param = Union[str, "Message"]


@dataclass(frozen=True)
class Message:
    """A sentence not yet in words: a catalogue key and its params. A param that is itself a
    Message (a hint, a reason, a quoted word) is put into words in the same language."""

    key: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        values: Mapping[str, object] = {name: value.text(lang) if isinstance(value, Message) else value
                                        for name, value in self.params.items()}
        if lang != "en":  # holiday names come from the `holidays` package in English
            from res_plan.messages_output import localize

            values = localize(lang, self.key, values)
        return CATALOGUE.get(lang, EN).get(self.key, EN[self.key]).format(**values)

    @property
    def english(self) -> str:
        return self.text("en")

    def flat(self) -> dict[str, str]:
        """The params in English words (what the JSON and the tests read)."""
        return {name: value.english if isinstance(value, Message) else value for name, value in self.params.items()}


def message(key: str, /, params: Mapping[str, object] | None = None, **named: object) -> Message:
    """A Message from `params` and the named ones: a Message stays one, None counts as empty,
    anything else becomes its str()."""
    values: dict[str, Param] = {}
    for name, value in {**(params or {}), **named}.items():
        values[name] = value if isinstance(value, Message) else "" if value is None else str(value)
    return Message(key, values)


def shorten(text: str, limit: int = 60) -> str:
    """A text as a message quotes it: on one line, at most `limit` characters."""
    text = text.replace("\r", " ").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def quote(value: object, limit: int = 60) -> str:
    """A value from the file as a message shows it: a text in quotes ('4 weeks'), anything else
    as written; shortened."""
    return shorten(repr(value) if isinstance(value, str) else str(value), limit)


def _merge(lang: str) -> dict[str, str]:
    merged: dict[str, str] = {}
    for topic in TOPICS:
        merged.update(getattr(importlib.import_module(f"res_plan.messages_{topic}"), lang.upper()))
    return merged


EN = _merge("en")
NL = _merge("nl")
CATALOGUE = {"en": EN, "nl": NL}


def text(lang: str, key: str, /, **params: object) -> str:
    return message(key, params).text(lang)


def english(key: str, /, **params: object) -> str:
    return message(key, params).text("en")


def problem_message(problem: Problem, lang: str) -> str:
    """A problem's message in a language; a problem without a Message stays as written."""
    if lang == "en" or problem.wording is None:
        return problem.message
    return problem.prefix + problem.wording.text(lang)


def pick_language(option: str | None) -> str:
    """SPEC §4: --lang, else RES_PLAN_LANG, else Dutch when LANG starts with nl, else English."""
    for candidate in (option, os.environ.get("RES_PLAN_LANG")):
        if candidate:
            return candidate if candidate in LANGS else "en"
    return "nl" if os.environ.get("LANG", "").lower().startswith("nl") else "en"
