"""`timeline --format csv`: one row a decision with every field of the JSON output, then
`critical` and `preparation_start`; with a baseline also its dates. UTF-8 with a byte-order
mark and CRLF line ends, so that Excel opens it with the accents intact."""

from __future__ import annotations

import csv
import io
from dataclasses import fields

from res_plan.report.json_report import decision_dict
from res_plan.result import DecisionRow, iso
from res_plan.timeline.view import Entry, TimelineView
from res_plan.timeline.wording import ordinal_iso

BOM = "\ufeff"
JSON_FIELDS = [f.name for f in fields(DecisionRow)]
BASELINE_FIELDS = ["baseline_earliest", "baseline_latest", "baseline_slack", "baseline_late"]


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _row(entry: Entry, baseline: dict[str, DecisionRow] | None) -> list[str]:
    values: list[object] = list(decision_dict(entry.row).values())  # the JSON values, ISO dates
    values += [entry.critical, ordinal_iso(entry.ready) if entry.ready is not None else None]
    if baseline is not None:
        base = baseline.get(entry.row.id)
        values += [iso(base.earliest), iso(base.latest), base.slack, base.late] if base else [None] * 4
    return [_value(v) for v in values]


def render(view: TimelineView, lang: str) -> str:
    del lang  # column names are the JSON keys, for tools and Excel alike
    baseline = view.result.baseline
    base_rows = {r.id: r for r in baseline.decisions} if baseline is not None else None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(JSON_FIELDS + ["critical", "preparation_start"] + (BASELINE_FIELDS if baseline else []))
    order = {row.id: n for n, row in enumerate(view.result.decisions)}
    for entry in sorted(view.entries, key=lambda e: order[e.row.id]):
        writer.writerow(_row(entry, base_rows))
    return BOM + out.getvalue()
