"""The names of the default bodies of SPEC §2.1 as people say them, keyed `body-<kind>-<body>`.

English uses the terms of the Dutch government's own English texts (municipal executive,
Provincial Council, ...) so that a reader without Dutch knows who decides; the partner's
name beside it keeps the Dutch institution recognisable, and the id stays where it is grepped."""

from __future__ import annotations

EN: dict[str, str] = {
    "body-gemeente-college": "municipal executive",
    "body-gemeente-raad": "municipal council",
    "body-provincie-gs": "provincial executive",
    "body-provincie-ps": "Provincial Council",
    "body-waterschap-db": "water board executive",
    "body-waterschap-ab": "water board general assembly",
    "body-regio-stuurgroep": "steering group",
    "body-netbeheerder-directie": "management board",
    "body-rijk-minister": "minister",
    "body-other-bestuur": "board",
}

NL: dict[str, str] = {
    "body-gemeente-college": "college van B&W",
    "body-gemeente-raad": "gemeenteraad",
    "body-provincie-gs": "Gedeputeerde Staten",
    "body-provincie-ps": "Provinciale Staten",
    "body-waterschap-db": "dagelijks bestuur",
    "body-waterschap-ab": "algemeen bestuur",
    "body-regio-stuurgroep": "stuurgroep",
    "body-netbeheerder-directie": "directie",
    "body-rijk-minister": "minister",
    "body-other-bestuur": "bestuur",
}
