"""Working days and the duration arithmetic ⊕ / ⊖ of SPEC §3.1–3.2, with the Dutch calendar.

Every expected date below was worked out by hand from `python3 -m calendar` and the NL
public holidays; the comment next to each case shows the counting.
"""

from __future__ import annotations

from datetime import date

import pytest

from res_plan.durations import Duration, parse_duration
from res_plan.holiday_cache import holiday_source
from res_plan.pipeline import check_text
from res_plan.workdays import WorkingDays


def d(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


@pytest.fixture(scope="module")
def nl() -> WorkingDays:
    return WorkingDays(holiday_source("NL"))


def plus(wd: WorkingDays, day: str, duration: str) -> str:
    return iso(wd.add(d(day), parse_duration(duration)))


def minus(wd: WorkingDays, day: str, duration: str) -> str:
    return iso(wd.sub(d(day), parse_duration(duration)))


# -- which days are working days ---------------------------------------------------------

@pytest.mark.parametrize(("day", "working"), [
    ("2023-03-03", True),   # Friday
    ("2023-03-04", False),  # Saturday
    ("2023-03-05", False),  # Sunday
    ("2023-03-06", True),   # Monday
    ("2023-04-07", False),  # Good Friday
    ("2023-04-10", False),  # Easter Monday
    ("2024-03-28", True),   # Maundy Thursday is a normal day
    ("2024-03-29", False),  # Good Friday
    ("2024-04-01", False),  # Easter Monday
    ("2024-04-02", True),
    ("2023-04-27", False),  # King's Day, a Thursday
    ("2025-04-25", True),   # Friday before King's Day 2025, which falls on Saturday 26 April
    ("2023-05-18", False),  # Ascension Day
    ("2023-05-29", False),  # Whit Monday
    ("2023-12-25", False),  # Christmas Day
    ("2023-12-26", False),  # Second Day of Christmas
    ("2023-12-27", True),
    ("2024-01-01", False),  # New Year's Day
    ("2024-01-02", True),
    ("2025-05-05", False),  # Liberation Day in a lustrum year (a Monday)
    ("2023-05-05", True),   # Liberation Day outside a lustrum year (a Friday) is a working day
    ("2026-05-05", True),   # ... and again (a Tuesday)
])
def test_working_days_follow_the_dutch_calendar(nl: WorkingDays, day: str, working: bool) -> None:
    assert nl.is_working(d(day)) is working


def test_kings_day_2025_is_kept_on_saturday_26_april() -> None:
    holidays_2025 = set(holiday_source("NL")(2025))
    assert date(2025, 4, 26) in holidays_2025
    assert date(2025, 4, 25) not in holidays_2025


def test_liberation_day_is_a_holiday_only_in_lustrum_years() -> None:
    nl_holidays = holiday_source("NL")
    assert date(2025, 5, 5) in set(nl_holidays(2025))
    assert date(2024, 5, 5) not in set(nl_holidays(2024))
    assert date(2023, 5, 5) not in set(nl_holidays(2023))


# -- N wd: the N-th working day after D ----------------------------------------------------

@pytest.mark.parametrize(("start", "duration", "expected"), [
    ("2023-03-03", "1wd", "2023-03-06"),   # Fri + 1 working day skips the weekend
    ("2023-03-03", "5wd", "2023-03-10"),   # Fri + 5 = next Fri
    ("2023-03-06", "5wd", "2023-03-13"),   # Mon + 5 = next Mon
    ("2023-03-04", "1wd", "2023-03-06"),   # from a Saturday: Monday is the first
    ("2023-03-05", "1wd", "2023-03-06"),   # from a Sunday: Monday is the first
    ("2023-03-04", "5wd", "2023-03-10"),   # from a Saturday: Mon..Fri
    ("2024-03-28", "1wd", "2024-04-02"),   # over Good Friday, the weekend and Easter Monday
    ("2024-03-27", "3wd", "2024-04-03"),   # 28(1) [29 30 31 01] 02(2) 03(3)
    ("2023-04-26", "1wd", "2023-04-28"),   # over King's Day 2023
    ("2025-04-24", "1wd", "2025-04-25"),   # King's Day 2025 on a Saturday costs nothing
    ("2025-04-24", "2wd", "2025-04-28"),
    ("2023-05-17", "1wd", "2023-05-19"),   # over Ascension Day
    ("2025-05-02", "1wd", "2025-05-06"),   # Fri; Mon 5 May 2025 is Liberation Day
    ("2023-05-04", "1wd", "2023-05-05"),   # 5 May 2023 is an ordinary Friday
    ("2023-12-22", "1wd", "2023-12-27"),   # Fri; 25 and 26 Dec are Christmas
    ("2023-12-22", "5wd", "2024-01-03"),   # 27(1) 28(2) 29(3) [01-01] 02(4) 03(5)
    ("2023-12-24", "4wd", "2024-01-02"),   # from a Sunday across Christmas and New Year
    ("2023-04-20", "10wd", "2023-05-05"),  # conformance case 01: over King's Day
])
def test_adding_working_days(nl: WorkingDays, start: str, duration: str, expected: str) -> None:
    assert plus(nl, start, duration) == expected


# -- T ⊖ N wd: the latest D whose N-th working day after it is on or before T ---------------

@pytest.mark.parametrize(("end", "duration", "expected"), [
    ("2023-03-06", "1wd", "2023-03-05"),   # Sun + 1wd = Mon; Mon + 1wd = Tue is too late
    ("2023-03-11", "1wd", "2023-03-09"),   # Sat: Thu + 1wd = Fri fits, Fri + 1wd = Mon does not
    ("2023-03-10", "5wd", "2023-03-05"),   # Sun + 5wd = Mon..Fri; Mon + 5wd = next Mon
    ("2024-04-02", "1wd", "2024-04-01"),   # Easter Monday + 1wd = Tue 2 April
    ("2024-04-02", "2wd", "2024-03-27"),   # 27 + 2wd = 28, 02; 28 + 2wd = 02, 03
    ("2024-04-02", "3wd", "2024-03-26"),   # conformance case 01
    ("2024-01-03", "5wd", "2023-12-26"),   # back over New Year and Christmas, into 2023
    ("2023-05-19", "1wd", "2023-05-18"),   # Ascension Day + 1wd = Fri 19 May
    ("2023-05-19", "2wd", "2023-05-16"),   # 16 + 2wd = 17, 19
])
def test_subtracting_working_days(nl: WorkingDays, end: str, duration: str, expected: str) -> None:
    assert minus(nl, end, duration) == expected


# -- d, w and m ----------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "duration", "expected"), [
    ("2024-02-26", "3d", "2024-02-29"),   # calendar days, leap day included
    ("2023-12-30", "3d", "2024-01-02"),
    ("2024-02-26", "1w", "2024-03-04"),
    ("2023-05-30", "29w", "2023-12-19"),  # conformance case 01: + 203 days
    ("2024-03-30", "1d", "2024-03-31"),   # calendar days ignore weekends and holidays
    ("2024-02-29", "1m", "2024-03-29"),
    ("2024-01-31", "1m", "2024-02-29"),   # clipped to the last day of a leap February
    ("2023-01-31", "1m", "2023-02-28"),   # clipped to the last day of February
    ("2024-02-29", "12m", "2025-02-28"),
    ("2023-01-02", "13m", "2024-02-02"),  # across a year boundary
    ("2023-11-30", "3m", "2024-02-29"),
    ("2023-08-31", "1m", "2023-09-30"),
])
def test_adding_days_weeks_and_months(nl: WorkingDays, start: str, duration: str, expected: str) -> None:
    assert plus(nl, start, duration) == expected


@pytest.mark.parametrize(("end", "duration", "expected"), [
    ("2024-03-01", "1d", "2024-02-29"),
    ("2024-01-02", "3d", "2023-12-30"),
    ("2024-03-04", "1w", "2024-02-26"),
    ("2024-03-19", "29w", "2023-08-29"),  # conformance case 01: − 203 days
    ("2024-02-29", "1m", "2024-01-31"),   # 31 Jan + 1m = 29 Feb fits; 1 Feb + 1m = 1 Mar does not
    ("2023-02-28", "1m", "2023-01-31"),   # 29, 30 and 31 Jan all land on 28 Feb
    ("2024-02-28", "1m", "2024-01-28"),   # in a leap year 29 Jan + 1m = 29 Feb is too late
    ("2024-03-31", "1m", "2024-02-29"),
    ("2023-03-30", "1m", "2023-02-28"),   # 28 Feb + 1m = 28 Mar fits; 1 Mar + 1m = 1 Apr does not
    ("2024-04-30", "1m", "2024-03-31"),   # conformance case 02
    ("2025-02-28", "12m", "2024-02-29"),  # leap day + 12m = 28 Feb 2025
    ("2024-01-15", "1m", "2023-12-15"),   # across a year boundary
    ("2024-02-29", "3m", "2023-11-30"),
    ("2023-03-31", "13m", "2022-02-28"),  # 28 Feb 2022 + 13m = 28 Mar 2023; 1 Mar 2022 + 13m = 1 Apr 2023
])
def test_subtracting_days_weeks_and_months(nl: WorkingDays, end: str, duration: str, expected: str) -> None:
    assert minus(nl, end, duration) == expected


@pytest.mark.parametrize("end", ["2023-02-28", "2024-02-29", "2024-03-31", "2023-03-30", "2024-01-15"])
def test_subtracting_a_month_gives_the_latest_day_that_fits(nl: WorkingDays, end: str) -> None:
    one_month = parse_duration("1m")
    start = nl.sub(d(end), one_month)
    assert nl.add(start, one_month) <= d(end)
    assert nl.add(start + 1, one_month) > d(end)


# -- zero of every unit --------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["wd", "d", "w", "m"])
@pytest.mark.parametrize("day", [
    "2023-03-04",  # Saturday
    "2023-12-25",  # Christmas Day
    "2024-02-29",  # leap day
    "2023-03-08",  # an ordinary Wednesday
])
def test_zero_duration_leaves_the_date_alone(nl: WorkingDays, unit: str, day: str) -> None:
    zero = parse_duration(f"0{unit}")
    assert zero == Duration(0, unit)  # type: ignore[arg-type]
    assert plus(nl, day, f"0{unit}") == day
    assert minus(nl, day, f"0{unit}") == day


# -- snapping to a working day -------------------------------------------------------------

@pytest.mark.parametrize(("day", "on_or_after", "on_or_before"), [
    ("2024-03-29", "2024-04-02", "2024-03-28"),  # Good Friday
    ("2023-12-25", "2023-12-27", "2023-12-22"),  # Christmas Day (Monday)
    ("2023-12-31", "2024-01-02", "2023-12-29"),  # Sunday before New Year's Day
    ("2023-03-08", "2023-03-08", "2023-03-08"),  # a working day is its own answer
])
def test_nearest_working_day(nl: WorkingDays, day: str, on_or_after: str, on_or_before: str) -> None:
    assert iso(nl.first_on_or_after(d(day))) == on_or_after
    assert iso(nl.last_on_or_before(d(day))) == on_or_before


# -- closed ranges -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nl_with_christmas_closure() -> WorkingDays:
    return WorkingDays(holiday_source("NL"), [(d("2023-12-27"), d("2023-12-29"))])


def test_closed_range_days_are_not_working_days(nl_with_christmas_closure: WorkingDays) -> None:
    wd = nl_with_christmas_closure
    assert [wd.is_working(d(day)) for day in ("2023-12-22", "2023-12-27", "2023-12-28", "2023-12-29",
                                              "2024-01-02")] == [True, False, False, False, True]


def test_closed_range_is_skipped_by_working_day_arithmetic(nl_with_christmas_closure: WorkingDays) -> None:
    wd = nl_with_christmas_closure
    # Fri 22 Dec: 25, 26 holidays, 27-29 closed, 30-31 weekend, 1 Jan holiday -> Tue 2 Jan.
    assert plus(wd, "2023-12-22", "1wd") == "2024-01-02"
    assert plus(wd, "2023-12-22", "2wd") == "2024-01-03"
    assert minus(wd, "2024-01-02", "1wd") == "2024-01-01"
    assert minus(wd, "2024-01-02", "2wd") == "2023-12-21"
    assert wd.count(d("2023-12-22"), d("2024-01-02")) == 1
    assert iso(wd.first_on_or_after(d("2023-12-27"))) == "2024-01-02"
    assert iso(wd.last_on_or_before(d("2023-12-29"))) == "2023-12-22"


def test_closed_range_without_public_holidays() -> None:
    wd = WorkingDays(holiday_source("none"), [(d("2023-12-27"), d("2023-12-29"))])
    assert plus(wd, "2023-12-22", "1wd") == "2023-12-25"  # Christmas is a working day here
    assert plus(wd, "2023-12-26", "1wd") == "2024-01-01"  # and so is New Year's Day
    assert minus(wd, "2024-01-01", "1wd") == "2023-12-31"  # Sunday + 1wd = Mon 1 Jan
    assert minus(wd, "2024-01-01", "2wd") == "2023-12-25"  # 25 Dec + 2wd = 26 Dec, 1 Jan


def test_closed_ranges_do_not_change_calendar_durations(nl_with_christmas_closure: WorkingDays) -> None:
    wd = nl_with_christmas_closure
    assert plus(wd, "2023-12-26", "1d") == "2023-12-27"
    assert plus(wd, "2023-12-20", "1w") == "2023-12-27"
    assert plus(wd, "2023-11-28", "1m") == "2023-12-28"


# -- counting working days and slack -------------------------------------------------------

@pytest.mark.parametrize(("after", "upto", "count"), [
    ("2023-12-22", "2024-01-03", 5),   # 27, 28, 29, 2, 3
    ("2024-03-28", "2024-04-02", 1),   # only 2 April
    ("2023-03-03", "2023-03-05", 0),   # Fri to Sun: nothing after Friday
    ("2023-03-03", "2023-03-06", 1),
    ("2023-05-05", "2023-08-08", 65),  # conformance case 01, decision a
    ("2024-02-02", "2024-03-28", 39),  # conformance case 02, decision c
])
def test_count_of_working_days(nl: WorkingDays, after: str, upto: str, count: int) -> None:
    assert nl.count(d(after), d(upto)) == count


@pytest.mark.parametrize(("earliest", "latest", "slack"), [
    ("2023-12-22", "2024-01-03", 5),
    ("2024-01-03", "2023-12-22", -5),   # the mirror: working days D with 22 Dec < D ≤ 3 Jan
    ("2023-03-08", "2023-03-08", 0),    # on time with nothing to spare
    ("2023-03-03", "2023-03-06", 1),    # Fri to Mon
    ("2023-03-06", "2023-03-03", -1),
    ("2024-03-28", "2024-04-02", 1),    # Easter costs two days
    ("2024-04-02", "2024-03-28", -1),
    ("2023-03-04", "2023-03-05", 0),    # Sat to Sun
])
def test_slack_sign_and_size(nl: WorkingDays, earliest: str, latest: str, slack: int) -> None:
    assert nl.slack(d(earliest), d(latest)) == slack


# -- holidays: none ------------------------------------------------------------------------

def test_no_holidays_leaves_only_weekends(nl: WorkingDays) -> None:
    plain = WorkingDays(holiday_source("none"))
    for day in ("2023-04-27", "2023-05-18", "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29",
                "2025-05-05"):
        assert plain.is_working(d(day)), day
        assert not nl.is_working(d(day)), day
    assert not plain.is_working(d("2023-12-30"))  # Saturday stays a weekend day
    assert plus(plain, "2023-12-22", "5wd") == "2023-12-29"
    assert minus(plain, "2024-01-02", "2wd") == "2023-12-31"  # Sun + 2wd = 1 Jan, 2 Jan


def test_plan_with_holidays_none_schedules_on_christmas() -> None:
    plan = """\
version: 1
region: {id: zonder-feestdagen}
deadline: 2024-02-01
today: 2023-12-22
calendar: {holidays: none}
decisions:
  - {id: a, lead: 1wd}
  - {id: b, after: [a], lead: 5wd}
"""
    result = check_text(plan, "plan.yaml", None, system_today=date(2023, 1, 1))
    rows = {row.id: row for row in result.decisions}
    assert (rows["a"].earliest, rows["b"].earliest) == (date(2023, 12, 25), date(2024, 1, 1))
    # latest of b: 31 Jan (Wed); a: 31 Jan ⊖ 5wd = 24 Jan
    assert (rows["a"].latest, rows["b"].latest) == (date(2024, 1, 24), date(2024, 1, 31))


def test_plan_with_dutch_holidays_skips_christmas() -> None:
    plan = """\
version: 1
region: {id: met-feestdagen}
deadline: 2024-02-01
today: 2023-12-22
decisions:
  - {id: a, lead: 1wd}
  - {id: b, after: [a], lead: 5wd}
"""
    result = check_text(plan, "plan.yaml", None, system_today=date(2023, 1, 1))
    rows = {row.id: row for row in result.decisions}
    # a: Fri 22 Dec + 1wd = Wed 27 Dec; b: 28(1) 29(2) [1 Jan] 2(3) 3(4) 4(5)
    assert (rows["a"].earliest, rows["b"].earliest) == (date(2023, 12, 27), date(2024, 1, 4))
