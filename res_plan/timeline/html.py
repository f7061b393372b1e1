"""`timeline --format html`: one self-contained page (no scripts, no external assets) with
the Gantt picture and the table, laid out to print on A4 landscape."""

from __future__ import annotations

from html import escape

from res_plan.messages import text
from res_plan.report.plain import CRITICAL_MARK, problem_text
from res_plan.report.plain import verdict_text as verdict
from res_plan.timeline import gantt
from res_plan.timeline.view import Entry, Month, TimelineView, WindowEntry
from res_plan.timeline.wording import (
    dated,
    day_text,
    facts,
    heading,
    month_label,
    ordinal_iso,
    slack_text,
    window_bodies,
)

# A long plan's table: one table a month, each laid out only when in view, with fixed column
# widths (per cent) so that the months line up; a short plan keeps one table sized to its text.
LONG = gantt.MAX_ROWS
WIDTHS = (8, 44, 24, 8, 5, 11)  # latest, decision, by, earliest, slack, status
ROW_PX = 24  # a row's height on screen, for the room a month takes before it is laid out

CSS = """
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Segoe UI", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 13px;
       color: #1a1a1a; margin: 16px; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
.facts { color: #555; margin: 0 0 4px; }
.verdict { font-weight: bold; margin: 0 0 10px; }
.verdict.ok { color: #1b7a2f; } .verdict.late { color: #b3131b; }
svg.gantt { width: 100%; height: auto; display: block; font-size: 10.5px; }
.gantt .grid { stroke: #ddd; stroke-width: 1; } .gantt .grid.year { stroke: #999; }
.gantt .month, .gantt .year { fill: #555; } .gantt .year { font-weight: bold; }
.gantt .stripe { fill: #fff; } .gantt .stripe.odd { fill: #f5f7fa; }
.gantt .window { fill: #fdd87a; stroke: #d49b00; stroke-width: .6; }
.gantt .window-label { fill: #5c4300; font-size: 9.5px; }
.gantt .window-row { fill: #fbe7a6; opacity: .75; }
.gantt .label .title { fill: #1a1a1a; } .gantt .label .body { fill: #666; }
.gantt .label.critical .title { font-weight: bold; fill: #8a2c00; }
.gantt .bar { fill: #a6c8e6; stroke: #3a78b5; stroke-width: .8; }
.gantt .bar.critical { fill: #f59a4c; stroke: #a33d00; stroke-width: 1.4; }
.gantt .bar.late { stroke: #c0101b; stroke-width: 1.6; }
.gantt .bar.done { fill: #b9b9b9; stroke: #6b6b6b; }
.gantt .overrun { fill: #e0393e; opacity: .55; }
.gantt .meeting { stroke: #1d3f63; stroke-width: 1; opacity: .55; }
.gantt .marker.earliest { fill: #0d3b66; stroke: #fff; stroke-width: .8; }
.gantt .marker.earliest.critical { fill: #6b1d00; }
.gantt .baseline { fill: none; stroke: #666; stroke-width: 1; stroke-dasharray: 2 1.5; }
.gantt .shift { fill: #b3131b; font-size: 9.5px; font-weight: bold; }
.gantt .no-date { fill: #b3131b; font-weight: bold; }
.gantt .today-line { stroke: #1f7ac2; stroke-width: 1.4; stroke-dasharray: 4 3; }
.gantt .today-label { fill: #1f7ac2; }
.gantt .deadline-line { stroke: #c0101b; stroke-width: 2.2; }
.gantt .deadline-label { fill: #c0101b; font-weight: bold; }
svg.gantt + svg.gantt { margin-top: 14px; }
/* Charts and months out of view are not laid out until scrolled to (printing draws them all),
   so a 10,000-decision page opens as fast as its first screen. */
svg.gantt { content-visibility: auto; contain-intrinsic-size: auto 640px; }
.month-block { content-visibility: auto; }
table.long { table-layout: fixed; }  /* the months' tables line up without measuring every cell */
""" + "".join(f"table.long col:nth-child({n}) {{ width: {w}%; }}" + ("\n" if n % 3 == 0 else " ")
              for n, w in enumerate(WIDTHS, 1)) + """.month-block + .month-block thead { display: none; }
.chart { margin-bottom: 14px; }
.legend { list-style: none; padding: 0; margin: 0 0 8px; color: #444; font-size: 12px; }
.legend li { display: inline-block; margin-right: 16px; }
.legend svg { width: 22px; height: 12px; vertical-align: -1px; margin-right: 4px; }
table.timeline { border-collapse: collapse; width: 100%; }
table.timeline th, table.timeline td { text-align: left; padding: 3px 8px; border-bottom: 1px solid #e3e3e3;
                                       vertical-align: top; }
table.timeline thead th { border-bottom: 2px solid #999; }
table.timeline td.num { text-align: right; }
table.timeline td:first-child, table.timeline td:nth-child(4) { white-space: nowrap; }
table.timeline.long td:first-child, table.timeline.long td:nth-child(4) { white-space: normal; }
table.timeline tr.month th { background: #eef2f7; font-size: 14px; padding-top: 6px; }
table.timeline tr.window td { background: #fdf3cf; color: #5c4300; font-style: italic; }
table.timeline tr.critical td.decision { font-weight: bold; }
table.timeline .id { color: #666; font-family: "Liberation Mono", Consolas, monospace; font-size: 11px;
                     font-weight: normal; }
table.timeline td.status-late, table.timeline td.tl-status-became-late, table.timeline td.status-no-date
  { color: #b3131b; font-weight: bold; }
table.timeline td.status-done { color: #666; } table.timeline td.status-on-time { color: #1b7a2f; }
.mark { color: #a33d00; }
.problems li.error { color: #b3131b; } .problems li.warning { color: #8a5a00; }
@media print {
  body { margin: 0; font-size: 9pt; }
  h1 { font-size: 14pt; }
  header { break-after: avoid; }
  svg.gantt { max-height: 160mm; break-inside: avoid; }  /* one chart fits a page beside header and legend */
  svg.gantt + svg.gantt { break-before: page; }
  .chart { margin-bottom: 4mm; }
  .legend { font-size: 8pt; }
  table.timeline { font-size: 8.5pt; }
  table.timeline thead, .month-block + .month-block thead { display: table-header-group; }
  table.timeline tr { break-inside: avoid; }
}
"""

_SWATCH = '<svg viewBox="0 0 22 12" aria-hidden="true">{}</svg>'
_LEGEND = [
    ("tl-legend-bar", '<rect x="1" y="2" width="20" height="8" fill="#a6c8e6" stroke="#3a78b5"/>'),
    ("tl-legend-critical", '<rect x="1" y="2" width="20" height="8" fill="#f59a4c" stroke="#a33d00"/>'),
    ("tl-legend-earliest", '<path d="M11 0L16 6L11 12L6 6Z" fill="#0d3b66"/>'),
    ("tl-legend-meeting", '<line x1="11" y1="1" x2="11" y2="11" stroke="#1d3f63"/>'),
    ("tl-legend-late", '<rect x="1" y="2" width="20" height="8" fill="#e0393e" opacity=".55"/>'),
    ("tl-legend-window", '<rect x="1" y="1" width="20" height="10" fill="#fdd87a" stroke="#d49b00"/>'),
    ("today", '<line x1="11" y1="0" x2="11" y2="12" stroke="#1f7ac2" stroke-width="2" stroke-dasharray="3 2"/>'),
    ("deadline", '<line x1="11" y1="0" x2="11" y2="12" stroke="#c0101b" stroke-width="2.5"/>'),
]
COLUMNS = ("col-latest", "col-id", "col-by", "col-earliest", "col-slack", "col-status")


def legend(view: TimelineView, lang: str) -> str:
    items = [f"<li>{_SWATCH.format(svg)}{escape(text(lang, key))}</li>" for key, svg in _LEGEND]
    if view.result.baseline is not None:
        items.append(f"<li>{escape(text(lang, 'tl-legend-moved'))}</li>")
    return f'<ul class="legend">{"".join(items)}</ul>'


def _entry_row(entry: Entry, lang: str, statuses: dict[str, str]) -> str:
    row, moved = entry.row, entry.moved
    mark = f'<span class="mark">{CRITICAL_MARK}</span> ' if entry.critical else ""
    name = escape(entry.name)
    ident = f' <span class="id">{escape(row.id)}</span>' if row.id != entry.name else ""
    latest = day_text(row.done) if row.done is not None else dated(row.latest, moved.latest_wd if moved else None)
    earliest = "-" if row.done is not None else dated(row.earliest, moved.earliest_wd if moved else None)
    classes = "decision critical" if entry.critical else "decision"
    if row.late:
        classes += " late"
    key = entry.status_key
    # dates, slack and status words are ours (digits, '-', catalogue text): only names are escaped
    return (f'<tr class="{classes}" data-id="{escape(row.id)}"><td>{latest}</td>'
            f'<td class="decision">{mark}{name}{ident}</td><td>{escape(entry.body or "-")}</td>'
            f'<td>{earliest}</td><td class="num">{slack_text(entry)}</td>'
            f'<td class="{key}">{statuses[key]}</td></tr>')


def _window_row(window: WindowEntry, lang: str) -> str:
    return (f'<tr class="window"><td>{ordinal_iso(window.lo)}</td>'
            f'<td>{escape(window.name)} ({escape(text(lang, "tl-until"))} {ordinal_iso(window.hi)})</td>'
            f'<td>{escape(window_bodies(window, lang))}</td><td></td><td></td>'
            f'<td>{escape(text(lang, "tl-window"))}</td></tr>')


def _month(month: Month, lang: str, statuses: dict[str, str]) -> str:
    rows = [f'<tr class="month"><th colspan="{len(COLUMNS)}">{escape(month_label(month, lang))}</th></tr>']
    rows += [_entry_row(i, lang, statuses) if isinstance(i, Entry) else _window_row(i, lang) for i in month.items]
    return "<tbody>" + "\n".join(rows) + "</tbody>"


def table(view: TimelineView, lang: str) -> str:
    if not view.entries:
        return f"<p>{escape(text(lang, 'tl-empty'))}</p>"
    statuses = {key: escape(text(lang, key)) for key in {e.status_key for e in view.entries}}
    head = "<thead><tr>" + "".join(f"<th>{escape(text(lang, c))}</th>" for c in COLUMNS) + "</tr></thead>"
    if len(view.entries) <= LONG:
        body = "\n".join(_month(m, lang, statuses) for m in view.months)
        return f'<table class="timeline">{head}\n{body}\n</table>'
    cols = "<colgroup>" + "<col>" * len(COLUMNS) + "</colgroup>"  # widths in the CSS (WIDTHS)
    return "\n".join(
        f'<div class="month-block" style="contain-intrinsic-size:auto {ROW_PX * (len(m.items) + 2)}px">'
        f'<table class="timeline long">{cols}{head}{_month(m, lang, statuses)}</table></div>'
        for m in view.months)


def _footer(view: TimelineView, lang: str) -> str:
    out = []
    if view.result.critical_path:
        path = " → ".join(escape(i) for i in view.result.critical_path)
        out.append(f'<p class="critical-path"><strong>{escape(text(lang, "critical-path"))}:</strong> {path}</p>')
    if view.problems:
        file = view.result.file
        items = "".join(f'<li class="{p.severity}">{escape(problem_text(p, lang, file))}</li>' for p in view.problems)
        out.append(f'<section class="problems"><h2>{escape(text(lang, "problems"))}</h2><ul>{items}</ul></section>')
    return "\n".join(out)


_HIDDEN = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap"


def chart_summary(view: TimelineView, lang: str) -> str:
    """The chart in words for a screen reader (visually hidden; the chart section points at it)."""
    late = [e.row.id for e in view.entries if e.row.late]
    done = sum(1 for e in view.entries if e.row.done is not None)
    parts = [text(lang, "tl-chart-words", n=len(view.entries), start=ordinal_iso(view.start),
                  end=ordinal_iso(view.end), late=len(late), done=done)]
    if late:
        more = f" (+{len(late) - 20})" if len(late) > 20 else ""  # a national plan: the first, then a count
        parts.append(text(lang, "tl-chart-late", ids=", ".join(late[:20]) + more))
    if view.result.critical_path:
        parts.append(text(lang, "tl-chart-critical", path=" → ".join(view.result.critical_path)))
    return f'<p id="chart-summary" style="{_HIDDEN}">{escape(" ".join(parts))}</p>'


def render(view: TimelineView, lang: str) -> str:
    title = heading(view, lang)
    ok = "ok" if view.result.ok else "late"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header>
<h1>{escape(title)}</h1>
<p class="facts">{escape(" · ".join(facts(view, lang)))}</p>
<p class="verdict {ok}">{escape(verdict(view.result, lang))}</p>
</header>
<section class="chart" aria-describedby="chart-summary">
{chart_summary(view, lang)}
{legend(view, lang)}
{gantt.render(view, lang)}
</section>
<section class="table">
{table(view, lang)}
{_footer(view, lang)}
</section>
</main>
</body>
</html>
"""
