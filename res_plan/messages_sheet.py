"""Headers and sheet names of `timeline --format xlsx`."""

from __future__ import annotations

EN: dict[str, str] = {
    "xl-sheet": "Timeline",
    "xl-latest": "latest",
    "xl-label": "decision",
    "xl-id": "id",
    "xl-by": "by",
    "xl-earliest": "earliest",
    "xl-slack": "slack (working days)",
    "xl-status": "status",
    "xl-critical": "critical",
    "xl-preparation": "preparation start",
    "xl-done": "done",
    "xl-yes": "yes",
    "xl-no": "no",
    "xl-missing": "--format xlsx needs XlsxWriter: pip install 'res-plan[xlsx]'",
    "xl-needs-output": "--format xlsx writes a binary file: give --output FILE.xlsx",
}

NL: dict[str, str] = {
    "xl-sheet": "Tijdlijn",
    "xl-latest": "uiterlijk",
    "xl-label": "besluit",
    "xl-id": "id",
    "xl-by": "door",
    "xl-earliest": "vroegst",
    "xl-slack": "speling (werkdagen)",
    "xl-status": "status",
    "xl-critical": "kritiek",
    "xl-preparation": "start voorbereiding",
    "xl-done": "genomen",
    "xl-yes": "ja",
    "xl-no": "nee",
    "xl-missing": "--format xlsx heeft XlsxWriter nodig: pip install 'res-plan[xlsx]'",
    "xl-needs-output": "--format xlsx schrijft een binair bestand: geef --output BESTAND.xlsx",
}
