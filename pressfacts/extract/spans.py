"""Character spans and sentences of a text, looked up by binary search.

The extractors ask "is this figure inside a date?", "which quotation holds
this offset?", "does this row touch page furniture?" once per mention; a scan
of every span for every mention makes a long document quadratic, so the spans
are sorted once and each question costs O(log n).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

from spacy.tokens import Doc, Span

T = TypeVar("T")


def once_per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, kept in the document for the next extractor that asks."""
    slot = f"pressfacts.{key}"
    if slot not in doc.user_data:
        doc.user_data[slot] = compute(doc)
    return doc.user_data[slot]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document: spaCy joins every token anew on
    each access, and the extractors read it a dozen times."""
    return once_per_doc(doc, "text", lambda d: d.text)


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def disjoint(candidates: Iterable[S], priority: Callable[[S], Any]) -> list[S]:
    """The candidates that win their overlaps, in text order.

    Candidates are taken in `priority` order (smallest first), each kept unless
    it shares a character with one kept before. spaCy's `filter_spans` does
    this for token spans, longest first; the extractors' candidates are
    character spans of regex matches, and their policies differ (dates: longest
    first; figures: earliest first), so the policy is the caller's. The kept
    spans stay sorted, so each check is a binary search.
    """
    starts: list[int] = []
    kept: list[S] = []
    for cand in sorted(candidates, key=priority):
        k = bisect_right(starts, cand.start)
        if k and kept[k - 1].end > cand.start:
            continue
        if k < len(kept) and kept[k].start < cand.end:
            continue
        starts.insert(k, cand.start)
        kept.insert(k, cand)
    return kept


class Spans:
    """Non-overlapping `(start, end[, label])` spans, in any order on input.

    `index_at` answers with the position of the span in the input sequence, so
    a caller can keep its own list of objects parallel to the spans.
    """

    def __init__(self, spans: Sequence[tuple[int, int] | tuple[int, int, Any]]) -> None:
        order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
        self._order = order
        self._starts = [spans[i][0] for i in order]
        self._ends = [spans[i][1] for i in order]
        self._labels = [spans[i][2] if len(spans[i]) > 2 else None for i in order]

    @classmethod
    def merged(cls, spans: Iterable[tuple[int, int]]) -> Spans:
        """Spans that may overlap, joined into disjoint ones (their union)."""
        out: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if end <= start:
                continue
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return cls(out)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def _last_starting_at_or_before(self, char: int) -> int:
        return bisect_right(self._starts, char) - 1

    def contains(self, start: int, end: int) -> bool:
        """Is [start, end) inside one span?"""
        k = self._last_starting_at_or_before(start)
        return k >= 0 and end <= self._ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a character with a span?"""
        k = self._last_starting_at_or_before(end - 1)
        return k >= 0 and self._ends[k] > start

    def index_at(self, char: int) -> int | None:
        """Input position of the span holding `char`, or None."""
        k = self._last_starting_at_or_before(char)
        return self._order[k] if k >= 0 and char < self._ends[k] else None

    def label_at(self, char: int) -> Any:
        """Label of the span holding `char`, or None."""
        k = self._last_starting_at_or_before(char)
        return self._labels[k] if k >= 0 and char < self._ends[k] else None


class Sentences:
    """The sentences of a parsed text, found by offset in O(log n).

    `Span.sent` walks the document at every call and `Doc.sents` rebuilds its
    spans, so the extractors list the sentences once and ask here which one
    holds a character or a token. An offset before the first sentence (leading
    space) belongs to the first.
    """

    def __init__(self, doc: Doc) -> None:
        self.spans: list[Span] = list(doc.sents) if len(doc) else []
        self._chars = [s.start_char for s in self.spans]
        self._tokens = [s.start for s in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def index_at_char(self, char: int) -> int:
        """Position of the sentence holding character `char` (-1 when there is none)."""
        return max(0, bisect_right(self._chars, char) - 1) if self.spans else -1

    def at_char(self, char: int) -> Span:
        """The sentence holding character `char`."""
        return self.spans[self.index_at_char(char)]

    def at_token(self, i: int) -> Span:
        """The sentence holding token `i`."""
        return self.spans[max(0, bisect_right(self._tokens, i) - 1)]
