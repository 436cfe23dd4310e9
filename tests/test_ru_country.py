"""The country of a Russian release without a source.toml: each cue on a text of its own."""

from datetime import date

from pressfacts.extract.ru import extract_russian, lexicon


def test_a_common_word_that_spells_a_country_is_no_country():
    # pycountry's Russian "Того" (Togo) is the pronoun "тот" in a text
    assert "тот" not in lexicon.countries()
    assert "чадо" not in lexicon.countries()
    assert lexicon.countries()["монголия"] == "MNG"
    text = "Кроме того, министр того ведомства Иван Петров сообщил о работе."
    (person,) = extract_russian(text, date(2025, 3, 1)).participants
    assert person.country is None
