"""Russian participants: who a release names, in the nominative, with the
title it gives them, the body or place of that title, the country they
represent and how they took part.

Names come from slovnet's NER; pymorphy3 and the other mentions of the same
person give the nominative ("с Касым-Жомартом Токаевым" -> "Касым-Жомарт
Токаев"); the title is read from the words just before the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from pressfacts.extract.records import ParticipantRecord
from pressfacts.extract.ru import lexicon
from pressfacts.extract.ru.morph import lemma, lemma_key, parses
from pressfacts.extract.ru.ner import people
from pressfacts.extract.ru.text import Word, sentence_at, sentences, words

_RANK = {"mentioned": 0, "attendee": 1, "speaker": 2}
_NAME_TAGS = ("Name", "Surn", "Patr")
# only these may sit between the words of a title ("член Коллегии (министр) по торговле")
_TITLE_GAP = re.compile(r"[\s«»\"()]*")


@dataclass
class Mention:
    start: int
    end: int
    tokens: list[str]
    case: str | None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    international: bool = False
    title_start: int | None = None
    title_case: str | None = None  # a name in apposition shares its title's case
    participation: str = "mentioned"


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    international: bool = False
    participation: str = "mentioned"

    def promote(self, participation: str) -> None:
        if _RANK[participation] > _RANK[self.participation]:
            self.participation = participation


def _name_parse(word: str):
    """The likeliest reading of a word as a first name, surname or patronymic."""
    for p in parses(word.lower()):
        if any(t in p.tag for t in _NAME_TAGS):
            return p
    return None


def _case(tokens: list[str]) -> str | None:
    """Case of a name, read from its first name or patronymic (the surest)."""
    for tok in tokens:
        part = tok.split("-")[-1]
        cases = [
            p.tag.case
            for p in parses(part.lower())
            if p.is_known and ("Name" in p.tag or "Patr" in p.tag) and p.tag.number == "sing"
        ]
        if cases:
            return "nomn" if "nomn" in cases else cases[0]
    return None


def same_word(a: str, b: str) -> bool:
    """Two forms of one name word: 'Токаев', 'Токаевым'; 'Рахимова', 'Рахимовой'."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 3 or len(long) - len(short) > 3:
        return False
    common = 0
    for x, y in zip(short, long, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(3, len(short) - 1)


def _capitalise(word: str, like: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-")) if like[:1].isupper() else word


def _nominative(token: str, case: str | None, variants: list[str]) -> str:
    """A name word in the nominative: from the dictionary when it knows the
    word, else by undoing the ending of the known case, else the shortest
    form of the word the text uses."""
    head, _, last = token.rpartition("-")
    readings = [
        p for p in parses(last.lower()) if p.is_known and any(t in p.tag for t in _NAME_TAGS)
    ]
    if any(p.tag.case == "nomn" and p.tag.number == "sing" for p in readings):
        return token
    if case not in (None, "nomn"):
        for p in readings:
            if p.tag.case == case:
                form = p.inflect({"nomn", "sing"})
                if form:
                    word = form.word
                    return _capitalise(f"{head}-{word}" if head else word, token)
        if not readings:
            for ending, nominative in _name_endings().get(case, ()):
                if last.lower().endswith(ending) and len(last) >= len(ending) + 2:
                    word = last[: len(last) - len(ending)] + nominative
                    return f"{head}-{word}" if head else word
    shorter = [v for v in variants if same_word(v, token) and len(v) < len(token)]
    if shorter and case != "nomn":
        return min(shorter, key=len)
    return token


@cache
def _name_endings() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for line in lexicon.lines("name_endings.tsv"):
        case, ending, nominative = (line.split("\t") + ["", ""])[:3]
        out.setdefault(case, []).append((ending, nominative))
    return out


def _blocked(text: str, start: int) -> bool:
    before = text[max(0, start - 16) : start].split()
    if not before:
        return False
    blockers = lexicon.words("name_blockers.txt")
    return before[-1].lower() in blockers or lemma(before[-1].strip('«"')) in blockers


def _is_verb(word: str) -> bool:
    return parses(word.lower())[0].tag.POS in {"VERB", "INFN", "PRTS", "GRND"}


def _title_before(text: str, sent_start: int, start: int, floor: int) -> list[Word]:
    """The words right before a name that may form its title: no punctuation
    but quotes and brackets between them, no verb, nothing before `floor`."""
    ws = words(text, max(sent_start, floor), start)
    out: list[Word] = []
    edge = start
    for w in reversed(ws):
        if not _TITLE_GAP.fullmatch(text[w.end : edge]) or _is_verb(w.text):
            break
        out.append(w)
        edge = w.start
    out.reverse()
    return out[-14:]


def _title_after(text: str, end: int, limit: int) -> list[Word]:
    """'Иван Петров, министр энергетики, сообщил': a title in apposition."""
    m = re.match(r",\s*", text[end:limit])
    if not m:
        return []
    stop = re.search(r"[,.;:!?–—]", text[end + m.end() : limit])
    ws = words(text, end + m.end(), end + m.end() + stop.start() if stop else limit)
    roles = lexicon.words("role_words.txt")
    if (
        not ws
        or not any(lemma(w.text) in roles for w in ws[:2])
        or any(_is_verb(w.text) for w in ws)
    ):
        return []
    return ws


def _inflect_group(ws: list[Word], text: str = "") -> list[str]:
    """The leading adjectives and first noun of a phrase in the nominative;
    the rest (its genitive complement) and names in quotes as written."""
    out: list[str] = []
    done = False
    for w in ws:
        quoted = w.start > 0 and text[w.start - 1 : w.start] in '«"'
        if done or quoted or w.text.isupper() or w.lower == "и":
            out.append(w.text)
            continue
        p = parses(w.lower)[0]
        if p.tag.POS in {"ADJF", "PRTF", "NOUN"}:
            form = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
            word = form.word if form else w.text
            out.append(_capitalise(word, w.text) if w.capital else word)
            if p.tag.POS == "NOUN":
                done = True
        else:
            out.append(w.text)
            done = True
    return out


def _country_in(phrase: str) -> str | None:
    """The first country a phrase names (a name or a nationality adjective)."""
    keys = lemma_key(phrase).split()
    table = lexicon.countries()
    for size in (3, 2, 1):
        for i in range(len(keys) - size + 1):
            code = table.get(" ".join(keys[i : i + size]))
            if code:
                return code
    return None


def _international(phrase: str) -> bool:
    key = f" {lemma_key(phrase)} "
    return any(f" {body} " in key for body in lexicon.words("international_bodies.txt"))


def _read_title(m: Mention, ws: list[Word], text: str) -> None:
    roles = lexicon.words("role_words.txt")
    first = next((i for i, w in enumerate(ws) if lemma(w.text) in roles), None)
    if first is None:
        return
    # adjectives that lead the title ("первый", "чрезвычайный и полномочный")
    title = ws[first:]
    m.title_start = title[0].start
    split = len(title)
    for i, w in enumerate(title[1:], start=1):
        if w.capital and lemma(w.text) not in roles:
            split = i
            break
    role_words, org_words = title[:split], title[split:]
    head = next((i for i, w in enumerate(role_words) if parses(w.lower)[0].tag.POS == "NOUN"), 0)
    role = _inflect_group(role_words[: head + 1], text) + [w.text for w in role_words[head + 1 :]]
    m.title_case = parses(role_words[head].lower)[0].tag.case
    m.role = " ".join(role).lower()
    if org_words:
        cut = next(
            (i for i, w in enumerate(org_words) if w.lower in {"в", "во", "при"}), len(org_words)
        )
        org_words = org_words[:cut]
    if org_words:
        org = text[org_words[0].start : org_words[-1].end]
        m.international = _international(org)
        m.country = _country_in(org)
        inflected = _inflect_group(org_words, text)
        whole = text[max(0, org_words[0].start - 1) : org_words[-1].end + 1]
        quoted = re.fullmatch(r"«([^«»]+)»", whole)
        org = _join_like(text, org_words, inflected)
        if (
            org.count("«") > org.count("»")
            and text[org_words[-1].end : org_words[-1].end + 1] == "»"
        ):
            org += "»"
        m.organization = quoted[1] if quoted else org
    if m.country is None:
        m.country = _country_in(" ".join(w.text for w in role_words))
    m.international = m.international or _international(m.role)


def _join_like(text: str, ws: list[Word], forms: list[str]) -> str:
    out = []
    for i, (w, f) in enumerate(zip(ws, forms, strict=True)):
        out.append(f)
        if i + 1 < len(ws):
            out.append(text[w.end : ws[i + 1].start])
    return "".join(out)


def _org_nationality(text: str, sent_start: int, start: int) -> str | None:
    """'Китайская компания «...», которую возглавляет ... Ван Цзяньго': the
    nationality of the body the person heads, when the sentence gives one."""
    ws = words(text, sent_start, start)
    nouns = lexicon.words("organization_nouns.txt")
    for a, b in zip(ws, ws[1:], strict=False):
        if lemma(b.text) in nouns and parses(a.lower)[0].tag.POS == "ADJF":
            code = lexicon.countries().get(lemma(a.text))
            if code:
                return code
    return None


def _verb_lemmas(ws: list[Word], *, active: bool = False) -> list[str]:
    """Lemmas of the verbs among `ws`; `active`: finite verbs and gerunds only,
    so that "были приглашены" does not make the invited a speaker."""
    kinds = {"VERB", "GRND"} if active else {"VERB", "INFN", "PRTS", "GRND", "PRTF"}
    return [lemma(w.text) for w in ws if parses(w.lower)[0].tag.POS in kinds]


def _clause_after(text: str, end: int, limit: int) -> list[Word]:
    stop = re.search(r"[,.;:!?–—]", text[end:limit])
    return words(text, end, end + stop.start() if stop else limit)[:4]


def _clause_before(text: str, start: int, floor: int) -> list[Word]:
    chunk = text[floor:start]
    stops = [chunk.rfind(c) for c in ",.;:!?–—«»"]
    cut = max(stops) + 1 if max(stops) >= 0 else 0
    return words(text, floor + cut, start)[-3:]


@cache
def _phrases(name: str) -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in lexicon.words(name)]


def _participation(text: str, m: Mention, sent: tuple[int, int]) -> str:
    speech = lexicon.words("speech_verbs.txt")
    attend = lexicon.words("attend_verbs.txt")
    lead = m.title_start if m.title_start is not None else m.start
    window = text[max(sent[0], lead - 20) : lead]
    if any(p.search(window) for p in _phrases("speech_phrases.txt")):
        return "speaker"
    if any(p.search(window) for p in _phrases("attend_phrases.txt")):
        return "attendee"
    nominative = m.case in (None, "nomn")
    near = _verb_lemmas(_clause_after(text, m.end, sent[1]), active=True) + _verb_lemmas(
        _clause_before(text, lead, sent[0]), active=True
    )
    if nominative and any(v in speech for v in near):
        return "speaker"
    if any(v in attend for v in _verb_lemmas(words(text, sent[0], sent[1]))):
        return "attendee"
    return "mentioned"


def _group(mentions: list[Mention]) -> list[Person]:
    persons: list[Person] = []
    for m in mentions:
        for p in persons:
            if any(same_word(m.tokens[-1], o.tokens[-1]) for o in p.mentions):
                p.mentions.append(m)
                break
        else:
            persons.append(Person([m]))
    return persons


def _name(person: Person) -> str:
    full = max(
        person.mentions,
        key=lambda m: (
            sum("." not in t for t in m.tokens),  # "Александр Лукашенко" before "А.Г. Лукашенко"
            len(m.tokens),
            m.case in (None, "nomn"),
        ),
    )
    variants = [t for m in person.mentions for t in m.tokens]
    return " ".join(_nominative(t, full.case, variants) for t in full.tokens)


@cache
def _coreferent_titles() -> dict[str, tuple[str, set[str]]]:
    """Lemma key of a title standing alone -> (the title, the role lemma keys it refers to)."""
    return {
        lemma_key(k): (k, {lemma_key(r) for r in v.split("|")})
        for k, v in lexicon.table("coreferent_titles.tsv").items()
    }


def _role_lemmas(role: str | None) -> str:
    return lemma_key(role) if role else ""


def _coreference(
    text: str,
    persons: list[Person],
    sents: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    publisher_country: str | None,
) -> None:
    """A title standing for a person named elsewhere ("Глава государства
    отметил", "По словам министра") and "по его словам", "сказал он"."""
    titles = _coreferent_titles()
    speech = lexicon.words("speech_verbs.txt")
    untitled = [p for p in persons if p.role is None]
    for s, e in sents:
        ws = words(text, s, e)
        for i, w in enumerate(ws):
            if _inside(taken, w.start):
                continue
            two = f"{lemma(w.text)} {lemma(ws[i + 1].text)}" if i + 1 < len(ws) else ""
            key = two if two in titles else lemma(w.text) if lemma(w.text) in titles else None
            pronoun = w.lower in {"он", "она"} or (
                w.lower in {"его", "ее", "её"} and i + 1 < len(ws) and ws[i + 1].lower == "словам"
            )
            if key is None and not pronoun:
                continue
            size = 2 if key == two else 1
            # "Президент Монголии": the title of that country's holder
            named = _country_in(ws[i + size].text) if key and i + size < len(ws) else None
            if named:
                size += 1
            said = re.search(r"(?i)по\s+словам\s+$", text[max(s, w.start - 15) : w.start])
            case = parses(w.lower)[0].tag.case
            after = _verb_lemmas(ws[i + size : i + size + 3], active=True)
            before = _verb_lemmas(ws[max(0, i - 2) : i], active=True)
            if not (said or (case == "nomn" and any(v in speech for v in after + before))):
                continue
            if pronoun:
                target = _last_before(persons, w.start)
            else:
                title, wanted = titles[key]
                matching = [
                    p
                    for p in persons
                    if p.role
                    and any(r in _role_lemmas(p.role) for r in wanted)
                    and (
                        p.country == named
                        or (p.country is None and named in (None, publisher_country))
                        if named or title in _OWN_TITLES
                        else True
                    )
                ]
                target = _last_before(matching, w.start) or (matching[0] if matching else None)
                own = title in _OWN_TITLES and named in (None, publisher_country)
                if target is None and len(untitled) == 1 and own:
                    target = untitled[0]
                    target.role = title
            if target is not None:
                target.promote("speaker")


# titles that, standing alone, name the publisher's own head of state or government
_OWN_TITLES = frozenset({"глава государства", "глава правительства", "президент"})


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    """`char` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect_right(spans, (char, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


def _last_before(persons: list[Person], char: int) -> Person | None:
    best, at = None, -1
    for p in persons:
        for m in p.mentions:
            if at < m.start < char:
                best, at = p, m.start
    return best


def extract_participants(
    text: str,
    *,
    publisher_country: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[ParticipantRecord]:
    sents = sentences(text)
    spans = [
        (s, e)
        for s, e in people(text)
        if not _blocked(text, s) and not any(s < b and a < e for a, b in exclude)
    ]
    mentions: list[Mention] = []
    previous_end = 0
    for s, e in spans:
        tokens = text[s:e].split()
        sent = sentence_at(sents, s)
        m = Mention(s, e, tokens, _case(tokens))
        _read_title(m, _title_before(text, sent[0], s, previous_end), text)
        if m.role is None and (after := _title_after(text, e, sent[1])):
            _read_title(m, after, text)
            m.title_start = None
        if m.role is None and mentions and re.fullmatch(r"\s+и\s+", text[previous_end:s]):
            shared = mentions[-1]  # "заместители Иван Петров и Олег Сидоров": one title for both
            m.role, m.organization = shared.role, shared.organization
            m.country, m.international = shared.country, shared.international
        if m.case is None and m.title_case:
            m.case = m.title_case
        if m.country is None:
            m.country = _org_nationality(text, sent[0], m.title_start or s)
        m.participation = _participation(text, m, sent)
        mentions.append(m)
        previous_end = e
    persons = _group(mentions)
    for p in persons:
        titled = next((m for m in p.mentions if m.role), None)
        if titled:
            p.role, p.organization, p.international = (
                titled.role,
                titled.organization,
                titled.international,
            )
        p.country = next((m.country for m in p.mentions if m.country), None)
        for m in p.mentions:
            p.promote(m.participation)
    taken = sorted(
        (m.title_start if m.title_start is not None else m.start, m.end) for m in mentions
    )
    _coreference(text, persons, sents, taken, publisher_country)
    out = []
    for p in persons:
        country = p.country
        if country is None and p.role and not p.international:
            country = publisher_country
        first = p.mentions[0]
        out.append(
            ParticipantRecord(
                name=_name(p),
                role=p.role,
                organization=p.organization,
                country=country,
                participation=p.participation,
                n_mentions=len(p.mentions),
                char_start=first.start,
                char_end=first.end,
            )
        )
    return out
