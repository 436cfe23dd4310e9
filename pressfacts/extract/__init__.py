"""Extraction: text in, records out. No orchestration here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from pressfacts.extract.dates import extract_dates
from pressfacts.extract.participants import extract_participants
from pressfacts.extract.records import DateRecord, ParticipantRecord, StatisticRecord
from pressfacts.extract.statistics import extract_statistics


@dataclass
class Extraction:
    statistics: list[StatisticRecord] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    participants: list[ParticipantRecord] = field(default_factory=list)


def extract_all(doc: Doc, published: date) -> Extraction:
    """Run the three extractors on one parsed body.

    Dates go first: statistics must not claim the numbers that are years or
    durations, so they receive the date spans to stay out of.
    """
    dates = extract_dates(doc, published)
    date_spans = [(d.char_start, d.char_end) for d in dates]
    return Extraction(
        statistics=extract_statistics(doc, date_spans=date_spans),
        dates=dates,
        participants=extract_participants(doc),
    )
