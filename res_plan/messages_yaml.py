"""YAML syntax mistakes of a plan file in the terms of the person editing it: what is wrong
and what to change, said at the line to edit (res_plan/yaml_errors.py)."""

from __future__ import annotations

EN: dict[str, str] = {
    "yaml-word-list": "list",
    "yaml-word-mapping": "mapping",
    "yaml-this-list": "this list",
    "yaml-this-mapping": "this mapping",
    "yaml-tab-indent": "this line is indented with a tab: indent YAML with spaces only (replace the tab with "
                       "spaces)",
    "yaml-tab-inside": "a tab cannot stand here: replace it with a space",
    "yaml-unclosed-quote": "the quote {quote} that opens this value is never closed: end the value with {quote} "
                           "on this line",
    "yaml-bad-escape": "a backslash inside double quotes starts an escape such as \\n: put the value in single "
                       "quotes, or write \\\\ for a backslash",
    "yaml-unclosed-flow": "the {open} that opens {what} is never closed: end it with {close}, with ', ' "
                          "between its items",
    "yaml-flow-separator": "inside {open} and {close} the items are separated by ', ': a comma is missing here, or "
                           "a value holding ': ' or ', ' must be quoted",
    "yaml-colon-in-value": "a value containing ': ' must be quoted, or YAML reads a second key in it: write "
                           "`{fixed}`",
    "yaml-dash-space": "a list item starts with '- ', a dash and a space: write `{fixed}`",
    "yaml-deeper": "this line is indented deeper than '{above}' on line {line}; keys of one mapping start in the "
                   "same column: move '{key}' to column {column}",
    "yaml-deeper-text": "this line is indented deeper than line {line} above it, so YAML reads it as more text of "
                        "that line: start '{key}' in the column of the keys of its mapping",
    "yaml-value-and-block": "'{key}' has a value on this line and an indented block below it: remove the value "
                            "after '{key}:', or the lines below it",
    "yaml-colon-space": "a key needs a space after its colon: write `{fixed}`",
    "yaml-stray-line": "this line is neither `key: value` nor a list item `- ...`: add ': ' after the key, or "
                       "remove the line (a comment starts with '#')",
    "yaml-after-quote": "the value ends at its closing quote {quote}, but the line goes on: quote the whole value, "
                        "`{fixed}` (inside '...' a ' is written '')",
    "yaml-after-flow": "a value that starts with {open} is a {what} that ends at {close}, but the line goes on: "
                       "quote the whole value, `{fixed}`",
    "yaml-dash-column": "this list item is not in the column of the list above it: put its '-' in column {column}, "
                        "under the '-' on line {line}",
    "yaml-dash-here": "a list item '- ' cannot start here: a list stands under a key that ends with ':' (such as "
                      "decisions:), every '- ' of it in the same column",
    "yaml-indent-mismatch": "this line is not in the column of the keys above it; keys of one mapping start in the "
                            "same column: move '{key}' to column {column}, as '{above}' on line {line}",
    "yaml-reserved-start": "a value cannot start with {char}: put it in quotes, `{fixed}`",
    "yaml-dash-after-key": "a list cannot start on the line of its key: put each '- ' item on a line of its own "
                           "below '{key}:', indented",
    "yaml-dash-own-line": "a list item '- ' starts a line of its own: put this one on the next line, under the '-' "
                          "of the item before it",
    "yaml-flow-empty": "nothing stands between this comma and the next item or the closing bracket: remove the "
                       "extra ','",
    "yaml-extra-bracket": "this {close} closes nothing: remove it",
    "yaml-hidden-break": "this line holds the invisible character U+{code}, which YAML reads as a line break (often "
                         "pasted from a word processor): remove it or replace it with a space",
}

NL: dict[str, str] = {
    "yaml-word-list": "lijst",
    "yaml-word-mapping": "blok",
    "yaml-this-list": "deze lijst",
    "yaml-this-mapping": "dit blok",
    "yaml-tab-indent": "deze regel springt in met een tab: spring in YAML alleen in met spaties (vervang de tab "
                       "door spaties)",
    "yaml-tab-inside": "hier mag geen tab staan: vervang hem door een spatie",
    "yaml-unclosed-quote": "het aanhalingsteken {quote} aan het begin van deze waarde wordt nergens gesloten: sluit "
                           "de waarde op deze regel af met {quote}",
    "yaml-bad-escape": "een backslash tussen dubbele aanhalingstekens begint een escape zoals \\n: zet de waarde "
                       "tussen enkele aanhalingstekens, of schrijf \\\\ voor een backslash",
    "yaml-unclosed-flow": "de {open} waarmee {what} begint, wordt nergens gesloten: sluit af met {close}, met "
                          "', ' tussen de onderdelen",
    "yaml-flow-separator": "tussen {open} en {close} staat ', ' tussen de onderdelen: hier ontbreekt een komma, of "
                           "een waarde met ': ' of ', ' erin moet tussen aanhalingstekens",
    "yaml-colon-in-value": "een waarde met ': ' erin moet tussen aanhalingstekens, anders leest YAML er een tweede "
                           "sleutel in: schrijf `{fixed}`",
    "yaml-dash-space": "een item van een lijst begint met '- ', een streepje en een spatie: schrijf `{fixed}`",
    "yaml-deeper": "deze regel springt verder in dan '{above}' op regel {line}; de sleutels van één blok beginnen "
                   "in dezelfde kolom: zet '{key}' in kolom {column}",
    "yaml-deeper-text": "deze regel springt verder in dan regel {line} erboven, dus leest YAML hem als meer tekst "
                        "van die regel: laat '{key}' beginnen in de kolom van de andere sleutels van het blok",
    "yaml-value-and-block": "'{key}' heeft een waarde op deze regel én een ingesprongen blok eronder: haal de "
                            "waarde achter '{key}:' weg, of de regels eronder",
    "yaml-colon-space": "na de dubbele punt van een sleutel hoort een spatie: schrijf `{fixed}`",
    "yaml-stray-line": "deze regel is geen `sleutel: waarde` en geen item `- ...` van een lijst: zet ': ' achter de "
                       "sleutel, of haal de regel weg (een opmerking begint met '#')",
    "yaml-after-quote": "de waarde eindigt bij het sluitende aanhalingsteken {quote}, maar de regel gaat verder: "
                        "zet de hele waarde tussen aanhalingstekens, `{fixed}` (binnen '...' schrijf je een ' als '')",
    "yaml-after-flow": "een waarde die met {open} begint, is een {what} die bij {close} eindigt, maar de regel gaat "
                       "verder: zet de hele waarde tussen aanhalingstekens, `{fixed}`",
    "yaml-dash-column": "dit item staat niet in de kolom van de lijst erboven: zet de '-' in kolom {column}, onder "
                        "de '-' op regel {line}",
    "yaml-dash-here": "hier kan geen item '- ' van een lijst beginnen: een lijst staat onder een sleutel die op ':' "
                      "eindigt (zoals decisions:), met elke '- ' in dezelfde kolom",
    "yaml-indent-mismatch": "deze regel staat niet in de kolom van de sleutels erboven; de sleutels van één blok "
                            "beginnen in dezelfde kolom: zet '{key}' in kolom {column}, zoals '{above}' op regel "
                            "{line}",
    "yaml-reserved-start": "een waarde kan niet met {char} beginnen: zet hem tussen aanhalingstekens, `{fixed}`",
    "yaml-dash-after-key": "een lijst kan niet op de regel van zijn sleutel beginnen: zet elk item '- ' op een "
                           "eigen regel onder '{key}:', ingesprongen",
    "yaml-dash-own-line": "een item '- ' van een lijst begint op een eigen regel: zet dit item op de volgende regel, "
                          "onder de '-' van het item ervoor",
    "yaml-flow-empty": "tussen deze komma en het volgende onderdeel of het sluithaakje staat niets: haal de "
                       "overbodige ',' weg",
    "yaml-extra-bracket": "deze {close} sluit niets af: haal hem weg",
    "yaml-hidden-break": "deze regel bevat het onzichtbare teken U+{code}, dat YAML als regeleinde leest (vaak "
                         "meegekopieerd uit een tekstverwerker): haal het weg of vervang het door een spatie",
}
