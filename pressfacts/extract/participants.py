"""People a release names, with role, organization, country and participation.

The small spaCy model is unreliable on the names of these texts (it reads
"Head of State Kassym-Jomart Tokayev" as the ORG "State Kassym-Jomart Tokayev"
and "Astana Hub" as a PERSON), so names are found from the text's own
evidence and spaCy's entities are only one clue among several:

1. Titles before names: "Minister of Finance X", "the mayor of Rabat X (Morocco)".
   The words after a title are split into the body the title belongs to and the
   person's name (`_split_run`).
2. Appositions after names: "X, governor of the Penza region".
3. Capitalised runs that look like personal names (spaCy PERSON, patronymic,
   Arabic "bin", followed by a speech verb, or repeating a known person).
4. Title-only mentions ("the Head of State") are merged into the one person who
   holds that title in the document; "the Turkish leader" into the one person
   of that country, or the one person the text has not placed.

A place of several words between "of" and a name ("mayor of New York Eric
Adams") is told from the name by spaCy's PERSON and place entities. Officials
of international bodies ("UN Secretary-General") get no country unless the
text gives one; holders of titles Kazakhstan does not have (sultan, sheikh)
take the one foreign country the text names.

Mentions are merged into people by name tokens ("Tokayev" joins
"Kassym-Jomart Tokayev"); participation is read from the verb governing each
mention (`participants_roles.participation_of`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pressfacts.extract import countries
from pressfacts.extract.document_country import document_country
from pressfacts.extract.honorifics import blank_honorifics
from pressfacts.extract.participants_lexicon import (
    ABBREVIATIONS,
    ARABIC_PARTICLES,
    COMPANY_NOUNS,
    COUNTERPART_NOUNS,
    FOREIGN_TITLES,
    HOME_HEAD_TITLES,
    HONORIFICS,
    INTERNATIONAL_BODIES,
    INTERNATIONAL_WORDS,
    NAME_PARTICLES,
    NATIONAL_TITLES,
    NOT_PERSON_HEADS,
    OFFICE_WORDS,
    PATRONYMIC_ENDINGS,
    PERSON_VERBS,
    PHRASE_NOUNS,
    PLACE_PREFIXES,
    PORTFOLIO_TITLES,
    ROLE_HEADS,
    ROLE_SHORT_FORMS,
    SIDE_NOUNS,
    TITLE_MODIFIERS,
    TITLE_SYNONYMS,
    TITLES,
)
from pressfacts.extract.participants_roles import SPEECH_AFTER_RE, participation_of, rank
from pressfacts.extract.records import ParticipantRecord
from pressfacts.extract.spans import Spans

_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# ", a Senegalese national," after a name gives the person's country.
_NATIONAL_RE = re.compile(r",?\s+(?:an?\s+)?([A-Z][\w-]+)\s+(?:national|citizen)\b")

# Words: an abbreviation with its period ("Sen.", "Dr."), a middle initial
# ("James A. Baker"), a possessive "'s" of its own (so that "Fidel Castro's" is
# the name "Fidel Castro"), letters with inner hyphens/apostrophes
# ("Kassym-Jomart", "O'Neill"), numbers, or one punctuation character.
_ABBREVIATION_ALTS = "|".join(sorted((a.title() for a in ABBREVIATIONS), key=len, reverse=True))
_WORD_RE = re.compile(
    rf"(?:{_ABBREVIATION_ALTS})\.|(?:[A-Z]\.)+(?=[ \t]+[A-Z])|(?:[A-Z]\.){(2,)}|['’]s\b"
    r"|[^\W\d_]+(?:[-'’](?!s\b)[^\W\d_]+)*|\d[\d,.]*|\S"
)
_POSSESSIVES = frozenset({"'s", "’s"})
_MAX_TITLE_WORDS = max(len(t.split()) for t in TITLES)
_TITLE_FIRST_WORDS = frozenset(t.split()[0] for t in TITLES)
_PAREN_RE = re.compile(r"\s*\(([^()]{2,60})\)")
# ", [a] mathematics teacher at the Daryn school-lyceum in Taraz" after a name.
_APPOSITION_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?P<role>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
    r"\s+(?:of|at)\s+(?:the\s+)?(?P<org>[^,;.()“”\"]{1,150}?)(?=\s+in\s+|\s+and\s+|[,;.()“”\"]|$)"
)
# ", President of Azerbaijan" after a name: a title in apposition.
_TITLE_APPOS_RE = re.compile(r",\s+(?:the\s+)?")
_JUNK_EDGES_RE = re.compile(r"^(?:(?:of|the|at|in|and|,)\s+)+|(?:\s+(?:of|the|and|,))+$|[\s,]+$")
_MINISTRY_SUFFIX_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][^,]*)$")
_ABBREVIATION_RE = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$")  # "UN", "U.S."
_ACRONYM_RE = re.compile(r"^(?!(?:[IVX]+|[IVX]+\.)$)[A-Z]{2,}$")  # "UN" (not "III", "J.L.")
_LEADING_LOWER_RE = re.compile(r"^(?:[a-z]+\s+)+")  # "company Lindauer ..."
# "Ambassador of Japan to Kazakhstan": the "to" part names the host, not the body.
_HOST_SUFFIX_RE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][^,]*$")
# "Kassym-Jomart", "Jean-Claude": a double given name (spaCy often reads the whole as an ORG).
_DOUBLE_GIVEN_NAME_RE = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")
# Entities that may name the place or body before a name ("mayor of New York ...").
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
_GEO_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Entities that show a capitalised run is not a person ("Abai Street", "Kazakh Invest").
_NOT_PERSON_LABELS = _PLACE_LABELS | {"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# Words that join the parts of a body's name or a portfolio ("Minister for Trade").
_GLUE = frozenset({"of", "for", "the", "and", "&"})
# Tags that cannot occur in a role phrase ("which became the stronghold").
_NOT_IN_ROLE_TAGS = frozenset({"WDT", "WP", "WP$", "DT", "PRP", "PRP$", "VBD", "VBZ", "VBP", "MD"})


@dataclass
class _Word:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class _Mention:
    """One place where a person (or a title standing for one) is written."""

    start: int  # name (or title) span
    end: int
    name: list[str]  # name words; empty for a title-only mention
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    context_start: int = -1  # title + name, for reading the governing verb
    participation: str = "mentioned"
    evidence: bool = True  # False: a capitalised run kept only if it repeats a known person
    international: bool = False  # holds an office of an international body
    foreign: bool = False  # holds a title Kazakhstan does not have (sultan, king)
    regnal: bool = False  # "King Hussein": one given name after a monarch's title
    possessive: bool = False  # "the President's spokesman": a title-only mention with 's


@dataclass
class _Person:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def first(self) -> _Mention:
        return self.mentions[0]

    @property
    def full(self) -> _Mention:
        return max(self.mentions, key=lambda m: len(m.name))


def _norm(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in word if not unicodedata.combining(ch)).casefold()


def _name_tokens(name: list[str]) -> list[str]:
    return list(_tokens_of_name(tuple(name)))


@cache
def _tokens_of_name(name: tuple[str, ...]) -> tuple[str, ...]:
    """Cached: merging compares every pair of people, each time by these tokens."""
    return tuple(t for w in name for t in _norm(w).replace("’", "'").rstrip(".").split("-") if t)


def _is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _is_name_word(word: str) -> bool:
    """Could be part of a personal name: capitalised, not an office word."""
    return (
        _is_cap(word)
        and word.lower().rstrip(".") not in OFFICE_WORDS
        and not _ACRONYM_RE.match(word)
    )


def _has_patronymic(name: list[str]) -> bool:
    return any(w.lower().endswith(PATRONYMIC_ENDINGS) for w in name[1:-1])


def _entities(doc: Doc) -> dict[int, tuple[int, str]]:
    """spaCy's entities by start offset: (end offset, label)."""
    return {e.start_char: (e.end_char, e.label_) for e in doc.ents}


def _is_international(org: str) -> bool:
    """The body is international ("UN", "European Council"), so no country by default."""
    low = org.lower()
    return low in INTERNATIONAL_BODIES or any(
        w in INTERNATIONAL_WORDS or w in INTERNATIONAL_BODIES for w in low.split()
    )


def _office_abroad(org: str | None, country: str | None) -> bool:
    """An office of an international body, with no country stated for it."""
    return bool(org) and country is None and _is_international(org)


# ---------------------------------------------------------------- titles


def _match_title(words: list[_Word], i: int) -> int:
    """Number of words of the longest title starting at words[i], or 0."""
    if words[i].lower not in _TITLE_FIRST_WORDS:
        return 0
    for n in range(min(_MAX_TITLE_WORDS, len(words) - i), 0, -1):
        if " ".join(w.lower for w in words[i : i + n]) in TITLES:
            return n
    return 0


def _phrase_end(words: list[_Word], i: int) -> int:
    """End of the "of the Board of Huaxin New Energy Group Zhang Weiguo" part after a title.

    Capitalised words, particles and the glue of body names (of, the, and,
    a comma inside a portfolio list) continue the phrase; anything else ends it.
    A name written right after the title ends it ("Inspector Keith MacCaskill
    of the Winnipeg Police", "Attorney General Janet Reno and Lazaro Gonzalez").
    """
    n = len(words)
    direct = _direct_name_end(words, i)
    if direct:
        return direct
    first = i
    run = 0  # capitalised words since the last glue word
    glued = False  # inside "of the ..." of a body, where "Cuba's" may continue it
    while i < n:
        w = words[i]
        low = w.lower
        if _is_cap(w.text) or (low in NAME_PARTICLES and run):
            run += 1
        elif low in _GLUE or low in PHRASE_NOUNS:
            if low in ("and", "&") and run and _title_ahead(words, i + 1):
                break  # "X Y and [Miami] Mayor Z" starts a second person
            run = 0
            glued = True
        elif (
            low == ","
            and run
            and i + 1 < n
            and _is_cap(words[i + 1].text)
            and not _title_ahead(words, i + 1)
            and (run == 1 or _direct_name_end(words, i + 1))
        ) or (low == "," and i == first and i + 1 < n and _direct_name_end(words, i + 1)):
            # "Minister of Commerce, Industry and ...", "Minister of Information
            # and National Orientation, Musa Garba Sani"
            run = 0
        elif low in _POSSESSIVES and run and glued:
            run = 0  # "head of Cuba's National Assembly Ricardo Alarcon"
        elif (
            low == "to"
            and run
            and countries.country_prefix([w.text for w in words[i + 1 : i + 8]])[0]
        ):
            run = 0  # "Ambassador of Japan to Kazakhstan Ichiro Ogasawara"
        else:
            break
        i += 1
    return i


def _direct_name_end(words: list[_Word], i: int) -> int:
    """End of a personal name of two words or more written right after a title, or 0.

    Its words are name words (no body or office word, no country), so nothing
    after it belongs to the title.
    """
    j = i
    while j < len(words) and (
        _is_name_word(words[j].text) or (j > i and words[j].lower in NAME_PARTICLES)
    ):
        j += 1
    texts = [w.text for w in words[i:j]]
    of_country = j + 1 < len(words) and words[j].lower == "of" and _country_at(words, j + 1)
    if not texts or (len(texts) < 2 and not of_country):  # "King Hussein of Jordan"
        return 0
    if countries.country_prefix(texts)[0] or _match_title(words, i):
        return 0
    if any(_is_honorific(t) or countries.country_code(t) for t in texts):
        return 0
    return j


def _country_at(words: list[_Word], i: int) -> str | None:
    """Code of the country named at words[i] ("Jordan", "the United States"), or None."""
    if i < len(words) and words[i].lower == "the":
        i += 1
    return countries.country_prefix([w.text for w in words[i : i + countries.MAX_COUNTRY_WORDS]])[1]


def _title_ahead(words: list[_Word], i: int) -> bool:
    """A title starts within the capitalised words from words[i] ("Miami Mayor ...")."""
    for k in range(i, min(i + 4, len(words))):
        if _match_title(words, k):
            return True
        if not _is_cap(words[k].text):
            return False
    return False


def _person_start(run: list[_Word], ents: dict[int, tuple[int, str]]) -> int:
    """Index of a spaCy PERSON of two words or more that ends `run` after its first word, or 0."""
    for k in range(1, len(run) - 1):
        end, label = ents.get(run[k].start, (0, ""))
        if label == "PERSON" and end == run[-1].end:
            return k
    return 0


def _place_words(run: list[_Word], ents: dict[int, tuple[int, str]]) -> int:
    """How many leading words of `run` name a place before a personal name (at least 1).

    A place entity at the front ends the place ("Rio de Janeiro"); a place
    prefix ("Saint", "North") makes it at least two words long. A name keeps
    at least two words.
    """
    last = len(run) - 2
    place = 2 if run[0].lower in PLACE_PREFIXES and last >= 2 else 1
    end, label = ents.get(run[0].start, (0, ""))
    if label in _PLACE_LABELS:
        place = max(place, next((k for k in range(1, last + 1) if run[k - 1].end == end), 1))
    return place


def _split_run(
    run: list[_Word], after_of: bool, after_noun: bool, ents: dict[int, tuple[int, str]]
) -> int:
    """Index in `run` where the personal name starts; the words before belong to the body.

    "Oman Qais bin Hamad Al Busaidi" -> 1, "Czech Republic Jiri Novotny" -> 2,
    "National Bank Damir Utegenov" -> 2, "Brasilia Felipe Ramon Moro Rodriguez" -> 1,
    "New York Eric Adams" -> 2, "Oman Sayyid Badr bin Hamad Al Busaidi" -> 1.
    """
    texts = [w.text for w in run]
    # an Arabic name reaches at least one word before its first "bin"
    arabic = next((k - 1 for k, t in enumerate(texts) if k and t.lower() in ARABIC_PARTICLES), None)
    start = 0
    office = [
        k
        for k, t in enumerate(texts[:-1])
        if not _is_name_word(t) and t.lower() not in NAME_PARTICLES
    ]
    if office and len(texts) - office[-1] - 1 >= 2:
        start = office[-1] + 1  # "Huaxin New Energy Group Zhang Weiguo"
    while start < len(texts):
        n, _ = countries.country_prefix(texts[start:])
        if n:
            start += n
            continue
        if not _is_name_word(texts[start]):
            start += 1
            continue
        break
    if arabic is not None:
        return min(start, arabic) if start else arabic
    rest = texts[start:]
    if len(rest) >= 3 and (after_of or after_noun) and start == 0:
        person = _person_start(run, ents)  # "mayor of New York Eric Adams"
        if person:
            return person
        if after_noun:
            keep = 3 if _has_patronymic(rest[-3:]) else 2
            return len(texts) - keep
        return _place_words(run, ents)  # "mayor of Rabat Asmaa Rhlalou"
    return start


def _title_mentions(
    words: list[_Word], text: str, ents: dict[int, tuple[int, str]]
) -> tuple[list[_Mention], list[tuple[int, int]]]:
    """Mentions anchored on a title, and the spans (title..name) they cover."""
    mentions: list[_Mention] = []
    covered: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        n = _match_title(words, i)
        if not n:
            i += 1
            continue
        while (
            i + n < len(words)
            and words[i + n - 1].text.endswith(".")
            and _match_title(words, i + n)
        ):
            n += _match_title(words, i + n)  # "Lt. Gen. Walter Boomer"
        first = i
        while first > 0 and (
            words[first - 1].lower in TITLE_MODIFIERS
            or (
                _is_cap(words[first - 1].text)
                and words[first - 1].lower in OFFICE_WORDS
                and words[i].lower == "minister"
            )  # "Foreign Minister"
        ):
            first -= 1
        title = " ".join(ROLE_SHORT_FORMS.get(w.lower, w.lower) for w in words[first : i + n])
        body = None
        before = first - 1
        nationality = _country_before(words, before)
        if not nationality and before >= 0 and _is_cap(words[before].text):
            nationality = countries.country_from_demonym(words[before].text)
            if not nationality and _ABBREVIATION_RE.match(words[before].text):
                nationality = countries.country_from_name(words[before].text)  # "US Envoy"
                body = None if nationality else words[before].text  # "UN Secretary-General"
            elif not nationality:
                body = _body_before(words, first, text, ents)  # "Shell CEO", "Astana Mayor"
        end = _phrase_end(words, i + n)
        while end > i + n and (
            words[end - 1].lower in _GLUE or words[end - 1].text in (",", *_POSSESSIVES)
        ):
            end -= 1  # "... Almas Turlybekov and visit": the "and" is not part of it
        run_start = end
        while run_start > i + n and (
            _is_cap(words[run_start - 1].text) or words[run_start - 1].lower in NAME_PARTICLES
        ):
            run_start -= 1
        run = words[run_start:end]
        prev = words[run_start - 1].lower if run_start > i + n else ""
        after_of = prev in ("of", "the")
        after_noun = prev in PHRASE_NOUNS
        name_from = _split_run(run, after_of, after_noun, ents) if run else 0
        name = _after_address(run[name_from:])
        while name and not _is_cap(name[-1].text):
            name = name[:-1]
        if name and not _is_name_word(name[-1].text):
            name = []  # "chief executive of U.S. Trust Corp.": a body, no person
        body_end = name[0].start if name else 0
        while len(name) > 1 and (_is_honorific(name[0].text) or _match_title(name, 0)):
            name = name[1:]  # "spokesman Capt. Rod Beer": "Capt." is not part of the name
        if (
            name
            and len(name) == 1
            and (
                countries.country_code(name[0].text)
                or not _is_name_word(name[0].text)
                or after_of
                or after_noun
            )
        ):
            name = []
        phrase_end = body_end if name else (words[end - 1].end if end > i + n else 0)
        org = None
        if end > i + n and phrase_end > words[i + n - 1].end:
            org = _JUNK_EDGES_RE.sub("", text[words[i + n - 1].end : phrase_end].strip()) or None
        role, org, country = _role_org_country(title, org or body, nationality)
        international = _office_abroad(org, country)
        span_end = name[-1].end if name else words[i + n - 1].end
        if name:
            mention = _Mention(
                name[0].start,
                span_end,
                [w.text for w in name],
                role,
                org,
                country,
                words[first].start,
                international=international,
                foreign=title in FOREIGN_TITLES,
                regnal=title in FOREIGN_TITLES and len(name) == 1,
            )
            paren = _PAREN_RE.match(text, span_end)
            if paren:
                code = countries.country_code(paren.group(1).split(",")[0].strip())
                mention.country = code or mention.country
            elif end < len(words) and words[end].lower == "of":
                mention.country = _country_at(words, end + 1) or mention.country
            mentions.append(mention)
        elif (
            first == 0
            or nationality
            or words[first - 1].lower == "the"
            or (words[first - 1].text in '.–—“”"')
        ):
            # "the Head of State", "said the Sultan of Oman": stands for a person
            after = end if org else i + n
            mentions.append(
                _Mention(
                    words[first].start,
                    words[after - 1].end,
                    [],
                    role,
                    org,
                    country,
                    words[first].start,
                    international=international,
                    foreign=title in FOREIGN_TITLES,
                    possessive=after < len(words) and words[after].text in _POSSESSIVES,
                )
            )
        covered.append((words[first].start, span_end))
        i = end if name else i + n
    return mentions, covered


def _country_before(words: list[_Word], i: int) -> str | None:
    """The country words[i] gives the title after it: "Ghana's [Minister]", or
    "his Kyrgyz counterpart, [Deputy Minister X]"; else None."""
    if i >= 1 and words[i].text in _POSSESSIVES:
        return _country_at(words, i - 1)
    if i >= 2 and words[i].lower == "," and words[i - 1].lower in COUNTERPART_NOUNS:
        return countries.country_from_demonym(words[i - 2].text)
    if i >= 2 and words[i].lower == "by":
        # "the Uzbek side [was headed] by First Deputy Minister X", "the Turkish
        # company Toros Holding led by Chairman X"
        for k in range(i - 1, max(0, i - 8), -1):
            if words[k].lower in SIDE_NOUNS and countries.country_from_demonym(words[k - 1].text):
                return countries.country_from_demonym(words[k - 1].text)
    return None


def _body_before(
    words: list[_Word], first: int, text: str, ents: dict[int, tuple[int, str]]
) -> str | None:
    """The body or place named right before a title ("Shell CEO X", "Turkestan
    Region Governor X"): up to four capitalised words, kept when they hold an
    office word, name a region or city, or spaCy reads them as a place or an
    organization (so that "On Tuesday President X" gives no body)."""
    start = first
    while (
        start > 0
        and first - start < 4
        and _is_cap(words[start - 1].text)
        and words[start - 1].lower not in STOP_WORDS
        and not _match_title(words, start - 1)
        and text[words[start - 1].end : words[start].start].strip() == ""
    ):
        start -= 1
    if start == first:
        return None
    run = words[start:first]
    entity = ents.get(run[0].start)
    body = text[run[0].start : run[-1].end]
    if (
        any(w.lower in OFFICE_WORDS for w in run)
        or (entity and entity[1] in _PLACE_LABELS and entity[0] >= run[-1].end)
        or countries.country_of_place(body)
    ):
        return body
    return None


def _role_org_country(
    title: str, org: str | None, nationality: str | None
) -> tuple[str, str | None, str | None]:
    """Role without place, the body or place it belongs to, and a country if stated."""
    country = nationality
    title = ROLE_SHORT_FORMS.get(title, title)
    prep = "of"
    if org and org.startswith("for "):
        # "Minister for Trade", "Vice President for Energy of the X Bank": the
        # "for" part is the portfolio, an "of" part after it the body.
        prep, org = "for", org[4:]
        if title not in PORTFOLIO_TITLES:
            portfolio, _, body = org.partition(" of ")
            title = f"{title} for {portfolio.lower()}"
            org = _JUNK_EDGES_RE.sub("", body) or None
    if org:
        org = _HOST_SUFFIX_RE.sub("", org)
        whole = countries.country_from_name(org)
        if whole:
            country = whole
        else:
            suffix = _MINISTRY_SUFFIX_RE.search(org)
            if suffix and countries.country_from_name(suffix.group("country")):
                country = countries.country_from_name(suffix.group("country"))
                org = org[: suffix.start()]
            words = org.split()
            if len(words) >= 2 and countries.country_from_demonym(words[0]):
                country = country or countries.country_from_demonym(words[0])
                org = " ".join(words[1:])
                org = _LEADING_LOWER_RE.sub("", org) or org
    country = country or NATIONAL_TITLES.get(title)  # "Taoiseach": one country has it
    if org and not country:
        # "of the Chilean Foreign Ministry", "of the Turkish company X": a demonym in the body
        country = next(filter(None, map(countries.country_from_demonym, org.split())), None)
    if org and not country and not any(w.lower() in OFFICE_WORDS for w in org.split()):
        country = countries.country_of_place(org)  # "Mayor of Paris", "Almaty Akim"
    if title in PORTFOLIO_TITLES and org and not countries.country_from_name(org):
        return f"{title} {prep} {org.lower()}", f"Ministry of {org}", country
    return title, org, country


# ---------------------------------------------------------------- names without titles


def _capital_runs(words: list[_Word]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (with inner particles), as word index ranges."""
    runs = []
    i = 0
    while i < len(words):
        if not _is_cap(words[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(words) and (
            _is_cap(words[j].text)
            or (
                words[j].lower in NAME_PARTICLES
                and j + 1 < len(words)
                and _is_cap(words[j + 1].text)
            )
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _run_mentions(
    words: list[_Word],
    text: str,
    doc: Doc,
    covered: list[tuple[int, int]],
    named_titles: set[int] = frozenset(),
) -> list[_Mention]:
    """Personal names written without a title before them. `named_titles` are
    the starts of titles that lead to a name of their own."""
    person_chars = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            person_chars.update(range(ent.start_char, ent.end_char))
    mentions = []
    plural: tuple[int, str] | None = None  # (end, title) of "Presidents A" for "and B"
    for i, j in _capital_runs(words):
        shared = None
        if plural and i >= 1 and words[i - 1].lower == "and" and words[i - 1].start - plural[0] < 3:
            shared = plural[1]  # "Presidents A and B": B holds the same title
        plural = None
        while i < j and (plural_n := _plural_title(words, i, j)):
            shared = " ".join(w.lower for w in words[i : i + plural_n])[:-1]
            i += plural_n  # "Presidents Leonid Kuchma of Ukraine and ...", "Prime Ministers A"
        while i < j and (
            words[i].lower in STOP_WORDS
            or _match_title(words, i)
            or words[i].lower[:-1] in TITLES
            or _is_honorific(words[i].text)
            or _capitalised_by_position(doc, words[i])
        ):
            i += 1
        run = _after_address(words[i:j])
        if not run or any(s <= run[0].start < e or s < run[-1].end <= e for s, e in covered):
            continue
        texts = [w.text for w in run]
        if texts[-1].lower() in NOT_PERSON_HEADS or _named_after_person(text, run[-1].end):
            continue  # "the Sir John Reid Building", "the Anna Kovacs Highway project"
        if i > 0 and words[i - 1].lower in COMPANY_NOUNS:
            continue  # "the German manufacturer Vogtland Turbinenbau"
        n, _ = countries.country_prefix(texts)
        if n and len(texts) - n >= 2:
            run, texts = run[n:], texts[n:]
        if not all(_is_name_word(t) or t.lower() in NAME_PARTICLES for t in texts):
            continue
        if countries.country_code(" ".join(texts)) or countries.country_code(texts[0]):
            continue
        start, end = run[0].start, run[-1].end
        appos = _apposition_role(doc, text, end)
        titled = _title_apposition(words, text, end, named_titles)
        evidence = len(run) >= 2 and (
            any(c in person_chars for c in range(start, end))
            or _has_patronymic(texts)
            or any(t.lower() in ARABIC_PARTICLES for t in texts)
            or SPEECH_AFTER_RE.match(text, end) is not None
            or appos is not None
            or titled is not None
            or _is_person_subject(doc, start, end)
            or (_DOUBLE_GIVEN_NAME_RE.match(texts[0]) is not None and _not_a_place(doc, start, end))
        )
        mention = _Mention(start, end, texts, context_start=start, evidence=evidence)
        if shared:
            mention.role = shared
            plural = (end, shared)
        if appos:
            mention.role = appos.group("role")
            mention.organization = appos.group("org").strip()
        if titled:
            mention.role, mention.organization, mention.country = titled
            mention.international = _office_abroad(mention.organization, mention.country)
        paren = _PAREN_RE.match(text, end)
        if paren:
            mention.country = countries.country_code(paren.group(1).split(",")[0].strip())
        mentions.append(mention)
    return mentions


def _plural_title(words: list[_Word], i: int, j: int) -> int:
    """Number of words of a plural title ("Presidents", "Prime Ministers") at words[i]."""
    for n in range(min(3, j - i - 1), 0, -1):
        phrase = " ".join(w.lower for w in words[i : i + n])
        if phrase.endswith("s") and phrase[:-1] in TITLES:
            return n
    return 0


def _after_address(run: list[_Word]) -> list[_Word]:
    """The part of `run` after a blanked form of address ("Power [Shri] A. Rao"
    -> "A. Rao"): a form of address starts a name, so a wider gap cuts the run."""
    for k in range(len(run) - 1, 0, -1):
        if run[k].start - run[k - 1].end > 1:
            return run[k:]
    return run


def _named_after_person(text: str, end: int) -> bool:
    """A name followed by a facility head ("... Macdonald Building") is the facility's."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1).lower() in NOT_PERSON_HEADS


def _capitalised_by_position(doc: Doc, word: _Word) -> bool:
    """A sentence's first word that is no noun ("Certainly Saddam Hussein ...",
    "Says Michael Hirsch"): capitalised by its position, not as a name."""
    span = doc.char_span(word.start, word.end)
    return (
        span is not None
        and span[0].is_sent_start
        and span[0].pos_ in ("ADV", "VERB", "AUX", "INTJ", "PRON", "ADP", "SCONJ")
    )


def _not_a_place(doc: Doc, start: int, end: int) -> bool:
    """No place inside the run ("Nur-Sultan Airport"); an ORG is allowed, as spaCy
    reads many hyphenated names ("Kassym-Jomart Tokayev") as one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(e.label_ in _GEO_LABELS for e in span.ents)


def _entities_within(span) -> list:
    """`span.ents` by binary search: spaCy's walks every entity of the document."""
    doc = span.doc
    index = doc.user_data.get("pressfacts.entity_starts")
    if index is None:  # the parse's entities do not change while the rules read them
        ents = list(doc.ents)
        index = doc.user_data["pressfacts.entity_starts"] = (ents, [e.start for e in ents])
    ents, starts = index
    first = bisect_left(starts, span.start)
    found = []
    for e in ents[first:]:
        if e.start >= span.end:
            break
        if e.end <= span.end:
            found.append(e)
    return found


def _is_person_subject(doc: Doc, start: int, end: int) -> bool:
    """The run is the subject of a verb only people do ("X arrived", "X met"),
    and spaCy does not read it as a place, body or event."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(
        e.label_ in _NOT_PERSON_LABELS and not (e.label_ == "ORG" and _name_like_org(span))
        for e in _entities_within(span)
    ):
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in PERSON_VERBS


def _name_like_org(span) -> bool:
    """An "ORG" that is more likely a misread name ("Murat Nurtleu met ..."): no
    word of a body's name, no acronym, no country or nationality in it."""
    return not any(
        t.lower_ in OFFICE_WORDS
        or _ACRONYM_RE.match(t.text)
        or countries.country_code(t.text)
        or not _is_name_word(t.text)
        for t in span
    )


def _coordinated_evidence(mentions: list[_Mention], text: str) -> None:
    """ "X and Y spoke": a name joined to a person by "and" or a comma is a person too."""
    ordered = sorted(mentions, key=lambda m: m.context_start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.evidence != b.evidence and text[a.end : b.context_start] in (" and ", ", "):
            if len(a.name) >= 2 and len(b.name) >= 2:
                a.evidence = b.evidence = True


def _apposition_role(doc: Doc, text: str, end: int) -> re.Match | None:
    """ ", mathematics teacher at ..." after a name, when it gives a role.

    The head must be a singular noun of office or occupation ("teacher", not
    "members"; "spokesman", not "an impassioned and nomadic opponent" or "a loyalist").
    """
    appos = _APPOSITION_RE.match(text, end)
    if appos is None:
        return None
    words = appos.group("role").split()
    if words[-1] not in ROLE_HEADS or "and" in words:
        return None
    span = doc.char_span(appos.start("role"), appos.end("role"), alignment_mode="expand")
    if span is None or span[-1].tag_ != "NN" or any(t.tag_ in _NOT_IN_ROLE_TAGS for t in span):
        return None
    return appos


def _title_apposition(
    words: list[_Word], text: str, end: int, named_titles: set[int] = frozenset()
) -> tuple[str, str | None, str | None] | None:
    """(role, organization, country) from ", President of Azerbaijan" or
    ", Federal Minister for Foreign Affairs of Germany" right after a name;
    none from a title that leads to the next person's name ("X, Chairman of
    the National Bank Y")."""
    comma = _TITLE_APPOS_RE.match(text, end)
    if comma is None or comma.end() in named_titles:
        return None
    i = _word_at(words, comma.end())
    if i is None:
        return None
    first = i
    while (
        i < len(words)
        and i - first < 3
        and not _match_title(words, i)
        and (
            words[i].lower in TITLE_MODIFIERS
            or (_is_cap(words[i].text) and words[i].lower in OFFICE_WORDS)
        )
    ):
        i += 1  # "Deputy", "Federal", "Foreign" before the title itself
    n = _match_title(words, i) if i < len(words) else 0
    if not n or not _is_cap(words[i].text):
        return None
    k = i + n
    if k < len(words) and words[k].text in _POSSESSIVES:
        return None  # ", the President's spokesman": someone else's title
    title = " ".join(ROLE_SHORT_FORMS.get(w.lower, w.lower) for w in words[first:k])
    org = None
    if k < len(words) and words[k].lower in ("of", "for"):
        stop = k + 1
        while stop < len(words) and (
            _is_cap(words[stop].text) or words[stop].lower in ("of", "the", "for", "-")
        ):
            stop += 1
        while stop > k + 1 and words[stop - 1].lower in ("of", "the", "for", "-"):
            stop -= 1
        if stop > k + 1:
            org = _JUNK_EDGES_RE.sub("", text[words[k + 1].start : words[stop - 1].end]) or None
    return _role_org_country(title, org, None)


def _word_at(words: list[_Word], start: int) -> int | None:
    """Index of the word that starts at character `start`, if any."""
    i = bisect_left(words, start, key=lambda w: w.start)
    return i if i < len(words) and words[i].start == start else None


# ---------------------------------------------------------------- merging


def _same_person(person: _Person, mention: _Mention) -> bool:
    """The mention's name is the person's name or a part of it keeping the surname.

    A monarch's one given name ("King Hussein") is no surname: it joins only
    the same name, so that it is not read as "Saddam Hussein".
    """
    mine = _name_tokens(person.full.name)
    theirs = _name_tokens(mention.name)
    if not mine or not theirs:
        return False
    if mention.regnal or person.full.regnal:
        return mine == theirs
    if theirs[-1] == mine[-1]:
        return set(theirs) <= set(mine) or set(mine) <= set(theirs)
    return False


def _canonical_role(role: str | None) -> str | None:
    return TITLE_SYNONYMS.get(role, role) if role else None


def _merge(mentions: list[_Mention], publisher_country: str | None) -> list[_Person]:
    people: list[_Person] = []
    titles: list[_Mention] = []
    # a mention joins only a person of the same surname: look among those alone,
    # so that merging stays linear however many people a long text names
    by_surname: dict[str, list[_Person]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.name:
            titles.append(m)
            continue
        tokens = _name_tokens(m.name)
        same_surname = by_surname.get(tokens[-1], []) if tokens else []
        match = next((p for p in reversed(same_surname) if _same_person(p, m)), None)
        if match:
            match.mentions.append(m)
        elif m.evidence:
            person = _Person([m])
            people.append(person)
            if tokens:
                by_surname.setdefault(tokens[-1], []).append(person)
    for t in titles:
        role = _canonical_role(t.role)
        holders = [
            p
            for p in people
            if any(_canonical_role(m.role) == role for m in p.mentions)
            and (t.country is None or (_stated_country(p) or publisher_country) == t.country)
        ]
        if t.country is None and role in HOME_HEAD_TITLES:
            # A release says "the President", "the Head of State" of its own
            # head of state, often named without a title, and names a visiting
            # one with the country: the holder at home, else the one person not
            # placed by a title or a country, before any foreign holder. "The
            # President's spokesman X" is not the President.
            home = [p for p in holders if _stated_country(p) in (None, publisher_country)]
            unplaced = [p for p in people if not any(m.role or m.country for m in p.mentions)]
            if len(unplaced) != 1 or (t.possessive and not holders):
                unplaced = []
            holders = home or unplaced or holders
        if not holders and role:
            # "the Uzbek Deputy Minister" after "First Deputy Minister of Foreign Affairs X"
            inner = re.compile(rf"\b{re.escape(role)}\b")
            holders = [
                p
                for p in people
                if any(m.role and inner.search(m.role) for m in p.mentions)
                and (t.country is None or _stated_country(p) == t.country)
            ]
        if not holders and t.country and t.country != publisher_country:
            # "the Turkish leader": the one person of that country, else the one
            # person the text has given neither a title nor a country
            holders = [p for p in people if _stated_country(p) == t.country] or [
                p for p in people if not any(m.role or m.country for m in p.mentions)
            ]
        if len(holders) == 1:
            holders[0].mentions.append(t)
    return people


def _stated_country(person: _Person) -> str | None:
    return next((m.country for m in person.mentions if m.country), None)


def _country(
    person: _Person, foreign: Callable[[], set[str]], publisher_country: str | None
) -> str | None:
    """The stated country; none for an international body's official; for a
    sultan or king the one foreign country the text names; else the publisher's
    (an official with no other country in the text, an akim, a minister,
    represents the government that publishes the release; unknown: None)."""
    stated = _stated_country(person)
    if stated:
        return stated
    if any(m.international for m in person.mentions):
        return None
    if any(m.foreign for m in person.mentions):
        named = foreign()
        return next(iter(named)) if len(named) == 1 else None
    return publisher_country


def _foreign_countries(words: list[_Word], publisher_country: str | None) -> set[str]:
    """Countries other than the publisher's that the text names (or whose demonym it uses)."""
    found = set()
    for i, w in enumerate(words):
        if _is_cap(w.text):
            _, code = countries.country_prefix([x.text for x in words[i : i + 8]])
            found.add(code or countries.country_from_demonym(w.text))
    found.discard(None)
    found.discard(publisher_country)
    return found


def _titled(person: _Person) -> _Mention:
    """The mention that gives the person's role (and the body it belongs to)."""
    named = [m for m in person.mentions if m.name and m.role]
    titled = named or [m for m in person.mentions if m.role]
    return titled[0] if titled else person.first


# ---------------------------------------------------------------- entry point


def extract_participants(
    doc: Doc, *, publisher_country: str | None = None, exclude: Sequence[tuple[int, int]] = ()
) -> list[ParticipantRecord]:
    """One record per person named in `doc`, in order of first mention.

    Mentions that overlap an `exclude` span (a dateline, a byline) are ignored:
    a person named only there is no participant."""
    text = blank_honorifics(doc.text)  # same offsets; "Minister, Dr. A. Rao" reads as titled
    words = [_Word(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    ents = _entities(doc)
    titled, covered = _title_mentions(words, text, ents)
    named_titles = {m.context_start for m in titled if m.name}
    mentions = titled + _run_mentions(words, text, doc, covered, named_titles)
    if exclude:
        furniture = Spans.merged(exclude)
        mentions = [m for m in mentions if not furniture.overlaps(m.context_start, m.end)]
    _coordinated_evidence(mentions, text)
    for m in mentions:
        if m.name and not m.country and (national := _NATIONAL_RE.match(text, m.end)):
            m.country = countries.country_from_demonym(national.group(1))
    if publisher_country is None:  # a folder of many publishers: the text's own country
        publisher_country = document_country(text, [m.country for m in mentions if m.country])
    people = _merge(mentions, publisher_country)
    foreign = cache(lambda: _foreign_countries(words, publisher_country))
    all_mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    participation_of(doc, all_mentions)
    records = []
    for person in people:
        full, titled = person.full, _titled(person)
        records.append(
            ParticipantRecord(
                name=text[full.start : full.end],  # the fullest form the document uses
                role=titled.role,
                organization=titled.organization,
                country=_country(person, foreign, publisher_country),
                participation=max((m.participation for m in person.mentions), key=rank),
                n_mentions=len(person.mentions),
                char_start=person.first.start,
                char_end=person.first.end,
            )
        )
    return records
