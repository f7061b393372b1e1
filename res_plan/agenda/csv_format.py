"""`agenda --format csv`: one row an item with the JSON item's fields, then the meeting date
and how many decisions that meeting has. UTF-8 with a byte-order mark and CRLF line ends, so
that Excel opens it with the accents intact."""

from __future__ import annotations

import csv
import io

from res_plan.agenda.json_format import item_dict
from res_plan.agenda.view import Agenda
from res_plan.result import iso

BOM = "\ufeff"
FIELDS = ["file", "region", "region_name", "id", "title", "by", "earliest", "latest", "slack", "late", "done",
          "status", "critical", "meeting", "meeting_count"]


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render(agenda: Agenda, lang: str) -> str:
    del lang  # column names are the JSON keys, for tools and Excel alike
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for meeting in agenda.meetings:
        for item in meeting.items:
            values = item_dict(item)
            values["region"], values["region_name"] = item.region_id, item.region_name
            values["meeting"], values["meeting_count"] = iso(meeting.day), len(meeting.items)
            writer.writerow([_value(values[name]) for name in FIELDS])
    return BOM + out.getvalue()
