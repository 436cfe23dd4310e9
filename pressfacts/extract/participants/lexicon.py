"""Word lists the participants extractor reasons with, from the data files.

These are words of the *language of offices*, never names of people: titles,
the nouns that end the name of a body ("Bank", "Forum"), the words of
ministerial portfolios ("Finance", "Foreign Affairs") and the verbs that tell
whether a person spoke, attended or is only mentioned. A capitalised word in
these lists cannot be part of a personal name, which is how a run such as
"National Bank Damir Utegenov" is split into a body and a person. Each list
is one file of `extract/data/` (see there for what it holds).
"""

from __future__ import annotations

from pressfacts.extract.vocabulary import mapping, tagged, words

NOT_PERSON_HEADS = words("not_person_heads.txt")
COMPANY_NOUNS = words("company_nouns.txt")
NATIONAL_TITLES = mapping("national_titles.tsv")  # title -> ISO 3166-1 alpha-3
TITLES = words("titles.txt")
TITLE_MODIFIERS = words("title_modifiers.txt")
TITLE_SYNONYMS = mapping("title_synonyms.tsv")
ROLE_SHORT_FORMS = mapping("role_short_forms.tsv")
HONORIFICS = words("address_forms.txt")
ABBREVIATIONS = words("abbreviations.txt")
ROLE_HEADS = words("role_heads.txt") | frozenset(t.split()[-1] for t in TITLES)
FOREIGN_TITLES = words("foreign_titles.txt")
PORTFOLIO_TITLES = words("portfolio_titles.txt")
OFFICE_WORDS = words("office_words.txt")
INTERNATIONAL_BODIES = words("international_bodies.txt")
INTERNATIONAL_WORDS = words("international_words.txt")
PLACE_PREFIXES = words("place_prefixes.txt")
PHRASE_NOUNS = words("phrase_nouns.txt")
NAME_PARTICLES = words("name_particles.txt")
ARABIC_PARTICLES = words("arabic_particles.txt")
PATRONYMIC_ENDINGS: tuple[str, ...] = tuple(words("patronymic_endings.txt"))
SPEECH_VERBS = frozenset(tagged("speech_verbs.tsv")["speaks"])
PERSON_VERBS = frozenset(tagged("speech_verbs.tsv")["person"])
ATTEND_VERBS = words("attend_verbs.txt")
PAST_MARKERS = words("past_markers.txt")
COUNTERPART_NOUNS = words("counterpart_nouns.txt")
SIDE_NOUNS = words("side_nouns.txt") | COMPANY_NOUNS
HOME_HEAD_TITLES = words("home_head_titles.txt")
