"""Every human-facing sentence of the scheduler and the reports, per language."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from res_plan.problems import Problem

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
    "new": "new", "whatif-moved": "What-if: {n} decision(s) moved (working days beside the dates).",
    "whatif-late": "Newly late: {ids}.",
    "ex-head": "{id}: earliest {earliest}, latest {latest}, slack {slack} working days.",
    "ex-why-earliest": "Why the earliest date (forward from today):",
    "ex-why-latest": "Why the latest date (backward from the deadline):",
    "ex-done": "{id} was taken on {date}.",
    "ex-no-earliest": "{id} has no earliest date (see the problems of `res-plan check`).",
    "ex-no-latest": "{id} has no latest date (see the problems of `res-plan check`).",
    "ex-ready-pred": "{id} can start once {pred} is decided ({pred_date}){gap}: from {ready}.",
    "ex-ready-today": "{id} can start today, {ready} (no predecessor binds).",
    "ex-ready-started": "{id} has been under way since {ready}.",
    "ex-gap": " plus a gap of {gap}",
    "ex-lead": "Its preparation takes {lead}, so it is ready on {date}.",
    "ex-floor-today": "It cannot be decided before today: {date}.",
    "ex-floor-not-before": "It may not be decided before {date} (not_before).",
    "ex-snap-forward": "{reason}; the first day {body} can decide is {date}.",
    "ex-snap-back": "{reason}; the last day {body} can decide before it is {date}.",
    "ex-anyone": "anyone",
    "ex-skipped-meeting": "The meeting in between cannot be used: {reason}.",
    "ex-earliest": "So the earliest date of {id} is {date}.",
    "ex-bound-succ": "{succ} must be decided by {succ_date} and needs {lead} of preparation after {id}{gap}: "
                     "so {id} by {bound}.",
    "ex-bound-done-succ": "{succ} was taken on {succ_date} and needed {lead} after {id}{gap}: so {id} by {bound}.",
    "ex-bound-deadline": "{id} must be taken before the deadline {deadline}: by {bound}.",
    "ex-bound-own-deadline": "{id} has its own deadline {deadline}: by {bound}.",
    "ex-latest": "So the latest date of {id} is {date}.",
    "why-weekend": "{date} is a weekend day", "why-holiday": "{date} is a public holiday ({name})",
    "why-closed": "{date} falls in the closed period {name}",
    "why-window": "{date} falls in {name}, when {body} does not decide",
    "why-no-meeting": "{body} has no meeting on {date}",
    # timeline
    "tl-title": "Timeline", "tl-file": "file", "tl-partner": "partner", "tl-period": "period {start} to {end}",
    "tl-no-date-group": "Without a date", "tl-until": "until", "tl-window": "no decisions",
    "tl-all-bodies": "every body", "tl-empty": "No decisions in this selection.",
    "tl-status-became-late": "LATE (was on time)",
    "tl-legend-critical": "on the critical path",
    "tl-legend-moved": "(+20 wd) = working days moved against the plan without delays",
    "tl-legend-bar": "preparation: from its start to the latest date", "tl-legend-earliest": "earliest date",
    "tl-legend-meeting": "meeting day", "tl-legend-late": "late: earliest after latest",
    "tl-legend-window": "recess or elections: no decisions",
    "tl-ics-name": "{region}: decisions", "tl-ics-summary": "latest decision: {title}",
    "tl-ics-done": "decided: {title}", "tl-ics-reminder": "{title}: the latest date is {latest}",
    "tl-bad-range": "--from {start} is after --to {end}",
    "tl-unknown-partner": "no partner '{partner}' in this plan{hint}; partners: {known}",
    "tl-output-is-input": "will not write {output}: it is the plan file; choose another --output",
    "tl-cannot-write": "cannot write {output}: {reason}", "tl-written": "wrote {output}",
    "tl-month-1": "January", "tl-month-2": "February", "tl-month-3": "March", "tl-month-4": "April",
    "tl-month-5": "May", "tl-month-6": "June", "tl-month-7": "July", "tl-month-8": "August",
    "tl-month-9": "September", "tl-month-10": "October", "tl-month-11": "November", "tl-month-12": "December",
    "tl-month-short-1": "Jan", "tl-month-short-2": "Feb", "tl-month-short-3": "Mar", "tl-month-short-4": "Apr",
    "tl-month-short-5": "May", "tl-month-short-6": "Jun", "tl-month-short-7": "Jul", "tl-month-short-8": "Aug",
    "tl-month-short-9": "Sep", "tl-month-short-10": "Oct", "tl-month-short-11": "Nov", "tl-month-short-12": "Dec",
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
    "new": "nieuw", "whatif-moved": "Wat-als: {n} besluit(en) verschoven (werkdagen naast de datums).",
    "whatif-late": "Nieuw te laat: {ids}.",
    "ex-head": "{id}: vroegst {earliest}, uiterlijk {latest}, speling {slack} werkdagen.",
    "ex-why-earliest": "Waarom de vroegste datum (vooruit vanaf vandaag):",
    "ex-why-latest": "Waarom de uiterste datum (terug vanaf de deadline):",
    "ex-done": "{id} is genomen op {date}.",
    "ex-no-earliest": "{id} heeft geen vroegste datum (zie de problemen van `res-plan check`).",
    "ex-no-latest": "{id} heeft geen uiterste datum (zie de problemen van `res-plan check`).",
    "ex-ready-pred": "{id} kan beginnen zodra {pred} is besloten ({pred_date}){gap}: vanaf {ready}.",
    "ex-ready-today": "{id} kan vandaag beginnen, {ready} (geen voorganger bepaalt het).",
    "ex-ready-started": "{id} is in voorbereiding sinds {ready}.",
    "ex-gap": " plus een tussentijd van {gap}",
    "ex-lead": "De voorbereiding duurt {lead}, dus het is klaar op {date}.",
    "ex-floor-today": "Het kan niet eerder dan vandaag: {date}.",
    "ex-floor-not-before": "Het mag niet voor {date} (not_before).",
    "ex-snap-forward": "{reason}; de eerste dag waarop {body} kan besluiten is {date}.",
    "ex-snap-back": "{reason}; de laatste dag daarvoor waarop {body} kan besluiten is {date}.",
    "ex-anyone": "iedereen",
    "ex-skipped-meeting": "De vergadering ertussen valt af: {reason}.",
    "ex-earliest": "Dus de vroegste datum van {id} is {date}.",
    "ex-bound-succ": "{succ} moet uiterlijk {succ_date} besloten zijn en heeft na {id}{gap} {lead} voorbereiding "
                     "nodig: dus {id} uiterlijk {bound}.",
    "ex-bound-done-succ": "{succ} is genomen op {succ_date} en had na {id}{gap} {lead} nodig: dus {id} uiterlijk "
                          "{bound}.",
    "ex-bound-deadline": "{id} moet voor de deadline {deadline} genomen zijn: uiterlijk {bound}.",
    "ex-bound-own-deadline": "{id} heeft een eigen deadline {deadline}: uiterlijk {bound}.",
    "ex-latest": "Dus de uiterste datum van {id} is {date}.",
    "why-weekend": "{date} valt in het weekend", "why-holiday": "{date} is een feestdag ({name})",
    "why-closed": "{date} valt in de sluiting {name}",
    "why-window": "{date} valt in {name}, wanneer {body} niet besluit",
    "why-no-meeting": "{body} vergadert niet op {date}",
    # timeline
    "tl-title": "Tijdlijn", "tl-file": "bestand", "tl-partner": "partner", "tl-period": "periode {start} t/m {end}",
    "tl-no-date-group": "Zonder datum", "tl-until": "t/m", "tl-window": "geen besluiten",
    "tl-all-bodies": "alle organen", "tl-empty": "Geen besluiten in deze selectie.",
    "tl-status-became-late": "TE LAAT (was op tijd)",
    "tl-legend-critical": "op het kritieke pad",
    "tl-legend-moved": "(+20 wd) = werkdagen verschoven ten opzichte van het plan zonder vertraging",
    "tl-legend-bar": "voorbereiding: van start tot uiterste datum", "tl-legend-earliest": "vroegste datum",
    "tl-legend-meeting": "vergaderdag", "tl-legend-late": "te laat: vroegst na uiterlijk",
    "tl-legend-window": "reces of verkiezingen: geen besluiten",
    "tl-ics-name": "{region}: besluiten", "tl-ics-summary": "uiterlijk besluit: {title}",
    "tl-ics-done": "besluit genomen: {title}", "tl-ics-reminder": "{title}: uiterlijk op {latest}",
    "tl-bad-range": "--from {start} ligt na --to {end}",
    "tl-unknown-partner": "geen partner '{partner}' in dit plan{hint}; partners: {known}",
    "tl-output-is-input": "{output} wordt niet overschreven: het is het planbestand; kies een andere --output",
    "tl-cannot-write": "kan {output} niet schrijven: {reason}", "tl-written": "{output} geschreven",
    "tl-month-1": "januari", "tl-month-2": "februari", "tl-month-3": "maart", "tl-month-4": "april",
    "tl-month-5": "mei", "tl-month-6": "juni", "tl-month-7": "juli", "tl-month-8": "augustus",
    "tl-month-9": "september", "tl-month-10": "oktober", "tl-month-11": "november", "tl-month-12": "december",
    "tl-month-short-1": "jan", "tl-month-short-2": "feb", "tl-month-short-3": "mrt", "tl-month-short-4": "apr",
    "tl-month-short-5": "mei", "tl-month-short-6": "jun", "tl-month-short-7": "jul", "tl-month-short-8": "aug",
    "tl-month-short-9": "sep", "tl-month-short-10": "okt", "tl-month-short-11": "nov", "tl-month-short-12": "dec",
}

CATALOGUE = {"en": EN, "nl": NL}


def text(lang: str, key: str, **params: object) -> str:
    return CATALOGUE.get(lang, EN).get(key, EN[key]).format(**params)


def problem_message(problem: Problem, lang: str) -> str:
    """A problem's message in a language; input errors without a template stay as written."""
    if lang == "en" or problem.template is None:
        return problem.message
    params = dict(problem.params)
    if "reason_key" in params:
        params["reason"] = text(lang, params["reason_key"], **params)
    return text(lang, problem.template, **params)


def english(key: str, **params: object) -> str:
    return EN[key].format(**params)


def pick_language(option: str | None) -> str:
    """SPEC §4: --lang, else RES_PLAN_LANG, else Dutch when LANG starts with nl, else English."""
    for candidate in (option, os.environ.get("RES_PLAN_LANG")):
        if candidate:
            return candidate if candidate in LANGS else "en"
    return "nl" if os.environ.get("LANG", "").lower().startswith("nl") else "en"
