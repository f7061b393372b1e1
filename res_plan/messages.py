"""Every human-facing sentence of the scheduler and the reports, per language."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from res_plan import messages_calendar as calendar_messages
from res_plan import messages_meetings as meetings_messages

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
    # input errors (SPEC §5); a "prefix" param (the path, e.g. "decisions[1]: ") goes before each
    "did-you-mean": " (did you mean '{word}'?)",
    "word-none": "none",
    "shown-nothing": "nothing", "shown-mapping": "a mapping", "shown-list": "a list",
    "type-text": "a text", "type-list": "a list", "type-mapping": "a mapping",
    # -- reading the file
    "no-such-file": "{path}: no such file",
    "is-directory": "{path} is a directory, not a plan file",
    "not-regular-file": "{path} is not a regular file",
    "cannot-read": "{path} cannot be read: {reason}",
    "file-too-big": "the file is {size} MB; plan files are limited to {limit} MiB: split the plan",
    "file-over-limit": "the file is larger than the limit: split the plan",
    "not-utf8": "byte 0x{byte} is not UTF-8: save the file as UTF-8",
    # -- YAML
    "yaml-invalid": "not valid YAML: {reason}{hint}",
    "yaml-tab-hint": " (a tab: indent YAML with spaces only)",
    "yaml-no-mapping-here": "mapping values are not allowed in this context",
    "yaml-no-comma-brace": "did not find expected ',' or '}}'",
    "yaml-no-comma-bracket": "did not find expected ',' or ']'",
    "yaml-bad-start": "found character that cannot start any token",
    "yaml-no-key": "did not find expected key",
    "yaml-no-dash": "did not find expected '-' indicator",
    "yaml-no-colon": "could not find expected ':'",
    "yaml-end-of-stream": "found unexpected end of stream",
    "yaml-bad-character": "the character U+{code} is not allowed in YAML: remove it",
    "yaml-empty": "the file is empty: a plan needs version, region, deadline and decisions",
    "yaml-two-documents": "not valid YAML: the file holds more than one YAML document (a second '---'): keep one "
                          "plan per file",
    "yaml-alias-loop": "alias *{anchor} refers to a list or mapping that contains it, which never ends: write the "
                       "values out",
    "yaml-alias-undefined": "not valid YAML: undefined alias *{anchor} (no anchor &{anchor} above it)",
    "yaml-merge-key": "YAML merge keys (<<) are not supported: write the keys out",
    "yaml-key-not-plain": "a key must be a plain name",
    "yaml-duplicate-key": "key '{key}' appears twice in one mapping (first on line {first}): keep one",
    "yaml-tag": "YAML tag {tag} is not allowed in a plan file: remove it",
    "yaml-unreadable-value": "cannot read value {value}",
    "yaml-too-deep": "lists and mappings are nested more than {depth} levels deep: a plan needs fewer than 10",
    "yaml-too-many-nodes": "the document holds more than {limit} keys and values (counting each use of a YAML "
                           "alias as a copy): split the plan",
    "yaml-too-many-items": "a list or mapping here has more than {limit} entries: split the plan",
    # -- schema
    "not-a-mapping-list": "the file holds a list; a plan is a mapping with version, region, deadline and decisions",
    "not-a-mapping-value": "the file holds the single value {value}; a plan is a mapping with version, region, "
                           "deadline and decisions",
    "too-many-entries": "the plan lists {count} {key}; the limit is {limit}: split the plan",
    "too-many-problems": "{rest} more problems are not shown: fix the ones above and run again",
    "unknown-key": "unknown key '{key}'{hint}",
    "missing-key": "missing key '{key}'",
    "bad-id": "{name} {shown} may hold only lowercase letters, digits and '-' (e.g. '{slug}')",
    "bad-version": "version {shown} is not supported: write version: 1",
    "bad-kind": "kind {shown} is not one of {choices}{hint}",
    "empty-list": "{name} is empty: list at least one entry",
    "too-long": "{name} is too long: {reason}",
    "reads-as-bool": "{name} reads as {value}: YAML takes yes/no/on/off as true/false, so quote it (e.g. \"NO\")",
    "wrong-type": "{name} should be {expected}, got {shown}",
    "bad-value-other": "{name} {shown}: {reason}",
    "date-with-time": "expected a date YYYY-MM-DD without a time, got {value}",
    "date-impossible": "{value} is not a date ({reason})",
    "date-day-out-of-range": "day is out of range for month",
    "date-month-out-of-range": "month must be in 1..12",
    "date-out-of-range": "{value} is outside the years 1900-2399 that res-plan plans in",
    "date-format": "expected a date written as YYYY-MM-DD, got {value}{hint}",
    "date-hint-dmy": " (if you meant {iso} as day-month-year, write {iso})",
    "date-hint-ymd": " (if you meant {iso} as year-month-day, write {iso})",
    "duration-negative": "duration {value} is negative: durations count forward, e.g. 2w",
    "duration-not": "'{value}' is not a duration: write N followed by wd (working days), d (days), w (weeks) or m "
                    "(months)",
    "duration-expected": "expected a duration such as 4w, got {value}",
    "duration-no-unit": "duration {value} has no unit: write e.g. {value}w, {value}wd, {value}d or {value}m",
    "duration-space": "duration '{value}' has a space: write '{fixed}'",
    "duration-too-long": "duration '{value}' is longer than 100 years",
    "holidays-not-a-code": "holidays {value} is not a country code: use e.g. NL, BE, DE or none",
    # -- calendar and bodies
    "holidays-unknown": "'{value}' is not a country code the holidays package knows: use e.g. NL, BE, DE, or none",
    "range-reversed": "from {start} is after to {end}: swap them",
    "election-beyond-horizon": "election window reaches beyond the years 1900-2399",
    "rrule-sub-daily": "'{rule}' repeats within a day: meetings are dates, use FREQ=DAILY or coarser",
    "rrule-reversed": "from {start} is after until {end}",
    "rrule-invalid": "'{rule}' is not an rrule (RFC 5545, e.g. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1): {reason}",
    "rrule-too-many": "'{rule}' yields more than {limit} dates: narrow it or set until",
    "rrule-unexpandable": "'{rule}' cannot be expanded: {reason}",
    "rrule-empty": "'{rule}' yields no dates between {start} and {end}",
    "no-role-body": "a {kind} has no {role} body ('{partner}')",
    "no-such-body": "'{partner}' ({kind}) has no body '{name}'; it has {bodies}{hint}",
    "unknown-partner-in": "unknown partner '{partner}' in '{ref}'{hint}",
    "by-without-partner": "'{ref}' names no partner: write partner.{ref} (e.g. leiden.{ref}), or use for_each or "
                          "partner on the decision",
    "unknown-partner": "unknown partner '{partner}'{hint}",
    "unknown-body-name": "no body or role is called '{name}'{hint}",
    # -- decisions and references
    "duplicate-partner": "partner id '{id}' is used twice",
    "duplicate-decision": "decision id '{id}' is used twice",
    "duplicate-step": "step id '{id}' is used twice",
    "too-many-decisions": "the plan expands to more than {limit} decisions: split it",
    "steps-and-procedure": "give either steps or procedure, not both",
    "key-on-steps": "'{key}' belongs on the steps of a decision with steps or a procedure",
    "for-each-and-partner": "give either for_each or partner, not both",
    "vergunning-needs-partner": "a vergunning needs partner: the gemeente (or other authority) that grants it",
    "leads-without-procedure": "leads overrides the steps of a procedure; with inline steps write lead on the step "
                               "itself",
    "unknown-procedure": "unknown procedure '{name}'{hint}",
    "procedure-has-no-step": "procedure '{procedure}' has no step '{name}'{hint}",
    "no-instances": "for_each names kind '{kind}' but the file has no partner of that kind, so it adds no "
                    "instances",
    "for-each-unknown": "'{entry}' is neither a partner kind nor a partner id{hint}",
    "not-a-reference": "'{ref}' is not a reference: write decision, decision@partner, decision.step or "
                       "decision@partner.step",
    "unknown-decision": "unknown decision '{name}'{hint}",
    "self-reference": "decision '{id}' refers to itself",
    "no-instance-for": "'{name}' has no instance for '{partner}' (instances: {have})",
    "decision-has-no-step": "decision '{name}' has no step '{step}'{hint}",
    "unknown-decision-id": "unknown decision id '{ref}'{hint}{expanded}",
    "expanded-hint": "; '{ref}' is expanded, name its decisions such as '{sample}'",
    "cycle": "dependency cycle: {path}",
    # res-plan procedures
    "proc-step": 'step',
    "proc-by": 'by',
    "proc-lead": 'lead',
    "proc-basis": 'basis',
    "proc-source": 'source',
    "proc-total": 'total lead {total}',
    "proc-none": '-',
    "proc-executive": 'executive',
    "proc-representative": 'representative',
    "proc-statutory": 'statutory',
    "proc-official": 'official',
    "proc-practice": 'practice',
    "proc-assumption": 'assumption',
    "proc-legend": (
        "executive = college / gs / db / stuurgroep / directie; representative = raad / ps / ab; '-' = no"
        ' body (a work product or a statutory period). Basis: statutory (in the law), official (the '
        "body's own published practice), practice (observed in public examples), assumption (an estimate:"
        ' override it per plan). Override a lead with `leads: {{step: duration}}` on a decision, or a '
        'whole procedure with `procedures:` in the plan.'
    ),
    "proc-unknown": "res-plan procedures: no built-in procedure '{name}'; built-in: {names}",
    "no-plan-files": "res-plan: no plan files (*.yaml, *.yml) found in {where}",
    "ex-unknown-id": "res-plan: {path} has no decision '{id}'{hint}",
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
    # invoerfouten
    "did-you-mean": " (bedoelde je '{word}'?)",
    "word-none": "geen",
    "shown-nothing": "niets", "shown-mapping": "een blok sleutels", "shown-list": "een lijst",
    "type-text": "een tekst", "type-list": "een lijst", "type-mapping": "een blok sleutels",
    # -- het bestand lezen
    "no-such-file": "{path}: dit bestand bestaat niet",
    "is-directory": "{path} is een map, geen planbestand",
    "not-regular-file": "{path} is geen gewoon bestand",
    "cannot-read": "{path} is niet te lezen: {reason}",
    "file-too-big": "het bestand is {size} MB; een planbestand mag hoogstens {limit} MiB zijn: splits het plan",
    "file-over-limit": "het bestand is groter dan toegestaan: splits het plan",
    "not-utf8": "byte 0x{byte} is geen UTF-8: sla het bestand op als UTF-8",
    # -- YAML
    "yaml-invalid": "geen geldige YAML: {reason}{hint}",
    "yaml-tab-hint": " (een tab: spring in YAML alleen in met spaties)",
    "yaml-no-mapping-here": "hier mag geen sleutel met ':' staan (controleer de dubbele punten en het inspringen)",
    "yaml-no-comma-brace": "verwacht ',' of '}}' (een '{{' is niet gesloten, of er ontbreekt een komma)",
    "yaml-no-comma-bracket": "verwacht ',' of ']' (een '[' is niet gesloten, of er ontbreekt een komma)",
    "yaml-bad-start": "dit teken mag hier niet aan het begin staan (zet de waarde tussen aanhalingstekens)",
    "yaml-no-key": "verwacht een sleutel (controleer het inspringen)",
    "yaml-no-dash": "verwacht een '-' (controleer het inspringen van de lijst)",
    "yaml-no-colon": "kan de ':' na de sleutel niet vinden",
    "yaml-end-of-stream": "het bestand houdt onverwacht op (een aanhalingsteken of haakje is niet gesloten)",
    "yaml-bad-character": "het teken U+{code} mag niet in YAML staan: haal het weg",
    "yaml-empty": "het bestand is leeg: een plan heeft version, region, deadline en decisions nodig",
    "yaml-two-documents": "geen geldige YAML: het bestand bevat meer dan één YAML-document (een tweede '---'): "
                          "zet één plan per bestand",
    "yaml-alias-loop": "alias *{anchor} verwijst naar een lijst of blok waar hij zelf in staat, en dat houdt nooit "
                       "op: schrijf de waarden uit",
    "yaml-alias-undefined": "geen geldige YAML: onbekende alias *{anchor} (er staat geen anker &{anchor} boven)",
    "yaml-merge-key": "YAML-samenvoegsleutels (<<) worden niet ondersteund: schrijf de sleutels uit",
    "yaml-key-not-plain": "een sleutel moet een gewone naam zijn",
    "yaml-duplicate-key": "dubbele sleutel '{key}' in hetzelfde blok (eerst op regel {first}): houd er één",
    "yaml-tag": "YAML-tag {tag} mag niet in een planbestand staan: haal hem weg",
    "yaml-unreadable-value": "waarde {value} is niet te lezen",
    "yaml-too-deep": "lijsten en blokken zijn meer dan {depth} niveaus diep genest: een plan heeft er minder dan "
                     "10 nodig",
    "yaml-too-many-nodes": "het document bevat meer dan {limit} sleutels en waarden (elk gebruik van een "
                           "YAML-alias telt als kopie): splits het plan",
    "yaml-too-many-items": "een lijst of blok heeft hier meer dan {limit} items: splits het plan",
    # -- schema
    "not-a-mapping-list": "het bestand bevat een lijst; een plan is een blok met version, region, deadline en "
                          "decisions",
    "not-a-mapping-value": "het bestand bevat alleen de waarde {value}; een plan is een blok met version, region, "
                           "deadline en decisions",
    "too-many-entries": "het plan noemt {count} {key}; de grens is {limit}: splits het plan",
    "too-many-problems": "nog {rest} problemen worden niet getoond: los eerst die hierboven op en probeer opnieuw",
    "unknown-key": "onbekende sleutel '{key}'{hint}",
    "missing-key": "ontbrekende sleutel '{key}'",
    "bad-id": "{name} {shown} mag alleen kleine letters, cijfers en '-' bevatten (bijv. '{slug}')",
    "bad-version": "versie {shown} wordt niet ondersteund: schrijf version: 1",
    "bad-kind": "kind {shown} is niet een van {choices}{hint}",
    "empty-list": "{name} is leeg: geef minstens één item",
    "too-long": "{name} is te lang: {reason}",
    "reads-as-bool": "{name} wordt gelezen als {value}: YAML leest yes/no/on/off als true/false, zet het dus "
                     "tussen aanhalingstekens (bijv. \"NO\")",
    "wrong-type": "{name} moet {expected} zijn, maar is {shown}",
    "bad-value-other": "{name} {shown}: {reason}",
    "date-with-time": "verwacht een datum JJJJ-MM-DD zonder tijd, maar kreeg {value}",
    "date-impossible": "{value} is geen datum ({reason})",
    "date-day-out-of-range": "die dag bestaat niet in die maand",
    "date-month-out-of-range": "de maand moet 1 t/m 12 zijn",
    "date-out-of-range": "{value} valt buiten de jaren 1900-2399 waarin res-plan plant",
    "date-format": "verwacht een datum geschreven als JJJJ-MM-DD, maar kreeg {value}{hint}",
    "date-hint-dmy": " (bedoel je {iso} als dag-maand-jaar, schrijf dan {iso})",
    "date-hint-ymd": " (bedoel je {iso} als jaar-maand-dag, schrijf dan {iso})",
    "duration-negative": "duur {value} is negatief: een duur telt vooruit, bijv. 2w",
    "duration-not": "'{value}' is geen duur: schrijf een getal gevolgd door wd (werkdagen), d (dagen), w (weken) "
                    "of m (maanden)",
    "duration-expected": "verwacht een duur zoals 4w, maar kreeg {value}",
    "duration-no-unit": "duur {value} heeft geen eenheid: schrijf bijv. {value}w, {value}wd, {value}d of {value}m",
    "duration-space": "duur '{value}' bevat een spatie: schrijf '{fixed}'",
    "duration-too-long": "duur '{value}' is langer dan 100 jaar",
    "holidays-not-a-code": "holidays {value} is geen landcode: gebruik bijv. NL, BE, DE of none",
    # -- kalender en organen
    "holidays-unknown": "'{value}' is geen landcode die het feestdagenpakket kent: gebruik bijv. NL, BE, DE of "
                        "none",
    "range-reversed": "from {start} ligt na to {end}: draai ze om",
    "election-beyond-horizon": "de verkiezingsperiode loopt buiten de jaren 1900-2399",
    "rrule-sub-daily": "'{rule}' herhaalt binnen één dag: vergaderingen zijn datums, gebruik FREQ=DAILY of "
                       "grover",
    "rrule-reversed": "from {start} ligt na until {end}",
    "rrule-invalid": "'{rule}' is geen rrule (RFC 5545, bijv. FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1): {reason}",
    "rrule-too-many": "'{rule}' geeft meer dan {limit} datums: beperk de regel of zet until",
    "rrule-unexpandable": "'{rule}' is niet uit te rekenen: {reason}",
    "rrule-empty": "'{rule}' geeft geen datums tussen {start} en {end}",
    "no-role-body": "een {kind} heeft geen {role}-orgaan ('{partner}')",
    "no-such-body": "'{partner}' ({kind}) heeft geen orgaan '{name}'; wel: {bodies}{hint}",
    "unknown-partner-in": "onbekende partner '{partner}' in '{ref}'{hint}",
    "by-without-partner": "'{ref}' noemt geen partner: schrijf partner.{ref} (bijv. leiden.{ref}), of gebruik "
                          "for_each of partner bij het besluit",
    "unknown-partner": "onbekende partner '{partner}'{hint}",
    "unknown-body-name": "er is geen orgaan of rol met de naam '{name}'{hint}",
    # -- besluiten en verwijzingen
    "duplicate-partner": "dubbele id: partner '{id}' komt twee keer voor",
    "duplicate-decision": "dubbele id: besluit '{id}' komt twee keer voor",
    "duplicate-step": "dubbele id: stap '{id}' komt twee keer voor",
    "too-many-decisions": "het plan groeit uit tot meer dan {limit} besluiten: splits het",
    "steps-and-procedure": "geef steps of procedure, niet allebei",
    "key-on-steps": "'{key}' hoort bij de stappen van een besluit met steps of een procedure",
    "for-each-and-partner": "geef for_each of partner, niet allebei",
    "vergunning-needs-partner": "een vergunning heeft partner nodig: de gemeente (of andere overheid) die hem "
                                "verleent",
    "leads-without-procedure": "leads past de stappen van een procedure aan; zet bij eigen steps de lead op de "
                               "stap zelf",
    "unknown-procedure": "onbekende procedure '{name}'{hint}",
    "procedure-has-no-step": "procedure '{procedure}' heeft geen stap '{name}'{hint}",
    "no-instances": "for_each noemt soort '{kind}', maar het bestand heeft geen partner van die soort, dus er komen "
                    "geen besluiten bij",
    "for-each-unknown": "'{entry}' is geen soort partner en ook geen partner-id{hint}",
    "not-a-reference": "'{ref}' is geen verwijzing: schrijf besluit, besluit@partner, besluit.stap of "
                       "besluit@partner.stap",
    "unknown-decision": "verwijzing naar onbekend besluit '{name}'{hint}",
    "self-reference": "besluit '{id}' verwijst naar zichzelf",
    "no-instance-for": "'{name}' heeft geen besluit voor '{partner}' (besluiten per partner: {have})",
    "decision-has-no-step": "besluit '{name}' heeft geen stap '{step}'{hint}",
    "unknown-decision-id": "verwijzing naar onbekend besluit '{ref}'{hint}{expanded}",
    "expanded-hint": "; '{ref}' is uitgesplitst, noem de besluiten zelf, zoals '{sample}'",
    "cycle": "cyclische afhankelijkheid: {path}",
    # res-plan procedures
    "proc-step": 'stap',
    "proc-by": 'door',
    "proc-lead": 'duur',
    "proc-basis": 'basis',
    "proc-source": 'bron',
    "proc-total": 'totale doorlooptijd {total}',
    "proc-none": '-',
    "proc-executive": 'bestuur',
    "proc-representative": 'volksvertegenwoordiging',
    "proc-statutory": 'wettelijk',
    "proc-official": 'officieel',
    "proc-practice": 'praktijk',
    "proc-assumption": 'aanname',
    "proc-legend": (
        'bestuur = college / gs / db / stuurgroep / directie; volksvertegenwoordiging = raad / ps / ab; '
        "'-' = geen orgaan (een product of een wettelijke termijn). Basis: wettelijk (in de wet), "
        'officieel (gepubliceerde werkwijze van het orgaan), praktijk (gezien in openbare voorbeelden), '
        'aanname (een schatting: per plan aanpassen). Pas een duur aan met `leads: {{stap: duur}}` op een'
        ' besluit, of een hele procedure met `procedures:` in het plan.'
    ),
    "proc-unknown": "res-plan procedures: geen ingebouwde procedure '{name}'; ingebouwd: {names}",
    "no-plan-files": "res-plan: geen planbestanden (*.yaml, *.yml) gevonden in {where}",
    "ex-unknown-id": "res-plan: {path} heeft geen besluit '{id}'{hint}",
}

EN.update(calendar_messages.EN)
NL.update(calendar_messages.NL)
EN.update(meetings_messages.EN)
NL.update(meetings_messages.NL)
CATALOGUE = {"en": EN, "nl": NL}


def text(lang: str, key: str, /, **params: object) -> str:
    return CATALOGUE.get(lang, EN).get(key, EN[key]).format(**params)


def problem_message(problem: Problem, lang: str) -> str:
    """A problem's message in a language; a problem without a template stays as written."""
    if lang == "en" or problem.template is None:
        return problem.message
    return render(lang, problem.template, problem.params)


def render(lang: str, key: str, params: Mapping[str, str]) -> str:
    """A message with its params; `prefix` (a path) goes first, `suggestion` becomes `hint`,
    and each non-empty `x_key` param is rendered into `x` in the same language."""
    values = dict(params)
    for name, nested in params.items():
        if name.endswith("_key"):
            values[name[:-4]] = text(lang, nested, **values) if nested else values.get(name[:-4], "")
    if "suggestion" in params:
        word = params["suggestion"]
        values["hint"] = text(lang, "did-you-mean", word=word) if word else ""
    return values.get("prefix", "") + text(lang, key, **values)


def english(key: str, /, **params: object) -> str:
    return EN[key].format(**params)


def pick_language(option: str | None) -> str:
    """SPEC §4: --lang, else RES_PLAN_LANG, else Dutch when LANG starts with nl, else English."""
    for candidate in (option, os.environ.get("RES_PLAN_LANG")):
        if candidate:
            return candidate if candidate in LANGS else "en"
    return "nl" if os.environ.get("LANG", "").lower().startswith("nl") else "en"
