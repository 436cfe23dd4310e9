"""Hostile input: numbers no calendar or float holds, rows the suites would
reject, patterns that could backtrack, page furniture and the publisher's country.

Each reproducer is a sentence that once crashed the extractors or produced a
row the expectation suites refuse; the expected output follows the
annotation conventions (TIMEX3 years in four digits, a temperature is a
measure, a division is a fall by a share).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressfacts.extract import extract_all
from pressfacts.extract import statistics as statistics_module
from pressfacts.extract.spans import Spans
from pressfacts.extract.statistics import tokens as tokens_module
from pressfacts.nlp import load_nlp

PUBLISHED = date(2024, 5, 1)
HUGE = "9" * 400


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, text: str, **kwargs):
    return extract_all(nlp(text), PUBLISHED, **kwargs)


def dates_of(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(d.surface, d.value, d.type) for d in run(nlp, text).dates]


def stats_of(nlp, text: str) -> list[tuple[str, float, str, str | None]]:
    return [(s.surface, s.value, s.kind, s.unit) for s in run(nlp, text).statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands separators belong to the number; years before 1000 keep four digits
        ("The monastery was founded 1,500 years ago.", [("1,500 years ago", "0524", "DATE")]),
        ("The city was founded 2,000 years ago.", [("2,000 years ago", "0024", "DATE")]),
        (
            "The town was built two thousand years ago.",
            [("two thousand years ago", "0024", "DATE")],
        ),
        # before year 1: still the past, but no TIMEX3 year names it
        ("The town was built 5000 years ago.", [("5000 years ago", "PAST_REF", "DATE")]),
        ("The village was abandoned 1000000 days ago.", [("1000000 days ago", "PAST_REF", "DATE")]),
        ("It happened 100000 months ago.", [("100000 months ago", "PAST_REF", "DATE")]),
        (f"It happened {HUGE} weeks ago.", [(f"{HUGE} weeks ago", "PAST_REF", "DATE")]),
        (f"It happened {HUGE} years ago.", [(f"{HUGE} years ago", "PAST_REF", "DATE")]),
    ],
)
def test_years_ago_beyond_the_calendar(nlp, text: str, expected: list) -> None:
    assert dates_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division is a fall by a share: "by half" is 50 percent, never a multiplier 0.5
        ("Poverty has halved since the reform.", [("halved", 50.0, "percent", "percent")]),
        # a temperature is a measure, never a count of -30
        ("The temperature fell to -30 degrees.", [("-30 degrees", -30.0, "measure", "degree")]),
        ("It reached 40 °C in July.", [("40 °C", 40.0, "measure", "degree Celsius")]),
        # a factor below one states no growth a multiplier can hold
        ("Output rose 0.8 times.", []),
        # a number no float holds is no figure, and no ordinal of 400 digits is a rank
        (f"Exports grew by {HUGE} percent.", []),
        (f"It was the {HUGE}th edition of the forum.", []),
    ],
)
def test_no_row_the_suites_refuse(nlp, text: str, expected: list) -> None:
    assert stats_of(nlp, text) == expected


def test_a_negative_number_is_no_count(nlp) -> None:
    assert stats_of(nlp, "The index stood at -12 points.") == []


# --- the web-address check ------------------------------------------------------------


def test_a_word_is_judged_once_for_a_web_address(nlp, monkeypatch) -> None:
    """'0;1;2;...' holds thousands of numbers in one word: the word is checked
    for a web address once, not once per number (that was cubic)."""
    calls = []
    original = tokens_module._looks_like_url
    monkeypatch.setattr(
        tokens_module,
        "_looks_like_url",
        lambda word: calls.append(len(word)) or original(word),
    )
    text = "Codes: " + ";".join(str(i) for i in range(600)) + " and www.example.org/7 end."
    statistics_module.extract_statistics(nlp(text))
    assert len(calls) == 2  # the list and the address, each once
    assert max(calls) > 2000


def test_url_check_is_linear_on_a_word_of_separators() -> None:
    word = "/" * 50_000 + "a"
    assert tokens_module._looks_like_url(word) is False
    assert tokens_module._looks_like_url("x/" * 25_000 + "1") is True


# --- furniture and the publisher -------------------------------------------------------


def test_excluded_spans_give_no_row_and_no_participant(nlp) -> None:
    byline = "Author: Aigerim Seitkali, 5 May 2024, 300 words"
    body = "\nMinister Nurlan Baibazarov said exports grew by 5 percent in March."
    text = byline + body
    plain = run(nlp, text, publisher_country="KAZ")
    assert {p.name for p in plain.participants} >= {"Aigerim Seitkali", "Nurlan Baibazarov"}
    assert any(d.char_start < len(byline) for d in plain.dates)

    got = run(nlp, text, publisher_country="KAZ", exclude=[(0, len(byline))])
    assert [p.name for p in got.participants] == ["Nurlan Baibazarov"]
    rows = [*got.statistics, *got.dates, *got.participants]
    assert rows and all(r.char_start >= len(byline) for r in rows)
    assert [s.surface for s in got.statistics] == ["5 percent"]


def test_untitled_officials_take_the_publisher_country_or_none(nlp) -> None:
    text = "Minister of Finance Madina Zhunusbekova presented the budget."
    [home] = run(nlp, text, publisher_country="UZB").participants
    assert home.country == "UZB"
    [unknown] = run(nlp, text).participants
    assert unknown.country is None


def test_spans_lookups() -> None:
    spans = Spans([(10, 20, "b"), (0, 5, "a")])
    assert spans.contains(11, 20) and not spans.contains(4, 6)
    assert spans.overlaps(4, 6) and not spans.overlaps(5, 10) and spans.overlaps(19, 30)
    assert spans.index_at(12) == 0 and spans.index_at(0) == 1 and spans.index_at(7) is None
    assert spans.label_at(19) == "b" and spans.label_at(20) is None
    merged = Spans.merged([(0, 5), (3, 8), (20, 25)])
    assert merged.contains(0, 8) and not merged.overlaps(8, 20)
