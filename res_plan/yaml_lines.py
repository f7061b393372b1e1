"""Lines and columns as an editor counts them: a lone CR, a CRLF and an LF each end one line.

The YAML parser also ends a line at NEL (U+0085) and the Unicode line and paragraph
separators (U+2028, U+2029), which editors show inside a line, and the C parser reports
some positions as byte offsets. The tables here are built only when a location is reported,
so reading a file that has no problem costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_EDITOR_BREAK = re.compile(r"\r\n?|\n")
_YAML_BREAK = re.compile(r"\r\n?|[\n\x85\u2028\u2029]")
_YAML_ONLY_BREAKS = ("\x85", "\u2028", "\u2029")


def _starts(text: str, breaks: re.Pattern[str]) -> list[int]:
    return [0] + [m.end() for m in breaks.finditer(text)]


class Lines:
    """Positions in one text, in the editor's lines (all 1-based)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._editor: list[int] | None = None
        self._yaml: list[int] | None = None
        self._same: bool | None = None
        self._count = 0  # lines, once _same is known

    @property
    def editor_starts(self) -> list[int]:
        if self._editor is None:
            self._editor = _starts(self.text, _EDITOR_BREAK)
        return self._editor

    def same_as_yaml(self) -> bool:
        """Whether the parser's lines are the editor's (true unless the text holds NEL, LS or PS)."""
        if self._same is None:
            text = self.text
            self._same = not any(c in text for c in _YAML_ONLY_BREAKS)
            self._count = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
        return self._same

    def at_index(self, index: int) -> tuple[int, int]:
        """Line and column of the character at `index` (0-based)."""
        starts = self.editor_starts
        line = bisect_right(starts, index)
        return line, index - starts[line - 1] + 1

    def at_byte(self, offset: int) -> tuple[int, int]:
        """Line and column of the character at a byte offset of the text as UTF-8."""
        return self.at_index(len(self.text.encode("utf-8")[:offset].decode("utf-8", errors="ignore")))

    def from_yaml(self, line: int, column: int) -> tuple[int, int]:
        """The editor's line and column of a position the parser gives (its lines, 1-based)."""
        if self.same_as_yaml():
            if line <= self._count:
                return line, column
            return self.at_index(len(self.text))  # the parser ends a last line that has no line end
        if self._yaml is None:
            self._yaml = _starts(self.text, _YAML_BREAK)
        starts = self._yaml
        index = starts[min(max(line, 1), len(starts)) - 1] + column - 1
        return self.at_index(min(index, len(self.text)))

    def line_text(self, line: int) -> str:
        """The text of an editor line without its line end ("" past the end)."""
        starts = self.editor_starts
        if not 1 <= line <= len(starts):
            return ""
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[starts[line - 1]:end].rstrip("\r\n")

    @property
    def count(self) -> int:
        return len(self.editor_starts)
