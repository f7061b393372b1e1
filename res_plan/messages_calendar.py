"""Sentences about the statutory calendar (Kieswet windows, the Algemene termijnenwet), per
language; merged into the catalogue of res_plan/messages.py."""

from __future__ import annotations

EN: dict[str, str] = {
    "election-date-and-kieswet": "an election has either a date or kieswet (computed dates), not both",
    "kieswet-body": "'{body}' is not a body of the {election} election: name {bodies} (or partner.body)",
    "formation-representative": "a formation window is for executives; '{body}' is a representative body, whose "
                                "window ends when the new members are seated",
    "formation-needs-bodies": "a formation window names the executives it holds for (bodies: [college], ...)",
    "formation-needs-after": "a formation window needs its length: after (e.g. 16w)",
    "why-formation": "{date} falls in {name}, when {body} takes only routine decisions",
    "atw-weekend": "a {weekday}", "atw-feestdag": "a feestdag ({name})",
    "ex-atw": "The term of {lead} of {step} ends on {date}, {reason} under the Algemene termijnenwet, so it runs "
              "until {until} (art. 1).",
    "weekday-5": "Saturday", "weekday-6": "Sunday",
}

NL: dict[str, str] = {
    "election-date-and-kieswet": "een verkiezing heeft een date of kieswet (berekende data), niet allebei",
    "kieswet-body": "'{body}' is geen orgaan van de verkiezing {election}: noem {bodies} (of partner.orgaan)",
    "formation-representative": "een formatievenster is voor besturen; '{body}' is een volksvertegenwoordiging, "
                                "wier venster eindigt als de nieuwe leden zijn geïnstalleerd",
    "formation-needs-bodies": "een formatievenster noemt de besturen waarvoor het geldt (bodies: [college], ...)",
    "formation-needs-after": "een formatievenster heeft een lengte nodig: after (bijv. 16w)",
    "why-formation": "{date} valt in {name}, wanneer {body} alleen routinebesluiten neemt",
    "atw-weekend": "een {weekday}", "atw-feestdag": "een feestdag ({name})",
    "ex-atw": "De termijn van {lead} van {step} eindigt op {date}, {reason} volgens de Algemene termijnenwet, en "
              "loopt dus door tot en met {until} (art. 1).",
    "weekday-5": "zaterdag", "weekday-6": "zondag",
}
