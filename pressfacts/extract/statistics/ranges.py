"""Figures read together: "from 3 to 5 percent" is a range, a bare number
takes the unit of the figure that completes it ("between 3 and 5 percent").
"""

from __future__ import annotations

import re

from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.mentions import Mention
from pressfacts.extract.statistics.tokens import Tokens

_DASH_GAP = re.compile(r"^\s?[-–—]\s?$")


def pair_ranges(text: str, mentions: list[Mention], tokens: Tokens) -> None:
    """'from 3 to 5 percent' is two bounds of one range (at_least / at_most) unless
    a verb of change governs it ('raised from 85,000 to 100,000 tenge'); either
    way a bare bound takes the unit of the other one."""
    group = 0
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap_end = b.marker_start if b.marker in ("to", "and") else b.start
        gap = text[a.end : gap_end]
        pair = (
            (a.marker == "from" and b.marker == "to" and not gap.strip())
            # "within 5 to 7 percent", "2 to 3 billion dollars": a bare low bound
            or (
                a.marker is None
                and a.kind is None
                and b.kind is not None  # "won 5 to 7" is a score
                and b.marker == "to"
                and not gap.strip()
                and a.value < b.value / b.scale
            )
            or (a.marker == "between" and b.marker == "and" and not gap.strip())
            or (_DASH_GAP.match(gap) is not None and a.kind in (None, b.kind))
        )
        if not pair:
            continue
        dashed = a.marker is None and b.marker is None
        if dashed and a.value > b.value:
            # "voted 89-52", "a 6-3 vote", "(254-2) 751-613": a score, a tally or a
            # code, never a range, whose low bound comes first
            a.refused = b.refused = True
            continue
        _share_unit(a, b)
        if a.marker == "from" and _change_verb(tokens, a) or a.value > b.value:
            continue  # a change, or a fall: two plain figures
        if a.qualifier is None and b.qualifier is None:
            group += 1
            a.qualifier, b.qualifier = "at_least", "at_most"
            a.range_group = b.range_group = group
            if a.marker in ("from", "between"):
                a.start = min(a.start, a.marker_start)
            if b.marker == "to":
                b.start = min(b.start, b.marker_start)


def _share_unit(a: Mention, b: Mention) -> None:
    if a.kind is None and b.kind is not None:
        a.kind, a.unit = b.kind, b.unit
        if a.scale == 1.0 and b.scale > 1.0 and a.value < b.value / b.scale:
            a.value *= b.scale
    elif b.kind is None and a.kind is not None:
        b.kind, b.unit = a.kind, a.unit


def _change_verb(tokens: Tokens, m: Mention) -> bool:
    prep = tokens.at(m.marker_start)
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in P.CHANGE_VERBS


def complete_bare_numbers(mentions: list[Mention], tokens: Tokens) -> None:
    """A bare number with a scale borrows the currency of a scaled amount in the same
    sentence ('revenues were 19.4 trillion tenge, expenditures 25.1 trillion'); else it
    is a count when it has a scale or a qualifier, and is dropped otherwise."""
    money_by_sentence: dict[int, list[Mention]] = {}
    for o in mentions:
        if o.kind == "money" and o.scale > 1.0:
            money_by_sentence.setdefault(tokens.sentence(o.start).start_char, []).append(o)
    for m in mentions:
        if m.kind is not None:
            continue
        if m.scale > 1.0:
            money = money_by_sentence.get(tokens.sentence(m.start).start_char)
            if money:
                nearest = min(money, key=lambda o: abs(o.start - m.start))
                m.kind, m.unit = "money", nearest.unit
                continue
        if m.scale > 1.0 or m.qualifier is not None:
            m.kind = "count"
