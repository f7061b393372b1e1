"""The GitHub step summary (`check --format github-summary`)."""

from __future__ import annotations

EN: dict[str, str] = {
    "gh-title": "res-plan: {files} plan(s), {invalid} invalid, {late} with late decisions",
    "gh-col-plan": "plan",
    "gh-col-late": "late",
    "gh-col-problems": "problems",
    "gh-details": "Problems of {file}",
    "gh-more": "… and {n} more in the log.",
}

NL: dict[str, str] = {
    "gh-title": "res-plan: {files} plan(nen), {invalid} ongeldig, {late} met te late besluiten",
    "gh-col-plan": "plan",
    "gh-col-late": "te laat",
    "gh-col-problems": "meldingen",
    "gh-details": "Meldingen van {file}",
    "gh-more": "… en nog {n} in het logboek.",
}
