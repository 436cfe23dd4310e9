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
import unicodedata
from importlib.resources import files

import pycountry

# Everyday names pycountry does not accept, mapped to a name it does.
SHORT_NAMES: dict[str, str] = {
    "Russia": "Russian Federation",
    "UAE": "United Arab Emirates",
    "Emirates": "United Arab Emirates",
    "USA": "United States",
    "US": "United States",
    "U.S.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Turkey": "Türkiye",
    "Turkiye": "Türkiye",
    "Czech": "Czechia",
    "Korea": "Korea, Republic of",
    "Republic of Korea": "Korea, Republic of",
    "DPRK": "Korea, Democratic People's Republic of",
    "Holland": "Netherlands",
    "the Netherlands": "Netherlands",
    "Ivory Coast": "Côte d'Ivoire",
    "Cape Verde": "Cabo Verde",
    "Macedonia": "North Macedonia",
    "Swaziland": "Eswatini",
    "Burma": "Myanmar",
    "Vatican": "Holy See (Vatican City State)",
    "Palestine": "Palestine, State of",
    "PRC": "China",
    "People's Republic of China": "China",
    "Kirghizia": "Kyrgyzstan",
    "Kyrgyz Republic": "Kyrgyzstan",
    "Republic of Kazakhstan": "Kazakhstan",
    "Brunei": "Brunei Darussalam",
    "Slovak Republic": "Slovakia",
}


def _demonyms() -> dict[str, str]:
    data = files("pressfacts.extract").joinpath("data/demonyms.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]
    return {word: country for word, country in rows}


# Demonyms and adjectives of nationality ("Kazakh", "Ghanaian"), keyed to pycountry names.
DEMONYMS: dict[str, str] = _demonyms()

_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def _key(text: str) -> str:
    """Case-, accent- and article-insensitive key ("the Czech Republic's" -> "czech republic")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
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
