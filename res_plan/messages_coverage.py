"""Sentences about what a plan leaves out (partners it cannot list, bodies without a meeting
calendar), per language; merged into the catalogue of res_plan/messages.py."""

from __future__ import annotations

EN: dict[str, str] = {
    "missing-partners": "{count} partner(s) of kind {kind} belong to this region but are not in the plan{note}: "
                        "their decisions are missing, so the plan cannot say whether they are in time",
    "no-meeting-calendar": "every working day counts as a meeting day for the representative bodies without a "
                           "meeting calendar ({count}: {bodies}): their decisions may land on days they do not meet; "
                           "add each body's vergaderschema under its partner's meetings:",
}

NL: dict[str, str] = {
    "missing-partners": "{count} partner(s) van soort {kind} horen bij deze regio maar staan niet in het plan{note}: "
                        "hun besluiten ontbreken, dus het plan kan niet zeggen of zij op tijd zijn",
    "no-meeting-calendar": "elke werkdag telt als vergaderdag voor de volksvertegenwoordigingen zonder "
                           "vergaderkalender ({count}: {bodies}): hun besluiten kunnen vallen op dagen waarop zij "
                           "niet vergaderen; zet het vergaderschema van elk orgaan onder meetings: van zijn partner",
}
