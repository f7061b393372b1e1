"""Sentences about meeting calendars brought in from iCalendar files, the meeting dates that do
not count, and `res-plan meetings`, per language; merged into the catalogue of res_plan/messages.py."""

from __future__ import annotations

EN: dict[str, str] = {
    "ics-match-empty": "match is empty: it would keep every event of {ics}; leave match out to keep them all",
    "ics-problem": "{ics}{at}: {reason} (named in {named})",
    "ics-at-line": " line {line}",
    "ics-no-such-file": "no such file",
    "ics-is-directory": "is a folder, not an iCalendar file",
    "ics-not-regular": "is not a regular file",
    "ics-cannot-read": "cannot be read ({reason})",
    "ics-too-big": "is {size} MB, over the limit of {limit} MB for a meeting calendar",
    "ics-not-text": "is not UTF-8 text",
    "ics-not-icalendar": "is not an iCalendar file (it does not start with BEGIN:VCALENDAR)",
    "ics-unparsable": "cannot be parsed as iCalendar: {reason}",
    "ics-no-dtstart": "event {uid} has no DTSTART, so it has no date",
    "ics-bad-event": "event {uid} cannot be expanded: {reason}",
    "ics-sub-daily": "event {uid} repeats within a day (an RRULE with FREQ=HOURLY or finer): meetings are dates",
    "ics-too-many-events": "has {count} events, over the limit of {limit}",
    "ics-too-many-occurrences": "its events repeat more than {limit} times in the plan's years "
                                "({start} to {end}); is an RRULE missing its UNTIL or COUNT?",
    "ics-too-slow": "its recurrences took longer than {limit} seconds to expand in the plan's years",
    "ics-not-read": "the calendar file {ics} was not read",
    "meetings-combined": "{body} already has meetings from {other}; a body with an iCalendar file takes its dates "
                         "from that file only (add a missing meeting to the file, or list every date here)",
    "meetings-dropped": "meeting dates on which no decision can be taken (not a working day, or in a recess or "
                        "election window): {bodies}",
    "mt-date": "date", "mt-day": "day", "mt-body": "body", "mt-status": "counts", "mt-reason": "why not",
    "mt-source": "source", "mt-yes": "yes", "mt-no": "no",
    "mt-weekdays": "Mon Tue Wed Thu Fri Sat Sun",
    "mt-src-dates": "listed dates", "mt-src-rrule": "rrule", "mt-src-ics": "{file}",
    "mt-none": "no meeting dates of {bodies} from {start} to {end}",
    "mt-no-calendar": "{body} has no meeting calendar: it decides on every working day outside its recess and "
                      "election windows",
    "mt-no-calendars": "no body in {path} has a meeting calendar",
    "mt-unknown-partner": "no partner '{partner}' in {path}{hint}",
    "mt-unknown-body": "{partner} has no body '{body}' (bodies: {bodies})",
    "mt-bad-range": "--from {start} is after --to {end}",
    "mt-summary": "{counted} meeting dates count, {dropped} do not ({start} to {end})",
}

NL: dict[str, str] = {
    "ics-match-empty": "match is leeg: dan blijft elk evenement van {ics} staan; laat match weg om ze allemaal te "
                       "houden",
    "ics-problem": "{ics}{at}: {reason} (genoemd in {named})",
    "ics-at-line": " regel {line}",
    "ics-no-such-file": "bestand bestaat niet",
    "ics-is-directory": "is een map, geen iCalendar-bestand",
    "ics-not-regular": "is geen gewoon bestand",
    "ics-cannot-read": "kan niet worden gelezen ({reason})",
    "ics-too-big": "is {size} MB, meer dan de grens van {limit} MB voor een vergaderkalender",
    "ics-not-text": "is geen UTF-8-tekst",
    "ics-not-icalendar": "is geen iCalendar-bestand (het begint niet met BEGIN:VCALENDAR)",
    "ics-unparsable": "is geen geldig iCalendar: {reason}",
    "ics-no-dtstart": "evenement {uid} heeft geen DTSTART en dus geen datum",
    "ics-bad-event": "evenement {uid} kan niet worden uitgerekend: {reason}",
    "ics-sub-daily": "evenement {uid} herhaalt zich binnen een dag (een RRULE met FREQ=HOURLY of fijner): "
                     "vergaderingen zijn data",
    "ics-too-many-events": "heeft {count} evenementen, meer dan de grens van {limit}",
    "ics-too-many-occurrences": "de evenementen herhalen zich meer dan {limit} keer in de jaren van het plan "
                                "({start} tot {end}); mist een RRULE zijn UNTIL of COUNT?",
    "ics-too-slow": "het uitrekenen van de herhalingen in de jaren van het plan duurde langer dan {limit} seconden",
    "ics-not-read": "het kalenderbestand {ics} is niet gelezen",
    "meetings-combined": "{body} heeft al vergaderingen uit {other}; een orgaan met een iCalendar-bestand haalt zijn "
                         "data alleen uit dat bestand (zet een ontbrekende vergadering in het bestand, of noem hier "
                         "elke datum)",
    "meetings-dropped": "vergaderdata waarop geen besluit kan vallen (geen werkdag, of in een reces of "
                        "verkiezingsvenster): {bodies}",
    "mt-date": "datum", "mt-day": "dag", "mt-body": "orgaan", "mt-status": "telt", "mt-reason": "waarom niet",
    "mt-source": "bron", "mt-yes": "ja", "mt-no": "nee",
    "mt-weekdays": "ma di wo do vr za zo",
    "mt-src-dates": "genoemde data", "mt-src-rrule": "rrule", "mt-src-ics": "{file}",
    "mt-none": "geen vergaderdata van {bodies} van {start} tot {end}",
    "mt-no-calendar": "{body} heeft geen vergaderkalender: het besluit op elke werkdag buiten zijn reces- en "
                      "verkiezingsvensters",
    "mt-no-calendars": "geen orgaan in {path} heeft een vergaderkalender",
    "mt-unknown-partner": "geen partner '{partner}' in {path}{hint}",
    "mt-unknown-body": "{partner} heeft geen orgaan '{body}' (organen: {bodies})",
    "mt-bad-range": "--from {start} ligt na --to {end}",
    "mt-summary": "{counted} vergaderdata tellen, {dropped} niet ({start} tot {end})",
}
