"""Sentences of the schedule's findings: late, no date possible, done late (SPEC §5)."""

from __future__ import annotations

EN: dict[str, str] = {
    "late": "{id}: earliest {earliest} is after latest {latest} (slack {slack} working days)",
    "no-date": "{id}: no date possible: {reason}",
    "done-late": "{id}: done on {done}, after its latest possible date {bound}",
    "done-in-future": "{id}: done on {done}, after today {today}: it cannot have been taken yet; correct the date "
                      "under done:, or move the decision to started: if it is under way",
    "no-earliest-pred": "predecessor {pred} has no earliest date",
    "no-eligible-after": "{body} has no eligible day on or after {date} (meeting calendar runs out, or a recess or "
                         "election window covers the rest)",
    "no-latest-succ": "successor {succ} has no latest date",
    "no-eligible-before": "{body} has no eligible day on or before {date} (no meeting early enough)",
    "beyond-horizon": "the dates run beyond the years 1900-2399",
    "after-deadline": "today {today} is not before the deadline {deadline}: every open decision is late",
}

NL: dict[str, str] = {
    "late": "{id}: vroegst {earliest} ligt na uiterlijk {latest} (speling {slack} werkdagen)",
    "no-date": "{id}: geen datum mogelijk: {reason}",
    "done-late": "{id}: genomen op {done}, na de uiterste datum {bound}",
    "done-in-future": "{id}: genomen op {done}, na vandaag {today}: dat kan nog niet; verbeter de datum onder done:, "
                      "of zet het besluit onder started: als het in voorbereiding is",
    "no-earliest-pred": "voorganger {pred} heeft geen vroegste datum",
    "no-eligible-after": "{body} heeft geen geschikte dag op of na {date} (vergaderkalender loopt af, of een reces "
                         "of verkiezingsperiode dekt de rest)",
    "no-latest-succ": "opvolger {succ} heeft geen uiterste datum",
    "no-eligible-before": "{body} heeft geen geschikte dag op of voor {date} (geen vergadering vroeg genoeg)",
    "beyond-horizon": "de datums vallen buiten de jaren 1900-2399",
    "after-deadline": "vandaag {today} ligt niet voor de deadline {deadline}: elk open besluit is te laat",
}
