"""`timeline --format xlsx`: a workbook for the meeting room, written with XlsxWriter (an
optional extra, `res-plan[xlsx]`: pure Python, no dependencies, write-only and small).

One row a decision in date order: real date cells (sorting and filters work, Excel shows
them in the reader's own date format), the header frozen with a filter on every column,
widths fitted to the content, critical rows bold on orange and late rows red. Headers and
yes/no in the language asked for; texts are written as strings, never as formulas."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from res_plan.messages import text
from res_plan.result import Status
from res_plan.timeline.view import Entry, TimelineView

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

HEADERS = ("xl-latest", "xl-label", "xl-id", "xl-by", "xl-earliest", "xl-slack", "xl-status", "xl-critical",
           "xl-preparation", "xl-done")
DATE_COLUMNS = frozenset({0, 4, 8, 9})
DATE_WIDTH = 11
MAX_WIDTH = 60
LATE = (Status.LATE, Status.BECAME_LATE, Status.NO_DATE)


class MissingWriter(Exception):
    """XlsxWriter is not installed (the `xlsx` extra)."""


def _values(entry: Entry, lang: str) -> list[object]:
    row = entry.row
    ready = date.fromordinal(entry.ready) if entry.ready is not None else None
    latest = row.done if row.done is not None else row.latest
    return [latest, entry.name, row.id, entry.body or "-", row.earliest if row.done is None else None, row.slack,
            text(lang, entry.status_key), text(lang, "xl-yes" if entry.critical else "xl-no"), ready, row.done]


def _width(value: object) -> int:
    return DATE_WIDTH if isinstance(value, date) else len(str(value)) if value is not None else 0


def _write_row(sheet: Worksheet, n: int, values: list[object], fmt: Format, date_fmt: Format) -> None:
    for col, value in enumerate(values):
        if value is None:
            sheet.write_blank(n, col, None, fmt)
        elif isinstance(value, date):
            sheet.write_datetime(n, col, value, date_fmt)
        elif isinstance(value, int):
            sheet.write_number(n, col, value, fmt)
        else:
            sheet.write_string(n, col, str(value), fmt)  # a title "=SUM(...)" stays text


def render(view: TimelineView, lang: str) -> bytes:
    try:
        import xlsxwriter
    except ImportError:
        raise MissingWriter(text(lang, "xl-missing")) from None
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    # Stamped with the plan's today, not the clock: the same plan gives the same bytes.
    book.set_properties({"created": datetime.combine(view.result.today or date(2000, 1, 1), time())})
    sheet = book.add_worksheet(text(lang, "xl-sheet"))
    head = book.add_format({"bold": True, "bottom": 1, "bg_color": "#EEF2F7"})
    styles: dict[str, dict[str, object]] = {"plain": {}, "critical": {"bold": True, "bg_color": "#FCE4D6"},
              "late": {"font_color": "#9C0006", "bg_color": "#FFC7CE"}}
    cells = {k: book.add_format(v) for k, v in styles.items()}
    dates = {k: book.add_format({**v, "num_format": "yyyy-mm-dd"}) for k, v in styles.items()}
    headers = [text(lang, h) for h in HEADERS]
    widths = [len(h) + 3 for h in headers]  # room for the filter button
    for col, header in enumerate(headers):
        sheet.write_string(0, col, header, head)
    for n, entry in enumerate(view.entries, start=1):
        values = _values(entry, lang)
        style = "late" if entry.status in LATE else "critical" if entry.critical else "plain"
        _write_row(sheet, n, values, cells[style], dates[style])
        widths = [max(w, _width(v)) for w, v in zip(widths, values, strict=True)]
    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(width + 1, MAX_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(view.entries)), len(headers) - 1)
    book.close()
    return out.getvalue()
