"""Figures a release states: money, percent, counts, multipliers, ranks, measures.

How it reads a text:

1. `NUMBER_RE` finds every number in the raw text (digits, words, fractions,
   ordinals, with a scale such as "million").
2. `_read_number` looks around each one: a qualifier and a currency before it,
   and after it a currency, a percent sign, "times", a measure unit or the
   counted noun (from the spaCy parse). Years, dates, durations, references
   ("No. 12") and idioms are dropped there.
3. Words that are figures on their own ("tripled", "twofold", "ranks third")
   are added; ranges ("from 3 to 5 percent") are paired; a bare number borrows
   the unit of the figure that completes it; verbs such as "exceeded" set the
   qualifier.
4. The subject (what is counted or measured) comes from the dependency parse.

Rules are general (grammar of English number expressions), never tuned to one
sentence; `doc.text[char_start:char_end] == surface` always holds.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pressfacts.extract import statistics_patterns as P
from pressfacts.extract.currency import (
    MINOR_UNITS,
    SYMBOLS,
    code_accepted,
    code_for_name,
    dollar_code,
    is_currency_name,
)
from pressfacts.extract.local_currency import home_dollar, local_prefix
from pressfacts.extract.numbers import SCALE_WORDS, parse_fraction, parse_number, parse_ordinal
from pressfacts.extract.records import StatisticRecord
from pressfacts.extract.spans import Sentences, disjoint
from pressfacts.extract.spans import Spans as _Spans
from pressfacts.extract.statistics_speaker import quote_speakers

_GLUED_SCALE = re.compile(r"(\d)([a-z])", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_DASH_GAP = re.compile(r"^\s?[-–—]\s?$")
_GLUED_MILLION = re.compile(r"([mk])\b", re.IGNORECASE)
_SPACE = re.compile(" ")
_URL_SEPARATORS = frozenset("?&=/")


@dataclass
class _Mention:
    """A figure being built; `kind` stays None while it is a bare number."""

    start: int
    end: int
    value: float
    kind: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    scale: float = 1.0  # the factor a scale word gave ("million": 1e6)
    marker: str | None = None  # from / between / to / and before the number
    marker_start: int = 0
    noun: Token | None = None
    range_group: int | None = None
    refused: bool = False  # found not to be a figure after all (a score, a code)


class _Tokens:
    """Character offset -> spaCy token and sentence lookups, indexed once per
    document so that each lookup costs a binary search."""

    home_country: str | None = None  # the publisher's country, for "$" and "N5 billion"
    furniture: _Spans = _Spans([])  # datelines and bylines: no subject comes from them

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each access
        self.starts = [t.idx for t in doc]
        self.sentences = Sentences(doc)
        self.spaces = [m.start() for m in _SPACE.finditer(self.text)]
        self._url_words: dict[tuple[int, int], bool] = {}

    def sentence(self, char: int) -> Span:
        return self.sentences.at_char(char)

    def in_url(self, start: int, end: int) -> bool:
        """Is the number inside a web address or an encoded string? The word is
        delimited by spaces and judged once, however many numbers it holds."""
        i = bisect_left(self.spaces, start)
        left = self.spaces[i - 1] + 1 if i else 0
        j = bisect_left(self.spaces, end)
        right = self.spaces[j] if j < len(self.spaces) else len(self.text)
        key = (left, right)
        if key not in self._url_words:
            self._url_words[key] = _looks_like_url(self.text[left:right])
        return self._url_words[key]

    def at(self, char: int) -> Token:
        return self.doc[max(0, bisect_right(self.starts, char) - 1)]

    def after(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def before(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1) - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].idx >= char):
            i -= 1
        return self.doc[i] if i >= 0 else None

    def span(self, start: int, end: int) -> list[Token]:
        """The tokens a figure's characters touch (a figure starts and ends on a
        word, never on a space)."""
        return list(self.doc.char_span(start, end, alignment_mode="expand") or ())


def extract_statistics(
    doc: Doc,
    date_spans: Sequence[tuple[int, int]] = (),
    *,
    home_country: str | None = None,
    furniture: Sequence[tuple[int, int]] = (),
) -> list[StatisticRecord]:
    """`home_country`: the publisher's country, which says what "$" and a local
    prefix ("N", "Rs") before an amount mean. `furniture`: spans of page furniture
    (a dateline's agency name), which never give a figure its subject."""
    text = doc.text
    tokens = _Tokens(doc)
    tokens.home_country = home_country
    if furniture:
        tokens.furniture = _Spans.merged(furniture)
    dates = _Spans(date_spans)
    mentions: list[_Mention] = []
    last_end = 0
    for match in P.NUMBER_RE.finditer(text):
        if match.start() < last_end or dates.contains(match.start(), match.end()):
            continue
        mention = _read_number(text, match, tokens, last_end)
        if mention is not None:
            mentions.append(mention)
            last_end = mention.end
    mentions += _multiplier_words(doc, tokens)
    mentions += _rank_words(text)
    ratios = _ratio_words(text)
    ratio_spans = _Spans([(r.start, r.end) for r in ratios])
    mentions = [m for m in mentions if not ratio_spans.overlaps(m.start, m.end)]
    mentions += ratios
    mentions = disjoint(mentions, lambda m: (m.start, -m.end))
    mentions = [m for m in mentions if not dates.contains(m.start, m.end)]
    _pair_ranges(text, mentions, tokens)
    _complete_bare_numbers(mentions, tokens)
    mentions = [m for m in mentions if m.kind is not None and not m.refused and _admissible(m)]
    _verb_qualifiers(mentions, tokens)
    figures = _Spans([(m.start, m.end) for m in mentions])
    speakers = _Spans(quote_speakers(doc) if mentions else [])
    return [
        _record(text, m, tokens, figures, mentions, speakers.label_at(m.start)) for m in mentions
    ]


# --- reading one number -------------------------------------------------------------


def _read_number(text: str, match: re.Match[str], tokens: _Tokens, floor: int) -> _Mention | None:
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
    m = _Mention(start, end, value, scale=value / base if base else 1.0)

    # Before the number: currency, then qualifier / range marker.
    prefix_code, prefix_start, prefix_is_name = _currency_before(text, start, tokens.home_country)
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
    _read_qualifier(text, left, m)
    percent_word = _percent_word_before(text, left, floor)
    if percent_word is not None and m.marker is None:
        m.kind, m.unit, m.start = "percent", "percent", percent_word
        return m

    # After the number: what completes it.
    if prefix_code is not None or prefix_start is not None:
        if prefix_is_name and P.PERCENT_AFTER_RE.match(text, end):
            prefix_start = None
        else:
            return _read_money(text, m, prefix_code, prefix_start, end, group)
    suffix = P.CURRENCY_AFTER_RE.match(text, end)
    if suffix is not None and _money_suffix(suffix, text):
        return _read_money(text, m, None, None, end, group)
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


def _read_ordinal(text: str, start: int, end: int, tokens: _Tokens) -> _Mention | None:
    """'35th place', '25th anniversary', 'ranked 12th': ranks; '5th of May' is a date."""
    if P.DATE_AFTER_RE.match(text, end) or P.DATE_BEFORE_RE.search(text, max(0, start - 15), start):
        return None
    value = parse_ordinal(text[start:end])
    if value is None:
        return None
    m = _Mention(start, end, float(value), kind="rank")
    nxt = tokens.after(end)
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.idx - end <= 1:
        m.end, m.noun = nxt.idx + len(nxt), nxt
        if nxt.lemma_.lower() in P.TIME_NOUNS or nxt.lower_ == "half":
            return None  # "the 1st half", "the 2nd quarter": periods
    return m


def _read_fraction(
    text: str, m: _Mention, core: str, scaled: bool, tokens: _Tokens
) -> _Mention | None:
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


def _currency_before(
    text: str, start: int, home: str | None = None
) -> tuple[str | None, int | None, bool]:
    """(ISO code or None, start of the currency, written as a name?) before a number.
    `home` (the publisher's country) resolves "$" and local prefixes ("N5 billion")."""
    found = P.CURRENCY_BEFORE_RE.search(text, max(0, start - 12), start)
    if found is None or (found.group("code") and not code_accepted(found.group("code"))):
        local = local_prefix(text, start, home)
        if local is not None:
            return local[0], local[1], False
    if found is None:
        return None, None, False
    if found.group("mcode"):
        code = found.group("mcode")
        return (code.upper(), found.start(), False) if code_accepted(code) else (None, None, False)
    if found.group("code"):
        code = found.group("code")
        if code_accepted(code):
            return code.upper(), found.start(), False
        if is_currency_name(code):  # "rmb 10"
            return code_for_name(code), found.start(), True
        return None, None, False
    if found.group("sym"):
        symbol = found.group("sym")
        if symbol == "$":
            prefix = (found.group("dpre") or "").strip()
            code = dollar_code(prefix) if prefix else home_dollar(home)
            if prefix and code is None:  # an unrelated word before "$" ("to $12 million")
                return home_dollar(home), found.start("sym"), False
            return code, found.start(), False
        return SYMBOLS.get(symbol), found.start("sym"), False
    return code_for_name(found.group("name")), found.start(), True


def _money_suffix(suffix: re.Match[str], text: str) -> bool:
    """Is the currency after the number real? Codes must be ISO codes; a symbol
    glued to the next number ('1 $10') belongs to that number."""
    if suffix.group("code"):
        return code_accepted(suffix.group("code"))
    if suffix.group("sym"):
        return not (suffix.end() < len(text) and text[suffix.end()].isdigit())
    return True


def _suffix_code(suffix: re.Match[str]) -> str | None:
    if suffix.group("code"):
        return suffix.group("code").upper()
    if suffix.group("sym"):
        return SYMBOLS.get(suffix.group("sym"))
    full = suffix.group("name")
    return code_for_name(full) if is_currency_name(full) else code_for_name(suffix.group("cur"))


def _read_money(
    text: str,
    m: _Mention,
    prefix_code: str | None,
    prefix_start: int | None,
    end: int,
    group: str | None,
) -> _Mention:
    """Money: the currency before and/or after the number, a scale written after a
    code ('75 USD million'), cents after a whole amount ('15 dollars 50')."""
    m.kind = "money"
    minor = False
    code = prefix_code
    glued = _GLUED_MILLION.match(text, end) if m.scale == 1.0 else None
    if glued is not None:  # "€450m", "$20k"
        m.scale = 1e6 if glued.group(1).lower() == "m" else 1e3
        m.value *= m.scale
        end = glued.end()
    if prefix_start is not None:
        m.start = min(m.start, prefix_start)
        if text[prefix_start] == "M" and text[prefix_start + 1 : prefix_start + 4].isupper():
            m.value *= 1e6
    suffix = P.CURRENCY_AFTER_RE.match(text, end)
    if suffix is not None and _money_suffix(suffix, text):
        suffix_code = _suffix_code(suffix)
        word_suffix = suffix.group("name") is not None
        if prefix_start is None or (word_suffix and suffix_code == prefix_code):
            code = suffix_code if prefix_start is None else prefix_code
            end = suffix.end()
            if suffix.group("mega"):
                m.value *= 1e6
            if suffix.group("scale"):
                m.value *= P.SCALE_VALUES[suffix.group("scale").strip().lower()]
            minor = (suffix.group("cur") or "").lower() in MINOR_UNITS
    m.unit, m.end = code, end
    if not minor and m.scale == 1.0 and m.value == int(m.value) and group != "fraction":
        cents = P.CENTS_AFTER_RE.match(text, end)
        amount = parse_number(cents.group("n")) if cents else None
        if amount is not None and 0 < amount < 100:
            m.value += amount / (
                10 if (cents.group("minor") or "").lower() in ("mao", "jiao") else 100
            )
            m.end = cents.end()
    return m


def _read_qualifier(text: str, left: int, m: _Mention) -> None:
    """Qualifier words before the number go into the surface ('more than 500');
    range markers (from / to / between / and) are kept aside for `_pair_ranges`."""
    found = P.QUALIFIER_BEFORE_RE.search(text, max(0, left - 25), left)
    if found is None:
        return
    word = re.sub(r"\s+", " ", found.group("q").lower())
    if word in ("from", "between", "to", "and"):
        m.marker, m.marker_start = word, found.start()
        outer = P.QUALIFIER_BEFORE_RE.search(text, max(0, found.start() - 25), found.start())
        if word in ("to", "and") or outer is None:
            return
        word = re.sub(r"\s+", " ", outer.group("q").lower())
        found = outer
    if word == "top":
        m.marker, m.start = "top", found.start()
    elif word == "minus":
        m.value, m.start = -m.value, found.start()
    elif word in P.QUALIFIERS:
        m.qualifier = P.QUALIFIERS[word]
        if word not in P.OUTSIDE_SURFACE:
            m.start = found.start()


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


def _after_name(tokens: _Tokens, start: int) -> bool:
    """A number right after a proper name is part of it ('Astana Hub 2.0')."""
    prev = tokens.before(start)
    return (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and prev.idx + len(prev) >= start - 1
    )


def _after_determiner(tokens: _Tokens, start: int) -> bool:
    prev = tokens.before(start)
    return (
        prev is not None
        and prev.lower_ in P.DETERMINERS
        and prev.dep_ in ("det", "poss", "predet", "amod")
    )


def _has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _looks_like_url(word: str) -> bool:
    """A web address or a code: a scheme, "www.", a %-escape, or a run of
    non-space characters holding both a digit and one of ?&=/ (checked
    character by character, not by a backtracking pattern)."""
    if len(word) <= 12:
        return False
    if P.URL_MARK_RE.search(word):
        return True
    return any(
        _has_digit(piece) and not _URL_SEPARATORS.isdisjoint(piece) for piece in word.split()
    )


def _counted_noun(tokens: _Tokens, start: int, end: int) -> Token | None:
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
            t.is_punct and not (_in_word_hyphen(t) and t.i - 1 > last.i) or _has_digit(t.text)
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


def _in_word_hyphen(tok: Token) -> bool:
    """The hyphen of "well-paying", "high-skilled": inside one word, no space around."""
    return (
        tok.text in ("-", "‑")
        and not tok.whitespace_
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
        and not tok.doc[tok.i - 1].is_punct
    )


# --- figures written as words -------------------------------------------------------


def _multiplier_words(doc: Doc, tokens: _Tokens) -> list[_Mention]:
    """'tripled', 'twofold', 'double' (a verb): multipliers without a number."""
    found = []
    for tok in doc:
        lower = tok.lower_
        value = None
        if P.MULTIPLIER_WORD_RE.fullmatch(lower):
            stem = lower[:-4]
            value = P.FOLD_WORDS.get(stem) if lower.endswith("fold") else None
            if value is None:
                value = next(
                    (v for k, v in P.MULTIPLIER_VERBS.items() if lower.startswith(k[:-1])), None
                )
        elif tok.lemma_.lower() in P.MULTIPLIER_VERBS and _verb_use(tok):
            value = P.MULTIPLIER_VERBS[tok.lemma_.lower()]
        elif lower == "twice" and _twice_is_multiplier(tok):
            value = 2.0
        if value is not None:
            if value < 1:
                # "halved" divides: a fall by a share, a percent ("by half" is 50)
                m = _Mention(tok.idx, tok.idx + len(tok), 100 * (1 - value), "percent", "percent")
            else:
                m = _Mention(tok.idx, tok.idx + len(tok), value, kind="multiplier")
            _read_qualifier(tokens.text, m.start, m)  # "almost doubled"
            m.marker = None
            found.append(m)
    return found


def _verb_use(tok: Token) -> bool:
    """ "will triple", "must at least double": a verb, even where the tagger reads
    the word after a modal as an adjective ("a double room" is not)."""
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "ADJ" and any(c.dep_ == "aux" for c in tok.children)


def _twice_is_multiplier(tok: Token) -> bool:
    """'grew twice', 'twice as many' compare; 'met twice a year' counts events."""
    if tok.head.lemma_.lower() in P.CHANGE_VERBS:
        return True
    return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "as"


def _rank_words(text: str) -> list[_Mention]:
    """Places in a ranking written in words: 'ranks third', 'took first place'."""
    found = []
    for match in P.RANK_WORD_RE.finditer(text):
        name = next(g for g in ("o1", "o2", "o3") if match.group(g))
        value = parse_ordinal(match.group(name))
        if value is not None:
            found.append(_Mention(match.start(name), match.end(), float(value), kind="rank"))
    return found


def _ratio_words(text: str) -> list[_Mention]:
    """Shares written as ratios: 'one in five' is 20 percent, 'three out of four' 75."""
    found = []
    for match in P.RATIO_RE.finditer(text):
        part, whole = parse_number(match["n"]), parse_number(match["d"])
        if part is not None and whole and 0 < part < whole:
            m = _Mention(match.start(), match.end(), 100 * part / whole, "percent", "percent")
            found.append(m)
    return found


# --- whole-document passes ------------------------------------------------------------


def _pair_ranges(text: str, mentions: list[_Mention], tokens: _Tokens) -> None:
    """'from 3 to 5 percent' is two bounds of one range (at_least / at_most) unless
    a verb of change governs it ('raised from 85,000 to 100,000 tenge'); either
    way a bare bound takes the unit of the other one."""
    group = 0
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap_end = b.marker_start if b.marker in ("to", "and") else b.start
        gap = text[a.end : gap_end]
        pair = (
            (a.marker == "from" and b.marker == "to" and not gap.strip())
            # "within 5 to 7 percent", "2 to 3 billion dollars": a bare low bound
            or (
                a.marker is None
                and a.kind is None
                and b.kind is not None  # "won 5 to 7" is a score
                and b.marker == "to"
                and not gap.strip()
                and a.value < b.value / b.scale
            )
            or (a.marker == "between" and b.marker == "and" and not gap.strip())
            or (_DASH_GAP.match(gap) is not None and a.kind in (None, b.kind))
        )
        if not pair:
            continue
        dashed = a.marker is None and b.marker is None
        if dashed and a.value > b.value:
            # "voted 89-52", "a 6-3 vote", "(254-2) 751-613": a score, a tally or a
            # code, never a range, whose low bound comes first
            a.refused = b.refused = True
            continue
        _share_unit(a, b)
        if a.marker == "from" and _change_verb(tokens, a) or a.value > b.value:
            continue  # a change, or a fall: two plain figures
        if a.qualifier is None and b.qualifier is None:
            group += 1
            a.qualifier, b.qualifier = "at_least", "at_most"
            a.range_group = b.range_group = group
            if a.marker in ("from", "between"):
                a.start = min(a.start, a.marker_start)
            if b.marker == "to":
                b.start = min(b.start, b.marker_start)


def _share_unit(a: _Mention, b: _Mention) -> None:
    if a.kind is None and b.kind is not None:
        a.kind, a.unit = b.kind, b.unit
        if a.scale == 1.0 and b.scale > 1.0 and a.value < b.value / b.scale:
            a.value *= b.scale
    elif b.kind is None and a.kind is not None:
        b.kind, b.unit = a.kind, a.unit


def _change_verb(tokens: _Tokens, m: _Mention) -> bool:
    prep = tokens.at(m.marker_start)
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in P.CHANGE_VERBS


def _complete_bare_numbers(mentions: list[_Mention], tokens: _Tokens) -> None:
    """A bare number with a scale borrows the currency of a scaled amount in the same
    sentence ('revenues were 19.4 trillion tenge, expenditures 25.1 trillion'); else it
    is a count when it has a scale or a qualifier, and is dropped otherwise."""
    money_by_sentence: dict[int, list[_Mention]] = {}
    for o in mentions:
        if o.kind == "money" and o.scale > 1.0:
            money_by_sentence.setdefault(tokens.sentence(o.start).start_char, []).append(o)
    for m in mentions:
        if m.kind is not None:
            continue
        if m.scale > 1.0:
            money = money_by_sentence.get(tokens.sentence(m.start).start_char)
            if money:
                nearest = min(money, key=lambda o: abs(o.start - m.start))
                m.kind, m.unit = "money", nearest.unit
                continue
        if m.scale > 1.0 or m.qualifier is not None:
            m.kind = "count"


def _verb_qualifiers(mentions: list[_Mention], tokens: _Tokens) -> None:
    """'has exceeded $14,000' is over, 'must not exceed 3%' at_most; the verb stays
    outside the surface. A multiplier ('exceeded the average 2.7 times') has none."""
    for m in mentions:
        if m.qualifier is not None or m.kind in ("multiplier", "rank"):
            continue
        prev = tokens.before(m.start)
        if prev is not None and prev.lemma_.lower() in P.EXCEED_VERBS:
            negated = any(c.dep_ == "neg" for c in prev.children)
            m.qualifier = "at_most" if negated else "over"


def _admissible(m: _Mention) -> bool:
    """What each kind can state: a finite value; a multiplier above one (a
    smaller factor, "0.8 times", states no growth the table can hold); a rank
    from first on; a count of zero or more ("-30 degrees" is a measure or nothing)."""
    if not math.isfinite(m.value):
        return False
    if m.kind == "multiplier":
        return m.value > 1
    if m.kind == "rank":
        return m.value >= 1
    if m.kind == "count":
        return m.value >= 0
    return True


# --- output ----------------------------------------------------------------------------


def _record(
    text: str,
    m: _Mention,
    tokens: _Tokens,
    figures: _Spans,
    mentions: list[_Mention],
    speaker: str | None,
) -> StatisticRecord:
    return StatisticRecord(
        char_start=m.start,
        char_end=m.end,
        surface=text[m.start : m.end],
        value=m.value,
        kind=m.kind or "count",
        unit=m.unit,
        qualifier=m.qualifier,
        subject=_subject(m, tokens, figures, mentions),
        sentence=tokens.sentence(m.start).text,
        speaker=speaker,
        range_group=m.range_group,
    )


def _subject(
    m: _Mention, tokens: _Tokens, figures: _Spans, mentions: list[_Mention], depth: int = 0
) -> str | None:
    """What is counted or measured: the counted noun, the noun after 'of', the noun
    the figure qualifies ('agreements worth $1.3 billion'), else the subject of the
    governing verb ('the economy grew by 4.8 percent'). When that word is itself
    another figure ('5.2 trillion tenge, which is 3.5 percent more'), its subject.
    `figures` indexes `mentions` (same order, no overlaps)."""
    if m.noun is not None:
        return None if m.noun.lower_ == "place" else _phrase(m.noun)
    if m.kind == "rank":
        return None
    noun = _subject_token(m, tokens)
    if noun is not None and tokens.furniture.overlaps(noun.idx, noun.idx + len(noun)):
        noun = None
    if noun is None:
        compared = _compared_with(m, tokens, mentions)
        if compared is None or depth > 2:
            return None
        return _subject(compared, tokens, figures, mentions, depth + 1)
    index = figures.index_at(noun.idx)
    if index is not None:
        other = mentions[index]
        if other is m or depth > 2:
            return None
        return _subject(other, tokens, figures, mentions, depth + 1)
    return _phrase(noun)


def _compared_with(m: _Mention, tokens: _Tokens, mentions: list[_Mention]) -> _Mention | None:
    """ "reached 1,384 BU, compared with 1,309 BU a year before": a figure given for
    comparison measures what the figure before it in the sentence measures."""
    before = tokens.text[max(0, m.start - 20) : m.start]
    if not P.COMPARED_WITH_RE.search(before):
        return None
    sentence = tokens.sentence(m.start).start_char
    earlier = [
        o
        for o in mentions
        if o.end <= m.start
        and o.kind == m.kind
        and o.unit == m.unit
        and tokens.sentence(o.start).start_char == sentence
    ]
    return earlier[-1] if earlier else None


def _subject_token(m: _Mention, tokens: _Tokens) -> Token | None:
    word = tokens.at(m.end - 1)
    if (
        m.kind == "multiplier"
        and _verb_use(word)
        and (
            word.lemma_.lower() in P.MULTIPLIER_VERBS or P.MULTIPLIER_WORD_RE.fullmatch(word.lower_)
        )
    ):
        # "will triple the capacity": what is multiplied is the object; "trade doubled"
        obj = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
        if obj is not None:
            return _of_object(obj)
        if word.pos_ not in ("VERB", "AUX"):
            subject = _verb_subject(word)
            return None if subject is None else _of_object(subject)
    nxt = tokens.after(m.end)
    if m.kind == "measure" and nxt is not None and nxt.lower_ in P.DIMENSION_WORDS:
        # "a line 214 kilometres long", "a wall 3 metres high": the noun before it
        prev = tokens.before(m.start)
        if prev is not None and prev.pos_ == "NOUN":
            return prev
    if nxt is not None and nxt.lower_ == "of" and m.kind != "rank":
        objects = [c for c in nxt.children if c.dep_ == "pobj"]
        if objects:
            return _of_object(objects[0])
    span = tokens.span(m.start, m.end)
    if not span:
        return None
    node = next((t for t in span if t.head not in span or t.head == t), span[-1])
    below = node
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            break
        below, node = node, node.head
        if node.pos_ in ("NOUN", "PROPN") and node not in span:
            return _of_object(node)
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if m.kind == "money" and (purpose := _purpose(node, span, m.end)) is not None:
        return _of_object(purpose)  # "approved N9 billion for the bridge": the bridge
    if below.dep_ == "prep" and below.lower_ in ("to", "by", "from"):
        # "raise the share of renewables to 15%", "cut costs by a third", "raising
        # the share from 3 to 4 percent": the object changes, not who changes it
        obj = next(
            (c for c in node.children if c.dep_ == "dobj" and c.pos_ not in ("PRON", "NUM")),
            None,
        )
        if obj is not None:
            return _of_object(obj)
    subject, verb = _verb_subject_of(node)
    if subject is not None and (_is_person_or_time(subject) or _is_body(subject)):
        # "the Council approved N9 billion for the section, covering 258 km": the
        # one who acts is not what the figure measures, when the clause names that
        measured = _measured_instead(node, verb, below)
        if measured is not None or _is_person_or_time(subject):
            return measured
    return None if subject is None else _of_object(subject)


def _is_body(tok: Token) -> bool:
    """An organisation named as such: "the Council", "the Regional Development Bank"."""
    if tok.ent_type_ == "ORG":
        return True
    return tok.pos_ == "PROPN" and any(c.dep_ == "det" for c in tok.children)


def _is_person_or_time(tok: Token) -> bool:
    """A person's name or a time word is never what a figure measures ("the
    Minister announced $5 billion", "a year that triples the output")."""
    if tok.lemma_.lower() in P.TIME_NOUNS or tok.ent_type_ == "PERSON":
        return True
    # a name of several capitalised words the tagger knows neither as a body nor a place
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return tok.pos_ == "PROPN" and len(names) >= 2 and tok.ent_type_ not in _NOT_PEOPLE


# entity labels of names that are not people's (spaCy's OntoNotes scheme)
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"})


def _measured_instead(node: Token, verb: Token, below: Token) -> Token | None:
    """The noun a figure measures when the subject of its verb (`node`, or `verb`
    up the clause chain) only acts: what the amount is granted for ("approved $5
    million for the road"), else the object of the figure's own verb when the
    figure is not that object ("co-finance the grids with $5 million")."""
    for head in (node, verb):
        granted = [c for c in head.children if c.dep_ == "dobj"]
        purpose = _purpose(head, granted, 0)
        if purpose is not None:
            return _of_object(purpose)
    if below.dep_ not in ("dobj", "nsubjpass"):
        obj = next((c for c in node.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return _of_object(obj)
    return None


def _purpose(verb: Token, span: list[Token], end: int) -> Token | None:
    """The noun of "for X" after an amount that a verb grants ("approved $5
    million for the road", "will receive $2 billion for exchanges"); the role
    an amount is given "as" ("approved $5 million as counterpart funding"); what
    it is in or spent on, written without a determiner ("$2 trillion a year in
    climate finance", "saves $150 a year on electricity bills")."""
    heads = (*span, verb)
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.idx >= end:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _purpose_noun(obj):
                    return obj
    for head in heads:
        for child in head.children:
            if child.idx < end or not _purpose_noun(child):
                continue
            if child.dep_ == "advcl" and any(c.lower_ == "as" for c in child.children):
                return child
        for prep in head.children:
            if prep.dep_ != "prep" or prep.idx < end or prep.lower_ not in ("as", "in", "on"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or not _purpose_noun(obj):
                continue
            if prep.lower_ == "as" or not any(c.dep_ in ("det", "poss") for c in obj.children):
                return obj
    return None


def _purpose_noun(tok: Token) -> bool:
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_ not in P.TIME_NOUNS
        and tok.lemma_ not in P.NOT_COUNTED  # "for the first time"
    )


def _verb_subject(verb: Token) -> Token | None:
    return _verb_subject_of(verb)[0]


def _verb_subject_of(verb: Token) -> tuple[Token | None, Token]:
    """The grammatical subject of a verb, through relative clauses and coordination,
    with the verb it was found on."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "PRON":
                if verb.dep_ == "relcl" and subject.lower_ in ("which", "that", "who"):
                    return verb.head, verb
                if subject.lower_ in ("it", "they"):
                    return _antecedent(subject), verb
                return _partitive_antecedent(subject), verb
            return subject, verb
        if verb.dep_ == "relcl":
            return verb.head, verb
        if verb.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or verb.head == verb:
            return None, verb
        verb = verb.head
    return None, verb


def _partitive_antecedent(pronoun: Token) -> Token | None:
    """ "four projects, each of which will receive $5 million": the noun that
    "which"/"whom" stands for, the last noun before the pronoun."""
    relative = any(
        c.lower_ == "of" and any(o.lower_ in ("which", "whom") for o in c.children)
        for c in pronoun.children
    )
    if not relative:
        return None
    for tok in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if tok.pos_ == "NOUN":
            return tok
    return None


def _antecedent(pronoun: Token) -> Token | None:
    """ "Trade reached $4 billion, while in March it grew by 10%": the nearest
    noun subject before "it"/"they", in its sentence or the one before."""
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    plural = pronoun.lower_ == "they"
    for tok in reversed(pronoun.doc[start : pronoun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN":
            if plural == (tok.tag_ == "NNS"):
                return tok
    return None


def _of_object(noun: Token) -> Token:
    """'the number of SMEs' -> SMEs: a quantity noun gives way to what it quantifies."""
    if noun.lemma_.lower() in P.QUANTITY_NOUNS:
        for prep in noun.children:
            if prep.lower_ == "of":
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return noun


def _phrase(noun: Token) -> str | None:
    """Singular lemma with its compound modifiers: 'trade turnover', 'SME', 'GDP'."""
    if noun.pos_ == "PRON":
        return None
    parts = [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.i < noun.i
        and not c.like_num
        and c.lower_ not in ("percent", "%")
        # a unit with its number is a figure of its own: "a 500 kV line" is a line
        and not any(g.dep_ == "nummod" for g in c.children)
    ]
    return " ".join(_lemma(t) for t in [*parts, noun])


def _lemma(tok: Token) -> str:
    text = tok.text
    if len(text) > 1 and text[:-1].isupper() and text.endswith("s"):
        return text[:-1]  # "SMEs"
    if text.isupper() and len(text) > 1:
        return text  # "GDP"
    if tok.pos_ == "PROPN":
        return text
    return tok.lemma_.lower()
