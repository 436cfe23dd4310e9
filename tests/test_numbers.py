"""Numbers in digits and words, fractions and ordinals (pressfacts.extract.numbers)."""

import pytest

from pressfacts.extract.numbers import (
    parse_digits,
    parse_fraction,
    parse_number,
    parse_ordinal,
    words_to_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("2,000", 2000.0), ("1.5", 1.5), ("97,000", 97000.0), ("2.0", 2.0)],
)
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["2,00", "1.5 million", "abc", ""])
def test_parse_digits_rejects(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two million", 2e6),
        ("twenty-five", 25.0),
        ("a hundred", 100.0),
        ("1.5 million", 1.5e6),
        ("two hundred and fifty thousand", 250_000.0),
        ("thirty", 30.0),
    ],
)
def test_words_to_number(text, value):
    assert words_to_number(text) == value


def test_words_to_number_rejects_other_words():
    assert words_to_number("a quarter of a") is None
    assert words_to_number("companies") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("half", 0.5),
        ("a quarter", 0.25),
        ("three quarters", 0.75),
        ("one and a half", 1.5),
        ("about a fifth", None),
    ],
)
def test_parse_fraction(text, value):
    result = parse_fraction(text)
    assert result == pytest.approx(value) if value is not None else result is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("135 trillion", 135e12),
        ("19.4 trillion", 19.4e12),
        ("half million", 5e5),
        ("a quarter million", 2.5e5),
        ("three quarters billion", 7.5e8),
        ("one and a half million", 1.5e6),
        ("35 lakh", 3.5e6),
        ("12,34,567.89", 1234567.89),
        ("2 bn", 2e9),
        ("two", 2.0),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("12th", 12), ("35th", 35), ("1st", 1), ("third", 3), ("twenty-first", 21)],
)
def test_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


def test_parse_ordinal_rejects_cardinals():
    assert parse_ordinal("12") is None
    assert parse_ordinal("President") is None
