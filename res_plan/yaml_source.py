"""Reading a plan file as YAML with a position for every key and value.

Safe loading only; duplicate keys, unknown tags, alias bombs and absurd nesting are
reported with their line and column instead of being silently accepted or expanded.
The data is built straight from the parser's event stream (no node tree), checked against
the limits below as it arrives, so a hostile file costs a bounded amount of time and
memory whatever its shape.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.reader import ReaderError
from yaml.resolver import Resolver

from res_plan.messages import Message, shorten
from res_plan.problems import Loc, PlanInvalid, Problem, problem
from res_plan.yaml_lines import Lines

try:  # libyaml is an order of magnitude faster on large plans
    from yaml import CSafeLoader as _Loader
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - wheels ship libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]
    _CParser = None  # type: ignore[misc, assignment]

# Limits (named in the README). A real region file is well under 1 MB and a few thousand
# values, nested at most 8 levels; these leave room for the largest plan while bounding a
# hostile one.
MAX_FILE_BYTES = 16 * 1024 * 1024  # the file as stored
MAX_NODES = 1_500_000  # keys and values, counting every use of a YAML alias as a copy
MAX_DEPTH = 64  # lists and mappings inside each other
MAX_ITEMS = 200_000  # entries of one list or mapping

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALAR_TAGS = frozenset("tag:yaml.org,2002:" + t for t in ("null", "bool", "int", "float", "str", "timestamp"))
_STR = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_IMPLICIT = Resolver.yaml_implicit_resolvers  # first character -> [(tag, pattern)], as PyYAML resolves
_resolved: dict[str, str] = {}  # plain scalar -> its implicit tag
_constructed: dict[tuple[str, str], Any] = {}  # (tag, text) -> its immutable value
_constructor = SafeConstructor()


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM is accepted); a bad byte is reported with its line and column."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode("utf-8")  # valid up to the bad byte
        line, column = Lines(before).at_index(len(before))
        raise PlanInvalid([problem("bad-encoding", "not-utf8", byte=f"{raw[exc.start]:02x}", line=line,
                                   column=column)]) from None


class PosDict(dict[Any, Any]):
    """A YAML mapping that remembers where each key and value stands (1-based)."""

    __slots__ = ("marks",)

    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[Any, int] = {}  # key -> key mark << _PAIR_SHIFT | value mark


class PosList(list[Any]):
    """A YAML sequence that remembers where each item stands (1-based)."""

    __slots__ = ("marks",)

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[int] = []


Mark = tuple[int, int]

# Marks are kept packed in one int, 0-based line << _LINE_SHIFT | column, and a mapping entry's
# key and value marks in one int too: a national plan has millions of values, and two tuples
# per value took more memory than the values themselves.
_LINE_SHIFT = 25  # a 16 MiB file has fewer than 2**25 characters on any line
_COLUMN = (1 << _LINE_SHIFT) - 1
_PAIR_SHIFT = 2 * _LINE_SHIFT + 2  # above the largest packed mark
_VALUE = (1 << _PAIR_SHIFT) - 1


def _unpack(packed: int) -> Mark:
    """1-based line and column of a packed mark."""
    return (packed >> _LINE_SHIFT) + 1, (packed & _COLUMN) + 1


def _pack(mark: Mark) -> int:
    return (mark[0] - 1) << _LINE_SHIFT | (mark[1] - 1)


@dataclass
class PositionedYaml:
    """The plain data of a YAML document; its mappings and lists carry their positions."""

    data: Any
    start: Mark = (1, 1)
    lines: Lines | None = field(default=None, compare=False, repr=False)  # the text, for the editor's lines

    def position(self, loc: Loc, at_key: bool = False) -> tuple[int | None, int | None]:
        """1-based line and column (as an editor counts them) of the deepest part of loc present in the file."""
        mark = self._mark(loc, at_key)
        return mark if self.lines is None else self.lines.from_yaml(*mark)

    def _mark(self, loc: Loc, at_key: bool) -> Mark:
        node, packed = self.data, None
        for i, part in enumerate(loc):
            last = i == len(loc) - 1
            if isinstance(node, PosDict):
                key = _find_key(node, part)
                if key is _MISSING:
                    break
                pair = node.marks[key]
                packed = pair >> _PAIR_SHIFT if (last and at_key) else pair & _VALUE
                node = node[key]
            elif isinstance(node, PosList) and isinstance(part, int) and 0 <= part < len(node):
                packed, node = node.marks[part], node[part]
            else:
                break
        return self.start if packed is None else _unpack(packed)


_MISSING = object()
_MERGE = object()  # a `<<` merge key, refused


def _find_key(node: PosDict, part: object) -> Any:
    if part in node.marks:
        return part
    text = str(part)
    return next((k for k in node.marks if str(k) == text), _MISSING)


def parse(text: str) -> PositionedYaml:
    builder = _Builder(text)
    lines = Lines(text)
    try:
        builder.run(_events(text))
    except yaml.MarkedYAMLError as exc:
        from res_plan.yaml_errors import syntax_problem

        raise PlanInvalid([syntax_problem(exc, lines)]) from None
    except ReaderError as exc:
        # The C parser counts bytes of the text as UTF-8, the Python one characters.
        at = lines.at_index if exc.encoding == "unicode" else lines.at_byte
        line, column = at(exc.position)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise PlanInvalid([problem("yaml-syntax", "yaml-bad-character", code=f"{code:04X}", line=line,
                                   column=column)]) from None
    except yaml.YAMLError as exc:
        raise PlanInvalid([problem("yaml-syntax", "yaml-invalid", reason=shorten(str(exc), 200), hint="")]) from None
    except PlanInvalid as exc:
        raise PlanInvalid(_placed(exc.problems, lines)) from None
    if not builder.has_root:
        raise PlanInvalid([problem("yaml-syntax", "yaml-empty", line=1, column=1)])
    if builder.problems:
        raise PlanInvalid(_placed(builder.problems, lines))
    return PositionedYaml(builder.root, _unpack(builder.root_mark), lines)


def _events(text: str) -> Iterator[Event]:
    """The parser's events. libyaml's parser is asked directly, one C call per event, until it
    has no more: yaml.parse asks it twice per event through a generator (a fifth of the time
    of reading a national plan)."""
    if _CParser is None:  # pragma: no cover - wheels ship libyaml
        return iter(yaml.parse(text, Loader=_Loader))
    return iter(_CParser(text).get_event, None)


def _placed(problems: list[Problem], lines: Lines) -> list[Problem]:
    """The builder's problems at the editor's lines and columns (the parser's differ only when
    the text holds NEL, LS or PS)."""
    if lines.same_as_yaml():
        return problems
    out = []
    for p in problems:
        if p.line is not None and p.column is not None:
            p = p.at(*lines.from_yaml(p.line, p.column))
        if p.wording is not None and "first" in p.wording.params:  # a duplicate key's first line
            first = lines.from_yaml(int(str(p.wording.params["first"])), 1)[0]
            wording = Message(p.wording.key, {**p.wording.params, "first": str(first)})
            p = replace(p, message=p.prefix + wording.english, wording=wording)
        out.append(p)
    return out


def _at(event: Event) -> Mark:
    mark = event.start_mark
    return (1, 1) if mark is None else (mark.line + 1, mark.column + 1)


def _too_large(event: Event, template: str, limit: int) -> PlanInvalid:
    line, column = _at(event)
    return PlanInvalid([problem("too-large", template, limit=f"{limit:,}", line=line, column=column)])


def _too_deep(line: int | None, column: int | None) -> Problem:
    return problem("too-large", "yaml-too-deep", depth=MAX_DEPTH, line=line, column=column)


def _too_many_nodes(event: Event) -> PlanInvalid:
    return _too_large(event, "yaml-too-many-nodes", MAX_NODES)


@dataclass(slots=True)
class _Frame:
    """An open mapping or list while its events stream by."""

    container: PosDict | PosList
    mark: int  # packed
    anchor: str | None
    start_total: int
    room: int
    bad_tag: bool = False
    key: Any = _MISSING
    key_mark: int = 0


class _Builder:
    """Builds plain data with positions straight from the parser's events, in one pass.

    No node tree is built, and the limits are checked as the events arrive: values are
    counted as if every alias were expanded (an anchored node's size is known when it ends,
    so a "billion laughs" file is refused at once), nesting and list lengths are bounded.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.total = 0
        self.documents = 0
        self.has_root = False
        self.root: Any = None
        self.root_mark = 0  # packed

    def run(self, events: Iterable[Event]) -> None:
        stack, resolved, frame_of = self.stack, _resolved, _Frame
        for event in events:
            kind = type(event)
            if kind is ScalarEvent:
                # The hot path (most events of a plan): a plain or quoted scalar, stored inline.
                scalar: ScalarEvent = event  # type: ignore[assignment]
                value: Any = scalar.value
                if scalar.tag is None:
                    if scalar.implicit[0]:
                        tag = resolved.get(value) or _resolve(value)
                        if tag != _STR:
                            value = self.construct(tag, scalar)
                    # else quoted: always text
                else:
                    value = self.scalar(scalar)
                if scalar.anchor:
                    self.anchors[scalar.anchor] = (value, 1)
                self.total += 1
                if self.total > MAX_NODES:
                    raise _too_many_nodes(event)
                start = scalar.start_mark
                mark = start.line << _LINE_SHIFT | start.column if start is not None else 0
                if not stack:
                    self.has_root, self.root, self.root_mark = True, value, mark
                    continue
                frame = stack[-1]
                if frame.room == 0:
                    self.count_entry(event)  # raises with the message
                frame.room -= 1
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                if done.anchor or done.bad_tag:
                    self.close(event, done)
                    continue
                value, mark = done.container, done.mark
                if not stack:
                    self.has_root, self.root, self.root_mark = True, value, mark
                    continue
                frame = stack[-1]  # its entry was counted when the container opened
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                opening: MappingStartEvent = event  # type: ignore[assignment]
                if opening.tag is not None or opening.anchor:
                    self.open(event, kind is MappingStartEvent)
                    continue
                # Inline for the same reason as scalars: a plan has a mapping per decision.
                self.total += 1
                if self.total > MAX_NODES:
                    raise _too_many_nodes(event)
                if stack:
                    parent = stack[-1]
                    if parent.room == 0:
                        self.count_entry(event)  # raises with the message
                    parent.room -= 1
                start = opening.start_mark
                mark = start.line << _LINE_SHIFT | start.column if start is not None else 0
                if kind is MappingStartEvent:
                    stack.append(frame_of(PosDict(), mark, None, self.total, 2 * MAX_ITEMS))
                else:
                    stack.append(frame_of(PosList(), mark, None, self.total, MAX_ITEMS))
                if len(stack) > MAX_DEPTH:
                    raise PlanInvalid([_too_deep(*_unpack(mark))])
                continue
            elif kind is AliasEvent:
                self.alias(event)
                continue
            else:
                if kind is DocumentStartEvent:
                    self.documents += 1
                    if self.documents > 1:
                        line, column = _at(event)
                        raise PlanInvalid([problem("yaml-syntax", "yaml-two-documents", line=line, column=column)])
                continue
            # A scalar or a closed container, placed into the open container above it.
            container = frame.container
            if type(container) is PosList:
                container.append(value)
                container.marks.append(mark)
            elif frame.key is _MISSING:
                if type(value) is str and value not in container.marks:
                    frame.key, frame.key_mark = value, mark
                else:
                    frame.key, frame.key_mark = self.checked_key(value, mark, container), mark  # type: ignore[arg-type]
            else:
                key, frame.key = frame.key, _MISSING
                if key is not _MISSING:
                    container[key] = value
                    container.marks[key] = frame.key_mark << _PAIR_SHIFT | mark

    def open(self, event: Event, is_map: bool) -> None:
        self.total += 1
        if self.total > MAX_NODES:
            raise _too_many_nodes(event)
        self.count_entry(event)
        tag = getattr(event, "tag", None)
        bad = tag not in (None, "!", "tag:yaml.org,2002:map" if is_map else "tag:yaml.org,2002:seq")
        if bad:
            self.bad_tag(str(tag), event)
        anchor = getattr(event, "anchor", None)
        if anchor:
            self.open_anchors.add(anchor)
        self.stack.append(_Frame(PosDict() if is_map else PosList(), _pack(_at(event)), anchor, self.total,
                                 2 * MAX_ITEMS if is_map else MAX_ITEMS, bad))
        if len(self.stack) > MAX_DEPTH:
            raise PlanInvalid([_too_deep(*_at(event))])

    def close(self, event: Event, frame: _Frame) -> None:
        value = None if frame.bad_tag else frame.container
        if frame.anchor:
            self.anchors[frame.anchor] = (value, self.total - frame.start_total + 1)
            self.open_anchors.discard(frame.anchor)
        self.add(value, frame.mark, 0, event, counted=True)

    def alias(self, event: Event) -> None:
        anchor = getattr(event, "anchor", None) or ""
        line, column = _at(event)
        if anchor in self.open_anchors:
            raise PlanInvalid([problem("bad-value", "yaml-alias-loop", anchor=shorten(anchor, 40), line=line,
                                       column=column)])
        if anchor not in self.anchors:
            raise PlanInvalid([problem("yaml-syntax", "yaml-alias-undefined", anchor=shorten(anchor, 40), line=line,
                                       column=column)])
        value, size = self.anchors[anchor]
        self.add(value, _pack((line, column)), size, event)

    def count_entry(self, event: Event) -> None:
        if self.stack:
            frame = self.stack[-1]
            if frame.room == 0:
                raise _too_large(event, "yaml-too-many-items", MAX_ITEMS)
            frame.room -= 1

    def add(self, value: Any, mark: int, size: int, event: Event, counted: bool = False) -> None:
        if size:
            self.total += size
            if self.total > MAX_NODES:
                raise _too_many_nodes(event)
        if not self.stack:
            self.has_root, self.root, self.root_mark = True, value, mark
            return
        frame = self.stack[-1]
        if not counted:
            self.count_entry(event)
        container = frame.container
        if isinstance(container, PosList):
            container.append(value)
            container.marks.append(mark)
        elif frame.key is _MISSING:
            frame.key, frame.key_mark = self.checked_key(value, mark, container), mark
        else:
            key, frame.key = frame.key, _MISSING
            if key is not _MISSING:
                container[key] = value
                container.marks[key] = frame.key_mark << _PAIR_SHIFT | mark

    def checked_key(self, key: Any, mark: int, container: PosDict) -> Any:
        """The key to store under, or _MISSING (with a problem) when it cannot be one."""
        line, column = _unpack(mark)
        if key is _MERGE:
            self.problems.append(problem("bad-value", "yaml-merge-key", line=line, column=column))
            return _MISSING
        if isinstance(key, bool) or not isinstance(key, (str, int, float)):
            self.problems.append(problem("bad-value", "yaml-key-not-plain", line=line, column=column))
            return _MISSING
        if key in container.marks:
            first = _unpack(container.marks[key] >> _PAIR_SHIFT)[0]
            self.problems.append(problem("duplicate-key", "yaml-duplicate-key", key=shorten(str(key)), first=first,
                                         line=line, column=column))
            return _MISSING
        return key

    def bad_tag(self, tag: str, event: Event) -> None:
        line, column = _at(event)
        self.problems.append(problem("bad-value", "yaml-tag", tag=shorten(tag.replace("tag:yaml.org,2002:", "!!")),
                                     line=line, column=column))

    def scalar(self, event: ScalarEvent) -> Any:
        """A scalar with an explicit tag, or one the fast path in run() left alone."""
        value, tag = event.value, event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted: always text
                return value
            tag = _resolved.get(value) or _resolve(value)
        if tag == _STR:
            return value
        return self.construct(tag, event)

    def construct(self, tag: str, event: ScalarEvent) -> Any:
        """The value of a non-text scalar (number, date, boolean, null), shared when repeated."""
        if tag == _MERGE_TAG:
            return _MERGE
        cached = _constructed.get((tag, event.value), _MISSING)
        if cached is not _MISSING:
            return cached
        constructor = SafeConstructor.yaml_constructors.get(tag)
        if constructor is None or tag not in _SCALAR_TAGS:
            self.bad_tag(tag, event)
            return None
        try:
            value = constructor(_constructor, ScalarNode(tag, event.value))
        except (ValueError, ConstructorError, OverflowError, TypeError):
            if tag == _TIMESTAMP:
                return event.value  # an impossible date such as 2023-02-30: the schema names it
            line, column = _at(event)
            self.problems.append(problem("bad-value", "yaml-unreadable-value", value=repr(shorten(event.value)),
                                         line=line, column=column))
            return None
        if len(_constructed) < 100_000:  # immutable values only: numbers, dates, booleans, null
            _constructed[(tag, event.value)] = value
        return value


def _resolve(value: str) -> str:
    """The implicit tag of a plain scalar, as PyYAML's resolver gives it (remembered)."""
    tag = next((t for t, pattern in _IMPLICIT.get(value[:1], ()) if pattern.match(value)), _STR)
    if len(_resolved) < 100_000:  # ids, durations and dates repeat across a plan
        _resolved[value] = tag
    return tag
