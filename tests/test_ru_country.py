"""The country of a Russian release without a source.toml: each cue on a text of its own."""

from datetime import date

from pressfacts.extract.ru import extract_russian, lexicon
from pressfacts.extract.ru.country import document_country

VISIT = (
    "В Бишкеке состоялась встреча с Президентом Узбекистана Ильхомом Рашидовым, "
    "прибывшим в Кыргызстан с официальным визитом. Узбекистан поставляет газ, "
    "а узбекские компании открывают заводы. Министр экономики Кыргызстана Олег "
    "Сидоров сообщил о планах."
)


def test_the_visiting_side_is_not_the_publisher():
    # Uzbekistan is named more often; the participle marks its president as the guest
    assert document_country(VISIT) == "KGZ"
    plain = VISIT.replace(", прибывшим в Кыргызстан с официальным визитом", "")
    assert document_country(plain) == "UZB"


def test_a_guest_named_after_the_cue_and_a_pair_of_countries():
    text = (
        "Стороны обсудили российско-китайские отношения. Председатель Правительства "
        "приветствовал высокого гостя – Премьер-министра Китая Ли Мина. Китай и "
        "китайские банки вложили средства."
    )
    # the pair holds the guest's country: the other member is the host
    assert document_country(text) == "RUS"
    text = "Переговоры между Казахстаном и Монголией прошли в Астане."
    assert document_country(text) is None  # neither side is marked: no guess


def test_the_visitor_is_the_title_that_agrees_with_the_cue():
    # "прибывшего" (genitive) goes with "Президента Монголии", not "Президент Казахстана"
    text = (
        "Президент Казахстана встретил прибывшего с визитом Президента Монголии. "
        "Монголия и Казахстан подписали соглашение, Монголия откроет консульство."
    )
    assert document_country(text) == "KAZ"
    # the host's own president, in the nominative, is not the foreign colleague
    text = (
        "Президент Казахстана поблагодарил зарубежного коллегу за визит. "
        "Казахстан и Монголия подписали соглашение."
    )
    assert document_country(text) == "KAZ"
    text = "Казахстан встречает монгольского гостя. Монголия, Монголия и Казахстан."
    assert document_country(text) == "KAZ"


def test_amounts_in_a_currency_of_one_country_are_votes_for_it():
    text = "Аким области сообщил, что бюджет составил 40 млрд тенге, а инвестиции – 12 млрд тенге."
    assert document_country(text, ["KZT", "KZT"]) == "KAZ"
    # the dollar is used by many countries: no vote
    assert document_country(text, ["USD", "USD"]) is None
    (person,) = extract_russian(
        "Аким Северной области Ержан Касымов сообщил, что бюджет составил 40 млрд тенге, "
        "а инвестиции – 12 млрд тенге.",
        date(2025, 3, 1),
    ).participants
    assert person.country == "KAZ"


def test_the_publishers_own_offices_name_it():
    text = "Правительство РК одобрило план. Министр финансов РК Ерлан Нуров доложил о ходе работ."
    assert document_country(text) == "KAZ"


def test_thin_or_even_evidence_gives_none():
    assert document_country("Компания открыла завод в Казахстане.") is None
    assert document_country("Казахстан и Кыргызстан, Кыргызстан и Казахстан.") is None
    assert document_country("") is None


def test_a_common_word_that_spells_a_country_is_no_country():
    # pycountry's Russian "Того" (Togo) is the pronoun "тот" in a text
    assert "тот" not in lexicon.countries()
    assert "чадо" not in lexicon.countries()
    assert lexicon.countries()["монголия"] == "MNG"
    text = "Кроме того, после того как от того решения отказались, того и ждали."
    assert document_country(text) is None
    text = "Кроме того, министр того ведомства Иван Петров сообщил о работе."
    (person,) = extract_russian(text, date(2025, 3, 1)).participants
    assert person.country is None
