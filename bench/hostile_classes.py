"""The classes of hostile and careless input beyond the file-format limits: rrules that never
yield, cycles, fan-in, misspellings, shared files, single values that once ended in an internal
error, clock-dependent rules and control characters. Each entry is the keyword arguments of a
`hostile.Case`: a name, the plan's text, what its message must say and the right exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

HEAD = "version: 1\nregion: {id: hostile, name: Hostile}\ndeadline: 2025-01-01\ntoday: 2024-01-02\n"
LINK = "symlink:"  # a side file whose text starts so is a symbolic link to the rest
ONE = "decisions:\n  - {id: a, lead: 2w}\n"
NEVER = ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4",
         "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=31", "FREQ=DAILY;BYMONTHDAY=31;BYMONTH=6;BYSETPOS=1",
         "FREQ=MONTHLY;BYDAY=5MO;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYYEARDAY=366;BYMONTH=1",
         "FREQ=WEEKLY;BYWEEKNO=53;BYMONTH=6", "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=-31"]


def _meetings(rule: str, head: str = HEAD) -> str:
    return head + f"partners:\n  - {{id: p, kind: gemeente, meetings: {{raad: {{rrule: \"{rule}\"}}}}}}\n" \
        "decisions:\n  - {id: a, by: p.raad, lead: 2w}\n"


def rrule_never() -> str:
    """Eight rrules that never yield a date, on a plan whose horizon runs to 2399."""
    partners = "".join(f"  - {{id: p{i}, kind: gemeente, meetings: {{raad: {{rrule: \"{r}\", until: 2399-12-31}}}}}}\n"
                       for i, r in enumerate(NEVER))
    return HEAD.replace("2025-01-01", "2399-01-01").replace("2024-01-02", "1900-01-02") + "partners:\n" + \
        partners + "decisions:\n  - {id: a, by: p0.raad, lead: 2w}\n"


def cycle(n: int) -> Callable[[], str]:
    def make() -> str:
        rows = "".join(f"  - {{id: d{i}, after: [d{(i + 1) % n}]}}\n" for i in range(n))
        return HEAD + "decisions:\n" + rows
    return make


def fan_in() -> str:
    """3,000 instances, each after each of 3,000 others: nine million edges if written out."""
    g = "".join(f"  - {{id: g{i}, kind: gemeente}}\n" for i in range(3000))
    w = "".join(f"  - {{id: w{i}, kind: waterschap}}\n" for i in range(3000))
    return HEAD.replace("2025-01-01", "2030-01-01") + "partners:\n" + g + w + \
        "decisions:\n  - {id: a, for_each: [gemeente], lead: 1w}\n" \
        "  - {id: b, for_each: [waterschap], after: [a], lead: 1w}\n"


def misspelt() -> str:
    rows = "".join(f"  - {{id: besluit-{i}, after: [besluit-{i}x]}}\n" for i in range(3000))
    return HEAD + "decisions:\n" + rows


def shared_big() -> dict[str, str]:
    rows = "".join(f"  - {{id: s{i}, kind: gemeente, name: Gemeente {i}}}\n" for i in range(9000))
    return {"_big.yaml": "partners:\n" + rows}


def include_ten() -> str:
    return HEAD + "include: [" + ", ".join(["_big.yaml", "./_big.yaml"] * 5) + "]\n" + ONE


def for_each_ids() -> str:
    rows = "".join(f"  - {{id: d{i}, for_each: [p], lead: 1d}}\n" for i in range(100_000))
    return HEAD.replace("2025-01-01", "2030-01-01") + "partners:\n  - {id: p, kind: gemeente}\ndecisions:\n" + rows


def dates_and_recesses() -> str:
    """20,000 listed meeting dates and 20,000 recesses, each date checked against every recess
    when asked one by one."""
    from datetime import date, timedelta

    first = date(1900, 1, 3)
    dates = ", ".join((first + timedelta(days=5 * i)).isoformat() for i in range(20_000))
    recesses = "".join(f"    - {{name: r{i}, from: {first + timedelta(days=5 * i + 1)}, "
                       f"to: {first + timedelta(days=5 * i + 2)}}}\n" for i in range(20_000))
    return HEAD.replace("2025-01-01", "2399-01-01").replace("2024-01-02", "1900-01-02") + \
        "calendar:\n  recess:\n" + recesses + \
        f"partners:\n  - {{id: p, kind: gemeente, meetings: {{raad: [{dates}]}}}}\n" \
        "decisions:\n  - {id: a, by: p.raad, lead: 2w}\n"


def partners_and_recesses() -> str:
    """3,000 partners and 20,000 recesses: every body once asked about every window."""
    from datetime import date, timedelta

    first = date(1900, 1, 3)
    recesses = "".join(f"    - {{name: r{i}, from: {first + timedelta(days=5 * i + 1)}, "
                       f"to: {first + timedelta(days=5 * i + 2)}}}\n" for i in range(20_000))
    partners = "".join(f"  - {{id: g{i}, kind: gemeente}}\n" for i in range(3_000))
    return HEAD.replace("2025-01-01", "2399-01-01").replace("2024-01-02", "1900-01-02") + \
        "calendar:\n  recess:\n" + recesses + "partners:\n" + partners + \
        "decisions:\n  - {id: a, for_each: [gemeente], by: raad, lead: 2w}\n"


def distinct_body_lists() -> str:
    """5,000 recesses, each naming `raad` and twenty colleges of its own, over 3,000 partners."""
    from datetime import date, timedelta

    first = date(1900, 1, 3)
    recesses = "".join(
        f"    - {{name: r{i}, from: {first + timedelta(days=5 * i + 1)}, to: {first + timedelta(days=5 * i + 2)}, "
        f"bodies: [raad, {', '.join(f'g{(20 * i + j) % 3000}.college' for j in range(20))}]}}\n" for i in range(5_000))
    partners = "".join(f"  - {{id: g{i}, kind: gemeente}}\n" for i in range(3_000))
    return HEAD.replace("2025-01-01", "2399-01-01").replace("2024-01-02", "1900-01-02") + \
        "calendar:\n  recess:\n" + recesses + "partners:\n" + partners + \
        "decisions:\n  - {id: a, for_each: [gemeente], by: raad, lead: 2w}\n" \
        "  - {id: b, for_each: [gemeente], by: college, lead: 2w}\n"


def herijkingen() -> str:
    """5,000 herijkingen over 9,000 partners: each once looked for the region's partner anew."""
    partners = "".join(f"  - {{id: g{i}, kind: gemeente}}\n" for i in range(9_000)) + "  - {id: reg, kind: regio}\n"
    rows = "".join(f"  - {{id: h{i}, kind: herijking, for_each: [g{i % 9_000}]}}\n" for i in range(5_000))
    return HEAD.replace("2025-01-01", "2399-01-01").replace("2024-01-02", "1900-01-02") + "partners:\n" + partners + \
        "decisions:\n" + rows


def closed_overlapping() -> str:
    """2,000 closed ranges over the same five centuries, each once walked day by day."""
    rows = "".join(f"    - {{name: c{i}, from: 1901-01-01, to: 2398-06-30}}\n" for i in range(2_000))
    return HEAD.replace("2025-01-01", "2399-01-01").replace("2024-01-02", "1900-01-02") + \
        "calendar:\n  closed:\n" + rows + ONE


def body_names() -> str:
    bodies = ", ".join(f"b{i}: [2024-03-07]" for i in range(30_000))
    return HEAD + f"partners:\n  - {{id: p, kind: gemeente, meetings: {{{bodies}}}}}\n" + ONE


def holidays(name: str) -> Callable[[], str]:
    return lambda: HEAD + f"calendar: {{holidays: {name}}}\n" + ONE


def titled(title: str) -> Callable[[], str]:
    return lambda: HEAD + f"decisions:\n  - {{id: a, title: \"{title}\", lead: 2w}}\n"


def including(name: str) -> Callable[[], str]:
    return lambda: HEAD + f"include: [\"{name}\"]\n" + ONE


def nul_include() -> dict[str, str]:
    return {"_nul.yaml": "partners:\n  - {id: x\0, kind: gemeente}\n"}


def _rule(rule: str) -> Callable[[], str]:
    return lambda: _meetings(rule)


CLASSES: list[dict[str, Any]] = [
    {"name": "rrule-never-yields-x8", "make": rrule_never, "says": "rrule"},
    {"name": "cycle-5000", "make": cycle(5000), "says": "cycle"},
    {"name": "cycle-20000", "make": cycle(20000), "says": "cycle"},
    {"name": "fan-in-3000x3000", "make": fan_in, "says": "", "exits": (0, 1)},
    {"name": "misspelt-refs-3000", "make": misspelt, "says": "unknown"},
    {"name": "shared-9000-included-10x", "make": include_ten, "says": "", "side": shared_big},
    {"name": "for_each-id-100000", "make": for_each_ids, "says": "", "exits": (0, 1), "limit_s": 5.0,
     "limit_mb": 400.0},
    {"name": "meeting-bodies-30000", "make": body_names, "says": "", "exits": (0, 1, 2)},
    {"name": "dates-x-recesses-20000", "make": dates_and_recesses, "says": "", "exits": (0, 1)},
    {"name": "timeline-html-20000-recesses", "make": dates_and_recesses, "says": "", "exits": (0,),
     "args": ("timeline", "--format", "html")},
    {"name": "bodies-lists-5000-distinct", "make": distinct_body_lists, "says": "", "exits": (0, 1)},
    {"name": "herijking-5000-x-9000-partners", "make": herijkingen, "says": "", "exits": (0, 1)},
    {"name": "closed-2000-overlapping", "make": closed_overlapping, "says": "", "exits": (0, 1)},
    {"name": "partners-x-recesses-3000x20000", "make": partners_and_recesses, "says": "", "exits": (0, 1)},
    {"name": "timeline-html-3000x20000", "make": partners_and_recesses, "says": "", "exits": (0,),
     "args": ("timeline", "--format", "html")},
    {"name": "rrule-BYDAY=9TH", "make": _rule("FREQ=MONTHLY;BYDAY=9TH"), "says": "rrule"},
    {"name": "rrule-BYDAY=53MO", "make": _rule("FREQ=YEARLY;BYDAY=53MO"), "says": "",
     "exits": (0, 2)},
    {"name": "rrule-BYEASTER=400", "make": _rule("FREQ=YEARLY;BYEASTER=400"), "says": "rrule"},
    {"name": "rrule-UNTIL=2024", "make": _rule("FREQ=WEEKLY;BYDAY=TH;UNTIL=2024"), "says": "UNTIL"},
    {"name": "rrule-BYMONTHDAY=0", "make": _rule("FREQ=MONTHLY;BYMONTHDAY=0"), "says": "BYMONTHDAY"},
    {"name": "rrule-DTSTART-inside", "make": _rule("DTSTART:20240101\\nRRULE:FREQ=WEEKLY;BYDAY=TH"),
     "says": "DTSTART"},
    {"name": "holidays-financial_holidays", "make": holidays("financial_holidays"), "says": "holidays"},
    {"name": "holidays-utils", "make": holidays("utils"), "says": "holidays"},
    {"name": "holidays-HolidayBase", "make": holidays("HolidayBase"), "says": "holidays"},
    {"name": "markup-title-text", "make": titled("[/] [SWF] x"), "says": "", "exits": (0,),
     "args": ("check", "--format", "text")},
    {"name": "markup-title-timeline", "make": titled("[/] [SWF] x"), "says": "", "exits": (0,),
     "args": ("timeline", "--format", "table")},
    {"name": "esc-title-text", "make": titled("\\e[2J\\e[H\\0x"), "says": "", "exits": (0,),
     "args": ("check", "--format", "text")},
    {"name": "include-symlink-loop", "make": including("_loop.yaml"), "says": "include",
     "side": lambda: {"_loop.yaml": LINK + "_loop.yaml"}},
    {"name": "include-with-NUL", "make": including("_nul.yaml"), "says": "", "side": nul_include},
    {"name": "include-/etc/passwd", "make": including("/etc/passwd"), "says": "include"},
    {"name": "include-../../", "make": including("../../../../../../etc/passwd"), "says": "include"},
    {"name": "--today-9999-12-31", "make": lambda: HEAD + ONE, "says": "",
     "args": ("check", "--format", "json", "--today", "9999-12-31")},
]
