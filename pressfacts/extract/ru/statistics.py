"""Russian figures: money, percentages, counts, measures, multipliers, ranks.

Patterns over the text find the figure (digits with a decimal comma and
spaced thousands, scale words, number words, shares, "в 1,5 раза",
"3-е место"); the vocabularies in `data/` give the currency, unit, qualifier
and scale; pymorphy3 gives the lemma of what is counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pressfacts.extract.currency import ISO_CODES
from pressfacts.extract.records import StatisticRecord
from pressfacts.extract.ru import lexicon
from pressfacts.extract.ru.morph import lemma, parses
from pressfacts.extract.ru.text import Occupied, Word, mention, sentence_at, sentences, words

NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?"
LEFT = r"(?<![\w.,/№#])(?<![^\W\d]-)"
PERCENT = re.compile(
    r"\s*(?:%|процент(?:а|ов|ы|ам|ами|ах|е|ом)?\b|п\.\s?п\.|процентн\w+\s+пункт\w*)", re.I
)
_SPACE = re.compile(r"\s*")


@dataclass
class Mention:
    start: int
    end: int
    value: float
    kind: str
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    number_end: int = 0  # where the figure itself ends (before unit or noun)
    range_group: int | None = None


def parse_number(text: str) -> float:
    """'2 640' -> 2640.0, '184,6' -> 184.6."""
    return float(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))


@cache
def _scale_re() -> re.Pattern[str]:
    alts = "|".join(f"(?:{p.pattern})" for p, _ in lexicon.patterns("scales.tsv"))
    return re.compile(rf"\s*(?P<scale>{alts})(?![\w])", re.I)


def _scale_value(word: str) -> float:
    for p, value in lexicon.patterns("scales.tsv"):
        if p.fullmatch(word):
            return float(value)
    return 1.0


def _first(kind: str, text: str, pos: int) -> tuple[int, str] | None:
    """The vocabulary entry of `kind` ('currencies.tsv', 'units.tsv') that the
    text at `pos` starts with, as (end, value)."""
    m = _SPACE.match(text, pos)
    at = m.end() if m else pos
    for p, value in lexicon.patterns(kind):
        hit = p.match(text, at)
        if hit and (hit.end() == len(text) or not text[hit.end()].isalnum()):
            return hit.end(), value
    return None


@cache
def _qualifier_re() -> re.Pattern[str]:
    alts = "|".join(
        f"(?P<q{i}>{p.pattern})" for i, (p, _) in enumerate(lexicon.patterns("qualifiers.tsv"))
    )
    return re.compile(rf"(?:^|(?<=[\s(«\"]))(?:{alts}|(?P<from>от))\s+$", re.I)


def _qualifier_before(text: str, start: int) -> tuple[int, str | None]:
    window = text[max(0, start - 40) : start]
    m = _qualifier_re().search(window)
    if not m:
        return start, None
    if m["from"]:
        return start - len(window) + m.start(), "at_least"
    names = [v for _, v in lexicon.patterns("qualifiers.tsv")]
    for i, name in enumerate(names):
        if m[f"q{i}"]:
            return start - len(window) + m.start(), name
    return start, None


def _word_info(word: str) -> tuple[str | None, str, str | None]:
    """(part of speech, lemma, case) of the likeliest reading of a word."""
    p = parses(word.lower())[0]
    return p.tag.POS, p.normal_form, p.tag.case


def _counted_noun(text: str, pos: int) -> tuple[int, str] | None:
    """Adjectives then a noun right after a figure: (end, noun lemma)."""
    edge = pos
    for w in words(text, pos, min(len(text), pos + 80))[:4]:
        if text[edge : w.start].strip():
            return None
        edge = w.end
        if w.text[:1].isupper() or w.text[:1].isdigit():
            return None
        pos_, lem, _ = _word_info(w.text)
        if pos_ in {"ADJF", "PRTF", "NUMR"} and "Apro" not in parses(w.lower)[0].tag:
            continue
        if pos_ == "NOUN":
            if lem in lexicon.words("not_counted.txt"):
                return None
            return w.end, lem
        return None
    return None


def _genitive_noun(text: str, pos: int) -> str | None:
    """The noun in the genitive right after a unit: 'тонн зерна' -> 'зерно'."""
    for w in words(text, pos, min(len(text), pos + 60))[:3]:
        if text[pos : w.start].strip(" "):
            return None
        pos = w.end
        p = parses(w.lower)[0]
        if p.tag.POS in {"ADJF", "PRTF"}:
            continue
        if p.tag.POS == "NOUN" and p.tag.case == "gent":
            return p.normal_form
        return None
    return None


class _Doc:
    def __init__(self, text: str, publisher_country: str | None):
        self.text = text
        self.sentences = sentences(text)
        self.rouble = (
            "BYN"
            if re.search(r"белорусск\w*\s+рубл", text, re.I) or publisher_country == "BLR"
            else "RUB"
        )


def _currency(doc: _Doc, pos: int) -> tuple[int, str] | None:
    hit = _first("currencies.tsv", doc.text, pos)
    if hit is None:
        return None
    end, code = hit
    if code == "RUB" and not re.match(r"\s*российск", doc.text[pos:end], re.I):
        code = doc.rouble
    return (end, code) if code in ISO_CODES else None


def _symbol_before(text: str, start: int) -> tuple[int, str] | None:
    """'$1,5 млрд', '€ 200': a currency symbol right before the figure."""
    symbols = lexicon.table("currency_symbols.tsv")
    at = start - 1
    if at >= 0 and text[at] == " ":
        at -= 1
    if at >= 0 and text[at] in symbols and symbols[text[at]] in ISO_CODES:
        return at, symbols[text[at]]
    return None


def _figure(doc: _Doc, m: re.Match[str]) -> Mention | None:
    text = doc.text
    value = parse_number(m["num"])
    end = m.end("num")
    s = _scale_re().match(text, end)
    if s:
        value *= _scale_value(s["scale"])
        end = s.end()
        if text[end - 1] == "." and re.match(r"\s*(?:$|\n|[А-ЯЁA-Z«])", text[end : end + 3]):
            end -= 1  # the full stop of the sentence, not of the abbreviation
    if symbol := _symbol_before(text, m.start("num")):
        return Mention(symbol[0], end, value, "money", symbol[1], number_end=end)
    if p := PERCENT.match(text, end):
        return Mention(m.start("num"), p.end(), value, "percent", "percent", number_end=end)
    if c := _currency(doc, end):
        return Mention(m.start("num"), c[0], value, "money", c[1], number_end=end)
    if u := _first("units.tsv", text, end):
        return Mention(
            m.start("num"),
            u[0],
            value,
            "measure",
            u[1],
            number_end=end,
            subject=_genitive_noun(text, u[0]),
        )
    if n := _counted_noun(text, end):
        return Mention(m.start("num"), n[0], value, "count", subject=n[1], number_end=end)
    return Mention(m.start("num"), end, value, "count", number_end=end)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    numerals = lexicon.inflected("numerals.tsv")
    fractions = lexicon.inflected("fractions.tsv")
    ordinals = lexicon.inflected("ordinals.tsv")
    adverbs = lexicon.table("multipliers.tsv")
    words_alt = lexicon.alternation(numerals)
    return {
        "number": re.compile(rf"{LEFT}(?P<num>{NUM})(?!-[^\W\d]|\d|,\d)"),
        "times": re.compile(
            rf"(?<!\w)[вВ]\s+(?P<n>{NUM}|{words_alt}|полтора|полторы)\s+раз(?:а)?(?!\w)", re.I
        ),
        "adverb": re.compile(
            rf"(?<!\w)(?P<w>{lexicon.alternation(frozenset(adverbs))})(?!\w)", re.I
        ),
        "rank": re.compile(
            rf"{LEFT}(?P<n>\d{{1,3}})-(?:е|й|м|го|ое|ом|ая|ую|ее|ой)(?P<place>\s+мест(?:о|а|е|у|ом))?(?!\w)",
            re.I,
        ),
        "rank_word": re.compile(
            rf"(?<!\w)(?P<w>{lexicon.alternation(ordinals)})\s+мест(?:о|а|е|у|ом)(?!\w)", re.I
        ),
        "share": re.compile(
            rf"(?<!\w)(?:(?P<k>две|двух|три|трёх|трех)\s+)?(?P<f>{lexicon.alternation(fractions)})(?!\w)",
            re.I,
        ),
        "word_number": re.compile(rf"(?<!\w)(?P<num>{words_alt})(?!\w)", re.I),
    }


def _numeral(word: str) -> float | None:
    w = word.lower()
    if w in {"полтора", "полторы"}:
        return 1.5
    if re.fullmatch(NUM, w):
        return parse_number(w)
    v = lexicon.inflected("numerals.tsv").get(w)
    return float(v) if v else None


def _special(doc: _Doc) -> list[Mention]:
    text, pats = doc.text, _patterns()
    out: list[Mention] = []
    for m in pats["times"].finditer(text):
        v = _numeral(m["n"])
        if v and v > 1:
            out.append(Mention(m.start(), m.end(), v, "multiplier", number_end=m.end()))
    adverbs = lexicon.table("multipliers.tsv")
    for m in pats["adverb"].finditer(text):
        out.append(
            Mention(
                m.start(), m.end(), float(adverbs[m["w"].lower()]), "multiplier", number_end=m.end()
            )
        )
    for m in pats["rank"].finditer(text):
        if m["place"] or _bare_rank(doc, m):
            out.append(Mention(m.start(), m.end(), float(m["n"]), "rank", number_end=m.end()))
    ordinals = lexicon.inflected("ordinals.tsv")
    for m in pats["rank_word"].finditer(text):
        out.append(
            Mention(m.start(), m.end(), float(ordinals[m["w"].lower()]), "rank", number_end=m.end())
        )
    fractions = lexicon.inflected("fractions.tsv")
    for m in pats["share"].finditer(text):
        share = float(fractions[m["f"].lower()])
        if m["k"]:
            share *= 2 if m["k"].lower().startswith("дв") else 3
        out.append(Mention(m.start(), m.end(), share, "percent", "percent", number_end=m.end()))
    for m in pats["word_number"].finditer(text):
        if n := _counted_noun(text, m.end()):
            value = float(lexicon.inflected("numerals.tsv")[m["num"].lower()])
            out.append(Mention(m.start(), n[0], value, "count", subject=n[1], number_end=m.end()))
    return out


def _bare_rank(doc: _Doc, m: re.Match[str]) -> bool:
    """'2-е – город Шымкент' after '1-е место': an ordinal standing alone in a
    sentence about places."""
    after = doc.text[m.end() : m.end() + 3]
    if re.match(r"\s*\w", after) and not re.match(r"\s*[–—-]", after):
        return False
    s, e = sentence_at(doc.sentences, m.start())
    return bool(re.search(r"(?i)\bмест(?:о|а|е|у|ом)\b", doc.text[s:e]))


def _clause_words(doc: _Doc, start: int) -> list[Word]:
    s, _ = sentence_at(doc.sentences, start)
    clause = max(s, doc.text.rfind(";", s, start) + 1)
    return words(doc.text, clause, start)


def _verb_qualifier(doc: _Doc, m: Mention) -> str | None:
    """'превысил 4,2 трлн' is over; 'не превысит 3%' at most."""
    before = _clause_words(doc, m.start)[-4:]
    for i, w in enumerate(before):
        if lemma(w.text) in lexicon.words("exceed_verbs.txt"):
            negated = i > 0 and before[i - 1].lower == "не"
            return "at_most" if negated else "over"
    return None


def _is_change_target(doc: _Doc, q_start: int) -> bool:
    """'выросла ..., до 68,4 тысячи' and 'довести ... до 500 млн': "до" gives
    the level reached, not a ceiling."""
    text = doc.text
    if re.search(r",\s*$", text[max(0, q_start - 3) : q_start]):
        return True
    return any(
        lemma(w.text) in lexicon.words("change_verbs.txt") for w in _clause_words(doc, q_start)
    )


def _subject_words(doc: _Doc, start: int) -> list[Word]:
    """The words of the figure's clause before it: from the sentence start, a
    quotation mark, a colon, a semicolon or "что" on."""
    ws = _clause_words(doc, start)
    for i in range(len(ws) - 1, -1, -1):
        gap = doc.text[ws[i].end : ws[i + 1].start] if i + 1 < len(ws) else ""
        if ws[i].lower == "что" or any(c in gap for c in ":«»"):
            return ws[i + 1 :]
    return ws


def _noun(w: Word, sentence_start: int):
    if len(w.text) < 3 or (w.text[:1].isupper() and w.start != sentence_start):
        return None
    p = parses(w.lower)[0]
    if p.tag.POS != "NOUN" or "Name" in p.tag or "Surn" in p.tag:
        return None
    skip = lexicon.words("not_counted.txt") | lexicon.words("role_words.txt")
    return None if p.normal_form in skip else p


def _subject(doc: _Doc, m: Mention) -> str | None:
    """What a figure is about: the nearest noun in the nominative before it in
    its clause (through a quantity noun to its genitive: "объём торговли" is
    торговля), else the nearest noun at all."""
    ws = _subject_words(doc, m.start)
    first = sentence_at(doc.sentences, m.start)[0]
    sentence_start = words(doc.text, first, first + 40)[:1]
    s0 = sentence_start[0].start if sentence_start else first
    fallback = None
    for i in range(len(ws) - 1, -1, -1):
        p = _noun(ws[i], s0)
        if p is None:
            continue
        if p.normal_form in lexicon.words("quantity_nouns.txt"):
            nxt = _noun(ws[i + 1], s0) if i + 1 < len(ws) else None
            if nxt is not None and nxt.tag.case == "gent":
                p = nxt if p.tag.case == "nomn" else None
                if p is not None:
                    return p.normal_form
            continue
        if p.tag.case == "nomn":
            return p.normal_form
        if fallback is None or (fallback[1] == "gent" and p.tag.case != "gent"):
            fallback = (p.normal_form, p.tag.case)  # a genitive depends on a noun before it
    return fallback[0] if fallback else None


def _pair_ranges(doc: _Doc, mentions: list[Mention]) -> None:
    group = 0
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = doc.text[a.end : b.start]
        if (
            re.fullmatch(r"\s+до\s+", between)
            and a.kind == "count"
            and a.end == a.number_end
            and re.search(r"(?i)(?<!\w)(?:с|со)\s+$", doc.text[max(0, a.start - 4) : a.start])
        ):
            a.kind, a.unit = b.kind, b.unit  # 'с 85 000 до 100 000 тенге': two plain levels
            continue
        dash = re.fullmatch(r"\s*[-–—]\s*", between)
        from_to = (
            a.qualifier == "at_least" and b.qualifier == "up_to" and re.fullmatch(r"\s*", between)
        )
        if not (dash or from_to):
            continue
        if a.kind == "count" and a.end == a.number_end and b.kind != "count":
            a.kind, a.unit = b.kind, b.unit
        if a.kind != b.kind:
            continue
        group += 1
        a.qualifier, b.qualifier = "at_least", "at_most"
        a.range_group = b.range_group = group


def extract_statistics(
    text: str,
    *,
    publisher_country: str | None = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> list[StatisticRecord]:
    """Every figure of a Russian body; `exclude` holds spans (dates, furniture)
    that no figure may overlap."""
    doc = _Doc(text, publisher_country)
    found = _special(doc)
    for m in _patterns()["number"].finditer(text):
        if _is_reference(text, m.start()) or _in_phone(text, m.start(), m.end()):
            continue
        if fig := _figure(doc, m):
            found.append(fig)
    kept: list[Mention] = []
    occupied = Occupied(len(text), exclude)
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if occupied.free(c.start, c.end):
            occupied.claim(c.start, c.end)
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    out: list[Mention] = []
    for m in kept:
        if m.kind not in {"multiplier", "rank"}:
            q_start, q = _qualifier_before(text, m.start)
            if q == "up_to" and (_is_change_target(doc, q_start) or _after_from(text, q_start)):
                q = None
            elif q:
                m.start = q_start
            m.qualifier = q or _verb_qualifier(doc, m)
        out.append(m)
    _pair_ranges(doc, out)
    records = []
    for m in out:
        bare = m.kind == "count" and m.end == m.number_end and m.range_group is None
        if bare and not _scale_re().search(text[m.start : m.end]):
            continue  # a bare number that counts nothing named
        if m.kind in {"rank", "multiplier"}:
            subject = None if m.kind == "rank" else _subject(doc, m)
        else:
            subject = m.subject or _subject(doc, m)
        records.append(
            StatisticRecord(
                **mention(text, doc.sentences, m.start, m.end),
                value=m.value,
                kind=m.kind,
                unit=m.unit if m.kind in {"money", "percent", "measure"} else None,
                qualifier=m.qualifier,
                subject=subject,
                range_group=m.range_group,
            )
        )
    return records


_PHONE = re.compile(r"\+?\d[\d\s()]{2,}\d-\d\d-\d\d")


def _in_phone(text: str, start: int, end: int) -> bool:
    """A digit of a telephone number ('8 800 200-00-00')."""
    window_start = max(0, start - 20)
    return any(
        m.start() <= start and end <= m.end()
        for m in _PHONE.finditer(text, window_start, min(len(text), end + 20))
    )


def _is_reference(text: str, start: int) -> bool:
    """'статье 12', 'Указом № 309': a number that names, not counts."""
    before = words(text, max(0, start - 30), start)
    return bool(before) and lemma(before[-1].text) in lexicon.words("reference_words.txt")


def _after_from(text: str, q_start: int) -> bool:
    """'с 18% до 27%': a change from one level to another, two plain figures."""
    return bool(
        re.search(
            rf"(?i)(?<!\w)(?:с|со)\s+(?:{NUM})[^\n]{{0,40}}$", text[max(0, q_start - 60) : q_start]
        )
    )
