"""Labels and errors of `res-plan procedures` and of the other commands."""

from __future__ import annotations

EN: dict[str, str] = {
    "proc-step": "step",
    "proc-by": "by",
    "proc-lead": "lead",
    "proc-basis": "basis",
    "proc-source": "source",
    "proc-total": "total lead {total}",
    "proc-none": "-",
    "proc-executive": "executive",
    "proc-representative": "representative",
    "proc-statutory": "statutory",
    "proc-official": "official",
    "proc-practice": "practice",
    "proc-assumption": "assumption",
    "proc-legend": "executive = college / gs / db / stuurgroep / directie; representative = raad / ps / ab; '-' = no "
                   "body (a work product or a statutory period). Basis: statutory (in the law), official (the body's "
                   "own published practice), practice (observed in public examples), assumption (an estimate: "
                   "override it per plan). Override a lead with `leads: {{step: duration}}` on a decision, or a "
                   "whole procedure with `procedures:` in the plan.",
    "proc-unknown": "res-plan procedures: no built-in procedure '{name}'; built-in: {names}",
    "no-plan-files": "res-plan: no plan files (*.yaml, *.yml) found in {where}",
    "ex-unknown-id": "res-plan: {path} has no decision '{id}'{hint}",
    "opt-not-a-date": "'{value}' is not a date: write YYYY-MM-DD",
    "opt-date-outside": "'{value}' is outside {first} to {last}, the dates a plan file may hold",
}

NL: dict[str, str] = {
    "proc-step": "stap",
    "proc-by": "door",
    "proc-lead": "duur",
    "proc-basis": "basis",
    "proc-source": "bron",
    "proc-total": "totale doorlooptijd {total}",
    "proc-none": "-",
    "proc-executive": "bestuur",
    "proc-representative": "volksvertegenwoordiging",
    "proc-statutory": "wettelijk",
    "proc-official": "officieel",
    "proc-practice": "praktijk",
    "proc-assumption": "aanname",
    "proc-legend": "bestuur = college / gs / db / stuurgroep / directie; volksvertegenwoordiging = raad / ps / ab; "
                   "'-' = geen orgaan (een product of een wettelijke termijn). Basis: wettelijk (in de wet), "
                   "officieel (gepubliceerde werkwijze van het orgaan), praktijk (gezien in openbare voorbeelden), "
                   "aanname (een schatting: per plan aanpassen). Pas een duur aan met `leads: {{stap: duur}}` op een "
                   "besluit, of een hele procedure met `procedures:` in het plan.",
    "proc-unknown": "res-plan procedures: geen ingebouwde procedure '{name}'; ingebouwd: {names}",
    "no-plan-files": "res-plan: geen planbestanden (*.yaml, *.yml) gevonden in {where}",
    "ex-unknown-id": "res-plan: {path} heeft geen besluit '{id}'{hint}",
    "opt-not-a-date": "'{value}' is geen datum: schrijf JJJJ-MM-DD",
    "opt-date-outside": "'{value}' ligt buiten {first} tot en met {last}, de datums die een planbestand mag bevatten",
}
