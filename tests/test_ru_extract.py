"""extract_russian as a whole: rows that the validation suites accept."""

import json
import re
from datetime import date
from pathlib import Path

import pycountry

from pressfacts.extract.ru import extract_russian

SUITES = Path(__file__).resolve().parent.parent / "expectations"

TEXT = (
    "Министр экономики Республики Беларусь Юрий Чеботарь провёл совещание. "
    "По его словам, в январе–октябре 2025 года экспорт составил более 38 млрд долларов, "
    "а прибыль организаций выросла в 1,4 раза, до 12 млрд белорусских рублей. "
    "«Мы рассчитываем на рост ВВП на 3–4% в следующем году», – сказал Чеботарь. "
    "Страна заняла 5-е место в рейтинге. "
    "В IV квартале будет введено 900 тысяч квадратных метров жилья."
)


def _kwargs(suite: str) -> dict[str, dict]:
    data = json.loads((SUITES / f"{suite}.json").read_text(encoding="utf-8"))
    out = {}
    for e in data["expectations"]:
        kw = e["kwargs"]
        if "row_condition" not in kw and kw.get("column"):
            out.setdefault((e["type"], kw["column"]), kw)
    return out


def test_rows_hold_the_closed_vocabularies_of_the_suites():
    ext = extract_russian(TEXT, date(2025, 11, 20), publisher_country="BLR")
    stats, dates, people = _kwargs("statistics"), _kwargs("dates"), _kwargs("participants")
    kinds = set(stats[("expect_column_values_to_be_in_set", "kind")]["value_set"])
    qualifiers = set(stats[("expect_column_values_to_be_in_set", "qualifier")]["value_set"])
    timex = re.compile(dates[("expect_column_values_to_match_regex", "value")]["regex"])
    role = re.compile(people[("expect_column_values_to_match_regex", "role")]["regex"])
    participation = set(people[("expect_column_values_to_be_in_set", "participation")]["value_set"])
    currencies = {c.alpha_3 for c in pycountry.currencies}
    countries = {c.alpha_3 for c in pycountry.countries}

    assert ext.statistics and ext.dates and ext.participants
    for s in ext.statistics:
        assert TEXT[s.char_start : s.char_end] == s.surface
        assert s.kind in kinds and (s.qualifier is None or s.qualifier in qualifiers)
        if s.kind == "money":
            assert s.unit in currencies
        if s.kind == "percent":
            assert s.unit == "percent"
        if s.kind in {"count", "rank", "multiplier"}:
            assert s.unit is None
    for d in ext.dates:
        assert TEXT[d.char_start : d.char_end] == d.surface
        assert timex.match(d.value), d.value
    for p in ext.participants:
        assert p.role is None or role.match(p.role)
        assert p.country is None or p.country in countries
        assert p.participation in participation

    money = [(s.value, s.unit, s.qualifier) for s in ext.statistics if s.kind == "money"]
    assert money == [(38e9, "USD", "over"), (12e9, "BYN", None)]
    (person,) = ext.participants
    assert (person.name, person.role, person.country, person.participation) == (
        "Юрий Чеботарь",
        "министр экономики",
        "BLR",
        "speaker",
    )


def test_excluded_spans_produce_no_row():
    text = "МИНСК, 20 ноября. Министр Юрий Чеботарь сообщил, что экспорт вырос на 5%."
    ext = extract_russian(text, date(2025, 11, 20), exclude=[(0, 17)])
    assert [d.surface for d in ext.dates] == []
    assert [s.surface for s in ext.statistics] == ["5%"]


def test_a_body_without_words_gives_no_rows():
    for text in ("", "  \n\n "):
        ext = extract_russian(text, date(2025, 1, 1))
        assert (ext.statistics, ext.dates, ext.participants) == ([], [], [])


def test_figures_in_a_quotation_have_its_speaker():
    text = (
        "Министр финансов Олег Грибов провёл брифинг. "
        "«Дефицит бюджета не превысит 3%», – сказал Грибов. "
        "Он добавил: «Доходы вырастут на 7%». Инфляция составила 8%."
    )
    speakers = {s.surface: s.speaker for s in extract_russian(text, date(2025, 5, 1)).statistics}
    assert speakers == {"3%": "Олег Грибов", "7%": "Олег Грибов", "8%": None}
