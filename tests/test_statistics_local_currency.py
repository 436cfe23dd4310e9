"""Currencies as publishers write them: "$" of the publisher's country, local prefixes."""

import pytest

from pressfacts.extract.local_currency import home_dollar
from pressfacts.extract.statistics import extract_statistics
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def money(nlp, text: str, home: str | None) -> list[tuple[str, float, str]]:
    rows = extract_statistics(nlp(text), home_country=home)
    return [(r.surface, r.value, r.unit) for r in rows if r.kind == "money"]


def test_bare_dollar_is_the_publishers_dollar(nlp) -> None:
    text = "The fund holds $40 million, and US$5 million came from abroad."
    assert money(nlp, text, "CAN") == [("$40 million", 40e6, "CAD"), ("US$5 million", 5e6, "USD")]
    assert money(nlp, text, "AUS")[0][2] == "AUD"
    assert money(nlp, text, "KEN")[0][2] == "USD"
    assert money(nlp, text, None)[0][2] == "USD"


def test_local_prefixes_need_the_publishers_country(nlp) -> None:
    text = "The council approved N52.3 billion for the road."
    assert money(nlp, text, "NGA") == [("N52.3 billion", 52.3e9, "NGN")]
    assert money(nlp, text, "NOR") == []


def test_rupees(nlp) -> None:
    assert money(nlp, "A family saves about Rs 9,000 a year.", None) == [
        ("about Rs 9,000", 9000, "INR")
    ]
    assert money(nlp, "A family saves Rs 9,000 a year.", "PAK")[0][2] == "PKR"


def test_home_dollar_from_cldr() -> None:
    assert (home_dollar("CAN"), home_dollar("NZL"), home_dollar("NGA")) == ("CAD", "NZD", "USD")


def test_a_dollar_after_a_word_is_still_the_publishers(nlp) -> None:
    text = "Exports rose from $9.6 billion in 2023 to $12.3 billion in 2024."
    assert [u for *_, u in money(nlp, text, "CAN")] == ["CAD", "CAD"]


def test_subject_of_an_amount_granted_for_something(nlp) -> None:
    rows = extract_statistics(nlp("The agency will request $3 million for the exchange programme."))
    assert [r.subject for r in rows] == ["exchange programme"]
    rows = extract_statistics(nlp("Revenue exceeded $4 million for the first time."))
    assert [r.subject for r in rows] == ["revenue"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Exports fell last year, but in March they rose 4 per cent.", "export"),
        ("Trade reached $4 billion in 2024, while in March it grew by 10.5%.", "trade"),
    ],
)
def test_a_pronoun_subject_takes_its_antecedent(nlp, text, subject) -> None:
    assert extract_statistics(nlp(text))[-1].subject == subject
