"""`res-plan init`: write a new, commented plan file to start from.

With --region ID the partners come from the shipped RES region data (res_plan.region_records,
the same data as regions/); without it, a template with example partners. The text comes
from res_plan.plan_render, which also renders the shipped files in regions/.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from res_plan.plan_render import CALENDAR_FILE, DEFAULT_SCHEMA_REF, SCHEMA_NAME, default_deadline, region_text
from res_plan.region_records import RegionData, shipped

EXIT_OK, EXIT_USAGE = 0, 2
LAST_DAY = date(2399, 12, 31)  # the last day a plan file may name (README, Limits)


def _find_upwards(start: Path, relative: str) -> Path | None:
    for folder in [start, *start.parents]:
        candidate = folder / relative
        if candidate.is_file():
            return candidate
    return None


def _shared_ref(data: RegionData, rid: str, folder: Path) -> str | None:
    """`_shared` when the folder of the new file holds every shared file the region needs."""
    shared = folder / "_shared"
    needed = [CALENDAR_FILE] + [f"{pid}.yaml" for pid in data.regions[rid].shared_ids]
    return "_shared" if all((shared / name).is_file() for name in needed) else None


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder, linked into place: never overwrites."""
    from res_plan.atomic import write_atomic as write

    write(path, text, exclusive=True)


def known_ids(data: RegionData) -> list[str]:
    return sorted(data.regions)


def run(region: str | None, output: Path | None, today: date | None) -> int:
    data = shipped()
    if region is not None and region not in data.regions:
        known = ", ".join(known_ids(data))
        other = data.unverified.get(region)
        if other is not None:
            print(f"res-plan init: region '{region}' ({other.name}) has no shipped data: its membership is "
                  f"not verified ({other.status}); see regions/README.md. Known regions: {known}",
                  file=sys.stderr)
        else:
            print(f"res-plan init: unknown region '{region}'. Known regions: {known}", file=sys.stderr)
        return EXIT_USAGE
    if output is not None:
        if output.is_dir():
            print(f"res-plan init: {output} is a folder; give a file name, e.g. {output / 'plan.yaml'}",
                  file=sys.stderr)
            return EXIT_USAGE
        if output.exists() or output.is_symlink():
            print(f"res-plan init: {output} already exists; not overwritten (remove it or choose another "
                  "--output)", file=sys.stderr)
            return EXIT_USAGE
        if not output.parent.is_dir():
            print(f"res-plan init: folder {output.parent} does not exist", file=sys.stderr)
            return EXIT_USAGE
    pin = today is not None
    day = today or date.today()
    if default_deadline(day) > LAST_DAY:  # the plan would be one that `check` refuses
        print(f"res-plan init: --today {day.isoformat()} gives a deadline after {LAST_DAY.isoformat()}, the last "
              "day res-plan plans in; choose an earlier date", file=sys.stderr)
        return EXIT_USAGE
    schema_ref, shared_ref = DEFAULT_SCHEMA_REF, None
    if output is not None:
        folder = output.parent.resolve()
        found = _find_upwards(folder, f"schema/{SCHEMA_NAME}")
        if found is not None:
            schema_ref = Path(os.path.relpath(found, folder)).as_posix()
        if region is not None:
            shared_ref = _shared_ref(data, region, folder)
    text = region_text(data, region, today=day, pin_today=pin, schema_ref=schema_ref, shared_ref=shared_ref)
    if output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_atomic(output, text)
    except FileExistsError:
        print(f"res-plan init: {output} already exists; not overwritten", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"res-plan init: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"res-plan init: wrote {output}; check it with: res-plan check {output}", file=sys.stderr)
    return EXIT_OK
