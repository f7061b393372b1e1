"""The Algemene termijnenwet: where a statutory term really ends.

Art. 1 lid 1: a term set by law that ends on a Saturday, Sunday or algemeen erkende feestdag
runs to and including the next day that is none of these (lid 2: not for terms counted
backwards, so only the forward count of a lead is extended). Art. 3: the feestdagen are
Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Kerstdagen, Hemelvaartsdag, Koningsdag and
5 May in every year, with Goede Vrijdag equal to them (wetten.overheid.nl, Algemene
termijnenwet; nl.wikipedia.org, "Algemene termijnenwet").

The `holidays` package lists 5 May only in lustrum years, which is right for office days but
not here; so the feestdagen are the plan's public holidays plus 5 May and Goede Vrijdag of
every year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from dateutil.easter import easter

from res_plan.durations import Duration
from res_plan.messages import Message, text
from res_plan.workdays import HORIZON_HI, HORIZON_LO, BeyondHorizon, HolidaySource, WorkingDays, is_weekend

BEVRIJDINGSDAG, GOEDE_VRIJDAG = "Bevrijdingsdag", "Goede Vrijdag"


def statutory_feestdagen(year: int, holidays: Iterable[date] = ()) -> dict[date, str]:
    """The feestdagen of art. 3 in one year: the given public holidays plus 5 May and Good Friday."""
    found: dict[date, str] = {}
    for day in holidays:
        name = holidays.get(day) if isinstance(holidays, Mapping) else None
        found[day] = str(name) if name else day.isoformat()
    found.setdefault(date(year, 5, 5), BEVRIJDINGSDAG)
    found.setdefault(easter(year) - timedelta(days=2), GOEDE_VRIJDAG)
    return found


class Termijnenwet:
    """Ends of statutory terms under art. 1, over a plan's public holidays."""

    def __init__(self, holidays: HolidaySource) -> None:
        self._holidays = holidays
        self._years: dict[int, dict[int, str]] = {}

    def feestdag(self, day: int) -> str | None:
        """The name of the feestdag on this day, or None."""
        year = date.fromordinal(day).year
        days = self._years.get(year)
        if days is None:
            days = {d.toordinal(): name for d, name in statutory_feestdagen(year, self._holidays(year)).items()}
            self._years[year] = days
        return days.get(day)

    def is_closed(self, day: int) -> bool:
        """A day on which no statutory term ends: a weekend day or a feestdag."""
        return is_weekend(day) or self.feestdag(day) is not None

    def extend(self, day: int) -> int:
        """The day itself, or the next day that is no weekend day and no feestdag (art. 1 lid 1)."""
        while self.is_closed(day):
            day += 1
            if day > HORIZON_HI:
                raise BeyondHorizon(day)
        return day

    def last_open_on_or_before(self, day: int) -> int:
        """The last day on or before `day` that is no weekend day and no feestdag: extend(x) ≤ day
        exactly when x ≤ this day."""
        while self.is_closed(day):
            day -= 1
            if day < HORIZON_LO:
                raise BeyondHorizon(day)
        return day

    def reason(self, day: int) -> Message:
        """Why a term cannot end on this day."""
        if is_weekend(day):
            return Message("atw-weekend", {"weekday": Message(f"weekday-{(day - 1) % 7}")})
        return Message("atw-feestdag", {"name": self.feestdag(day) or ""})


def term_extension(wd: WorkingDays, start: int, lead: Duration, statutory: bool, step: str, lang: str) -> list[str]:
    """For `explain`: the sentence that says a statutory term was extended, if it was."""
    if not statutory or not lead.n:
        return []
    end = wd.add(start, lead)
    until = wd.add(start, lead, statutory=True)
    if until == end:
        return []
    return [text(lang, "ex-atw", lead=str(lead), step=step, date=_long_date(end, lang),
                 reason=wd.termijnen.reason(end), until=_long_date(until, lang))]


def _long_date(day: int, lang: str) -> str:
    d = date.fromordinal(day)
    return f"{d.day} {text(lang, f'tl-month-{d.month}')} {d.year}"
