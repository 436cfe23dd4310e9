"""Mentions merged into people.

"Tokayev" joins "Kassym-Jomart Tokayev" by name tokens; a title-only mention
("the Head of State") joins the one person who holds that title, "the
Turkish leader" the one person of that country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pressfacts.extract.participants.lexicon import (
    HOME_HEAD_TITLES,
    TITLE_SYNONYMS,
)
from pressfacts.extract.participants.mentions import Mention
from pressfacts.extract.participants.words import _norm


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def full(self) -> Mention:
        return max(self.mentions, key=lambda m: len(m.name))


def name_tokens(name: list[str]) -> list[str]:
    return list(_tokens_of_name(tuple(name)))


@cache
def _tokens_of_name(name: tuple[str, ...]) -> tuple[str, ...]:
    """Cached: merging compares every pair of people, each time by these tokens."""
    return tuple(t for w in name for t in _norm(w).replace("’", "'").rstrip(".").split("-") if t)


def _same_person(person: Person, mention: Mention) -> bool:
    """The mention's name is the person's name or a part of it keeping the surname.

    A monarch's one given name ("King Hussein") is no surname: it joins only
    the same name, so that it is not read as "Saddam Hussein".
    """
    mine = name_tokens(person.full.name)
    theirs = name_tokens(mention.name)
    if not mine or not theirs:
        return False
    if mention.regnal or person.full.regnal:
        return mine == theirs
    if theirs[-1] == mine[-1]:
        return set(theirs) <= set(mine) or set(mine) <= set(theirs)
    return False


def _canonical_role(role: str | None) -> str | None:
    return TITLE_SYNONYMS.get(role, role) if role else None


def merge_mentions(mentions: list[Mention], publisher_country: str | None) -> list[Person]:
    people: list[Person] = []
    titles: list[Mention] = []
    # a mention joins only a person of the same surname: look among those alone,
    # so that merging stays linear however many people a long text names
    by_surname: dict[str, list[Person]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.name:
            titles.append(m)
            continue
        tokens = name_tokens(m.name)
        same_surname = by_surname.get(tokens[-1], []) if tokens else []
        match = next((p for p in reversed(same_surname) if _same_person(p, m)), None)
        if match:
            match.mentions.append(m)
        elif m.evidence:
            person = Person([m])
            people.append(person)
            if tokens:
                by_surname.setdefault(tokens[-1], []).append(person)
    for t in titles:
        role = _canonical_role(t.role)
        holders = [
            p
            for p in people
            if any(_canonical_role(m.role) == role for m in p.mentions)
            and (t.country is None or (stated_country(p) or publisher_country) == t.country)
        ]
        if t.country is None and role in HOME_HEAD_TITLES:
            # A release says "the President", "the Head of State" of its own
            # head of state, often named without a title, and names a visiting
            # one with the country: the holder at home, else the one person not
            # placed by a title or a country, before any foreign holder. "The
            # President's spokesman X" is not the President.
            home = [p for p in holders if stated_country(p) in (None, publisher_country)]
            unplaced = [p for p in people if not any(m.role or m.country for m in p.mentions)]
            if len(unplaced) != 1 or (t.possessive and not holders):
                unplaced = []
            holders = home or unplaced or holders
        if not holders and role:
            # "the Uzbek Deputy Minister" after "First Deputy Minister of Foreign Affairs X"
            inner = re.compile(rf"\b{re.escape(role)}\b")
            holders = [
                p
                for p in people
                if any(m.role and inner.search(m.role) for m in p.mentions)
                and (t.country is None or stated_country(p) == t.country)
            ]
        if not holders and t.country and t.country != publisher_country:
            # "the Turkish leader": the one person of that country, else the one
            # person the text has given neither a title nor a country
            holders = [p for p in people if stated_country(p) == t.country] or [
                p for p in people if not any(m.role or m.country for m in p.mentions)
            ]
        if len(holders) == 1:
            holders[0].mentions.append(t)
    return people


def stated_country(person: Person) -> str | None:
    return next((m.country for m in person.mentions if m.country), None)


def titled_mention(person: Person) -> Mention:
    """The mention that gives the person's role (and the body it belongs to)."""
    named = [m for m in person.mentions if m.name and m.role]
    titled = named or [m for m in person.mentions if m.role]
    return titled[0] if titled else person.first
