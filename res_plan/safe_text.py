"""Text from files and file names made safe to show: no control characters that move a
terminal's cursor, clear it or end a CSV or ICS line, and no bytes that cannot be encoded."""

from __future__ import annotations

import re
from pathlib import Path

# C0 and C1 controls and DEL, except tab; a newline in a one-line name is a control too.
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(value: str) -> str:
    """A title or name for every human format: control characters written as \\xNN."""
    return _CONTROLS.sub(_escaped, value) if _CONTROLS.search(value) else value


def shown_path(path: Path | str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) and
    controls escaped, so that printing it cannot fail or reach the terminal raw."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return one_line(text)
