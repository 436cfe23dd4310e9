"""Fiscal years, quarter codes and month ranges as other governments write them."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from pressfacts.extract.dates import extract_dates
from pressfacts.nlp import load_nlp

PUB = date(2025, 1, 10)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def dates(nlp, text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(r.surface, r.value) for r in extract_dates(nlp(text), published)]


def test_split_and_fiscal_years(nlp) -> None:
    assert dates(nlp, "Revenue for FY 2022-23 rose, and spending in FY2026 will fall.") == [
        ("FY 2022-23", "FY2023"),
        ("FY2026", "FY2026"),
    ]
    assert dates(nlp, "Exports in the 2019/20 marketing year set a record.") == [
        ("the 2019/20 marketing year", "FY2020")
    ]
    assert dates(nlp, "Funding starts in 2025–26.") == [("2025–26", "FY2026")]


def test_ranges_of_years_stay_two_years(nlp) -> None:
    assert dates(nlp, "The plan ran between 2019-2021.") == [("2019", "2019"), ("2021", "2021")]
    assert dates(nlp, "The survey covered 2019-22.") == [("2019", "2019"), ("22", "2022")]


def test_quarter_codes_and_the_same_period(nlp) -> None:
    text = "Sales in Q3 2024 rose 5 per cent compared with the same period last year."
    assert dates(nlp, text) == [("Q3 2024", "2024-Q3"), ("the same period last year", "2023-Q3")]
    assert dates(nlp, "Output fell in H2 2023.") == [("H2 2023", "2023-H2")]


def test_month_range_is_one_item_per_month_in_the_range_year(nlp) -> None:
    text = "In January-May 2024 exports rose compared with the corresponding period of last year."
    assert dates(nlp, text) == [
        ("January", "2024-01"),
        ("May 2024", "2024-05"),
        ("the corresponding period of last year", "2023"),
    ]
    assert dates(nlp, "In November-February 2025 the harbour froze.") == [
        ("November", "2024-11"),
        ("February 2025", "2025-02"),
    ]
    assert dates(nlp, "In October-November, imports fell.") == [
        ("October", "2024-10"),
        ("November", "2024-11"),
    ]


def test_fiscal_values_pass_the_suite_pattern() -> None:
    suite = json.loads((Path(__file__).parent.parent / "expectations" / "dates.json").read_text())
    (pattern,) = [
        e["kwargs"]["regex"]
        for e in suite["expectations"]
        if e["type"] == "expect_column_values_to_match_regex" and e["kwargs"]["column"] == "value"
    ]
    assert re.match(pattern, "FY2026") and re.match(pattern, "2024-Q3")
    assert not re.match(pattern, "FY26")


def test_a_period_named_by_its_year_is_the_period_told_before(nlp) -> None:
    text = (
        "The mill reported second-quarter output of 40,000 tonnes. "
        + "Prices were weak all season, and buyers delayed orders. " * 8
        + "In the year-earlier period, output was 35,000 tonnes; 30,000 in the 2022 quarter."
    )
    found = dates(nlp, text, date(2024, 7, 20))
    assert ("the year-earlier period", "2023-Q2") in found  # however far back the quarter was told
    assert ("the 2022 quarter", "2022-Q2") in found
    text = "Sales rose in the first half. Last year's period had a one-off gain."
    assert dates(nlp, text, date(2024, 7, 20)) == [
        ("the first half", "2024-H1"),
        ("Last year's period", "2023-H1"),
    ]


def test_a_clock_time_next_to_its_day_is_one_time(nlp) -> None:
    pub = date(2025, 3, 12)  # a Wednesday
    assert dates(nlp, "Polls will open at 8 a.m. GMT Friday.", pub) == [
        ("8 a.m. GMT Friday", "2025-03-14T08:00")
    ]
    assert dates(nlp, "The team arrived on Monday at 10:30.", pub) == [
        ("Monday at 10:30", "2025-03-10T10:30")
    ]
    assert dates(nlp, "She spoke on 5 March 2024 at 10 a.m. in the capital.", pub) == [
        ("5 March 2024 at 10 a.m.", "2024-03-05T10:00")
    ]
    # a sentence between them keeps them apart
    found = dates(nlp, "He left at 9 a.m. On Friday the office was closed.", pub)
    assert ("9 a.m", "2025-03-12T09:00") in found


def test_a_rate_after_any_quantity_is_a_set(nlp) -> None:
    found = [
        (r.surface, r.value, r.type)
        for r in extract_dates(
            nlp(
                "Clinics stay open 10 hours a day and cost $2.5 trillion a year. "
                "She spent a year there."
            ),
            PUB,
        )
    ]
    assert found == [
        ("10 hours", "PT10H", "DURATION"),
        ("a day", "P1D", "SET"),
        ("a year", "P1Y", "SET"),
        ("a year", "P1Y", "DURATION"),
    ]


def test_a_year_earlier_after_a_year_is_the_year_before_it(nlp) -> None:
    text = (
        "In June 2024 the port opened. "
        "Exports were $12 billion in 2022, up from $9 billion a year earlier."
    )
    assert dates(nlp, text, date(2024, 11, 5))[-1] == ("a year earlier", "2021")


def test_the_year_before_at_the_end_of_a_clause(nlp) -> None:
    text = "Output reached 4 million tonnes in 2023, 6 per cent more than the year before."
    assert dates(nlp, text) == [("2023", "2023"), ("the year before", "2022")]
    assert dates(nlp, "The year before the census was quiet.") == []


def test_since_a_month_looks_back_and_a_future_half_is_this_year_s(nlp) -> None:
    published = date(2025, 2, 3)
    assert dates(nlp, "Ten plants have been built since May.", published) == [("May", "2024-05")]
    assert dates(nlp, "The fund will open in the second half of the year.", date(2025, 5, 2)) == [
        ("the second half of the year", "2025-H2")
    ]
    assert dates(nlp, "Sales fell in the second half of the year.", date(2025, 5, 2)) == [
        ("the second half of the year", "2024-H2")
    ]
