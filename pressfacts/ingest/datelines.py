"""The publication date of a date line, found and never guessed.

A date line carries its date among other words ("Published 8 October 2024",
"02 JUL 2024 4:05PM by PIB Delhi", "10 ноября 2025 года, 14:20"). The date
is found by explicit patterns: ISO and year-first numbers are
year-month-day; numbers separated by full stops are day.month.year (the
only order that writes them so); a month name fixes the month. Numbers
separated by slashes or hyphens whose day and month could be swapped are
refused unless the source names its order. A date without a day or a
year, a weekday that contradicts the date and a date after the run's day
are refused with the reason and the fix. A reason quotes only the date it
found, never the rest of the line: the line may not be a date line at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from pressfacts.ingest import vocabulary
from pressfacts.ingest.errors import RejectedFile

EARLIEST_YEAR = 1900
# A date line longer than this is a paragraph, not a date line; the bound also
# keeps every pattern's work small whatever the input.
MAX_LINE = 200
DATE_ORDERS = ("DMY", "MDY", "YMD")
HINT = "write the date as '5 July 2023' or '2023-07-05'"
# The latest calendar day anywhere on Earth (UTC+14): a release dated "today"
# in its publisher's time zone is not in the future.
_EARLIEST_ZONE = timezone(timedelta(hours=14))


def _months() -> dict[str, int]:
    return vocabulary.numbered_names("months")


def _weekdays() -> dict[str, int]:
    return vocabulary.numbered_names("weekdays")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    iso: re.Pattern
    numeric: re.Pattern
    day_month_year: re.Pattern
    month_day_year: re.Pattern
    year_day_month: re.Pattern
    month_year: re.Pattern
    day_month: re.Pattern
    month_day: re.Pattern
    weekday: re.Pattern
    updated: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    month = rf"(?P<month>{_alternation(_months())})\.?(?!\w)"
    bare_day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?(?!\d)"
    day = rf"(?<![\w:.,]){bare_day}"
    words = vocabulary.load("dateline_words")
    year = rf"(?P<year>\d{{4}})(?!\d)(?:\s*(?:{_alternation(words['year_after'])})(?!\w))?"
    updated = words["updated"]
    flags = re.IGNORECASE
    return _Patterns(
        iso=re.compile(
            r"(?<![\d.:/-])(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)"
        ),
        numeric=re.compile(
            r"(?<![\d.:/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d])"
        ),
        day_month_year=re.compile(rf"{day}(?:\s+of)?[\s/-]*{month}[\s,/-]*{year}", flags),
        month_day_year=re.compile(rf"(?<!\w){month}[\s-]*{day}\s*,?\s*{year}", flags),
        # Kazakh writes the year first: "2025 жылғы 10 қараша"
        year_day_month=re.compile(
            rf"(?<!\d)(?P<year>\d{{4}})\s*(?:{_alternation(words['year_before_day'])})"
            rf"\s*{bare_day}\s*{month}",
            flags,
        ),
        month_year=re.compile(rf"(?<!\w){month}[\s,]*{year}", flags),
        day_month=re.compile(rf"{day}(?:\s+of)?[\s/-]*{month}", flags),
        month_day=re.compile(rf"(?<!\w){month}[\s-]*{day}", flags),
        weekday=re.compile(rf"(?<!\w)(?:{_alternation(_weekdays())})\.?(?!\w)", flags),
        updated=re.compile(rf"(?<!\w)(?:{_alternation(updated)})(?!\w)\W*$", flags),
    )


def run_day() -> date:
    """The run's day: the latest calendar day on Earth at this moment."""
    return datetime.now(UTC).astimezone(_EARLIEST_ZONE).date()


def _make(line: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise RejectedFile(
            f"date line: {year:04d}-{month:02d}-{day:02d} is not a calendar date",
            "check the day and the month",
        ) from None


def _numeric(line: str, m: re.Match, date_order: str | None) -> date:
    a, b, year_text = int(m["a"]), int(m["b"]), m["year"]
    if len(year_text) == 2:
        raise RejectedFile("date line has a two-digit year", "write the year in full: " + HINT)
    year = int(year_text)
    if m["sep"] == ".":
        return _make(line, year, b, a)  # day.month.year: no locale writes month.day.year
    if a > 12 and b <= 12:
        return _make(line, year, b, a)
    if b > 12 and a <= 12:
        return _make(line, year, a, b)
    if a == b or date_order in ("DMY", "MDY"):
        day, month = (a, b) if date_order != "MDY" else (b, a)
        return _make(line, year, month, day)
    raise RejectedFile(
        f"date line is ambiguous: {m.group(0)} may be day/month or month/day",
        "write the month as a word or the date as YYYY-MM-DD, "
        'or give the publisher\'s order in source.toml (date_order = "DMY" or "MDY")',
    )


def _candidates(line: str, date_order: str | None) -> list[tuple[int, date]]:
    """Every full date in the line, with where it starts."""
    p = _patterns()
    found: list[tuple[int, int, date]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return all(m.end() <= s or m.start() >= e for s, e in taken)

    def add(m: re.Match, value: date) -> None:
        found.append((m.start(), m.end(), value))
        taken.append((m.start(), m.end()))

    for m in p.iso.finditer(line):
        add(m, _make(line, int(m["year"]), int(m["month"]), int(m["day"])))
    for m in p.numeric.finditer(line):
        if free(m):
            add(m, _numeric(line, m, date_order))
    for pattern in (p.year_day_month, p.day_month_year, p.month_day_year):
        for m in pattern.finditer(line):
            if free(m):
                add(m, _make(line, int(m["year"]), _months()[m["month"].lower()], int(m["day"])))
    return [(start, value) for start, _, value in sorted(found)]


def _missing_part(line: str) -> RejectedFile:
    p = _patterns()
    if p.month_year.search(line):
        return RejectedFile(
            "date line has no day",
            "give the full publication date: " + HINT,
        )
    if p.day_month.search(line) or p.month_day.search(line):
        return RejectedFile(
            "date line has no year",
            "give the full publication date: " + HINT,
        )
    if re.search(r"\d", line):
        return RejectedFile("date line holds no full date (a year alone, or numbers)", HINT)
    return RejectedFile(
        "date line holds no date",
        "put the publication date on the second line, e.g. '5 July 2023'",
    )


def parse_date_line(line: str, *, date_order: str | None = None, today: date | None = None) -> date:
    """The publication date in `line`, or `RejectedFile` saying why there is none."""
    line = " ".join(line.split())
    if not line:
        raise RejectedFile("no date line", "put the publication date on the second line")
    if len(line) > MAX_LINE:
        raise RejectedFile(
            f"date line longer than {MAX_LINE} characters",
            "put the title on the first line and the publication date alone on the second",
        )
    found = _candidates(line, date_order)
    if not found:
        raise _missing_part(line)
    published = {value for start, value in found if not _patterns().updated.search(line[:start])}
    if len(published) != 1:
        raise RejectedFile(
            "date line holds several dates",
            "keep only the publication date on the date line",
        )
    value = published.pop()
    _check_weekday(line, value)
    today = today or run_day()
    if value.year < EARLIEST_YEAR:
        raise RejectedFile(
            f"publication date {value.isoformat()} is before {EARLIEST_YEAR}",
            "check the date line's year",
        )
    if value > today:
        raise RejectedFile(
            f"publication date {value.isoformat()} is after today ({today.isoformat()})",
            "check the date line: a release is published on or before the day it is read",
        )
    return value


def _check_weekday(line: str, value: date) -> None:
    names = {
        _weekdays()[m.group(0).rstrip(".").lower()] for m in _patterns().weekday.finditer(line)
    }
    if names and names != {value.weekday()}:
        raise RejectedFile(
            f"date line names a weekday that {value.isoformat()} is not "
            f"(it is a {value.strftime('%A')})",
            "correct the day or the weekday",
        )
