"""A date candidate and what a rule knows besides its match.

Rules turn a match into `Candidate`s (span, TIMEX3 value, type); `Context`
gives them the document, its publication date and the direction (past or
future) of the verb that governs a span.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from pressfacts.extract.dates.lexicon import PROSPECTIVE_VERBS
from pressfacts.extract.spans import doc_text


@dataclass
class Candidate:
    start: int
    end: int
    value: str
    type: str = "DATE"
    period: str | None = None  # what "the same period last year" after it shifts, if not value


class Context:
    """What a rule needs besides its match: the document and its date."""

    def __init__(self, doc: Doc, published: date) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.pub = published

    def direction(self, start: int, end: int, weekday: bool = False) -> int:
        """-1 if the verb governing the span is in a past tense, +1 if it
        points to the future (will, modal, 'to' + verb), 0 if unknown.

        A deadline ("extended to Nov. 20", "by 1 March") may lie after a verb
        in the past, so it gets 0. For a weekday (`weekday=True`) a hedged
        future ("could come Tuesday") also gets 0: the nearest such day."""
        if not weekday and _DEADLINE_BEFORE.search(self.text, max(0, start - 12), start):
            return 0
        if _SINCE_BEFORE.search(self.text, max(0, start - 8), start):
            return -1  # "commissioned since April": what began is behind us
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return 0
        tok = span.root
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return 0
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        found = self._aux_direction(tok, auxes)
        if weekday and found > 0 and any(a.lower_ in ("could", "would") for a in auxes):
            return 0  # "could come as early as Tuesday": the nearest Tuesday
        return found

    @staticmethod
    def _aux_direction(tok: Token, auxes: list[Token]) -> int:
        for aux in auxes:
            low = aux.lower_
            if low in ("will", "'ll", "wo", "shall", "going") or (
                aux.tag_ == "MD" and low != "would"
            ):
                return 1
            if low == "to" and tok.head.pos_ not in ("VERB", "AUX"):
                return 0  # "ways to get around Wednesday's ruling"
            if low == "to":
                # "agreed to restore ... from 1 October" looks ahead; "helped to
                # evacuate ... in April" takes the tense of "helped"
                if tok.head.lemma_ in PROSPECTIVE_VERBS:
                    return 1
                return -1 if "Past" in tok.head.morph.get("Tense") else 1
            if low in ("has", "have"):
                return 0  # present perfect: "has set Nov. 10 as the deadline"
            if "Past" in aux.morph.get("Tense"):
                return -1
        if "Past" in tok.morph.get("Tense") and tok.tag_ != "VBN":
            return -1  # a bare participle ("a summit set for April") has no tense
        return 0


_DEADLINE_BEFORE = re.compile(r"(?i:\b(?:to|until|till|through|by|before)\s+)$")
_SINCE_BEFORE = re.compile(r"(?i:\bsince\s+)$")


Handler = Callable[[re.Match[str], Context], Iterator[Candidate] | list[Candidate] | None]


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The surface is the group `t` when a rule has one, else the whole match."""
    return m.span("t") if "t" in m.re.groupindex else m.span()


def one(m: re.Match[str], value: str, kind: str = "DATE") -> list[Candidate]:
    start, end = span_of(m)
    return [Candidate(start, end, value, kind)]
