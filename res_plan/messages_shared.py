"""Input errors of a shared include file (regions/_shared/*.yaml), said of the shared file
rather than of a plan (res_plan/includes.py words a reading problem with these)."""

from __future__ import annotations

EN: dict[str, str] = {
    "shared-is-directory": "{path} is a directory, not a shared file",
    "shared-file-too-big": "the shared file is {size} MB; a shared file is limited to {limit} MiB: split it",
    "shared-file-over-limit": "the shared file is larger than the limit: split it",
    "shared-yaml-empty": "the shared file is empty: a shared file lists partners, calendar entries or both",
    "shared-yaml-two-documents": "not valid YAML: the shared file holds more than one YAML document (a second "
                                 "'---'): keep one document per file",
    "shared-yaml-tag": "YAML tag {tag} is not allowed in a shared file: remove it",
    "shared-yaml-too-deep": "lists and mappings are nested more than {depth} levels deep: a shared file needs "
                            "fewer than 10",
    "shared-yaml-too-many-nodes": "the shared file holds more than {limit} keys and values (counting each use of a "
                                  "YAML alias as a copy): split it",
    "shared-yaml-too-many-items": "a list or mapping here has more than {limit} entries: split the shared file",
    "shared-not-a-mapping-list": "the shared file holds a list; a shared file is a mapping with partners, calendar "
                                 "or both",
    "shared-not-a-mapping-value": "the shared file holds the single value {value}; a shared file is a mapping with "
                                  "partners, calendar or both",
    "shared-plan-only": " (this key belongs in the plan itself: a shared file holds only partners and the "
                        "calendar's closed, recess and elections)",
}

NL: dict[str, str] = {
    "shared-is-directory": "{path} is een map, geen gedeeld bestand",
    "shared-file-too-big": "het gedeelde bestand is {size} MB; een gedeeld bestand mag hoogstens {limit} MiB zijn: "
                           "splits het",
    "shared-file-over-limit": "het gedeelde bestand is groter dan toegestaan: splits het",
    "shared-yaml-empty": "het gedeelde bestand is leeg: een gedeeld bestand noemt partners, kalenderdagen of allebei",
    "shared-yaml-two-documents": "geen geldige YAML: het gedeelde bestand bevat meer dan één YAML-document (een "
                                 "tweede '---'): zet één document per bestand",
    "shared-yaml-tag": "YAML-tag {tag} mag niet in een gedeeld bestand staan: haal hem weg",
    "shared-yaml-too-deep": "lijsten en blokken zijn meer dan {depth} niveaus diep genest: een gedeeld bestand heeft "
                            "er minder dan 10 nodig",
    "shared-yaml-too-many-nodes": "het gedeelde bestand bevat meer dan {limit} sleutels en waarden (elk gebruik van "
                                  "een YAML-alias telt als kopie): splits het",
    "shared-yaml-too-many-items": "een lijst of blok heeft hier meer dan {limit} items: splits het gedeelde bestand",
    "shared-not-a-mapping-list": "het gedeelde bestand bevat een lijst; een gedeeld bestand is een blok met "
                                 "partners, calendar of allebei",
    "shared-not-a-mapping-value": "het gedeelde bestand bevat alleen de waarde {value}; een gedeeld bestand is een "
                                  "blok met partners, calendar of allebei",
    "shared-plan-only": " (deze sleutel hoort in het plan zelf: een gedeeld bestand bevat alleen partners en de "
                        "closed, recess en elections van de kalender)",
}
