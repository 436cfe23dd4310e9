"""A participant's country: stated, implied by the office, or the publisher's.

Officials of international bodies get no country unless the text gives one;
holders of titles the publisher's country does not have (sultan, sheikh)
take the one foreign country the text names; untitled officials take the
publisher's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pressfacts.extract import countries
from pressfacts.extract.participants.lexicon import (
    INTERNATIONAL_BODIES,
    INTERNATIONAL_WORDS,
)
from pressfacts.extract.participants.merge import Person, stated_country
from pressfacts.extract.participants.words import Word, is_cap

# ", a Senegalese national," after a name gives the person's country.
NATIONAL_RE = re.compile(r",?\s+(?:an?\s+)?([A-Z][\w-]+)\s+(?:national|citizen)\b")


def _is_international(org: str) -> bool:
    """The body is international ("UN", "European Council"), so no country by default."""
    low = org.lower()
    return low in INTERNATIONAL_BODIES or any(
        w in INTERNATIONAL_WORDS or w in INTERNATIONAL_BODIES for w in low.split()
    )


def office_abroad(org: str | None, country: str | None) -> bool:
    """An office of an international body, with no country stated for it."""
    return bool(org) and country is None and _is_international(org)


def participant_country(
    person: Person, foreign: Callable[[], set[str]], publisher_country: str | None
) -> str | None:
    """The stated country; none for an international body's official; for a
    sultan or king the one foreign country the text names; else the publisher's
    (an official with no other country in the text, an akim, a minister,
    represents the government that publishes the release; unknown: None)."""
    stated = stated_country(person)
    if stated:
        return stated
    if any(m.international for m in person.mentions):
        return None
    if any(m.foreign for m in person.mentions):
        named = foreign()
        return next(iter(named)) if len(named) == 1 else None
    return publisher_country


def foreign_countries(words: list[Word], publisher_country: str | None) -> set[str]:
    """Countries other than the publisher's that the text names (or whose demonym it uses)."""
    found = set()
    for i, w in enumerate(words):
        if is_cap(w.text):
            _, code = countries.country_prefix([x.text for x in words[i : i + 8]])
            found.add(code or countries.country_from_demonym(w.text))
    found.discard(None)
    found.discard(publisher_country)
    return found
