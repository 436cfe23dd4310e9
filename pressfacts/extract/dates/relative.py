"""Rules for dates named from the time of writing: "last year", "next Monday",
"three weeks ago", "this morning", "the same period last year", "recently".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pressfacts.extract.dates.calendar import (
    add_months,
    iso_week,
    month_value,
    pick_weekday,
)
from pressfacts.extract.dates.candidates import Candidate, Context, one, span_of
from pressfacts.extract.dates.lexicon import PARTS_OF_DAY, UNITS, WEEKDAYS
from pressfacts.extract.dates.patterns import NUMBER, QUALIFIER, UNIT, WEEKDAY, rx
from pressfacts.extract.dates.values import number_value, shifted

# the parts of a day written after it ("Tuesday morning"): all but "tonight"
DAY_PARTS = "|".join(part for part in PARTS_OF_DAY if part != "tonight")

R_REL_UNIT = rx(
    r"(?i:(?P<t>(?P<mod>(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|first\s+half"
    r"|second\s+half)\s+of\s+|(?:earlier|later|early|late|mid-?)\s*)?"
    r"(?P<rel>this|last|next|the\s+current|the\s+following|the\s+previous|the\s+coming)\s+"
    r"(?P<unit>year|month|week|weekend))\b)(?!-)"
)


# "9 per cent more than the year before": the year before the one told last
# (only at the end of a clause: "the year before the election" is another matter)
R_UNIT_BEFORE = rx(
    r"(?i:\b(?P<t>the\s+(?P<unit>year|month)\s+(?P<dir>before|after))(?=\s*(?:[.,;:)]|$)))"
)


def on_unit_before(m: re.Match[str], ctx: Context) -> list[Candidate]:
    step = -1 if m["dir"].lower() == "before" else 1
    return one(m, f"@SHIFT {m['unit'].lower()} {step}")


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
    return one(m, _unit_value(pub, unit, step, mod))


def _unit_value(pub: date, unit: str, step: int, mod: str) -> str:
    """The year, month, week or weekend `step` units from `pub`; a year's half
    when `mod` names one ("the second half of next year")."""
    if unit == "year":
        value = str(pub.year + step)
        if "half" in mod:
            value += "-H1" if "first" in mod else "-H2"
        return value
    if unit == "month":
        return month_value(add_months(pub, step))
    week = iso_week(pub + timedelta(weeks=step))
    return week if unit == "week" else week + "-WE"


R_THE_YEAR_PART = rx(
    r"(?i:\b(?P<t>the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+the\s+"
    r"(?P<unit>year|month|week))\b)"
)


def on_the_year_part(m: re.Match[str], ctx: Context) -> list[Candidate]:
    """'the beginning of the year' is the current one."""
    mod = ctx.text[m.start("t") : m.end("t")].lower()
    return one(m, _unit_value(ctx.pub, m["unit"].lower(), 0, mod))


R_DAY_WORD = rx(
    r"(?i:\b(?P<t>(?:(?:early|late)\s+)?(?P<w>today|yesterday|tomorrow|tonight)"
    rf"(?:\s+(?P<part>{DAY_PARTS}))?)(?:'s)?\b)"
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
    rf"(?:\s+(?i:(?P<part>{DAY_PARTS})))?)\b"
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
        return one(m, "@YEAR_EARLIER OF_ANY")  # the period or the year told before
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
