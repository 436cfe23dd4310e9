"""From matched words to TIMEX3 values: month, day and year numbers,
durations ("P3Y"), and values shifted from the publication date.
"""

from __future__ import annotations

import re
from datetime import MAXYEAR as MAX_YEAR
from datetime import MINYEAR as MIN_YEAR
from datetime import date, timedelta

from pressfacts.extract.dates.calendar import (
    add_months,
    iso_week,
    month_value,
    pick_year_for_month,
)
from pressfacts.extract.dates.candidates import Context
from pressfacts.extract.dates.lexicon import MONTHS, UNITS, VAGUE_NUMBERS
from pressfacts.extract.numbers import words_to_number


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def number_value(text: str) -> float | None:
    """'three' -> 3, 'a' -> 1, 'several' -> None (vague), '1.5' -> 1.5,
    'a couple of' -> 2, '2 1/2' -> 2.5."""
    low = " ".join(text.lower().split())
    if low in VAGUE_NUMBERS:
        return None
    if low == "a couple of":
        return 2.0
    if low.endswith(" 1/2"):
        return int(low[:-4]) + 0.5
    return words_to_number(low)


def duration_value(number: float | None, unit: str) -> str:
    """P5Y, P18M, PT24H, PXY (vague number)."""
    letter, factor = UNITS[unit.lower().rstrip("s")]
    n = None if number is None else number * factor
    if n is not None and n != int(n):
        return _mixed_duration(n, letter)
    prefix = "PT" if letter in ("H", "MIN") else "P"
    letter = "M" if letter == "MIN" else letter
    return f"{prefix}{'X' if n is None else int(n)}{letter}"


# a unit's fraction is spelled in the next smaller unit: (how many, its letter, time part?)
_SMALLER = {"Y": (12, "M", False), "M": (30, "D", False), "D": (24, "H", True)}
_SMALLER_TIME = {"H": (60, "M"), "MIN": (60, "S")}


def _mixed_duration(n: float, letter: str) -> str:
    """2.5 years -> P2Y6M, 5.5 hours -> PT5H30M, 1.5 minutes -> PT1M30S (TimeML
    spells a fraction in the next smaller unit)."""
    whole = int(n)
    head = f"{whole}{letter}" if whole else ""
    if letter in _SMALLER:
        size, small, time = _SMALLER[letter]
        part = round((n - whole) * size)
        return f"P{head}{'T' if time else ''}{part}{small}"
    if letter in _SMALLER_TIME:
        size, small = _SMALLER_TIME[letter]
        head = head.replace("MIN", "M")
        return f"PT{head}{round((n - whole) * size)}{small}"
    return f"PX{letter}"


def shifted(pub: date, number: float, unit: str) -> str | None:
    """The DATE `number` units before (negative: after) the publication date,
    at the unit's granularity: '25 years ago' -> '1998'. None when that date
    lies outside the years 1 to 9999, which a TIMEX3 value cannot name."""
    letter, factor = UNITS[unit.lower().rstrip("s")]
    n = number * factor
    try:
        if letter == "Y":
            if n == int(n):
                year = pub.year - round(n)
                return f"{year:04d}" if MIN_YEAR <= year <= MAX_YEAR else None
            return month_value(add_months(pub, -round(n * 12)))
        if letter == "M":
            return month_value(add_months(pub, -round(n)))
        if letter == "Q":
            return month_value(add_months(pub, -round(3 * n)))
        if letter == "W":
            return iso_week(pub - timedelta(weeks=n))
        if letter == "D":
            return (pub - timedelta(days=n)).isoformat()
    except (OverflowError, ValueError):  # before year 1 or after 9999
        return None
    return None


def resolve_month_day(
    ctx: Context, month: int, day: int | None, year: str | None, start: int, end: int
) -> str | None:
    if year:
        y = int(year)
    else:
        y = pick_year_for_month(month, day, ctx.pub, ctx.direction(start, end))
    if day is None:
        return f"{y:04d}-{month:02d}"
    return ymd(y, month, day)


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def year_number(text: str) -> int:
    """'1994' -> 1994, 'nineteen ninety-four' -> 1994, 'two thousand and one' -> 2001."""
    if text.isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[0] == "two" and words[1] == "thousand":
        return 2000 + int(words_to_number(" ".join(words[2:])) or 0)
    century = 19 if words[0] == "nineteen" else 20
    rest = [w for w in words[1:] if w != "oh"]
    return century * 100 + int(words_to_number(" ".join(rest)) or 0)
