"""`res-plan meetings`: the meeting dates of each body, which of them can carry a decision and
why the others cannot — what a griffier checks against the vergaderschema. Exit 0 when it
printed them, 2 on bad input or a bad selection."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from res_plan.bodies import BodyError, split_key
from res_plan.hints import closest
from res_plan.meeting_days import MeetingDay, meeting_days
from res_plan.messages import text
from res_plan.pipeline import check_file
from res_plan.plan_calendar import PlanCalendar
from res_plan.result import PlanResult

EXIT_OK, EXIT_INVALID = 0, 2
FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class Request:
    path: Path
    fmt: str = "table"
    lang: str = "en"
    partner: str | None = None
    body: str | None = None
    start: date | None = None  # default: the plan's today
    end: date | None = None  # default: the day before the deadline
    today: date | None = None


class _Refused(Exception):
    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key, self.params = key, params


def run(request: Request) -> int:
    result = check_file(request.path, request.today, date.today())
    if result.invalid or result.network is None or result.today is None or result.deadline is None:
        from res_plan.report import text_report

        sys.stderr.write(text_report.render([result], request.lang))
        return EXIT_INVALID
    start = request.start or result.today
    end = request.end or date.fromordinal(result.deadline.toordinal() - 1)
    cal = result.network.calendar
    try:
        if start > end:
            raise _Refused("mt-bad-range", start=str(start), end=str(end))
        bodies = _bodies(cal, result, request)
    except _Refused as err:
        print(f"res-plan: {text(request.lang, err.key, **err.params)}", file=sys.stderr)
        return EXIT_INVALID
    days = {b: meeting_days(cal, b, start.toordinal(), end.toordinal()) for b in bodies if b in cal.meetings}
    uncalendared = [b for b in bodies if b not in cal.meetings]  # named on purpose: say how they decide
    sys.stdout.write(_render(request, cal, days, start, end, uncalendared))
    return EXIT_OK


def _bodies(cal: PlanCalendar, result: PlanResult, request: Request) -> list[str]:
    """The bodies asked for: with a meeting calendar, unless --partner and --body name one."""
    partners = cal.partners
    if request.partner is not None and request.partner not in partners:
        hint = closest(request.partner, partners)
        raise _Refused("mt-unknown-partner", partner=request.partner, path=result.file,
                       hint=text(request.lang, "did-you-mean", word=hint) if hint else "")
    chosen = [p for p in partners.values() if request.partner in (None, p.id)]
    if request.body is None:
        keys = sorted(k for k in cal.meetings if split_key(k)[0] in {p.id for p in chosen})
        if not keys:
            raise _Refused("mt-no-calendars", path=result.file)
        return keys
    keys = []
    for info in chosen:
        try:
            keys.append(f"{info.id}.{info.body(request.body)}")
        except BodyError:
            if request.partner is not None:
                raise _Refused("mt-unknown-body", partner=info.id, body=request.body,
                               bodies=", ".join(info.bodies)) from None
    if request.partner is None:  # --body alone: the bodies of that name that have a calendar
        keys = [k for k in keys if k in cal.meetings]
    if not keys:
        raise _Refused("mt-no-calendars", path=result.file)
    return keys


def _source(cal: PlanCalendar, body: str, lang: str) -> str:
    source = cal.sources.get(body)
    if source is None:
        return ""
    return text(lang, f"mt-src-{source.kind}", file=source.file or "")


def _rows(cal: PlanCalendar, days: dict[str, list[MeetingDay]]) -> list[MeetingDay]:
    return sorted((m for found in days.values() for m in found), key=lambda m: (m.day, m.body))


def _render(request: Request, cal: PlanCalendar, days: dict[str, list[MeetingDay]], start: date, end: date,
            uncalendared: list[str]) -> str:
    if request.fmt == "json":
        doc = _document(request, cal, days, start, end)
        doc["bodies"] += [{"body": b, "source": None, "file": None, "meetings": None} for b in uncalendared]
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    lang = request.lang
    rows = _rows(cal, days)
    if request.fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["date", "body", "counts", "reason", "name", "source"])
        for m in rows:
            writer.writerow([date.fromordinal(m.day).isoformat(), m.body, "yes" if m.counts else "no",
                             m.reason or "", m.name, _source(cal, m.body, lang)])
        return out.getvalue()
    notes = "".join(text(lang, "mt-no-calendar", body=b) + "\n" for b in uncalendared)
    return (_table(rows, cal, lang, start, end, list(days)) if days or not notes else "") + notes


def _table(rows: list[MeetingDay], cal: PlanCalendar, lang: str, start: date, end: date, bodies: list[str]) -> str:
    if not rows:
        return text(lang, "mt-none", bodies=", ".join(bodies), start=str(start), end=str(end)) + "\n"
    weekdays = text(lang, "mt-weekdays").split()
    head = [text(lang, f"mt-{k}") for k in ("date", "day", "body", "status", "reason", "source")]
    cells = [[date.fromordinal(m.day).isoformat(), weekdays[(m.day - 1) % 7], m.body,
              text(lang, "mt-yes" if m.counts else "mt-no"), m.name, _source(cal, m.body, lang)] for m in rows]
    widths = [max(len(r[i]) for r in [head, *cells]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [head, *cells]]
    counted = sum(1 for m in rows if m.counts)
    lines.append(text(lang, "mt-summary", counted=str(counted), dropped=str(len(rows) - counted), start=str(start),
                      end=str(end)))
    return "\n".join(lines) + "\n"


def _document(request: Request, cal: PlanCalendar, days: dict[str, list[MeetingDay]], start: date,
              end: date) -> dict[str, Any]:
    bodies = []
    for body, found in days.items():
        source = cal.sources.get(body)
        bodies.append({"body": body, "source": source.kind if source else None,
                       "file": source.file if source else None,
                       "meetings": [{"date": date.fromordinal(m.day).isoformat(), "counts": m.counts,
                                     "reason": m.reason, "name": m.name or None} for m in found]})
    return {"file": str(request.path), "from": start.isoformat(), "to": end.isoformat(), "bodies": bodies}
