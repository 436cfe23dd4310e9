"""Mentions anchored on a title: "Minister of Finance X", "the mayor of Rabat X (Morocco)".

A title is the strongest evidence of a person in these texts. The words after
it are split into the body the title belongs to and the person's name, and
the title gives the role, the organization and, when stated, the country.
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pressfacts.extract import countries
from pressfacts.extract.participants.country import office_abroad
from pressfacts.extract.participants.lexicon import (
    ARABIC_PARTICLES,
    COMPANY_NOUNS,
    COUNTERPART_NOUNS,
    FOREIGN_TITLES,
    NAME_PARTICLES,
    NATIONAL_TITLES,
    OFFICE_WORDS,
    PHRASE_NOUNS,
    PLACE_PREFIXES,
    PORTFOLIO_TITLES,
    ROLE_SHORT_FORMS,
    SIDE_NOUNS,
    TITLE_MODIFIERS,
    TITLES,
)
from pressfacts.extract.participants.mentions import Mention
from pressfacts.extract.participants.words import (
    GLUE,
    PLACE_LABELS,
    POSSESSIVES,
    Word,
    after_address,
    has_patronymic,
    is_cap,
    is_honorific,
    is_name_word,
    word_at,
)

PAREN_RE = re.compile(r"\s*\(([^()]{2,60})\)")
# ", President of Azerbaijan" after a name: a title in apposition.
_TITLE_APPOS_RE = re.compile(r",\s+(?:the\s+)?")
JUNK_EDGES_RE = re.compile(r"^(?:(?:of|the|at|in|and|,)\s+)+|(?:\s+(?:of|the|and|,))+$|[\s,]+$")
_MINISTRY_SUFFIX_RE = re.compile(r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][^,]*)$")
_ABBREVIATION_RE = re.compile(r"^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$")  # "UN", "U.S."
_LEADING_LOWER_RE = re.compile(r"^(?:[a-z]+\s+)+")  # "company Lindauer ..."
# "Ambassador of Japan to Kazakhstan": the "to" part names the host, not the body.
_HOST_SUFFIX_RE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][^,]*$")


_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())


@cache
def _title_matcher() -> PhraseMatcher:
    """Every title as a phrase of lower-case words. The words are this
    package's, not the parse's tokens, so they live in a vocabulary of their
    own and leave the model's untouched."""
    vocab = spacy.blank("en").vocab
    matcher = PhraseMatcher(vocab)
    matcher.add("TITLE", [Doc(vocab, words=t.split()) for t in sorted(TITLES)])
    return matcher


def find_titles(words: list[Word]) -> None:
    """Mark on each word the lengths of the titles that start at it, in one pass
    of spaCy's PhraseMatcher over the document's words."""
    matcher = _title_matcher()
    # a word of no title is written "_": it cannot be part of a match, and the
    # matcher's vocabulary stays the titles' words
    lowers = [w.text.lower() for w in words]
    phrase = [low if low in _TITLE_WORDS else "_" for low in lowers]
    found: dict[int, list[int]] = {}
    for _, start, end in matcher(Doc(matcher.vocab, words=phrase)):
        found.setdefault(start, []).append(end - start)
    for start, lengths in found.items():
        words[start].titles = tuple(sorted(lengths, reverse=True))


def match_title(words: list[Word], i: int) -> int:
    """Number of words of the longest title starting at words[i] and ending within
    `words`, or 0."""
    titles = words[i].titles
    if not titles:
        return 0
    room = len(words) - i
    return next((n for n in titles if n <= room), 0)


def _phrase_end(words: list[Word], i: int) -> int:
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
        if is_cap(w.text) or (low in NAME_PARTICLES and run):
            run += 1
        elif low in GLUE or low in PHRASE_NOUNS:
            if low in ("and", "&") and run and _title_ahead(words, i + 1):
                break  # "X Y and [Miami] Mayor Z" starts a second person
            run = 0
            glued = True
        elif (
            low == ","
            and run
            and i + 1 < n
            and is_cap(words[i + 1].text)
            and not _title_ahead(words, i + 1)
            and (run == 1 or _direct_name_end(words, i + 1))
        ) or (low == "," and i == first and i + 1 < n and _direct_name_end(words, i + 1)):
            # "Minister of Commerce, Industry and ...", "Minister of Information
            # and National Orientation, Musa Garba Sani"
            run = 0
        elif low in POSSESSIVES and run and glued:
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


def _direct_name_end(words: list[Word], i: int) -> int:
    """End of a personal name of two words or more written right after a title, or 0.

    Its words are name words (no body or office word, no country), so nothing
    after it belongs to the title.
    """
    j = i
    while j < len(words) and (
        is_name_word(words[j].text) or (j > i and words[j].lower in NAME_PARTICLES)
    ):
        j += 1
    texts = [w.text for w in words[i:j]]
    of_country = j + 1 < len(words) and words[j].lower == "of" and _country_at(words, j + 1)
    if not texts or (len(texts) < 2 and not of_country):  # "King Hussein of Jordan"
        return 0
    if countries.country_prefix(texts)[0] or match_title(words, i):
        return 0
    if any(is_honorific(t) or countries.country_code(t) for t in texts):
        return 0
    return j


def _country_at(words: list[Word], i: int) -> str | None:
    """Code of the country named at words[i] ("Jordan", "the United States"), or None."""
    if i < len(words) and words[i].lower == "the":
        i += 1
    return countries.country_prefix([w.text for w in words[i : i + countries.MAX_COUNTRY_WORDS]])[1]


def _title_ahead(words: list[Word], i: int) -> bool:
    """A title starts within the capitalised words from words[i] ("Miami Mayor ...")."""
    for k in range(i, min(i + 4, len(words))):
        if match_title(words, k):
            return True
        if not is_cap(words[k].text):
            return False
    return False


def _person_start(run: list[Word], ents: dict[int, tuple[int, str]]) -> int:
    """Index of a spaCy PERSON of two words or more that ends `run` after its first word, or 0."""
    for k in range(1, len(run) - 1):
        end, label = ents.get(run[k].start, (0, ""))
        if label == "PERSON" and end == run[-1].end:
            return k
    return 0


def _place_words(run: list[Word], ents: dict[int, tuple[int, str]]) -> int:
    """How many leading words of `run` name a place before a personal name (at least 1).

    A place entity at the front ends the place ("Rio de Janeiro"); a place
    prefix ("Saint", "North") makes it at least two words long. A name keeps
    at least two words.
    """
    last = len(run) - 2
    place = 2 if run[0].lower in PLACE_PREFIXES and last >= 2 else 1
    end, label = ents.get(run[0].start, (0, ""))
    if label in PLACE_LABELS:
        place = max(place, next((k for k in range(1, last + 1) if run[k - 1].end == end), 1))
    return place


def _split_run(
    run: list[Word], after_of: bool, after_noun: bool, ents: dict[int, tuple[int, str]]
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
        if not is_name_word(t) and t.lower() not in NAME_PARTICLES
    ]
    if office and len(texts) - office[-1] - 1 >= 2:
        start = office[-1] + 1  # "Huaxin New Energy Group Zhang Weiguo"
    while start < len(texts):
        n, _ = countries.country_prefix(texts[start:])
        if n:
            start += n
            continue
        if not is_name_word(texts[start]):
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
            keep = 3 if has_patronymic(rest[-3:]) else 2
            return len(texts) - keep
        return _place_words(run, ents)  # "mayor of Rabat Asmaa Rhlalou"
    return start


def title_mentions(
    words: list[Word], text: str, ents: dict[int, tuple[int, str]]
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Mentions anchored on a title, and the spans (title..name) they cover."""
    mentions: list[Mention] = []
    covered: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        n = match_title(words, i)
        if not n:
            i += 1
            continue
        while (
            i + n < len(words) and words[i + n - 1].text.endswith(".") and match_title(words, i + n)
        ):
            n += match_title(words, i + n)  # "Lt. Gen. Walter Boomer"
        first = i
        while first > 0 and (
            words[first - 1].lower in TITLE_MODIFIERS
            or (
                is_cap(words[first - 1].text)
                and words[first - 1].lower in OFFICE_WORDS
                and words[i].lower == "minister"
            )  # "Foreign Minister"
        ):
            first -= 1
        title = " ".join(ROLE_SHORT_FORMS.get(w.lower, w.lower) for w in words[first : i + n])
        body = None
        before = first - 1
        nationality = _country_before(words, before)
        if not nationality and before >= 0 and is_cap(words[before].text):
            nationality = countries.country_from_demonym(words[before].text)
            if not nationality and _ABBREVIATION_RE.match(words[before].text):
                nationality = countries.country_from_name(words[before].text)  # "US Envoy"
                body = None if nationality else words[before].text  # "UN Secretary-General"
            elif not nationality:
                body = _body_before(words, first, text, ents)  # "Shell CEO", "Astana Mayor"
        portfolio = _portfolio_in_parentheses(words, i + n)
        if portfolio:  # "Secretary (Power) Shri X": the portfolio, then the name
            body, n = portfolio[0], n + portfolio[1]
        end = _phrase_end(words, i + n)
        while end > i + n and (
            words[end - 1].lower in GLUE or words[end - 1].text in (",", *POSSESSIVES)
        ):
            end -= 1  # "... Almas Turlybekov and visit": the "and" is not part of it
        run_start = end
        while run_start > i + n and (
            is_cap(words[run_start - 1].text) or words[run_start - 1].lower in NAME_PARTICLES
        ):
            run_start -= 1
        run = words[run_start:end]
        prev = words[run_start - 1].lower if run_start > i + n else ""
        after_of = prev in ("of", "the")
        after_noun = prev in PHRASE_NOUNS
        name_from = _split_run(run, after_of, after_noun, ents) if run else 0
        name = after_address(run[name_from:])
        while name and not is_cap(name[-1].text):
            name = name[:-1]
        if name and not is_name_word(name[-1].text):
            name = []  # "chief executive of U.S. Trust Corp.": a body, no person
        if prev in COMPANY_NOUNS and _apposition_of_a_name(words, first):
            name = []  # "X, manager of the Chinese company Xinjiang Tianrun Grain": its name
        body_end = name[0].start if name else 0
        while len(name) > 1 and (is_honorific(name[0].text) or match_title(name, 0)):
            name = name[1:]  # "spokesman Capt. Rod Beer": "Capt." is not part of the name
        if (
            name
            and len(name) == 1
            and (
                countries.country_code(name[0].text)
                or not is_name_word(name[0].text)
                or after_of
                or after_noun
            )
        ):
            name = []
        phrase_end = body_end if name else (words[end - 1].end if end > i + n else 0)
        org = None
        if end > i + n and phrase_end > words[i + n - 1].end:
            org = JUNK_EDGES_RE.sub("", text[words[i + n - 1].end : phrase_end].strip()) or None
        role, org, country = _role_org_country(title, org or body, nationality)
        international = office_abroad(org, country)
        span_end = name[-1].end if name else words[i + n - 1].end
        if name:
            mention = Mention(
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
            paren = PAREN_RE.match(text, span_end)
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
                Mention(
                    words[first].start,
                    words[after - 1].end,
                    [],
                    role,
                    org,
                    country,
                    words[first].start,
                    international=international,
                    foreign=title in FOREIGN_TITLES,
                    possessive=after < len(words) and words[after].text in POSSESSIVES,
                )
            )
        covered.append((words[first].start, span_end))
        i = end if name else i + n
    return mentions, covered


def _country_before(words: list[Word], i: int) -> str | None:
    """The country words[i] gives the title after it: "Ghana's [Minister]", or
    "his Kyrgyz counterpart, [Deputy Minister X]"; else None."""
    if i >= 1 and words[i].text in POSSESSIVES:
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
    words: list[Word], first: int, text: str, ents: dict[int, tuple[int, str]]
) -> str | None:
    """The body or place named right before a title ("Shell CEO X", "Turkestan
    Region Governor X"): up to four capitalised words, kept when they hold an
    office word, name a region or city, or spaCy reads them as a place or an
    organization (so that "On Tuesday President X" gives no body)."""
    start = first
    while (
        start > 0
        and first - start < 4
        and is_cap(words[start - 1].text)
        and words[start - 1].lower not in STOP_WORDS
        and not match_title(words, start - 1)
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
        or (entity and entity[1] in PLACE_LABELS and entity[0] >= run[-1].end)
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
            org = JUNK_EDGES_RE.sub("", body) or None
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


def plural_title(words: list[Word], i: int, j: int) -> int:
    """Number of words of a plural title ("Presidents", "Prime Ministers") at words[i]."""
    for n in range(min(3, j - i - 1), 0, -1):
        phrase = " ".join(w.lower for w in words[i : i + n])
        if phrase.endswith("s") and phrase[:-1] in TITLES:
            return n
    return 0


def _portfolio_in_parentheses(words: list[Word], i: int) -> tuple[str, int] | None:
    """("Power", 3) for "(Power)" at word i when a name follows it, the way Indian
    releases write a secretary's department: "Secretary (Power) Vivek Mehrotra"."""
    close = next((k for k in range(i + 1, min(i + 6, len(words))) if words[k].text == ")"), None)
    if (
        close is None
        or words[i].text != "("
        or close == i + 1
        or not all(is_cap(w.text) or w.lower in GLUE for w in words[i + 1 : close])
        or close + 2 >= len(words)
        or not (is_cap(words[close + 1].text) and is_name_word(words[close + 1].text))
    ):
        return None
    return " ".join(w.text for w in words[i + 1 : close]), close + 1 - i


def _apposition_of_a_name(words: list[Word], first: int) -> bool:
    """The title at `first` follows "Name, ": it describes that person."""
    return (
        first >= 2
        and words[first - 1].text == ","
        and is_cap(words[first - 2].text)
        and is_name_word(words[first - 2].text)
    )


def _company_after(words: list[Word], i: int) -> tuple[str, str | None] | None:
    """(name, country) from "the Chinese company Xinjiang Tianrun Grain" at word i:
    a company noun, a nationality before it, the capitalised name after it."""
    if i < len(words) and words[i].lower == "the":
        i += 1
    nationality = countries.country_from_demonym(words[i].text) if i < len(words) else None
    if nationality:
        i += 1
    if i + 1 >= len(words) or words[i].lower not in COMPANY_NOUNS:
        return None
    stop = i + 1
    while stop < len(words) and is_cap(words[stop].text):
        stop += 1
    if stop == i + 1:
        return None
    return " ".join(w.text for w in words[i + 1 : stop]), nationality


def title_apposition(
    words: list[Word], text: str, end: int, named_titles: set[int] = frozenset()
) -> tuple[str, str | None, str | None] | None:
    """(role, organization, country) from ", President of Azerbaijan" or
    ", Federal Minister for Foreign Affairs of Germany" right after a name;
    none from a title that leads to the next person's name ("X, Chairman of
    the National Bank Y")."""
    comma = _TITLE_APPOS_RE.match(text, end)
    if comma is None or comma.end() in named_titles:
        return None
    i = word_at(words, comma.end())
    if i is None:
        return None
    first = i
    while (
        i < len(words)
        and i - first < 3
        and not match_title(words, i)
        and (
            words[i].lower in TITLE_MODIFIERS
            or (is_cap(words[i].text) and words[i].lower in OFFICE_WORDS)
        )
    ):
        i += 1  # "Deputy", "Federal", "Foreign" before the title itself
    n = match_title(words, i) if i < len(words) else 0
    if not n or not is_cap(words[i].text):
        return None
    k = i + n
    if k < len(words) and words[k].text in POSSESSIVES:
        return None  # ", the President's spokesman": someone else's title
    title = " ".join(ROLE_SHORT_FORMS.get(w.lower, w.lower) for w in words[first:k])
    org = None
    if k < len(words) and words[k].lower in ("of", "for"):
        company = _company_after(words, k + 1)
        if company:
            return _role_org_country(title, *company)
        stop = k + 1
        while stop < len(words) and (
            is_cap(words[stop].text) or words[stop].lower in ("of", "the", "for", "-")
        ):
            stop += 1
        while stop > k + 1 and words[stop - 1].lower in ("of", "the", "for", "-"):
            stop -= 1
        if stop > k + 1:
            org = JUNK_EDGES_RE.sub("", text[words[k + 1].start : words[stop - 1].end]) or None
    return _role_org_country(title, org, None)
