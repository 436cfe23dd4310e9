"""The country a release is about when its publisher's country is not known.

A folder of releases from many publishers has no `source.toml` country, yet
an untitled "Minister of Works" in a Nigerian release is Nigerian. The text
says so: it names its own country (and its cities and regions) more often
than any other. Two cues decide:

1. A bilateral pair ("Russian-Lao talks", "between Kazakhstan and Türkiye",
   "U.S.-Ireland") of which exactly one member is the country the text gives
   to its marked foreign people: the publisher is the other member
   (publishers mark the foreign side, not their own).
2. Else the country named most often, when it is named at least twice and
   strictly more often than any other.

Thin evidence gives None: never a default.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from functools import cache, lru_cache

from pressfacts.extract import countries
from pressfacts.extract.vocabulary import words

_CAPS_RE = re.compile(r"[A-Z][\w’'.]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'.]*)*")
_NAME = r"[A-Z][\w.’']*(?:[ \t][A-Z][\w’']*)?"
_PAIR_RE = re.compile(
    rf"(?P<a>{_NAME})[-–](?P<b>{_NAME})"
    rf"|between[ \t]+(?:the[ \t]+)?(?P<c>{_NAME})[ \t]+and[ \t]+(?:the[ \t]+)?(?P<d>{_NAME})"
)
_REGION_AFTER_RE = re.compile(r"[ \t]+(?:[Rr]egion|[Pp]rovince|[Ss]tate|[Oo]blast)\b")


@cache
def _stop_words() -> frozenset[str]:
    return words("place_stop_words.txt")


def _code(words: str) -> str | None:
    return countries.country_code(re.sub(r"['’]s?$", "", words.rstrip(".,")))


@lru_cache(maxsize=4)
def _mentions(text: str) -> Counter[str]:
    """Countries named by a name, a demonym, or a city or region of theirs.

    Kept for the last few texts: the statistics (for "$") and the participants
    both ask about the same release."""
    counts: Counter[str] = Counter()
    for run in _CAPS_RE.finditer(text):
        words = run.group().replace("-", " ").replace("–", " ").split()
        i = 0
        while i < len(words):
            for n in range(min(4, len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                code = _code(key)
                if not code and key.lower().rstrip(".,") not in _stop_words():
                    code = countries.country_of_place(key.rstrip(".,"))
                elif not code and _REGION_AFTER_RE.match(text, run.start() + len(key)):
                    code = countries.country_of_place(key)
                if code:
                    counts[code] += 1
                    i += n
                    break
            else:
                i += 1
    return counts


def _either(words: str, last: bool) -> str | None:
    """Code of two words ("South Korea"), else of the one next to the hyphen."""
    parts = words.split()
    return _code(words) or (_code(parts[-1] if last else parts[0]) if len(parts) > 1 else None)


def _pairs(text: str) -> Iterable[tuple[str, str]]:
    for m in _PAIR_RE.finditer(text):
        first, second = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        a, b = _either(first, last=True), _either(second, last=False)
        if a and b and a != b:
            yield a, b


def document_country(text: str, marked: Iterable[str] = (), min_mentions: int = 2) -> str | None:
    """ISO alpha-3 of the country the text is published from, or None.

    `marked` are the countries the text states for its people, one per
    mention that states one ("the Irish Minister"): the foreign side of a
    bilateral pair, and words that do not count towards the frequency. The
    most named country needs at least `min_mentions`."""
    cues = Counter(marked)
    counts = _mentions(text).copy()
    counts.subtract(cues)
    return decide(_pairs(text), cues, counts, min_mentions)


def decide(
    pairs: Iterable[tuple[str, str]], foreign: Container[str], votes: Counter[str], least: int
) -> str | None:
    """The publisher's side of the first bilateral pair with exactly one `foreign`
    member; else the country with the most `votes`, at least `least` and strictly
    more than any other; else None. Shared by every language's reading."""
    for a, b in pairs:
        if (a in foreign) != (b in foreign):
            return b if a in foreign else a
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
