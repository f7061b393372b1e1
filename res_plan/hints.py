""""Did you mean" hints for misspelt keys, ids and names.

Each hint compares a word with every choice, so a file of thousands of misspellings against
thousands of ids would be quadratic: within `budget()` (one per plan file) only the first
MAX_HINTS words get a hint, as many as the problems a file reports, and a word is compared
only with its neighbours in a sorted index of the choices, built once per set of choices.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from res_plan.messages import Message, Param

MAX_HINTS = 100
MAX_COMPARED = 50  # past this many choices, only the nearest in the index


@dataclass
class _Budget:
    left: int
    # id and size of a choices collection -> the collection, sorted as written and reversed
    index: dict[tuple[int, int], tuple[Collection[str], list[str], list[tuple[str, str]]]] = \
        field(default_factory=dict)


_current: ContextVar[_Budget | None] = ContextVar("hint_budget", default=None)


@contextmanager
def budget(limit: int = MAX_HINTS) -> Iterator[None]:
    token = _current.set(_Budget(limit))
    try:
        yield
    finally:
        _current.reset(token)


def closest(word: str, choices: Iterable[str]) -> str:
    """The choice `word` was most likely meant to be, or "" when none is close."""
    spent = _current.get()
    if spent is not None:
        if spent.left <= 0:
            return ""
        spent.left -= 1
    pool = choices if isinstance(choices, Collection) else list(choices)
    near = _neighbours(word, pool, spent) if len(pool) > MAX_COMPARED else list(pool)
    import difflib  # only once a word is not known: a valid plan never asks

    close = difflib.get_close_matches(word, near, n=1, cutoff=0.6)
    return close[0] if close else ""


def _neighbours(word: str, choices: Collection[str], spent: _Budget | None) -> list[str]:
    """The choices on either side of the word in sorted order, and in the order of the
    reversed strings: a typo near the end keeps the start, one near the start keeps the end."""
    key = (id(choices), len(choices))
    found = spent.index.get(key) if spent is not None else None
    if found is None or found[0] is not choices:
        found = (choices, sorted(choices), sorted((c[::-1], c) for c in choices))
        if spent is not None:
            spent.index[key] = found
    _, forward, backward = found
    k = MAX_COMPARED // 2
    at = bisect.bisect_left(forward, word)
    out = dict.fromkeys(forward[max(0, at - k):at + k])
    at = bisect.bisect_left(backward, (word[::-1], ""))
    out.update(dict.fromkeys(c for _, c in backward[max(0, at - k):at + k]))
    return list(out)


def suggest(word: str, choices: Iterable[str]) -> Param:
    """The `hint` param of a message: " (did you mean 'x'?)" in the message's language, or nothing."""
    close = closest(word, choices)
    return Message("did-you-mean", {"word": close}) if close else ""
