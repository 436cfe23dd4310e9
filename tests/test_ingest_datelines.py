"""Date lines as government sites write them: each found, or refused with why."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressfacts.ingest.datelines import parse_date_line
from pressfacts.ingest.errors import RejectedFile

TODAY = date(2026, 1, 31)

# (date line, date order the source states, expected date or a word of the refusal)
TABLE = [
    # ISO and year-first numbers: always year-month-day
    ("2023-07-05", None, date(2023, 7, 5)),
    ("2024-09-10", "MDY", date(2024, 9, 10)),
    ("2025-01-02T09:30:00+05:00", None, date(2025, 1, 2)),
    ("Published: 2025-03-04 10:15", None, date(2025, 3, 4)),
    ("2025/06/10", None, date(2025, 6, 10)),
    ("2025.02.03", None, date(2025, 2, 3)),
    # day month year, with the words sites put around them
    ("Published 8 October 2024", None, date(2024, 10, 8)),
    ("Brussels, 12 March 2025", None, date(2025, 3, 12)),
    ("02 JUL 2024 4:05PM by PIB Delhi", None, date(2024, 7, 2)),
    ("Posted On: 10 JAN 2025 6:15PM by PIB Delhi", None, date(2025, 1, 10)),
    ("8th April, 2025", None, date(2025, 4, 8)),
    ("1st of May 2025", None, date(2025, 5, 1)),
    ("14:20, 04 March 2025", None, date(2025, 3, 4)),
    ("09:40, 05 November 2025", None, date(2025, 11, 5)),
    ("Tuesday, 10 June 2025", None, date(2025, 6, 10)),
    ("Date: 3 Sept. 2024 | Views: 1 245", None, date(2024, 9, 3)),
    ("12 December 2024 - Press release - 2 min read", None, date(2024, 12, 12)),
    ("Last update: 5 Feb 2025 | Published 3 Feb 2025", None, date(2025, 2, 3)),
    ("5-Mar-2025", None, date(2025, 3, 5)),
    # month day year
    ("June 10, 2025 - Ottawa, Ontario - Natural Resources Canada", None, date(2025, 6, 10)),
    ("September 9, 2025", None, date(2025, 9, 9)),
    ("Jan. 5, 2025", None, date(2025, 1, 5)),
    ("WASHINGTON, Nov 12, 2024", None, date(2024, 11, 12)),
    ("Monday, March 3, 2025 – 11:00 a.m.", None, date(2025, 3, 3)),
    ("For Immediate Release: April 22nd, 2025", None, date(2025, 4, 22)),
    # numbers separated by full stops are day.month.year
    ("06.05.2025", None, date(2025, 5, 6)),
    ("10.06.2025", None, date(2025, 6, 10)),
    ("12.11.2025", None, date(2025, 11, 12)),
    ("Опубликовано 10.07.2025 в 09:15", None, date(2025, 7, 10)),
    # Russian and Kazakh month names
    ("10 ноября 2025 года, 14:20", None, date(2025, 11, 10)),
    ("9 февраля 2024, 16:45", None, date(2024, 2, 9)),
    ("Пятница, 12 сентября 2025 г.", None, date(2025, 9, 12)),
    ("3 мая 2024", None, date(2024, 5, 3)),
    ("15 қазан 2024", None, date(2024, 10, 15)),
    ("2025 жылғы 10 қараша, 14:20", None, date(2025, 11, 10)),
    # slashes and hyphens: decided by a day over 12, else by the source's order
    ("13/05/2023", None, date(2023, 5, 13)),
    ("05/13/2023", None, date(2023, 5, 13)),
    ("04/05/2023", "DMY", date(2023, 5, 4)),
    ("04/05/2023", "MDY", date(2023, 4, 5)),
    ("07/07/2023", None, date(2023, 7, 7)),
    ("Released 10-06-2025", "DMY", date(2025, 6, 10)),
    # refused: ambiguity, missing parts, contradictions, impossible or future dates
    ("04/05/2023", None, "ambiguous"),
    ("Released 10-06-2025", None, "ambiguous"),
    ("July 2023", None, "no day"),
    ("2023", None, "no full date"),
    ("5 July", None, "no year"),
    ("March 3", None, "no year"),
    ("Monday, 10 June 2025", None, "weekday"),
    ("Четверг, 12 сентября 2025 г.", None, "weekday"),
    ("31 June 2025", None, "not a calendar date"),
    ("2025-02-30", None, "not a calendar date"),
    ("5 July 2999", None, "after today"),
    ("5 July 1066", None, "before 1900"),
    ("04/05/23", "DMY", "two-digit year"),
    ("no date here", None, "holds no date"),
    ("", None, "no date line"),
    ("Published 8 October 2024, 9 October 2024", None, "several dates"),
]


def test_the_table_covers_at_least_forty_lines():
    assert len(TABLE) >= 40


@pytest.mark.parametrize(("line", "order", "expected"), TABLE)
def test_date_line(line, order, expected):
    if isinstance(expected, date):
        assert parse_date_line(line, date_order=order, today=TODAY) == expected
    else:
        with pytest.raises(RejectedFile) as refused:
            parse_date_line(line, date_order=order, today=TODAY)
        assert expected in refused.value.reason
        assert refused.value.hint


def test_an_ambiguous_line_names_the_fix():
    with pytest.raises(RejectedFile) as refused:
        parse_date_line("04/05/2023", today=TODAY)
    assert "day/month or month/day" in refused.value.reason
    assert "date_order" in refused.value.hint and "YYYY-MM-DD" in refused.value.hint


def test_iso_is_never_read_day_first():
    """Every day of a year in ISO form reads back as itself."""
    day = date(2023, 1, 1)
    while day.year == 2023:
        assert parse_date_line(day.isoformat(), date_order="DMY", today=TODAY) == day
        day = date.fromordinal(day.toordinal() + 1)


def test_the_run_day_is_the_latest_on_earth():
    """A release dated today in the easternmost time zone is not in the future."""
    from pressfacts.ingest.datelines import run_day

    assert parse_date_line(run_day().isoformat()) == run_day()


def test_a_refusal_quotes_nothing_of_the_line_but_its_date():
    for line in ("hunter2-secret", "token 12345 hunter2-secret", "July 2023 hunter2-secret"):
        with pytest.raises(RejectedFile) as refused:
            parse_date_line(line, today=TODAY)
        assert "hunter2" not in refused.value.reason + refused.value.hint


FORMATS = (
    "%d %B %Y",
    "%B %d, %Y",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%A, %d %B %Y",
    "%a %d %b %Y %I:%M%p by PIB Delhi",
    "Posted On: %d %b %Y",
    "%H:%M, %d %B %Y",
    "%Y/%m/%d %H:%M",
)


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=TODAY), fmt=st.sampled_from(FORMATS))
def test_a_written_date_reads_back_as_itself(day, fmt):
    assert parse_date_line(day.strftime(fmt), today=TODAY) == day


@given(day=st.dates(min_value=date(1900, 1, 1), max_value=TODAY), sep=st.sampled_from("/-"))
def test_slashed_dates_are_read_only_when_unambiguous(day, sep):
    line = day.strftime(f"%m{sep}%d{sep}%Y")
    if day.day <= 12 and day.day != day.month:
        with pytest.raises(RejectedFile, match="ambiguous"):
            parse_date_line(line, today=TODAY)
    else:
        assert parse_date_line(line, today=TODAY) == day
    assert parse_date_line(line, date_order="MDY", today=TODAY) == day


def test_a_paragraph_in_place_of_the_date_line_is_refused():
    with pytest.raises(RejectedFile, match="longer than"):
        parse_date_line("5 " * 50_000, today=TODAY)
