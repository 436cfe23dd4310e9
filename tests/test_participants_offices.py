"""Participants in releases of other governments: forms of address and portfolios with "for"."""

import pytest

from pressfacts.extract.honorifics import blank_honorifics
from pressfacts.extract.participants import extract_participants
from pressfacts.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def people(nlp, text: str) -> dict:
    return {r.name: r for r in extract_participants(nlp(text))}


def test_blanking_keeps_offsets() -> None:
    text = "H.E. Mr. Tan Wei Ming met the Rt Hon. Ann Lee and Mrs. Day."
    blank = blank_honorifics(text)
    assert len(blank) == len(text)
    assert blank.split() == ["Tan", "Wei", "Ming", "met", "the", "Ann", "Lee", "and", "Day."]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Minister of Trade, Engr. Tunde Okoro, said the plan was ready.",
         "Tunde Okoro", "minister of trade"),
        ("Minister of State for Health Smt. Kavita S. Rao said the scheme works.",
         "Kavita S. Rao", "minister of state for health"),
        ("Today, the Honourable Marie T. Gagnon, Minister of Housing, announced the fund.",
         "Marie T. Gagnon", "minister of housing"),
        ("H.E. Mr. Tan Wei Ming, Ambassador of Singapore, attended.", "Tan Wei Ming", "ambassador"),
    ],
)  # fmt: skip
def test_forms_of_address_are_not_names_and_keep_the_title(nlp, text, name, role) -> None:
    found = people(nlp, text)
    assert list(found) == [name]
    assert found[name].role == role


def test_portfolio_with_for(nlp) -> None:
    found = people(nlp, "Minister for Trade John Smith met the delegation.")
    assert list(found) == ["John Smith"]
    assert found["John Smith"].role == "minister for trade"
    assert found["John Smith"].organization == "Ministry of Trade"
    walsh = people(
        nlp, "The talks were chaired by Minister for Foreign Affairs and Trade Ciara Walsh"
    )
    assert walsh["Ciara Walsh"].role == "minister for foreign affairs and trade"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Minister Ana Lopes spoke with her Kyrgyz counterpart, Deputy Minister Bakyt Osmonov.",
         "Bakyt Osmonov", "KGZ"),
        ("Ghana's Minister for Finance, Dr. Kofi Mensah, welcomed the decision.",
         "Kofi Mensah", "GHA"),
        ("Head of the Europe Department of the Chilean Foreign Ministry Rosa Vidal took part.",
         "Rosa Vidal", "CHL"),
        ("The Senegalese Ambassador Awa Ndiaye presented her credentials.", "Awa Ndiaye", "SEN"),
    ],
)  # fmt: skip
def test_country_from_the_texts_own_cues(nlp, text, name, country) -> None:
    assert people(nlp, text)[name].country == country


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held at the Sir Wilfrid Laurier Building.",
        "Funds came from the Pradhan Mantri Awas Yojana and the Dorji Wangchuk Highway project.",
    ],
)
def test_things_named_after_people_are_not_people(nlp, text) -> None:
    assert people(nlp, text) == {}


def test_form_of_address_starts_the_name_after_a_portfolio(nlp) -> None:
    found = people(nlp, "Minister of State for Power Smt. Lalitha R. Iyer said output rose.")
    assert list(found) == ["Lalitha R. Iyer"]
    text = (
        "The Minister of Information and National Orientation, Alhaji Musa Garba Sani, "
        "briefed the press."
    )
    sani = people(nlp, text)
    assert list(sani) == ["Musa Garba Sani"]
    assert sani["Musa Garba Sani"].role == "minister of information and national orientation"


def test_a_national_apposition_and_new_titles(nlp) -> None:
    found = people(nlp, "Maria Costa, a Brazilian national, told journalists the plan works.")
    assert found["Maria Costa"].country == "BRA"
    chief = people(nlp, "Chief Mary K. Bird of Red Lake First Nation welcomed the news.")
    assert list(chief) == ["Mary K. Bird"]
    assert chief["Mary K. Bird"].role == "chief"


def test_country_of_the_document_when_the_publisher_is_unknown(nlp) -> None:
    text = (
        "OSLO – The Minister of Fisheries Ola Berg met the Swedish Minister of Trade Eva Lind "
        "in Oslo. Norway and Sweden agreed to expand trade. Berg said Norway would invest more."
    )
    found = {r.name: r for r in extract_participants(nlp(text))}
    assert found["Ola Berg"].country == "NOR"
    assert found["Eva Lind"].country == "SWE"
    thin = "The Minister of Fisheries Ola Berg met the Swedish Minister of Trade Eva Lind."
    found = {r.name: r for r in extract_participants(nlp(thin))}
    assert found["Ola Berg"].country is None
    given = {r.name: r for r in extract_participants(nlp(thin), publisher_country="NOR")}
    assert given["Ola Berg"].country == "NOR"


@pytest.mark.parametrize(
    ("text", "name", "participation"),
    [
        ("The minister spoke with her Danish counterpart, Mayor Lars Holm, on Tuesday.",
         "Lars Holm", "attendee"),
        ("The ministers reviewed the road map approved by Presidents Alan Reed and Maria Lutz.",
         "Maria Lutz", "mentioned"),
        ("Spokesperson Anne Roy issued the following statement: the talks went well.",
         "Anne Roy", "speaker"),
        ("I thank Governor Paul Ode of Lagos, who opened the fair.", "Paul Ode", "attendee"),
        ("We welcome the initiative of Prime Minister Rui Sousa.", "Rui Sousa", "mentioned"),
        ("Minister Omar Haddad met the press. According to Mr. Haddad, exports grew.",
         "Omar Haddad", "speaker"),
    ],
)  # fmt: skip
def test_participation_patterns(nlp, text, name, participation) -> None:
    assert people(nlp, text)[name].participation == participation


def test_plural_titles_give_each_holder_the_title(nlp) -> None:
    found = people(nlp, "Prime Ministers Ana Ruiz and Tom Berg signed the accord.")
    assert {n: r.role for n, r in found.items()} == {
        "Ana Ruiz": "prime minister",
        "Tom Berg": "prime minister",
    }


def test_former_office_national_title_and_title_before_an_appositive_name(nlp) -> None:
    found = people(nlp, "The talks built on a meeting with then-Taoiseach Leo Varadkar.")
    assert (found["Leo Varadkar"].role, found["Leo Varadkar"].country) == ("taoiseach", "IRL")
    found = people(nlp, "The message was delivered by his Chef de Cabinet, Ana P. Lopes.")
    assert found["Ana P. Lopes"].role == "chef de cabinet"


def test_country_of_a_side_in_talks(nlp) -> None:
    text = (
        "The Kazakh delegation was headed by Deputy Minister Aidos Serikov, and the Kyrgyz "
        "side by First Deputy Minister Bakyt Osmonov."
    )
    found = people(nlp, text)
    assert (found["Aidos Serikov"].country, found["Bakyt Osmonov"].country) == ("KAZ", "KGZ")


def test_country_of_the_company_a_person_leads(nlp) -> None:
    text = (
        "The minister met the Danish firm Nordvik Kraft Holding led by Chairman of the Board of "
        "Directors Lars Holm Jensen."
    )
    found = people(nlp, text)
    assert list(found) == ["Lars Holm Jensen"]
    assert found["Lars Holm Jensen"].country == "DNK"


def test_a_title_only_mention_joins_the_holder_of_a_longer_title(nlp) -> None:
    text = (
        "The Kyrgyz side was headed by First Deputy Minister of Foreign Affairs Bakyt Osmonov. "
        "The Kyrgyz Deputy Minister noted that trade grew."
    )
    found = people(nlp, text)
    assert list(found) == ["Bakyt Osmonov"]
    assert found["Bakyt Osmonov"].participation == "speaker"


def test_an_apposition_naming_the_company_and_its_nationality(nlp) -> None:
    found = people(
        nlp,
        "Li Wei, Deputy General Manager of the Vietnamese firm Mekong Rice Trading, said that "
        "purchases would grow. The deal was signed by Chairman of the Board of the company "
        "Anatolia Cement Ahmet Yilmaz.",
    )
    assert set(found) == {"Li Wei", "Ahmet Yilmaz"}  # the firm is no person
    assert (found["Li Wei"].role, found["Li Wei"].organization) == (
        "deputy general manager",
        "Mekong Rice Trading",
    )
    assert found["Li Wei"].country == "VNM"


def test_a_department_in_parentheses_after_the_title(nlp) -> None:
    found = people(
        nlp, "According to Joint Secretary (Coal and Mines) Shri Ravi Prakash, output rose."
    )
    assert list(found) == ["Ravi Prakash"]
    assert (found["Ravi Prakash"].role, found["Ravi Prakash"].organization) == (
        "joint secretary",
        "Coal and Mines",
    )


def test_a_city_after_in_is_no_person_even_before_a_title(nlp) -> None:
    found = people(
        nlp, "Speaking to reporters in New Delhi, Union Minister of Coal Arun Mehta said so."
    )
    assert list(found) == ["Arun Mehta"]


def test_a_subject_cut_by_the_sentence_splitter_takes_the_verb_that_follows(nlp) -> None:
    text = (
        "Marat Bekov noted that trade grew. Head of the Department of Asian Countries of the Tajik "
        "Foreign Ministry Zarina Rahimova and Ambassador of Kazakhstan to Tajikistan Yerlan "
        "Amangeldiuly Zhaksybekov also took part in the consultations."
    )
    doc = nlp(text)
    assert len(list(doc.sents)) == 3, "the parser cuts the second sentence inside a name"
    found = {r.name: r.participation for r in extract_participants(doc)}
    assert found == {
        "Marat Bekov": "speaker",
        "Zarina Rahimova": "attendee",  # not the speaker before her, as a list would carry
        "Yerlan Amangeldiuly Zhaksybekov": "attendee",
    }
