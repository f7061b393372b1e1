"""Sentences of the outputs (log text, summaries, spreadsheets, what a folder walk skips),
per language; merged into the catalogue of res_plan/messages.py."""

from __future__ import annotations

from collections.abc import Mapping

EN: dict[str, str] = {
    "out-verdict-invalid-1": "{file}: the plan cannot be read (1 problem); fix it and run again.",
    "out-verdict-invalid-n": "{file}: the plan cannot be read ({n} problems); fix them and run again.",
    "out-problems-1": "1 problem", "out-problems-n": "{n} problems",
    "out-critical": "critical", "out-no-slack": "no slack", "out-low-slack": "low slack",
    "out-legend": "critical = least slack of the plan ({slack} working days); every decision at it is marked.",
    "low-slack": "{id}: only {slack} working day(s) of slack, less than the {min} asked for (--min-slack)",
    "out-skipped-not-plan": "res-plan: skipped {file}: not a plan file (no version and no decisions)",
    "out-ics-empty": "res-plan: the calendar has no events: no selected decision has a date",
    "out-step-title": "{title} — {step}",
    "col-mark": "mark",
    "out-summary-head": "National summary",
    "out-region": "region", "out-critical-decision": "critical decision",
}

NL: dict[str, str] = {
    "out-verdict-invalid-1": "{file}: het plan is niet te lezen (1 fout); los die op en probeer opnieuw.",
    "out-verdict-invalid-n": "{file}: het plan is niet te lezen ({n} fouten); los ze op en probeer opnieuw.",
    "out-problems-1": "1 melding", "out-problems-n": "{n} meldingen",
    "out-critical": "kritiek", "out-no-slack": "geen speling", "out-low-slack": "weinig speling",
    "out-legend": "kritiek = de minste speling van het plan ({slack} werkdagen); elk besluit daarop is gemarkeerd.",
    "low-slack": "{id}: slechts {slack} werkdag(en) speling, minder dan de gevraagde {min} (--min-slack)",
    "out-skipped-not-plan": "res-plan: {file} overgeslagen: geen planbestand (geen version en geen decisions)",
    "out-ics-empty": "res-plan: de agenda heeft geen afspraken: geen gekozen besluit heeft een datum",
    "out-step-title": "{title} — {step}",
    "col-mark": "markering",
    "out-summary-head": "Landelijk overzicht",
    "out-region": "regio", "out-critical-decision": "kritiek besluit",
}

# Column names of the Dutch spreadsheet (CSV with --lang nl); English keeps the JSON keys.
CSV_HEADERS_NL: dict[str, str] = {
    "id": "id", "decision": "besluit", "partner": "partner", "step": "stap", "title": "titel", "by": "door",
    "done": "genomen", "earliest": "vroegst", "latest": "uiterlijk", "slack": "speling", "late": "te_laat",
    "critical": "kritiek", "preparation_start": "start_voorbereiding", "label": "omschrijving",
    "baseline_earliest": "basis_vroegst",
    "baseline_latest": "basis_uiterlijk", "baseline_slack": "basis_speling", "baseline_late": "basis_te_laat",
}
CSV_BOOLEANS = {"en": ("true", "false"), "nl": ("ja", "nee")}

# Holiday names as the `holidays` package gives them by default (English) and in Dutch, with
# the two feestdagen the Algemene termijnenwet adds; Dutch output names them in Dutch.
HOLIDAYS_NL: dict[str, str] = {
    "New Year's Day": "Nieuwjaarsdag", "Good Friday": "Goede vrijdag", "Easter Sunday": "Eerste paasdag",
    "Easter Monday": "Tweede paasdag", "King's Day": "Koningsdag", "Queen's Day": "Koninginnedag",
    "Liberation Day": "Bevrijdingsdag", "Ascension Day": "Hemelvaartsdag", "Pentecost": "Eerste pinksterdag",
    "Whit Sunday": "Eerste pinksterdag", "Pentecost Monday": "Tweede pinksterdag",
    "Whit Monday": "Tweede pinksterdag", "Christmas Day": "Eerste kerstdag",
    "Second Day of Christmas": "Tweede kerstdag",
}
_HOLIDAY_KEYS = frozenset({"why-holiday", "atw-feestdag"})


def localize(lang: str, key: str, params: Mapping[str, object]) -> Mapping[str, object]:
    """The params of a message with a holiday's name in the message's language."""
    if lang != "nl" or key not in _HOLIDAY_KEYS:
        return params
    name = str(params.get("name", ""))
    return {**params, "name": HOLIDAYS_NL.get(name, name)} if name in HOLIDAYS_NL else params
