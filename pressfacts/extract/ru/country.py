"""The country a Russian release is published from, when no `source.toml` says.

A release names its own country, in its officials' titles ("Министр
торговли Казахстана") and its nationality adjectives, and reports amounts in
its own currency (тенге, рублей). Unlike English releases, Russian ones give
the country of their own officials as readily as of foreign ones, so the
foreign side of a meeting is not the side whose country is stated. It is the
side the text marks as a visitor, in words only a host uses: the participle
after a foreign title ("Президента Монголии, прибывшего в Казахстан"), "гость",
"зарубежный коллега" (`data/visitor_cues.tsv`). Three steps decide:

1. A bilateral pair ("казахстанско-монгольские переговоры", "между
   Казахстаном и Монголией") of which exactly one member is the visitor's
   country: the publisher is the other.
2. Else the country with the most votes (each naming of it, and each amount
   in a currency that only it uses), the visitors' countries left out, when
   it has at least `min_votes` and strictly more than any other.
3. Else None: thin evidence never gives a default.

The decision is that of `pressfacts.extract.document_country` (pairs with
one marked member, then a strict majority); the cues are Russian.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from functools import cache

import pycountry

from pressfacts.extract.document_country import decide
from pressfacts.extract.local_currency import home_currency
from pressfacts.extract.ru import lexicon
from pressfacts.extract.ru.morph import lemma, parses, pos
from pressfacts.extract.ru.text import Word, sentence_at, sentences, words

# a word after which a country is a place or destination, not a side
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "по"})
# "казахстанско-монгольские": the first member is a combining form in -о
_PAIR_WORD = re.compile(r"(\w+?)о-(\w+)")
_PHRASE_END = re.compile(r"[,.;:!?–—()«»]")
_BETWEEN = re.compile(r"между\s+(\w+(?:\s+\w+)?)\s+и\s+(\w+(?:\s+\w+)?)", re.I)


@cache
def _visitor_cues() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile(rf"(?<!\w){pattern}(?!\w)", re.I), side)
        for pattern, side in lexicon.table("visitor_cues.tsv").items()
    ]


@cache
def _currency_countries() -> dict[str, str]:
    """ISO 4217 code -> the one country that uses it (CLDR); the dollar and
    the euro, used by many, name no country."""
    users: dict[str, set[str]] = {}
    for country in pycountry.countries:
        code = home_currency(country.alpha_3)
        if code:
            users.setdefault(code, set()).add(country.alpha_3)
    return {code: next(iter(c)) for code, c in users.items() if len(c) == 1}


def _combining(word: str) -> str | None:
    """'казахстанско' -> KAZ: the adjective a combining form stands for."""
    table = lexicon.countries()
    stem = word.lower()[:-1]
    for ending in ("ий", "ый", "ский"):
        if code := table.get(stem + ending):
            return code
    return None


@cache
def _first_words() -> dict[str, int]:
    """First lemma of each country key -> the most words a key starting with it has."""
    out: dict[str, int] = {}
    for key in lexicon.countries():
        first, *rest = key.split()
        out[first] = max(out.get(first, 0), 1 + len(rest))
    return out


def _country_at(lemmas: list[str], i: int) -> tuple[str, int] | None:
    """(code, number of words) of a country named from word `i`, longest first."""
    longest = _first_words().get(lemmas[i], 0)
    table = lexicon.countries()
    for size in range(min(longest, len(lemmas) - i), 0, -1):
        if code := table.get(" ".join(lemmas[i : i + size])):
            return code, size
    return None


@cache
def _prefixes() -> frozenset[str]:
    """The first four letters of the lemmas a country key starts with: a word
    with other first letters is no country's, and is not looked up."""
    return frozenset(first[:4] for first in _first_words())


def _named(ws: list[Word]) -> list[tuple[Word, str]]:
    """Each naming of a country among `ws`: its first word and its code."""
    prefixes = _prefixes()
    lemmas = [lemma(w.text) if w.lower[:4] in prefixes else "" for w in ws]
    out = []
    i = 0
    while i < len(ws):
        found = _country_at(lemmas, i)
        if found is None and (pair := _pair(ws[i].text)):
            out += [(ws[i], c) for c in pair if c]  # both members of a pair are named
            i += 1
        elif found:
            out.append((ws[i], found[0]))
            i += found[1]
        else:
            i += 1
    return out


def _pair(word: str) -> tuple[str | None, str | None] | None:
    """'казахстанско-монгольские' -> (KAZ, MNG); None if not such a compound."""
    m = _PAIR_WORD.fullmatch(word)
    if m is None:
        return None
    second = _country_at([lemma(m[2])], 0)
    return _combining(m[1] + "о"), second[0] if second else None


def _pairs(text: str, ws: list[Word]) -> Iterable[tuple[str, str]]:
    for w in ws:
        if "о-" in w.text and (pair := _pair(w.text)):
            a, b = pair
            if a and b and a != b:
                yield a, b
    for m in _BETWEEN.finditer(text):
        a = _country_at([lemma(w.text) for w in words(m[1])], 0)
        b = _country_at([lemma(w.text) for w in words(m[2])], 0)
        if a and b and a[0] != b[0]:
            yield a[0], b[0]


def _sides(ws: list[Word], named: list[tuple[Word, str]]) -> list[tuple[Word, str]]:
    """The namings of a country as a side: not after "в", "из", "по"
    ("прибывшего в Казахстан" names a destination)."""
    position = {w.start: i for i, w in enumerate(ws)}
    out = []
    for w, code in named:
        i = position[w.start]
        if i == 0 or ws[i - 1].lower not in _PLACE_PREPOSITIONS:
            out.append((w, code))
    return out


def _cases(word: str, kinds: set[str]) -> set[str]:
    return {p.tag.case for p in parses(word.lower()) if p.tag.POS in kinds and p.tag.case}


def _titled(text: str, ws: list[Word], sides: list[tuple[Word, str]]) -> list[tuple[int, str]]:
    """(index of the head noun, country) of each title or body followed by its
    country in the same phrase: "Президента Монголии", "Министр иностранных
    дел Монголии", "делегации Китая"."""
    heads = lexicon.words("role_words.txt") | lexicon.words("organization_nouns.txt")
    index = {w.start: i for i, w in enumerate(ws)}
    out = []
    for w, code in sides:
        i = index[w.start]
        for j in range(i - 1, max(-1, i - 5), -1):
            if _PHRASE_END.search(text, ws[j].end, ws[j + 1].start):
                break
            if lemma(ws[j].text) in heads and pos(ws[j].text) == "NOUN":
                out.append((j, code))
                break
    return out


def _visitors(text: str, ws: list[Word], named: list[tuple[Word, str]]) -> set[str]:
    """Countries the text marks as the visiting side. A cue's visitor is the
    title (with its country) in its sentence that agrees with the cue in case
    ("Президента Монголии ..., прибывшего": genitive; "гостя – Премьер-министра
    Китая"), the nearest one, on the cue's side when two are as near; or the
    nationality adjective right before it ("монгольского гостя")."""
    sides = _sides(ws, named)
    named_at = {w.start: code for w, code in sides}
    titled = _titled(text, ws, sides)
    starts = [w.start for w in ws]
    sents = sentences(text)
    found: set[str] = set()
    for pattern, side in _visitor_cues():
        for m in pattern.finditer(text):
            first = bisect_left(starts, m.start())
            last = bisect_left(starts, m.end()) - 1
            if first > last:
                continue
            if first > 0 and ws[first - 1].end + 1 >= m.start():
                if code := named_at.get(ws[first - 1].start):
                    found.add(code)
                    continue
            cue = first if side == "before" else last
            cases = _cases(ws[cue].text, {"PRTF", "NOUN"})
            s, e = sentence_at(sents, m.start())
            agreeing = [
                (abs(j - cue), (j > cue) == (side == "before"), code)
                for j, code in titled
                if s <= ws[j].start < e
                and j not in range(first, last + 1)
                and _cases(ws[j].text, {"NOUN"}) & cases
            ]
            if agreeing:
                found.add(min(agreeing)[2])
    return found


def document_country(
    text: str, currencies: Iterable[str | None] = (), min_votes: int = 2
) -> str | None:
    """ISO alpha-3 of the country `text` is published from, or None.

    `currencies` are the ISO 4217 units of the text's amounts of money, one
    per amount."""
    ws = words(text)
    named = _named(ws)
    foreign = _visitors(text, ws, named)
    votes: Counter[str] = Counter(code for _, code in named)
    own = _currency_countries()
    votes.update(own[c] for c in currencies if c in own)
    for code in foreign:
        del votes[code]
    return decide(_pairs(text, ws), foreign, votes, min_votes)
