"""`timeline --format csv`: one row a decision with every field of the JSON output, then
`critical`, `preparation_start` and `label` (the title as people read it: a step with its
decision's, "Vaststelling RES — besluit"); with a baseline also its dates. UTF-8 with a byte-order
mark and CRLF line ends, so that Excel opens it with the accents intact.

English (`--lang en`): comma-separated, the JSON keys as headers, for tools and Excel with
English regional settings. Dutch (`--lang nl`): semicolon-separated with Dutch headers and
ja/nee, as Excel with Dutch regional settings (decimal comma, list separator `;`) splits it;
the file holds no fractions, so the decimal sign never matters. Every text cell a spreadsheet
would run as a formula (starting with = + - @, a tab or CR) is prefixed with `'`."""

from __future__ import annotations

import csv
import io
import re

from res_plan.messages_output import CSV_BOOLEANS, CSV_HEADERS_NL
from res_plan.report.json_report import decision_dict
from res_plan.result import DecisionRow, iso
from res_plan.timeline.view import Entry, TimelineView
from res_plan.timeline.wording import ordinal_iso

BOM = "\ufeff"
JSON_FIELDS = ["id", "decision", "partner", "step", "title", "by", "done", "earliest", "latest", "slack", "late"]
BASELINE_FIELDS = ["baseline_earliest", "baseline_latest", "baseline_slack", "baseline_late"]
DELIMITERS = {"en": ",", "nl": ";"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+")


def neutralise(cell: str) -> str:
    """A cell that Excel, LibreOffice or Google Sheets would evaluate, made text (OWASP CSV injection)."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _value(value: object, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        yes, no = CSV_BOOLEANS.get(lang, CSV_BOOLEANS["en"])
        return yes if value else no
    return neutralise(str(value))


def _row(entry: Entry, baseline: dict[str, DecisionRow] | None, lang: str) -> list[str]:
    json_values = decision_dict(entry.row)  # the JSON values, ISO dates
    values: list[object] = [json_values[k] for k in JSON_FIELDS]
    values += [entry.critical, ordinal_iso(entry.ready) if entry.ready is not None else None, entry.name]
    if baseline is not None:
        base = baseline.get(entry.row.id)
        values += [iso(base.earliest), iso(base.latest), base.slack, base.late] if base else [None] * 4
    return [_value(v, lang) for v in values]


def headers(lang: str, with_baseline: bool) -> list[str]:
    keys = JSON_FIELDS + ["critical", "preparation_start", "label"] + (BASELINE_FIELDS if with_baseline else [])
    return [CSV_HEADERS_NL[k] for k in keys] if lang == "nl" else keys


def render(view: TimelineView, lang: str) -> str:
    baseline = view.result.baseline
    base_rows = {r.id: r for r in baseline.decisions} if baseline is not None else None
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITERS.get(lang, ","), lineterminator="\r\n")
    writer.writerow(headers(lang, baseline is not None))
    order = {row.id: n for n, row in enumerate(view.result.decisions)}
    for entry in sorted(view.entries, key=lambda e: order[e.row.id]):
        writer.writerow(_row(entry, base_rows, lang))
    return BOM + out.getvalue()
