"""Participants: names, roles, bodies, countries and participation from real sentences.

The sentences come from the seed and development releases; each test names
the pattern it covers.
"""

import pytest

from pressfacts.extract.participants import extract_participants
from pressfacts.nlp import load_nlp

HOME = "KAZ"  # the publisher of the releases these sentences come from


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def people(nlp, text: str) -> dict:
    return {r.name: r for r in extract_participants(nlp(text), publisher_country=HOME)}


def test_title_before_name_with_speech(nlp) -> None:
    text = (
        "Head of State Kassym-Jomart Tokayev took part in the opening ceremony. "
        "– This is a good indicator,” said Kassym-Jomart Tokayev. "
        "– Our capital has a bright future,” the Head of State concluded."
    )
    records = extract_participants(nlp(text), publisher_country=HOME)
    assert len(records) == 1
    r = records[0]
    assert r.name == "Kassym-Jomart Tokayev"
    assert r.role == "head of state"
    assert r.country == HOME == "KAZ"
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
        "Zhenis Kasymbek",
        "Asmaa Rhlalou",
        "Bambang Susantono",
        "Oleg Melnichenko",
        "Felipe Ramon Moro Rodriguez",
        "Vesna Vidovic",
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
        "mathematics teacher",
        "Daryn specialised school-lyceum",
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
    records = extract_participants(nlp(text), publisher_country=HOME)
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
    assert extract_participants(nlp(text), publisher_country=HOME) == []


def test_head_of_a_body_after_a_name_is_not_a_person(nlp) -> None:
    text = (
        "The medal went to Timur Baurzhanuly Ismailov, head of the Kamkor volunteer rescue "
        "team in Shymkent, who helped to evacuate 37 residents."
    )
    names = [r.name for r in extract_participants(nlp(text), publisher_country=HOME)]
    assert names == ["Timur Baurzhanuly Ismailov"]


# ---------------------------------------------------------------- held-out patterns
# General rules for releases the corpora do not show; the sentences are written
# in the style of the releases.


def test_multi_word_place_before_a_name_after_of(nlp) -> None:
    text = (
        "The Head of State met with the mayor of New York Eric Adams. Governor of Saint "
        "Petersburg Alexander Beglov took part in the meeting. The meeting was attended by "
        "the akim of North Kazakhstan region Gauez Nurmukhambetov. The mayor of Rio de "
        "Janeiro Eduardo Paes also spoke."
    )
    got = people(nlp, text)
    assert set(got) == {
        "Eric Adams",
        "Alexander Beglov",
        "Gauez Nurmukhambetov",
        "Eduardo Paes",
    }
    assert (got["Eric Adams"].role, got["Eric Adams"].organization) == ("mayor", "New York")
    assert got["Alexander Beglov"].organization == "Saint Petersburg"
    assert got["Gauez Nurmukhambetov"].organization == "North Kazakhstan region"
    assert got["Eduardo Paes"].organization == "Rio de Janeiro"


def test_ambassador_country_is_the_sending_one(nlp) -> None:
    text = (
        "Kassym-Jomart Tokayev received Ambassador of Japan to Kazakhstan Ichiro Ogasawara. "
        "The President also received the credentials of Ambassador Extraordinary and "
        "Plenipotentiary of the Republic of Korea to Kazakhstan Kim Dae-sik."
    )
    got = people(nlp, text)
    assert (got["Ichiro Ogasawara"].role, got["Ichiro Ogasawara"].country) == ("ambassador", "JPN")
    assert got["Ichiro Ogasawara"].organization == "Japan"
    assert (got["Kim Dae-sik"].role, got["Kim Dae-sik"].country) == ("ambassador", "KOR")
    assert got["Kassym-Jomart Tokayev"].country == "KAZ"


def test_name_traditions(nlp) -> None:
    text = (
        "Chinese President Xi Jinping congratulated the people of Kazakhstan. President of "
        "the Republic of Korea Yoon Suk Yeol said the two countries are partners. President "
        "of Brazil Luiz Inácio Lula da Silva spoke by phone with Kassym-Jomart Tokayev. "
        "Foreign Minister of Oman Sayyid Badr bin Hamad Al Busaidi arrived in Astana. "
        "Jean-Claude Juncker and Anna-Maria Schmidt spoke at the forum."
    )
    got = people(nlp, text)
    assert set(got) == {
        "Xi Jinping",
        "Yoon Suk Yeol",
        "Luiz Inácio Lula da Silva",
        "Kassym-Jomart Tokayev",
        "Sayyid Badr bin Hamad Al Busaidi",
        "Jean-Claude Juncker",
        "Anna-Maria Schmidt",
    }
    assert got["Xi Jinping"].country == "CHN"
    assert got["Yoon Suk Yeol"].country == "KOR"
    assert got["Luiz Inácio Lula da Silva"].country == "BRA"
    assert got["Kassym-Jomart Tokayev"].participation == "attendee"
    sayyid = got["Sayyid Badr bin Hamad Al Busaidi"]
    assert (sayyid.organization, sayyid.country) == ("Oman", "OMN")


def test_country_from_a_demonym_elsewhere(nlp) -> None:
    text = (
        "Recep Tayyip Erdogan arrived in Astana on an official visit. The Turkish leader said "
        "trade had grown. The Uzbek President Shavkat Mirziyoyev noted the growth of trade."
    )
    got = people(nlp, text)
    erdogan = got["Recep Tayyip Erdogan"]
    assert (erdogan.role, erdogan.country, erdogan.participation) == ("leader", "TUR", "speaker")
    assert (got["Shavkat Mirziyoyev"].role, got["Shavkat Mirziyoyev"].country) == (
        "president",
        "UZB",
    )


def test_monarch_takes_the_one_foreign_country_of_the_text(nlp) -> None:
    text = (
        "Sheikh Mohamed bin Zayed Al Nahyan welcomed the President at the airport. Relations "
        "between Kazakhstan and the UAE are growing."
    )
    got = people(nlp, text)
    assert got["Mohamed bin Zayed Al Nahyan"].country == "ARE"


def test_international_bodies_have_no_default_country(nlp) -> None:
    text = (
        "UN Secretary-General António Guterres addressed the summit. IAEA Director General "
        "Rafael Grossi visited the Ulba Metallurgical Plant. President of the European Council "
        "Charles Michel held talks with the Head of State. Secretary General of the "
        "Organization of Turkic States Kubanychbek Omuraliev (Kyrgyzstan) attended."
    )
    got = people(nlp, text)
    assert (got["António Guterres"].organization, got["António Guterres"].country) == ("UN", None)
    assert (got["Rafael Grossi"].organization, got["Rafael Grossi"].country) == ("IAEA", None)
    assert got["Rafael Grossi"].role == "director general"
    assert got["Charles Michel"].organization == "European Council"
    assert got["Charles Michel"].country is None
    assert got["Kubanychbek Omuraliev"].country == "KGZ"  # the text gives one


def test_places_streets_events_and_awards_are_not_people(nlp) -> None:
    text = (
        "The Head of State visited Astana Hub and the site of Expo 2017 in Nur-Sultan. He "
        "was awarded the Order of Parasat. The forum was held on Dinmukhamed Kunayev Avenue, "
        "near Abai Street. The Intelligent Community Forum named the city among the best."
    )
    assert extract_participants(nlp(text), publisher_country=HOME) == []


def test_person_a_school_is_named_after_is_mentioned(nlp) -> None:
    text = "The school named after Abai Kunanbayev is located on Abai Street in Nur-Sultan."
    records = extract_participants(nlp(text), publisher_country=HOME)
    assert [(r.name, r.participation) for r in records] == [("Abai Kunanbayev", "mentioned")]


# ---------------------------------------------------------------- news-style names


def test_possessive_is_not_part_of_the_name(nlp) -> None:
    """ "Fidel Castro's" and "Castro's" are Fidel Castro; "Elian's Miami relatives"
    names no person "Elian's Miami"."""
    text = (
        "President Fidel Castro said the boy must return. Elian's Miami relatives refused. "
        "Fidel Castro's government organised marches, and Castro's brother spoke too."
    )
    got = people(nlp, text)
    assert set(got) == {"Fidel Castro"}
    assert got["Fidel Castro"].n_mentions == 3
    assert got["Fidel Castro"].role == "president"


def test_titles_and_honorifics_are_not_part_of_the_name(nlp) -> None:
    text = (
        "Attorney General Janet Reno met the family. Deputy Attorney General Eric Holder "
        "said the law was clear. Sen. Jesse Helms objected. Police Superintendent Pedro "
        "Toledo said two men were arrested. Mr. Holder added that Reno would decide."
    )
    got = people(nlp, text)
    assert set(got) == {"Janet Reno", "Eric Holder", "Jesse Helms", "Pedro Toledo"}
    assert got["Janet Reno"].role == "attorney general"
    assert got["Eric Holder"].role == "deputy attorney general"
    assert got["Eric Holder"].n_mentions == 2
    assert got["Jesse Helms"].role == "senator"
    assert got["Pedro Toledo"].role == "superintendent"


def test_second_titled_person_after_and(nlp) -> None:
    """ "Mayor X and Miami Mayor Y": the "and" starts a second person, not a body."""
    text = (
        "Also Friday, Miami-Dade Mayor Alex Penelas and Miami Mayor Joe Carollo flew to "
        "Washington. President Clinton and Attorney General Janet Reno praised the ruling."
    )
    got = people(nlp, text)
    assert {"Alex Penelas", "Joe Carollo", "Clinton", "Janet Reno"} <= set(got)
    assert got["Joe Carollo"].organization == "Miami"  # the body before his own title
    assert got["Janet Reno"].role == "attorney general"


def test_name_right_after_title_ends_the_title(nlp) -> None:
    """ "Inspector X of the Winnipeg Police Service": the body follows the name."""
    text = "Inspector Keith MacCaskill of the Winnipeg Police Service said the search went on."
    got = people(nlp, text)
    assert set(got) == {"Keith MacCaskill"}
    assert got["Keith MacCaskill"].role == "inspector"


def test_initials_and_abbreviated_ranks(nlp) -> None:
    text = (
        "Secretary of State James A. Baker III said Jordan is seeking guidance. "
        "Lt. Gen. Walter Boomer said the troops were ready. Police spokesman Capt. Rod Beer "
        "said the FBI made the arrest."
    )
    got = people(nlp, text)
    assert set(got) == {"James A. Baker III", "Walter Boomer", "Rod Beer"}
    assert got["Walter Boomer"].role == "lieutenant general"
    assert (got["Rod Beer"].role, got["Rod Beer"].organization) == ("spokesman", None)


def test_apposition_role_needs_an_office_noun(nlp) -> None:
    """ "an impassioned and nomadic opponent of abortion" is a description, not a role."""
    text = (
        "James Kopp, an impassioned and nomadic opponent of abortion, was charged. "
        "Walter Rowe, forensics sciences professor at George Washington University, said "
        "the evidence was strong."
    )
    got = people(nlp, text)
    assert got["James Kopp"].role is None
    assert got["Walter Rowe"].role == "forensics sciences professor"


def test_monarch_given_name_is_not_a_surname(nlp) -> None:
    """ "King Hussein" of Jordan is not "Saddam Hussein" of Iraq."""
    text = (
        "Iraq's Saddam Hussein sought support today. Also today, King Hussein of Jordan "
        "arrived in Baghdad. King Hussein was reportedly carrying a message."
    )
    got = people(nlp, text)
    assert got["Saddam Hussein"].role is None
    assert got["Saddam Hussein"].n_mentions == 1
    assert any(r.role == "king" and r.n_mentions == 2 for r in got.values())


def test_sentence_initial_adverb_is_not_part_of_a_name(nlp) -> None:
    text = "Certainly Saddam Hussein knows the risk, the official said."
    assert set(people(nlp, text)) == {"Saddam Hussein"}


def test_the_unqualified_head_of_state_is_the_publisher_s_not_the_guest(nlp) -> None:
    text = (
        "The Head of State held talks with President of the Republic of Uzbekistan "
        "Shavkat Mirziyoyev, who arrived on a state visit. Kassym-Jomart Tokayev noted "
        "that trade grew by 12.5 percent. “Over five years, 1,200 joint ventures have been "
        "set up,” the President said."
    )
    found = people(nlp, text)
    host, guest = found["Kassym-Jomart Tokayev"], found["Shavkat Mirziyoyev"]
    assert host.role == "head of state" and host.country == "KAZ"
    assert host.participation == "speaker" and host.n_mentions == 3
    assert guest.role == "president" and guest.country == "UZB"
    assert guest.participation == "attendee" and guest.n_mentions == 1


def test_an_unqualified_title_still_finds_a_foreign_holder_when_no_one_else_fits(nlp) -> None:
    text = (
        "President of France Emmanuel Macron opened the forum in Paris. "
        "“Europe and Central Asia are close partners,” the President stressed."
    )
    macron = people(nlp, text)["Emmanuel Macron"]
    assert macron.country == "FRA" and macron.participation == "speaker"
    assert macron.n_mentions == 2


def test_people_listed_after_including_take_the_list_s_verb(nlp) -> None:
    text = (
        "The meeting was attended by Prime Minister Olzhas Bektenov, as well as heads of "
        "major international companies, including Shell CEO Wael Sawan and ArcelorMittal "
        "Chairman Lakshmi Mittal (India)."
    )
    found = people(nlp, text)
    assert {name: r.participation for name, r in found.items()} == {
        "Olzhas Bektenov": "attendee",
        "Wael Sawan": "attendee",
        "Lakshmi Mittal": "attendee",
    }
    assert found["Lakshmi Mittal"].country == "IND"


def test_a_body_or_place_right_before_the_title(nlp) -> None:
    text = (
        "On Tuesday President Kassym-Jomart Tokayev received Almaty Akim Yerbolat Dosayev, "
        "Shell CEO Wael Sawan and Mayor of Paris Anne Hidalgo."
    )
    got = people(nlp, text)
    assert got["Kassym-Jomart Tokayev"].organization is None  # a day is not a body
    assert (got["Yerbolat Dosayev"].organization, got["Yerbolat Dosayev"].country) == (
        "Almaty",
        "KAZ",
    )
    assert got["Wael Sawan"].organization == "Shell"
    assert (got["Anne Hidalgo"].organization, got["Anne Hidalgo"].country) == ("Paris", "FRA")


def test_a_title_in_apposition_after_the_name(nlp) -> None:
    text = (
        "Kassym-Jomart Tokayev received Ilham Aliyev, President of Azerbaijan, and "
        "Antonio Guterres, Secretary-General of the United Nations. Murat Nurtleu met with "
        "Annalena Baerbock, Minister of Foreign Affairs of Germany, and Aibek Smadiyarov, "
        "the President's spokesman."
    )
    got = people(nlp, text)
    aliyev, guterres, baerbock = (
        got["Ilham Aliyev"],
        got["Antonio Guterres"],
        got["Annalena Baerbock"],
    )
    assert (aliyev.role, aliyev.organization, aliyev.country) == ("president", "Azerbaijan", "AZE")
    assert (guterres.role, guterres.country) == ("secretary-general", None)  # an international body
    assert (baerbock.role, baerbock.country) == ("minister of foreign affairs", "DEU")
    assert got["Aibek Smadiyarov"].role != "president"  # someone else's title
    assert got["Murat Nurtleu"].participation == "attendee"  # spaCy's "ORG" is a name here


def test_a_title_that_leads_to_the_next_name_is_not_an_apposition(nlp) -> None:
    text = (
        "The meeting was attended by Olzhas Bektenov, Deputy Chairman of the National Bank "
        "Timur Suleimenov and Minister of Finance Madi Takiyev."
    )
    got = people(nlp, text)
    assert got["Olzhas Bektenov"].role is None
    suleimenov = got["Timur Suleimenov"]
    assert (suleimenov.role, suleimenov.organization) == ("deputy chairman", "National Bank")


def test_the_head_of_state_joins_the_one_untitled_person_but_not_through_a_possessive(nlp):
    text = (
        "The meeting was chaired by the Head of State. According to Kassym-Jomart Tokayev, "
        "Prime Minister Olzhas Bektenov will report. “Our goal is growth,” the President said."
    )
    host = people(nlp, text)["Kassym-Jomart Tokayev"]
    assert (host.role, host.n_mentions, host.participation) == ("head of state", 3, "speaker")
    aide = people(nlp, "Aibek Smadiyarov, the President's spokesman, briefed reporters.")
    assert aide["Aibek Smadiyarov"].role is None


def test_a_state_counsellor_is_a_titled_official(nlp) -> None:
    got = people(nlp, "State Counsellor Yerlan Karin briefed the President on the reforms.")
    assert got["Yerlan Karin"].role == "state counsellor"
