"""Input errors of the plan's keys, types, dates and durations (SPEC §5)."""

from __future__ import annotations

EN: dict[str, str] = {
    "not-a-mapping-list": "the file holds a list; a plan is a mapping with version, region, deadline and decisions",
    "not-a-mapping-value": "the file holds the single value {value}; a plan is a mapping with version, region, "
                           "deadline and decisions",
    "too-many-entries": "the plan lists {count} {key}; the limit is {limit}: split the plan",
    "too-many-problems": "{rest} more problems are not shown: fix the ones above and run again",
    "unknown-key": "unknown key '{key}'{hint}",
    "missing-key": "missing key '{key}'",
    "missing-version": "missing key 'version': add the line `version: 1` at the top of the plan",
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
}

NL: dict[str, str] = {
    "not-a-mapping-list": "het bestand bevat een lijst; een plan is een blok met version, region, deadline en "
                          "decisions",
    "not-a-mapping-value": "het bestand bevat alleen de waarde {value}; een plan is een blok met version, region, "
                           "deadline en decisions",
    "too-many-entries": "het plan noemt {count} {key}; de grens is {limit}: splits het plan",
    "too-many-problems": "nog {rest} problemen worden niet getoond: los eerst die hierboven op en probeer opnieuw",
    "unknown-key": "onbekende sleutel '{key}'{hint}",
    "missing-key": "ontbrekende sleutel '{key}'",
    "missing-version": "ontbrekende sleutel 'version': zet de regel `version: 1` bovenaan het plan",
    "bad-id": "{name} {shown} mag alleen kleine letters, cijfers en '-' bevatten (bijv. '{slug}')",
    "bad-version": "versie {shown} wordt niet ondersteund: schrijf version: 1",
    "bad-kind": "kind {shown} is niet een van {choices}{hint}",
    "empty-list": "{name} is leeg: geef minstens één item",
    "too-long": "{name} is te lang: {reason}",
    "reads-as-bool": "{name} wordt gelezen als {value}: YAML leest yes/no/on/off als true/false, zet het dus tussen "
                     "aanhalingstekens (bijv. \"NO\")",
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
    "duration-not": "'{value}' is geen duur: schrijf een getal gevolgd door wd (werkdagen), d (dagen), w (weken) of "
                    "m (maanden)",
    "duration-expected": "verwacht een duur zoals 4w, maar kreeg {value}",
    "duration-no-unit": "duur {value} heeft geen eenheid: schrijf bijv. {value}w, {value}wd, {value}d of {value}m",
    "duration-space": "duur '{value}' bevat een spatie: schrijf '{fixed}'",
    "duration-too-long": "duur '{value}' is langer dan 100 jaar",
    "holidays-not-a-code": "holidays {value} is geen landcode: gebruik bijv. NL, BE, DE of none",
}
