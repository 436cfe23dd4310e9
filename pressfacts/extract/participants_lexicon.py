"""Word lists the participants extractor reasons with.

These are words of the *language of offices*, never names of people: titles,
the nouns that end the name of a body ("Bank", "Forum"), the words of
ministerial portfolios ("Finance", "Foreign Affairs") and the verbs that tell
whether a person spoke, attended or is only mentioned. A capitalised word in
these lists cannot be part of a personal name, which is how a run such as
"National Bank Damir Utegenov" is split into a body and a person.
"""

from __future__ import annotations

# Titles a person can hold, lower case. Multi-word titles are matched first.
TITLES: frozenset[str] = frozenset({
    "president", "vice president", "prime minister", "deputy prime minister", "minister",
    "head of state", "head of government", "secretary of state", "minister of state",
    "state secretary", "secretary", "secretary general", "secretary-general",
    "chairman of the board", "chairman", "chairwoman", "chairperson", "chair",
    "chief executive officer", "ceo", "managing director", "director general",
    "general director", "executive director", "director", "head", "leader",
    "mayor", "akim", "governor", "sultan", "king", "queen", "emir", "amir", "crown prince",
    "prince", "sheikh", "emperor", "chancellor", "premier", "ambassador", "envoy",
    "speaker", "senator", "adviser", "advisor", "assistant", "aide", "spokesperson",
    "spokesman", "commander", "founder", "rector", "president of the board",
    "commissioner", "ombudsman", "prosecutor general", "representative",
})

# Words that may stand before a title and belong to it ("First Deputy Akim").
TITLE_MODIFIERS: frozenset[str] = frozenset({
    "first", "deputy", "vice", "senior", "acting", "former", "executive", "chief",
    "special", "permanent", "honorary", "veteran",
})

# Titles that the same person may be called by interchangeably.
TITLE_SYNONYMS: dict[str, str] = {"head of state": "president"}

# Titles whose "of X" names a portfolio: "Minister of Finance" -> ministry.
PORTFOLIO_TITLES: frozenset[str] = frozenset({
    "minister", "deputy minister", "first deputy minister", "vice minister",
})

# Capitalised words that end or fill the name of a body or a place, or of a
# ministerial portfolio. Lower case here; compared after lower-casing.
OFFICE_WORDS: frozenset[str] = frozenset({
    # bodies
    "administration", "agency", "assembly", "association", "authority", "bank", "board",
    "bureau", "cabinet", "center", "centre", "chamber", "club", "college", "commission",
    "committee", "company", "corporation", "council", "court", "department", "district",
    "division", "federation", "forum", "foundation", "fund", "government", "group", "holding",
    "hospital", "hub", "inc", "institute", "ltd", "majilis", "mazhilis", "ministry",
    "office", "opera", "order", "organization", "organisation", "palace", "park",
    "parliament", "party", "plant", "presidium", "region", "republic", "school", "senate",
    "service", "society", "studio", "team", "theatre", "theater", "union", "university",
    "oblast", "province", "city", "state", "territory", "county", "capital",
    "goals", "day", "programme", "program", "initiative", "summit", "conference",
    "festival", "expo", "award", "medal", "prize", "games", "championship", "week",
    # adjectives of bodies
    "national", "presidential", "federal", "supreme", "central", "international",
    "regional", "municipal", "public", "joint", "independent", "sovereign", "united",
    # portfolios
    "affairs", "agriculture", "aerospace", "communications", "commerce", "construction",
    "culture", "defence", "defense", "development", "digital", "ecology", "economy",
    "education", "emergency", "emergencies", "energy", "environment", "finance",
    "foreign", "health", "healthcare", "higher", "industry", "information", "infrastructure",
    "innovation", "innovations", "integration", "interior", "internal", "investment",
    "investments", "justice", "labour", "labor", "natural", "planning", "population",
    "promotion", "protection", "resources", "science", "security", "situations", "social",
    "sport", "sports", "tourism", "trade", "transport", "water", "youth", "family",
    "relations", "policy", "reforms", "statistics", "budget", "revenue",
})

# Lower-case nouns that may sit inside the "of ..." phrase of a title
# ("governor of the Penza region X", "of the German company X").
PHRASE_NOUNS: frozenset[str] = frozenset({
    "region", "district", "oblast", "province", "city", "village", "town", "company",
    "firm", "group", "holding", "corporation", "bank", "state", "republic", "county",
})

# Lower-case particles that may sit inside a personal name.
NAME_PARTICLES: frozenset[str] = frozenset({
    "bin", "ibn", "bint", "ben", "al", "el", "de", "da", "di", "del", "della", "dos",
    "das", "van", "von", "der", "den", "la", "le", "du", "ul", "ad",
})
ARABIC_PARTICLES: frozenset[str] = frozenset({"bin", "ibn", "bint", "ben"})

# Patronymic endings (Russian, Kazakh) that mark a middle name.
PATRONYMIC_ENDINGS: tuple[str, ...] = (
    "ovich", "evich", "ievich", "ovna", "evna", "ichna", "uly", "ulu", "kyzy", "qyzy",
    "ogly", "oglu",
)

# Verbs whose subject has words of their own in the text.
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "note", "stress", "report", "inform", "speak", "conclude", "thank",
    "emphasize", "emphasise", "express", "add", "state", "announce", "tell", "underline",
    "highlight", "present", "propose", "remark", "declare", "explain", "comment",
    "believe", "share", "urge", "assure", "outline", "voice", "brief", "suggest",
    "recall", "congratulate", "point", "address", "answer", "reply", "describe",
})

# Verbs that put a person at the event without words of theirs.
ATTEND_VERBS: frozenset[str] = frozenset({
    "take", "attend", "participate", "meet", "receive", "hold", "chair", "greet", "award",
    "confer", "hand", "go", "accept", "sign", "welcome", "host", "join", "talk",
    "witness", "visit", "arrive", "be", "present", "invite", "instruct", "pay", "set",
    "wish", "discuss", "lead", "open", "launch", "grant", "bestow",
})

# Words before a name that say the person is no longer alive or present.
PAST_MARKERS: frozenset[str] = frozenset({"posthumously", "late", "died", "deceased"})
