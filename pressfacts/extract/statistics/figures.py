"""One number read into a figure: what stands before it (a qualifier, a
currency, a percent word) and after it (a scale, a currency, a percent sign,
"times", a measure unit or the counted noun). Years, dates, durations,
references ("No. 12") and names are refused here.
"""

from __future__ import annotations

import math
import re

from spacy.tokens import Token

from pressfacts.extract.numbers import SCALE_WORDS, parse_fraction, parse_number, parse_ordinal
from pressfacts.extract.statistics import patterns as P
from pressfacts.extract.statistics.mentions import Mention
from pressfacts.extract.statistics.money import currency_before, money_suffix, read_money
from pressfacts.extract.statistics.qualifiers import read_qualifier
from pressfacts.extract.statistics.tokens import Tokens, has_digit, in_word_hyphen

_GLUED_SCALE = re.compile(r"(\d)([a-z])", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


def read_number(text: str, match: re.Match[str], tokens: Tokens, floor: int) -> Mention | None:
    """The figure around one number found by NUMBER_RE, or None when it is none.
    Nothing before `floor` (the end of the previous figure) may be taken."""
    group = match.lastgroup
    start, end = match.span()
    core = match.group()
    if tokens.in_url(start, end):
        return None
    if group == "words":
        core = _cut_at_and(core)
        end = start + len(core)
    if group == "ordinal":
        return _read_ordinal(text, start, end, tokens)
    if group == "fraction":
        value = parse_number(core)
    else:
        value = parse_number(_GLUED_SCALE.sub(r"\1 \2", core))
    if value is None or not math.isfinite(value):
        return None  # a number no float holds ("9" * 400) is no figure
    scaled = bool(P.SCALE_WORD_RE.search(core)) or (
        group == "words" and value >= 100 and core.split()[-1].lower() in SCALE_WORDS
    )
    base = parse_number(P.SCALE_WORD_RE.sub("", core).strip()) if scaled else value
    m = Mention(start, end, value, scale=value / base if base else 1.0)

    # Before the number: currency, then qualifier / range marker.
    prefix_code, prefix_start, prefix_is_name = currency_before(text, start, tokens.home_country)
    if prefix_start is not None and prefix_start < floor:
        prefix_code, prefix_start, prefix_is_name = None, None, False
    if prefix_start is None and start > 0 and text[start - 1].isalpha():
        return None  # glued to a word: "COVID19", "A320"
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        if text[max(0, start - 4) : start].lower() != "top-":
            return None  # "COVID-19", "Su-27"
        m.marker, m.start = "top", start - 4
    left = prefix_start if prefix_start is not None else start
    if left > 0 and text[left - 1] in "-−" and (left == 1 or text[left - 2] in " (\n"):
        m.value, m.start, left = -m.value, left - 1, left - 1  # "-2.5%"
    read_qualifier(text, left, m)
    percent_word = _percent_word_before(text, left, floor)
    if percent_word is not None and m.marker is None:
        m.kind, m.unit, m.start = "percent", "percent", percent_word
        return m

    # After the number: what completes it.
    if prefix_code is not None or prefix_start is not None:
        if prefix_is_name and P.PERCENT_AFTER_RE.match(text, end):
            prefix_start = None
        else:
            return read_money(text, m, prefix_code, prefix_start, end, group)
    suffix = P.CURRENCY_AFTER_RE.match(text, end)
    if suffix is not None and money_suffix(suffix, text):
        return read_money(text, m, None, None, end, group)
    if (pct := P.PERCENT_AFTER_RE.match(text, end)) is not None:
        m.kind, m.unit, m.end = "percent", "percent", pct.end()
        return m
    if (mult := P.MULTIPLIER_AFTER_RE.match(text, end)) is not None:
        if P.FREQUENCY_AFTER_RE.match(text, mult.end()):
            return None
        m.kind, m.end = "multiplier", mult.end()
        return m
    if (unit := P.SCALED_UNIT_AFTER_RE.match(text, end)) is not None:
        _, name, factor = P.SCALED_UNITS[int(unit.lastgroup[1:])]
        m.kind, m.unit, m.end = "measure", name, unit.end()
        m.value *= factor
        m.scale *= factor
        return m
    if (unit := P.UNIT_AFTER_RE.match(text, end)) is not None:
        index = next(i for i, g in enumerate(unit.groups()) if g is not None)
        m.kind, m.unit, m.end = "measure", P.UNIT_NAMES[index], unit.end()
        per = P.PER_UNIT_RE.match(text, m.end)
        if per and (second := P.UNIT_AFTER_RE.match(text, per.end())) is not None:
            other = next(i for i, g in enumerate(second.groups()) if g is not None)
            m.unit, m.end = f"{m.unit} per {P.UNIT_NAMES[other]}", second.end()  # "t per hectare"
        return m
    if _is_time_or_date(text, start, end):
        return None
    if group == "fraction":
        return _read_fraction(text, m, core, scaled, tokens)
    if group == "words" and (value == 1 and not scaled):
        return None  # "one of the", "one project"
    if group == "digits" and _looks_like_year(core, value):
        return None
    if P.REFERENCE_BEFORE_RE.search(text, max(0, left - 12), left):
        return None  # "No. 12", "Article 5"
    if m.marker == "top":
        m.kind, m.value = "rank", value
        return m
    if not scaled and _after_name(tokens, start):
        return None  # "Astana Hub 2.0", "Boeing 737"
    noun = _counted_noun(tokens, start, end)
    if noun is not None:
        if noun.lemma_.lower() in P.TIME_NOUNS:
            return None
        if group == "words" and _after_determiner(tokens, m.start):
            return None  # "the two leaders": a reference, not a count
        m.kind, m.noun, m.end = "count", noun, noun.idx + len(noun)
    return m


def _percent_word_before(text: str, left: int, floor: int) -> int | None:
    """Start of 'percent of' written before a number ('per cent of 210', the
    Recognizers convention), unless a number precedes the percent word itself."""
    found = P.PERCENT_BEFORE_RE.search(text, max(floor, left - 20), left)
    if found is None:
        return None
    if re.search(r"\d[^\S\n]*$", text[max(0, found.start() - 12) : found.start()]):
        return None
    return found.start()


def _read_ordinal(text: str, start: int, end: int, tokens: Tokens) -> Mention | None:
    """'35th place', '25th anniversary', 'ranked 12th': ranks; '5th of May' is a date."""
    if P.DATE_AFTER_RE.match(text, end) or P.DATE_BEFORE_RE.search(text, max(0, start - 15), start):
        return None
    value = parse_ordinal(text[start:end])
    if value is None:
        return None
    m = Mention(start, end, float(value), kind="rank")
    nxt = tokens.after(end)
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.idx - end <= 1:
        m.end, m.noun = nxt.idx + len(nxt), nxt
        if nxt.lemma_.lower() in P.TIME_NOUNS or nxt.lower_ == "half":
            return None  # "the 1st half", "the 2nd quarter": periods
    return m


def _read_fraction(
    text: str, m: Mention, core: str, scaled: bool, tokens: Tokens
) -> Mention | None:
    """'a third of' -> 33.3 percent; 'half a million' stays a number; 'the first
    half of 2024' and 'a quarter of a century' are periods, not statistics."""
    if scaled:
        return m
    if P.PERIOD_BEFORE_RE.search(text, max(0, m.start - 12), m.start):
        return None
    if P.PERIOD_AFTER_RE.match(text, m.end):
        return None
    words = core.lower().split()
    if words[-1] not in ("half", "halves") and len(words) == 1:
        return None  # "third" alone is an ordinal
    plural_share = len(words) > 1 and words[0] not in ("a", "an", "one") and " and " not in core
    nxt = tokens.after(m.end)
    if (
        not plural_share
        and " and " not in core
        and nxt is not None
        and nxt.idx == m.end + 1
        and nxt.pos_ in ("NOUN", "ADJ", "PROPN", "NUM")
    ):
        return None  # "a third party", "a quarter century"
    if " and " in core:  # "one and a half": a number, not a share
        return m
    fraction = parse_fraction(core)
    if fraction is None:
        return None
    m.kind, m.unit, m.value = "percent", "percent", fraction * 100
    return m


def _cut_at_and(core: str) -> str:
    """'two hundred and fifty' stays whole; 'two and three' is two numbers."""
    for found in _AND.finditer(core):
        before = core[: found.start()].split()[-1].lower()
        if before not in SCALE_WORDS:
            return core[: found.start()]
    return core


def _is_time_or_date(text: str, start: int, end: int) -> bool:
    return bool(
        P.TIME_AFTER_RE.match(text, end)
        or P.DATE_AFTER_RE.match(text, end)
        or P.DATE_BEFORE_RE.search(text, max(0, start - 15), start)
    )


def _looks_like_year(core: str, value: float) -> bool:
    return core.isdigit() and len(core) == 4 and 1900 <= value <= 2100


def _after_name(tokens: Tokens, start: int) -> bool:
    """A number right after a proper name is part of it ('Astana Hub 2.0')."""
    prev = tokens.before(start)
    return (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and prev.idx + len(prev) >= start - 1
    )


def _after_determiner(tokens: Tokens, start: int) -> bool:
    prev = tokens.before(start)
    return (
        prev is not None
        and prev.lower_ in P.DETERMINERS
        and prev.dep_ in ("det", "poss", "predet", "amod")
    )


def _counted_noun(tokens: Tokens, start: int, end: int) -> Token | None:
    """The noun a number counts: its head in the parse ('70 Czech companies'),
    else the noun right after it."""
    last = tokens.at(end - 1)
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod")
        and head.i > last.i
        and head.i - last.i <= 6
        # a capitalised proper noun makes a name, not a count: "285 Toure Drive"
        and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.text.islower())
        and not any(
            # "two-way trade" is no count of ways; "3,400 well-paying jobs" counts jobs
            t.is_punct and not (in_word_hyphen(t) and t.i - 1 > last.i) or has_digit(t.text)
            for t in last.doc[last.i + 1 : head.i + 1]
        )
    ):
        return None if head.lower_ in P.NOT_COUNTED else head
    nxt = tokens.after(end)
    if (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.idx - end <= 1
        and nxt.lower_ not in P.NOT_COUNTED
    ):
        while (
            nxt.i + 1 < len(nxt.doc)
            and nxt.dep_ == "compound"
            and nxt.doc[nxt.i + 1].pos_ == "NOUN"
        ):
            nxt = nxt.doc[nxt.i + 1]
        return nxt
    return None
