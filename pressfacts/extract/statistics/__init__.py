"""Figures a release states: money, percent, counts, multipliers, ranks, measures.

How it reads a text:

1. `patterns.NUMBER_RE` finds every number in the raw text (digits, words,
   fractions, ordinals, with a scale such as "million").
2. `figures` looks around each one: a qualifier and a currency before it
   (`qualifiers`, `money`), and after it a currency, a percent sign, "times", a
   measure unit or the counted noun (from the spaCy parse). Years, dates,
   durations, references ("No. 12") and idioms are dropped there.
3. Words that are figures on their own ("tripled", "twofold", "ranks third")
   are added (`word_figures`); ranges ("from 3 to 5 percent") are paired and a
   bare number borrows the unit of the figure that completes it (`ranges`);
   verbs such as "exceeded" set the qualifier.
4. The subject (what is counted or measured) comes from the dependency parse
   (`subject`); the speaker of a quoted figure from the quotation (`speaker`).

Rules are general (grammar of English number expressions), never tuned to one
sentence; `doc_text(doc)[char_start:char_end] == surface` always holds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from spacy.tokens import Doc

from pressfacts.extract.records import StatisticRecord
from pressfacts.extract.spans import Spans, disjoint, doc_text
from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.figures import read_number
from pressfacts.extract.statistics.mentions import Mention
from pressfacts.extract.statistics.qualifiers import verb_qualifiers
from pressfacts.extract.statistics.ranges import complete_bare_numbers, pair_ranges
from pressfacts.extract.statistics.speaker import quote_speakers
from pressfacts.extract.statistics.subject import figure_subject
from pressfacts.extract.statistics.tokens import Tokens
from pressfacts.extract.statistics.word_figures import multiplier_words, rank_words, ratio_words


def extract_statistics(
    doc: Doc,
    date_spans: Sequence[tuple[int, int]] = (),
    *,
    home_country: str | None = None,
    furniture: Sequence[tuple[int, int]] = (),
) -> list[StatisticRecord]:
    """`home_country`: the publisher's country, which says what "$" and a local
    prefix ("N", "Rs") before an amount mean. `furniture`: spans of page furniture
    (a dateline's agency name), which never give a figure its subject."""
    text = doc_text(doc)
    tokens = Tokens(doc)
    tokens.home_country = home_country
    if furniture:
        tokens.furniture = Spans.merged(furniture)
    dates = Spans(date_spans)
    mentions: list[Mention] = []
    last_end = 0
    for match in P.NUMBER_RE.finditer(text):
        if match.start() < last_end or dates.contains(match.start(), match.end()):
            continue
        mention = read_number(text, match, tokens, last_end)
        if mention is not None:
            mentions.append(mention)
            last_end = mention.end
    mentions += multiplier_words(doc, tokens)
    mentions += rank_words(text)
    ratios = ratio_words(text)
    ratio_spans = Spans([(r.start, r.end) for r in ratios])
    mentions = [m for m in mentions if not ratio_spans.overlaps(m.start, m.end)]
    mentions += ratios
    mentions = disjoint(mentions, lambda m: (m.start, -m.end))
    mentions = [m for m in mentions if not dates.contains(m.start, m.end)]
    pair_ranges(text, mentions, tokens)
    complete_bare_numbers(mentions, tokens)
    mentions = [m for m in mentions if m.kind is not None and not m.refused and _admissible(m)]
    verb_qualifiers(mentions, tokens)
    figures = Spans([(m.start, m.end) for m in mentions])
    speakers = Spans(quote_speakers(doc) if mentions else [])
    return [
        _record(text, m, tokens, figures, mentions, speakers.label_at(m.start)) for m in mentions
    ]


def _admissible(m: Mention) -> bool:
    """What each kind can state: a finite value; a multiplier above one (a
    smaller factor, "0.8 times", states no growth the table can hold); a rank
    from first on; a count of zero or more ("-30 degrees" is a measure or nothing)."""
    if not math.isfinite(m.value):
        return False
    if m.kind == "multiplier":
        return m.value > 1
    if m.kind == "rank":
        return m.value >= 1
    if m.kind == "count":
        return m.value >= 0
    return True


def _record(
    text: str,
    m: Mention,
    tokens: Tokens,
    figures: Spans,
    mentions: list[Mention],
    speaker: str | None,
) -> StatisticRecord:
    return StatisticRecord(
        char_start=m.start,
        char_end=m.end,
        surface=text[m.start : m.end],
        value=m.value,
        kind=m.kind or "count",
        unit=m.unit,
        qualifier=m.qualifier,
        subject=figure_subject(m, tokens, figures, mentions),
        sentence=tokens.sentence(m.start).text,
        speaker=speaker,
        range_group=m.range_group,
    )
