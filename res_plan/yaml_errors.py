"""YAML syntax errors in the terms of the person editing the plan, at the line to edit.

The parser says what it expected at the token where it gave up ("mapping values are not
allowed in this context", "did not find expected key"), which is often the line after the
mistake. Here the lines around that point are read as a person wrote them (indentation,
`key: value`, `- ` items, quotes and brackets) to name the common mistakes and point at the
line that needs the change. Whatever is not recognised keeps the parser's reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from res_plan.messages import Message, Param, shorten
from res_plan.problems import Problem, problem
from res_plan.yaml_lines import Lines

if TYPE_CHECKING:
    from yaml import Mark, MarkedYAMLError

MAX_LOOK_BACK = 500  # lines read above the error for its context (a hostile file has no more)

# The parser's reasons the catalogue words (libyaml's and PyYAML's own), for the errors not recognised below.
_REASONS = {
    "mapping values are not allowed in this context": "yaml-no-mapping-here",
    "mapping values are not allowed here": "yaml-no-mapping-here",
    "did not find expected ',' or '}'": "yaml-no-comma-brace",
    "did not find expected ',' or ']'": "yaml-no-comma-bracket",
    "found character that cannot start any token": "yaml-bad-start",
    "did not find expected key": "yaml-no-key",
    "did not find expected '-' indicator": "yaml-no-dash",
    "could not find expected ':'": "yaml-no-colon",
    "found unexpected end of stream": "yaml-end-of-stream",
}
_CLOSERS = {"[": "]", "{": "}"}


@dataclass(frozen=True)
class _Line:
    """One line as a person reads it: indentation, `- ` markers, `key:` and its value (0-based columns)."""

    number: int
    text: str
    indent: int
    dashes: tuple[int, ...] = ()
    key: str | None = None
    key_col: int = 0
    colon: int = -1
    value: str = ""
    value_col: int = 0

    @property
    def blank(self) -> bool:
        rest = self.text[self.indent:]
        return not rest.strip() or rest.startswith("#")

    @property
    def content_col(self) -> int:
        """Where the line's own content starts: the value after a key, else the item after `- `."""
        return self.value_col if self.key is not None else self.key_col


def _read(number: int, text: str) -> _Line:
    indent = len(text) - len(text.lstrip(" "))
    pos, dashes = indent, []
    while text[pos:pos + 1] == "-" and text[pos + 1:pos + 2] in ("", " ", "\t"):
        dashes.append(pos)
        pos += 1
        while text[pos:pos + 1] == " ":
            pos += 1
    colon = _key_colon(text, pos)
    if colon < 0:
        return _Line(number, text, indent, tuple(dashes), None, pos)
    rest = _uncommented(text[colon + 1:])
    value = rest.strip()
    value_col = colon + 1 + len(rest) - len(rest.lstrip())
    return _Line(number, text, indent, tuple(dashes), text[pos:colon].strip(), pos, colon, value, value_col)


def _key_colon(text: str, pos: int) -> int:
    """The index of the `:` that ends a block key starting at pos, or -1."""
    if pos >= len(text) or text[pos] in "[{#":
        return -1
    i = pos
    if text[pos] in "'\"":
        end = _closing_quote(text, pos)
        if end < 0:
            return -1
        i = end + 1
    while i < len(text):
        ch = text[i]
        if ch == "#" and i > pos and text[i - 1] in " \t":
            return -1
        if ch == ":" and text[i + 1:i + 2] in ("", " ", "\t"):
            return i
        i += 1
    return -1


def _closing_quote(text: str, start: int) -> int:
    """The index of the quote closing the one at `start` on the same line, or -1."""
    quote, i = text[start], start + 1
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            if quote == "'" and text[i + 1:i + 2] == "'":
                i += 2
                continue
            return i
        i += 1
    return -1


def _closing_bracket(text: str, start: int) -> int:
    """The index of the bracket closing the one at `start` on the same line, or -1."""
    depth, i = 0, start
    while i < len(text):
        ch = text[i]
        if ch in "'\"" and i > start:
            end = _closing_quote(text, i)
            if end < 0:
                return -1
            i = end
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _uncommented(text: str) -> str:
    """The text before a ` #` comment that is not inside quotes."""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "'\"" and (i == 0 or text[i - 1] in " \t[{,"):
            end = _closing_quote(text, i)
            if end < 0:
                return text
            i = end
        elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i]
        i += 1
    return text


def _quoted(value: str) -> str:
    """A value as it must be written in quotes."""
    if '"' in value or "\\" in value:
        return "'" + value.replace("'", "''") + "'"
    return f'"{value}"'


@dataclass
class _Where:
    """The text around the error and what the parser said."""

    lines: Lines
    reason: str
    context: str
    problem_at: tuple[int, int] | None
    context_at: tuple[int, int] | None
    _cache: dict[int, _Line] = field(default_factory=dict)

    def line(self, number: int) -> _Line:
        if number not in self._cache:
            self._cache[number] = _read(number, self.lines.line_text(number))
        return self._cache[number]

    def above(self, number: int) -> Iterator[_Line]:
        """The lines above `number` that hold something, nearest first."""
        for n in range(number - 1, max(0, number - MAX_LOOK_BACK), -1):
            found = self.line(n)
            if not found.blank:
                yield found

    def open_columns(self, number: int) -> tuple[dict[int, _Line], dict[int, _Line]]:
        """The key and `- ` columns of the mappings and lists still open at `number` (0-based
        column -> the nearest line that has it)."""
        keys: dict[int, _Line] = {}
        dashes: dict[int, _Line] = {}
        limit = None
        for found in self.above(number):
            if limit is not None and found.indent >= limit:
                continue
            for col in found.dashes:
                dashes.setdefault(col, found)
            if found.key is not None:
                keys.setdefault(found.key_col, found)
            limit = found.indent
            if limit == 0:
                break
        return keys, dashes


def syntax_problem(exc: MarkedYAMLError, lines: Lines) -> Problem:
    """The problem a YAML syntax error is reported as."""
    reason = exc.problem or exc.context or "unreadable"
    where = _Where(lines, reason, exc.context or "", _editor(exc.problem_mark, lines),
                   _editor(exc.context_mark, lines))
    at = where.problem_at or where.context_at
    if "nesting depth" in reason:
        from res_plan.yaml_source import MAX_DEPTH

        return problem("too-large", "yaml-too-deep", depth=MAX_DEPTH, line=at and at[0], column=at and at[1])
    try:
        found = _explained(where)
    except (IndexError, ValueError):  # a reading of the lines this file defeats: the parser's own words
        found = None
    if found is not None:
        key, params, (line, column) = found
        return problem("yaml-syntax", "yaml-invalid", reason=Message(key, params), hint="", line=line, column=column)
    known = _REASONS.get(reason)
    return problem("yaml-syntax", "yaml-invalid", reason=Message(known) if known else reason, hint="",
                   line=at and at[0], column=at and at[1])


def _editor(mark: Mark | None, lines: Lines) -> tuple[int, int] | None:
    return None if mark is None else lines.from_yaml(mark.line + 1, mark.column + 1)


_Found = tuple[str, dict[str, Param], tuple[int, int]]


def _explained(where: _Where) -> _Found | None:
    """The catalogue key, params and place of a mistake recognised at the error, or None."""
    if where.problem_at is None:
        return None
    for rule in (_in_quotes, _swallowed_by_quote, _tab, _in_brackets, _colon_here, _no_colon, _block_ended,
                 _reserved_start, _after_document, _dash_after_key):
        found = rule(where)
        if found is not None:
            return found
    return None


def _in_quotes(where: _Where) -> _Found | None:
    """An error inside a quoted value: an escape it cannot read, else a quote never closed."""
    if "quoted scalar" not in where.context or where.context_at is None:
        return None
    line, column = where.context_at
    opener = where.line(line).text[column - 1:column] or '"'
    if "escape" in where.reason or "hexdecimal" in where.reason:
        return "yaml-bad-escape", {}, where.problem_at or where.context_at
    return "yaml-unclosed-quote", {"quote": opener}, (line, column)


def _swallowed_by_quote(where: _Where) -> _Found | None:
    """A quote left open further up that ran on to the quote on this line, which then closed it."""
    assert where.problem_at is not None
    number, column = where.problem_at
    here = where.line(number).text[:column - 1]
    for quote in ('"', "'"):
        if quote not in here:
            continue
        for above in where.above(number):
            if quote not in above.text:
                continue
            start = above.content_col
            if above.text[start:start + 1] == quote and _closing_quote(above.text, start) < 0:
                return "yaml-unclosed-quote", {"quote": quote}, (above.number, start + 1)
            break
    return None


def _tab(where: _Where) -> _Found | None:
    assert where.problem_at is not None
    candidates = [where.problem_at] + ([where.context_at] if where.context_at else [])
    for number, _ in candidates:
        text = where.line(number).text
        lead = text[:len(text) - len(text.lstrip(" \t"))]
        if "\t" in lead:
            return "yaml-tab-indent", {}, (number, lead.index("\t") + 1)
    number, column = where.problem_at
    if "tab" in where.reason or where.line(number).text[column - 1:column] == "\t":
        return "yaml-tab-inside", {}, (number, column)
    return None


def _in_brackets(where: _Where) -> _Found | None:
    """A `[` or `{` never closed, a `: ` inside one, or a missing comma."""
    if "flow" not in where.context and "',' or" not in where.reason:
        return None
    assert where.problem_at is not None
    opened_at = where.context_at or where.problem_at
    opener = where.line(opened_at[0])
    start = opened_at[1] - 1
    bracket = opener.text[start:start + 1]
    if bracket not in _CLOSERS:  # the parser names the item it gave up at: find the bracket left open
        found = _open_bracket_above(where, opened_at[0])
        if found is None:
            return _empty_item(where)
        opened_at = found
        opener, start = where.line(found[0]), found[1] - 1
        bracket = opener.text[start]
    what = Message("yaml-this-list" if bracket == "[" else "yaml-this-mapping")
    params: dict[str, Param] = {"open": f"'{bracket}'", "close": f"'{_CLOSERS[bracket]}'", "what": what}
    if _closing_bracket(opener.text, start) < 0:
        return "yaml-unclosed-flow", params, opened_at
    number, column = where.problem_at
    text = where.line(number).text
    if text[column - 1:column] == ":":
        item_start = max(text.rfind(",", 0, column - 1), text.rfind("{", 0, column - 1),
                         text.rfind("[", 0, column - 1)) + 1
        key_colon = text.find(": ", item_start, column - 1)
        if key_colon >= 0:
            key = text[item_start:key_colon].strip()
            value_col = key_colon + 2
            value = text[value_col:_item_end(text, value_col)].strip()
            return _colon_in_value(key, value, (number, value_col + 1))
    return _empty_item(where) or ("yaml-flow-separator", params, where.problem_at)


def _empty_item(where: _Where) -> _Found | None:
    """`[a,, b]` or `{a: 1,]`: nothing between a comma and the next comma or bracket."""
    assert where.problem_at is not None
    number, column = where.problem_at
    text = where.line(number).text
    if "node content" not in where.reason or not text[:column - 1].rstrip().endswith(","):
        return None
    return "yaml-flow-empty", {}, where.problem_at


def _open_bracket_above(where: _Where, number: int) -> tuple[int, int] | None:
    """The last `[` or `{` not closed on its own line, on this line or the nearest above that has one."""
    for n in range(number, max(0, number - MAX_LOOK_BACK), -1):
        text, opened = where.line(n).text, []
        i = 0
        while i < len(text):
            ch = text[i]
            if ch in "'\"" and (i == 0 or text[i - 1] in " \t[{,:"):
                end = _closing_quote(text, i)
                i = len(text) if end < 0 else end
            elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
                break
            elif ch in _CLOSERS:
                opened.append(i)
            elif ch in "]}" and opened:
                opened.pop()
            i += 1
        if opened:
            return n, opened[-1] + 1
    return None


def _item_end(text: str, start: int) -> int:
    """Where an unquoted item of a `{ }` or `[ ]` ends: at the next `,` or closing bracket."""
    ends = [i for i in (text.find(",", start), text.find("}", start), text.find("]", start)) if i >= 0]
    return min(ends) if ends else len(text)


def _colon_in_value(key: str, value: str, at: tuple[int, int]) -> _Found:
    return "yaml-colon-in-value", {"key": shorten(key, 40), "fixed": shorten(f"{key}: {_quoted(value)}", 80)}, at


def _colon_here(where: _Where) -> _Found | None:
    """"mapping values are not allowed": a `: ` inside a value, `-item` without its space, or
    a key indented deeper than the one above it (so read as more text of that one's value)."""
    if "mapping values" not in where.reason:
        return None
    assert where.problem_at is not None
    number, column = where.problem_at
    line = where.line(number)
    rest = line.text[line.indent:]
    if rest.startswith("-") and rest[1:2] not in ("", " ", "-"):
        fixed = shorten(line.text[:line.indent] + "- " + rest[1:].strip(), 80).strip()
        return "yaml-dash-space", {"fixed": fixed}, (number, line.indent + 1)
    if line.key is not None and line.colon < column - 1:
        return _colon_in_value(line.key, line.value, (number, line.value_col + 1))
    above = next(where.above(number), None)
    if above is None or line.key is None:
        return None
    if above.key is not None and above.key[:1] == "-" and above.key[1:2] not in ("", "-"):
        # `-id: a` is a key "-id", so the next key of the item looks indented too deep
        fixed = shorten("- " + above.text[above.key_col + 1:].strip(), 80)
        return "yaml-dash-space", {"fixed": fixed}, (above.number, above.key_col + 1)
    if above.key is not None and above.value and line.indent > above.key_col:
        if line.dashes:
            return ("yaml-value-and-block", {"key": shorten(above.key, 40)},
                    (above.number, above.value_col + 1))
        return ("yaml-deeper", {"above": shorten(above.key, 40), "line": str(above.number),
                                "key": shorten(line.key, 40), "column": str(above.key_col + 1)},
                (number, line.key_col + 1))
    if line.indent > above.indent:
        return ("yaml-deeper-text", {"line": str(above.number), "key": shorten(line.key, 40)},
                (number, line.key_col + 1))
    if above.key is None and not above.dashes and above.text[above.indent:above.indent + 1] not in _OPENERS:
        return _not_a_key(where, above, above.key_col + 1)  # a line of text above runs on into this key
    return None


_OPENERS = ("'", '"', "[", "{")


def _no_colon(where: _Where) -> _Found | None:
    """"could not find expected ':'": `key:value` without its space, or a line that is no key at all."""
    if "expected ':'" not in where.reason:
        return None
    number, column = where.context_at or where.problem_at or (1, 1)
    return _not_a_key(where, where.line(number), column)


def _not_a_key(where: _Where, line: _Line, column: int) -> _Found:
    """A line that should be `key: value`: the colon without its space, or no key at all."""
    number, text = line.number, _uncommented(line.text)
    start = max(line.key_col, column - 1)  # past the key column only after a NEL, LS or PS
    if start > 0 and line.text[start - 1:start] in _HIDDEN_BREAKS:
        return _hidden_break(where, number, start)
    colon = text.find(":", start)
    if colon > start and text[colon + 1:colon + 2] not in ("", " ", "\t"):
        fixed = f"{text[start:colon].strip()}: {text[colon + 1:].strip()}"
        return "yaml-colon-space", {"fixed": shorten(fixed, 80)}, (number, colon + 1)
    return "yaml-stray-line", {}, (number, start + 1)


def _block_ended(where: _Where) -> _Found | None:
    """"did not find expected key" / "expected <block end>": text after a closed quote or
    bracket, or a key or `- ` item out of the column of its mapping or list."""
    if not any(s in where.reason for s in ("expected key", "block end", "'-' indicator")):
        return None
    assert where.problem_at is not None
    number, column = where.problem_at
    line = where.line(number)
    found = _text_after_value(line, column - 1)
    if found is not None:
        return found
    keys, dashes = where.open_columns(number)
    if line.text[column - 1:column] == "-" and line.dashes:
        if not dashes:
            return "yaml-dash-here", {}, (number, column)
        col = _nearest(dashes, line.indent)
        return "yaml-dash-column", {"column": str(col + 1), "line": str(dashes[col].number)}, (number, column)
    if line.key is not None and line.indent == line.key_col and keys:
        col = _nearest(keys, line.indent)
        above = keys[col]
        return ("yaml-indent-mismatch", {"key": shorten(line.key, 40), "column": str(col + 1),
                                         "above": shorten(str(above.key), 40), "line": str(above.number)},
                (number, line.indent + 1))
    return None


def _text_after_value(line: _Line, at: int) -> _Found | None:
    """More text after a value that a quote or bracket closed, at `at` on the line."""
    start = line.content_col
    first = line.text[start:start + 1]
    if not first or first not in "'\"[{":
        return None
    end = _closing_quote(line.text, start) if first in "'\"" else _closing_bracket(line.text, start)
    if not 0 <= end < at:
        return None
    extra = _uncommented(line.text[end + 1:])
    if extra.strip() and not extra.strip(" ]}"):  # `[a, b]]`: a bracket too many
        column = end + 2 + len(extra) - len(extra.lstrip())
        return "yaml-extra-bracket", {"close": f"'{line.text[column - 1]}'"}, (line.number, column)
    value = _uncommented(line.text[start:]).strip()
    if first == "'" and len(value) > 1 and value.endswith("'"):  # an apostrophe closed the quote: RES's
        value = value[1:-1].replace("''", "'")
    fixed = shorten(f"{line.key}: {_quoted(value)}" if line.key is not None else f"- {_quoted(value)}", 80)
    at_value = (line.number, start + 1)
    if first in "'\"":
        return "yaml-after-quote", {"quote": first, "fixed": fixed}, at_value
    what = Message("yaml-word-list" if first == "[" else "yaml-word-mapping")
    return "yaml-after-flow", {"open": f"'{first}'", "close": f"'{_CLOSERS[first]}'", "what": what,
                               "fixed": fixed}, at_value


def _nearest(columns: dict[int, _Line], col: int) -> int:
    """The open column nearest to col; of two as near, the deeper (the nearer level)."""
    return min(columns, key=lambda c: (abs(c - col), -c))


# The parser's reasons when a value starts with a character YAML reserves, and those characters:
# `@` and a backtick are reserved, `%` starts a directive, `&` an anchor, `*` an alias, `|` and `>`
# a block of text, `?` a complex key.
_RESERVED_REASONS = ("cannot start any token", "alphabetic or numeric character", "comment or line break",
                     "mapping keys are not allowed")
_RESERVED = "@`%&*|>?"


def _reserved_start(where: _Where) -> _Found | None:
    """A value starting with a character YAML reserves, such as `@gemeente` or `> 5 jaar`."""
    if not any(s in where.reason for s in _RESERVED_REASONS):
        return None
    assert where.problem_at is not None
    scanning = where.context.startswith("while scanning") and where.context_at is not None
    number, column = where.context_at if scanning and where.context_at else where.problem_at
    line = where.line(number)
    char = line.text[column - 1:column]
    if not char or char not in _RESERVED:
        return None
    value = _uncommented(line.text[column - 1:]).strip()
    fixed = f"{line.key}: {_quoted(value)}" if line.key is not None and line.colon < column - 1 else _quoted(value)
    return "yaml-reserved-start", {"char": f"'{char}'", "fixed": shorten(fixed, 80)}, (number, column)


def _after_document(where: _Where) -> _Found | None:
    """"expected <document start>": a line of text above the plan's first key ended the document."""
    if "document start" not in where.reason:
        return None
    assert where.problem_at is not None
    above = next(where.above(where.problem_at[0]), None)
    if above is not None:
        return "yaml-stray-line", {}, (above.number, above.indent + 1)
    # Only comments above: one of them holds a line break an editor does not show.
    starts = where.lines.editor_starts
    before = where.lines.text[:starts[min(where.problem_at[0], len(starts)) - 1]]
    at = max(before.rfind(c) for c in _HIDDEN_BREAKS)
    return None if at < 0 else _hidden_break(where, *where.lines.at_index(at))


_HIDDEN_BREAKS = ("\x85", "\u2028", "\u2029")


def _hidden_break(where: _Where, number: int, column: int) -> _Found:
    char = where.line(number).text[column - 1]
    return "yaml-hidden-break", {"code": f"{ord(char):04X}"}, (number, column)


def _dash_after_key(where: _Where) -> _Found | None:
    """`key: - item`, or a second `- ` item on the line of the first: each item starts its own line."""
    if "sequence entries are not allowed" not in where.reason:
        return None
    assert where.problem_at is not None
    number, column = where.problem_at
    line = where.line(number)
    if line.key is not None and line.colon < column - 1:
        return "yaml-dash-after-key", {"key": shorten(line.key, 40)}, (number, column)
    return "yaml-dash-own-line", {}, (number, column)
