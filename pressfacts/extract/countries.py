"""Country names, short names and demonyms -> ISO 3166-1 alpha-3.

pycountry knows official and common names ("Czechia", "Czech Republic",
"South Korea") but not everyday short forms ("Russia", "the UAE") nor
demonyms ("Kazakh", "Omani"). Those two small tables live here, keyed to
pycountry names so that the codes always come from pycountry.

Everything is folded into one dict at import time: a lookup is a dict hit,
which matters at 100,000 documents.
"""

from __future__ import annotations

import functools
import re

import pycountry

from pressfacts.extract.folding import fold_accents
from pressfacts.extract.vocabulary import mapping

# Everyday names pycountry does not accept, mapped to a name it does.
SHORT_NAMES: dict[str, str] = mapping("country_short_names.tsv")


# Demonyms and adjectives of nationality ("Kazakh", "Ghanaian"), keyed to pycountry names.
DEMONYMS: dict[str, str] = mapping("demonyms.tsv")

_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=1 << 16)  # a text asks for the same words again and again
def _key(text: str) -> str:
    """Case-, accent- and article-insensitive key ("the Czech Republic's" -> "czech republic")."""
    text = fold_accents(text)
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    return _SPACES.sub(" ", text).casefold()


def _build_index() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[_key(value)] = country.alpha_3
    for short, official in SHORT_NAMES.items():
        names[_key(short)] = pycountry.countries.lookup(official).alpha_3
    demonyms = {
        _key(word): pycountry.countries.lookup(official).alpha_3
        for word, official in DEMONYMS.items()
    }
    return names, demonyms


_NAMES, _DEMONYMS = _build_index()
MAX_COUNTRY_WORDS = max(len(k.split()) for k in _NAMES)


@functools.cache
def _subdivisions() -> dict[str, str]:
    """ISO 3166-2 subdivision names (cities such as Astana, Almaty, Paris and
    Rabat among them) to their country, for names that belong to one country."""
    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country:
            found.setdefault(_key(subdivision.name), set()).add(country.alpha_3)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def country_of_place(text: str) -> str | None:
    """ISO alpha-3 of the country a region or city of that name lies in, else None."""
    return _subdivisions().get(_key(text))


def country_from_name(text: str) -> str | None:
    """ISO alpha-3 of a country name or short name ("Russia", "the UAE"), else None."""
    return _NAMES.get(_key(text))


def country_from_demonym(text: str) -> str | None:
    """ISO alpha-3 of a nationality adjective ("Kazakh", "Omani"), else None."""
    return _DEMONYMS.get(_key(text))


def country_code(text: str) -> str | None:
    """ISO alpha-3 of a country name or a demonym, else None."""
    key = _key(text)
    return _NAMES.get(key) or _DEMONYMS.get(key)


def country_prefix(words: list[str]) -> tuple[int, str | None]:
    """Length and code of the longest country name at the start of `words`.

    Used to split a country off the front of a capitalised run
    ("Czech Republic Jiri Novotny" -> 2 words, "CZE"). Demonyms are not
    accepted here: "Korean" alone does not start a country name.
    """
    for n in range(min(len(words), MAX_COUNTRY_WORDS), 0, -1):
        code = _NAMES.get(_key(" ".join(words[:n])))
        if code:
            return n, code
    return 0, None
