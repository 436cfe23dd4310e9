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
    durations, so they receive the date spans to stay out of. No row overlaps
    an `exclude` span (page furniture such as datelines and bylines).
    """
    dates = extract_dates(doc, published)
    date_spans = [(d.char_start, d.char_end) for d in dates]
    extraction = Extraction(
        statistics=extract_statistics(
            doc,
            date_spans=date_spans,
            # a bare "$" is the US dollar unless the text is clearly another dollar's
            home_country=publisher_country or document_country(doc.text, min_mentions=3),
        ),
        dates=dates,
        participants=extract_participants(doc, publisher_country=publisher_country),
    )
    assign_speakers(doc, extraction.statistics, extraction.participants)
    return _outside(extraction, exclude) if exclude else extraction


def _outside(extraction: Extraction, exclude: Sequence[tuple[int, int]]) -> Extraction:
    def kept(record) -> bool:
        return all(record.char_end <= s or record.char_start >= e for s, e in exclude)

    return Extraction(
        statistics=[r for r in extraction.statistics if kept(r)],
        dates=[r for r in extraction.dates if kept(r)],
        participants=[r for r in extraction.participants if kept(r)],
    )
