"""Personal names written without a title before them.

A capitalised run is a name when the text gives evidence of one: spaCy reads
it as a PERSON, it holds a patronymic or an Arabic "bin", a verb only people
do follows it, or it repeats a known person. Places, bodies and facilities
named after people are told apart from names here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pressfacts.extract import countries
from pressfacts.extract.participants.country import office_abroad
from pressfacts.extract.participants.lexicon import (
    ARABIC_PARTICLES,
    COMPANY_NOUNS,
    NAME_PARTICLES,
    NOT_PERSON_HEADS,
    OFFICE_WORDS,
    PERSON_VERBS,
    ROLE_HEADS,
    TITLES,
)
from pressfacts.extract.participants.mentions import Mention
from pressfacts.extract.participants.participation import SPEECH_AFTER_RE
from pressfacts.extract.participants.titles import (
    PAREN_RE,
    match_title,
    plural_title,
    title_apposition,
)
from pressfacts.extract.participants.words import (
    ACRONYM_RE,
    PLACE_LABELS,
    Word,
    after_address,
    has_patronymic,
    is_cap,
    is_honorific,
    is_name_word,
)

_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# ", [a] mathematics teacher at the Daryn school-lyceum in Taraz" after a name.
_APPOSITION_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?P<role>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
    r"\s+(?:of|at)\s+(?:the\s+)?(?P<org>[^,;.()“”\"]{1,150}?)(?=\s+in\s+|\s+and\s+|[,;.()“”\"]|$)"
)
# "Kassym-Jomart", "Jean-Claude": a double given name (spaCy often reads the whole as an ORG).
_DOUBLE_GIVEN_NAME_RE = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")
_GEO_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# words before a place, never before a person ("in New Delhi")
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout"})
# Entities that show a capitalised run is not a person ("Abai Street", "Kazakh Invest").
_NOT_PERSON_LABELS = PLACE_LABELS | {"PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# Tags that cannot occur in a role phrase ("which became the stronghold").
_NOT_IN_ROLE_TAGS = frozenset({"WDT", "WP", "WP$", "DT", "PRP", "PRP$", "VBD", "VBZ", "VBP", "MD"})


def _capital_runs(words: list[Word]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (with inner particles), as word index ranges."""
    runs = []
    i = 0
    while i < len(words):
        if not is_cap(words[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(words) and (
            is_cap(words[j].text)
            or (
                words[j].lower in NAME_PARTICLES
                and j + 1 < len(words)
                and is_cap(words[j + 1].text)
            )
        ):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def run_mentions(
    words: list[Word],
    text: str,
    doc: Doc,
    covered: list[tuple[int, int]],
    named_titles: set[int] = frozenset(),
) -> list[Mention]:
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
        while i < j and (plural_n := plural_title(words, i, j)):
            shared = " ".join(w.lower for w in words[i : i + plural_n])[:-1]
            i += plural_n  # "Presidents Leonid Kuchma of Ukraine and ...", "Prime Ministers A"
        while i < j and (
            words[i].lower in STOP_WORDS
            or match_title(words, i)
            or words[i].lower[:-1] in TITLES
            or is_honorific(words[i].text)
            or _capitalised_by_position(doc, words[i])
        ):
            i += 1
        run = after_address(words[i:j])
        if not run or any(s <= run[0].start < e or s < run[-1].end <= e for s, e in covered):
            continue
        texts = [w.text for w in run]
        if texts[-1].lower() in NOT_PERSON_HEADS or _named_after_person(text, run[-1].end):
            continue  # "the Sir John Reid Building", "the Anna Kovacs Highway project"
        if i > 0 and words[i - 1].lower in COMPANY_NOUNS:
            continue  # "the German manufacturer Vogtland Turbinenbau"
        if i > 0 and words[i - 1].lower in _PLACE_PREPOSITIONS and _a_place(doc, run):
            continue  # "addressing the media in New Delhi, Union Minister X said"
        n, _ = countries.country_prefix(texts)
        if n and len(texts) - n >= 2:
            run, texts = run[n:], texts[n:]
        if not all(is_name_word(t) or t.lower() in NAME_PARTICLES for t in texts):
            continue
        if countries.country_code(" ".join(texts)) or countries.country_code(texts[0]):
            continue
        start, end = run[0].start, run[-1].end
        appos = _apposition_role(doc, text, end)
        titled = title_apposition(words, text, end, named_titles)
        evidence = len(run) >= 2 and (
            any(c in person_chars for c in range(start, end))
            or has_patronymic(texts)
            or any(t.lower() in ARABIC_PARTICLES for t in texts)
            or SPEECH_AFTER_RE.match(text, end) is not None
            or appos is not None
            or titled is not None
            or _is_person_subject(doc, start, end)
            or (_DOUBLE_GIVEN_NAME_RE.match(texts[0]) is not None and _not_a_place(doc, start, end))
        )
        mention = Mention(start, end, texts, context_start=start, evidence=evidence)
        if shared:
            mention.role = shared
            plural = (end, shared)
        if appos:
            mention.role = appos.group("role")
            mention.organization = appos.group("org").strip()
        if titled:
            mention.role, mention.organization, mention.country = titled
            mention.international = office_abroad(mention.organization, mention.country)
        paren = PAREN_RE.match(text, end)
        if paren:
            mention.country = countries.country_code(paren.group(1).split(",")[0].strip())
        mentions.append(mention)
    return mentions


def _named_after_person(text: str, end: int) -> bool:
    """A name followed by a facility head ("... Macdonald Building") is the facility's."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1).lower() in NOT_PERSON_HEADS


def _capitalised_by_position(doc: Doc, word: Word) -> bool:
    """A sentence's first word that is no noun ("Certainly Saddam Hussein ...",
    "Says Michael Hirsch"): capitalised by its position, not as a name."""
    span = doc.char_span(word.start, word.end)
    return (
        span is not None
        and span[0].is_sent_start
        and span[0].pos_ in ("ADV", "VERB", "AUX", "INTJ", "PRON", "ADP", "SCONJ")
    )


def _a_place(doc: Doc, run: list[Word]) -> bool:
    """spaCy reads the whole run as one place."""
    span = doc.char_span(run[0].start, run[-1].end)
    return span is not None and any(
        e.label_ in _GEO_LABELS - {"NORP"} and e.start <= span.start and span.end <= e.end
        for e in _entities_within(doc[max(0, span.start - 1) : span.end + 1])
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
        or ACRONYM_RE.match(t.text)
        or countries.country_code(t.text)
        or not is_name_word(t.text)
        for t in span
    )


def coordinated_evidence(mentions: list[Mention], text: str) -> None:
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
