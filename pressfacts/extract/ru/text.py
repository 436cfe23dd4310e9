"""Sentences and words of a Russian body, with character offsets.

Plain regular expressions: the extractors need offsets, sentence bounds and
word shapes, not a parse, and these keep the Russian path fast.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
        tail = text[max(0, m.start() - 12) : m.start() + 1]
        if m.group().startswith((".", "!", "?", "…")) and _NOT_END.search(tail):
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
    """The sentence (of `spans`, in text order) that holds `char`."""
    i = bisect_right(spans, (char, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= char < spans[i][1]:
        return spans[i]
    return (0, 0)


def mention(text: str, spans: list[tuple[int, int]], start: int, end: int) -> dict:
    """The fields every mention record shares: its offsets, its surface as
    written, and the sentence that holds it."""
    s, e = sentence_at(spans, start)
    return {
        "char_start": start,
        "char_end": end,
        "surface": text[start:end],
        "sentence": text[s:e].strip(),
    }


class Occupied:
    """Character positions already claimed by a mention or excluded, so that
    a longer candidate wins and overlaps are checked in the span's length."""

    def __init__(self, size: int, spans=()):
        self._taken = bytearray(size + 1)
        for s, e in spans:
            self.claim(s, e)

    def free(self, start: int, end: int) -> bool:
        return not any(self._taken[start:end])

    def claim(self, start: int, end: int) -> None:
        self._taken[max(0, start) : max(0, end)] = b"\x01" * (max(0, end) - max(0, start))
