"""The Gantt picture of a timeline as inline SVG: one row a decision, a preparation bar from
the start of preparation to the latest date, the earliest date as a diamond, the body's
meeting days as ticks, the critical path in its own colour, today and the deadline as
vertical lines, and recess and election windows shaded in a band on top and in the rows of
the bodies they bind. Styling lives in the page's CSS, keyed on the classes set here.

A body's meeting ticks and window shading are drawn once (`Shared`) and each row shows them
through a window onto its own bar, so the page grows with the rows, not with rows × meeting
days. A long plan charts at most MAX_ROWS decisions, the critical and late ones first; the
table beside the chart still lists them all."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date
from html import escape

from res_plan.messages import text
from res_plan.timeline.gantt_shared import Shared
from res_plan.timeline.view import Entry, TimelineView, WindowEntry
from res_plan.timeline.wording import ordinal_iso, shift_label

WIDTH = 1200
LABEL_W = 330
RIGHT = 40  # room for a shift label after the last bar
ROW_H = 20
AXIS_H = 34
LANE_H = 15
CHAR_W = 5.6  # average glyph width at the label font size, to shorten long labels
YEAR_W = 32  # room a bold year label takes on the axis
ROWS_PER_CHART = 28  # one chart to a printed A4 landscape page
MAX_ROWS = 20 * ROWS_PER_CHART  # twenty printed pages of chart; the table lists the rest
GRID_MONTHS = 12 * 30  # an axis of more months has a line every few years,
GRID_YEARS = 25  # so that at most this many year labels share the axis
MAX_BAND = 200  # windows labelled in the band over a chart (a plan has tens); the table lists the rest


def _day(value: date) -> int:
    return value.toordinal()


@dataclass(frozen=True)
class Axis:
    lo: int  # first day shown (first of a month)
    hi: int  # first day after the last one shown (first of a month)

    @classmethod
    def around(cls, start: int, end: int) -> Axis:
        first = date.fromordinal(start).replace(day=1)
        last = date.fromordinal(end)
        after = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        return cls(first.toordinal(), after.toordinal())

    def x(self, day: float) -> float:
        span = WIDTH - RIGHT - LABEL_W
        return round(LABEL_W + (day - self.lo) * span / (self.hi - self.lo), 1)

    def holds(self, day: int) -> bool:
        return self.lo <= day <= self.hi

    def months(self) -> list[date]:
        out, d = [], date.fromordinal(self.lo)
        while d.toordinal() < self.hi:
            out.append(d)
            d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return out


def _attrs(**values: object) -> str:
    return " ".join(f'{k.rstrip("_").replace("_", "-")}="{escape(str(v))}"' for k, v in values.items())


def _rect(cls: str, x0: float, x1: float, y: float, h: float, **extra: object) -> str:
    return f'<rect {_attrs(class_=cls, x=x0, y=y, width=max(round(x1 - x0, 1), 2), height=h, **extra)}/>'


def _line(cls: str, x0: float, y0: float, x1: float, y1: float, **extra: object) -> str:
    return f'<line {_attrs(class_=cls, x1=x0, y1=y0, x2=x1, y2=y1, **extra)}/>'


def _text(cls: str, x: float, y: float, body: str, **extra: object) -> str:
    return f'<text {_attrs(class_=cls, x=x, y=y, **extra)}>{escape(body)}</text>'


def _shorten(value: str, width: float) -> str:
    room = int(width / CHAR_W)
    return value if len(value) <= room else value[: max(room - 1, 1)] + "…"


def _short_name(entry: Entry, width: float) -> str:
    """The label in the room there is; a step keeps its own name and shortens its decision's."""
    row = entry.row
    if row.step is None or not row.decision_title or len(entry.name) * CHAR_W <= width:
        return _shorten(entry.name, width)
    step = f" — {row.title}"
    return _shorten(row.decision_title, max(width - len(step) * CHAR_W, 4 * CHAR_W)) + step


def _lanes(windows: list[WindowEntry], axis: Axis) -> list[int]:
    """A band lane per window so that neither shading nor label overlaps another: the lowest
    lane free at its start. The windows come sorted by start, so a lane once free stays free
    for the later ones, and two heaps find it without walking every lane per window."""
    busy: list[tuple[float, int]] = []  # (end, lane)
    free: list[int] = []
    lanes = []
    for w in windows:
        x0 = axis.x(max(w.lo, axis.lo))
        x1 = max(axis.x(min(w.hi + 1, axis.hi)), x0 + len(w.name) * CHAR_W + 4)
        while busy and busy[0][0] <= x0:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else len(busy)  # every lane so far is busy: a new one
        heapq.heappush(busy, (x1, lane))
        lanes.append(lane)
    return lanes


def _month_grid(axis: Axis, top: int, bottom: int, lang: str) -> list[str]:
    months = axis.months()
    step = 1 if len(months) <= 18 else 3 if len(months) <= 48 else 0  # 0: over four years the years suffice
    out = []
    january = next((axis.x(m.toordinal()) for m in months if m.month == 1), float(WIDTH))
    if len(months) > GRID_MONTHS:  # lines a month apart would touch: a line and a label every few years
        every = next(n for n in (1, 2, 5, 10, 25, 50, 100, 1000) if len(months) / 12 / n <= GRID_YEARS)
        months = [m for m in months if m.month == 1 and m.year % every == 0]
    for n, month in enumerate(months):
        x = axis.x(month.toordinal())
        out.append(_line("grid year" if month.month == 1 else "grid", x, top - 14, x, bottom))
        if step and n % step == 0:
            out.append(_text("month", x + 3, top - 3, text(lang, f"tl-month-short-{month.month}")))
        # the first month's year, unless the next January's label follows too close to read both
        if month.month == 1 or (n == 0 and january - x >= YEAR_W):
            out.append(_text("year", x + 3, top - 18, str(month.year)))
    return out


def _window_band(windows: list[WindowEntry], axis: Axis, top: int) -> list[str]:
    out = []
    for w, lane in zip(windows, _lanes(windows, axis), strict=False):
        x0, x1 = axis.x(max(w.lo, axis.lo)), axis.x(min(w.hi + 1, axis.hi))
        y = top + lane * LANE_H
        tip = f"{w.name}: {ordinal_iso(w.lo)} – {ordinal_iso(w.hi)}"
        out.append(f'<g class="window-band"><title>{escape(tip)}</title>'
                   f'{_rect("window", x0, x1, y + 1, LANE_H - 2)}{_text("window-label", x0 + 2, y + 11, w.name)}</g>')
    return out


def _label(entry: Entry, y: float) -> str:
    row = entry.row
    tip = f"{entry.name} ({row.id})" + (f" — {entry.body}" if entry.body else "")
    title = _short_name(entry, LABEL_W * 0.55)
    title_w = len(title) * CHAR_W * (1.12 if entry.critical else 1.0)  # critical titles are bold
    body = _shorten(entry.body, LABEL_W - 16 - title_w) if entry.body else ""
    cls = "label critical" if entry.critical else "label"
    body_span = f'<tspan class="body" dx="8">{escape(body)}</tspan>' if body else ""
    return (f'<g class="{cls}"><title>{escape(tip)}</title><text x="4" y="{y + 14}">'
            f'<tspan class="title">{escape(title)}</tspan>{body_span}</text></g>')


def _bar_classes(entry: Entry) -> str:
    classes = ["bar"]
    if entry.critical:
        classes.append("critical")
    if entry.row.done is not None:
        classes.append("done")
    elif entry.row.late:
        classes.append("late")
    return " ".join(classes)


def _diamond(cls: str, x: float, y: float) -> str:
    return f'<path class="{cls}" d="M{x} {y - 6}L{x + 5} {y}L{x} {y + 6}L{x - 5} {y}Z"/>'


def _baseline_marks(entry: Entry, axis: Axis, y: float) -> list[str]:
    base = entry.base
    if base is None or entry.moved is None:
        return []
    out = []
    if base.latest is not None and entry.moved.latest_wd and axis.holds(_day(base.latest)):
        x = axis.x(_day(base.latest) + 1)
        out.append(_line("baseline latest", x, y + 3, x, y + ROW_H - 3))
    if base.earliest is not None and entry.moved.earliest_wd and axis.holds(_day(base.earliest)):
        out.append(_diamond("baseline earliest", axis.x(_day(base.earliest) + 0.5), y + ROW_H / 2))
    return out


def _bar(entry: Entry, axis: Axis, y: float, lang: str, shared: Shared) -> list[str]:
    """Bar and markers of a dated decision; nothing for one without a date."""
    row, mid = entry.row, y + ROW_H / 2
    if row.done is not None:
        x0 = axis.x(_day(row.done))
        tip = f"{row.id}: {row.done.isoformat()}"
        return [f'<g class="decision"><title>{escape(tip)}</title>'
                f'{_rect(_bar_classes(entry), x0, axis.x(_day(row.done) + 1), y + 5, ROW_H - 10, data_id=row.id)}</g>']
    if row.earliest is None or row.latest is None:
        return []
    earliest, latest = _day(row.earliest), _day(row.latest)
    start = entry.ready if entry.ready is not None else earliest
    end = max(latest, earliest) + 1  # a late decision's bar runs on to its earliest date
    tip = f"{row.id}: {ordinal_iso(start)} → {row.latest.isoformat()}; {row.earliest.isoformat()}"
    out = [f'<g class="decision"><title>{escape(tip)}</title>',
           _rect(_bar_classes(entry), axis.x(max(start, axis.lo)), axis.x(min(end, axis.hi)), y + 4,
                 ROW_H - 8, data_id=row.id)]
    if earliest > latest:  # the part after the latest date
        out.append(_rect("overrun", axis.x(max(start, latest + 1, axis.lo)), axis.x(min(end, axis.hi)), y + 4,
                         ROW_H - 8))
    if entry.meetings:
        out.append(shared.through(shared.meetings_of(entry), axis.x(max(start, axis.lo)),
                                  axis.x(min(latest + 1, axis.hi)), y))
    out += _baseline_marks(entry, axis, y)
    if axis.holds(earliest):
        out.append(_diamond("marker earliest critical" if entry.critical else "marker earliest",
                            axis.x(earliest + 0.5), mid))
    out += _shift(entry, axis, y, axis.x(max(start, axis.lo)), axis.x(min(end, axis.hi)), lang)
    out.append("</g>")
    return out


def _shift(entry: Entry, axis: Axis, y: float, x0: float, x1: float, lang: str) -> list[str]:
    """'earliest +20 wd, latest -5 wd' beside the bar: how far the dates moved against the baseline."""
    moved = entry.moved
    if moved is None:
        return []
    parts = [f"{text(lang, key)} {shift_label(days)}"
             for key, days in (("col-earliest", moved.earliest_wd), ("col-latest", moved.latest_wd)) if days]
    if not parts:
        return []
    label = ", ".join(parts)
    if x1 + 6 + len(label) * CHAR_W <= WIDTH:
        return [_text("shift", x1 + 6, y + 14, label)]
    return [_text("shift", x0 - 6, y + 14, label, text_anchor="end")]


def _row(entry: Entry, axis: Axis, y: float, n: int, lang: str, shared: Shared) -> list[str]:
    out = [_rect("stripe" if n % 2 else "stripe odd", 0, WIDTH, y, ROW_H)]
    if any(w.hi >= axis.lo and w.lo < axis.hi for w in entry.windows):
        out.append(shared.through(shared.windows_of(entry), LABEL_W, WIDTH - RIGHT, y))
    out.append(_label(entry, y))
    bar = _bar(entry, axis, y, lang, shared)
    if not bar:
        bar = [_text("no-date", LABEL_W + 4, y + 14, text(lang, "status-no-date"))]
    return out + bar


def _vertical(cls: str, day: int, label: str, axis: Axis, top: int, bottom: int, before: bool,
              with_id: bool) -> list[str]:
    """A day line; its label below the chart, before the line or after it."""
    if not axis.lo <= day <= axis.hi:
        return []
    x = axis.x(day)
    where = {"x": x - 3, "text_anchor": "end"} if before else {"x": x + 3}
    return [f'<g class="{cls}">{_line(cls + "-line", x, top - 16, x, bottom + 4, **({"id": cls} if with_id else {}))}'
            f'<text {_attrs(class_=cls + "-label", y=bottom + 14, **where)}>{escape(label)}</text></g>']


def _chart(view: TimelineView, entries: list[Entry], first: int, axis: Axis, lang: str, shared: Shared,
           band: tuple[int, list[str]]) -> str:
    """One SVG for entries (numbered from `first`) under its own axis and the window band
    (its lanes and drawing, the same over every chart)."""
    lanes, drawn = band
    top = AXIS_H + lanes * LANE_H + 4
    bottom = top + len(entries) * ROW_H
    region = (view.result.region or {"name": view.result.file})["name"]
    title_id = f"gantt-title-{first // ROWS_PER_CHART + 1}"
    parts = [f'<svg class="gantt" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {bottom + 18}" '
             f'role="img" aria-labelledby="{title_id}">',
             f'<title id="{title_id}">{escape(text(lang, "tl-title"))}: {escape(region)}</title>']
    parts += _month_grid(axis, AXIS_H, bottom, lang)
    parts += drawn
    for n, entry in enumerate(entries, first):
        parts += _row(entry, axis, top + (n - first) * ROW_H, n, lang, shared)
    ids = first == 0  # the first chart's lines carry the ids
    parts += _vertical("today", view.today, f"{text(lang, 'today')} {ordinal_iso(view.today)}", axis, top, bottom,
                       before=view.today > view.deadline, with_id=ids)
    parts += _vertical("deadline", view.deadline, f"{text(lang, 'deadline')} {ordinal_iso(view.deadline)}", axis, top,
                       bottom, before=view.today <= view.deadline, with_id=ids)
    parts.append("</svg>")
    return "\n".join(parts)


def charted(entries: list[Entry]) -> list[Entry]:
    """The entries the chart shows: all of them, or for a long plan MAX_ROWS of them, the
    critical, late and undatable ones first, in their own order."""
    if len(entries) <= MAX_ROWS:
        return entries
    urgent = [e for e in entries if e.critical or e.status_key not in ("status-on-time", "status-done")]
    keep = {id(e) for e in urgent[:MAX_ROWS]}
    for e in entries:
        if len(keep) >= MAX_ROWS:
            break
        keep.add(id(e))
    return [e for e in entries if id(e) in keep]


def render(view: TimelineView, lang: str) -> str:
    """The chart as SVG; a long plan as several, each small enough for one printed page."""
    axis = Axis.around(view.start, max(view.end, view.deadline))
    entries = charted(view.entries)
    shared = Shared(axis, ROW_H)
    banded = view.windows[:MAX_BAND]
    band = (max(_lanes(banded, axis), default=-1) + 1, _window_band(banded, axis, AXIS_H))
    starts = range(0, max(len(entries), 1), ROWS_PER_CHART)
    charts = [_chart(view, entries[n:n + ROWS_PER_CHART], n, axis, lang, shared, band) for n in starts]
    note = []
    if len(entries) < len(view.entries):
        summary = text(lang, "tl-chart-summary", shown=len(entries), total=len(view.entries))
        note = [f'<p class="chart-summary">{escape(summary)}</p>']
    if len(banded) < len(view.windows):
        summary = text(lang, "tl-band-summary", shown=len(banded), total=f"{len(view.windows):,}")
        note.append(f'<p class="chart-summary">{escape(summary)}</p>')
    return "\n".join([*note, shared.defs(), *charts])
