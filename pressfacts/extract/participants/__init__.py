"""People a release names, with role, organization, country and participation.

The small spaCy model is unreliable on the names of these texts (it reads
"Head of State Kassym-Jomart Tokayev" as the ORG "State Kassym-Jomart Tokayev"
and "Astana Hub" as a PERSON), so names are found from the text's own
evidence and spaCy's entities are only one clue among several:

1. Titles before names (`titles`): "Minister of Finance X", "the mayor of
   Rabat X (Morocco)"; appositions after names: "X, governor of the Penza region".
2. Capitalised runs that look like personal names (`names`).
3. Mentions merged into people (`merge`), each person's country (`country`)
   and participation read from the verb governing each mention (`participation`).

The word lists these rules reason with are data (`lexicon`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc

from pressfacts.extract import countries
from pressfacts.extract.document_country import document_country
from pressfacts.extract.honorifics import blank_honorifics
from pressfacts.extract.participants.country import (
    NATIONAL_RE,
    foreign_countries,
    participant_country,
)
from pressfacts.extract.participants.merge import merge_mentions, titled_mention
from pressfacts.extract.participants.names import coordinated_evidence, run_mentions
from pressfacts.extract.participants.participation import participation_of, rank
from pressfacts.extract.participants.titles import find_titles, title_mentions
from pressfacts.extract.participants.words import WORD_RE, Word, entities_by_start
from pressfacts.extract.records import ParticipantRecord
from pressfacts.extract.spans import Spans, doc_text


def extract_participants(
    doc: Doc, *, publisher_country: str | None = None, exclude: Sequence[tuple[int, int]] = ()
) -> list[ParticipantRecord]:
    """One record per person named in `doc`, in order of first mention.

    Mentions that overlap an `exclude` span (a dateline, a byline) are ignored:
    a person named only there is no participant."""
    text = blank_honorifics(doc_text(doc))  # same offsets; "Minister, Dr. A. Rao" reads as titled
    words = [Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    find_titles(words)
    ents = entities_by_start(doc)
    titled, covered = title_mentions(words, text, ents)
    named_titles = {m.context_start for m in titled if m.name}
    mentions = titled + run_mentions(words, text, doc, covered, named_titles)
    if exclude:
        furniture = Spans.merged(exclude)
        mentions = [m for m in mentions if not furniture.overlaps(m.context_start, m.end)]
    coordinated_evidence(mentions, text)
    for m in mentions:
        if m.name and not m.country and (national := NATIONAL_RE.match(text, m.end)):
            m.country = countries.country_from_demonym(national.group(1))
    if publisher_country is None:  # a folder of many publishers: the text's own country
        publisher_country = document_country(text, [m.country for m in mentions if m.country])
    people = merge_mentions(mentions, publisher_country)
    foreign = cache(lambda: foreign_countries(words, publisher_country))
    all_mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    participation_of(doc, all_mentions)
    records = []
    for person in people:
        full, titled = person.full, titled_mention(person)
        records.append(
            ParticipantRecord(
                name=text[full.start : full.end],  # the fullest form the document uses
                role=titled.role,
                organization=titled.organization,
                country=participant_country(person, foreign, publisher_country),
                participation=max((m.participation for m in person.mentions), key=rank),
                n_mentions=len(person.mentions),
                char_start=person.first.start,
                char_end=person.first.end,
                mentions=tuple((m.start, m.end) for m in person.mentions),
            )
        )
    return records
