"""Country names, short names and demonyms resolve to ISO alpha-3 through pycountry."""

import pytest

from pressfacts.extract.countries import (
    country_code,
    country_from_demonym,
    country_from_name,
    country_of_place,
    country_prefix,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kazakh", "KAZ"),
        ("Russia", "RUS"),
        ("the UAE", "ARE"),
        ("South Korea", "KOR"),
        ("Czech", "CZE"),
        ("Omani", "OMN"),
        ("the Czech Republic's", "CZE"),
        ("Morocco", "MAR"),
        ("Sultanate of Oman", "OMN"),
        ("German", "DEU"),
    ],
)
def test_country_code(text: str, code: str) -> None:
    assert country_code(text) == code


def test_names_and_demonyms_are_separate() -> None:
    assert country_from_name("Omani") is None
    assert country_from_demonym("Oman") is None
    assert country_from_demonym("Uzbek") == "UZB"


def test_not_a_country() -> None:
    assert country_code("Astana") is None
    assert country_code("Tatarstan") is None


def test_country_prefix_splits_a_country_off_a_name() -> None:
    assert country_prefix(["Czech", "Republic", "Jiří", "Novotný"]) == (2, "CZE")
    assert country_prefix(["Oman", "Qais", "bin", "Hamad"]) == (1, "OMN")
    assert country_prefix(["Zhenis", "Kasymbek"]) == (0, None)


def test_country_prefix_takes_the_longest_official_name() -> None:
    """ "President of the Republic of Uzbekistan X": the whole official name is the country."""
    assert country_prefix(["Republic", "of", "Uzbekistan", "Shavkat"]) == (3, "UZB")
    assert country_prefix(["Republic", "of", "Korea", "Yoon"]) == (3, "KOR")


def test_dotted_abbreviation_is_a_country() -> None:
    """ "U.S. Attorney Mary Jo White": the dotted form names the United States."""
    assert country_from_name("U.S.") == "USA"


def test_a_city_or_region_gives_the_country_it_lies_in():
    assert country_of_place("Astana") == "KAZ"
    assert country_of_place("Almaty") == "KAZ"
    assert country_of_place("Rabat") == "MAR"
    assert country_of_place("Paris") == "FRA"
    assert country_of_place("Tuesday") is None
    assert country_of_place("Shell") is None
