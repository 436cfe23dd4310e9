"""The country a release is published from, read from its text."""

from pressfacts.extract.document_country import document_country


def test_most_named_country_with_cities() -> None:
    text = "Nairobi hosted the fair. Kenya will export tea; Kenya and Mombasa ports grow."
    assert document_country(text) == "KEN"


def test_thin_or_tied_evidence_gives_none() -> None:
    assert document_country("Chile signed the accord.") is None
    assert document_country("Peru and Chile met. Peru and Chile signed.") is None


def test_bilateral_pair_with_one_marked_side() -> None:
    text = "Polish-Czech talks were held. The Czech minister praised Czechia and Czechia's firms."
    assert document_country(text, marked=["CZE"]) == "POL"


def test_cues_of_marked_people_do_not_count() -> None:
    text = "Laos and Laos. Vietnam, Vietnam and Vietnam."
    assert document_country(text, marked=["VNM", "VNM"]) == "LAO"
