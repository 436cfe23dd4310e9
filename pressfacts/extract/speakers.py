"""Who states each figure: the participant a quotation or a speech verb names.

A figure's `speaker` is the full name of a participant (as in the
participants table), so that analysts can join the two tables. Sources, in
order: the attribution of the quotation the figure sits in (“…,” Rao said);
a participant named in the figure's sentence when the sentence has a speech
cue ("Minister Rao said exports rose 8 percent", "according to Rao"); and,
for a speech cue with no name ("she added", "the minister noted"), the
participant named last before the sentence. A figure of the publisher's own
narrative has no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.tokens import Doc

from pressfacts.extract.participants.lexicon import ROLE_HEADS, TITLES
from pressfacts.extract.records import ParticipantRecord, StatisticRecord
from pressfacts.extract.spans import Sentences, doc_text
from pressfacts.extract.statistics.speaker import quote_speakers
from pressfacts.extract.vocabulary import tagged

_QUOTE_RE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
_ATTRIBUTION_CHARS = 80  # how far after a closing quotation mark its speaker is named
_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)


@cache
def _cues() -> tuple[frozenset[str], tuple[str, ...]]:
    words = tagged("speech_verbs.tsv")["states"]
    return frozenset(w for w in words if " " not in w), tuple(w for w in words if " " in w)


def _surname(name: str) -> str:
    return name.split()[-1]


def _occurrences(text: str, people: list[ParticipantRecord]) -> list[tuple[int, int, int]]:
    """(start, end, index of the person) of every place a participant is written:
    their surname anywhere, and each mention the participants extractor joined
    to them (a title standing for the person, "the Head of State said")."""
    holders: dict[str, list[int]] = {}
    for k, p in enumerate(people):
        holders.setdefault(_surname(p.name), []).append(k)
    if not holders:
        return []
    # one pass over the text for every surname (longest first), not one per person
    names = "|".join(re.escape(n) for n in sorted(holders, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
    found = {(m.start(), m.end(), k) for m in pattern.finditer(text) for k in holders[m.group()]}
    found.update((s, e, k) for k, p in enumerate(people) for s, e in p.mentions)
    return sorted(found)


def _has_cue(doc: Doc, text: str, start: int, end: int) -> bool:
    """A speech verb or phrase between `start` and `end`; `text` is `doc_text(doc)`,
    which spaCy rebuilds whole at each access."""
    verbs, phrases = _cues()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX", "ADP") for t in span):
        return True
    lower = text[start:end].lower()
    return any(p in lower for p in phrases)


def assign_speakers(
    doc: Doc, statistics: list[StatisticRecord], people: list[ParticipantRecord]
) -> None:
    """Set each figure's `speaker` to the full name of the participant who states it."""
    if not statistics or not people:
        return
    text = doc_text(doc)
    seen = _occurrences(text, people)
    starts = [s for s, _, _ in seen]
    sents = Sentences(doc)
    # inline quotations, and paragraphs opened by a dash and closed by a quotation mark
    quotes = sorted(
        {(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)}
        | {(start, close + 1) for start, close, _ in quote_speakers(doc)}
    )

    def named_in(start: int, end: int) -> list[int]:
        return [k for s, e, k in seen if start <= s and e <= end]

    def last_before(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return seen[i][2] if i >= 0 else None

    for stat in statistics:
        speaker = None
        quote = next((q for q in quotes if q[0] <= stat.char_start < q[1]), None)
        if quote is not None:
            tail_end = min(len(text), quote[1] + _ATTRIBUTION_CHARS)
            tail = text[quote[1] : tail_end].split("\n")[0]
            tail = re.split(r"[.!?](?:\s|$)", tail)[0]
            named = named_in(quote[1], quote[1] + len(tail))
            if named:
                speaker = named[0]
            elif _has_cue(doc, text, quote[1], quote[1] + len(tail)):
                speaker = last_before(quote[0])
        if speaker is None and sents:
            sent = sents.at_char(stat.char_start)
            if _has_cue(doc, text, sent.start_char, sent.end_char):
                named = named_in(sent.start_char, sent.end_char)
                if named:
                    speaker = named[0]
                elif _PRONOUN_RE.search(sent.text) or _titled_subject(sent):
                    speaker = last_before(sent.start_char)
        if speaker is not None:
            stat.speaker = people[speaker].name


def _titled_subject(sent) -> bool:
    """ "The minister noted that ...": a common-noun subject standing for a person."""
    return any(
        t.dep_ == "nsubj" and (t.lemma_.lower() in TITLES or t.lemma_.lower() in ROLE_HEADS)
        for t in sent
        if t.head.lemma_.lower() in _cues()[0]
    )
