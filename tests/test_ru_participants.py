"""Russian participants: each rule on a text of its own."""

import re

import pytest

from pressfacts.extract.ru.participants import extract_participants


def people(text, **kw):
    return {p.name: p for p in extract_participants(text, **kw)}


def test_names_are_given_in_the_nominative():
    text = (
        "Губернатор провёл встречу с Андреем Сергеевичем Волковым. "
        "Андрей Волков поблагодарил за приём."
    )
    assert list(people(text)) == ["Андрей Сергеевич Волков"]
    text = "Награду вручили Марине Петровой."
    assert list(people(text)) == ["Марина Петрова"]


def test_title_role_organization_and_country():
    text = "Министр энергетики Казахстана Ерлан Аккенженов провёл совещание."
    (p,) = people(text).values()
    assert (p.name, p.role, p.organization, p.country) == (
        "Ерлан Аккенженов",
        "министр энергетики",
        "Казахстан",
        "KAZ",
    )
    text = "В переговорах участвовал посол Японии в Казахстане Ивао Накамура."
    (p,) = people(text).values()
    assert (p.role, p.country, p.participation) == ("посол", "JPN", "attendee")


def test_title_in_an_oblique_case_is_read_in_the_nominative():
    text = "Президент принял акима Карагандинской области Ермаганбета Булекпаева."
    (p,) = people(text).values()
    assert (p.name, p.role, p.organization) == (
        "Ермаганбет Булекпаев",
        "аким",
        "Карагандинская область",
    )


def test_untitled_country_comes_from_the_publisher_only_for_officials():
    text = "Заместитель министра финансов Олег Грибов сообщил о бюджете."
    assert people(text, publisher_country="RUS")["Олег Грибов"].country == "RUS"
    assert people(text)["Олег Грибов"].country is None
    text = "Председатель Коллегии ЕЭК Бакыт Сариев сообщил о планах."
    assert people(text, publisher_country="KAZ")["Бакыт Сариев"].country is None


def test_speakers_attendees_and_the_merely_mentioned():
    text = (
        "Министр транспорта Павел Орлов провёл совещание. "
        "По словам Орлова, ремонт завершат в срок. "
        "В совещании приняла участие вице-министр Анна Белова. "
        "Доклад был направлен Президенту Игорю Смирнову."
    )
    found = people(text)
    assert found["Павел Орлов"].participation == "speaker"
    assert found["Анна Белова"].participation == "attendee"
    assert found["Игорь Смирнов"].participation == "mentioned"


def test_a_quote_attributed_after_it_makes_a_speaker():
    text = "«Мы выполним план», – сказала директор завода Ольга Лебедева."
    assert people(text)["Ольга Лебедева"].participation == "speaker"


def test_the_head_of_state_standing_alone_is_the_one_untitled_person():
    text = (
        "Павел Громов провёл переговоры с Президентом Финляндии Юхой Виртаненом. "
        "Глава государства отметил важность визита."
    )
    found = people(text, publisher_country="KAZ")
    gromov = found["Павел Громов"]
    assert (gromov.role, gromov.country, gromov.participation) == (
        "глава государства",
        "KAZ",
        "speaker",
    )
    assert found["Юха Виртанен"].country == "FIN"


def test_places_named_after_a_person_are_not_participants():
    text = "Студенты университета имени Л.Н. Толстого посетили выставку."
    assert people(text) == {}


def test_roles_are_lower_case_cyrillic():
    text = "Генеральный директор компании Сергей Белов сообщил о запуске линии."
    (p,) = people(text).values()
    assert re.fullmatch(r"[^A-Z]*", p.role) and p.role == p.role.lower()


@pytest.mark.parametrize("exclude", [[(0, 12)]])
def test_excluded_spans_name_nobody(exclude):
    text = "Иван Петров. Министр Олег Грибов отметил рост."
    assert list(people(text, exclude=exclude)) == ["Олег Грибов"]


def test_an_oblique_form_of_the_name_is_not_taken_for_the_nominative():
    text = (
        "Президент провёл встречу с министром Виктором Зорином. "
        "Он поручил Зорину подготовить доклад."
    )
    assert list(people(text)) == ["Виктор Зорин"]


def test_the_president_standing_alone_is_the_publishers_untitled_person():
    text = "Олег Рябов провёл совещание. Президент отметил рост экспорта."
    p = people(text, publisher_country="RUS")["Олег Рябов"]
    assert (p.role, p.country, p.participation) == ("президент", "RUS", "speaker")


def test_an_organization_in_quotes_keeps_its_name_as_written():
    text = "Председатель правления АО «Курылыс-Групп» Арман Жанузаков сообщил о планах."
    p = people(text)["Арман Жанузаков"]
    assert (p.role, p.organization) == ("председатель правления", "АО «Курылыс-Групп»")


def test_a_title_in_apposition_after_the_name():
    text = "Как отметил Иван Сорокин, министр энергетики Казахстана, добыча выросла."
    p = people(text)["Иван Сорокин"]
    assert (p.role, p.country, p.participation) == ("министр энергетики", "KAZ", "speaker")


def test_with_the_participation_of_makes_an_attendee():
    text = "Встреча прошла с участием Ольги Смирновой, заместителя акима Алматы."
    p = people(text)["Ольга Смирнова"]
    assert (p.role, p.participation) == ("заместитель акима", "attendee")


def test_streets_and_prizes_named_after_people_are_not_participants():
    assert people("На проспекте Абая открыт центр. Премия Жамбыла вручена поэтам.") == {}


def test_a_standing_title_with_a_country_refers_to_that_countrys_holder():
    text = (
        "Глава государства Павел Громов принял министра Олега Жукова. "
        "Президент Казахстана отметил рост торговли."
    )
    p = people(text, publisher_country="KAZ")["Павел Громов"]
    assert p.participation == "speaker"


def test_coordinated_names_share_a_plural_title_in_the_singular():
    text = "На совещание были приглашены вице-премьеры Иван Котов и Олег Рыбин."
    found = people(text, publisher_country="RUS")
    assert [(p.role, p.country, p.participation) for p in found.values()] == [
        ("вице-премьер", "RUS", "attendee"),
        ("вице-премьер", "RUS", "attendee"),
    ]


def test_the_full_first_name_is_preferred_to_initials():
    text = "Президент А.Г. Лукашенко провёл совещание. Александр Лукашенко потребовал порядка."
    assert list(people(text)) == ["Александр Лукашенко"]
