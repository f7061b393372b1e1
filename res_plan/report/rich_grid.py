"""The terminal's decision table, laid out once and written as styled lines.

rich's Table measures and renders every cell through its layout engine (about 1.4 ms a row:
28 s for a 20,000-decision plan); this grid measures each cell once, folds the two wrapping
columns itself and styles a cell with the ANSI codes of its style, computed once a style."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len, chop_cells
from rich.console import COLOR_SYSTEMS, Console
from rich.style import Style

# A cell: its pieces of text, each with a rich style name ("" for none).
Cell = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Column:
    header: str
    fold: bool = False  # long text continues on the next line within the column, else the column widens
    min_width: int = 0
    max_width: int | None = None
    right: bool = False


def cell(value: str, style: str = "") -> Cell:
    return ((value, style),)


def _width(c: Cell) -> int:
    return sum(cell_len(piece) for piece, _style in c)


def widths(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], total: int) -> list[int]:
    """Each column as wide as its widest cell within its bounds; folding columns give up room,
    the widest first, while the grid is wider than `total` (never below 8)."""
    out = []
    for i, col in enumerate(columns):
        w = max([cell_len(col.header), col.min_width, *(_width(r[i]) for r in rows)])
        out.append(min(w, col.max_width) if col.max_width is not None else w)
    fold = [i for i, col in enumerate(columns) if col.fold]
    excess = sum(out) + len(out) - 1 - total
    while excess > 0:  # a column at a time, so the widest gives up room first
        widest = max(fold, key=lambda j: out[j], default=None)
        if widest is None or out[widest] <= 8:
            break
        out[widest] -= 1
        excess -= 1
    return out


class Painter:
    """ANSI for a style name, computed once a name; nothing without colour."""

    def __init__(self, console: Console) -> None:
        name = console.color_system
        self._system = COLOR_SYSTEMS.get(name) if name and not console.no_color else None
        self._cache: dict[str, Style] = {}

    def __call__(self, value: str, style: str) -> str:
        if not style or self._system is None or not value:
            return value
        parsed = self._cache.get(style)
        if parsed is None:
            parsed = self._cache[style] = Style.parse(style)
        return parsed.render(value, color_system=self._system)


def _wrap(value: str, width: int) -> list[str]:
    """Words to lines of at most `width` cells, as rich's fold: a word too long is cut."""
    out: list[str] = []
    line = ""
    for word in value.split(" "):
        candidate = f"{line} {word}" if line else word
        if cell_len(candidate) <= width:
            line = candidate
            continue
        if line:
            out.append(line)
        pieces = chop_cells(word, width) if word else [""]
        out += pieces[:-1]
        line = pieces[-1]
    return [*out, line]


def _fold(c: Cell, width: int) -> list[Cell]:
    """A plain-text cell in lines of at most `width` cells (a styled one stays whole)."""
    if len(c) != 1 or _width(c) <= width:
        return [c]
    value, style = c[0]
    return [((part, style),) for part in _wrap(value, width)]


def lines(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], total: int, paint: Painter,
          header_style: str = "bold") -> list[str]:
    """The header and every row, columns one space apart, no trailing spaces."""
    sizes = widths(columns, rows, total)
    last = len(columns) - 1
    out = []
    for row in [[cell(col.header, header_style) for col in columns], *rows]:
        parts = [_fold(c, sizes[i]) if columns[i].fold else [c] for i, c in enumerate(row)]
        for k in range(max(len(p) for p in parts)):
            texts = []
            for i, part in enumerate(parts):
                c = part[k] if k < len(part) else ()
                room = " " * max(0, sizes[i] - _width(c))
                body = "".join(paint(value, style) for value, style in c)
                texts.append(room + body if columns[i].right else body + ("" if i == last else room))
            out.append(" ".join(texts).rstrip(" "))
    return out
