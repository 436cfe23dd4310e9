"""The text as words, and what a single word can be.

The participants rules read a release word by word with their own notion of a
word: an abbreviation keeps its period ("Sen.", "Dr."), initials stay one word
("J.L."), a possessive "'s" stands alone so that "Fidel Castro's" is the name
"Fidel Castro", and hyphenated names stay whole ("Kassym-Jomart"). spaCy's
tokens split these differently, so the rules' word offsets come from this
pattern; spaCy's entities are read by character offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc

from pressfacts.extract.folding import fold_accents
from pressfacts.extract.participants.lexicon import (
    ABBREVIATIONS,
    HONORIFICS,
    OFFICE_WORDS,
    PATRONYMIC_ENDINGS,
)

# Words: an abbreviation with its period ("Sen.", "Dr."), a middle initial
# ("James A. Baker"), a possessive "'s" of its own (so that "Fidel Castro's" is
# the name "Fidel Castro"), letters with inner hyphens/apostrophes
# ("Kassym-Jomart", "O'Neill"), numbers, or one punctuation character.
_ABBREVIATION_ALTS = "|".join(sorted((a.title() for a in ABBREVIATIONS), key=len, reverse=True))
WORD_RE = re.compile(
    rf"(?:{_ABBREVIATION_ALTS})\.|(?:[A-Z]\.)+(?=[ \t]+[A-Z])|(?:[A-Z]\.){(2,)}|['’]s\b"
    r"|[^\W\d_]+(?:[-'’](?!s\b)[^\W\d_]+)*|\d[\d,.]*|\S"
)
POSSESSIVES = frozenset({"'s", "’s"})
ACRONYM_RE = re.compile(r"^(?!(?:[IVX]+|[IVX]+\.)$)[A-Z]{2,}$")  # "UN" (not "III", "J.L.")
# Entities that may name the place or body before a name ("mayor of New York ...").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
# Words that join the parts of a body's name or a portfolio ("Minister for Trade").
GLUE = frozenset({"of", "for", "the", "and", "&"})


@dataclass
class Word:
    text: str
    start: int
    end: int
    # word counts of the titles that start here, longest first (see titles.find_titles)
    titles: tuple[int, ...] = ()

    @property
    def lower(self) -> str:
        return self.text.lower()


def _norm(word: str) -> str:
    return fold_accents(word).casefold()


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def is_cap(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def is_name_word(word: str) -> bool:
    """Could be part of a personal name: capitalised, not an office word."""
    return (
        is_cap(word) and word.lower().rstrip(".") not in OFFICE_WORDS and not ACRONYM_RE.match(word)
    )


def has_patronymic(name: list[str]) -> bool:
    return any(w.lower().endswith(PATRONYMIC_ENDINGS) for w in name[1:-1])


def entities_by_start(doc: Doc) -> dict[int, tuple[int, str]]:
    """spaCy's entities by start offset: (end offset, label)."""
    return {e.start_char: (e.end_char, e.label_) for e in doc.ents}


def after_address(run: list[Word]) -> list[Word]:
    """The part of `run` after a blanked form of address ("Power [Shri] A. Rao"
    -> "A. Rao"): a form of address starts a name, so a wider gap cuts the run."""
    for k in range(len(run) - 1, 0, -1):
        if run[k].start - run[k - 1].end > 1:
            return run[k:]
    return run


def word_at(words: list[Word], start: int) -> int | None:
    """Index of the word that starts at character `start`, if any."""
    i = bisect_left(words, start, key=lambda w: w.start)
    return i if i < len(words) and words[i].start == start else None
