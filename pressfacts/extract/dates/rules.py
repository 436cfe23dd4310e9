"""The date rules in the order that settles ties: among candidates of the same
length and start, the earlier rule wins.

Each rule may name an anchor: a pattern of which every match of the rule
holds an occurrence, so that the rule is tried only near one (`scanning`).
A rule without one is tried over the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressfacts.extract.dates.absolute import (
    R_CENTURY,
    R_CENTURY_NOW,
    R_CLOCK,
    R_DAY_MONTH,
    R_DAY_RANGE_MONTH,
    R_DECADE,
    R_DOTTED,
    R_FISCAL,
    R_IN_MAY,
    R_ISO,
    R_MONTH,
    R_MONTH_DAY,
    R_MONTH_DAY_RANGE,
    R_MONTH_RANGE,
    R_MONTH_YEAR,
    R_QUARTER,
    R_QUARTER_CODE,
    R_SEASON,
    R_SLASHED,
    R_SPOKEN_YEAR,
    R_THE_QUARTER,
    R_WEEK_OF,
    R_YEAR,
    R_YEAR_RANGE,
    on_century,
    on_century_now,
    on_clock,
    on_day_range,
    on_decade,
    on_dotted,
    on_fiscal,
    on_in_may,
    on_iso,
    on_month,
    on_month_day,
    on_month_range,
    on_month_year,
    on_quarter,
    on_quarter_code,
    on_season,
    on_slashed,
    on_spoken_year,
    on_the_quarter,
    on_week_of,
    on_year,
    on_year_range,
)
from pressfacts.extract.dates.candidates import Handler
from pressfacts.extract.dates.durations import (
    R_DURATION,
    R_DURATION_SINGLE,
    R_EVERY,
    R_FOR_PLURAL,
    R_QUARTER_CENTURY,
    R_RECENT,
    R_SET_WORD,
    on_duration,
    on_duration_single,
    on_every,
    on_for_plural,
    on_quarter_century,
    on_recent,
    on_set_word,
)
from pressfacts.extract.dates.lexicon import SEASONS
from pressfacts.extract.dates.patterns import MONTH_D, UNIT, WEEKDAY, YEAR
from pressfacts.extract.dates.relative import (
    R_AGO,
    R_DAY_WORD,
    R_IN_FUTURE,
    R_REF,
    R_REL_UNIT,
    R_SAME_PERIOD,
    R_THE_YEAR_PART,
    R_THIS_PART,
    R_UNIT_BEFORE,
    R_WEEKDAY,
    R_WEEKEND,
    R_YEAR_PERIOD,
    on_ago,
    on_day_word,
    on_in_future,
    on_ref,
    on_rel_unit,
    on_same_period,
    on_the_year_part,
    on_this_part,
    on_unit_before,
    on_weekday,
    on_weekend,
    on_year_period,
)


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    handler: Handler
    anchor: re.Pattern[str] | None = None


# Anchors. Each is a part that the patterns of its rules cannot match without.
MONTH_NAME = re.compile(MONTH_D)
WEEKDAY_NAME = re.compile(WEEKDAY)
YEAR_DIGITS = re.compile(YEAR)
TIME_UNIT = re.compile(rf"(?i:\b{UNIT})")
SPOKEN_YEAR_WORD = re.compile(r"(?i:nineteen|twenty|thousand)")
DECADE = re.compile(r"(?i:\d0'?s|ties)")  # "1990s", "'90s", "the nineties"
CENTURY = re.compile(r"(?i:centur)")
QUARTER_OR_HALF = re.compile(r"(?i:quarter|half)")
SEASON = re.compile(f"(?i:{'|'.join(SEASONS)})")
DAY_WORD = re.compile(r"(?i:today|yesterday|tomorrow|tonight)")
CLOCK = re.compile(r"\d\s*(?i:[ap]\.?m)|\d:\d")  # "9 a.m.", "10pm", "14:30"
# "now", "nowadays", "currently", "at present", "recently", "in the future"...
REF_WORD = re.compile(r"(?i:\b(?:now|current|present|moment|recent|future|past))")

RULES: list[Rule] = [
    Rule(R_ISO, on_iso),
    Rule(R_DOTTED, on_dotted, YEAR_DIGITS),
    Rule(R_SLASHED, on_slashed),
    Rule(R_MONTH_DAY, on_month_day, MONTH_NAME),
    Rule(R_DAY_MONTH, on_month_day, MONTH_NAME),
    Rule(R_DAY_RANGE_MONTH, on_day_range, MONTH_NAME),
    Rule(R_MONTH_DAY_RANGE, on_day_range, MONTH_NAME),
    Rule(R_MONTH_RANGE, on_month_range, MONTH_NAME),
    Rule(R_MONTH_YEAR, on_month_year, MONTH_NAME),
    Rule(R_WEEK_OF, on_week_of, MONTH_NAME),
    Rule(R_MONTH, on_month, MONTH_NAME),
    Rule(R_IN_MAY, on_in_may, MONTH_NAME),
    Rule(R_YEAR, on_year, YEAR_DIGITS),
    Rule(R_SPOKEN_YEAR, on_spoken_year, SPOKEN_YEAR_WORD),
    Rule(R_FISCAL, on_fiscal, YEAR_DIGITS),
    Rule(R_YEAR_RANGE, on_year_range, YEAR_DIGITS),
    Rule(R_DECADE, on_decade, DECADE),
    Rule(R_CENTURY, on_century, CENTURY),
    Rule(R_CENTURY_NOW, on_century_now, CENTURY),
    Rule(R_QUARTER, on_quarter, QUARTER_OR_HALF),
    Rule(R_QUARTER_CODE, on_quarter_code, YEAR_DIGITS),
    Rule(R_THE_QUARTER, on_the_quarter),
    Rule(R_SEASON, on_season, SEASON),
    Rule(R_REL_UNIT, on_rel_unit, TIME_UNIT),
    Rule(R_UNIT_BEFORE, on_unit_before, TIME_UNIT),
    Rule(R_THE_YEAR_PART, on_the_year_part, TIME_UNIT),
    Rule(R_DAY_WORD, on_day_word, DAY_WORD),
    Rule(R_THIS_PART, on_this_part),
    Rule(R_WEEKEND, on_weekend),
    Rule(R_WEEKDAY, on_weekday, WEEKDAY_NAME),
    Rule(R_AGO, on_ago, TIME_UNIT),
    Rule(R_IN_FUTURE, on_in_future, TIME_UNIT),
    Rule(R_SAME_PERIOD, on_same_period, TIME_UNIT),
    Rule(R_YEAR_PERIOD, on_year_period),
    Rule(R_DURATION, on_duration, TIME_UNIT),
    Rule(R_DURATION_SINGLE, on_duration_single, TIME_UNIT),
    Rule(R_QUARTER_CENTURY, on_quarter_century, CENTURY),
    Rule(R_FOR_PLURAL, on_for_plural, TIME_UNIT),
    Rule(R_RECENT, on_recent, TIME_UNIT),
    Rule(R_SET_WORD, on_set_word),
    Rule(R_EVERY, on_every),
    Rule(R_REF, on_ref, REF_WORD),
    Rule(R_CLOCK, on_clock, CLOCK),
]
