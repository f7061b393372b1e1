"""What many rows of the Gantt picture draw alike, drawn once: a body's meeting ticks and the
shading of the windows binding it. Each row shows the shared drawing through a nested SVG
viewport over its own span (`through`), which clips it, so a 10,000-row plan does not carry
a tick per meeting day per row. The drawings carry their colours as attributes: content
reached through `<use>` does not match the page's `.gantt …` rules in every browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from res_plan.timeline.gantt import Axis
    from res_plan.timeline.view import Entry, WindowEntry

TICK = 'stroke="#1d3f63" stroke-width="1" opacity=".55"'
SHADE = 'fill="#fbe7a6" opacity=".75"'


class Shared:
    def __init__(self, axis: Axis, row_h: int) -> None:
        self.axis, self.row_h = axis, row_h
        self._meetings: dict[str | None, set[int]] = {}  # deciding body -> its meeting days on any row
        self._windows: dict[tuple[tuple[int, int], ...], str] = {}  # window spans -> drawing id
        # id of a row's window list -> (the list, kept so that its id stays its own; its spans)
        self._spans: dict[int, tuple[list[WindowEntry], tuple[tuple[int, int], ...]]] = {}

    def meetings_of(self, entry: Entry) -> str:
        """The id of the drawing of the entry's body's meeting days (they depend on the body only)."""
        body = entry.row.by
        self._meetings.setdefault(body, set()).update(entry.meetings)
        return f"meet-{list(self._meetings).index(body) + 1}"

    def windows_of(self, entry: Entry) -> str:
        # Rows whose body the same windows bind share one list: its spans are written out once.
        spans = self._spans.get(id(entry.windows))
        if spans is None:
            spans = self._spans[id(entry.windows)] = (entry.windows, tuple((w.lo, w.hi) for w in entry.windows))
        return self._windows.setdefault(spans[1], f"win-{len(self._windows) + 1}")

    def through(self, ref: str, x0: float, x1: float, y: float) -> str:
        """The shared drawing `ref`, seen only between x0 and x1 of the row at y."""
        width = round(x1 - x0, 1)
        if width <= 0:
            return ""
        return (f'<svg x="{x0}" y="{y}" width="{width}" height="{self.row_h}" '
                f'viewBox="{x0} 0 {width} {self.row_h}" overflow="hidden"><use href="#{ref}"/></svg>')

    def defs(self) -> str:
        axis, h, out = self.axis, self.row_h, []
        for n, days in enumerate(self._meetings.values(), 1):
            ticks = "".join(f'<line class="meeting" x1="{x}" y1="5" x2="{x}" y2="{h - 5}" {TICK}/>'
                            for x in (axis.x(d + 0.5) for d in sorted(days) if axis.holds(d)))
            out.append(f'<g id="meet-{n}">{ticks}</g>')
        for spans, ref in self._windows.items():
            shades = [f'<rect class="window-row" x="{x0}" y="0" width="{width}" height="{h}" {SHADE}/>'
                      for x0, width in _shades(spans, axis)]
            out.append(f'<g id="{ref}">{"".join(shades)}</g>')
        return ('<svg class="gantt-defs" width="0" height="0" style="position:absolute" aria-hidden="true">'
                f'<defs>{"".join(out)}</defs></svg>')


def _shades(spans: tuple[tuple[int, int], ...], axis: Axis) -> list[tuple[float, float]]:
    """The x and width of each window's shading, at least 2 wide; shadings that overlap on the
    page drawn as one, so that thousands of windows on a long axis are not thousands of
    rectangles in every row that shows them."""
    drawn: list[tuple[float, float]] = []
    for lo, hi in sorted(spans):
        if hi >= axis.lo and lo < axis.hi:
            x0, x1 = axis.x(max(lo, axis.lo)), axis.x(min(hi + 1, axis.hi))
            width = max(round(x1 - x0, 1), 2)
            if drawn and x0 < drawn[-1][0] + drawn[-1][1]:  # starts inside the previous shading
                start, was = drawn[-1]
                drawn[-1] = (start, round(max(was, x0 + width - start), 1))
            else:
                drawn.append((x0, width))
    return drawn
