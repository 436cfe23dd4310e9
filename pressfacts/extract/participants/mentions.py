"""One place where a person, or a title standing for one, is written.

Titles, names and appositions each produce mentions; merging turns them into
people, and participation is read per mention.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """One place where a person (or a title standing for one) is written."""

    start: int  # name (or title) span
    end: int
    name: list[str]  # name words; empty for a title-only mention
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    context_start: int = -1  # title + name, for reading the governing verb
    participation: str = "mentioned"
    evidence: bool = True  # False: a capitalised run kept only if it repeats a known person
    international: bool = False  # holds an office of an international body
    foreign: bool = False  # holds a title Kazakhstan does not have (sultan, king)
    regnal: bool = False  # "King Hussein": one given name after a monarch's title
    possessive: bool = False  # "the President's spokesman": a title-only mention with 's
