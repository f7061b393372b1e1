"""Every human-facing sentence of the scheduler and the reports, per language."""

from __future__ import annotations

import os

LANGS = ("en", "nl")

EN: dict[str, str] = {
    # schedule problems
    "late": "{id}: earliest {earliest} is after latest {latest} (slack {slack} working days)",
    "no-date": "{id}: no date possible: {reason}",
    "done-late": "{id}: done on {done}, after its latest possible date {bound}",
    "no-earliest-pred": "predecessor {pred} has no earliest date",
    "no-eligible-after": "{body} has no eligible day on or after {date} (meeting calendar runs out, or a recess or "
                         "election window covers the rest)",
    "no-latest-succ": "successor {succ} has no latest date",
    "no-eligible-before": "{body} has no eligible day on or before {date} (no meeting early enough)",
    "beyond-horizon": "the dates run beyond the years 1900-2399",
    "after-deadline": "today {today} is not before the deadline {deadline}: every open decision is late",
    # report labels
    "col-id": "decision", "col-by": "by", "col-earliest": "earliest", "col-latest": "latest",
    "col-slack": "slack", "col-status": "status", "col-title": "title",
    "status-on-time": "on time", "status-late": "LATE", "status-done": "done", "status-no-date": "NO DATE",
    "critical-path": "Critical path", "problems": "Problems", "no-problems": "No problems.",
    "today": "today", "deadline": "deadline", "decisions": "decisions",
    "verdict-ok": "{file}: all {n} decisions can be taken in time; least slack {slack} working days.",
    "verdict-ok-none": "{file}: all {n} decisions are done.",
    "verdict-late": "{file}: {late} of {n} decisions cannot be taken in time.",
    "verdict-invalid": "{file}: the plan cannot be read ({n} problem(s)); fix them and run again.",
    "summary": "{files} file(s) checked: {ok} on time, {late} late, {invalid} invalid.",
    "error": "error", "warning": "warning", "line": "line",
}

NL: dict[str, str] = {
    "late": "{id}: vroegst {earliest} ligt na uiterlijk {latest} (speling {slack} werkdagen)",
    "no-date": "{id}: geen datum mogelijk: {reason}",
    "done-late": "{id}: genomen op {done}, na de uiterste datum {bound}",
    "no-earliest-pred": "voorganger {pred} heeft geen vroegste datum",
    "no-eligible-after": "{body} heeft geen geschikte dag op of na {date} (vergaderkalender loopt af, of een reces "
                         "of verkiezingsperiode dekt de rest)",
    "no-latest-succ": "opvolger {succ} heeft geen uiterste datum",
    "no-eligible-before": "{body} heeft geen geschikte dag op of voor {date} (geen vergadering vroeg genoeg)",
    "beyond-horizon": "de datums vallen buiten de jaren 1900-2399",
    "after-deadline": "vandaag {today} ligt niet voor de deadline {deadline}: elk open besluit is te laat",
    "col-id": "besluit", "col-by": "door", "col-earliest": "vroegst", "col-latest": "uiterlijk",
    "col-slack": "speling", "col-status": "status", "col-title": "titel",
    "status-on-time": "op tijd", "status-late": "TE LAAT", "status-done": "genomen", "status-no-date": "GEEN DATUM",
    "critical-path": "Kritiek pad", "problems": "Problemen", "no-problems": "Geen problemen.",
    "today": "vandaag", "deadline": "deadline", "decisions": "besluiten",
    "verdict-ok": "{file}: alle {n} besluiten kunnen op tijd worden genomen; minste speling {slack} werkdagen.",
    "verdict-ok-none": "{file}: alle {n} besluiten zijn genomen.",
    "verdict-late": "{file}: {late} van {n} besluiten kunnen niet op tijd worden genomen.",
    "verdict-invalid": "{file}: het plan is niet te lezen ({n} probleem/problemen); los ze op en probeer opnieuw.",
    "summary": "{files} bestand(en) gecontroleerd: {ok} op tijd, {late} te laat, {invalid} ongeldig.",
    "error": "fout", "warning": "waarschuwing", "line": "regel",
}

CATALOGUE = {"en": EN, "nl": NL}


def text(lang: str, key: str, **params: object) -> str:
    return CATALOGUE.get(lang, EN).get(key, EN[key]).format(**params)


def english(key: str, **params: object) -> str:
    return EN[key].format(**params)


def pick_language(option: str | None) -> str:
    """SPEC §4: --lang, else RES_PLAN_LANG, else Dutch when LANG starts with nl, else English."""
    for candidate in (option, os.environ.get("RES_PLAN_LANG")):
        if candidate:
            return candidate if candidate in LANGS else "en"
    return "nl" if os.environ.get("LANG", "").lower().startswith("nl") else "en"
