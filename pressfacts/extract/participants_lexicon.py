"""Word lists the participants extractor reasons with.

These are words of the *language of offices*, never names of people: titles,
the nouns that end the name of a body ("Bank", "Forum"), the words of
ministerial portfolios ("Finance", "Foreign Affairs") and the verbs that tell
whether a person spoke, attended or is only mentioned. A capitalised word in
these lists cannot be part of a personal name, which is how a run such as
"National Bank Damir Utegenov" is split into a body and a person.

Lists are written as comma-separated strings so that a list reads as a
paragraph rather than a column of one word a line.
"""

from __future__ import annotations

from importlib.resources import files


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(",") if w.strip())


def _data_words(name: str) -> frozenset[str]:
    data = files("pressfacts.extract").joinpath("data", name).read_text("utf-8")
    return frozenset(w.strip() for w in data.splitlines() if w.strip() and w[0] != "#")


# Last words of the names of facilities, lines and programmes named after a
# person ("the Sir John Reid Building", "the Ram Das Yojana"): not people.
NOT_PERSON_HEADS = _data_words("not_person_heads.txt")

# Nouns for a company ("the Danish firm Nordvik Kraft"): the name after one is the company's.
COMPANY_NOUNS = _data_words("company_nouns.txt")

# Offices of one country only ("taoiseach"): title -> ISO 3166-1 alpha-3.
NATIONAL_TITLES = dict(
    line.split("\t")
    for line in files("pressfacts.extract")
    .joinpath("data", "national_titles.tsv")
    .read_text("utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)


# Titles a person can hold, lower case. Multi-word titles are matched first.
TITLES = _words("""
    president, vice president, prime minister, deputy prime minister, minister,
    head of state, head of government, secretary of state, minister of state,
    state secretary, secretary, secretary general, secretary-general,
    chairman of the board of directors, chairman of the board, chairman,
    chairwoman, chairperson, chair,
    chief executive officer, ceo, managing director, director general,
    director-general, general director, executive director, director, head, leader,
    mayor, akim, governor, sultan, king, queen, emir, amir, crown prince,
    prince, sheikh, emperor, chancellor, premier, ambassador, envoy,
    ambassador extraordinary and plenipotentiary, high representative,
    speaker, senator, adviser, advisor, counsellor, counselor, state counsellor,
    state counselor, assistant, aide, spokesperson,
    spokesman, commander, founder, rector, president of the board,
    commissioner, ombudsman, prosecutor general, representative,
    attorney general, surgeon general, solicitor general, inspector general,
    attorney, treasurer, chief justice, associate justice, judge, congressman, congresswoman,
    superintendent, inspector, detective, sergeant, lieutenant, lieutenant colonel,
    colonel, captain, major general, brigadier general, admiral,
    sen., rep., gov., gen., lt., col., capt., sgt., insp., det., chief, taoiseach, tanaiste,
    chef de cabinet, chief of staff
""")

# Words that may stand before a title and belong to it ("First Deputy Akim").
TITLE_MODIFIERS = _words("""
    first, deputy, vice, senior, acting, former, executive, chief,
    special, permanent, honorary, veteran
""")

# Titles that the same person may be called by interchangeably, and long
# forms reported by their usual short role.
TITLE_SYNONYMS: dict[str, str] = {"head of state": "president"}
ROLE_SHORT_FORMS: dict[str, str] = {
    "ambassador extraordinary and plenipotentiary": "ambassador",
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "insp.": "inspector",
    "det.": "detective",
}

# Forms of address before a name ("Mr.", "Dr.", "Sir"): not part of the name,
# and not a role either.
HONORIFICS = _words("mr, mrs, ms, miss, dr, sir, dame, sister, prof, rev, reverend, fr")

# Abbreviations written with a period that belong to the word ("Sen.", "Dr."),
# so that the period does not cut the run "Sen. Jesse Helms" in two.
ABBREVIATIONS = _words(
    "mr, mrs, ms, dr, prof, rev, fr, sen, rep, gov, gen, lt, col, capt, sgt, insp, det"
)

# Nouns that head a role in an apposition ("X, mathematics teacher at ...",
# "X, a spokesman for ..."): offices and occupations, never a description
# ("an impassioned opponent", "a loyalist", "younger brother").
ROLE_HEADS = _words("""
    teacher, professor, lecturer, researcher, scientist, surgeon, doctor, physician,
    nurse, practitioner, engineer, steelmaker, operator, driver, firefighter, pilot,
    soloist, artist, singer, writer, author, journalist, editor, publisher, analyst,
    economist, strategist, trader, broker, banker, lawyer, attorney, officer, official,
    manager, executive, owner, shareholder, partner, farmer, worker, coach, athlete,
    champion, student, graduate, historian, architect, designer, curator, specialist,
    expert, consultant, management-consultant, inspector, superintendent, detective,
    agent, agent-in-charge, correspondent, producer, director, deputy
""") | frozenset(t.split()[-1] for t in TITLES)

# Titles of monarchies and emirates: Kazakhstan has none, so their holder is
# never the publisher's official by default.
FOREIGN_TITLES = _words("sultan, king, queen, emir, amir, crown prince, prince, sheikh, emperor")

# Titles whose "of X" names a portfolio: "Minister of Finance" -> ministry.
PORTFOLIO_TITLES = _words("minister, deputy minister, first deputy minister, vice minister")

# Capitalised words that end or fill the name of a body or a place, or of a
# ministerial portfolio. Lower case here; compared after lower-casing.
OFFICE_WORDS = _words("""
    administration, agency, assembly, association, authority, bank, board,
    bureau, cabinet, center, centre, chamber, club, college, commission,
    committee, company, corporation, council, court, department, district,
    division, federation, forum, foundation, fund, government, group, holding,
    hospital, hub, inc, institute, ltd, co, corp, cos, plc, llc, majilis, mazhilis, ministry,
    office, opera, order, organization, organisation, palace, park,
    parliament, party, plant, presidium, region, republic, school, senate,
    service, society, studio, team, theatre, theater, union, university,
    oblast, province, city, state, territory, county, capital,
    goals, day, programme, program, initiative, summit, conference,
    festival, expo, award, medal, prize, games, championship, week,
    national, presidential, federal, supreme, central, international,
    regional, municipal, public, joint, independent, sovereign, united,
    affairs, agriculture, aerospace, communications, commerce, construction,
    culture, defence, defense, development, digital, ecology, economy,
    education, emergency, emergencies, energy, environment, finance,
    foreign, health, healthcare, higher, industry, information, infrastructure,
    innovation, innovations, integration, interior, internal, investment,
    investments, justice, labour, labor, natural, planning, population,
    promotion, protection, resources, science, security, situations, social,
    sport, sports, tourism, trade, transport, water, youth, family,
    relations, policy, reforms, statistics, budget, revenue,
    street, avenue, prospekt, boulevard, square, lane, road, highway, embankment,
    bridge, airport, station, stadium, arena, museum, library, gymnasium, lyceum,
    academy, mosque, cathedral, church, monument, memorial, hall, tower,
    prospect, microdistrict, village
""")

# Body names that are international: their officials represent no country
# unless the text gives one ("UN Secretary-General", "European Council").
INTERNATIONAL_BODIES = _words("""
    un, united nations, unesco, unicef, undp, unhcr, iaea, who, wto, imf, ilo, fao,
    icao, oecd, osce, nato, eu, sco, cis, cica, eaeu, eaec, ots, oic, opec, asean,
    brics, ebrd, adb, aiib, isdb, eib, csto, interpol, icrc, fifa, ioc
""")
INTERNATIONAL_WORDS = _words("""
    european, eurasian, asian, african, arab, islamic, world, commonwealth,
    shanghai, turkic, nordic, atlantic, caspian, collective, global
""")

# Capitalised words that open a place name of two words or more
# ("New York", "Saint Petersburg", "North Kazakhstan").
PLACE_PREFIXES = _words("""
    new, saint, st, san, santa, sao, são, los, las, port, fort, mount, lake, upper, lower,
    greater, north, south, east, west, northern, southern, eastern, western, central,
    nizhny, veliky, kuala, rio, buenos, abu, dar, hong, ulan
""")

# Lower-case nouns that may sit inside the "of ..." phrase of a title
# ("governor of the Penza region X", "of the German company X").
PHRASE_NOUNS = _words("""
    region, district, oblast, province, city, village, town, company,
    firm, group, holding, corporation, bank, state, republic, county
""")

# Lower-case particles that may sit inside a personal name.
NAME_PARTICLES = _words("""
    bin, ibn, bint, ben, al, el, de, da, di, del, della, dos,
    das, van, von, der, den, la, le, du, ul, ad, y
""")
ARABIC_PARTICLES = _words("bin, ibn, bint, ben")

# Patronymic endings (Russian, Kazakh) that mark a middle name.
PATRONYMIC_ENDINGS: tuple[str, ...] = tuple(
    _words("ovich, evich, ievich, ovna, evna, ichna, uly, ulu, kyzy, qyzy, ogly, oglu")
)

# Verbs whose subject has words of their own in the text.
SPEECH_VERBS = _words("""
    say, note, stress, report, inform, speak, conclude, thank,
    emphasize, emphasise, express, add, state, announce, tell, underline,
    highlight, present, propose, remark, declare, explain, comment,
    believe, share, urge, assure, outline, voice, brief, suggest,
    recall, congratulate, point, address, answer, reply, describe
""")

# Verbs that put a person at the event without words of theirs.
ATTEND_VERBS = _words("""
    take, attend, participate, meet, receive, hold, chair, greet, award,
    confer, hand, go, accept, sign, welcome, host, join, talk,
    witness, visit, arrive, be, present, invite, instruct, pay, set,
    wish, discuss, lead, open, launch, grant, bestow
""")

# Verbs whose subject is nearly always a person: evidence that a capitalised
# run the model did not tag is a name ("Recep Tayyip Erdogan arrived").
PERSON_VERBS = _words("""
    say, note, stress, emphasize, emphasise, add, tell, speak, thank, congratulate,
    arrive, meet, attend, greet, welcome, visit
""")

# Words before a name that say the person is no longer alive or present.
PAST_MARKERS = _words("posthumously, late, died, deceased")
