"""Calendar arithmetic for the dates extractor: shifting, choosing the right
year for a month or weekday, and the day interval a TIMEX3 value covers.

Kept apart from the grammar so that it can be read (and tested) on its own.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

SOON_DAYS = 60

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})$")


def add_months(d: date, months: int) -> date:
    """Same day `months` later (clamped to the month's last day)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, monthrange(year, month + 1)[1]))


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(d: date) -> str:
    """'2024-05'; the year in four digits even before 1000 (strftime drops the zeros)."""
    return f"{d.year:04d}-{d.month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_value(value: str, years: int) -> str:
    """Move a year-anchored value ('2024-H1', '1989-Q3', '2023') by whole years."""
    if re.match(r"^\d{4}", value):
        return f"{int(value[:4]) + years:04d}{value[4:]}"
    return value


def pick_year_for_month(month: int, day: int | None, ref: date, direction: int) -> int:
    """Year of a month (and day) named without one. direction < 0: the last
    such month (date) not after `ref`; > 0: the first not before it; 0: the nearest."""

    def key(year: int) -> tuple[int, int, int]:
        return (year, month, day or 0)

    here = (ref.year, ref.month, ref.day if day else 0)
    years = [ref.year - 1, ref.year, ref.year + 1]
    if direction < 0:
        if _close_ahead(month, day, ref):
            return ref.year + (month < ref.month)
        return max(y for y in years if key(y) <= here)
    if direction > 0:
        return min(y for y in years if key(y) >= here)
    # unknown tense: news look back more often than ahead, so the window
    # reaches four months into the future and eight into the past
    target = (month - 1) * 31 + (day or 15)
    now = (ref.month - 1) * 31 + ref.day
    return ref.year + (-1 if target - now > 124 else 1 if now - target > 248 else 0)


def _close_ahead(month: int, day: int | None, ref: date) -> bool:
    """A date up to SOON_DAYS (a month: the next one) after `ref`. News name a
    date almost a year back with its year, so a past-tense verb next to such a
    date is about its announcement: "declared a dividend payable Dec. 7"."""
    if day is None:
        return month == ref.month % 12 + 1
    year = ref.year + (month < ref.month)
    try:
        ahead = (date(year, month, day) - ref).days
    except ValueError:
        return False
    return 0 < ahead <= SOON_DAYS


def year_of_weekday_date(month: int, day: int, weekday: int, ref: date) -> int | None:
    """'Saturday, April 25': the year, near `ref`, in which that day is a Saturday."""
    for year in (ref.year, ref.year - 1, ref.year + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def pick_weekday(weekday: int, ref: date, direction: int) -> date:
    """Date of a weekday (0 = Monday) named alone: the nearest one in the
    direction of the tense, or the nearest one at all when the tense says
    nothing (HeidelTime's news default: "talks resume Monday")."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7 or 7
    if direction > 0 or (direction == 0 and ahead < back):
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def pick_quarter_year(quarter: int, ref: date, direction: int) -> int:
    """Year of 'the third quarter' named without one: the latest such quarter
    that has begun (business news report the closed quarter), or the next one
    for the future tense."""
    current = quarter_of(ref)
    if direction > 0:  # "will report third-quarter results" in October is still this year
        return ref.year
    return ref.year if quarter <= current else ref.year - 1


def interval(value: str) -> tuple[date | None, date | None]:
    """First and last day of the calendar interval a DATE value names."""
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1])
    if m := _YEAR.match(value):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := _PART.match(value):
        y, part = int(m[1]), m[2]
        if part[0] in "QH":
            months = 3 if part[0] == "Q" else 6
            first = (int(part[1]) - 1) * months + 1
            last = first + months - 1
            return date(y, first, 1), date(y, last, monthrange(y, last)[1])
        first, last = SEASON_MONTHS[part]
        end_year = y + 1 if last < first else y
        return date(y, first, 1), date(end_year, last, monthrange(end_year, last)[1])
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    return None, None
