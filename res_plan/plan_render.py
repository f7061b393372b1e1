"""The YAML text of plan files, shared partner files and the national calendar.

One renderer for `res-plan init` (a template, or a region's plan) and for the shipped files
in regions/ (scripts/gen_regions.py): a region file from `init` and the shipped one differ
only in today, the include paths and the schema path. The text is written line by line, not
dumped, so that every fact can carry the comment that says where it comes from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from res_plan.region_records import RegionData, RegionRecord

CALENDAR_FILE = "kalender-nl.yaml"
SCHEMA_NAME = "plan.schema.json"
SHARED_SCHEMA_NAME = "shared.schema.json"
DEFAULT_SCHEMA_REF = "../schema/plan.schema.json"

_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .()/'-]*$")
_YAML_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def scalar(text: str) -> str:
    """A YAML scalar that reads back as the same text inside a flow mapping or list."""
    if _PLAIN.match(text) and not text.endswith(" ") and text.lower() not in _YAML_WORDS \
            and not re.fullmatch(r"[\d.+-]+|\d{4}-\d\d-\d\d", text):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(mapping: dict[str, Any]) -> str:
    parts = []
    for key, value in mapping.items():
        if isinstance(value, bool):
            shown = "true" if value else "false"
        elif isinstance(value, int):
            shown = str(value)
        elif isinstance(value, (list, tuple)):
            shown = "[" + ", ".join(scalar(str(v)) for v in value) + "]"
        elif isinstance(value, date):
            shown = value.isoformat()
        elif key in ("date", "from", "to", "until") or re.fullmatch(r"\d+(wd|d|w|m)", str(value)):
            shown = str(value)
        else:
            shown = scalar(str(value))
        parts.append(f"{key}: {shown}")
    return "{" + ", ".join(parts) + "}"


def comment(lines: Sequence[str], indent: int = 0, width: int = 100) -> list[str]:
    """YAML comment lines, long ones wrapped at word boundaries (YAML examples are kept whole)."""
    pad = " " * indent
    out = []
    for line in lines:
        stripped = line.lstrip()
        if len(pad) + 2 + len(line) <= width or stripped.startswith("- {"):
            out.append(f"{pad}# {line}".rstrip())
            continue
        lead = line[: len(line) - len(stripped)]
        hang = lead + ("  " if stripped.startswith("- ") else "")
        out += [f"{pad}# {part}" for part in _wrap(stripped, lead, hang, width - len(pad) - 2)]
    return out


def default_deadline(today: date) -> date:
    """The day after the next biennial 1 July on or after today (the Voortgangsdocument,
    1 July 2023, 2025, 2027, 2029; docs/sources.md §4 and §5.0, vng.nl): decisions must be taken
    strictly before the deadline. The same date as the `voortgangsrapportage` kind's default."""
    from res_plan.decision_kinds import next_voortgang_deadline

    return next_voortgang_deadline(today)


def next_voortgang(today: date) -> date:
    """1 July of the next odd year on or after today: the due date of the Voortgangsdocument."""
    return date.fromordinal(default_deadline(today).toordinal() - 1)


# --- shared files --------------------------------------------------------------------------

def _schema_line(ref: str) -> str:
    return f"# yaml-language-server: $schema={ref}"


def calendar_entries(data: RegionData, indent: int) -> list[str]:
    """The `elections:` and `recess:` lists of the national calendar, with their comments."""
    cal = data.calendar
    pad = " " * indent
    out = [f"{pad}elections:"]
    for e in cal.elections:
        out += comment(e.comment, indent + 2)
        out.append(f"{pad}  - " + flow(e.entry()))
    out += comment(cal.elections_missing, indent + 2)
    out.append(f"{pad}recess:")
    out += comment(cal.recess_comment, indent + 2)
    for r in cal.recess:
        out.append(f"{pad}  - " + flow({"name": r.name, "from": r.from_, "to": r.to, "bodies": r.bodies}))
    return out


def calendar_file_text(data: RegionData) -> str:
    lines = [
        _schema_line(f"../../schema/{SHARED_SCHEMA_NAME}"),
        "# National calendar, included by every region plan: election windows and the summer recess.",
        "# Public holidays are built into res-plan (calendar.holidays, default NL) and are not listed.",
        "# Sources: scripts/data/calendar.yaml and docs/sources.md §3 and §10.",
        "",
        "calendar:",
        *calendar_entries(data, 2),
    ]
    return "\n".join(lines) + "\n"


def _partner_sources(data: RegionData, pid: str) -> list[str]:
    entry = data.shared[pid]
    lines = [f"{entry.name}: named as a partner of RES {', '.join(entry.regions)}"
             + (f" (and of {', '.join(entry.other_regions)}, regions without a plan file: membership not "
                "verified, see regions/README.md)" if entry.other_regions else "") + "."]
    lines.append("Source: scripts/data/regions.yaml, per region (its sources are listed with each entry).")
    if entry.comment:
        lines.append(f"Note: {entry.comment}.")
    return lines


def partner_line(pid: str, name: str, kind: str) -> str:
    return "  - " + flow({"id": pid, "name": name, "kind": kind})


def shared_partner_text(data: RegionData, pid: str) -> str:
    entry = data.shared[pid]
    lines = [
        _schema_line(f"../../schema/{SHARED_SCHEMA_NAME}"),
        *comment(_partner_sources(data, pid)),
        "",
        "partners:",
        partner_line(pid, entry.name, entry.kind),
    ]
    return "\n".join(lines) + "\n"


# --- the plan ------------------------------------------------------------------------------

_TEMPLATE_PARTNERS = [
    ("gemeente-a", "Gemeente A", "gemeente"),
    ("gemeente-b", "Gemeente B", "gemeente"),
    ("provincie", "Provincie", "provincie"),
    ("waterschap", "Waterschap", "waterschap"),
]


def _header(r: RegionRecord | None, today: date, pin_today: bool) -> list[str]:
    if r is None:
        return [
            "New RES region plan: replace the example partners with the partners of your region,",
            "add their meeting calendars where you know them, and run `res-plan check` on this file.",
            "Keys: SPEC §2 (your editor completes them from the schema named on the first line).",
            "Built-in procedures and their lead times: `res-plan procedures`.",
        ]
    name = r.name + (f" ({r.alt_name})" if r.alt_name else "")
    lines = [
        f"RES {name}: plan toward the Voortgangsdocument {next_voortgang(today).year} and a Herijking of the RES.",
        "",
        "What is real (scripts/data/regions.yaml):",
        f"  - the {len(r.gemeenten)} gemeenten and the provincie, waterschap and netbeheerder partners below:",
        "    membership verified by RES sources; a dated snapshot (mostly 2019-2021)",
    ]
    if r.res1_twh:
        lines.append(f"  - RES 1.0 offer: {r.res1_twh} TWh (scripts/data/regions.yaml)")
    if r.notes:
        lines.append(f"  - context: {r.notes}")
    lines += [
        "  - status: the sources record no adoption of a RES 2.0 or Herijking for this region, so both",
        "    are planned below as open; once one is adopted, add its date and source under `done:`",
    ]
    lines.append("  - sources:")
    lines += [f"      {url}" for url in r.sources]
    lines += [
        "What is a planning choice, not a fact:",
        "  - the lead times: the built-in defaults (`res-plan procedures`), several of them assumptions;",
        "    the drafting times of the two concepts are assumptions",
        "  - the stuurgroep: every region has one of gemeenten, provincie and waterschap(pen)",
        "    (docs/sources.md §5.1); its exact name here is generic",
    ]
    if pin_today:
        lines += [
            f"  - today is pinned to {today.isoformat()} so the answer does not change by the day; delete it",
            "    (or run `res-plan check --today YYYY-MM-DD`) to plan from another date",
        ]
    return lines


def _wrap(text: str, first: str, rest: str, width: int = 94) -> list[str]:
    words, lines, line = text.split(), [], first
    for word in words:
        if len(line) + len(word) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = rest
        line += word + " "
    lines.append(line.rstrip())
    return lines


def _include_lines(data: RegionData, r: RegionRecord, shared_ref: str) -> list[str]:
    out = ["include:"]
    out.append(f"  - {shared_ref}/{CALENDAR_FILE}".ljust(46)
               + "# Kieswet election and formation windows, zomerreces")
    for pid in r.shared_ids:
        kind = data.shared[pid].kind
        note = f"# {kind}"
        if kind == "netbeheerder" and r.netbeheerder_note:
            note += f": {r.netbeheerder_note}"
        out.append(f"  - {shared_ref}/{pid}.yaml".ljust(46) + note)
    return out


def _partner_lines(data: RegionData, r: RegionRecord | None, inline_shared: bool) -> list[str]:
    out = ["partners:"]
    if r is None:
        out += comment(["Examples: replace them (ids: lowercase letters, digits and '-').",
                        "kind: gemeente | provincie | waterschap | regio | netbeheerder | rijk | other"], 2)
        out += [partner_line(*p) for p in _TEMPLATE_PARTNERS]
        out.append(partner_line("res", "Stuurgroep RES", "regio"))
        out += comment(["Meeting calendars, where known (a list of dates or an rrule), e.g.:",
                        "- id: gemeente-a",
                        "  ...",
                        "  meetings:",
                        "    raad: {rrule: \"FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1\"}"], 2)
        return out
    for pid, name in r.gemeenten:
        meetings = r.meetings.get(pid)
        if meetings is None:
            out.append(partner_line(pid, name, "gemeente"))
            continue
        out += [f"  - id: {pid}", f"    name: {scalar(name)}", "    kind: gemeente", "    meetings:"]
        out += comment(meetings.comment, 6)
        for body, rule in meetings.bodies.items():
            out.append(f"      {body}: {{rrule: \"{rule}\"}}")
    if inline_shared:
        out += comment(["Shared partners (in the repository: regions/_shared/<id>.yaml):"], 2)
        for pid in r.shared_ids:
            entry = data.shared[pid]
            out.append(partner_line(pid, entry.name, entry.kind))
    for pid, name in r.others:
        out.append(partner_line(pid, name, "other") + "   # other_partners in scripts/data/regions.yaml")
    out.append(partner_line("res", f"Stuurgroep RES {r.name}", "regio"))
    out += comment(r.gaps, 2)
    if r.missing:
        out += ["", "missing_partners:                # check warns that their decisions are missing"]
        out += [f"  - {flow({'kind': m.kind, 'count': m.count, 'note': m.note})}" for m in r.missing]
    return out


def _decision_lines(r: RegionRecord | None, due: date) -> list[str]:
    year = due.year
    brabant = r is not None and r.provincial_adopter == "gs"
    out = [
        "decisions:",
        "  # --- Voortgangsdocument " + str(year) + " " + "-" * 62,
        f"  # Due 1 July {year}: every two years (1 July 2023, 2025, 2027, 2029) a voortgangsdocument,",
        "  # adopted by the colleges, GS and DB's and sent to raad, PS and AB for information; no",
        "  # plan-MER needed (docs/sources.md §2.4, §4, §5.0; vng.nl \"doorontwikkeling van de RES\").",
        "  - id: voortgang-concept",
        f"    title: Concept Voortgangsdocument RES {year} (stuurgroep)",
        "    by: res.stuurgroep",
        "    lead: 12w                      # assumption: drafting and regional alignment; no source",
        "  - id: voortgangsrapportage",
        f"    title: Voortgangsdocument RES {year}",
        "    kind: voortgangsrapportage     # every gemeente, provincie and waterschap: procedure",
        "                                   # voortgangsrapportage (adopted, then sent for information);",
        f"                                   # deadline {default_deadline(due).isoformat()} (day after 1 July {year})",
        "    after: [voortgang-concept]",
        "  # --- Herijking " + "-" * 76,
        "  # The Herijking (RES 2.0, 3.0, ...) has no fixed rhythm; NP RES advises adopting it only after",
        "  # every representative body has agreed to it (docs/sources.md §5.0). It is often plan-MER-plichtig",
        "  # (docs/sources.md §2.4): this plan assumes it is not. If it is, give the herijking decision",
        "  # below the line `procedure: plan-mer`: each partner's adoption then follows the plan-m.e.r.",
        "  # route (about 74 weeks of default leads: `res-plan procedures plan-mer`), and the deadline",
        "  # cannot then be met.",
        "  - id: herijking-concept",
        "    title: Concept Herijking RES (stuurgroep)",
        "    by: res.stuurgroep",
        "    lead: 12w                      # assumption (the example lead of SPEC §2); no source",
        "  - id: herijking",
        "    title: Vaststelling Herijking RES",
    ]
    if brabant:
        assert r is not None
        province = r.provinces[0]
        out += [
            "    kind: herijking                # adoption by raad and AB (besluit-volksvertegenwoordiging)",
            "    # Not the provincie: in Noord-Brabant GS, not PS, adopted the RES (see herijking-provincie).",
            "    for_each: [gemeente, waterschap]",
            "    after: [herijking-concept]",
            "  - id: herijking-provincie",
            "    title: Vaststelling Herijking RES door Gedeputeerde Staten",
            *comment(_wrap(r.adopter_source + "; so GS decides here, as a plain executive decision.", "", ""), 4),
            f"    partner: {province}",
            "    procedure: besluit-bestuur",
            "    after: [herijking-concept]",
        ]
    else:
        note = "raad, PS and AB adopt (besluit-volksvertegenwoordiging), then the stuurgroep (herijking-regionaal)"
        if r is not None:
            note += "; PS: " + r.adopter_source
        out += ["    kind: herijking"]
        out += comment(_wrap(note, "", ""), 4)
        out += ["    after: [herijking-concept]"]
    return out


def region_text(data: RegionData, rid: str | None, *, today: date, pin_today: bool, schema_ref: str,
                shared_ref: str | None) -> str:
    """A plan file for region `rid` (None: the template). `shared_ref` is the path from the
    file's folder to regions/_shared for include lines, or None to write shared partners and
    the national calendar inline."""
    due = next_voortgang(today)
    deadline = default_deadline(today)
    r = data.regions[rid] if rid is not None else None
    region_id = rid or "mijn-regio"
    region_name = f"RES {r.name}" if r is not None else "Mijn RES-regio"
    lines = [_schema_line(schema_ref)]
    if schema_ref == DEFAULT_SCHEMA_REF and shared_ref is None:
        lines += comment(["(the schema path assumes this file lies in regions/ of a repository with",
                          "schema/plan.schema.json; `res-plan schema > plan.schema.json` writes the schema)"])
    lines += comment(_header(r, today, pin_today))
    lines += [
        "",
        "version: 1",
        f"region: {flow({'id': region_id, 'name': region_name})}",
        f"# Due date of the Voortgangsdocument {due.year}: 1 July {due.year} (scripts/data/calendar.yaml",
        "# res_milestones, vng.nl; biennial rhythm, may be overtaken by the Motie Erkens, docs/sources.md",
        "# §4). Decisions must be taken strictly before the deadline, hence the day after. The Herijking",
        "# aims at the same date.",
        f"deadline: {deadline.isoformat()}",
        f"today: {today.isoformat()}" if pin_today
        else "# today: YYYY-MM-DD            # optional; default: the system date",
        "",
    ]
    if r is not None and shared_ref is not None:
        lines += _include_lines(data, r, shared_ref) + [""]
    else:
        lines += ["calendar:", "  holidays: NL                     # public holidays of the `holidays` package"]
        if r is not None:
            lines += comment([f"National calendar (in the repository: regions/_shared/{CALENDAR_FILE}):"], 2)
        lines += calendar_entries(data, 2) + [""]
    lines += _partner_lines(data, r, inline_shared=r is not None and shared_ref is None) + [""]
    lines += _decision_lines(r, due)
    return "\n".join(lines) + "\n"
