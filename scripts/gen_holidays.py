#!/usr/bin/env python3
"""Write res_plan/data/holidays-nl.json: the Dutch public holidays of the `holidays` package
for the years plans use, with a digest of the package's Dutch rules it was made from.

    .venv/bin/python scripts/gen_holidays.py [--check]

--check writes nothing and exits 1 when the file would change (for CI).
"""

from __future__ import annotations

import argparse
import json
import sys

from res_plan.holiday_cache import dutch_holidays_class
from res_plan.holiday_table import TABLE, rules_digest

YEARS = range(2000, 2061)


def table_text() -> str:
    nl = dutch_holidays_class()
    years = {str(y): [[d.isoformat(), str(name)] for d, name in sorted(nl(years=y).items())] for y in YEARS}
    data = {"rules": rules_digest(), "years": years}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the file would change")
    args = ap.parse_args()
    new = table_text()
    old = TABLE.read_text(encoding="utf-8") if TABLE.exists() else None
    if args.check:
        return 0 if old == new else 1
    if old != new:
        TABLE.write_text(new, encoding="utf-8")
    print(f"{TABLE}: {len(YEARS)} years", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
