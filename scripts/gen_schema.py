#!/usr/bin/env python3
"""Write the published JSON Schemas from the plan model.

    schema/plan.schema.json    - `res-plan schema`          (plan files)
    schema/shared.schema.json  - `res-plan schema --shared` (shared files named in `include:`)

Run from the repository root after changing res_plan/model.py:

    .venv/bin/python scripts/gen_schema.py [--check]

--check writes nothing and exits 1 when a published file differs from the command output;
tests/test_init_schema.py makes the same check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = {"plan": ROOT / "schema" / "plan.schema.json", "shared": ROOT / "schema" / "shared.schema.json"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file would change")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from res_plan.commands.schema import render

    stale = []
    for kind, path in FILES.items():
        text = render(kind)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)} (run scripts/gen_schema.py)", file=sys.stderr)
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
