"""The Russian vocabularies, read once from the data files of this package.

Every word list lives in `data/` so that a reader can extend it without
touching code; this module only parses the files and builds the word forms.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from importlib.resources import files

import pycountry

from pressfacts.extract.ru.morph import forms_of, lemma_key, parses


def lines(name: str) -> list[str]:
    text = (
        files("pressfacts.extract.ru").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    )
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _pairs(name: str) -> list[tuple[str, str]]:
    return [tuple(line.split("\t", 1)) for line in lines(name)]  # type: ignore[misc]


@cache
def words(name: str) -> frozenset[str]:
    """A one-column list (lemmas or words), lower case."""
    return frozenset(line.strip().lower() for line in lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column list: first column to second, as written."""
    return {key.strip(): value.strip() for key, value in _pairs(name)}


@cache
def patterns(name: str) -> list[tuple[re.Pattern[str], str]]:
    """A list of (regular expression, value) pairs, in file order."""
    return [(re.compile(key.strip(), re.IGNORECASE), value.strip()) for key, value in _pairs(name)]


@cache
def inflected(name: str) -> dict[str, str]:
    """Every case and number form of the lemmas of a two-column list, mapped to
    the list's value: 'января', 'январе' -> '1' from 'январь 1'."""
    out: dict[str, str] = {}
    for lemma, value in table(name).items():
        for form in forms_of(lemma):
            out.setdefault(form, value)
        out[lemma] = value
    return out


def alternation(forms: dict[str, str] | frozenset[str]) -> str:
    """A regular-expression alternation of words, longest first."""
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _names_a_country(name: str) -> bool:
    """A one-word name whose likeliest reading is another word is left out:
    its lemma key would make that word a country ("того" -> "тот" -> Togo,
    "Чад" -> "чадо"). Kept: a noun read as itself."""
    if len(name.split()) > 1:
        return True
    best = parses(name.lower())[0]
    return best.tag.POS == "NOUN" and best.normal_form == name.lower()


@cache
def countries() -> dict[str, str]:
    """Lemma keys of Russian country names (pycountry's Russian translations
    that `_names_a_country`, completed by data/countries.tsv) and nationality
    adjectives to ISO alpha-3."""
    out: dict[str, str] = {}
    try:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except OSError:  # pragma: no cover - pycountry always ships its locales
        ru = None
    if ru is not None:
        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                english = getattr(country, attr, None)
                if english:
                    translated = ru.gettext(english)
                    if translated != english and _names_a_country(translated):
                        out.setdefault(lemma_key(translated), country.alpha_3)
    for key, code in table("countries.tsv").items():
        out[key] = code
    return out
