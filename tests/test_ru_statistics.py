"""Russian figures: each rule on a sentence of its own."""

from datetime import date

import pytest

from pressfacts.extract.ru import extract_russian
from pressfacts.extract.ru.statistics import extract_statistics


def stats(text, **kw):
    return [
        (s.surface, s.value, s.kind, s.unit, s.qualifier) for s in extract_statistics(text, **kw)
    ]


def one(text, **kw):
    found = extract_statistics(text, **kw)
    assert len(found) == 1, [s.surface for s in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Экспорт зерна составил 3,5 млрд долларов США.", "3,5 млрд долларов США", 3.5e9, "USD"),
        ("Пенсия составит 95 000 тенге.", "95 000 тенге", 95000, "KZT"),
        ("Бюджет программы – 40 млрд рублей.", "40 млрд рублей", 4e10, "RUB"),
        ("Выручка достигла 12 млн белорусских рублей.", "12 млн белорусских рублей", 1.2e7, "BYN"),
        ("Банк выдал кредит на 200 млн юаней.", "200 млн юаней", 2e8, "CNY"),
        ("Экспорт составил 15 млн сомов.", "15 млн сомов", 1.5e7, "KGS"),
        ("Проект стоит 800 млн сумов.", "800 млн сумов", 8e8, "UZS"),
        ("Грант составил 2 тыс. евро.", "2 тыс. евро", 2000, "EUR"),
        ("Стоимость – 1,2 трлн тенге.", "1,2 трлн тенге", 1.2e12, "KZT"),
    ],
)
def test_money_in_any_currency_and_scale(text, surface, value, unit):
    s = one(text)
    assert (s.surface, s.value, s.kind, s.unit) == (surface, pytest.approx(value), "money", unit)


def test_bare_roubles_follow_the_release_and_the_publisher():
    text = "Зарплата выросла до 2 500 белорусских рублей, а прибыль составила 3 млн рублей."
    assert [s.unit for s in extract_statistics(text)] == ["BYN", "BYN"]
    assert one("Прибыль составила 3 млн рублей.", publisher_country="BLR").unit == "BYN"
    assert one("Прибыль составила 3 млн рублей.", publisher_country="RUS").unit == "RUB"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Аграрии собрали 2,4 млн тонн пшеницы.", 2.4e6, "tonne"),
        ("Посевы заняли 600 тысяч гектаров.", 600000, "hectare"),
        ("Выработка составила 1,2 млрд кВт·ч.", 1.2e9, "kilowatt-hour"),
        ("Урожайность достигла 25 центнеров с гектара.", 25, "centner"),
        ("Построено 40 километров дорог.", 40, "kilometre"),
        ("Сдано 300 тысяч квадратных метров жилья.", 300000, "square metre"),
    ],
)
def test_measures_get_english_unit_names(text, value, unit):
    s = one(text)
    assert (s.value, s.kind, s.unit) == (pytest.approx(value), "measure", unit)


def test_the_measured_thing_follows_the_unit():
    assert one("Аграрии собрали 2,4 млн тонн пшеницы.").subject == "пшеница"


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("Открыто более 200 школ.", "более 200 школ", "over"),
        ("Создано свыше 15 тыс. рабочих мест.", "свыше 15 тыс. рабочих мест", "over"),
        ("Доля составила менее 3%.", "менее 3%", "under"),
        ("Экспортируется около 40 процентов.", "около 40 процентов", "approx"),
        ("Реализуется порядка 70 проектов.", "порядка 70 проектов", "approx"),
        ("В группе не менее 10 человек.", "не менее 10 человек", "at_least"),
        ("Инфляция составит не более 5%.", "не более 5%", "at_most"),
        ("Форум соберёт до 300 участников.", "до 300 участников", "up_to"),
        ("Цены выросли почти на 2%.", "почти на 2%", "approx"),
    ],
)
def test_qualifiers_before_the_figure(text, surface, qualifier):
    s = one(text)
    assert (s.surface, s.qualifier) == (surface, qualifier)


def test_an_exceeding_verb_qualifies_without_joining_the_surface():
    s = one("Число туристов превысило 2 млн человек.")
    assert (s.surface, s.value, s.qualifier) == ("2 млн человек", 2e6, "over")
    assert one("Дефицит не превысит 3%.").qualifier == "at_most"


def test_a_level_reached_is_not_a_ceiling():
    assert one("Мощность довели до 500 мегаватт.").qualifier is None
    found = stats("Выпуск вырос в 2 раза, до 40 тысяч единиц.")
    assert found[1][:2] == ("40 тысяч единиц", 40000) and found[1][4] is None


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Продажи выросли в 2,5 раза.", "в 2,5 раза", 2.5),
        ("Выпуск увеличился вдвое.", "вдвое", 2),
        ("Экспорт вырос в три раза.", "в три раза", 3),
    ],
)
def test_multipliers(text, surface, value):
    s = one(text)
    assert (s.surface, s.value, s.kind, s.unit) == (surface, value, "multiplier", None)


def test_ranks_in_digits_and_words():
    assert stats("Страна заняла 4-е место в рейтинге.") == [("4-е место", 4, "rank", None, None)]
    assert stats("Город оказался на пятом месте.") == [("пятом месте", 5, "rank", None, None)]
    found = stats("Первое место у Алматы: 1-е место заняла область, 2-е – город.")
    assert ("2-е", 2, "rank", None, None) in found


def test_shares_are_percentages():
    s = one("На экспорт идёт почти половина продукции.")
    assert (s.surface, s.value, s.kind, s.qualifier) == ("почти половина", 50, "percent", "approx")
    assert one("Две трети средств освоены.").value == pytest.approx(200 / 3)


def test_ranges_give_one_row_per_bound():
    found = stats("Рост составит 3–4%.")
    assert found == [
        ("3", 3, "percent", "percent", "at_least"),
        ("4%", 4, "percent", "percent", "at_most"),
    ]
    found = stats("Ставка составляет от 10 до 12%.")
    assert found == [
        ("от 10", 10, "percent", "percent", "at_least"),
        ("до 12%", 12, "percent", "percent", "at_most"),
    ]
    rows = extract_statistics("Рост составит 3–4%.")
    assert rows[0].range_group == rows[1].range_group is not None


def test_a_change_from_one_level_to_another_is_two_plain_figures():
    found = stats("Безработица снизилась с 5,2% до 4,8%.")
    assert [(f[1], f[4]) for f in found] == [(5.2, None), (4.8, None)]


def test_counts_in_words_and_digits_take_the_counted_noun():
    s = one("Построены семь новых школ.")
    assert (s.surface, s.value, s.kind, s.subject) == ("семь новых школ", 7, "count", "школа")
    assert one("Подписано 12 соглашений.").subject == "соглашение"


def test_years_durations_and_names_with_numbers_are_not_figures():
    text = "В 2024 году за три года на ТЭЦ-2 построено 12 мостов."
    found = extract_russian(text, date(2025, 3, 1)).statistics
    assert [s.surface for s in found] == ["12 мостов"]


def test_the_first_level_of_a_change_takes_the_currency_of_the_second():
    found = stats("Стипендия вырастет с 40 000 до 52 000 тенге.")
    assert found == [
        ("40 000", 40000, "money", "KZT", None),
        ("52 000 тенге", 52000, "money", "KZT", None),
    ]


def test_references_and_telephone_numbers_are_not_figures():
    assert stats("Согласно статье 15 закона, льготы сохранены.") == []
    assert stats("Справки по телефону 8 700 100-20-30.") == []


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit"),
    [
        ("Выделено 5,4 млрд руб. на ремонт.", 5.4e9, "money", "RUB"),
        ("Кредит – 300 млн долл. США.", 3e8, "money", "USD"),
        ("Зарплата – 350 тыс. тг.", 350000, "money", "KZT"),
        ("Собрано 2,1 млн т зерна.", 2.1e6, "measure", "tonne"),
    ],
)
def test_abbreviated_currencies_and_units(text, value, kind, unit):
    s = one(text)
    assert (s.value, s.kind, s.unit) == (pytest.approx(value), kind, unit)


def test_a_scaled_figure_without_a_noun_is_kept_and_a_bare_number_is_not():
    assert stats("Инвестиции составят 1,5 трлн, а всего будет 200.") == [
        ("1,5 трлн", 1.5e12, "count", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Контракт стоит $1,5 млрд.", "$1,5 млрд", 1.5e9, "USD"),
        ("Цена – 250 ₸ за литр.", "250 ₸", 250, "KZT"),
    ],
)
def test_currency_symbols(text, surface, value, unit):
    s = one(text)
    assert (s.surface, s.value, s.kind, s.unit) == (surface, pytest.approx(value), "money", unit)


def test_cubic_metres_by_any_name():
    assert one("Добыто 12 млрд кубометров газа.").unit == "cubic metre"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Объём экспорта составил 5 млрд долларов.", "экспорт"),
        ("Министр сообщил, что инфляция составила 8%.", "инфляция"),
        ("На долю региона приходится 12%.", "доля"),
    ],
)
def test_the_subject_is_what_the_clause_speaks_of(text, subject):
    assert one(text).subject == subject
