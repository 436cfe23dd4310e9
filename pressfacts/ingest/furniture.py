"""Datelines and bylines: page furniture that stays in the text but is no fact.

"ASTANA. KAZINFORM –", "NEW DELHI, July 2 (PIB) –" at the head of a body,
and lines such as "Author: ..." or "By Jane Doe", are found as character
spans of the text; the extractors produce no row inside them. The
dateline's place ("Astana", "New Delhi") fills the documents' `dateline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pressfacts.ingest import vocabulary

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ"


@dataclass(frozen=True)
class Furniture:
    spans: tuple[tuple[int, int], ...]
    dateline: str | None  # the dateline's place, as a name ("New Delhi")


def _vocabulary() -> dict:
    return vocabulary.load("furniture")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    v = _vocabulary()
    limit = int(v["dateline_max_chars"])
    dateline = re.compile(
        rf"(?P<place>[{_UPPER}][{_UPPER}'’\-]+(?: [{_UPPER}][{_UPPER}'’\-]+)*)"
        rf"(?P<rest>[.,][^\n–—]{{0,{limit}}}?)?[ \t]+[–—-](?=[ \t])"
    )

    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    name = rf"[{_UPPER}][\w.'’\-]*"
    byline = re.compile(
        rf"^[ \t]*(?:(?i:{alternation(v['byline_cues'])})[ \t]*:[^\n]*"
        rf"|(?i:{alternation(v['byline_cues_without_colon'])})"
        rf"[ \t]+{name}(?:[ \t]+{name}){{0,4}}[ \t]*$)",
        re.MULTILINE,
    )
    return dateline, byline


def _place(raw: str) -> str:
    return " ".join(part.capitalize() for part in raw.split(" "))


def find_furniture(text: str) -> Furniture:
    dateline_re, byline_re = _patterns()
    spans: list[tuple[int, int]] = []
    place = None
    start = len(text) - len(text.lstrip())
    head = dateline_re.match(text, start)
    limit = int(_vocabulary()["dateline_max_chars"])
    if head and head.end() - head.start() <= limit and len(head["place"]) >= 3:
        spans.append((head.start(), head.end()))
        place = _place(head["place"])
    max_words = int(_vocabulary()["byline_max_words"])
    for m in byline_re.finditer(text):
        line = m.group(0)
        if len(line.split()) <= max_words:
            spans.append((m.start() + len(line) - len(line.lstrip()), m.end()))
    return Furniture(tuple(sorted(spans)), place)
