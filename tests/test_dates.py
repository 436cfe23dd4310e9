"""Unit tests for the dates extractor, on sentences taken from the corpora."""

from __future__ import annotations

from datetime import date

import pytest

from pressfacts.extract.dates import extract_dates
from pressfacts.extract.dates.calendar import interval, pick_year_for_month
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def dates(nlp, text: str, published: date) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    records = extract_dates(doc, published)
    for r in records:
        assert text[r.char_start : r.char_end] == r.surface
        assert r.sentence and r.surface in r.sentence
    return [(r.surface, r.value, r.type) for r in records]


SEED = date(2023, 7, 5)


def test_absolute_and_relative_years(nlp):
    text = (
        "Akmola officially became the main city of the country on December 10, 1997. "
        "25 years ago, on May 6, 1998, Akmola was renamed Astana."
    )
    assert dates(nlp, text, SEED) == [
        ("December 10, 1997", "1997-12-10", "DATE"),
        ("25 years ago", "1998", "DATE"),
        ("May 6, 1998", "1998-05-06", "DATE"),
    ]


def test_quarter_of_a_century_ago_and_this_year(nlp):
    text = (
        "A quarter of a century ago, the capital was moved. "
        "This year Astana is celebrating its 25th anniversary."
    )
    assert dates(nlp, text, SEED) == [
        ("A quarter of a century ago", "1998", "DATE"),
        ("This year", "2023", "DATE"),
    ]


def test_counts_and_ordinals_are_not_dates(nlp):
    text = (
        "Over 2,000 companies from 75 countries have chosen the centre. "
        "She graduated from School No. 1991 and 1500 students attended the 25th anniversary."
    )
    assert dates(nlp, text, SEED) == []


def test_durations_keep_article_but_not_preposition(nlp):
    text = (
        "Over the past four years, investment in fixed capital grew. "
        "We need to expand irrigated land by 250,000 hectares within five years. "
        "The minister will arrive in Astana on Monday for three days."
    )
    assert dates(nlp, text, date(2023, 8, 24)) == [
        ("the past four years", "P4Y", "DURATION"),
        ("five years", "P5Y", "DURATION"),
        ("Monday", "2023-08-28", "DATE"),
        ("three days", "P3D", "DURATION"),
    ]


def test_word_durations(nlp):
    text = (
        "Kazakhstan has become a respected state over the past quarter century. "
        "Trade grew in the first seven months of this year. "
        "Visitors may stay for up to 30 days."
    )
    assert dates(nlp, text, date(2023, 8, 24)) == [
        ("the past quarter century", "P25Y", "DURATION"),
        ("the first seven months of this year", "P7M", "DURATION"),
        ("up to 30 days", "P30D", "DURATION"),
    ]


def test_month_without_year_follows_tense(nlp):
    text = (
        "Inflation slowed to 8.6 percent in December. "
        "By 1 March, the Government must present a new package of measures."
    )
    assert dates(nlp, text, date(2025, 1, 28)) == [
        ("December", "2024-12", "DATE"),
        ("1 March", "2025-03-01", "DATE"),
    ]


def test_date_range_is_two_items(nlp):
    text = "The business forum held in Muscat on 14–15 March brought together 150 companies."
    assert dates(nlp, text, date(2024, 7, 16)) == [
        ("14", "2024-03-14", "DATE"),
        ("15 March", "2024-03-15", "DATE"),
    ]


def test_periods_and_anaphora(nlp):
    text = (
        "Trade grew by 20 percent in the first half of 2024 compared with "
        "the same period last year. The first quarter of this year was strong."
    )
    assert dates(nlp, text, date(2024, 7, 16)) == [
        ("the first half of 2024", "2024-H1", "DATE"),
        ("the same period last year", "2023-H1", "DATE"),
        ("The first quarter of this year", "2024-Q1", "DATE"),
    ]


def test_weeks_seasons_and_sets(nlp):
    text = (
        "The commission met in Prague last week. Flights suspended since the summer "
        "of 2020 resume this autumn. Exports reach 1.2 million tonnes annually, "
        "and every year new plants open."
    )
    assert dates(nlp, text, date(2023, 8, 24)) == [
        ("last week", "2023-W33", "DATE"),
        ("the summer of 2020", "2020-SU", "DATE"),
        ("this autumn", "2023-FA", "DATE"),
        ("annually", "P1Y", "SET"),
        ("every year", "P1Y", "SET"),
    ]


def test_today_yesterday_and_references(nlp):
    text = (
        "Yesterday the Sultan arrived. Today we honour our heroes. "
        "The agency is currently working on it, and it will grow in the future."
    )
    assert dates(nlp, text, date(2024, 7, 16)) == [
        ("Yesterday", "2024-07-15", "DATE"),
        ("Today", "2024-07-16", "DATE"),
        ("currently", "PRESENT_REF", "DATE"),
        ("the future", "FUTURE_REF", "DATE"),
    ]


def test_the_future_of_is_not_a_date(nlp):
    assert dates(nlp, "This decision predetermined the future of our people.", SEED) == []


def test_news_formats(nlp):
    text = (
        "The Times said in an editorial on Saturday, April 25: the court erred. "
        "Shares rose on Oct. 19, 1987, and fell in the 1990s. "
        "The treaty was signed on 6.07.1994 and amended on 2024-03-15."
    )
    assert dates(nlp, text, date(1998, 4, 24)) == [
        ("Saturday, April 25", "1998-04-25", "DATE"),
        ("Oct. 19, 1987", "1987-10-19", "DATE"),
        ("the 1990s", "199X", "DATE"),
        ("6.07.1994", "1994-07-06", "DATE"),
        ("2024-03-15", "2024-03-15", "DATE"),
    ]


def test_ages_and_fractions_are_not_durations(nlp):
    text = "Mr. Reupke, 52 years old, said Iraq imports about three-quarters of its food."
    assert dates(nlp, text, date(1989, 11, 2)) == []


def test_interval_of_values():
    assert interval("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert interval("2024-H1") == (date(2024, 1, 1), date(2024, 6, 30))
    assert interval("2023-W33") == (date(2023, 8, 14), date(2023, 8, 20))
    assert interval("199X") == (date(1990, 1, 1), date(1999, 12, 31))
    assert interval("P5Y") == (None, None)


def test_pick_year_for_month():
    ref = date(2021, 12, 14)
    assert pick_year_for_month(4, None, ref, -1) == 2021
    assert pick_year_for_month(1, 10, ref, 1) == 2022
    assert pick_year_for_month(10, None, date(1998, 1, 8), 0) == 1997


def test_weekday_without_tense_is_the_nearest(nlp):
    # published on a Wednesday; "has scheduled" says nothing about the direction
    text = (
        "The attorney has scheduled a news conference Thursday. "
        "He and Arafat meet separately Monday with Albright. "
        "The court refused on Tuesday to hear the case, said Thursday's ruling."
    )
    assert dates(nlp, text, date(1999, 5, 5)) == [
        ("Thursday", "1999-05-06", "DATE"),
        ("Monday", "1999-05-03", "DATE"),
        ("Tuesday", "1999-05-04", "DATE"),
        ("Thursday", "1999-04-29", "DATE"),
    ]


def test_possessive_weekday_may_be_today(nlp):
    text = "The editorial on the front of Friday's edition attacked the boyfriend."
    assert dates(nlp, text, date(2000, 1, 28)) == [("Friday", "2000-01-28", "DATE")]


def test_recent_and_coming_periods_are_vague_durations(nlp):
    text = (
        "Hate groups have grown in recent years and recent months. "
        "Prices will rise in the coming weeks."
    )
    assert dates(nlp, text, date(1998, 3, 3)) == [
        ("recent years", "PXY", "DURATION"),
        ("recent months", "PXM", "DURATION"),
        ("the coming weeks", "PXW", "DURATION"),
    ]


def test_couples_and_halves(nlp):
    text = (
        "It took a couple of years and 2 1/2 years more. "
        "The flight lasted 5 1/2 hours, and a minute and a half later a pilot called."
    )
    assert dates(nlp, text, date(1998, 1, 14)) == [
        ("a couple of years", "P2Y", "DURATION"),
        ("2 1/2 years", "P2Y6M", "DURATION"),
        ("5 1/2 hours", "PT5H30M", "DURATION"),
        ("a minute and a half", "PT1M30S", "DURATION"),
    ]


def test_spoken_years(nlp):
    text = (
        "In January nineteen ninety-seven the rules changed, as in the winter of "
        "nineteen ninety-four. Nothing was ready for the year two thousand."
    )
    assert dates(nlp, text, date(1998, 2, 9)) == [
        ("January nineteen ninety-seven", "1997-01", "DATE"),
        ("the winter of nineteen ninety-four", "1994-WI", "DATE"),
        ("the year two thousand", "2000", "DATE"),
    ]


def test_past_verb_with_a_date_just_ahead(nlp):
    text = "Directors declared a dividend payable Dec. 7 to stock of record Nov. 22."
    assert dates(nlp, text, date(1989, 10, 27)) == [
        ("Dec. 7", "1989-12-07", "DATE"),
        ("Nov. 22", "1989-11-22", "DATE"),
    ]


def test_the_following_year_follows_the_story(nlp):
    text = (
        "On May 22, 1995, Farkas was made a brigadier general, and the following "
        "year he was appointed military attache."
    )
    assert dates(nlp, text, date(1998, 4, 18)) == [
        ("May 22, 1995", "1995-05-22", "DATE"),
        ("the following year", "1996", "DATE"),
    ]


def test_the_week_of_a_day(nlp):
    text = "The dispute may be resolved in a court hearing the week of March 6."
    assert dates(nlp, text, date(2000, 2, 24)) == [("the week of March 6", "2000-W10", "DATE")]


def test_a_season_with_its_year_is_one_expression(nlp):
    text = (
        "The next session will be held in spring 2025. The plant opened in autumn 2023, "
        "and a second line follows in summer next year or in the autumn of this year."
    )
    assert dates(nlp, text, date(2024, 6, 5)) == [
        ("spring 2025", "2025-SP", "DATE"),
        ("autumn 2023", "2023-FA", "DATE"),
        ("summer next year", "2025-SU", "DATE"),
        ("the autumn of this year", "2024-FA", "DATE"),
    ]


def test_the_current_century_with_or_without_a_part_of_it(nlp):
    text = (
        "This century belongs to Asia; by the middle of the century the country will be "
        "carbon neutral. It was called the deal of the century."
    )
    assert dates(nlp, text, date(2024, 6, 5)) == [
        ("This century", "20", "DATE"),
        ("the middle of the century", "20", "DATE"),
    ]


def test_hours_later_are_a_duration_not_a_direction(nlp) -> None:
    """Only calendar units shift the publication date; "an hour later" names no
    day, so the duration in it is what the text gives (never FUTURE_REF)."""
    found = dates(nlp, "He was hurt at noon. Just over an hour later, he died.", date(1998, 10, 25))
    assert ("an hour", "PT1H", "DURATION") in found
    assert not any(value in ("FUTURE_REF", "PAST_REF") for _, value, _ in found)
