"""Who says a figure: the person a quotation is attributed to.

"«... 13 трлн рублей», – заявил Струков." gives the figures inside the quotes
the speaker "Игорь Вадимович Струков", matched to the participants by the
forms of the surname (or, for "сказал он", the person named last before).
"""

from __future__ import annotations

import re

from pressfacts.extract.records import ParticipantRecord, StatisticRecord
from pressfacts.extract.ru import lexicon
from pressfacts.extract.ru.morph import lemma
from pressfacts.extract.ru.participants import same_word
from pressfacts.extract.ru.text import words

_QUOTE = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")
_AFTER = re.compile(r"\s*,?\s*[–—-]\s*(?P<rest>[^\n.;!?]{1,160})")
_BEFORE = re.compile(r"(?P<rest>[^\n.;!?«»]{1,160}?)\s*:\s*$")
_PRONOUNS = frozenset({"он", "она"})


def _who(text: str, quote: re.Match[str]) -> str | None:
    """The words that name the speaker of a quotation, after or before it."""
    speech = lexicon.words("speech_verbs.txt")
    if m := _AFTER.match(text, quote.end()):
        ws = words(m["rest"])
        if ws and lemma(ws[0].text) in speech:
            return m["rest"]
    if m := _BEFORE.search(text, max(0, quote.start() - 160), quote.start()):
        if any(lemma(w.text) in speech for w in words(m["rest"])):
            return m["rest"]
    return None


def _person(who: str, before: str, people: list[ParticipantRecord]) -> str | None:
    ws = words(who)
    for p in people:
        surname = p.name.split()[-1]
        if any(same_word(w.text, surname) for w in ws):
            return p.name
    if any(w.lower in _PRONOUNS for w in ws):
        best, at = None, -1
        for p in people:
            surname = p.name.split()[-1]
            for w in words(before):
                if w.start > at and same_word(w.text, surname):
                    best, at = p.name, w.start
        return best
    return None


def attribute(
    text: str, statistics: list[StatisticRecord], people: list[ParticipantRecord]
) -> None:
    """Set `speaker` on the figures that stand inside an attributed quotation."""
    if not people:
        return
    for quote in _QUOTE.finditer(text):
        inside = [
            s for s in statistics if quote.start() <= s.char_start and s.char_end <= quote.end()
        ]
        if not inside:
            continue
        who = _who(text, quote)
        name = _person(who, text[: quote.start()], people) if who else None
        for s in inside:
            s.speaker = name
