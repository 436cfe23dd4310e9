"""Participants: names, roles, bodies, countries and participation from real sentences.

The sentences come from the seed and development releases; each test names
the pattern it covers.
"""

import pytest

from pressfacts.extract.participants import PUBLISHER_COUNTRY, extract_participants
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def people(nlp, text: str) -> dict:
    return {r.name: r for r in extract_participants(nlp(text))}


def test_title_before_name_with_speech(nlp) -> None:
    text = (
        "Head of State Kassym-Jomart Tokayev took part in the opening ceremony. "
        "– This is a good indicator,” said Kassym-Jomart Tokayev. "
        "– Our capital has a bright future,” the Head of State concluded."
    )
    records = extract_participants(nlp(text))
    assert len(records) == 1
    r = records[0]
    assert r.name == "Kassym-Jomart Tokayev"
    assert r.role == "head of state"
    assert r.country == PUBLISHER_COUNTRY == "KAZ"
    assert r.participation == "speaker"
    assert r.n_mentions == 3
    assert text[r.char_start : r.char_end] == "Kassym-Jomart Tokayev"


def test_place_split_off_the_name_and_country_in_parenthesis(nlp) -> None:
    text = (
        "During the event, the mayor of Astana Zhenis Kasymbek, the mayor of Rabat "
        "Asmaa Rhlalou (Morocco), the head of the National Capital Administration of "
        "Nusantara Bambang Susantono (Indonesia), the governor of the Penza region Oleg "
        "Melnichenko (Russia) also spoke. , Secretary of State of the Federal District of "
        "Brasilia Felipe Ramon Moro Rodriguez (Brazil), Deputy Mayor of Belgrade Vesna "
        "Vidovic (Serbia)."
    )
    got = people(nlp, text)
    assert set(got) == {
        "Zhenis Kasymbek", "Asmaa Rhlalou", "Bambang Susantono", "Oleg Melnichenko",
        "Felipe Ramon Moro Rodriguez", "Vesna Vidovic",
    }
    assert (got["Zhenis Kasymbek"].role, got["Zhenis Kasymbek"].organization) == ("mayor", "Astana")
    assert got["Zhenis Kasymbek"].country == "KAZ"
    assert (got["Asmaa Rhlalou"].organization, got["Asmaa Rhlalou"].country) == ("Rabat", "MAR")
    assert got["Bambang Susantono"].organization == "National Capital Administration of Nusantara"
    assert got["Oleg Melnichenko"].organization == "Penza region"
    assert got["Felipe Ramon Moro Rodriguez"].role == "secretary of state"
    assert got["Felipe Ramon Moro Rodriguez"].country == "BRA"
    assert got["Vesna Vidovic"].role == "deputy mayor"
    assert all(r.participation == "speaker" for r in got.values())


def test_minister_portfolio_and_body_words(nlp) -> None:
    text = (
        "Minister of Finance Madina Abdrakhmanova reported that tax revenues increased. "
        "Chairman of the National Bank Damir Utegenov noted that reserves stood at $44.6 "
        "billion. Akim of East Kazakhstan region Sergei Lavrinenko also spoke at the meeting. "
        "Head of the Presidential Administration Aigul Mukasheva was present."
    )
    got = people(nlp, text)
    assert got["Madina Abdrakhmanova"].role == "minister of finance"
    assert got["Madina Abdrakhmanova"].organization == "Ministry of Finance"
    assert got["Damir Utegenov"].organization == "National Bank"
    assert got["Sergei Lavrinenko"].role == "akim"
    assert got["Sergei Lavrinenko"].organization == "East Kazakhstan region"
    assert got["Aigul Mukasheva"].participation == "attendee"
    assert got["Damir Utegenov"].participation == "speaker"


def test_company_and_nationality(nlp) -> None:
    text = (
        "Chairman of the Board of Huaxin New Energy Group Zhang Weiguo reported on the "
        "construction of a wind farm. Chief Executive Officer of the German company Lindauer "
        "Agrartechnik Klaus Richter presented a project to build a plant."
    )
    got = people(nlp, text)
    assert got["Zhang Weiguo"].organization == "Huaxin New Energy Group"
    assert got["Klaus Richter"].organization == "Lindauer Agrartechnik"
    assert got["Klaus Richter"].country == "DEU"


def test_arabic_names_and_title_alias(nlp) -> None:
    text = (
        "President Kassym-Jomart Tokayev held talks with Sultan of Oman Qais bin Hamad Al "
        "Busaidi, who arrived in Astana on a state visit yesterday. Minister of Commerce, "
        "Industry and Investment Promotion of Oman Khalid bin Saif Al Harthy reported on the "
        "work of the commission. – Oman regards Kazakhstan as a reliable partner,” said the "
        "Sultan of Oman."
    )
    got = people(nlp, text)
    sultan = got["Qais bin Hamad Al Busaidi"]
    assert (sultan.role, sultan.organization, sultan.country) == ("sultan", "Oman", "OMN")
    assert sultan.participation == "speaker"
    assert sultan.n_mentions == 2
    khalid = got["Khalid bin Saif Al Harthy"]
    assert khalid.role == "minister of commerce, industry and investment promotion"
    assert khalid.country == "OMN"
    assert got["Kassym-Jomart Tokayev"].participation == "attendee"


def test_future_visit_is_mentioned(nlp) -> None:
    text = (
        "President Kassym-Jomart Tokayev held a telephone conversation with Prime Minister "
        "of the Czech Republic Jiří Novotný. To prepare for the visit, Minister of Industry "
        "and Trade of the Czech Republic Pavel Šimek will arrive in Astana on Monday. He will "
        "hold talks with Minister of Industry and Infrastructure Development of Kazakhstan "
        "Almas Turlybekov and visit the Karaganda region."
    )
    got = people(nlp, text)
    assert got["Jiří Novotný"].country == "CZE"
    assert got["Jiří Novotný"].participation == "attendee"
    assert got["Pavel Šimek"].participation == "mentioned"
    assert got["Almas Turlybekov"].participation == "mentioned"
    assert got["Almas Turlybekov"].country == "KAZ"


def test_patronymics_appositions_and_merging(nlp) -> None:
    text = (
        "The Order of Kurmet was received by Gulnar Serikkyzy Abenova, a mathematics teacher "
        "at the Daryn specialised school-lyceum in Taraz, whose students have won 46 medals. "
        "The medal went to Rustam Akmalovich Yusupov, head of the Bereke farm in Maktaaral "
        "district of Turkistan region, which grows cotton. On behalf of the awardees, Gulnar "
        "Abenova thanked the Head of State for the high appreciation of their work."
    )
    got = people(nlp, text)
    assert set(got) == {"Gulnar Serikkyzy Abenova", "Rustam Akmalovich Yusupov"}
    gulnar = got["Gulnar Serikkyzy Abenova"]
    assert (gulnar.role, gulnar.organization) == (
        "mathematics teacher", "Daryn specialised school-lyceum",
    )
    assert gulnar.participation == "speaker"
    assert gulnar.n_mentions == 2
    assert got["Rustam Akmalovich Yusupov"].organization == "Bereke farm"
    assert got["Rustam Akmalovich Yusupov"].participation == "attendee"


def test_posthumous_award_and_relative(nlp) -> None:
    text = (
        "The Order of Aibyn was awarded posthumously to Yerlan Kuanyshuly Seitkali, a "
        "firefighter of the emergency service of Semey, who died in August. The award was "
        "handed over to his mother, Roza Seitkali."
    )
    got = people(nlp, text)
    assert got["Yerlan Kuanyshuly Seitkali"].participation == "mentioned"
    assert got["Yerlan Kuanyshuly Seitkali"].organization == "emergency service of Semey"
    assert got["Roza Seitkali"].participation == "attendee"


def test_historical_figure_is_mentioned(nlp) -> None:
    text = (
        "During this difficult time, on the initiative of the First President Nursultan "
        "Abishevich Nazarbayev, the Supreme Council decided to move the capital. We need to "
        "evaluate the contribution of Nursultan Nazarbayev."
    )
    records = extract_participants(nlp(text))
    assert len(records) == 1
    assert records[0].name == "Nursultan Abishevich Nazarbayev"
    assert records[0].role == "first president"
    assert records[0].participation == "mentioned"
    assert records[0].n_mentions == 2


def test_places_bodies_and_programmes_are_not_people(nlp) -> None:
    text = (
        "The city was included in the top 21 according to the authoritative international "
        "organization Intelligent Community Forum. The capital also created the largest "
        "technopark of IT startups in Central Asia, Astana Hub, which makes a significant "
        "contribution. Astana, which became the stronghold of Independent Kazakhstan, grew. "
        "Over 2,000 companies have chosen the Astana International Financial Center."
    )
    assert extract_participants(nlp(text)) == []


def test_head_of_a_body_after_a_name_is_not_a_person(nlp) -> None:
    text = (
        "The medal went to Timur Baurzhanuly Ismailov, head of the Kamkor volunteer rescue "
        "team in Shymkent, who helped to evacuate 37 residents."
    )
    assert [r.name for r in extract_participants(nlp(text))] == ["Timur Baurzhanuly Ismailov"]
