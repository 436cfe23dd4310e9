"""Rules for dates the text names outright: "14 March 2025", "2024-05-01",
"May 2025", "the 1990s", "the first quarter of 2025", "summer 2024", "10 a.m.".
"""

from __future__ import annotations

import re
from datetime import date

from pressfacts.extract.dates.calendar import (
    iso_week,
    pick_quarter_year,
    pick_year_for_month,
    quarter_of,
    year_of_weekday_date,
)
from pressfacts.extract.dates.candidates import Candidate, Context, one, span_of
from pressfacts.extract.dates.lexicon import (
    DECADE_WORDS,
    SEASON_YEAR_SHIFT,
    SEASONS,
    TIME_PLURALS,
    WEEKDAYS,
    split_year_alternation,
)
from pressfacts.extract.dates.patterns import (
    DASH,
    DAY,
    EDGE,
    END,
    MONTH,
    MONTH_D,
    MONTH_FULL,
    ONES,
    REL_YEAR,
    SPOKEN_YEAR,
    TEENS,
    TENS_PATTERN,
    WEEKDAY,
    YEAR,
    rx,
)
from pressfacts.extract.dates.values import (
    day_number,
    month_number,
    resolve_month_day,
    year_number,
    ymd,
)
from pressfacts.extract.numbers import parse_ordinal

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
    rf"(?<![\w-])(?P<t1>(?P<m1>{MONTH_FULL}))[-–](?P<t2>(?P<m2>{MONTH_FULL})"
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
    return nxt.tag_ in _COUNT_HEADS and nxt.lower_ not in TIME_PLURALS


R_SPOKEN_YEAR = rx(
    rf"(?i:\b(?P<t>(?:the\s+year\s+)?(?P<y>(?:nineteen|twenty)[\s-]+(?:{TENS_PATTERN}(?:[\s-]{ONES})?"
    rf"|{TEENS}|oh[\s-]{ONES}))|the\s+year\s+(?P<y2>two\s+thousand(?:\s+(?:and\s+)?{ONES})?))"
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


# Fiscal and split years: "FY 2024-25", "2025–26", "the 2025/26 marketing year",
# "FY2025", "2024/2025": FY and the year in which the period ends. "2021-2025"
# (four digits after a dash) stays a range of two years.
R_FISCAL = rx(
    rf"(?P<t>(?:(?i:the)\s+(?=(?:FY\s?)?{YEAR}[-–/]\d+\s+(?i:{split_year_alternation()})\s))?"
    rf"{EDGE}(?:FY\s?)?(?P<y1>{YEAR})(?:[-–](?P<y2>\d\d)|/(?P<y3>\d\d|{YEAR}))"
    rf"(?:\s+(?i:{split_year_alternation()})\s+(?i:year|season))?|\bFY\s?(?P<y0>{YEAR})){END}"
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
    r"(?:(?P<c>1[0-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s|(?i:(?P<w>"
    + "|".join(DECADE_WORDS)
    + r"))))\b"
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


R_QUARTER = rx(
    rf"(?i:(?P<t>(?:(?:the|a|its|this\s+year's|last\s+year's|next\s+year's|(?P<y0>{YEAR})'s)\s+)?"
    r"(?:(?P<y1>" + YEAR + r")\s+)?(?:fiscal[-\s]+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s]+(?P<kind>quarter|half)"
    rf"(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(?P<y2>{YEAR})|(?P<rel>{REL_YEAR})|the\s+year))?)\b)"
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
    start, end = span_of(m)
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
        year = pick_quarter_year(n, ctx.pub, ctx.direction(start, end))
    else:
        # the latest half begun, unless the text looks ahead ("will open in the
        # second half of the year": this year's)
        half = 1 if ctx.pub.month <= 6 else 2
        year = ctx.pub.year if n <= half else ctx.pub.year - 1
        if ctx.direction(start, end) > 0:
            year = ctx.pub.year
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
    rf"(?P<s>{'|'.join(SEASONS)}))\b)"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR}(?![\w-]))"
    r"|\s+(?:of\s+)?(?P<yrel>(?i:this|last|next|the\s+current|the\s+previous|the\s+following))"
    r"\s+year\b)?"
)


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
