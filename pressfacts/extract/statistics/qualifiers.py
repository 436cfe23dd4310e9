"""Qualifiers of a figure: the words before it ("more than", "about", "up to")
and the verbs that bound it ("exceeded 5 million").
"""

from __future__ import annotations

import re

from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.mentions import Mention
from pressfacts.extract.statistics.tokens import Tokens


def read_qualifier(text: str, left: int, m: Mention) -> None:
    """Qualifier words before the number go into the surface ('more than 500');
    range markers (from / to / between / and) are kept aside for `pair_ranges`."""
    found = P.QUALIFIER_BEFORE_RE.search(text, max(0, left - 25), left)
    if found is None:
        return
    word = re.sub(r"\s+", " ", found.group("q").lower())
    if word in ("from", "between", "to", "and"):
        m.marker, m.marker_start = word, found.start()
        outer = P.QUALIFIER_BEFORE_RE.search(text, max(0, found.start() - 25), found.start())
        if word in ("to", "and") or outer is None:
            return
        word = re.sub(r"\s+", " ", outer.group("q").lower())
        found = outer
    if word == "top":
        m.marker, m.start = "top", found.start()
    elif word == "minus":
        m.value, m.start = -m.value, found.start()
    elif word in P.QUALIFIERS:
        m.qualifier = P.QUALIFIERS[word]
        if word not in P.OUTSIDE_SURFACE:
            m.start = found.start()


def verb_qualifiers(mentions: list[Mention], tokens: Tokens) -> None:
    """'has exceeded $14,000' is over, 'must not exceed 3%' at_most; the verb stays
    outside the surface. A multiplier ('exceeded the average 2.7 times') has none."""
    for m in mentions:
        if m.qualifier is not None or m.kind in ("multiplier", "rank"):
            continue
        prev = tokens.before(m.start)
        if prev is not None and prev.lemma_.lower() in P.EXCEED_VERBS:
            negated = any(c.dep_ == "neg" for c in prev.children)
            m.qualifier = "at_most" if negated else "over"
