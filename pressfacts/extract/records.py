"""What the extractors return: plain records, one per mention or person.

Ids and the document key are added by `pressfacts.assemble`; the extractors
only know the text they were given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class StatisticRecord:
    char_start: int
    char_end: int
    surface: str
    value: float
    kind: str  # schema.STAT_KINDS
    unit: str | None
    qualifier: str | None  # schema.QUALIFIERS or None
    subject: str | None
    sentence: str
    speaker: str | None = None
    range_group: int | None = None  # same number for the two bounds of one range


@dataclass
class DateRecord:
    char_start: int
    char_end: int
    surface: str
    value: str  # TIMEX3 value
    type: str  # schema.DATE_TYPES
    start_date: date | None
    end_date: date | None
    sentence: str


@dataclass
class ParticipantRecord:
    name: str
    role: str | None
    organization: str | None
    country: str | None  # ISO 3166-1 alpha-3
    participation: str  # schema.PARTICIPATION
    n_mentions: int
    char_start: int  # first mention
    char_end: int
    # every place the person is written, titles standing for them included
    # ("the Head of State"): not a column, it lets a figure find its speaker
    mentions: tuple[tuple[int, int], ...] = ()
