"""Temporal expressions, normalised to TimeML TIMEX3 values.

How it works (a small HeidelTime-like grammar):

1. Every rule in `rules.RULES` is a compiled regex over the document text plus a
   function that turns a match into zero or more `Candidate`s (span, value,
   type). Rules know nothing about each other; they are grouped by what they
   read (`absolute`, `relative`, `durations`). A rule is tried only near its
   anchor, a word all its matches hold (`scanning`).
2. Overlapping candidates are settled longest-first, so "the first quarter of
   this year" beats "this year" and "25 years ago" beats "25 years" (`resolve`).
3. A second pass, in text order, resolves the few anaphoric values ("the same
   period last year" takes the period mentioned just before) and fills in the
   sentence and the calendar interval of each DATE (`calendar`).

Relative expressions are resolved against the publication date; a month or a
weekday named without a year takes its direction from the tense of the verb
that governs it (spaCy morphology), see `Context.direction`.

Surfaces follow eval/GOLD.md: no leading preposition, articles and modifiers
("the end of 2026", "the past five years", "early 1999") kept.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from pressfacts.extract.dates.calendar import (
    interval,
)
from pressfacts.extract.dates.candidates import Candidate
from pressfacts.extract.dates.resolve import find_candidates, join_clock_and_day, resolve_anaphora
from pressfacts.extract.records import DateRecord
from pressfacts.extract.spans import Sentences, doc_text

# How far from its publication a release's resolved date may lie: further back
# than two millennia or ahead than two centuries, the calendar date is a
# misreading or beyond what the dates table holds, and only the direction is kept
# ("5000 years ago" is PAST_REF).
HORIZON_BACK, HORIZON_AHEAD = 2000, 200


def _within_horizon(start: date, end: date | None, published: date) -> bool:
    first, last = published.year - HORIZON_BACK, published.year + HORIZON_AHEAD
    return first <= start.year and (end or start).year <= last


def extract_dates(doc: Doc, published: date) -> list[DateRecord]:
    cands = find_candidates(doc, published)
    resolve_anaphora(cands, published)
    cands = join_clock_and_day(cands, doc_text(doc))
    text = doc_text(doc)
    sents = Sentences(doc) if cands else None
    records = []
    for c in cands:
        surface = text[c.start : c.end]
        sent = sents.at_char(c.start) if sents else None
        sentence = text[sent.start_char : sent.end_char] if sent is not None else ""
        start_date, end_date = interval(c.value) if c.type in ("DATE", "TIME") else (None, None)
        if start_date is not None and not _within_horizon(start_date, end_date, published):
            c.value = "PAST_REF" if start_date < published else "FUTURE_REF"
            start_date = end_date = None
        records.append(
            DateRecord(c.start, c.end, surface, c.value, c.type, start_date, end_date, sentence)
        )
    return records


__all__ = ["Candidate", "extract_dates"]  # one candidate type for every language
