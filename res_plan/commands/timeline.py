"""`res-plan timeline`: check one plan and lay it out for a meeting (table, markdown, csv,
html, ics, json); exit 0 when it produced the output, late or not (SPEC §4: lateness is
`check`'s to report), 2 on invalid input, usage or an output that cannot be written."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from res_plan.commands.check import EXIT_INVALID, EXIT_OK
from res_plan.durations import Duration
from res_plan.messages import text
from res_plan.pipeline import check_file
from res_plan.result import PlanResult
from res_plan.timeline.selection import Selection, SelectionError, check_selection


@dataclass(frozen=True)
class Request:
    path: Path
    fmt: str
    lang: str
    selection: Selection = field(default_factory=Selection)
    output: Path | None = None
    today: date | None = None
    delays: Sequence[tuple[str, Duration]] = ()  # what-if: the result then carries its baseline


def run(request: Request) -> int:
    from res_plan.timeline import BINARY

    if request.fmt in BINARY and request.output is None:  # bytes never go to a terminal or a pipe
        return _fail(text(request.lang, "xl-needs-output"))
    return show(check_file(request.path, request.today, date.today(), request.delays), request)


def show(result: PlanResult, request: Request) -> int:
    """Render a checked plan to stdout or the output file; the exit code."""
    if result.invalid or result.network is None:
        return _invalid(result, request)
    try:
        check_selection(request.selection, result.partners)
    except SelectionError as err:
        return _fail(err.wording.text(request.lang))
    from res_plan.timeline import render
    from res_plan.timeline.view import build

    terminal = request.output is None and sys.stdout.isatty()
    view = build(result, request.selection, terminal, request.lang)
    if request.fmt == "ics" and request.output is not None:
        view.previous = _previous(request.output)
    from res_plan.timeline.xlsx import MissingWriter

    try:
        content = render(request.fmt, view, request.lang)
    except MissingWriter as err:
        return _fail(str(err))
    if request.fmt == "ics" and not any(e.row.day is not None for e in view.entries):
        print(text(request.lang, "out-ics-empty"), file=sys.stderr)
    if _emit(content, request, result.included) != 0:
        return EXIT_INVALID
    return EXIT_OK


def _previous(output: Path) -> str | None:
    """The calendar the output file holds now, if any: its events' SEQUENCE and DTSTAMP carry over."""
    try:
        return output.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _invalid(result: PlanResult, request: Request) -> int:
    """The problems instead of a timeline: as JSON for `--format json`, else as `check` prints them."""
    if request.fmt == "json":
        import json

        from res_plan.timeline.json_format import document

        _emit(json.dumps(document(result), ensure_ascii=False, indent=2) + "\n", request, result.included)
    else:
        from res_plan.report import text_report

        sys.stderr.write(text_report.render([result], request.lang))
    return EXIT_INVALID


def _emit(content: str | bytes, request: Request, included: Sequence[Path] = ()) -> int:
    """Write to stdout or, atomically, to --output; 0, or EXIT_INVALID when it cannot be written."""
    if request.output is None:
        assert isinstance(content, str)  # a binary format needs --output (checked in run)
        sys.stdout.write(content)
        return 0
    from res_plan.atomic import WouldOverwriteInput, write_atomic

    try:
        write_atomic(request.output, content, inputs=[request.path, *included])
    except WouldOverwriteInput:
        return _fail(text(request.lang, "tl-output-is-input", output=str(request.output)))
    except OSError as exc:
        return _fail(text(request.lang, "tl-cannot-write", output=str(request.output),
                          reason=exc.strerror or str(exc)))
    print(f"res-plan: {text(request.lang, 'tl-written', output=str(request.output))}", file=sys.stderr)
    return 0


def _fail(message: str) -> int:
    print(f"res-plan: {message}", file=sys.stderr)
    return EXIT_INVALID
