"""A rule's matches, found by trying its pattern only where it can match.

A date rule's regular expression, tried at every character of a release,
costs more than everything else the date extractor does: most of its
patterns open with optional words ("the end of", "more than"), which rule
out the regex engine's quick skip to a literal. Yet each rule needs a word
that few places hold (a month, a time unit, "quarter"): its anchor. A rule
with an anchor is tried only in windows around the anchor's occurrences.

The matches are those of a scan of the whole text as long as every match
holds an occurrence of its rule's anchor and stays within `REACH` characters
of it. A word that runs over a window's edge is taken whole ("a 400-digit
count of days ago" still reads); only runs of more than `REACH` blank
characters inside one date expression would be cut.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

# characters a match may extend before or after the anchor it holds
REACH = 100
# characters past a window that a pattern's closing lookahead may read
LOOKAHEAD = 40


class AnchoredText:
    """One text's windows, computed once per anchor and shared by its rules."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._blanks: list[int] | None = None  # where the words end
        self._windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}

    def matches(
        self, pattern: re.Pattern[str], anchor: re.Pattern[str] | None
    ) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, in the same order with the same matches."""
        if anchor is None:
            yield from pattern.finditer(self.text)
            return
        end_of_text = len(self.text)
        for lo, hi in self.windows(anchor):
            # a match that starts past `hi` belongs to the next window
            for match in pattern.finditer(self.text, lo, min(end_of_text, hi + LOOKAHEAD)):
                if match.start() >= hi:
                    break
                yield match

    def windows(self, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
        """Disjoint (start, end) spans, in order, within `REACH` of an occurrence
        of `anchor` and widened to whole words; overlapping ones are merged."""
        if anchor not in self._windows:
            self._windows[anchor] = self._find_windows(anchor)
        return self._windows[anchor]

    def _find_windows(self, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
        text = self.text
        if self._blanks is None:
            self._blanks = [blank.start() for blank in _BLANK.finditer(text)]
        blanks = self._blanks
        merged: list[tuple[int, int]] = []
        for occurrence in anchor.finditer(text):
            # back to the start of the word REACH characters before, on to the
            # end of the word REACH characters after
            before = bisect_left(blanks, occurrence.start() - REACH)
            lo = blanks[before - 1] + 1 if before else 0
            after = bisect_left(blanks, occurrence.end() + REACH)
            hi = blanks[after] if after < len(blanks) else len(text)
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        return merged


_BLANK = re.compile(r"\s")
