"""Units written with a scale of their own: MT, Mt CO2, kt, BU, thous. tonnes."""

import pytest

from pressfacts.extract.statistics import extract_statistics
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Output reached 31 MT last season.", "31 MT", 31e6, "tonne"),
        ("The plant cuts 4 Mt CO2 a year.", "4 Mt CO2", 4e6, "tonne"),
        ("The mine produced 450 kt of copper.", "450 kt", 450e3, "tonne"),
        ("A silo for 80 thous. tonnes opened.", "80 thous. tonnes", 8e4, "tonne"),
        ("Generation was 52.1 BU in the year.", "52.1 BU", 52.1e9, "kilowatt-hour"),
        ("Demand reached 1,200.5 Billion Units.", "1,200.5 Billion Units", 1.2005e12,
         "kilowatt-hour"),
    ],
)  # fmt: skip
def test_scaled_units(nlp, text, surface, value, unit) -> None:
    (row,) = extract_statistics(nlp(text))
    assert (row.surface, row.kind, row.unit) == (surface, "measure", unit)
    assert row.value == pytest.approx(value)


def test_a_hyphenated_code_is_no_unit(nlp) -> None:
    assert [r.surface for r in extract_statistics(nlp("The 5 MT-rated engines ran."))] != ["5 MT"]


def test_rate_units_and_the_bare_bound_that_shares_them(nlp) -> None:
    rows = extract_statistics(nlp("Yields rose from 11.2 to 14.8 tonnes per hectare."))
    assert [(r.surface, r.unit) for r in rows] == [
        ("11.2", "tonne per hectare"),
        ("14.8 tonnes per hectare", "tonne per hectare"),
    ]
    (row,) = extract_statistics(nlp("The farm harvested 9 centners/ha."))
    assert (row.surface, row.unit) == ("9 centners/ha", "centner per hectare")


def test_hyphenated_superlatives_are_ranks(nlp) -> None:
    rows = extract_statistics(nlp("Chile is the world's second-largest copper producer."))
    assert [(r.surface, r.kind, r.value) for r in rows] == [("second-largest", "rank", 2)]
