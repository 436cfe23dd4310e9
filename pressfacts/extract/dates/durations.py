"""Rules for durations and repetitions: "three years", "a quarter of a
century", "for decades", "annually", "every two weeks".
"""

from __future__ import annotations

import re

from pressfacts.extract.dates.candidates import Candidate, Context, one, span_of
from pressfacts.extract.dates.lexicon import SET_WORDS, VAGUE_NUMBERS
from pressfacts.extract.dates.patterns import NUMBER, QUALIFIER, UNIT, YEAR, rx
from pressfacts.extract.dates.values import duration_value, number_value
from pressfacts.extract.vocabulary import words

R_DURATION = rx(
    rf"(?i:\b(?P<t>(?:{QUALIFIER}\s+(?!the\b|these\b|those\b|its\b|their\b|our\b))?"
    r"(?:(?:the|these|those|its|their|our|a)\s+)?"
    r"(?:(?P<mod>past|last|next|coming|first|following|previous|final|latest|initial|remaining"
    r"|recent|upcoming)\s+)?"
    rf"(?P<num>{NUMBER})(?P<sep>[\s-]+)(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?)(?P<of>\s+of\s+(?:this|last|the)\s+year"
    rf"|\s+of\s+{YEAR})?)(?![\w-]|-old|\s+old\b)"
)
R_DURATION_SINGLE = rx(
    r"(?i:\b(?P<t>(?:the|these|those)\s+(?:past|last|previous|next|coming|following)\s+"
    r"(?P<unit>decade|century|year|month|week|quarter\s+century|quarter\s+of\s+a\s+century))\b)"
)
R_QUARTER_CENTURY = rx(
    r"(?i:\b(?P<t>(?:(?:a|the)\s+)?(?:quarter|half)(?:\s+of)?\s+an?\s+century"
    r"|(?:a|the)\s+quarter[-\s]century))\b"
)
R_FOR_PLURAL = rx(r"(?i:\bfor\s+(?P<t>years|decades|months|weeks|centuries)\b)")
R_RECENT = rx(
    r"(?i:\b(?P<t>(?P<w>recent|the\s+coming|coming|the\s+next\s+few|the\s+past\s+few)"
    r"\s+(?P<unit>days|weeks|months|years|decades))\b)"
)


def on_duration(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    num_text = m["num"].lower()
    unit = m["unit"].lower()
    if num_text in ("a", "an") and unit.endswith("s"):
        return None
    if unit.startswith("quarter") and (num_text in ("a", "an") or "-" in m["sep"]):
        return None  # "a quarter", "three-quarters" are fractions, not lengths
    number = number_value(num_text)
    if number is None and num_text not in VAGUE_NUMBERS:
        return None
    if number is not None and number > 1000:
        return None
    start, end = span_of(m)
    if num_text in ("a", "an") and _is_rate(ctx, start):
        return one(m, duration_value(1, unit), "SET")
    if m["half"]:
        number = (number or 0) + 0.5
    if m["of"]:
        end = m.end("of")
    adjectival = "-" in m["sep"] or (not unit.endswith("s") and number not in (None, 1))
    if adjectival and not m["mod"]:
        start = m.start("num")  # "a five-year plan": the article belongs to the plan
    return [Candidate(start, end, duration_value(number, unit), "DURATION")]


def _is_rate(ctx: Context, start: int) -> bool:
    """'1.2 million tonnes a year', '12 hours a day', '$1.3 trillion a year',
    'twice a month': after a quantity the article means 'per'."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.doc[span.start - 1]
    return before.tag_ in ("CD", "NNS", "NNPS") or before.lower_ in _RATE_WORDS


_RATE_WORDS = words("rate_words.txt")


def on_duration_single(m: re.Match[str], ctx: Context) -> list[Candidate]:
    unit = " ".join(m["unit"].lower().split())
    if "quarter" in unit:
        return one(m, "P25Y", "DURATION")
    return one(m, duration_value(1, unit), "DURATION")


def on_quarter_century(m: re.Match[str], ctx: Context) -> list[Candidate]:
    text = ctx.text[m.start("t") : m.end("t")].lower()
    return one(m, "P50Y" if "half" in text else "P25Y", "DURATION")


def on_for_plural(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return one(m, duration_value(None, m["t"]), "DURATION")


def on_recent(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'recent years', 'the coming weeks' are vague lengths (PXY, PXW), as
    HeidelTime and most TimeBank annotators read them."""
    return one(m, duration_value(None, m["unit"]), "DURATION")


R_SET_WORD = rx(rf"(?i:\b(?P<t>{'|'.join(SET_WORDS)}))\b")


def on_set_word(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    word = m["t"].lower()
    if word == "quarterly":
        span = ctx.doc.char_span(*m.span("t"), alignment_mode="expand")
        if span is not None and span[0].pos_ == "ADJ":
            return None  # "a quarterly dividend" describes the dividend
    return one(m, SET_WORDS[word], "SET")


R_EVERY = rx(
    rf"(?i:\b(?P<t>(?:every|each|per)\s+(?:(?P<num>{NUMBER}|other)\s+)?(?P<unit>year|month|week|day"
    r"|decade|quarter|hour|years|months|weeks|days|decades|quarters|hours|annum))\b)"
)


def on_every(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    unit = m["unit"].lower()
    if unit == "annum":
        return one(m, "P1Y", "SET")
    num = (m["num"] or "").lower()
    number = 2.0 if num == "other" else number_value(num) if num else 1.0
    if number is None:
        return None
    return one(m, duration_value(number, unit), "SET")
