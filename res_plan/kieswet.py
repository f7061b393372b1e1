"""The statutory election calendar of the Kieswet (kiesraad.nl, "Kieswet in het kort",
hoofdstukken C, F and J), computed rather than typed in per year.

- F 1: kandidaatstelling on the Monday in the period 30 January - 5 February;
- J 1: stemming on the 44th day after the kandidaatstelling (always a Wednesday);
- C 4: the members of raad, Provinciale Staten and algemeen bestuur step down, and the newly
  elected take office, on the Wednesday in the period 29 March - 4 April.

Gemeenteraden are elected every four years from 2022, Provinciale Staten and the algemene
besturen of the waterschappen every four years from 2023 (one election day for both).
Pure: dates in, dates out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Election = Literal["gemeenteraad", "provinciale-staten", "waterschap"]
ELECTIONS: tuple[Election, ...] = ("gemeenteraad", "provinciale-staten", "waterschap")

# A year of each four-year cycle.
_CYCLE_YEAR: dict[Election, int] = {"gemeenteraad": 2022, "provinciale-staten": 2023, "waterschap": 2023}

# The bodies each election concerns: the elected (representative) body, then the executive
# that it forms afterwards.
REPRESENTATIVE: dict[Election, str] = {"gemeenteraad": "raad", "provinciale-staten": "ps", "waterschap": "ab"}
EXECUTIVE: dict[Election, str] = {"gemeenteraad": "college", "provinciale-staten": "gs", "waterschap": "db"}

_MONDAY, _WEDNESDAY = 0, 2


def _weekday_from(start: date, weekday: int) -> date:
    """The first day on or after start that falls on weekday (Monday = 0)."""
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def kandidaatstelling(year: int) -> date:
    """Kieswet F 1: the Monday in 30 January - 5 February."""
    return _weekday_from(date(year, 1, 30), _MONDAY)


def election_day(year: int) -> date:
    """Kieswet J 1: the 44th day after the kandidaatstelling."""
    return kandidaatstelling(year) + timedelta(days=44)


def seating_day(year: int) -> date:
    """Kieswet C 4: the Wednesday in 29 March - 4 April, when the new members take office."""
    return _weekday_from(date(year, 3, 29), _WEDNESDAY)


def is_election_year(election: Election, year: int) -> bool:
    return (year - _CYCLE_YEAR[election]) % 4 == 0


@dataclass(frozen=True)
class Occurrence:
    election: Election
    year: int
    day: date  # election day
    seated: date  # the new body takes office


def occurrences(election: Election, first_year: int, last_year: int) -> list[Occurrence]:
    """Every election of this kind in the years first_year..last_year, inclusive."""
    return [Occurrence(election, y, election_day(y), seating_day(y))
            for y in range(first_year, last_year + 1) if is_election_year(election, y)]
