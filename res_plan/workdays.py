"""Working days and the duration arithmetic ⊕ / ⊖ of SPEC §3.2.

Days are proleptic ordinals (``date.toordinal()``): plain ints keep the passes fast.
Working days are indexed once per calendar in a sorted list, so ``N wd`` arithmetic and
slack counts are a binary search, never a scan. The index grows by whole years, lazily,
as queries reach further out.
"""

from __future__ import annotations

from bisect import bisect_right
from calendar import monthrange
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from res_plan.durations import Duration

if TYPE_CHECKING:
    from res_plan.termijnenwet import Termijnenwet

HORIZON_LO = date(1900, 1, 1).toordinal()
HORIZON_HI = date(2399, 12, 31).toordinal()

HolidaySource = Callable[[int], Iterable[date]]


class BeyondHorizon(Exception):
    """A date computation left the supported years (1900–2399)."""


def no_holidays(year: int) -> Iterable[date]:
    return ()


def check_horizon(day: int) -> int:
    if not HORIZON_LO <= day <= HORIZON_HI:
        raise BeyondHorizon(day)
    return day


def is_weekend(day: int) -> bool:
    # date.fromordinal(1) is a Monday, so (day - 1) % 7 is Monday=0 … Sunday=6.
    return (day - 1) % 7 >= 5


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inclusive day ranges sorted, with those that overlap or touch joined."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


class WorkingDays:
    """Monday–Friday minus public holidays and closed ranges (SPEC §3.1)."""

    def __init__(self, holidays: HolidaySource = no_holidays, closed: Iterable[tuple[int, int]] = ()) -> None:
        self._holidays = holidays
        self._closed = merge_ranges(closed)  # overlapping ranges would each be walked day by day
        self._days: list[int] = []
        self._years: tuple[int, int] | None = None
        self._day_set: frozenset[int] = frozenset()
        self._safe_lo, self._safe_hi = 1, 0  # the ordinals covered with a year to spare (none yet)
        self._holiday_cache: dict[int, frozenset[int]] = {}
        self._termijnen: Termijnenwet | None = None

    @property
    def termijnen(self) -> Termijnenwet:
        """Where statutory terms end (Algemene termijnenwet), over the same public holidays."""
        if self._termijnen is None:
            from res_plan.termijnenwet import Termijnenwet

            self._termijnen = Termijnenwet(self._holidays)
        return self._termijnen

    # -- index ---------------------------------------------------------------------
    def _cover(self, lo: int, hi: int) -> None:
        """Make sure the index holds every working day from lo to hi, with a year to spare."""
        if self._safe_lo <= lo and hi <= self._safe_hi:  # the hot path: a comparison of ints
            return
        lo_year = date.fromordinal(check_horizon(lo)).year - 1
        hi_year = date.fromordinal(check_horizon(hi)).year + 1
        if self._years is not None:
            have_lo, have_hi = self._years
            # Grow by at least the current span so repeated misses stay linear overall.
            span = have_hi - have_lo + 1
            lo_year = min(lo_year, have_lo - span) if lo_year < have_lo else have_lo
            hi_year = max(hi_year, have_hi + span) if hi_year > have_hi else have_hi
        lo_year = max(lo_year, 1899)
        hi_year = min(hi_year, 2400)
        self._years = (lo_year, hi_year)
        self._days = self._build(lo_year, hi_year)
        self._day_set = frozenset(self._days)
        self._safe_lo = date(lo_year + 1, 1, 1).toordinal() if lo_year > 1899 else date(1899, 1, 1).toordinal()
        self._safe_hi = date(hi_year - 1, 12, 31).toordinal() if hi_year < 2400 else date(2400, 12, 31).toordinal()

    def _build(self, lo_year: int, hi_year: int) -> list[int]:
        off: set[int] = set()
        for year in range(lo_year, hi_year + 1):
            off |= self.holidays_in(year)
        start, end = date(lo_year, 1, 1).toordinal(), date(hi_year, 12, 31).toordinal()
        for lo, hi in self._closed:
            off.update(range(max(lo, start), min(hi, end) + 1))
        return [d for d in range(start, end + 1) if not is_weekend(d) and d not in off]

    def holidays_in(self, year: int) -> frozenset[int]:
        cached = self._holiday_cache.get(year)
        if cached is None:
            cached = frozenset(d.toordinal() for d in self._holidays(year))
            self._holiday_cache[year] = cached
        return cached

    # -- queries -------------------------------------------------------------------
    def is_working(self, day: int) -> bool:
        self._cover(day, day)
        return day in self._day_set

    def first_on_or_after(self, day: int) -> int:
        return self._nth_after(day - 1, 1)

    def last_on_or_before(self, day: int) -> int:
        return self._nth_back(day, 1)

    def _nth_after(self, day: int, n: int) -> int:
        """The n-th working day after day (n ≥ 1), growing the index as needed."""
        reach = 2 * n + 400
        while True:
            self._cover(day, min(day + reach, HORIZON_HI))
            i = bisect_right(self._days, day) + n - 1
            if i < len(self._days):
                return self._days[i]
            if day + reach >= HORIZON_HI:
                raise BeyondHorizon(day)
            reach *= 4

    def _nth_back(self, day: int, n: int) -> int:
        """The n-th working day counted back from day, day itself included (n ≥ 1)."""
        reach = 2 * n + 400
        while True:
            self._cover(max(day - reach, HORIZON_LO), day)
            j = bisect_right(self._days, day) - n
            if j >= 0:
                return self._days[j]
            if day - reach <= HORIZON_LO:
                raise BeyondHorizon(day)
            reach *= 4

    def count(self, after: int, upto: int) -> int:
        """Working days D with after < D ≤ upto (0 when upto ≤ after)."""
        if upto <= after:
            return 0
        self._cover(after, upto)
        return bisect_right(self._days, upto) - bisect_right(self._days, after)

    def slack(self, earliest: int, latest: int) -> int:
        """SPEC §3.5: working days in (earliest, latest], negative when latest is before."""
        if latest >= earliest:
            return self.count(earliest, latest)
        return -self.count(latest, earliest)

    # -- ⊕ and ⊖ ---------------------------------------------------------------------
    def add(self, day: int, dur: Duration, statutory: bool = False) -> int:
        """``day ⊕ dur``; a statutory term that ends on a weekend day or feestdag runs on to the
        next day that is neither (Algemene termijnenwet art. 1; a zero term ends nowhere)."""
        end = self._add(day, dur)
        return self.termijnen.extend(end) if statutory and dur.n else end

    def sub(self, day: int, dur: Duration, statutory: bool = False) -> int:
        """``day ⊖ dur``: the latest D with ``D ⊕ dur ≤ day`` (for a statutory term, with the
        extended end: so D ⊕ dur must reach the last day on which such a term can end)."""
        if statutory and dur.n:
            day = self.termijnen.last_open_on_or_before(day)
        return self._sub(day, dur)

    def _add(self, day: int, dur: Duration) -> int:
        n = dur.n
        if dur.unit == "d":
            return check_horizon(day + n)
        if dur.unit == "w":
            return check_horizon(day + 7 * n)
        if dur.unit == "m":
            return check_horizon(add_months(day, n))
        if n == 0:
            return day
        return self._nth_after(day, n)

    def _sub(self, day: int, dur: Duration) -> int:
        n = dur.n
        if dur.unit == "d":
            return check_horizon(day - n)
        if dur.unit == "w":
            return check_horizon(day - 7 * n)
        if dur.unit == "m":
            return check_horizon(sub_months(day, n))
        if n == 0:
            return day
        # The n-th working day after D is ≤ day exactly when D lies before the n-th
        # working day counted back from day; so D is the calendar day before that one.
        return check_horizon(self._nth_back(day, n) - 1)

def add_months(day: int, n: int) -> int:
    d = date.fromordinal(day)
    month0 = d.month - 1 + n
    year, month = d.year + month0 // 12, month0 % 12 + 1
    if not 1 <= year <= 9999:
        raise BeyondHorizon(day)
    return date(year, month, min(d.day, monthrange(year, month)[1])).toordinal()


def sub_months(day: int, n: int) -> int:
    """Latest D with ``add_months(D, n) ≤ day``.

    On a month's last day every later day of the earlier month clips onto it
    (28 Feb ⊖ 1m = 31 Jan), so the answer is that month's last day.
    """
    t = date.fromordinal(day)
    month0 = t.month - 1 - n
    year, month = t.year + month0 // 12, month0 % 12 + 1
    if not 1 <= year <= 9999:
        raise BeyondHorizon(day)
    last = monthrange(year, month)[1]
    if t.day == monthrange(t.year, t.month)[1]:
        return date(year, month, last).toordinal()
    return date(year, month, min(t.day, last)).toordinal()
