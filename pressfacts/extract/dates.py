"""Temporal expressions, normalised to TimeML TIMEX3 values.

How it works (a small HeidelTime-like grammar):

1. Every rule in `RULES` is a compiled regex over the document text plus a
   function that turns a match into zero or more `Candidate`s (span, value,
   type). Rules know nothing about each other.
2. Overlapping candidates are settled longest-first, so "the first quarter of
   this year" beats "this year" and "25 years ago" beats "25 years".
3. A second pass, in text order, resolves the few anaphoric values ("the same
   period last year" takes the period mentioned just before) and fills in the
   sentence and the calendar interval of each DATE.

Relative expressions are resolved against the publication date; a month or a
weekday named without a year takes its direction from the tense of the verb
that governs it (spaCy morphology), see `Context.direction`.

Surfaces follow eval/GOLD.md: no leading preposition, articles and modifiers
("the end of 2026", "the past five years", "early 1999") kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import MAXYEAR as MAX_YEAR
from datetime import MINYEAR as MIN_YEAR
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from pressfacts.extract.dates_calendar import (
    add_months,
    interval,
    iso_week,
    month_value,
    pick_quarter_year,
    pick_weekday,
    pick_year_for_month,
    quarter_of,
    shift_value,
    year_of_weekday_date,
)
from pressfacts.extract.numbers import NUMBER_WORD_OF, TENS, parse_ordinal, words_to_number
from pressfacts.extract.records import DateRecord
from pressfacts.extract.spans import Sentences, disjoint
from pressfacts.extract.vocabulary import entries, mapping, rows, words

# ---------------------------------------------------------------- vocabulary

_MONTH_ROWS = rows("months.tsv")
MONTHS = {name: int(number) for name, number, _ in _MONTH_ROWS}
WEEKDAYS = {name: i for i, name in enumerate(entries("weekdays.txt"))}
SEASONS = mapping("seasons.tsv")
# unit word (and its plural without the "s": "centurie") -> (TIMEX3 letter, multiplier)
_UNIT_ROWS = rows("time_units.tsv")
UNITS = {
    form: (letter, int(factor))
    for word, plural, letter, factor in _UNIT_ROWS
    for form in (word, plural.removesuffix("s"))
}
VAGUE_NUMBERS = words("vague_numbers.txt")
PARTS_OF_DAY = mapping("parts_of_day.tsv")
# verbs whose infinitive complement lies ahead of them: "agreed to restore ... from 1 October"
PROSPECTIVE_VERBS = words("prospective_verbs.txt")
# "the twenties" -> 2: the tens' words in the plural
DECADE_WORDS = {word.removesuffix("y") + "ies": value // 10 for word, value in TENS.items()}

# ---------------------------------------------------------------- regex pieces

_MONTH_FULL = "|".join(name.title() for name, _, form in _MONTH_ROWS if form == "full")
# longest first: "Sept." before "Sep"
_MONTH_ABBR = "|".join(
    sorted(
        (name.title() for name, _, form in _MONTH_ROWS if form == "abbreviation"),
        key=len,
        reverse=True,
    )
)
MONTH = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)"  # standing alone
MONTH_D = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"  # next to a day number
WEEKDAY = f"(?:{'|'.join(name.title() for name in WEEKDAYS)})"
YEAR = r"(?:1[1-9]\d\d|20\d\d|21\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DASH = r"\s*[-–—]\s*"
_ONES = f"(?:{'|'.join(NUMBER_WORD_OF[n] for n in range(1, 10))})"
_TEENS = f"(?:{'|'.join(NUMBER_WORD_OF[n] for n in range(10, 20))})"
_TENS = f"(?:{'|'.join(TENS)})"
_NUM_WORD = (
    rf"{_TENS}(?:[\s-]{_ONES})?|{_ONES[3:-1]}|{_TEENS[3:-1]}|a hundred"
    r"|one hundred|two hundred|a thousand|two thousand"
)
NUMBER = (
    rf"(?:\d+\s+1/2|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?|{_NUM_WORD}"
    r"|an?|several|a few|few|many|some|a couple of|a number of)"
)
# the qualifiers a duration takes ("about three years")
_DURATION_QUALIFIERS = [q for q, _, where in rows("qualifiers.tsv") if "duration" in where.split()]
QUALIFIER = f"(?:{'|'.join(_DURATION_QUALIFIERS)})"
# the plural first, as "years?" would try it
UNIT = f"(?:{'|'.join(f'{plural}|{word}' for word, plural, _, _ in _UNIT_ROWS)})"
# a year read aloud in broadcast transcripts: "nineteen ninety-four", "two thousand and one"
SPOKEN_YEAR = (
    rf"(?i:(?:nineteen|twenty)[\s-]+(?:{_TENS}(?:[\s-]{_ONES})?|{_TEENS}|oh[\s-]{_ONES})"
    rf"|two\s+thousand(?:\s+and\s+{_ONES}|\s+{_ONES})?)"
)
EDGE = r"(?<![\w.,$€£#№/-])"  # no number, word or currency glued on the left
END = r"(?![\w%]|[.,]\d)"  # nor on the right


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# ---------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    value: str
    type: str = "DATE"
    period: str | None = None  # what "the same period last year" after it shifts, if not value


class Context:
    """What a rule needs besides its match: the document and its date."""

    def __init__(self, doc: Doc, published: date) -> None:
        self.doc = doc
        self.text = doc.text
        self.pub = published

    def direction(self, start: int, end: int, weekday: bool = False) -> int:
        """-1 if the verb governing the span is in a past tense, +1 if it
        points to the future (will, modal, 'to' + verb), 0 if unknown.

        A deadline ("extended to Nov. 20", "by 1 March") may lie after a verb
        in the past, so it gets 0. For a weekday (`weekday=True`) a hedged
        future ("could come Tuesday") also gets 0: the nearest such day."""
        if not weekday and _DEADLINE_BEFORE.search(self.text, max(0, start - 12), start):
            return 0
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return 0
        tok = span.root
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return 0
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        found = self._aux_direction(tok, auxes)
        if weekday and found > 0 and any(a.lower_ in ("could", "would") for a in auxes):
            return 0  # "could come as early as Tuesday": the nearest Tuesday
        return found

    @staticmethod
    def _aux_direction(tok: Token, auxes: list[Token]) -> int:
        for aux in auxes:
            low = aux.lower_
            if low in ("will", "'ll", "wo", "shall", "going") or (
                aux.tag_ == "MD" and low != "would"
            ):
                return 1
            if low == "to" and tok.head.pos_ not in ("VERB", "AUX"):
                return 0  # "ways to get around Wednesday's ruling"
            if low == "to":
                # "agreed to restore ... from 1 October" looks ahead; "helped to
                # evacuate ... in April" takes the tense of "helped"
                if tok.head.lemma_ in PROSPECTIVE_VERBS:
                    return 1
                return -1 if "Past" in tok.head.morph.get("Tense") else 1
            if low in ("has", "have"):
                return 0  # present perfect: "has set Nov. 10 as the deadline"
            if "Past" in aux.morph.get("Tense"):
                return -1
        if "Past" in tok.morph.get("Tense") and tok.tag_ != "VBN":
            return -1  # a bare participle ("a summit set for April") has no tense
        return 0


_DEADLINE_BEFORE = re.compile(r"(?i:\b(?:to|until|till|through|by|before)\s+)$")


Handler = Callable[[re.Match[str], Context], Iterator[Candidate] | list[Candidate] | None]


def span_of(m: re.Match[str]) -> tuple[int, int]:
    """The surface is the group `t` when a rule has one, else the whole match."""
    return m.span("t") if "t" in m.re.groupindex else m.span()


def one(m: re.Match[str], value: str, kind: str = "DATE") -> list[Candidate]:
    start, end = span_of(m)
    return [Candidate(start, end, value, kind)]


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def ymd(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def number_value(text: str) -> float | None:
    """'three' -> 3, 'a' -> 1, 'several' -> None (vague), '1.5' -> 1.5,
    'a couple of' -> 2, '2 1/2' -> 2.5."""
    low = " ".join(text.lower().split())
    if low in VAGUE_NUMBERS:
        return None
    if low == "a couple of":
        return 2.0
    if low.endswith(" 1/2"):
        return int(low[:-4]) + 0.5
    return words_to_number(low)


def duration_value(number: float | None, unit: str) -> str:
    """P5Y, P18M, PT24H, PXY (vague number)."""
    letter, factor = UNITS[unit.lower().rstrip("s")]
    n = None if number is None else number * factor
    if n is not None and n != int(n):
        return _mixed_duration(n, letter)
    prefix = "PT" if letter in ("H", "MIN") else "P"
    letter = "M" if letter == "MIN" else letter
    return f"{prefix}{'X' if n is None else int(n)}{letter}"


# a unit's fraction is spelled in the next smaller unit: (how many, its letter, time part?)
_SMALLER = {"Y": (12, "M", False), "M": (30, "D", False), "D": (24, "H", True)}
_SMALLER_TIME = {"H": (60, "M"), "MIN": (60, "S")}


def _mixed_duration(n: float, letter: str) -> str:
    """2.5 years -> P2Y6M, 5.5 hours -> PT5H30M, 1.5 minutes -> PT1M30S (TimeML
    spells a fraction in the next smaller unit)."""
    whole = int(n)
    head = f"{whole}{letter}" if whole else ""
    if letter in _SMALLER:
        size, small, time = _SMALLER[letter]
        part = round((n - whole) * size)
        return f"P{head}{'T' if time else ''}{part}{small}"
    if letter in _SMALLER_TIME:
        size, small = _SMALLER_TIME[letter]
        head = head.replace("MIN", "M")
        return f"PT{head}{round((n - whole) * size)}{small}"
    return f"PX{letter}"


def shifted(pub: date, number: float, unit: str) -> str | None:
    """The DATE `number` units before (negative: after) the publication date,
    at the unit's granularity: '25 years ago' -> '1998'. None when that date
    lies outside the years 1 to 9999, which a TIMEX3 value cannot name."""
    letter, factor = UNITS[unit.lower().rstrip("s")]
    n = number * factor
    try:
        if letter == "Y":
            if n == int(n):
                year = pub.year - round(n)
                return f"{year:04d}" if MIN_YEAR <= year <= MAX_YEAR else None
            return month_value(add_months(pub, -round(n * 12)))
        if letter == "M":
            return month_value(add_months(pub, -round(n)))
        if letter == "Q":
            return month_value(add_months(pub, -round(3 * n)))
        if letter == "W":
            return iso_week(pub - timedelta(weeks=n))
        if letter == "D":
            return (pub - timedelta(days=n)).isoformat()
    except (OverflowError, ValueError):  # before year 1 or after 9999
        return None
    return None


# ---------------------------------------------------------------- rules: calendar dates

R_ISO = rx(rf"{EDGE}(\d{{4}})-(\d{{2}})-(\d{{2}}){END}")
R_DOTTED = rx(rf"{EDGE}(\d{{1,2}})\.(\d{{1,2}})\.({YEAR}){END}")
R_SLASHED = rx(rf"{EDGE}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}){END}")


def on_iso(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    value = ymd(int(m[1]), int(m[2]), int(m[3]))
    return one(m, value) if value else None


def on_dotted(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """6.07.1994 is day.month.year (the European order)."""
    value = ymd(int(m[3]), int(m[2]), int(m[1]))
    return one(m, value) if value else None


def on_slashed(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """3/15/2024 is month/day/year unless the first number cannot be a month."""
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    value = ymd(y, a, b) if a <= 12 else ymd(y, b, a)
    return one(m, value) if value else None


# "Friday, Oct. 23, 1998", "May 6, 1998", "Aug. 9", "March 14th"
R_MONTH_DAY = rx(
    rf"(?P<t>(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH_D})\s+(?P<day>{DAY})"
    rf"(?:,?\s+(?P<year>{YEAR}))?){END}"
)
# "16 December 1991", "1 March", "Monday, 1 March", "the 14th of March 2024"
R_DAY_MONTH = rx(
    rf"(?P<t>(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?{EDGE}(?P<day>{DAY})(?:\s+of)?\s+"
    rf"(?P<mon>{MONTH_D})(?:,?\s+(?P<year>{YEAR}))?){END}"
)
# "14–15 March 2024" -> "14" and "15 March 2024"
R_DAY_RANGE_MONTH = rx(
    rf"{EDGE}(?P<d1>{DAY}){DASH}(?P<t2>(?P<d2>{DAY})\s+(?P<mon>{MONTH_D})"
    rf"(?:,?\s+(?P<year>{YEAR}))?){END}"
)
# "March 14–15, 2024" -> "March 14" and "15, 2024"
R_MONTH_DAY_RANGE = rx(
    rf"(?P<t1>(?P<mon>{MONTH_D})\s+(?P<d1>{DAY})){DASH}(?P<t2>(?P<d2>{DAY})"
    rf"(?:,?\s+(?P<year>{YEAR}))?){END}"
)
# "January 1993", "Feb. 1998", "June of 2020"
R_MONTH_YEAR = rx(
    rf"(?P<t>(?P<mon>{MONTH_D})(?:\s+of)?,?\s+(?P<year>{YEAR}|{SPOKEN_YEAR}(?![\w-]))){END}"
)
# "December", "early September", "mid-November", "the end of March", "last April"
R_MONTH = rx(
    rf"(?P<t>(?P<mod>(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|early\s+|late\s+"
    rf"|mid-?\s*|(?P<rel>last|this|next|past|coming)\s+))?(?P<mon>{MONTH})"
    rf"(?P<tail>\s+(?i:(?:of\s+)?(?:this|last|next)\s+year))?)(?![\w-])"
)


# "January-May 2025", "in September-October": one item per month, both in the
# range's year (the first a year earlier when it comes later in the calendar).
R_MONTH_RANGE = rx(
    rf"(?<![\w-])(?P<t1>(?P<m1>{_MONTH_FULL}))[-–](?P<t2>(?P<m2>{_MONTH_FULL})"
    rf"(?:,?\s+(?P<year>{YEAR}))?)(?![\w-])"
)


def on_month_range(m: re.Match[str], ctx: Context) -> list[Candidate]:
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if m["year"]:
        year = int(m["year"])
    else:
        start, end = m.span("t2")
        year = pick_year_for_month(m2, None, ctx.pub, ctx.direction(start, end))
    y1 = year - 1 if m1 > m2 else year
    return [
        Candidate(*m.span("t1"), f"{y1:04d}-{m1:02d}", period=f"{year:04d}"),
        Candidate(*m.span("t2"), f"{year:04d}-{m2:02d}", period=f"{year:04d}"),
    ]


# "the week of March 6": the ISO week holding that day
R_WEEK_OF = rx(
    rf"(?P<t>(?i:the\s+week\s+of)\s+(?P<mon>{MONTH_D})\s+(?P<day>{DAY})"
    rf"(?:,?\s+(?P<year>{YEAR}))?){END}"
)


def on_week_of(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    start, end = span_of(m)
    value = resolve_month_day(
        ctx, month_number(m["mon"]), day_number(m["day"]), m["year"], start, end
    )
    return one(m, iso_week(date.fromisoformat(value))) if value else None


def resolve_month_day(
    ctx: Context, month: int, day: int | None, year: str | None, start: int, end: int
) -> str | None:
    if year:
        y = int(year)
    else:
        y = pick_year_for_month(month, day, ctx.pub, ctx.direction(start, end))
    if day is None:
        return f"{y:04d}-{month:02d}"
    return ymd(y, month, day)


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def on_month_day(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    if m["mon"] == "May" and not m["year"] and not m["wd"] and _may_is_modal(m, ctx):
        return None
    start, end = span_of(m)
    month, day, year = month_number(m["mon"]), day_number(m["day"]), m["year"]
    if m["wd"] and not year:
        found = year_of_weekday_date(month, day, WEEKDAYS[m["wd"].lower()], ctx.pub)
        year = str(found) if found else None
    value = resolve_month_day(ctx, month, day, year, start, end)
    return one(m, value) if value else None


def _may_is_modal(m: re.Match[str], ctx: Context) -> bool:
    """'May 6' is a date but 'May 10 people come' hardly ever is; a month
    name 'May' followed by a day number is trusted unless spaCy calls it a modal."""
    span = ctx.doc.char_span(m.start("mon"), m.end("mon"), alignment_mode="expand")
    return span is not None and span[0].tag_ == "MD"


def on_day_range(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    month = month_number(m["mon"])
    start, end = m.span("t2")
    v1 = resolve_month_day(ctx, month, day_number(m["d1"]), m["year"], start, end)
    v2 = resolve_month_day(ctx, month, day_number(m["d2"]), m["year"], start, end)
    if not v1 or not v2:
        return None
    first = m.span("t1") if "t1" in m.re.groupindex else m.span("d1")
    return [Candidate(*first, v1), Candidate(start, end, v2)]


def on_month_year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return one(m, f"{year_number(m['year']):04d}-{month_number(m['mon']):02d}")


def year_number(text: str) -> int:
    """'1994' -> 1994, 'nineteen ninety-four' -> 1994, 'two thousand and one' -> 2001."""
    if text.isdigit():
        return int(text)
    words = text.lower().replace("-", " ").split()
    if words[0] == "two" and words[1] == "thousand":
        return 2000 + int(words_to_number(" ".join(words[2:])) or 0)
    century = 19 if words[0] == "nineteen" else 20
    rest = [w for w in words[1:] if w != "oh"]
    return century * 100 + int(words_to_number(" ".join(rest)) or 0)


def on_month(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    name = m["mon"]
    if re.match(r"\s+(?:of\s+the|for)\s+[A-Z]", ctx.text[m.end() : m.end() + 12]):
        return None  # "the March for Life", "the March of the Mothers" are events
    if name == "May" and not m["mod"]:
        return None  # too often the modal verb; "in May" is covered below
    month = month_number(name)
    rel = (m["rel"] or "").lower()
    tail = (m["tail"] or "").lower()
    if "last year" in tail:
        year = ctx.pub.year - 1
    elif "next year" in tail:
        year = ctx.pub.year + 1
    elif "this year" in tail:
        year = ctx.pub.year
    elif rel in ("last", "past"):
        year = ctx.pub.year if month < ctx.pub.month else ctx.pub.year - 1
    elif rel in ("next", "coming"):
        year = ctx.pub.year if month > ctx.pub.month else ctx.pub.year + 1
    elif rel == "this":
        year = ctx.pub.year
    else:
        start, end = span_of(m)
        year = pick_year_for_month(month, None, ctx.pub, ctx.direction(start, end))
    return one(m, f"{year:04d}-{month:02d}")


R_IN_MAY = rx(
    r"(?i:\b(?:in|since|until|till|by|during|of|early|late|mid-?)\s+)(?P<t>May)\b(?!\s+\d)"
)


def on_in_may(m: re.Match[str], ctx: Context) -> list[Candidate]:
    start, end = span_of(m)
    return one(m, f"{pick_year_for_month(5, None, ctx.pub, ctx.direction(start, end)):04d}-05")


# ---------------------------------------------------------------- rules: years, decades, centuries

R_YEAR = rx(
    rf"(?P<t>(?P<mod>(?i:(?:the\s+)?(?:end|beginning|start|middle|spring|summer|autumn|fall|winter"
    rf"|first\s+half|second\s+half|latter\s+half|last\s+half)\s+of\s+|early\s+|late\s+|mid-?\s*"
    rf"|fiscal\s+(?:year\s+)?|the\s+year\s+|post-|pre-)|{EDGE})(?P<year>{YEAR}))"
    rf"(?![\w%]|[.,]\d|-\d|\s*(?:percent|per\s+cent)\b)"
)
_NOT_A_YEAR_BEFORE = rx(
    r"(?i:\b(?:no|nos|number|school|page|p|pp|item|article|room|flight|route"
    r"|model|code|resolution|decree|order|law|tel|id|#|№)\.?\s*)$"
)
_COUNT_HEADS = frozenset({"NNS"})


def on_year(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """A four-digit number is a year unless it is labelled as a number
    ("School No. 1991") or counts something ("1500 people")."""
    start, end = span_of(m)
    if not m["mod"] and _NOT_A_YEAR_BEFORE.search(ctx.text, max(0, start - 20), m.start("year")):
        return None
    after_the = ctx.text[max(0, start - 4) : start].lower() == "the "
    if not m["mod"] and not after_the and _counts_something(ctx, m.start("year"), m.end("year")):
        return None
    year = m["year"]
    mod = (m["mod"] or "").lower()
    if "half" in mod:
        return one(m, f"{year}-H{1 if 'first' in mod else 2}")
    for season, code in SEASONS.items():
        if mod.startswith(("the " + season, season)):
            return one(m, f"{year}-{code}")
    return one(m, year)


def _counts_something(ctx: Context, start: int, end: int) -> bool:
    """'1500 students': the number is followed by a plural common noun."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(ctx.doc):
        return False
    nxt = ctx.doc[span.end]
    return nxt.tag_ in _COUNT_HEADS and nxt.lower_ not in _TIME_PLURALS


_TIME_PLURALS = words("time_plurals.txt")


R_SPOKEN_YEAR = rx(
    rf"(?i:\b(?P<t>(?:the\s+year\s+)?(?P<y>(?:nineteen|twenty)[\s-]+(?:{_TENS}(?:[\s-]{_ONES})?"
    rf"|{_TEENS}|oh[\s-]{_ONES}))|the\s+year\s+(?P<y2>two\s+thousand(?:\s+(?:and\s+)?{_ONES})?))"
    r"(?![\w-]|\s+(?:[a-z]+\s+)?(?:years?|percent|people|dollars|million|billion)\b))"
)


def on_spoken_year(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'nineteen ninety-one' and 'the year two thousand' in broadcast transcripts;
    'two thousand' alone stays a number."""
    return one(m, str(year_number(m["y"] or m["y2"])))


# year ranges "2021-2025" are read as two years by R_YEAR (the hyphen is allowed on the left)
R_YEAR_RANGE = rx(rf"{EDGE}(?P<y1>{YEAR})[-–—](?P<y2>{YEAR}|\d\d){END}")


def on_year_range(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    y1 = m["y1"]
    y2 = m["y2"] if len(m["y2"]) == 4 else y1[:2] + m["y2"]
    if int(y2) <= int(y1):
        return None
    return [Candidate(*m.span("y1"), y1), Candidate(*m.span("y2"), y2)]


@cache
def _split_year_nouns() -> str:
    return "|".join(entries("split_year_nouns.txt"))


# Fiscal and split years: "FY 2024-25", "2025–26", "the 2025/26 marketing year",
# "FY2025", "2024/2025": FY and the year in which the period ends. "2021-2025"
# (four digits after a dash) stays a range of two years.
R_FISCAL = rx(
    rf"(?P<t>(?:(?i:the)\s+(?=(?:FY\s?)?{YEAR}[-–/]\d+\s+(?i:{_split_year_nouns()})\s))?"
    rf"{EDGE}(?:FY\s?)?(?P<y1>{YEAR})(?:[-–](?P<y2>\d\d)|/(?P<y3>\d\d|{YEAR}))"
    rf"(?:\s+(?i:{_split_year_nouns()})\s+(?i:year|season))?|\bFY\s?(?P<y0>{YEAR})){END}"
)


def on_fiscal(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    if m["y0"]:
        return one(m, f"FY{m['y0']}")
    y1 = int(m["y1"])
    tail = m["y2"] or m["y3"]
    end = int(tail) if len(tail) == 4 else int(str(y1)[:2] + tail)
    if end != y1 + 1:
        return None  # "2019-21" is no fiscal year
    return one(m, f"FY{end}")


R_DECADE = rx(
    r"(?P<t>(?i:(?:the\s+)?(?:(?:early|late|mid-?)\s*)?)"
    r"(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|(?i:(?P<w>twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties))))\b"
)


def on_decade(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    start, end = span_of(m)
    if m["w"] and not ctx.text[start:end].lower().startswith(("the", "early", "late", "mid")):
        return None  # "in his forties" is an age
    if m["c"]:
        century, decade = m["c"], m["d"]
    else:
        century = "19"
        decade = m["d2"] or str(DECADE_WORDS[m["w"].lower()])
    return one(m, f"{century}{decade}X")


R_CENTURY = rx(
    r"(?i:(?P<t>(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|twenty[-\s]first))[-\s]centur(?:y|ies))\b)"
)


def on_century(m: re.Match[str], ctx: Context) -> list[Candidate]:
    n = int(m["n"]) if m["n"] else parse_ordinal(m["w"])
    return one(m, f"{n - 1:02d}")


# "this century", "by the middle of the century", "mid-century": the current one
# ("the deal of the century" is no date: a bare "the century" needs its modifier).
R_CENTURY_NOW = rx(
    r"(?i:(?P<t>(?:the\s+)?(?:end|middle|beginning|start|first\s+half|second\s+half)\s+of\s+"
    r"(?:this|the\s+current|the)\s+century|(?:this|the\s+current)\s+century"
    r"|(?:the\s+)?mid-century)\b)"
)


def on_century_now(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return one(m, f"{ctx.pub.year // 100:02d}")


# ---------------------------------------------------------------- rules: quarters, halves, seasons

_REL_YEAR = r"(?:this|last|next|the\s+current|the\s+previous|the\s+past|the\s+same)\s+year"
R_QUARTER = rx(
    rf"(?i:(?P<t>(?:(?:the|a|its|this\s+year's|last\s+year's|next\s+year's|(?P<y0>{YEAR})'s)\s+)?"
    r"(?:(?P<y1>" + YEAR + r")\s+)?(?:fiscal[-\s]+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s]+(?P<kind>quarter|half)"
    rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(?P<y2>{YEAR})|(?P<rel>{_REL_YEAR})|the\s+year))?)\b)"
    r"(?!\s+(?:of\s+)?(?:a|the)\s+century|\s+century)"
)


def on_quarter(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    kind = m["kind"].lower()
    letter, count = ("Q", 4) if kind == "quarter" else ("H", 2)
    ordinal = m["ord"].lower()
    n = count if ordinal in ("final", "last") else parse_ordinal(ordinal)
    if n > count:
        return None
    prefix = ctx.text[m.start("t") : m.start("ord")].lower()
    year_text = m["y0"] or m["y1"] or m["y2"]
    if year_text:
        year = int(year_text)
    elif m["rel"] or "year's" in prefix:
        rel = (m["rel"] or prefix).lower()
        year = ctx.pub.year + (
            -1 if "last" in rel or "previous" in rel or "past" in rel else 1 if "next" in rel else 0
        )
        if "same" in rel:
            year = ctx.pub.year - 1
    elif letter == "Q":
        start, end = span_of(m)
        year = pick_quarter_year(n, ctx.pub, ctx.direction(start, end))
    else:
        half = 1 if ctx.pub.month <= 6 else 2
        year = ctx.pub.year if n <= half else ctx.pub.year - 1
    start, end = span_of(m)
    if "-" in ctx.text[m.start("ord") : m.end("kind")] and not (m["y0"] or m["y1"]):
        start = m.start("ord")  # "its third-quarter profit": the quarter alone
    return [Candidate(start, end, f"{year}-{letter}{n}")]


# "Q1 2025", "2025 Q1", "H2 2024", "Q3-2024": quarters and halves written as codes.
R_QUARTER_CODE = rx(
    rf"{EDGE}(?P<t>(?P<k1>[QH])(?P<n1>[1-4])[\s-]?(?P<y1>{YEAR})"
    rf"|(?P<y2>{YEAR})[\s-]?(?P<k2>[QH])(?P<n2>[1-4])){END}"
)


def on_quarter_code(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    kind, n, year = m["k1"] or m["k2"], int(m["n1"] or m["n2"]), m["y1"] or m["y2"]
    if kind == "H" and n > 2:
        return None
    return one(m, f"{year}-{kind}{n}")


R_THE_QUARTER = rx(
    r"(?i:\b(?P<t>(?:the|this|last|next|that)\s+(?:(?P<mod>latest|current|past|previous|recent"
    r"|most\s+recent|same)\s+)?quarter|the\s+latest\s+period)\b)"
    r"(?!\s+(?:of\s+(?:a|the)\s+)?century|\s+of\b)"
)


def on_the_quarter(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """'the quarter' in a business text is the last closed quarter."""
    words = ctx.text[m.start("t") : m.end("t")].lower().split()
    q, y = quarter_of(ctx.pub), ctx.pub.year
    if words[0] == "next":
        q, y = (1, y + 1) if q == 4 else (q + 1, y)
    elif words[0] == "this" or "current" in words:
        pass
    elif "same" in words:
        return None
    else:
        q, y = (4, y - 1) if q == 1 else (q - 1, y)
    return one(m, f"{y}-Q{q}")


R_SEASON = rx(
    r"(?i:(?P<t>(?:(?P<rel>this|last|next|the\s+coming|the\s+past|the)\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?P<s>spring|summer|autumn|winter|fall))\b)"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR}(?![\w-]))"
    r"|\s+(?:of\s+)?(?P<yrel>(?i:this|last|next|the\s+current|the\s+previous|the\s+following))"
    r"\s+year\b)?"
)
SEASON_YEAR_SHIFT = {"last": -1, "the previous": -1, "next": 1, "the following": 1}


def on_season(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    season = m["s"].lower()
    rel = (m["rel"] or "").lower()
    if m["y"]:  # "spring 2025", "the autumn of 1998"
        start, end = m.start("t"), m.end("y")
        return [Candidate(start, end, f"{year_number(m['y'])}-{SEASONS[season]}")]
    if m["yrel"]:  # "summer next year", "the autumn of this year"
        shift = SEASON_YEAR_SHIFT.get(" ".join(m["yrel"].lower().split()), 0)
        return [Candidate(m.start("t"), m.end(), f"{ctx.pub.year + shift}-{SEASONS[season]}")]
    if not rel or (season == "fall" and rel == "the"):
        if season == "fall" or not re.search(
            r"(?i:\b(?:in|during|this|since|until|by))\s+$",
            ctx.text[max(0, m.start() - 10) : m.start()],
        ):
            return None
    code = SEASONS[season]
    year = ctx.pub.year
    if rel == "last" or "past" in rel:
        year -= 1
    elif rel == "next":
        year += 1
    elif rel in ("", "the"):
        start, end = span_of(m)
        direction = ctx.direction(start, end)
        month = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
        year = pick_year_for_month(month, None, ctx.pub, direction)
    return one(m, f"{year}-{code}")


# ---------------------------------------------------------------- rules: relative dates

R_REL_UNIT = rx(
    r"(?i:(?P<t>(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|first\s+half"
    r"|second\s+half)\s+of\s+|(?:earlier|later|early|late|mid-?)\s*)?"
    r"(?P<rel>this|last|next|the\s+current|the\s+following|the\s+previous|the\s+coming)\s+"
    r"(?P<unit>year|month|week|weekend))\b)(?!-)"
)


def on_rel_unit(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    rel = m["rel"].lower().split()[-1]
    step = {
        "this": 0,
        "current": 0,
        "last": -1,
        "previous": -1,
        "next": 1,
        "following": 1,
        "coming": 1,
    }[rel]
    unit = m["unit"].lower()
    mod = (m["mod"] or "").lower()
    pub = ctx.pub
    if rel in ("following", "previous") and unit in ("year", "month") and not mod:
        return one(m, f"@SHIFT {unit} {step}")  # from the date told before, see resolve_anaphora
    if unit == "year":
        value = str(pub.year + step)
        if "half" in mod:
            value += "-H1" if "first" in mod else "-H2"
    elif unit == "month":
        value = month_value(add_months(pub, step))
    elif unit == "week":
        value = iso_week(pub + timedelta(weeks=step))
    else:
        value = iso_week(pub + timedelta(weeks=step)) + "-WE"
    return one(m, value)


R_THE_YEAR_PART = rx(
    r"(?i:\b(?P<t>the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+the\s+"
    r"(?P<unit>year|month|week))\b)"
)


def on_the_year_part(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'the beginning of the year' is the current one."""
    unit = m["unit"].lower()
    mod = ctx.text[m.start("t") : m.end("t")].lower()
    if unit == "year":
        value = str(ctx.pub.year)
        if "half" in mod:
            value += "-H1" if "first" in mod else "-H2"
    elif unit == "month":
        value = month_value(ctx.pub)
    else:
        value = iso_week(ctx.pub)
    return one(m, value)


R_DAY_WORD = rx(
    r"(?i:\b(?P<t>(?:(?:early|late)\s+)?(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon"
    r"|evening|night))?)(?:'s)?\b)"
)


def on_day_word(m: re.Match[str], ctx: Context) -> list[Candidate]:
    word = m["w"].lower()
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    day = (ctx.pub + timedelta(days=shift)).isoformat()
    part = (m["part"] or "").lower() or ("night" if word == "tonight" else "")
    if part:
        return one(m, f"{day}T{PARTS_OF_DAY[part]}", "TIME")
    return one(m, day)


R_WEEKEND = rx(r"(?i:\b(?P<t>the\s+weekend))\b")


def on_weekend(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'the weekend' is the last one before publication, or the next one
    for the future tense."""
    start, end = span_of(m)
    saturday = pick_weekday(5, ctx.pub, ctx.direction(start, end, weekday=True))
    return one(m, iso_week(saturday) + "-WE")


R_THIS_PART = rx(r"(?i:\b(?P<t>this\s+(?P<part>morning|afternoon|evening)))\b")


def on_this_part(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return one(m, f"{ctx.pub.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}", "TIME")


R_WEEKDAY = rx(
    rf"(?P<t>(?:(?i:(?P<rel>last|next|this|this\s+coming|the\s+previous|the\s+following|early"
    rf"|late))\s+)?(?P<wd>{WEEKDAY})"
    r"(?:\s+(?i:(?P<part>morning|afternoon|evening|night)))?)\b"
)


def on_weekday(m: re.Match[str], ctx: Context) -> list[Candidate]:
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("last", "the previous"):
        day = pick_weekday(weekday, ctx.pub - timedelta(days=1), -1)
    elif rel in ("next", "this coming", "the following"):
        day = pick_weekday(weekday, ctx.pub, 1)
    elif not rel and ctx.text.startswith("'s", m.end()):
        day = pick_weekday(weekday, ctx.pub, -1)  # "Friday's edition" has appeared (maybe today)
    else:
        start, end = span_of(m)
        day = pick_weekday(weekday, ctx.pub, ctx.direction(start, end, weekday=True))
    if m["part"]:
        return one(m, f"{day.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}", "TIME")
    return one(m, day.isoformat())


R_AGO = rx(
    rf"(?i:\b(?P<t>(?:{QUALIFIER}\s+)?(?P<num>{NUMBER}|a\s+quarter\s+of\s+an?|half\s+an?)"
    rf"[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|before|later|after|from\s+now)))\b"
)


def on_ago(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """'25 years ago' -> 1998, 'a quarter of a century ago' -> 25 years ago,
    'a year earlier' -> the year before (or the period before, see `resolve`)."""
    num_text = m["num"].lower()
    direction = m["dir"].lower()
    if direction in ("before", "after"):
        return None  # "two days before the vote" is anchored to an event, not a date
    if num_text.startswith("a quarter"):
        number: float | None = 0.25
    elif num_text.startswith("half"):
        number = 0.5
    else:
        number = number_value(num_text)
    if number is None:
        return one(m, "PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF")
    unit = m["unit"].lower().rstrip("s")
    if direction in ("later", "from now"):
        number = -number
    if direction in ("earlier", "ago") and number == 1 and unit == "year":
        return one(m, "@YEAR_EARLIER")
    if UNITS[unit][0] not in _CALENDAR_LETTERS:
        return None  # "an hour later" is a time of a day the text does not name
    value = shifted(ctx.pub, number, unit)
    if value is None:  # beyond the calendar: "5000 years ago" is still in the past
        return one(m, "PAST_REF" if number > 0 else "FUTURE_REF")
    return one(m, value)


_CALENDAR_LETTERS = frozenset("YMQWD")


R_IN_FUTURE = rx(rf"(?i:\b(?P<t>in\s+(?P<num>{NUMBER})\s+(?P<unit>years?|months?|weeks?|days?)))\b")


def on_in_future(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """'will come in two months' is a date; 'grew in two months' is a duration."""
    start, end = span_of(m)
    number = number_value(m["num"])
    if number is None or ctx.direction(start, end) <= 0:
        return None
    value = shifted(ctx.pub, -number, m["unit"])
    return one(m, value) if value else None


R_SAME_PERIOD = rx(
    r"(?i:\b(?P<t>(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter|month|months"
    r"|time)\s+(?:of\s+)?(?:last|the\s+previous|a|the\s+prior)\s+year|(?:the\s+)?(?:comparable\s+)?"
    r"(?:year-earlier|year-ago|prior-year|year\s+earlier)(?:\s+(?:period|quarter|third\s+quarter"
    r"|second\s+quarter|first\s+quarter|fourth\s+quarter))?)\b)"
)


def on_same_period(m: re.Match[str], ctx: Context) -> list[Candidate]:
    # "the year-earlier period" names a period: the one told before, however far
    named = _PERIOD_NOUN.search(m["t"]) is not None
    return one(m, "@YEAR_EARLIER PERIOD" if named else "@YEAR_EARLIER")


_PERIOD_NOUN = re.compile(r"(?i)\b(?:period|quarter|months?)$")

# "the 1988 quarter", "the 1989 period", "last year's quarter": the period told
# before (a quarter, a half, a month range), in the year named
R_YEAR_PERIOD = rx(
    r"(?i:\b(?P<t>the\s+(?P<y>1\d{3}|20\d{2})\s+(?:period|quarter)"
    r"|(?P<rel>last|this|next)\s+year(?:'s|’s)\s+(?:period|quarter)))\b"
)


def on_year_period(m: re.Match[str], ctx: Context) -> list[Candidate]:
    if m["y"]:
        year = int(m["y"])
    else:
        year = ctx.pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    return one(m, f"@IN_YEAR {year:04d}")


# ---------------------------------------------------------------- rules: durations

R_DURATION = rx(
    rf"(?i:\b(?P<t>(?:{QUALIFIER}\s+(?!the\b|these\b|those\b|its\b|their\b|our\b))?"
    r"(?:(?:the|these|those|its|their|our|a)\s+)?"
    r"(?:(?P<mod>past|last|next|coming|first|following|previous|final|latest|initial|remaining"
    r"|recent|upcoming)\s+)?"
    rf"(?P<num>{NUMBER})(?P<sep>[\s-]+)(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?)(?P<of>\s+of\s+(?:this|last|the)\s+year"
    rf"|\s+of\s+{YEAR})?)(?![\w-]|-old|\s+old\b)"
)
R_DURATION_SINGLE = rx(
    r"(?i:\b(?P<t>(?:the|these|those)\s+(?:past|last|previous|next|coming|following)\s+"
    r"(?P<unit>decade|century|year|month|week|quarter\s+century|quarter\s+of\s+a\s+century))\b)"
)
R_QUARTER_CENTURY = rx(
    r"(?i:\b(?P<t>(?:(?:a|the)\s+)?(?:quarter|half)(?:\s+of)?\s+an?\s+century"
    r"|(?:a|the)\s+quarter[-\s]century))\b"
)
R_FOR_PLURAL = rx(r"(?i:\bfor\s+(?P<t>years|decades|months|weeks|centuries)\b)")
R_RECENT = rx(
    r"(?i:\b(?P<t>(?P<w>recent|the\s+coming|coming|the\s+next\s+few|the\s+past\s+few)"
    r"\s+(?P<unit>days|weeks|months|years|decades))\b)"
)


def on_duration(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    num_text = m["num"].lower()
    unit = m["unit"].lower()
    if num_text in ("a", "an") and unit.endswith("s"):
        return None
    if unit.startswith("quarter") and (num_text in ("a", "an") or "-" in m["sep"]):
        return None  # "a quarter", "three-quarters" are fractions, not lengths
    number = number_value(num_text)
    if number is None and num_text not in VAGUE_NUMBERS:
        return None
    if number is not None and number > 1000:
        return None
    start, end = span_of(m)
    if num_text in ("a", "an") and _is_rate(ctx, start):
        return one(m, duration_value(1, unit), "SET")
    if m["half"]:
        number = (number or 0) + 0.5
    if m["of"]:
        end = m.end("of")
    adjectival = "-" in m["sep"] or (not unit.endswith("s") and number not in (None, 1))
    if adjectival and not m["mod"]:
        start = m.start("num")  # "a five-year plan": the article belongs to the plan
    return [Candidate(start, end, duration_value(number, unit), "DURATION")]


def _is_rate(ctx: Context, start: int) -> bool:
    """'1.2 million tonnes a year', 'twice a month': the article means 'per'."""
    before = ctx.text[max(0, start - 40) : start]
    return bool(
        re.search(
            r"(?i:\b(?:once|twice|thrice|times|tonnes|tons|people|units|cars"
            r"|barrels|visitors|passengers|percent|dollars|tenge|\d[\d,.]*\s*%?"
            r"|million|billion|thousand|hundred)\s*)$",
            before,
        )
    )


def on_duration_single(m: re.Match[str], ctx: Context) -> list[Candidate]:
    unit = " ".join(m["unit"].lower().split())
    if "quarter" in unit:
        return one(m, "P25Y", "DURATION")
    return one(m, duration_value(1, unit), "DURATION")


def on_quarter_century(m: re.Match[str], ctx: Context) -> list[Candidate]:
    text = ctx.text[m.start("t") : m.end("t")].lower()
    return one(m, "P50Y" if "half" in text else "P25Y", "DURATION")


def on_for_plural(m: re.Match[str], ctx: Context) -> list[Candidate]:
    return one(m, duration_value(None, m["t"]), "DURATION")


def on_recent(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'recent years', 'the coming weeks' are vague lengths (PXY, PXW), as
    HeidelTime and most TimeBank annotators read them."""
    return one(m, duration_value(None, m["unit"]), "DURATION")


# ---------------------------------------------------------------- rules: sets and references

SET_WORDS = mapping("set_words.tsv")
R_SET_WORD = rx(rf"(?i:\b(?P<t>{'|'.join(SET_WORDS)}))\b")


def on_set_word(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    word = m["t"].lower()
    if word == "quarterly":
        span = ctx.doc.char_span(*m.span("t"), alignment_mode="expand")
        if span is not None and span[0].pos_ == "ADJ":
            return None  # "a quarterly dividend" describes the dividend
    return one(m, SET_WORDS[word], "SET")


R_EVERY = rx(
    rf"(?i:\b(?P<t>(?:every|each|per)\s+(?:(?P<num>{NUMBER}|other)\s+)?(?P<unit>year|month|week|day"
    r"|decade|quarter|hour|years|months|weeks|days|decades|quarters|hours|annum))\b)"
)


def on_every(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    unit = m["unit"].lower()
    if unit == "annum":
        return one(m, "P1Y", "SET")
    num = (m["num"] or "").lower()
    number = 2.0 if num == "other" else number_value(num) if num else 1.0
    if number is None:
        return None
    return one(m, duration_value(number, unit), "SET")


R_REF = rx(
    r"(?i:\b(?P<t>now|right\s+now|currently|nowadays|at\s+present|at\s+the\s+moment|recently"
    r"|(?:(?<=\bin\s)|(?<=\binto\s))the\s+(?:near\s+|distant\s+|foreseeable\s+)?(?:future|past))\b)"
    r"(?![-'])"
)


def on_ref(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """'now', 'currently', 'recently', 'in the future' (not 'the future of our
    people'). 'soon' and 'previously' are left out: annotators rarely mark them."""
    word = " ".join(m["t"].lower().split())
    if word.endswith("future"):
        return one(m, "FUTURE_REF")
    if word in ("recently", "lately") or word.endswith("past"):
        return one(m, "PAST_REF")
    return one(m, "PRESENT_REF")


R_CLOCK = rx(
    r"\b(?P<t>(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ap>[ap]\.m\.?|[ap]m\b|[AP]M\b)"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?!\d))"
)


def on_clock(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    if m["h2"]:
        hour, minute = int(m["h2"]), int(m["min2"])
    else:
        hour, minute = int(m["h"]) % 12, int(m["min"] or 0)
        if m["ap"].lower().startswith("p"):
            hour += 12
    start, end = span_of(m)
    if ctx.text[start:end].endswith(".") and re.match(r"\s+[A-Z]", ctx.text[end : end + 2]):
        end -= 1  # "at 10 a.m. The ..." - the full stop ends the sentence
    return [Candidate(start, end, f"{ctx.pub.isoformat()}T{hour:02d}:{minute:02d}", "TIME")]


RULES: list[tuple[re.Pattern[str], Handler]] = [
    (R_ISO, on_iso),
    (R_DOTTED, on_dotted),
    (R_SLASHED, on_slashed),
    (R_MONTH_DAY, on_month_day),
    (R_DAY_MONTH, on_month_day),
    (R_DAY_RANGE_MONTH, on_day_range),
    (R_MONTH_DAY_RANGE, on_day_range),
    (R_MONTH_RANGE, on_month_range),
    (R_MONTH_YEAR, on_month_year),
    (R_WEEK_OF, on_week_of),
    (R_MONTH, on_month),
    (R_IN_MAY, on_in_may),
    (R_YEAR, on_year),
    (R_SPOKEN_YEAR, on_spoken_year),
    (R_FISCAL, on_fiscal),
    (R_YEAR_RANGE, on_year_range),
    (R_DECADE, on_decade),
    (R_CENTURY, on_century),
    (R_CENTURY_NOW, on_century_now),
    (R_QUARTER, on_quarter),
    (R_QUARTER_CODE, on_quarter_code),
    (R_THE_QUARTER, on_the_quarter),
    (R_SEASON, on_season),
    (R_REL_UNIT, on_rel_unit),
    (R_THE_YEAR_PART, on_the_year_part),
    (R_DAY_WORD, on_day_word),
    (R_THIS_PART, on_this_part),
    (R_WEEKEND, on_weekend),
    (R_WEEKDAY, on_weekday),
    (R_AGO, on_ago),
    (R_IN_FUTURE, on_in_future),
    (R_SAME_PERIOD, on_same_period),
    (R_YEAR_PERIOD, on_year_period),
    (R_DURATION, on_duration),
    (R_DURATION_SINGLE, on_duration_single),
    (R_QUARTER_CENTURY, on_quarter_century),
    (R_FOR_PLURAL, on_for_plural),
    (R_RECENT, on_recent),
    (R_SET_WORD, on_set_word),
    (R_EVERY, on_every),
    (R_REF, on_ref),
    (R_CLOCK, on_clock),
]

# ---------------------------------------------------------------- assembly


def find_candidates(doc: Doc, published: date) -> list[Candidate]:
    """All rule matches, overlaps settled longest first (then leftmost,
    then rule order)."""
    ctx = Context(doc, published)
    found = [
        cand
        for pattern, handler in RULES
        for m in pattern.finditer(ctx.text)
        for cand in handler(m, ctx) or ()
        if cand.end > cand.start
    ]
    # the sort is stable: among equals, the earlier rule wins
    return disjoint(found, lambda c: (c.start - c.end, c.start))


_PERIOD = re.compile(r"^\d{4}-(?:Q[1-4]|H[12]|\d{2})$")


_DATED = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")


def _shift_from(anchor: str, unit: str, step: int) -> str:
    """'the following year' after 'May 22, 1995' is 1996: the story's own time,
    not the publication date (HeidelTime's reference time for narratives)."""
    if unit == "year":
        return str(int(anchor[:4]) + step)
    if len(anchor) < 7:
        return anchor[:4]  # a month after "1995" is somewhere in 1995
    return month_value(add_months(date(int(anchor[:4]), int(anchor[5:7]), 1), step))


def resolve_anaphora(cands: list[Candidate], published: date) -> None:
    """'the same period last year' / 'a year earlier' take the period named
    just before (within a few sentences) one year back; else the previous year."""
    last_period: tuple[int, str] | None = None
    last_dated = published.isoformat()
    for cand in cands:
        if cand.value.startswith("@SHIFT"):
            _, unit, step = cand.value.split()
            cand.value = _shift_from(last_dated, unit, int(step))
        if cand.type == "DATE" and _DATED.match(cand.value):
            last_dated = cand.value
        if cand.value.startswith("@YEAR_EARLIER"):
            named = cand.value.endswith("PERIOD")
            if last_period and (named or cand.start - last_period[0] < 400):
                cand.value = shift_value(last_period[1], -1)
            else:
                cand.value = str(published.year - 1)
        elif cand.value.startswith("@IN_YEAR"):
            year = cand.value.split()[1]
            cand.value = year + last_period[1][4:] if last_period else year
        elif cand.type == "DATE" and _PERIOD.match(cand.value):
            last_period = (cand.end, cand.period or cand.value)


# How far from its publication a release's resolved date may lie: further back
# than two millennia or ahead than two centuries, the calendar date is a
# misreading or beyond what the dates table holds, and only the direction is kept
# ("5000 years ago" is PAST_REF).
HORIZON_BACK, HORIZON_AHEAD = 2000, 200


def _within_horizon(start: date, end: date | None, published: date) -> bool:
    first, last = published.year - HORIZON_BACK, published.year + HORIZON_AHEAD
    return first <= start.year and (end or start).year <= last


_CLOCK_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})$")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# between a clock time and the day after it: a time zone, "on" ("9 a.m. EST Tuesday")
_CLOCK_THEN_DAY = re.compile(r"^\.?\s*(?:[A-Z]{2,4}\s+|local\s+time\s+)?(?:on\s+)?$")
# between a day and the clock time after it ("Tuesday at 9 a.m.", "May 5, at 10:00")
_DAY_THEN_CLOCK = re.compile(r"^\s*,?\s*(?:at\s+)?$")


def join_clock_and_day(cands: list[Candidate], text: str) -> list[Candidate]:
    """A clock time next to the day it falls on is one time of that day: "9 a.m.
    Tuesday" is Tuesday at 09:00, not the publication day's 9 a.m. and a Tuesday."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None:
            gap = text[prev.end : cand.start]
            clock, day = (prev, cand) if _CLOCK_VALUE.match(prev.value) else (cand, prev)
            joined = (
                prev.type != cand.type
                and (match := _CLOCK_VALUE.match(clock.value)) is not None
                and clock.type == "TIME"
                and day.type == "DATE"
                and _DAY_VALUE.match(day.value)
                and (_CLOCK_THEN_DAY if clock is prev else _DAY_THEN_CLOCK).match(gap)
            )
            if joined:
                out[-1] = Candidate(prev.start, cand.end, day.value + match.group(1), "TIME")
                continue
        out.append(cand)
    return out


def extract_dates(doc: Doc, published: date) -> list[DateRecord]:
    cands = find_candidates(doc, published)
    resolve_anaphora(cands, published)
    cands = join_clock_and_day(cands, doc.text)
    text = doc.text
    sents = Sentences(doc) if cands else None
    records = []
    for c in cands:
        surface = text[c.start : c.end]
        sent = sents.at_char(c.start) if sents else None
        sentence = text[sent.start_char : sent.end_char] if sent is not None else ""
        start_date, end_date = interval(c.value) if c.type in ("DATE", "TIME") else (None, None)
        if start_date is not None and not _within_horizon(start_date, end_date, published):
            c.value = "PAST_REF" if start_date < published else "FUTURE_REF"
            start_date = end_date = None
        records.append(
            DateRecord(c.start, c.end, surface, c.value, c.type, start_date, end_date, sentence)
        )
    return records
