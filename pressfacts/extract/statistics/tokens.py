"""Where a figure sits in the parse: the spaCy tokens around a character
offset, and whether a number is part of a web address.

The figures are found by regular expressions over the raw text, so every
question to the parse starts from a character offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from pressfacts.extract.spans import Sentences, Spans, doc_text
from pressfacts.extract.statistics import patterns as P

_SPACE = re.compile(" ")
_URL_SEPARATORS = frozenset("?&=/")


class Tokens:
    """Character offset -> spaCy token and sentence lookups, indexed once per
    document so that each lookup costs a binary search."""

    home_country: str | None = None  # the publisher's country, for "$" and "N5 billion"
    furniture: Spans = Spans([])  # datelines and bylines: no subject comes from them

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = [t.idx for t in doc]
        self.sentences = Sentences(doc)
        self.spaces = [m.start() for m in _SPACE.finditer(self.text)]
        self._url_words: dict[tuple[int, int], bool] = {}

    def sentence(self, char: int) -> Span:
        return self.sentences.at_char(char)

    def in_url(self, start: int, end: int) -> bool:
        """Is the number inside a web address or an encoded string? The word is
        delimited by spaces and judged once, however many numbers it holds."""
        i = bisect_left(self.spaces, start)
        left = self.spaces[i - 1] + 1 if i else 0
        j = bisect_left(self.spaces, end)
        right = self.spaces[j] if j < len(self.spaces) else len(self.text)
        key = (left, right)
        if key not in self._url_words:
            self._url_words[key] = _looks_like_url(self.text[left:right])
        return self._url_words[key]

    def at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]

    def after(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def before(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1) - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].idx >= char):
            i -= 1
        return self.doc[i] if i >= 0 else None

    def span(self, start: int, end: int) -> list[Token]:
        """The tokens a figure's characters touch (a figure starts and ends on a
        word, never on a space)."""
        return list(self.doc.char_span(start, end, alignment_mode="expand") or ())


def has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _looks_like_url(word: str) -> bool:
    """A web address or a code: a scheme, "www.", a %-escape, or a run of
    non-space characters holding both a digit and one of ?&=/ (checked
    character by character, not by a backtracking pattern)."""
    if len(word) <= 12:
        return False
    if P.URL_MARK_RE.search(word):
        return True
    return any(has_digit(piece) and not _URL_SEPARATORS.isdisjoint(piece) for piece in word.split())


def in_word_hyphen(tok: Token) -> bool:
    """The hyphen of "well-paying", "high-skilled": inside one word, no space around."""
    return (
        tok.text in ("-", "‑")
        and not tok.whitespace_
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
        and not tok.doc[tok.i - 1].is_punct
    )
