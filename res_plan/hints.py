""""Did you mean" hints for misspelt keys, ids and names."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from res_plan.messages import Message, Param


def closest(word: str, choices: Iterable[str]) -> str:
    """The choice `word` was most likely meant to be, or "" when none is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else ""


def suggest(word: str, choices: Iterable[str]) -> Param:
    """The `hint` param of a message: " (did you mean 'x'?)" in the message's language, or nothing."""
    close = closest(word, choices)
    return Message("did-you-mean", {"word": close}) if close else ""
