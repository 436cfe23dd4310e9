"""Russian temporal expressions: each rule on a sentence of its own."""

from datetime import date

import pytest

from pressfacts.extract.ru.dates import extract_dates

PUB = date(2025, 6, 18)  # a Wednesday


def found(text, published=PUB):
    return [(d.surface, d.value, d.type) for d in extract_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Соглашение подписано 5 июля 2023 года.", [("5 июля 2023 года", "2023-07-05", "DATE")]),
        ("Документ вступил в силу 01.03.2024.", [("01.03.2024", "2024-03-01", "DATE")]),
        ("Итоги подведут 25 июня.", [("25 июня", "2025-06-25", "DATE")]),
        (
            "Сессия прошла 14–15 марта.",
            [("14", "2025-03-14", "DATE"), ("15 марта", "2025-03-15", "DATE")],
        ),
    ],
)
def test_calendar_dates(text, expected):
    assert found(text) == expected


def test_a_month_range_is_one_row_per_bound_with_the_year_of_its_end():
    assert found("В январе-мае экспорт вырос.") == [
        ("январе", "2025-01", "DATE"),
        ("мае", "2025-05", "DATE"),
    ]
    assert found("За ноябрь–февраль 2024 года собрано больше.") == [
        ("ноябрь", "2023-11", "DATE"),
        ("февраль 2024 года", "2024-02", "DATE"),
    ]


def test_a_month_alone_is_the_last_such_month_when_the_text_reports():
    assert found("В сентябре выпуск сократился.") == [("сентябре", "2024-09", "DATE")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("В прошлом году товарооборот вырос.", "прошлом году", "2024"),
        ("Планы на текущий год утверждены.", "текущий год", "2025"),
        ("Работы завершат в следующем году.", "следующем году", "2026"),
        ("С начала года открыто два завода.", "начала года", "2025"),
        ("Мост построят к 2030 году.", "2030 году", "2030"),
        ("Проект начнут весной следующего года.", "весной следующего года", "2026-SP"),
        ("Доклад обсудят завтра.", "завтра", "2025-06-19"),
    ],
)
def test_relative_dates_resolve_against_the_publication_date(text, surface, value):
    assert found(text) == [(surface, value, "DATE")]


def test_quarters_and_halves():
    assert found("В первом полугодии 2025 года рост ускорился.") == [
        ("первом полугодии 2025 года", "2025-H1", "DATE")
    ]
    assert found("В III квартале откроется завод.") == [("III квартале", "2025-Q3", "DATE")]
    assert found("В IV квартале выпуск вырос.") == [("IV квартале", "2024-Q4", "DATE")]
    (quarter,) = extract_dates("Во 2-м квартале цены росли.", PUB)
    assert (quarter.value, quarter.start_date, quarter.end_date) == (
        "2025-Q2",
        date(2025, 4, 1),
        date(2025, 6, 30),
    )


def test_the_same_period_of_last_year_follows_the_period_named_before():
    rows = found(
        "В первом полугодии ВВП вырос на 5% по сравнению с аналогичным периодом прошлого года."
    )
    assert rows[1] == ("аналогичным периодом прошлого года", "2024-H1", "DATE")
    rows = found("В январе–марте рост составил 3% к соответствующему периоду прошлого года.")
    assert rows[-1][1] == "2024"


def test_weekdays_need_a_preposition_and_follow_the_tense():
    assert found("Совещание пройдёт в пятницу.") == [("пятницу", "2025-06-20", "DATE")]
    assert found("Во вторник комиссия рассмотрела доклад.") == [("вторник", "2025-06-17", "DATE")]
    assert found("Охрана окружающей среды важна.") == []


def test_durations_and_sets():
    assert found("В ближайшие пять лет построят дороги.") == [
        ("ближайшие пять лет", "P5Y", "DURATION")
    ]
    assert found("За девять месяцев 2024 года выпуск вырос.") == [
        ("девять месяцев 2024 года", "P9M", "DURATION")
    ]
    assert found("Рейсы выполняются ежедневно.") == [("ежедневно", "P1D", "SET")]


def test_a_year_range_is_one_row_per_bound():
    assert found("Программа рассчитана на 2026–2028 годы.") == [
        ("2026", "2026", "DATE"),
        ("2028 годы", "2028", "DATE"),
    ]


def test_excluded_spans_get_no_row():
    text = "10 июня 2025 года. Итоги подведут 25 июня."
    assert [d.surface for d in extract_dates(text, PUB, exclude=[(0, 18)])] == ["25 июня"]


def test_weeks_months_and_time_ago():
    assert found("На следующей неделе начнётся сев.") == [("следующей неделе", "2025-W26", "DATE")]
    assert found("В прошлом месяце цены снизились.") == [("прошлом месяце", "2025-05", "DATE")]
    assert found("Три года назад завод закрыли.") == [("Три года назад", "2022", "DATE")]


def test_day_ranges_with_po_and_decades():
    assert found("Форум прошёл с 2 по 4 июня.") == [
        ("2", "2025-06-02", "DATE"),
        ("4 июня", "2025-06-04", "DATE"),
    ]
    assert found("В 80-х годах прошлого века завод расширили.") == [
        ("80-х годах прошлого века", "198X", "DATE")
    ]


def test_season_adverbs_split_years_and_ordinal_years():
    assert found("Летом откроется новый терминал.") == [("Летом", "2025-SU", "DATE")]
    assert found("Осенью откроется школа.") == [("Осенью", "2025-FA", "DATE")]
    assert found("План на 2025/2026 учебный год утверждён.") == [
        ("2025/2026 учебный год", "FY2026", "DATE")
    ]
    assert found("В 2024-м году рост замедлился.") == [("2024-м году", "2024", "DATE")]


def test_months_of_this_year_are_one_duration():
    assert found("За семь месяцев текущего года выпуск вырос.") == [
        ("семь месяцев текущего года", "P7M", "DURATION")
    ]


def test_a_year_range_with_po():
    assert found("С 2020 по 2024 год построено жильё.") == [
        ("2020", "2020", "DATE"),
        ("2024 год", "2024", "DATE"),
    ]
