#!/usr/bin/env python3
"""Write regions/, regions/_shared/ and res_plan/data/regions.json from the RES domain data.

Input (copies of the domain reference data, kept beside this script):
    scripts/data/regions.yaml   - the 30 RES regions, membership, sources
    scripts/data/calendar.yaml  - election dates, derived windows, recess pattern

Output:
    res_plan/data/regions.json  - the same facts as package data, for `res-plan init --region`
    regions/<id>.yaml           - one plan per region whose membership_status is `verified`
    regions/_shared/*.yaml      - provincies, waterschappen, netbeheerders and the national
                                  calendar, each described once and included by the plans
    regions/README.md           - which regions have no file, and why

Every name comes from scripts/data/regions.yaml; every date and window from scripts/data/calendar.yaml; the few
facts taken from docs/sources.md are cited where they are used below. Run from the repository root:

    .venv/bin/python scripts/gen_regions.py [--check]

--check writes nothing and exits 1 when a file would change (for CI).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
REGIONS_DIR = ROOT / "regions"
SHARED_DIR = REGIONS_DIR / "_shared"
REGION_DATA = ROOT / "res_plan" / "data" / "regions.json"

# The date the shipped plans are computed for, and their deadline: the Voortgangsdocument
# 2027 is due 1 July 2027 (scripts/data/calendar.yaml res_milestones, vng.nl; docs/sources.md §4), and a plan
# deadline means "strictly before", so the day after.
PINNED_TODAY = date(2026, 11, 27)

# Provincial body that adopts RES documents. docs/sources.md §1.2: in Noord-Brabant Gedeputeerde
# Staten adopted RES 1.0 (GS NB on 15 June 2021 for three Brabant regions; the MRE site says
# GS adopted); other provinces had Provinciale Staten adopt. Hart van Brabant's own page says
# PS (a conflict), but that region has no file here.
PROVINCIAL_ADOPTER = {"Noord-Brabant": "gs"}
ADOPTER_SOURCE = {
    "gs": "docs/sources.md §1.2: GS Noord-Brabant adopted RES 1.0 (15 June 2021, West-Brabant, Noordoost-Brabant, "
          "Hart van Brabant; energieregiomre.nl: GS adopted for MRE)",
    "ps": "docs/sources.md §1.2: outside Noord-Brabant Provinciale Staten adopted RES 1.0 (e.g. PS Utrecht 6 Oct 2021 "
          "for U16)",
}

# Illustrative meeting cadences, only where a cadence is sourced (scripts/data/calendar.yaml
# meeting_cadence; docs/sources.md §3.4): raden commonly meet monthly (lopik.nl), colleges weekly, the
# example given being Eersel on Tuesdays. The weekday of the raad rule is an arbitrary example.
ILLUSTRATIVE_RAAD = "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1"
MEETINGS: dict[str, dict[str, Any]] = {
    "eersel": {
        "comment": [
            "ILLUSTRATIVE cadence, not Eersel's real vergaderschema: colleges meet weekly and the",
            "example given for Eersel is Tuesdays (scripts/data/calendar.yaml meeting_cadence.college, confidence",
            "medium); raden commonly meet monthly (docs/sources.md §3.4, lopik.nl) - the last Thursday is an",
            "arbitrary example day.",
        ],
        "bodies": {"college": "FREQ=WEEKLY;BYDAY=TU", "raad": ILLUSTRATIVE_RAAD},
    },
    "harderwijk": {
        "comment": [
            "ILLUSTRATIVE cadence, not Harderwijk's real vergaderschema: raden commonly meet monthly",
            "(docs/sources.md §3.4, lopik.nl); the last Thursday is the example day of",
            "example-noord-veluwe.yaml.",
        ],
        "bodies": {"raad": ILLUSTRATIVE_RAAD},
    },
}

# Local names of waterschap bodies (docs/sources.md §1.2), as comments only.
BODY_NAMES = {
    "Hoogheemraadschap van Rijnland": "its algemeen bestuur is called 'Verenigde Vergadering' "
                                      "(Waterbeheerplan 5; docs/sources.md §1.2)",
}

NETBEHEERDER_NOTES = {
    "noord-veluwe": "partner with an advisory role (scripts/data/regions.yaml; docs/sources.md §5.1)",
    "arnhem-nijmegen": "sources say Liander / Alliander (scripts/data/regions.yaml)",
}


def slug(name: str) -> str:
    text = name.lower().replace("â", "a").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def provincie_id(name: str, gemeente_ids: set[str]) -> str:
    # The gemeente Utrecht (U16) takes the id `utrecht`; the provincie gets a prefix.
    base = slug(name)
    return f"provincie-{base}" if base in gemeente_ids else base


def waterschap_name(name: str) -> str:
    return name if name.startswith(("Hoogheemraadschap", "Wetterskip", "Waterschap")) else f"Waterschap {name}"


def waterschap_id(name: str) -> str:
    base = slug(re.sub(r"^(Hoogheemraadschap( van)?|Waterschap|Wetterskip) ", "", name))
    # `rivierenland` is also a region id; the waterschap keeps its full name to avoid confusion.
    return "waterschap-rivierenland" if base == "rivierenland" else base


def second_saturday_of_july(year: int) -> date:
    day = date(year, 7, 1)
    first = day + timedelta(days=(5 - day.weekday()) % 7)
    return first + timedelta(days=7)


def build(regions_doc: dict[str, Any], calendar_doc: dict[str, Any]) -> dict[str, Any]:
    regions = regions_doc["regions"]
    verified = [r for r in regions if r["membership_status"] == "verified"]
    all_gemeente_ids = {slug(g) for r in regions for g in (r.get("gemeenten") or [])}

    shared: dict[str, dict[str, Any]] = {}

    def add_shared(pid: str, name: str, kind: str, region: dict[str, Any], comment: str | None = None) -> str:
        if region["membership_status"] != "verified":
            # A region without a file only adds a note to a partner that a plan already has.
            entry = shared.get(pid)
            if entry is not None and entry["name"] == name and entry["kind"] == kind:
                entry["other_regions"].append(region["id"])
            return pid
        entry = shared.setdefault(pid, {"name": name, "kind": kind, "regions": [], "other_regions": [],
                                        "comment": comment})
        assert entry["name"] == name and entry["kind"] == kind, (pid, name, entry)
        entry["regions"].append(region["id"])
        return pid

    out_regions: dict[str, dict[str, Any]] = {}
    # Verified regions first, so that the others can only add notes to their shared partners.
    for r in sorted(regions, key=lambda r: r["membership_status"] != "verified"):
        is_verified = r["membership_status"] == "verified"
        provinces = [add_shared(provincie_id(p, all_gemeente_ids), f"Provincie {p}", "provincie", r)
                     for p in r["provinces"]]
        waters = [add_shared(waterschap_id(w), waterschap_name(w), "waterschap", r, BODY_NAMES.get(w))
                  for w in (r.get("waterschappen") or [])]
        nets = [add_shared(slug(n), n, "netbeheerder", r) for n in (r.get("netbeheerders") or [])]
        if not is_verified:
            continue
        adopters = sorted({PROVINCIAL_ADOPTER.get(p, "ps") for p in r["provinces"]})
        assert len(adopters) == 1, r["id"]
        gaps: list[str] = []
        missing: list[dict[str, Any]] = []
        named_w = len(r.get("waterschappen") or [])
        count_w = r.get("waterschappen_count")
        if count_w and count_w > named_w:
            missing.append({"kind": "waterschap", "count": count_w - named_w,
                            "note": f"the sources speak of {count_w} waterschappen and name "
                                    + (str(named_w) if named_w else "none") + "; scripts/data/regions.yaml"})
            named = ", ".join(r.get("waterschappen") or [])
            gaps.append(f"Waterschappen: the sources speak of {count_w} waterschappen; "
                        + (f"only {named} is named" if named_w else "none is named")
                        + " (scripts/data/regions.yaml), so " + ("the other" if named_w else "they")
                        + " are not listed and get no decisions here; add them when a source names them.")
        if not nets:
            two = r["id"] == "midden-holland"
            gaps.append("Netbeheerder: none named in the sources (scripts/data/regions.yaml)"
                        + ("; the region speaks of '2 netbeheerders', names not confirmed." if two else "."))
        out_regions[r["id"]] = {
            "name": r["name"],
            "alt_name": r.get("alt_name"),
            "gemeenten": [[slug(g), f"Gemeente {g}"] for g in r["gemeenten"]],
            "gemeenten_count": r["gemeenten_count"],
            "missing": missing,
            "provinces": provinces,
            "provincial_adopter": adopters[0],
            "adopter_source": ADOPTER_SOURCE[adopters[0]],
            "waterschappen": waters,
            "netbeheerders": nets,
            "netbeheerder_note": NETBEHEERDER_NOTES.get(r["id"]),
            "others": [[slug(o), o] for o in (r.get("other_partners") or [])],
            "gaps": gaps,
            "sources": list(r.get("sources") or []),
            "notes": _corrected_notes(r),
            "res1_twh": r.get("res1_twh"),
            "meetings": {g: MEETINGS[g] for g in (slug(x) for x in r["gemeenten"]) if g in MEETINGS},
        }
        assert len(out_regions[r["id"]]["gemeenten"]) == r["gemeenten_count"], r["id"]

    # Only partners of regions with a file are written as shared files.
    shared = {k: v for k, v in shared.items() if v["regions"]}

    unverified = {}
    for r in regions:
        if r["membership_status"] == "verified":
            continue
        count = r.get("gemeenten_count")
        named = len(r.get("gemeenten") or [])
        known = len(r.get("gemeenten_known") or [])
        if named:
            missing = f"the {named} gemeenten are named, but (partly) from a non-RES source"
        elif known:
            missing = f"only {known} of {count} gemeenten named"
        else:
            missing = f"gemeenten not named in a RES source (count: {count if count else 'not stated'})"
        w_named, w_count = len(r.get("waterschappen") or []), r.get("waterschappen_count")
        if w_count and w_count > w_named:
            missing += f"; {w_named} of {w_count} waterschappen named"
        unverified[r["id"]] = {
            "name": r["name"],
            "status": r["membership_status"],
            "missing": missing,
            "notes": " ".join(str(r.get("notes") or "").split()) or None,
        }

    return {
        "regions": out_regions,
        "shared": shared,
        "calendar": national_calendar(calendar_doc),
        "unverified": unverified,
        "verified_ids": [r["id"] for r in verified],
        "total_regions": regions_doc["total_regions"],
    }


def _corrected_notes(r: dict[str, Any]) -> str | None:
    """A region's notes, with the December 2026 correction of docs/sources.md §10.6 applied."""
    notes = " ".join(str(r.get("notes") or "").split())
    if r["id"] == "noord-veluwe":  # "adopted ... on 9 July 2021" reads as "by" that date
        notes = notes.replace("PS and AB on 9 July 2021", "PS and AB by 9 July 2021")
    return notes or None


def national_calendar(doc: dict[str, Any]) -> dict[str, Any]:
    """Election windows and the summer recess, each with the comment that says what is fact."""
    # Election days and seating days are computed by res-plan from the Kieswet (`kieswet:` entries);
    # only the window lengths are chosen here. Representative bodies stop 2w before election day
    # (an assumption) until the new members are seated (statutory); executives form afterwards.
    post = doc["post_election"]
    formation = {"gemeenteraad": ("collegeformatie", "college", post["gemeente"]["suggested_window"]["after"]),
                 "provinciale-staten": ("formatie GS", "gs", post["provincie"]["suggested_window"]["after"]),
                 "waterschap": ("formatie DB", "db", post["waterschap"]["suggested_window"]["after"])}
    elected = {"gemeenteraad": ("gemeenteraadsverkiezingen", "raad"),
               "provinciale-staten": ("provinciale statenverkiezingen", "ps"),
               "waterschap": ("waterschapsverkiezingen", "ab")}
    elections: list[dict[str, Any]] = [
        {"name": name, "kieswet": kind, "bodies": [body], "before": "2w", "comment": []}
        for kind, (name, body) in elected.items()]
    elections[0]["comment"] = [
        "Election days follow from the Kieswet and are computed by res-plan for every year of the plan "
        "(`kieswet:`): kandidaatstelling on the Monday in 30 January - 5 February (art. F 1), election day the "
        "44th day after it, a Wednesday (art. J 1); the outgoing raad, PS and AB step down and the new members "
        "are seated on the Wednesday in 29 March - 4 April (art. C 4). Gemeenteraad every four years from 2022 "
        "(2026, 2030), Provinciale Staten and waterschappen every four years from 2023 (2027: Wednesday "
        "17 March, seated 31 March). Source: kiesraad.nl, \"Kieswet in het kort\", hoofdstukken C, F and J.",
        "Raad, PS and AB: no decisions from 'before' election day until the day before the new members are "
        "seated (statutory end, Kieswet C 4). 'before: 2w' is an ASSUMPTION (pre-election practice, no source; "
        "docs/sources.md §3.2, §8).",
    ]
    for i, (kind, (name, body, after)) in enumerate(formation.items()):
        elections.append({"name": name, "kieswet": kind, "formation": True, "bodies": [body], "after": after,
                          "comment": [] if i else [
            "College, GS and DB: formation windows, DERIVED, not statutory. From election day an outgoing "
            "executive takes only routine decisions (a voortgangsdocument, not a Herijking: docs/sources.md §10.1; "
            "decisions with `routine: true` or a routine kind may fall in the window) until a new one is formed. "
            f"Lengths: college {formation['gemeenteraad'][2]} (average formation 49-64 days, "
            "docs/sources.md §3.2, §7), "
            f"GS {formation['provinciale-staten'][2]} (86-163 days in 2023; scripts/data/calendar.yaml "
            "post_election.provincie.suggested_window), DB "
            f"{formation['waterschap'][2]} (an ASSUMPTION: no source for waterschap formations, "
            "scripts/data/calendar.yaml).",
        ]})
    rule = doc["suggested_recess"]["zomerreces"]
    assert rule["from"] == "second Saturday of July" and rule["to"] == "last day of August", rule
    recess = [{"name": f"zomerreces {y} (afgeleid)", "from": second_saturday_of_july(y).isoformat(),
               "to": f"{y}-08-31", "bodies": list(rule["bodies"])} for y in range(2026, 2030)]
    return {
        "elections": elections,
        "elections_missing": [],
        "recess": recess,
        "recess_comment": [
            "Zomerreces: DERIVED default, not any body's real dates (scripts/data/calendar.yaml "
            "suggested_recess; docs/sources.md "
            "§3.3): no raad/PS/AB meetings from the second Saturday of July to the last day of August; the first "
            "plenary decision after it typically falls in the second half of September. The Christmas recess "
            "(~22 Dec - ~5 Jan) is common practice but NOT verified, so it is not entered.",
        ],
    }


def region_data_text(data: dict[str, Any]) -> str:
    """The package data file, read by res_plan.region_records (keys in the order built)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def readme(data: dict[str, Any]) -> str:
    lines = [
        "# RES region plans",
        "",
        "One plan file per RES region whose membership is **verified** by RES sources",
        f"({len(data['verified_ids'])} of {data['total_regions']} regions): every gemeente is named by a RES "
        "source",
        "(`scripts/data/regions.yaml`, with the source of every entry; `docs/sources.md` §1 summarises them).",
        "",
        "- `res-plan check regions/` checks them all; `_shared/` holds the provincies, waterschappen,",
        "  netbeheerders and the national calendar that several regions include (`include:`), each",
        "  described once. Folders starting with `_` are not plans.",
        f"- The plans are pinned to `today: {PINNED_TODAY.isoformat()}` and aim at the Voortgangsdocument 2027",
        "  (due 1 July 2027; deadline 2027-07-02) and a Herijking adopted by the same date, assumed",
        "  without a plan-MER; lead times are the built-in defaults (`res-plan procedures`).",
        "- Noord-Brabant: GS, not PS, adopts for the provincie (docs/sources.md §1.2), so",
        "  `metropoolregio-eindhoven.yaml` has a separate `herijking-provincie` decision.",
        "- Election days come from the Kieswet (computed, e.g. PS and waterschappen 17 March 2027);",
        "  not entered because not verified: the Christmas recess, the real meeting schedules of the bodies",
        "  (the two rrules in the files are labelled illustrative), the names of unnamed waterschappen",
        "  and netbeheerders (each file says which).",
        "- The files are kept consistent by `scripts/gen_regions.py`; change the script or its data and",
        "  run it again (`--check` reports drift).",
        "- Membership lists are dated snapshots (mostly 2019-2021); municipal mergers since then are not",
        "  reflected.",
        "",
        "## Regions without a file",
        "",
        "Their membership is not verified, so a plan would have to guess partners. Add a file when every",
        "gemeente (and waterschap) is confirmed by a RES source.",
        "",
        "| region | status | what is missing | notes (scripts/data/regions.yaml) |",
        "|---|---|---|---|",
    ]
    for rid, r in data["unverified"].items():
        notes = (r["notes"] or "").replace("|", "/")
        lines.append(f"| {r['name']} (`{rid}`) | {r['status']} | {r['missing']} | {notes} |")
    lines += ["", "Source of the statuses: `scripts/data/regions.yaml` (`membership_status`) and "
              "docs/sources.md §1.2.", ""]
    return "\n".join(lines)


def outputs(data: dict[str, Any]) -> dict[Path, str]:
    sys.path.insert(0, str(ROOT))
    from res_plan import plan_render as render
    from res_plan.region_records import parse

    data_text = region_data_text(data)
    # The plans are rendered from the data file as written, just as `res-plan init` reads it.
    records = parse(data_text)
    files: dict[Path, str] = {REGION_DATA: data_text}
    files[SHARED_DIR / f"{render.CALENDAR_FILE}"] = render.calendar_file_text(records)
    for pid in records.shared:
        files[SHARED_DIR / f"{pid}.yaml"] = render.shared_partner_text(records, pid)
    for rid in records.regions:
        files[REGIONS_DIR / f"{rid}.yaml"] = render.region_text(
            records, rid, today=PINNED_TODAY, pin_today=True, schema_ref="../schema/plan.schema.json",
            shared_ref="_shared")
    files[REGIONS_DIR / "README.md"] = readme(data)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file would change")
    args = parser.parse_args()
    data = build(yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8")),
                 yaml.safe_load((DATA / "calendar.yaml").read_text(encoding="utf-8")))
    files = outputs(data)
    stale = [p for p, text in files.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
    expected = set(files)
    extra = [p for p in list(REGIONS_DIR.glob("*.yaml")) + list(SHARED_DIR.glob("*.yaml")) if p not in expected]
    if args.check:
        for p in stale + extra:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale or extra else 0
    SHARED_DIR.mkdir(parents=True, exist_ok=True)
    REGION_DATA.parent.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.write_text(files[p], encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)}")
    for p in extra:
        p.unlink()
        print(f"removed {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
