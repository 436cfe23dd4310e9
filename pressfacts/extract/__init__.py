"""Extraction: text in, records out. No orchestration here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from pressfacts.extract.dates import extract_dates
from pressfacts.extract.document_country import document_country
from pressfacts.extract.participants import extract_participants
from pressfacts.extract.records import DateRecord, ParticipantRecord, StatisticRecord
from pressfacts.extract.spans import Spans, doc_text
from pressfacts.extract.speakers import assign_speakers
from pressfacts.extract.statistics import extract_statistics


@dataclass
class Extraction:
    statistics: list[StatisticRecord] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    participants: list[ParticipantRecord] = field(default_factory=list)


def extract_all(
    doc: Doc,
    published: date,
    *,
    publisher_country: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> Extraction:
    """Run the three extractors on one parsed body.

    Dates go first: statistics must not claim the numbers that are years or
    durations, so they receive the date spans to stay out of. `exclude` spans
    (page furniture: datelines, bylines) stay in the text but give no row;
    untitled officials of the publisher get `publisher_country` (None: the
    country the text itself shows, if it shows one clearly). Each figure's
    speaker is then the participant who states it.
    """
    dates = extract_dates(doc, published)
    date_spans = [(d.char_start, d.char_end) for d in dates]
    statistics = extract_statistics(
        doc,
        date_spans=date_spans,
        # a bare "$" is the US dollar unless the text is clearly another dollar's
        home_country=publisher_country or document_country(doc_text(doc), min_mentions=3),
        furniture=exclude,
    )
    if exclude:
        furniture = Spans.merged(exclude)
        dates = [d for d in dates if not furniture.overlaps(d.char_start, d.char_end)]
        statistics = [s for s in statistics if not furniture.overlaps(s.char_start, s.char_end)]
    participants = extract_participants(doc, publisher_country=publisher_country, exclude=exclude)
    assign_speakers(doc, statistics, participants)
    return Extraction(
        statistics=statistics,
        dates=dates,
        participants=participants,
    )
