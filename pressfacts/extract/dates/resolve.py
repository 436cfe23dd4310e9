"""From rule matches to dates: overlaps settled longest first, then the
anaphoric values ("the same period last year", "the following year")
resolved in text order, and a clock time joined to its day.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from pressfacts.extract.dates.calendar import (
    add_months,
    month_value,
    shift_value,
)
from pressfacts.extract.dates.candidates import Candidate, Context
from pressfacts.extract.dates.rules import RULES
from pressfacts.extract.dates.scanning import AnchoredText
from pressfacts.extract.spans import disjoint


def find_candidates(doc: Doc, published: date) -> list[Candidate]:
    """All rule matches, overlaps settled longest first (then leftmost,
    then rule order)."""
    ctx = Context(doc, published)
    text = AnchoredText(ctx.text)
    found = [
        cand
        for rule in RULES
        for m in text.matches(rule.pattern, rule.anchor)
        for cand in rule.handler(m, ctx) or ()
        if cand.end > cand.start
    ]
    # the sort is stable: among equals, the earlier rule wins
    return disjoint(found, lambda c: (c.start - c.end, c.start))


_PERIOD = re.compile(r"^\d{4}-(?:Q[1-4]|H[12]|\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_SAME_CLAUSE = 80  # characters: a year this close before "a year earlier" is its reference


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
    just before (within a few sentences) one year back; else the previous year.
    'A year earlier' (not 'the year-earlier results', which compare reporting
    periods) may also refer to a year told last ("in 2023, up from ... a year
    earlier"); 'the same period' names a part of one."""
    last_period: tuple[int, str] | None = None  # a quarter, a half, a month
    last_year: tuple[int, str] | None = None  # "up from $164 billion a year earlier" after 2023
    last_dated = published.isoformat()
    for cand in cands:
        if cand.value.startswith("@SHIFT"):
            _, unit, step = cand.value.split()
            cand.value = _shift_from(last_dated, unit, int(step))
        if cand.type == "DATE" and _DATED.match(cand.value):
            last_dated = cand.value
        if cand.value.startswith("@YEAR_EARLIER"):
            named = cand.value.endswith("PERIOD")
            latest = last_period
            if (
                cand.value.endswith("OF_ANY")
                and last_year
                and cand.start - last_year[0] < _SAME_CLAUSE
                and (not latest or last_year[0] > latest[0])
            ):
                latest = last_year
            if latest and (named or cand.start - latest[0] < 400):
                cand.value = shift_value(latest[1], -1)
            else:
                cand.value = str(published.year - 1)
        elif cand.value.startswith("@IN_YEAR"):
            year = cand.value.split()[1]
            cand.value = year + last_period[1][4:] if last_period else year
        elif cand.type == "DATE" and _PERIOD.match(cand.value):
            last_period = (cand.end, cand.period or cand.value)
        elif cand.type == "DATE" and _YEAR.match(cand.value):
            last_year = (cand.end, cand.value)


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
