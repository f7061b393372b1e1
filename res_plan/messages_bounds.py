"""Refusals of careless and hostile input: rrules that read the clock, holiday names that are
no country, includes outside the tree, too many problems, and a file that could not be checked."""

from __future__ import annotations

EN: dict[str, str] = {
    "rrule-dtstart": "'{rule}' sets DTSTART inside the rule: remove it and write the start as from:",
    "rrule-partial-until": "'{rule}': UNTIL={until} is not a full date (YYYYMMDD): write it in full or use until:",
    "rrule-partial-date": "'{rule}': {part} needs full dates (YYYYMMDD): a partial one would be completed from "
                          "today's date",
    "rrule-bymonthday-zero": "'{rule}': BYMONTHDAY=0 is no day of a month: use 1 to 31, or -1 for the last day",
    "rrule-bad-ordinal": "'{rule}': BYDAY={day} is out of range: the number is 1 to {most} (or -1 to -{most})",
    "rrule-bad-easter": "'{rule}': BYEASTER={offset} leaves the year: use an offset of -79 to 248 days",
    "include-outside": "include '{name}' lies outside the folder being checked: include files beside the plan or "
                       "in a folder below it",
    "include-loop": "a symbolic link that points back to itself",
    "include-not-yaml": "a shared file is a .yaml or .yml file",
    "include-twice": "'{name}' is already included (include[{first}]): list each shared file once",
    "include-not-shared": "'{name}' is not a shared plan file: {reason}",
    "internal-error-in-file": "res-plan could not check this file ({error}): please report it, with the file",
}

NL: dict[str, str] = {
    "rrule-dtstart": "'{rule}' zet DTSTART in de regel: haal het weg en schrijf het begin als from:",
    "rrule-partial-until": "'{rule}': UNTIL={until} is geen volledige datum (JJJJMMDD): schrijf hem voluit of "
                           "gebruik until:",
    "rrule-partial-date": "'{rule}': {part} vraagt volledige datums (JJJJMMDD): een onvolledige zou met de datum "
                          "van vandaag worden aangevuld",
    "rrule-bymonthday-zero": "'{rule}': BYMONTHDAY=0 is geen dag van een maand: gebruik 1 tot 31, of -1 voor de "
                             "laatste dag",
    "rrule-bad-ordinal": "'{rule}': BYDAY={day} valt buiten het bereik: het getal is 1 tot {most} (of -1 tot -{most})",
    "rrule-bad-easter": "'{rule}': BYEASTER={offset} valt buiten het jaar: gebruik -79 tot 248 dagen",
    "include-outside": "include '{name}' ligt buiten de map die wordt gecontroleerd: zet gedeelde bestanden naast "
                       "het plan of in een map eronder",
    "include-loop": "een symbolische koppeling die naar zichzelf terugwijst",
    "include-not-yaml": "een gedeeld bestand is een .yaml- of .yml-bestand",
    "include-twice": "'{name}' is al opgenomen (include[{first}]): noem elk gedeeld bestand één keer",
    "include-not-shared": "'{name}' is geen gedeeld planbestand: {reason}",
    "internal-error-in-file": "res-plan kon dit bestand niet controleren ({error}): meld dit graag, met het bestand",
}
