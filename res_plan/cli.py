"""The command line: parses arguments, calls one command module, maps outcomes to exit codes."""

from __future__ import annotations

import gc
import re
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from res_plan import __version__, cli_startup

if TYPE_CHECKING:
    from res_plan.durations import Duration

cli_startup.direct_coercion()

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Decision-timeline planner for the Dutch Regional Energy Strategies (RES).",
)


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    github_summary = "github-summary"
    junit = "junit"


class FailOn(str, Enum):
    late = "late"
    invalid = "invalid"


class Lang(str, Enum):
    en = "en"
    nl = "nl"


DelayOption = Annotated[list[str] | None, typer.Option(
    "--delay", metavar="ID=DURATION",
    help="What-if: give a decision (or every instance/step the reference names) more lead, "
         "e.g. --delay herijking@ede.besluit=4w. Repeatable.")]


def _parse_date(value: str | None, option: str, lang: Lang | None = None) -> date | None:
    """A date option: YYYY-MM-DD within the years a plan file may hold, else a usage error naming the option."""
    if value is None:
        return None
    from res_plan.workdays import HORIZON_HI, HORIZON_LO

    first, last = date.fromordinal(HORIZON_LO), date.fromordinal(HORIZON_HI)
    found = re.fullmatch(r"([0-9]{4,})-([0-9]{2})-([0-9]{2})", value)  # as a plan file writes a date
    key = "opt-not-a-date"
    if found is not None:
        key = "opt-date-outside"
        if first.year <= int(found[1]) <= last.year:
            try:
                return date(int(found[1]), int(found[2]), int(found[3]))
            except ValueError:
                key = "opt-not-a-date"  # such as 2024-02-30
    from res_plan.messages import pick_language, text

    said = text(pick_language(lang.value if lang else None), key, value=value, first=first, last=last)
    raise typer.BadParameter(said, param_hint=f"'{option}'")


def _parse_delays(values: list[str] | None) -> list[tuple[str, Duration]]:
    if not values:
        return []
    from res_plan.whatif import parse_delay

    try:
        return [parse_delay(v) for v in values or []]
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--delay") from None


def _version(value: bool) -> None:
    if value:
        print(f"res-plan {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Schedule RES decisions backwards from the deadline and forwards from today."""


# Path arguments take readable=False: an unreadable plan is reported by the check itself, with
# its file name, in the chosen format, rather than by the option parser as a usage error.
@app.command()
def check(
    paths: Annotated[list[Path] | None,
                     typer.Argument(metavar="PATH", readable=False,
                                    help="Plan files or folders (default: regions/).")] = None,
    today: Annotated[str | None, typer.Option(metavar="DATE", help="Plan as if today were DATE (YYYY-MM-DD).")] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
    lang: Annotated[Lang | None, typer.Option(help="Language of text output (default from "
                                                 "RES_PLAN_LANG or LANG).")] = None,
    delay: DelayOption = None,
    details: Annotated[bool, typer.Option("--details", help="The decision table of every plan, also when "
                                          "several are checked (one plan always shows it).")] = False,
    min_slack: Annotated[int | None, typer.Option("--min-slack", metavar="N", min=0,
                                                  help="Warn (low-slack) on decisions with less than N working "
                                                       "days of slack.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="What makes the exit code non-zero: late "
                                            "(late or undatable decisions: 1; invalid files: 2) or invalid "
                                            "(only invalid files: 2; late plans still reported, exit 0).")
                       ] = FailOn.late,
) -> None:
    """Check plan files: every decision's earliest and latest date, slack and the critical path.

    Exit 0 when every plan is on time, 1 when a decision is late or cannot be dated
    (0 with --fail-on invalid), 2 when a file cannot be read or is invalid. In a folder,
    YAML files that are not plans (no decisions; no version with a region or deadline)
    and dotfiles are skipped.
    """
    from res_plan.commands import check as command
    from res_plan.messages import pick_language

    request = command.Request(paths or [Path("regions")], _parse_date(today, "--today", lang), format.value,
                              pick_language(lang.value if lang else None), _parse_delays(delay), details,
                              min_slack, fail_on.value)
    raise typer.Exit(command.execute(request))


@app.command()
def timeline(
    path: Annotated[Path, typer.Argument(metavar="PLAN", readable=False, help="The plan file.")],
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="Output format: table, "
                                        "markdown, csv, html, ics, json, mermaid (a Gantt for wikis) "
                                        "or xlsx (needs --output).")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE",
                                                help="Write to FILE (atomically; never "
                                                     "over the plan file) instead of stdout.")] = None,
    partner: Annotated[str | None, typer.Option(metavar="PARTNER",
                                                help="Only the decisions of this partner's bodies.")] = None,
    from_: Annotated[str | None, typer.Option("--from", metavar="DATE",
                                                 help="Only decisions whose date is on or after DATE.")] = None,
    to: Annotated[str | None, typer.Option(metavar="DATE",
                                           help="Only decisions whose date is on or before DATE.")] = None,
    today: Annotated[str | None, typer.Option(metavar="DATE", help="Plan as if today were DATE (YYYY-MM-DD).")] = None,
    lang: Annotated[Lang | None, typer.Option(help="Language of the output (default from "
                                                 "RES_PLAN_LANG or LANG).")] = None,
    delay: DelayOption = None,
) -> None:
    """Lay one plan out for a meeting: decisions by month with their latest dates, as a terminal
    table, Markdown, CSV, a printable HTML page with a Gantt chart, an iCalendar file or JSON.

    Exit 0 when the timeline was written (late decisions are in it; `check` reports them
    in its exit code), 2 when the file cannot be read or is invalid or FILE cannot be written.
    """
    from res_plan.commands import timeline as command
    from res_plan.messages import pick_language
    from res_plan.timeline import FORMATS
    from res_plan.timeline.selection import Selection

    if format not in FORMATS:
        raise typer.BadParameter(f"'{format}' is not one of {', '.join(FORMATS)}", param_hint="'--format'")
    selection = Selection(partner, _parse_date(from_, "--from", lang), _parse_date(to, "--to", lang))
    request = command.Request(path, format, pick_language(lang.value if lang else None), selection, output,
                              _parse_date(today, "--today", lang), _parse_delays(delay))
    raise typer.Exit(command.run(request))


@app.command()
def agenda(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH", readable=False, help="Plan files or folders.")],
    partner: Annotated[str, typer.Option(metavar="PARTNER", help="The partner whose bodies' decisions are listed.")],
    body: Annotated[str | None, typer.Option(metavar="BODY", help="Only this body (or role) of the partner.")] = None,
    from_: Annotated[str | None, typer.Option("--from", metavar="DATE",
                                                 help="Only decisions whose date is on or after DATE.")] = None,
    to: Annotated[str | None, typer.Option(metavar="DATE",
                                           help="Only decisions whose date is on or before DATE.")] = None,
    today: Annotated[str | None, typer.Option(metavar="DATE", help="Plan as if today were DATE (YYYY-MM-DD).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="Output format: table, "
                                        "markdown, csv, json or ics.")] = "table",
    lang: Annotated[Lang | None, typer.Option(help="Language of the output (default from "
                                                 "RES_PLAN_LANG or LANG).")] = None,
) -> None:
    """What one partner's bodies must decide, from every region: ordered by latest date and
    grouped by the meeting on or before which each must be taken, with the count per meeting.

    Exit codes as `check`: 0 every plan on time, 1 some decision late or undatable,
    2 some file cannot be read or is invalid (the other plans are still listed).
    """
    from res_plan.agenda import FORMATS
    from res_plan.agenda.view import Request
    from res_plan.commands import agenda as command
    from res_plan.messages import pick_language

    if format not in FORMATS:
        raise typer.BadParameter(f"'{format}' is not one of {', '.join(FORMATS)}", param_hint="'--format'")
    request = Request(partner, body, _parse_date(from_, "--from", lang), _parse_date(to, "--to", lang))
    raise typer.Exit(command.run(paths, request, _parse_date(today, "--today", lang), format,
                                 pick_language(lang.value if lang else None)))


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    github = "github"


@app.command()
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The old version: a plan file, or REV:PATH "
                                       "(a file at a git revision, e.g. main:regions/u16.yaml).")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The new version: a plan file or REV:PATH.")],
    today: Annotated[str | None, typer.Option(metavar="DATE", help="Plan both as if today were DATE (default: the new "
                                                 "version's today, else the system date).")] = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.text,
    lang: Annotated[Lang | None, typer.Option(help="Language of the output (default from "
                                                 "RES_PLAN_LANG or LANG).")] = None,
) -> None:
    """What changed between two versions of a plan: decisions added and removed, dates moved
    (in working days), the newly late and the no longer late, the critical path.

    Git revisions are read with `git show`; the working tree is never touched.
    Exit 0 when nothing became late, 1 when a decision became late, 2 on bad input.
    """
    from res_plan.commands import diff as command
    from res_plan.messages import pick_language

    raise typer.Exit(command.run(old, new, _parse_date(today, "--today", lang), format.value,
                                 pick_language(lang.value if lang else None)))


@app.command()
def schema(
    shared: Annotated[bool, typer.Option("--shared", help="Print the schema of a shared include file "
                                         "instead of a plan file.")] = False,
) -> None:
    """Print the JSON Schema of the plan file format (for editors and other tools)."""
    from res_plan.commands import schema as command

    raise typer.Exit(command.run("shared" if shared else "plan"))


@app.command()
def procedures(
    name: Annotated[str | None, typer.Argument(metavar="NAME", help="Show only this procedure.")] = None,
    lang: Annotated[Lang | None, typer.Option(help="Language of the labels (default from "
                                                 "RES_PLAN_LANG or LANG).")] = None,
) -> None:
    """List the built-in procedures: steps, roles, default leads, their basis and source."""
    from res_plan.commands import procedures as command
    from res_plan.messages import pick_language

    raise typer.Exit(command.run(name, pick_language(lang.value if lang else None)))


@app.command()
def init(
    region: Annotated[str | None, typer.Option(metavar="REGION", help="Start from the shipped data of this RES region "
                                                  "(e.g. noord-veluwe).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE",
                                                help="Write to FILE (never overwritten); "
                                                     "default: print to stdout.")] = None,
    today: Annotated[str | None, typer.Option(metavar="DATE",
                                              help="Plan from DATE (YYYY-MM-DD) and write it into the file "
                                                   "as today:; default: the system date, not written.")] = None,
) -> None:
    """Write a new, commented plan file to start from.

    With --region, the region's partners come from the shipped region data; when FILE lies
    beside a _shared/ folder holding the region's shared files, they are included, else
    written inline. Exit 2 when the region is unknown or FILE already exists.
    """
    from res_plan.commands import init as command

    raise typer.Exit(command.run(region, output, _parse_date(today, "--today")))


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(metavar="PLAN", readable=False, help="The plan file.")],
    decision: Annotated[str, typer.Argument(metavar="ID", help="A decision id as `check` lists it.")],
    today: Annotated[str | None, typer.Option(metavar="DATE", help="Plan as if today were DATE (YYYY-MM-DD).")] = None,
    lang: Annotated[Lang | None, typer.Option(help="Language (default from RES_PLAN_LANG or LANG).")] = None,
) -> None:
    """Why a decision has its earliest and latest dates: the binding chain both ways."""
    from res_plan.commands import explain as command
    from res_plan.messages import pick_language

    raise typer.Exit(command.run(path, decision, _parse_date(today, "--today", lang),
                                 pick_language(lang.value if lang else None)))


@app.command()
def meetings(
    path: Annotated[Path, typer.Argument(metavar="PLAN", readable=False, help="The plan file.")],
    partner: Annotated[str | None, typer.Option(metavar="PARTNER", help="Only the bodies of this partner.")] = None,
    body: Annotated[str | None, typer.Option(metavar="BODY",
                                             help="Only this body or role (raad, ps, ab, representative, "
                                                  "...).")] = None,
    from_: Annotated[str | None, typer.Option("--from", metavar="DATE",
                                              help="From DATE (default: the plan's today).")] = None,
    to: Annotated[str | None, typer.Option(metavar="DATE",
                                           help="To DATE (default: the day before the deadline).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                        help="Output format: table, csv or json.")] = "table",
    today: Annotated[str | None, typer.Option(metavar="DATE", help="Plan as if today were DATE (YYYY-MM-DD).")] = None,
    lang: Annotated[Lang | None, typer.Option(help="Language (default from RES_PLAN_LANG or LANG).")] = None,
) -> None:
    """The meeting dates of each body (listed, rrule or iCalendar file), which of them can carry a
    decision, and why the others cannot (weekend, feestdag, closed day, recess, election window).

    Exit 0 when it printed them, 2 when the plan cannot be read or is invalid, or the selection is wrong.
    """
    from res_plan.commands import meetings as command
    from res_plan.messages import pick_language

    if format not in command.FORMATS:
        raise typer.BadParameter(f"'{format}' is not one of {', '.join(command.FORMATS)}", param_hint="'--format'")
    request = command.Request(path, format, pick_language(lang.value if lang else None), partner, body,
                              _parse_date(from_, "--from", lang), _parse_date(to, "--to", lang),
                              _parse_date(today, "--today", lang))
    raise typer.Exit(command.run(request))


def _tolerant_streams() -> None:
    """A console that cannot show every character (Windows cp1252) gets `?` for an arrow or a
    dash rather than a crash; UTF-8 streams are left as they are."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main() -> None:
    # A short-lived batch process: the cyclic collector would otherwise rescan the millions of
    # small objects of a national plan again and again (half the run time at 100,000 decisions).
    gc.disable()
    _tolerant_streams()
    if "" in sys.argv[1:]:  # typer would read an empty path as ".", the current folder
        print("res-plan: an empty argument; name a file or folder (or leave it out: regions/)", file=sys.stderr)
        sys.exit(2)
    cli_startup.skip_pydantic_plugins()
    cli_startup.only_the_invoked_command(app, sys.argv)
    from res_plan import process_exit
    from res_plan.closed_pipe import PipeSafe

    if not sys.stdout.isatty():
        # Help and usage errors as plain text in a log or a pipe: no box drawing, and typer's rich
        # help (which loads a Markdown parser) costs more than the rest of `--help` together.
        app.rich_markup_mode = None
    sys.stdout = PipeSafe(sys.stdout)
    process_exit.enable()
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = process_exit.code_of(exc)
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # a bug, never bad input: say so without a traceback
        print(f"res-plan: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = 2
    process_exit.leave(code)
