"""Reading a plan file as YAML with a position for every key and value.

Safe loading only; duplicate keys, unknown tags, alias bombs and absurd nesting are
reported with their line and column instead of being silently accepted or expanded.
The event stream is scanned against the limits below before any tree is built, so a
hostile file costs a bounded amount of time and memory whatever its shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    MappingStartEvent,
    ScalarEvent,
)
from yaml.reader import ReaderError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from res_plan.problems import Loc, PlanInvalid, Problem

try:  # libyaml is an order of magnitude faster on large plans
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - wheels ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Limits (named in the README). A real region file is well under 1 MB and a few thousand
# values, nested at most 8 levels; these leave room for the largest plan while bounding a
# hostile one.
MAX_FILE_BYTES = 16 * 1024 * 1024  # the file as stored
MAX_NODES = 250_000  # keys and values, counting every use of a YAML alias as a copy
MAX_DEPTH = 64  # lists and mappings inside each other
MAX_ITEMS = 10_000  # entries of one list or mapping
MAX_SHOWN = 60  # characters of a value quoted in a message

_DEPTH_MESSAGE = f"lists and mappings are nested more than {MAX_DEPTH} levels deep: a plan needs fewer than 10"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALAR_TAGS = frozenset("tag:yaml.org,2002:" + t for t in ("null", "bool", "int", "float", "str", "timestamp"))
_constructor = SafeConstructor()


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """A value as quoted in a message: one line, at most `limit` characters."""
    text = text.replace("\r", " ").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM is accepted); a bad byte is reported with its line and column."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        start = before.rfind(b"\n") + 1
        column = len(raw[start: exc.start].decode("utf-8", errors="replace")) + 1
        raise PlanInvalid([Problem(
            "bad-encoding",
            f"byte 0x{raw[exc.start]:02x} is not UTF-8: save the file as UTF-8",
            line=line, column=column,
        )]) from None


@dataclass
class PositionedYaml:
    """The plain data of a YAML document and the node tree it came from."""

    data: Any
    root: Node | None

    def position(self, loc: Loc, at_key: bool = False) -> tuple[int | None, int | None]:
        """1-based line and column of the deepest part of loc present in the file."""
        node = self.root
        if node is None:
            return None, None
        mark = node.start_mark
        for i, part in enumerate(loc):
            last = i == len(loc) - 1
            if isinstance(node, MappingNode):
                for key, value in node.value:
                    if isinstance(key, ScalarNode) and key.value == str(part):
                        mark = key.start_mark if (last and at_key) else value.start_mark
                        node = value
                        break
                else:
                    break
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1


def parse(text: str) -> PositionedYaml:
    try:
        _scan(text)
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        reason = exc.problem or exc.context or "unreadable"
        if "nesting depth" in reason:
            raise PlanInvalid([Problem("too-large", _DEPTH_MESSAGE, line=line, column=column)]) from None
        if exc.context and exc.problem and "single document" in exc.context:
            reason = "the file holds more than one YAML document (a second '---'): keep one plan per file"
        raise PlanInvalid([Problem("yaml-syntax", f"not valid YAML: {reason}{_syntax_hint(text, line)}",
                                   line=line, column=column)]) from None
    except ReaderError as exc:
        line, column = _line_column(text, exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise PlanInvalid([Problem("yaml-syntax", f"the character U+{code:04X} is not allowed in YAML: remove it", line=line, column=column)]) from None
    except yaml.YAMLError as exc:
        raise PlanInvalid([Problem("yaml-syntax", f"not valid YAML: {shorten(str(exc), 200)}")]) from None
    except RecursionError:  # only the pure-Python parser recurses; _scan bounds the depth first
        raise PlanInvalid([Problem("too-large", _DEPTH_MESSAGE, line=1, column=1)]) from None
    if root is None:
        raise PlanInvalid([Problem("yaml-syntax", "the file is empty: a plan needs version, region, deadline and decisions",
                                   line=1, column=1)])
    problems: list[Problem] = []
    data = _to_python(root, (), problems)
    if problems:
        raise PlanInvalid(problems)
    return PositionedYaml(data, root)


def _line_column(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def _syntax_hint(text: str, line: int | None) -> str:
    if line is not None:
        lines = text.splitlines()
        if 0 < line <= len(lines) and "\t" in lines[line - 1]:
            return " (a tab: indent YAML with spaces only)"
    return ""


def _at(event: Event) -> tuple[int | None, int | None]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def _too_large(event: Event, message: str) -> PlanInvalid:
    line, column = _at(event)
    return PlanInvalid([Problem("too-large", message, line=line, column=column)])


def _scan(text: str) -> None:
    """Walk the event stream once and stop at the first limit passed.

    Counts values as if every alias were expanded (an anchored node's size is known when it
    ends, so an alias costs one lookup: a "billion laughs" file is refused in microseconds),
    and refuses an alias to a node that contains it, which would make the data infinite.
    """
    total = 0
    sizes: dict[str, int] = {}
    stack: list[tuple[str | None, int, int]] = []  # (anchor, total at start, room left for entries)
    open_anchors: set[str] = set()
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, AliasEvent):
            anchor = event.anchor or ""
            if anchor in open_anchors:
                line, column = _at(event)
                raise PlanInvalid([Problem("bad-value", f"alias *{shorten(anchor, 40)} refers to a list or mapping "
                                           "that contains it, which never ends: write the values out",
                                           line=line, column=column)])
            size = sizes.get(anchor, 1)
        elif isinstance(event, ScalarEvent):
            size = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, CollectionStartEvent):
            _count_entry(stack, event)
            total += 1
            room = 2 * MAX_ITEMS if isinstance(event, MappingStartEvent) else MAX_ITEMS  # key and value
            stack.append((event.anchor, total, room))
            if event.anchor:
                open_anchors.add(event.anchor)
            if len(stack) > MAX_DEPTH:
                raise _too_large(event, _DEPTH_MESSAGE)
            if total > MAX_NODES:
                raise _too_large(event, _nodes_message())
            continue
        elif isinstance(event, CollectionEndEvent):
            closing, start, _ = stack.pop()
            if closing:
                sizes[closing] = total - start + 1
                open_anchors.discard(closing)
            continue
        else:
            continue
        _count_entry(stack, event)
        total += size
        if total > MAX_NODES:
            raise _too_large(event, _nodes_message())


def _count_entry(stack: list[tuple[str | None, int, int]], event: Event) -> None:
    if stack:
        anchor, start, room = stack[-1]
        if room == 0:
            raise _too_large(event, f"a list or mapping here has more than {MAX_ITEMS:,} entries: split the plan")
        stack[-1] = (anchor, start, room - 1)


def _nodes_message() -> str:
    return (f"the document holds more than {MAX_NODES:,} keys and values (counting each use of a YAML alias "
            "as a copy): split the plan")


def _here(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _to_python(node: Node, loc: Loc, problems: list[Problem]) -> Any:
    if isinstance(node, ScalarNode):
        return _scalar(node, loc, problems)
    if node.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
        _bad_tag(node, loc, problems)
        return None
    if isinstance(node, SequenceNode):
        return [_to_python(child, loc + (i,), problems) for i, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        return _mapping(node, loc, problems)
    return None  # pragma: no cover - compose yields only these three


def _mapping(node: MappingNode, loc: Loc, problems: list[Problem]) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    first_line: dict[tuple[str, Any], int] = {}
    for key_node, value_node in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            problems.append(Problem("bad-value", "YAML merge keys (<<) are not supported: write the keys out",
                                    loc=loc, line=_here(key_node)[0], column=_here(key_node)[1]))
            continue
        key = _to_python(key_node, loc, problems)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            line, column = _here(key_node)
            problems.append(Problem("bad-value", "a key must be a plain name", loc=loc, line=line, column=column))
            continue
        seen = (type(key).__name__, key)  # True and 1 are equal in Python, not in the file
        if seen in first_line or key in out:
            line, column = _here(key_node)
            first = first_line.get(seen)
            where = f" (first on line {first})" if first else ""
            problems.append(Problem(
                "duplicate-key",
                f"key '{shorten(str(key))}' appears twice in one mapping{where}: keep one",
                loc=loc + (str(key),), line=line, column=column,
            ))
            continue
        first_line[seen] = _here(key_node)[0]
        out[key] = _to_python(value_node, loc + (str(key),), problems)
    return out


def _bad_tag(node: Node, loc: Loc, problems: list[Problem]) -> None:
    line, column = _here(node)
    problems.append(Problem("bad-value", f"YAML tag {shorten(node.tag.replace('tag:yaml.org,2002:', '!!'))} is not allowed in a plan file: remove it",
                            loc=loc, line=line, column=column))


def _scalar(node: ScalarNode, loc: Loc, problems: list[Problem]) -> Any:
    constructor = SafeConstructor.yaml_constructors.get(node.tag)
    if constructor is None or node.tag not in _SCALAR_TAGS:
        _bad_tag(node, loc, problems)
        return None
    try:
        return constructor(_constructor, node)
    except (ValueError, ConstructorError, OverflowError, TypeError):
        if node.tag == _TIMESTAMP:
            return node.value  # an impossible date such as 2023-02-30: the schema names it
        line, column = _here(node)
        problems.append(Problem("bad-value", f"cannot read value {shorten(node.value)!r}", loc=loc,
                                line=line, column=column))
        return None
