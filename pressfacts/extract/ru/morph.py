"""Russian morphology: pymorphy3, loaded once and memoised per word form.

pymorphy3 is the maintained fork of pymorphy2 (which no longer imports on
Python 3.11); its dictionaries ship as a package, so nothing is downloaded.
Releases repeat their words, so the per-form cache makes most look-ups free.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pymorphy3

_WORD = re.compile(r"[\w’'-]+")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple:
    return tuple(analyzer().parse(word))


def best(word: str):
    return parses(word.lower())[0]


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Normal form of a word ('компаний' -> 'компания'); ё is kept as written."""
    return parses(word.lower())[0].normal_form


def lemma_key(phrase: str) -> str:
    """The lemmas of a phrase joined by spaces: the key of the lexicons."""
    return " ".join(lemma(w) for w in _WORD.findall(phrase))


def forms_of(word: str) -> set[str]:
    """Every form of the lexeme whose normal form is `word`."""
    out: set[str] = set()
    for p in parses(word.lower()):
        if p.normal_form == word.lower():
            out.update(f.word for f in p.lexeme)
    return out


def has_tag(word: str, grammeme: str) -> bool:
    return any(grammeme in p.tag for p in parses(word.lower()))


def pos(word: str) -> str | None:
    return parses(word.lower())[0].tag.POS
