"""A figure being built, from the number found in the text to the row."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass
class Mention:
    """A figure being built; `kind` stays None while it is a bare number."""

    start: int
    end: int
    value: float
    kind: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    scale: float = 1.0  # the factor a scale word gave ("million": 1e6)
    marker: str | None = None  # from / between / to / and before the number
    marker_start: int = 0
    noun: Token | None = None
    range_group: int | None = None
    refused: bool = False  # found not to be a figure after all (a score, a code)
