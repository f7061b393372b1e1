"""Reading a plan file as YAML with a position for every key and value.

Safe loading only; duplicate keys, unknown tags and alias bombs are reported with their
line and column instead of being silently accepted or expanded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from res_plan.problems import Loc, PlanInvalid, Problem

try:  # libyaml is an order of magnitude faster on large plans
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - wheels ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_NODES = 2_000_000  # after alias expansion; a "billion laughs" file is far beyond

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_constructor = SafeConstructor()


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM is accepted); a bad byte is reported with its line and column."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
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
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                mark = node.start_mark
        return mark.line + 1, mark.column + 1


def parse(text: str) -> PositionedYaml:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        hint = _syntax_hint(text, line)
        raise PlanInvalid([Problem("yaml-syntax", f"not valid YAML: {exc.problem or exc.context}{hint}",
                                   line=line, column=column)]) from None
    except yaml.YAMLError as exc:
        raise PlanInvalid([Problem("yaml-syntax", f"not valid YAML: {exc}")]) from None
    if root is None:
        raise PlanInvalid([Problem("yaml-syntax", "the file is empty: a plan needs version, region, deadline and decisions",
                                   line=1, column=1)])
    _check_size(root)
    problems: list[Problem] = []
    data = _to_python(root, (), problems)
    if problems:
        raise PlanInvalid(problems)
    return PositionedYaml(data, root)


def _syntax_hint(text: str, line: int | None) -> str:
    if line is not None:
        lines = text.splitlines()
        if 0 < line <= len(lines) and "\t" in lines[line - 1]:
            return " (a tab: indent YAML with spaces only)"
    return ""


def _check_size(root: Node) -> None:
    """Count nodes as if aliases were expanded, memoised, so a bomb costs nothing to detect."""
    sizes: dict[int, int] = {}
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if not done and any(id(c) not in sizes for c in children):
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        sizes[id(node)] = 1 + sum(sizes.get(id(c), 0) for c in children)
        if sizes[id(node)] > MAX_NODES:
            mark = node.start_mark
            raise PlanInvalid([Problem(
                "too-large",
                f"the document expands to more than {MAX_NODES:,} values (YAML aliases?): split the plan",
                line=mark.line + 1, column=mark.column + 1,
            )])


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _here(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _to_python(node: Node, loc: Loc, problems: list[Problem]) -> Any:
    if isinstance(node, ScalarNode):
        return _scalar(node, loc, problems)
    if isinstance(node, SequenceNode):
        return [_to_python(child, loc + (i,), problems) for i, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        out: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
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
            if key in out:
                line, column = _here(key_node)
                problems.append(Problem(
                    "duplicate-key",
                    f"key '{key}' appears twice in one mapping (first on line {first_line[key]}): keep one",
                    loc=loc + (str(key),), line=line, column=column,
                ))
                continue
            first_line[key] = _here(key_node)[0]
            out[key] = _to_python(value_node, loc + (str(key),), problems)
        return out
    return None  # pragma: no cover - compose yields only these three


def _scalar(node: ScalarNode, loc: Loc, problems: list[Problem]) -> Any:
    constructor = SafeConstructor.yaml_constructors.get(node.tag)
    if constructor is None or node.tag.startswith("tag:yaml.org,2002:python/"):
        line, column = _here(node)
        problems.append(Problem("bad-value", f"YAML tag {node.tag} is not allowed in a plan file: remove it",
                                loc=loc, line=line, column=column))
        return None
    try:
        return constructor(_constructor, node)
    except (ValueError, ConstructorError, OverflowError):
        if node.tag == _TIMESTAMP:
            return node.value  # an impossible date such as 2023-02-30: the schema names it
        line, column = _here(node)
        problems.append(Problem("bad-value", f"cannot read value {node.value!r}", loc=loc, line=line, column=column))
        return None
