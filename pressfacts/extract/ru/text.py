"""Sentences and words of a Russian body, with character offsets.

Plain regular expressions: the extractors need offsets, sentence bounds and
word shapes, not a parse, and these keep the Russian path fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a sentence ends at . ! ? … (and closing quotes) before a capital, a quote, a
# dash or a line end; initials ("Л.Н.") and short abbreviations ("тыс.", "г.")
# are not ends
_END = re.compile(r"[.!?…]+[»”\"]?(?=\s+[«\"–—-]?[А-ЯЁA-Z0-9«\"–—-])|\n+")
_NOT_END = re.compile(
    r"(?:\b[А-ЯЁA-Z]|\b(?:тыс|млн|млрд|трлн|г|гг|им|ул|руб|долл|см|т\.е|т\.к|кв|куб))\.$"
)
WORD = re.compile(r"\w+(?:[-‑]\w+)*(?:\.(?=\w\.))?", re.UNICODE)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith((".", "!", "?", "…")) and _NOT_END.search(text[: m.start() + 1]):
            continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    end = len(text) if end is None else end
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def sentence_at(spans: list[tuple[int, int]], char: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= char < e:
            return s, e
    return (0, 0)
